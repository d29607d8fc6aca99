"""Families met at first contact in held-out round 79 (heldout/round79/FIRST-CONTACT.md), each checked by
mechanism on texts of our own: a kicker glued to the title in the markup but set on a line of its own by a
framework's utility class, a header's run of the page's link texts never taken for the title shown over the
essay, other pages' titles listed under a label closing the page, a count stated against a range asked
("300 to 500 words and mine has 449"), and an MLA heading's course, teacher and date on one line under the
title and the writer's name. Our own texts throughout."""

from __future__ import annotations

import essayconv
from essayconv.model import Heading

from .helpers import PIER_PROSE, PIER_TITLE, PIER_TOWNS, kept_text

TOWNS, TITLE = PIER_TOWNS, PIER_TITLE
_ESSAY = "".join(f"<p>At {town}, {PIER_PROSE}</p>" for town in TOWNS)


def _page(body: str, title: str = TITLE, head: str = "") -> bytes:
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>".encode()


_HEADER = ("<header class='border-b bg-white'><div class='mx-auto flex items-center'><a href='/' class='font-bold'>Quayside"
           "</a><nav class='flex gap-6'><a href='/essays'>Essay samples</a><a href='/tools/outline'>Outline Builder</a>"
           "<a href='/pricing'>Pricing</a></nav><button>Sign up free</button></div></header>")


def _mill_page(kicker_class: str) -> bytes:
    body = (f"{_HEADER}<main class='grid'><article class='col-span-8' id='essay'><nav aria-label='Breadcrumb'>"
            f"<a href='/e'>Essays</a> / <a href='/h'>History</a></nav><h1><span class='{kicker_class}'>Essay sample</span>"
            f"{TITLE}</h1><div class='mt-3 flex'><span class='chip'>Length: 520 words</span></div><section class='sheet'>"
            f"{_ESSAY}</section></article></main>")
    return _page(body, title="Dunmore Pier Essay Sample (520 Words) - Quayside")


def test_a_kicker_glued_to_the_title_but_set_as_a_block_is_no_part_of_it() -> None:
    document = essayconv.load(_mill_page("block text-sm uppercase"), name="p.html")
    assert document.title == TITLE
    kept = kept_text(document)
    assert "Essay sample" not in kept and "sampleThe" not in kept and "Pricing" not in kept


def test_a_span_glued_to_the_next_word_without_a_block_class_stays_in_the_title() -> None:
    body = f"<main><h1><span class='hl'>Dunmore</span>'s Pier and Its Engineer</h1>{_ESSAY}</main>"
    document = essayconv.load(_page(body, title="Dunmore's Pier and Its Engineer"), name="p.html")
    assert document.title is not None and "Pier and Its Engineer" in document.title and "Dunmore" in document.title


def test_a_headers_run_of_link_texts_is_never_the_title_shown_over_the_essay() -> None:
    # (the kicker glued, in no class setting it apart: the heading's text is not the page's title as read)
    document = essayconv.load(_mill_page("text-sm uppercase"), name="p.html")
    assert document.title is not None and "Pricing" not in document.title and TITLE in document.title


def test_other_pages_titles_under_a_label_closing_the_page_go() -> None:
    cards = "".join(f"<li><a href='/story.php?id={n}'>The {town} Lighthouse Keeper</a> by harbour_kid_{n}, age {n}</li>"
                    for n, town in zip((9, 11, 12), TOWNS))
    body = f"<main><h2>{TITLE}</h2>{_ESSAY}<h3>More Harbour Reports &amp; Essays</h3><ul>{cards}</ul></main>"
    document = essayconv.load(_page(body), name="p.html")
    kept = kept_text(document)
    assert "Lighthouse Keeper" not in kept and "More Harbour Reports" not in kept
    assert kept.count("walked the coast") == 5


def test_a_closing_list_of_links_under_a_sources_heading_is_no_other_pages_list() -> None:
    sources = "".join(f"<li><a href='/src/{n}'>Harbour Board Minutes of {town}</a> (1888)</li>" for n, town in enumerate(TOWNS[:2]))
    body = f"<main><h1>{TITLE}</h1>{_ESSAY}<h3>Sources</h3><ul>{sources}</ul></main>"
    document = essayconv.load(_page(body), name="p.html")
    assert not any(r.kind == "related" and "Harbour Board" in r.text for r in document.removed)


def test_a_count_stated_against_a_range_asked_is_the_essays() -> None:
    note = ("<div class='authornote'><strong>Author's note:</strong> This was for my geography class. We had to write about "
            "a place we visited in our coast unit. My teacher said 300 to 500 words and mine has 462. Please comment!!</div>")
    story = "<br /><br />".join(f"At {town}, {PIER_PROSE}" for town in TOWNS)
    document = essayconv.load(_page(f"<h2>{TITLE}</h2><div class='story'>{note}<p>{story}</p></div>"), name="p.html")
    assert document.metadata.claimed_words == 462


def test_a_range_alone_states_no_count() -> None:
    note = "<p class='note'>The brief asked for 300 to 500 words on a local landmark.</p>"
    document = essayconv.load(_page(f"<main><h2>{TITLE}</h2>{note}{_ESSAY}</main>"), name="p.html")
    assert document.metadata.claimed_words in (None, 0) or document.metadata.claimed_words not in (300, 500)


def test_the_rest_of_an_mla_heading_on_one_line_under_the_writers_name_goes() -> None:
    # (a typesetter's centred title and name, as Almost Free Text writes them)
    paragraphs = "".join(f"<p class='Body'>At {town}, {PIER_PROSE}</p>" for town in TOWNS[:2])
    body = (f"<br><center><h1><a name='AFT-top'>{TITLE}</a></h1></center><br><center><h2>Aoife Brennan</h2></center>"
            f"<p class='Body'>\nGEOG 1120: Coastal Works, Professor Lanigan, 11 March 2004\n</p><p class='Body'>\nProse "
            f"count: 520 words. Second draft, revised after the writing center visit.\n</p>{paragraphs}"
            f"<br><center><h2><a name='s1'>The Survey</a></h2></center><p class='Body'>At Ardmore, {PIER_PROSE}</p>")
    document = essayconv.load(_page(body, head="<meta name='author' content='Aoife Brennan'>"), name="p.html")
    kept = kept_text(document)
    assert "Professor Lanigan" not in kept and "GEOG 1120" not in kept
    assert [b for b in document.blocks if isinstance(b, Heading)][0].inlines[0].text == "The Survey"
    assert document.metadata.claimed_words == 520 and "Aoife Brennan" not in kept
