"""Families left from rounds 74 and 75 (heldout/round74, heldout/round75), checked by mechanism on texts of our
own: a facts table whose row holds two label/value pairs side by side ("Word harvest:" · "412" · "Sheaf:" ·
"2 pages") read pair by pair, whether the table stands alone beside the essay or among a strip's cells; a page's
"last updated" stamp under the reference list; a lower-case label line after the list ("Honorable mentions,
Grades 9-10: …") that only looks like "Surname, Given"."""

from __future__ import annotations

import pytest

import essayconv

from .helpers import PIER_ESSAY, PIER_TITLE

_WORKS_CITED = ("<p><b>Works Cited</b></p><p>Nimmo, Alexander. <i>Reports on the Western Piers</i>. Dublin: Board of "
                "Works, 1824.</p>")


def _load(html: str) -> essayconv.Document:
    return essayconv.load(html.encode(), name="page.html")


def _facts_row() -> str:
    return ("<table class='sample-facts'><tr><td class='k'>Word harvest:</td><td>412</td><td class='k'>Sheaf:</td>"
            "<td>2 pages</td></tr><tr><td class='k'>Grown by:</td><td><a href='/m?id=4'>quaykid</a></td>"
            "<td class='k'>Planted:</td><td>Jan 26, 2010</td></tr></table>")


def test_a_facts_tables_side_by_side_pairs_give_the_count() -> None:
    page = (f"<html><head><title>{PIER_TITLE}</title></head><body><div class='sample-box'><h2>{PIER_TITLE}</h2>"
            f"{_facts_row()}<div class='sample-text'>{PIER_ESSAY}</div></div></body></html>")
    document = _load(page)
    assert (document.metadata.claimed_words, document.metadata.claimed_pages) == (412, 2)


def test_side_by_side_pairs_beside_a_share_box_give_the_count() -> None:
    share = ("<div class='share'><iframe src='http://www.example.com/like.php'></iframe> "
             "<a href='http://twitter.example/share' class='twitter-share-button'>Tweet</a></div>")
    page = (f"<html><head><title>Free Essay Samples: Irish History</title></head><body><h1>Free Essay Samples: Irish "
            f"History</h1><div class='sample-box'><h2>{PIER_TITLE}</h2>{_facts_row()}{share}<div class='sample-text'>"
            f"{PIER_ESSAY}</div></div></body></html>")
    document = _load(page)
    assert (document.metadata.claimed_words, document.metadata.claimed_pages) == (412, 2)


@pytest.mark.parametrize("after", [
    "<p>Page last updated 3/14/2007. Questions? Find me in room 12 at lunch.</p>",
    "<hr><p>Last revised 2 December 2022. This page is part of my writing portfolio at Quay College.</p>",
    "<hr><p><strong>Honorable mentions, Grades 7-8:</strong> Orla Breen for \"The Lamp on the Quay\" and Tom Hallinan "
    "for \"A Harbour Wall.\"</p>",
])
def test_a_line_after_the_list_that_is_no_entry_ends_it(after: str) -> None:
    page = f"<html><head><title>{PIER_TITLE}</title></head><body><h1>{PIER_TITLE}</h1>{PIER_ESSAY}{_WORKS_CITED}{after}</body></html>"
    document = _load(page)
    assert document.references is not None and len(document.references.entries) == 1


def test_an_entry_opening_on_a_lower_case_particle_stays_an_entry() -> None:
    works = ("<p><b>Works Cited</b></p><p>Nimmo, Alexander. <i>Reports on the Western Piers</i>. Dublin: Board of "
             "Works, 1824.</p><p>de Courcy, Anne. <i>Harbours of the West</i>. Galway: Quay Press, 1988.</p>")
    page = f"<html><head><title>{PIER_TITLE}</title></head><body><h1>{PIER_TITLE}</h1>{PIER_ESSAY}{works}</body></html>"
    document = _load(page)
    assert document.references is not None and len(document.references.entries) == 2
