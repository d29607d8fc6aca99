"""Families met at first contact in held-out site set 28 (heldout/sites28/LEARNING.md), each checked on a
single page of our own: a byline with a member's number and a journal's note of the article's length, the
writer's card after the essay, a counter's label of six words, a field naming a sponsor over the title, a
title over its count in a page builder's widget, a pupil's name with the school, a wall counting what it
hides with the site's lines after it, a committee's remark set as a quotation. Our own texts throughout."""

from __future__ import annotations

import essayconv
from essayconv.model import Gap

from .helpers import PIER_PROSE, kept_text

_LONG = PIER_PROSE
_ESSAY = "".join(f"<p>{_LONG}</p>" for _ in range(5))


def test_a_journals_byline_note_and_the_writers_card_after_the_essay_go() -> None:
    page = ("<html><head><title>The Pier at Dunmore</title></head><body><table><tr><td class='content'>"
            "<h2>The Pier at Dunmore</h2><p>by Enid Marsh (Member no. 1719)</p>"
            "<p>In Harbour Roots this article ran to 538 words, filling 2 pages of the Journal.</p>"
            f"{_ESSAY}<h4>Editor's introduction</h4><p>Enid Marsh joined the Society in 2003 and has been tracing the "
            "Marsh family of Dunmore ever since.</p><h4>The author's research interests</h4>"
            "<p>MARSH (Dunmore, 1725–1887); GREAVES (Ottersett, 1800–1901)</p>"
            "<h4>More from the Journal</h4><ul><li><a href='a.html'><b>A Night at the Weir</b></a> by Ivo Lane, No. 86, "
            "page 3 The weir was rebuilt in 1840 after the spring floods took the old one.</li></ul>"
            "</td></tr></table></body></html>")
    document = essayconv.load(page.encode(), name="journal.html")
    kept = kept_text(document)
    assert document.metadata.author == "Enid Marsh" and (document.metadata.claimed_words, document.metadata.claimed_pages) == (538, 2)
    assert "Member no." not in kept and "joined the Society" not in kept and "research interests" not in kept
    assert "More from the Journal" not in kept and "A Night at the Weir" not in kept and kept.count("walked the coast") == 5


def test_a_counters_label_of_six_words_and_a_sponsors_field_over_the_title() -> None:
    page = ("<html><head><title>The Pier at Dunmore</title></head><body><div class='entry-head'>"
            "<p>First Place · Grades 6–8 Division</p><h1>The Pier at Dunmore</h1><p>Aoife B., Eastbrook Middle School</p>"
            "<p>Teacher sponsor: Mr. Sandling</p><p>Word count certified by the contest committee: 574 · Pages handed in: 3</p>"
            f"</div><div class='entry-body'>{_ESSAY}</div></body></html>")
    document = essayconv.load(page.encode(), name="winner.html")
    assert document.title == "The Pier at Dunmore"
    assert (document.metadata.claimed_words, document.metadata.claimed_pages) == (574, 3)
    assert "Eastbrook Middle School" not in kept_text(document)


def test_a_title_over_its_count_in_a_page_builders_widget_titles_the_page_named_for_its_writer() -> None:
    widget = "<div class='pb-widget'><div class='pb-widget-container'>{}</div></div>"
    page = ("<html><head><title>Aoife Brennan – Harbour Foundation</title></head><body><main>"
            + widget.format("<h1>Aoife Brennan</h1><p>2018 Heritage Scholar</p>")
            + widget.format("<p class='kicker'>Winning essay</p>")
            + widget.format("<h2>The Pier at Dunmore</h2>")
            + widget.format("<p>Award essay: 493 words, against a ceiling of 550 · 2 pages</p>")
            + f"<div class='pb-text'>{_ESSAY}</div></main></body></html>")
    document = essayconv.load(page.encode(), name="scholar.html")
    assert document.title == "The Pier at Dunmore" and document.metadata.claimed_words == 493


def test_the_sites_short_lines_behind_a_wall_counting_what_it_hides_go() -> None:
    page = ("<html><head><title>The Pier at Dunmore</title></head><body><main><h1>The Pier at Dunmore</h1>"
            f"<div class='article-body'>{''.join(f'<p>{_LONG}</p>' for _ in range(3))}"
            "<div class='ad-box'><b>For enrolled students</b> The remaining 344 words of this model are visible to "
            "enrolled students. Log in to read on.</div>"
            "<p>Written by our History faculty and checked by the Head of Humanities before publication.</p>"
            "<h2>Reading aim</h2><p>Use this model to see how an answer builds an argument about a harbour.</p>"
            "<h2>Did you find what you needed?</h2><p>16 of 20 readers said yes</p></div></main></body></html>")
    document = essayconv.load(page.encode(), name="model.html")
    kept = kept_text(document)
    assert isinstance(document.blocks[-1], Gap) and kept.count("walked the coast") == 3
    assert "Written by our History faculty" not in kept and "readers said yes" not in kept and "Reading aim" not in kept


def test_a_committees_remark_set_as_a_quotation_goes_and_a_quotation_stays() -> None:
    page = ("<html><head><title>The Pier at Dunmore</title></head><body><main><h1>The Pier at Dunmore</h1>"
            f"<p>{_LONG}</p><p>{_LONG}</p><blockquote>Scoring rubric: this paragraph earned full marks for organization"
            f"</blockquote><p>{_LONG}</p><blockquote>The harbour is the town’s whole reason for being.</blockquote>"
            f"<p>{_LONG}</p></main></body></html>")
    kept = kept_text(essayconv.load(page.encode(), name="entry.html"))
    assert "full marks" not in kept and "whole reason for being" in kept
