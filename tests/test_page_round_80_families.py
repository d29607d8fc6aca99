"""Families met at first contact in held-out round 80 (heldout/round80/FIRST-CONTACT.md), each checked by
mechanism on texts of our own: a lock box the finder set aside as a form (its unlock button posts one) that
states how many of the essay's words it hides, a <title> opening on the site's address, a card's row of page
tools, a verse quotation set wholly in italics and ending on a comma (no cut), and a forum question asking
someone to look over "my essay" over the essay's own title line. Our own texts throughout."""

from __future__ import annotations

import essayconv
from essayconv.model import Gap

from .helpers import PIER_PROSE, PIER_TITLE, PIER_TOWNS, kept_text

TOWNS, TITLE = PIER_TOWNS, PIER_TITLE
_ESSAY = "".join(f"<p>At {town}, {PIER_PROSE}</p>" for town in TOWNS)


def _page(body: str, title: str = TITLE) -> bytes:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode()


def test_a_lock_box_with_its_unlock_form_stating_the_hidden_words_marks_a_cut() -> None:
    lock = ("<div class='panel panel-warning harbour-lock'><div class='panel-heading'>1 section is kept in the members' "
            "boathouse</div><div class='panel-body'><p>118 words of this essay are hidden. Open them with a Quay Pass.</p>"
            "<form method='post' action='/unlock/2207/'><button type='submit' class='btn'>Open the boathouse</button>"
            "</form></div></div>")
    body = (f"<main><article><h1>{TITLE}</h1><p>At Dunmore, {PIER_PROSE}</p><h2>The Survey</h2><p>At Kilbaha, "
            f"{PIER_PROSE}</p>{lock}<h2>The Storm</h2><p>At Ardmore, {PIER_PROSE}</p><p>At Carrigaholt, {PIER_PROSE}</p>"
            f"</article></main>")
    document = essayconv.load(_page(body), name="p.html")
    kinds = [type(b).__name__ for b in document.blocks]
    assert kinds.count("Gap") == 1 and kinds[kinds.index("Gap") + 1] == "Heading"  # (the cut before "The Storm")
    assert "are hidden" not in kept_text(document) and kept_text(document).count("walked the coast") == 4


COLON_TITLE = "Stone Against the Sea: The Pier at Dunmore"


def test_a_title_opening_on_the_sites_address_titles_the_essay_with_the_rest() -> None:
    body = (f"<table><tr><td class='masthead'><a href='/index.html'><img src='/logo.gif' alt='Quayside - papers built to "
            f"order'></a><span class='tagline'>Over 9,000 papers since 1999</span></td></tr><tr><td class='main'><div "
            f"class='essayhead'><span class='esstitle'>{COLON_TITLE}</span><br><span class='specs'>Words laid: 520 words "
            f"&middot; Paper no. 31907</span></div><div class='bodytext'>{_ESSAY}</div></td></tr></table>")
    document = essayconv.load(_page(body, title=f"QuaysidePapers.example :: {COLON_TITLE}"), name="p.html")
    assert document.title == COLON_TITLE


def test_a_cards_row_of_page_tools_goes() -> None:
    body = (f"<table width='100%'><tr><td><span class='paperTitle'>{COLON_TITLE}</span><br><span class='specs'>Words "
            f"turned: 520 words &middot; Lathe no. 31907</span><br><span class='specs'><a href=\"javascript:popup('/print')\">"
            f"Printable version</a> &middot; <a href='/send?id=31907'>Email to a friend</a></span>{_ESSAY}</td></tr></table>")
    kept = kept_text(essayconv.load(_page(body, title=COLON_TITLE), name="p.html"))
    assert "Printable version" not in kept and "Email to a friend" not in kept


def test_a_verse_quotation_set_in_italics_ending_on_a_comma_is_no_cut() -> None:
    story = (f"At Dunmore, {PIER_PROSE}<br /><br />At Kilbaha, {PIER_PROSE} The old song puts it best:<br /><br />"
             "<i>The tide came in at Dunmore pier, the boats lay in a row,<br />The keeper lit the harbour lamp and "
             "watched the water grow,</i><br /><br />" + "<br /><br />".join(f"At {town}, {PIER_PROSE}" for town in TOWNS[2:]))
    document = essayconv.load(_page(f"<main><h1>{TITLE}</h1><div class='review-text'>{story}</div></main>"), name="p.html")
    assert not any(isinstance(b, Gap) for b in document.blocks)
    assert "watched the water grow" in kept_text(document)


def test_a_question_asking_someone_to_look_over_my_essay_titles_the_post_not_the_essay() -> None:
    body = (f"<h1 class='question-title'>Could someone look over my Dunmore pier essay before Friday?</h1>"
            f"<div class='question-details'><p>It's for my geography class. It has to be under 600 words.</p>"
            f"<p><b>{TITLE}</b></p>{_ESSAY}</div>")
    document = essayconv.load(_page(body, title="Could someone look over my Dunmore pier essay before Friday? - Harbour Q&A"),
                              name="p.html")
    assert document.title == TITLE
