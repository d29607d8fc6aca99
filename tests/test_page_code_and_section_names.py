"""A program quoted in the text keeps its own words, whatever its highlighter names their parts
("hljs-comment" is the code's comment, not the page's comment thread: a real git primer lost every
comment line of its examples, WCXB dev); and a section of the essay headed "How it works" is the
essay's, while the same words on a line of their own are a writing service's button. Our own texts."""

from __future__ import annotations

import essayconv
from essayconv.model import Heading, block_text

from .helpers import kept_text

_PROSE = ("<p>Anyone who has sorted seeds for a community garden knows that a label written in pencil outlasts one "
          "written in ink, because rain lifts the ink and leaves the graphite where it was pressed into the card.</p>"
          "<p>Our seed library keeps its catalogue in a plain text file, and a short script turns that file into the "
          "printed cards we tape to each jar on the shelves of the old reading room every spring.</p>")


def test_a_highlighted_programs_comment_lines_are_the_programs() -> None:
    code = ("<pre><code class='language-bash hljs bash'><span class='hljs-comment'># count the jars on each shelf</span>\n"
            "wc -l shelves/*.txt\n<span class='hljs-comment'># print the cards for the new jars</span>\n"
            "lp -d reading-room cards.txt</code></pre>")
    page = (f"<html><head><title>Printing seed cards</title></head><body><article><h1>Printing seed cards</h1>"
            f"{_PROSE}{code}{_PROSE.replace('Anyone', 'Everyone')}</article>"
            f"<div class='comments'><h3>2 comments</h3><p>Great post, thanks!</p></div></body></html>").encode()
    kept = kept_text(essayconv.load(page, name="cards.html"))
    assert "count the jars on each shelf" in kept and "print the cards for the new jars" in kept
    assert "wc -l shelves" in kept
    assert "Great post" not in kept  # (the page's own comment thread is still its comments)


def test_how_it_works_heads_an_essays_section_but_is_a_button_on_its_own_line() -> None:
    section = ("<h2>How it works</h2><p>A slide rule multiplies by adding lengths: each scale is marked by the logarithm "
               "of its numbers, so sliding one scale along another adds two logarithms and reads off their product.</p>")
    page = (f"<html><head><title>My grandfather's slide rule</title></head><body><article>"
            f"<h1>My grandfather's slide rule</h1>{_PROSE}{section}{_PROSE.replace('Anyone', 'Everyone')}"
            f"<p>How it works</p></article></body></html>").encode()
    document = essayconv.load(page, name="slide-rule.html")
    headings = [block_text(b) for b in document.blocks if isinstance(b, Heading)]
    assert "How it works" in headings
    kept = kept_text(document)
    assert kept.count("How it works") == 1 and "sliding one scale" in kept
