"""Families met at first contact in held-out round 65 (heldout/round65/FIRST-CONTACT.md), each checked by
mechanism on pages of our own: a mill's facts list with its count in brackets, a title shared in quotation
marks, a school page's word on the essay closing on a cry, a report printed page by page with a score sheet to
fill in, a writing site's tool page. Our own texts throughout."""

from __future__ import annotations

import pytest

import essayconv
from essayconv.errors import NoEssayError

from .helpers import PIER_PROSE, article_page, kept_text


def test_a_facts_list_of_labelled_fields_states_the_count_in_brackets() -> None:
    facts = ("<ul class='doc-meta'><li>Document type: Essay</li><li>Subject: Local History</li>"
             "<li>Length of paper: 2 pages (412 words)</li><li>Sources: 0</li><li>Document #551208</li></ul>")
    page = article_page(facts, *[f"<p>{PIER_PROSE}</p>"] * 5, title="The Pier at Dunmore", h1="The Pier at Dunmore")
    document = essayconv.load(page, name="mill.html")
    kept = kept_text(document)
    assert "Document type" not in kept and "Length of paper" not in kept and kept.count("walked the coast") == 5
    assert (document.metadata.claimed_words, document.metadata.claimed_pages) == (412, 2)


def test_a_title_shown_wholly_in_quotation_marks_loses_them_and_one_quoting_a_name_keeps_it() -> None:
    from essayconv.extract.title import unquoted_title

    assert unquoted_title("“The Pier at Dunmore”") == "The Pier at Dunmore"
    assert unquoted_title('"The Pier at Dunmore"') == "The Pier at Dunmore"
    assert unquoted_title("Why “Hamlet” Still Matters") == "Why “Hamlet” Still Matters"
    assert unquoted_title("“Hamlet” and “Lear”") == "“Hamlet” and “Lear”"


def test_a_schools_word_on_the_essay_closing_on_a_cry_goes_with_its_count() -> None:
    page = ("<html><head><title>Harbour School - History - Pupils' Work</title></head><body><table><tr><td>"
            "<h2>History Department - Pupils' Work</h2>"
            "<p>Every term we publish one piece of writing that shows what our pupils can do. This term's choice "
            "comes from Year 8, who have been studying the harbour and its builders with Mr Keane.</p>"
            "<p>Aoife's essay is 412 words, or about two sides of A4, and was written in class in two lessons with "
            "no notes. We have not corrected it. Well done Aoife!</p>"
            "<p align='center'><b><i>Who Really Built the Pier?</i></b></p><p>Aoife Brennan, 8K</p>"
            + "".join(f"<p>{PIER_PROSE}</p>" for _ in range(5)) + "</td></tr></table></body></html>")
    document = essayconv.load(page.encode(), name="school.html")
    kept = kept_text(document)
    assert document.title == "Who Really Built the Pier?" and document.metadata.claimed_words == 412
    assert "Well done" not in kept and "Every term" not in kept and kept.count("walked the coast") == 5


TOWNS = ["Dunmore", "Kilbaha", "Ardmore", "Carrigaholt", "Ballycotton"]


def _wrapped(town: str) -> list[str]:
    """A paragraph of its own (a repeated line would be a running head), wrapped as `write` sets it."""
    import textwrap

    return ["    " + line for line in textwrap.wrap(f"{PIER_PROSE} The harbour at {town} was the last he saw.", 62)] + [""]


def _report() -> str:
    head = ["HARBOUR HISTORY ESSAY PRIZE 1999                             JUDGES' COPY",
            "Division: Junior (Years 7-9)                                      Page   {n}",
            "-" * 73, ""]
    page1 = [line.replace("{n}", "1") for line in head] + [
        "ENTRY NO.  99-0113         STUDENT: Aoife Brennan",
        "SCHOOL:    Harbour School                       YEAR: 8",
        "TEACHER:   Mr. P. Keane",
        "Words in essay:   412       (division limit 500)", "",
        "                        The Pier at Dunmore", ""] + [line for town in TOWNS[:3] for line in _wrapped(town)]
    page2 = ["\f" + head[0]] + [line.replace("{n}", "2") for line in head[1:]] + [line for town in TOWNS[3:] for line in _wrapped(town)] + [
        "-" * 73, "JUDGE: Judge A (history)",
        "  Accuracy (0-25) ____   Use of sources (0-25) ____",
        "  TOTAL ____    Comments: ______________________________", ""]
    return "\n".join(page1 + page2) + "\n"


def test_a_report_printed_page_by_page_keeps_its_order_and_drops_its_score_sheet() -> None:
    document = essayconv.load(_report().encode(), name="report.txt")
    kept = kept_text(document)
    assert document.title == "The Pier at Dunmore" and document.metadata.claimed_words == 412
    assert kept.count("walked the coast for weeks") == 5 and kept.rstrip().endswith("Ballycotton was the last he saw.")
    assert "____" not in kept and "JUDGE" not in kept and "Mr. P. Keane" not in kept


def test_a_writing_sites_tool_page_holds_no_essay() -> None:
    form = ("<form class='tool'><label>Your topic</label><input name='t'><label>Your position</label><input name='p'>"
            "<label>Main reason</label><input name='r'><button>Generate thesis</button></form>")
    guide = ("<h2>What is a thesis statement?</h2><p>A thesis statement is the sentence, usually at the end of the "
             "introduction, that tells the reader what the whole paper will argue and why it matters to them.</p>"
             "<h2>How to write a strong one</h2><ul><li>Turn the prompt into a question.</li><li>Answer it in one "
             "sentence.</li><li>Add the two reasons you will defend.</li></ul>")
    page = article_page(form, guide, title="Thesis Statement Generator | Quillnest", h1="Thesis Statement Generator")
    with pytest.raises(NoEssayError, match="tool's page"):
        essayconv.load(page, name="tool.html")
