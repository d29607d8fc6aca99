"""Families met at first contact in held-out round 62 (heldout/round62/FIRST-CONTACT.md), each checked by
mechanism on pages of our own: a blog titling a post by the short form of its heading under the poster's
note, a department's prize announcement above the essay's title and byline, a forum poster's preface above
the statement's title, a form's entry exported as CSV, a document viewer's locked page between two pages of
the text with the writer's running head. Our own texts throughout."""

from __future__ import annotations

import csv
import io

import essayconv
from essayconv.model import Gap
from essayconv.rules import load_rules

from .helpers import PIER_PROSE, PROSE, kept_text

TUNING = load_rules().tuning

_LONG = PIER_PROSE
_ESSAY = "".join(f"<p>{_LONG}</p>" for _ in range(5))


def test_a_post_titled_by_the_short_form_of_its_heading_under_the_posters_note() -> None:
    page = ("<html><head><title>The Pier | aoife's notebook</title></head><body><h1 id='site-title'><a href='/'>aoife's "
            "notebook</a></h1><main><div id='postTitleH1'><h1>The Pier</h1></div><p>February 11, 2025</p>"
            "<p>This is the persuasive essay I turned in for history last week (Ms. Quist, 4th period). It's 412 words "
            "if you don't count the title, so under the 500 limit.</p>"
            "<h2 style='text-align: center;'>The Pier: Why Dunmore Built a Harbour</h2>"
            f"{_ESSAY}</main></body></html>")
    document = essayconv.load(page.encode(), name="post.html")
    assert document.title == "The Pier: Why Dunmore Built a Harbour" and document.metadata.claimed_words == 412
    assert "persuasive essay I turned in" not in kept_text(document)


def test_a_prize_announcement_above_the_essays_title_and_byline_goes() -> None:
    page = ("<html><head><title>The Harbour Prize for Undergraduate Writing: 2009 Winner</title></head><body><div id='content'>"
            "<h1>The Harbour Prize for Undergraduate Writing: 2009 Winner</h1><p>The department is pleased to announce that the 2009 Harbour "
            "Prize has been awarded to Aoife Brennan (Class of 2010) for the essay below, written for HIST 342. "
            "The committee praised its clear argument, and Aoife receives a $500 award.</p>"
            f"<h2>The Pier at Dunmore</h2><p>by Aoife Brennan</p>{_ESSAY}</div></body></html>")
    document = essayconv.load(page.encode(), name="prize.html")
    assert document.title == "The Pier at Dunmore" and "pleased to announce" not in kept_text(document)


def test_a_forum_posters_preface_above_the_statements_title_goes_and_its_count_is_read() -> None:
    page = ("<html><head><title>PS draft - pier theme (be brutal)</title></head><body>"
            "<div class='p-title'>PS Feedback PS draft - pier theme (be brutal) Thread starter pier_fan</div>"
            "<article class='message'><div class='message-body'>"
            "Applying this cycle. This is my third real draft. Right now it's 4,100 characters, which works out to "
            "741 words, so I'm under the limit. I gave it a title just so replies can refer to it.<br><br>"
            "<b>Between Two Harbours</b><br><br>" + "<br><br>".join([_LONG] * 5)
            + "</div></article></body></html>")
    document = essayconv.load(page.encode(), name="thread.html")
    assert document.title == "Between Two Harbours" and document.metadata.claimed_words == 741
    assert "third real draft" not in kept_text(document)


def test_a_forms_entry_exported_as_csv_reads_as_its_essay() -> None:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["#", "Date Submitted", "First Name", "School", "Email", "Essay Title", "Your Essay",
                     "Words (counted on submit)", "Page"])
    writer.writerow(["37", "03/21/2025 4:47 pm", "Aoife", "Fall Branch Middle School", "a.home@example.net",
                     "The Pier at Dunmore", "\n\n".join([_LONG] * 5), "412", "https://example.org/contest"])
    document = essayconv.load(("\ufeff" + out.getvalue()).encode(), name="export.csv")
    kept = kept_text(document)
    assert document.title == "The Pier at Dunmore" and kept.count("walked the coast for weeks") == 5
    assert "example.net" not in kept and "Fall Branch" not in kept and "Date Submitted" not in kept
    assert document.metadata.claimed_words == 412


def test_a_csv_of_several_essays_or_of_none_is_read_as_text() -> None:
    from essayconv.extract.records import read_csv_record

    several = "name,essay\nA," + f'"{_LONG * 3}"' + "\nB," + f'"{_LONG * 3}"' + "\n"
    assert read_csv_record(several, TUNING) is None
    assert read_csv_record("a,b,c\n1,2,3\n", TUNING) is None
    assert read_csv_record(f"{PROSE}\n\n{PROSE}", TUNING) is None


def test_a_viewers_locked_page_between_two_pages_of_the_text_is_a_cut() -> None:
    page = ("<html><head><title>ENG 102 Essay Final.docx</title></head><body><main><div class='viewer'>"
            "<p>Brennan 1</p><p>Aoife Brennan</p><p>Professor Lind</p><p>ENG 102-07</p><p>14 October 2024</p>"
            f"<p>The Pier at Dunmore</p><p>{_LONG}</p><p>{_LONG}</p>"
            "<p>This page is locked</p><p>Unlock the full document to read page 2 of 3 and download the file.</p>"
            "<p>or upload 3 documents to get free unlocks</p><p>Brennan 3</p>"
            f"<p>{_LONG}</p><p>{_LONG}</p></div></main></body></html>")
    document = essayconv.load(page.encode(), name="viewer.html")
    kept = kept_text(document)
    assert "page is locked" not in kept and "Unlock the full document" not in kept and "Brennan 3" not in kept
    assert sum(isinstance(b, Gap) for b in document.blocks) == 1 and kept.count("walked the coast") == 4
