"""A dump saved as Markdown (html2text) is read through its markup: links, headings and emphasis are
the page's shape, not words (extract/markdown.py). Our own text."""

from __future__ import annotations

import essayconv
from essayconv.extract.markdown import looks_like_markdown, markdown_as_html
from essayconv.model import Heading, block_text

from .helpers import PROSE

DUMP = f"""[![Quillmere](https://quillmere.example/logo.svg)](https://quillmere.example/)

[Free essays](https://quillmere.example/essays/) [Log in](https://quillmere.example/login/)

[Home](https://quillmere.example/) / [Essays](https://quillmere.example/essays/) / Geography

# Why Rivers Move

_Length: 240 words · Expository_

{PROSE} The river bends
because the outer bank wears away.

## The old course

{PROSE} Maps from the last century
show the loop further east.

Share: [Facebook](https://www.facebook.com/sharer/) · [Email](mailto:?body=x)

### More essays like this

[Do Dams Help Farmers?](https://quillmere.example/essays/dams/)
"""


def test_a_markdown_dump_is_told_from_plain_text() -> None:
    assert looks_like_markdown(DUMP)
    lynx = f"Why Rivers Move\n\n{PROSE}\n\n   [1]Home [2]Essays\n\nReferences\n\n   1. https://quillmere.example/\n"
    assert not looks_like_markdown(lynx)
    assert not looks_like_markdown(f"{PROSE} [sic] (see above) and # not a heading\n")


def test_raw_html_in_a_dump_stays_text() -> None:
    assert "<script" not in markdown_as_html("Hello <script>alert(1)</script> [a](https://x.example/) [b](/b) [c](/c)")


def test_a_markdown_dump_gives_the_essay_its_headings_and_no_link_syntax() -> None:
    document = essayconv.load(DUMP.encode(), name="dump.txt")
    texts = [block_text(b) for b in document.blocks]
    assert document.title == "Why Rivers Move"
    assert texts == [f"{PROSE} The river bends because the outer bank wears away.", "The old course",
                     f"{PROSE} Maps from the last century show the loop further east."]
    assert isinstance(document.blocks[1], Heading)
    assert document.metadata.claimed_words == 240 and document.metadata.site == "text"
