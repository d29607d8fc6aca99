"""Families met at first contact in held-out round 70 (heldout/round70/FIRST-CONTACT.md), each checked by
mechanism on texts of our own: `tail -n +1` over the essay's section files, a heading block typed on one line,
a mill's team credit with its review date, the writer's note naming the course the essay was written for, and
a count whose unit stands in brackets after its label. Our own texts throughout."""

from __future__ import annotations

import essayconv

from .helpers import PIER_PROSE, kept_text

TOWNS = ["Dunmore", "Kilbaha", "Ardmore", "Carrigaholt", "Ballycotton"]
TITLE = "The Pier at Dunmore and Its Engineer"
_ESSAY = "".join(f"<p>At {town}, {PIER_PROSE}</p>" for town in TOWNS)


def _page(body: str) -> bytes:
    return f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1><article>{body}</article></body></html>".encode()


def test_the_file_headers_tail_prints_over_each_section_go_and_a_heading_block_on_one_line_names_the_writer() -> None:
    sections = "".join(f"==> 0{n}-{town.lower()}.txt <==\nAt {town}, {PIER_PROSE}\n\n" for n, town in enumerate(TOWNS, start=1))
    text = f"==> 00-header.txt <==\n{TITLE}\nAoife Brennan -- HIST 210 (Irish Harbours) -- Prof. Rattray\n\n{sections}"
    document = essayconv.load(text.encode(), name="sections.txt")
    kept = kept_text(document)
    assert document.title == TITLE and document.metadata.author == "Aoife Brennan"
    assert "==>" not in kept and "Rattray" not in kept and kept.count("walked the coast") == 5


def test_a_mills_team_credit_and_review_date_go() -> None:
    kept = kept_text(essayconv.load(_page(f"<p>Sample by the Quayside Writing team · Last reviewed 08.03.2021</p>{_ESSAY}"),
                                    name="sample.html"))
    assert "Quayside Writing team" not in kept and kept.count("walked the coast") == 5


def test_the_writers_note_naming_the_course_goes_and_a_personal_essays_own_opening_stays() -> None:
    note = ("<p><em>I wrote this analysis for an Irish history survey course last spring. I hope it helps other students "
            "see an old harbour in a new light.</em></p>")
    assert "survey course" not in kept_text(essayconv.load(_page(note + _ESSAY), name="voices.html"))
    own = "<p>I wrote this essay for my grandmother, who grew up beside the pier and still calls it the new quay.</p>"
    assert "my grandmother" in kept_text(essayconv.load(_page(own + _ESSAY), name="voices.html"))


def test_a_count_whose_unit_stands_in_brackets_after_its_label_is_read() -> None:
    meta = "<div class='essay-meta'><span>Length (words): 412</span> <span>Length (pages): 2</span></div>"
    document = essayconv.load(_page(meta + _ESSAY), name="paper.html")
    assert (document.metadata.claimed_words, document.metadata.claimed_pages) == (412, 2)
