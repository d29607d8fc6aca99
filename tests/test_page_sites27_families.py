"""Families met at first contact in held-out site set 27 (heldout/sites27/LEARNING.md), each checked by
mechanism on pages of our own: a question asking for a length ("My teacher wants about 700 words …") over an
answer stating its own. Our own texts throughout."""

from __future__ import annotations

import essayconv

from .helpers import PROSE


def test_the_length_a_question_asks_for_is_no_count_of_the_answer() -> None:
    page = ("<html><head><title>Was the pier a success?</title></head><body><h1>Was the pier a success?</h1>"
            "<div class='question'><p>My teacher wants about 700 words on the pier at Dunmore. Please help!</p></div>"
            "<div class='answer'><p class='meta'>Answer length: 745 words · roughly 3 pages</p><h2>The Pier at Dunmore</h2>"
            f"<p>{PROSE} {PROSE}</p><p>{PROSE} {PROSE}</p><p>{PROSE}</p></div></body></html>")
    document = essayconv.load(page.encode(), name="answer.html")
    assert document.metadata.claimed_words == 745
