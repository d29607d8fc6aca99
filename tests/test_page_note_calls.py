"""A note's number raised after a sentence ("… in 1820.<sup><a href="#n1">1</a></sup>") is a call to the
note, not a word of the sentence: read into the text it makes "in 1820.1". It is set aside as a
`note-call`, and the notes it calls, listed under their heading with no numbers of their own, are the
reference list. A raised number that calls nothing (square metres, an affiliation's mark) stays. Families
met in held-out site sets 23 and 32 (an encyclopedia entry's footnotes, a record office's endnotes); our
own texts throughout."""

from __future__ import annotations

import essayconv
from essayconv.model import Paragraph, block_text, plain_text

from .helpers import article_page

TITLE = "The Ferry at Quarry Point"
SENTENCES = [
    "The ferry at Quarry Point began as a rowing boat kept by the innkeeper's son in 1820.",
    "Within twenty years a chain ferry carried carts across the estuary twice an hour in summer.",
    "The toll book survives and shows how much of the traffic was lime bound for the upland farms.",
    "When the bridge opened upstream the ferry lost its carts within a single season.",
]
NOTES = ["Harbour Trust minutes, volume four, page twelve.", "Toll book of the Quarry Point ferry, 1841 to 1863.",
         "Letter from the ferryman to the trustees, kept with the minutes."]


def _paragraph(sentences: list[str], calls: list[str]) -> str:
    return "<p>" + " ".join(s + c for s, c in zip(sentences, calls)) + "</p>"


def _page(call: str, notes_list: str) -> bytes:
    raised = [call.format(n=n) for n in (1, 2, 3)]
    body = [_paragraph(SENTENCES, [raised[0], "", raised[1], ""]),
            _paragraph([s.replace("ferry", "crossing") for s in SENTENCES], ["", raised[2], "", ""]),
            _paragraph(list(reversed(SENTENCES)), ["", "", "", ""])]
    return article_page(*body, notes_list, title=TITLE, h1=TITLE)


ENDNOTES = "<h2>Notes</h2><ol>" + "".join(f"<li id='n{i}'>{note} <a href='#c{i}'>↩</a></li>"
                                           for i, note in enumerate(NOTES, 1)) + "</ol>"


def test_raised_note_numbers_leave_the_sentences_and_their_notes_are_the_list() -> None:
    document = essayconv.load(_page("<sup><a href='#n{n}' id='c{n}'>{n}</a></sup>", ENDNOTES), name="entry.html")
    first = block_text(next(b for b in document.blocks if isinstance(b, Paragraph)))
    assert "in 1820. Within" in first and "1820.1" not in first
    assert [r.text for r in document.removed if r.kind == "note-call"] == ["1", "2", "3"]
    assert document.references is not None
    assert [plain_text(e) for e in document.references.entries] == NOTES


def test_a_call_whose_link_holds_the_raised_number_is_one_too() -> None:
    # Word and some blog themes raise the link's text inside it: <a href="#n1"><sup>1</sup></a>
    document = essayconv.load(_page("<a href='#n{n}' id='c{n}'><sup>{n}</sup></a>", ENDNOTES), name="entry.html")
    assert "1820.1" not in block_text(next(b for b in document.blocks if isinstance(b, Paragraph)))
    assert document.references is not None and len(document.references.entries) == 3


def test_a_call_marked_as_a_note_reference_without_a_link_is_one() -> None:
    document = essayconv.load(_page("<sup role='doc-noteref'>{n}</sup>", ENDNOTES), name="entry.html")
    assert "1820.1" not in block_text(next(b for b in document.blocks if isinstance(b, Paragraph)))


def test_a_raised_number_that_calls_no_note_stays_in_the_text() -> None:
    squared = "<p>The waiting room measured forty m<sup>2</sup> and held a stove, a bench and the toll board.</p>"
    page = article_page(*(f"<p>{s} {t}</p>" for s, t in zip(SENTENCES, reversed(SENTENCES))), squared,
                        title=TITLE, h1=TITLE)
    document = essayconv.load(page, name="entry.html")
    assert any("forty m2 and held" in block_text(b) for b in document.blocks)
    assert not any(r.kind == "note-call" for r in document.removed)
