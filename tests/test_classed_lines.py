"""A dump in jusText's form, each line's class in front ("<p> …", "<h> …", "<b> …"), is read as the page it came from:
headings, paragraphs, the reference list; the menu above the title set aside; a row of buttons run together gone.
Our own text (heldout/round40 met the form at first contact)."""

from __future__ import annotations

import essayconv
from essayconv.extract.classed_lines import classed_lines_as_html
from essayconv.model import Heading, block_text

from .helpers import PIER_PROSE, PIER_TITLE, kept_text

DUMP = f"""<b> All essays
<b> Irish history
<b> Home / Irish history / Harbours
<h> {PIER_TITLE}
<b> Word count
<b> 312
<b> ListenBookmarkPrint
<p> At Dunmore, {PIER_PROSE}
<h> The quarry
<p> At Kilbaha, {PIER_PROSE}
<h> References
<b> Nimmo, A. (1825) Report on the Western Piers. Dublin: Board of Works.
<b> How to cite this essay
<b> Harbour Essays (2025) {PIER_TITLE}. Available at: harbouressays.example/dunmore (Accessed: today's date).
"""


def test_a_dump_classed_line_by_line_is_read_as_its_page() -> None:
    document = essayconv.load(DUMP.encode(), name="dump.txt")
    text = kept_text(document)
    assert document.title == PIER_TITLE
    assert [block_text(b) for b in document.blocks if isinstance(b, Heading)] == ["The quarry"]
    assert "At Dunmore," in text and "At Kilbaha," in text
    assert not any(line in text for line in ("All essays", "Home / Irish", "ListenBookmarkPrint", "How to cite", "harbouressays"))
    assert document.references is not None and len(document.references.entries) == 1
    assert document.metadata.claimed_words == 312


def test_a_page_holding_a_few_such_lines_is_not_read_so() -> None:
    assert classed_lines_as_html(f"{PIER_TITLE}\n\n<p> one\n\n{PIER_PROSE}\n\n{PIER_PROSE}\n\n{PIER_PROSE}\n\n{PIER_PROSE}\n") is None
