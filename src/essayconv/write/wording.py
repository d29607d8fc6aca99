"""The words the printed outputs share, in one place: both packet renderers (HTML for PDF, and
DOCX) and the single-essay writers print these, and a change of wording must reach them all."""

from __future__ import annotations

UNTITLED = "Untitled essay"
"""The title printed for a page that has none."""

GAP_NOTE = "The source page hid part of the essay here."
"""Printed after "[…]" where the site hid text."""

CONTENTS = "Contents"
BLANKS = "Name ______________________   Date ____________   Period ______"
"""The student's blanks under each essay's title."""
QUESTIONS = "Discussion questions"

PAGE_OF = "Page {PAGE} of {NUMPAGES}"
"""The DOCX packet's footer (fields filled in by Word)."""
HEADER_SEPARATOR = "  ·  "
"""Between the packet's and the essay's title in the DOCX packet's running header."""
TOC_PLACEHOLDER = "Right-click and choose Update Field to show the page numbers."


def incomplete_share(share: int, claimed_words: int) -> str:
    return f"Incomplete: the source page showed about {share}% of {claimed_words} words."


INCOMPLETE_HIDDEN = "Incomplete: the source page hid part of this essay."
