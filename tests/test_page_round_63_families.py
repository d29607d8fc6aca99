"""Families met at first contact in held-out round 63 and site set 29 (heldout/round63/FIRST-CONTACT.md,
heldout/sites29/LEARNING.md), each checked by mechanism on pages of our own: a database shell's row printed a
field to a line, a writing community's credit after the title, a count's label with no colon closing its line,
a teacher's note naming the pupil who wrote the essay, a talk's title under its genre's label over the
speaker's dated line and the count. Our own texts throughout."""

from __future__ import annotations

import essayconv
from essayconv.clean.counters import counter_parts
from essayconv.model import plain_text
from essayconv.rules import load_rules

from .helpers import PIER_PROSE, kept_text

_ESSAY = "".join(f"<p>{PIER_PROSE}</p>" for _ in range(5))


def test_a_database_shells_row_printed_a_field_to_a_line_reads_as_its_essay() -> None:
    body = "\r\n\r\n".join([PIER_PROSE] * 5)
    fields = [("id", "57"), ("created_at", "2025-01-30 21:47:19"), ("student_name", "Aoife Brennan"),
              ("student_email", "aoife@students.example.org"), ("title", "The Pier at Dunmore"), ("body", body),
              ("n_words", "412"), ("status", "shortlist")]
    width = max(len(name) for name, _ in fields)
    text = "\n".join(f"{name.rjust(width)} = {value}" for name, value in fields) + "\n"
    document = essayconv.load(text.encode(), name="row.txt")
    kept = kept_text(document)
    assert document.title == "The Pier at Dunmore" and kept.count("walked the coast for weeks") == 5
    assert "student_email" not in kept and "shortlist" not in kept and document.metadata.claimed_words == 412


def test_a_writing_communitys_credit_after_the_title_is_no_part_of_it() -> None:
    page = ("<html><head><title>The Pier at Dunmore, an essay by pier_fan at Writersden.example</title></head>"
            f"<body><main>{_ESSAY}</main></body></html>")
    assert essayconv.load(page.encode(), name="w.html").title == "The Pier at Dunmore"


def test_a_counts_label_with_no_colon_closing_its_line_is_read_but_not_a_year() -> None:
    shape = load_rules().counter
    assert counter_parts("Words on the page 650", shape) == (650, None)
    assert counter_parts("Pages in the annual 4", shape) == (None, 4)
    assert counter_parts("the words of my grandmother 1945", shape) is None


def test_a_teachers_note_naming_the_pupil_who_wrote_the_essay_goes() -> None:
    page = ("<html><head><title>The Pier at Dunmore</title></head><body><main><h1>The Pier at Dunmore</h1>"
            f"{_ESSAY}<p>Teacher’s introduction (Ms Quist)</p><p>Žan, aged 15, wrote this essay at Clonmore Community "
            "School for the project theme “Small places, big histories”. The topic: the pier at Dunmore.</p>"
            "</main></body></html>")
    kept = kept_text(essayconv.load(page.encode(), name="blog.html"))
    assert "aged 15" not in kept and "Teacher’s introduction" not in kept and kept.count("walked the coast") == 5


def test_a_talks_title_under_its_genre_label_over_the_speakers_dated_line_and_count() -> None:
    page = ("<html><head><title>Kelderby U3A</title></head><body><div class='group-head'><p>History group · Talks</p>"
            "<h2>Talk: The Pier at Dunmore</h2><p>Presented by Ethel Huckerby to the group on Tuesday 10 October 2017</p>"
            "<p>Written up afterwards by the speaker: 591 words on 3 typed sides.</p></div>"
            f"<div class='talk-text'>{_ESSAY}</div></body></html>")
    document = essayconv.load(page.encode(), name="talk.html")
    assert document.title == "The Pier at Dunmore" and document.metadata.claimed_words == 591


def test_a_columns_note_on_whose_opinions_it_states_goes() -> None:
    page = ("<html><head><title>The Pier at Dunmore</title></head><body><article><h1>The Pier at Dunmore</h1>"
            f"{_ESSAY}<p><em>The opinions expressed in this column are those of the writer and do not necessarily "
            "reflect the views of the Harbour Gazette staff.</em></p></article></body></html>")
    kept = kept_text(essayconv.load(page.encode(), name="column.html"))
    assert "opinions expressed" not in kept and kept.count("walked the coast") == 5


def test_a_note_giving_the_limit_as_words_at_most_then_the_count() -> None:
    page = ("<html><head><title>The Pier at Dunmore</title></head><body><main>"
            "<p>My granddaughter wrote this for her history class. Her teacher allowed 600 words at most, and she "
            "squeezed it into 581 words, not counting the title.</p><p>The Pier at Dunmore</p><p>by Ruth B., Grade 9</p>"
            f"{_ESSAY}</main></body></html>")
    assert essayconv.load(page.encode(), name="blog.html").metadata.claimed_words == 581


def test_a_paragraph_in_the_first_person_under_the_sources_is_no_entry() -> None:
    page = ("<html><head><title>The Pier at Dunmore</title></head><body><main><h1>The Pier at Dunmore</h1>"
            f"{_ESSAY}<h3>Sources</h3><p>Keane, Patrick. Harbours of Clare. Shannon Press, 2004.</p>"
            "<p>“The Pier Commission.” Clare Heritage Online, Clare County Library, 2018.</p>"
            "<p>I’ve written about the harbour on this blog before (see “The Tin Trunk” from 2023). It means a great "
            "deal to me that my granddaughter took the story and did something with it.</p></main></body></html>")
    document = essayconv.load(page.encode(), name="blog.html")
    entries = [plain_text(entry) for entry in document.references.entries]
    assert len(entries) == 2 and not any("blog before" in entry for entry in entries)
    assert "blog before" not in kept_text(document)
