"""Families met at first contact in held-out site set 34 (heldout/sites34/LEARNING.md), each checked by
mechanism on pages of our own: a pull quote in an old table layout's box, a pager counting the words on the
next page, a members-only ending that says members read on once signed in, and the site's name as the <h1>
in the page's banner. Our own texts throughout."""

from __future__ import annotations

import essayconv
from essayconv.model import Gap, block_text

from .helpers import PIER_PROSE, kept_text

TOWNS = ["Dunmore", "Kilbaha", "Ardmore", "Carrigaholt", "Ballycotton"]
TITLE = "The Pier at Dunmore"
PARAGRAPHS = [f"<p>At {town}, {PIER_PROSE} The {town} harbour board kept the minutes.</p>" for town in TOWNS]


def _page(body: str, title: str = TITLE) -> bytes:
    return (f"<html><head><title>{title}</title></head><body><div id='wrapper'><table><tr><td class='main'>"
            f"<h2>{TITLE}</h2>{body}</td></tr></table></div></body></html>").encode()


def test_a_pull_quote_in_a_table_box_repeating_a_sentence_of_the_text_goes() -> None:
    box = "<table align='right' class='pullquote'><tr><td>“The Kilbaha harbour board kept the minutes.”</td></tr></table>"
    document = essayconv.load(_page("".join(PARAGRAPHS[:2]) + box + "".join(PARAGRAPHS[2:])), name="journal.htm")
    assert not any(block_text(b).startswith("“") for b in document.blocks)


def test_a_quoted_line_of_the_writers_own_and_a_styled_quotation_repeating_nothing_stay() -> None:
    # (a quotation styled as a pull quote that repeats no sentence of the text is the text's: an interview's line)
    own = ("<p>“Nobody builds a pier for one winter,” the engineer wrote to his sister that spring.</p>"
           "<table class='pullquote'><tr><td>“When the ferry stopped, I lost the job at the end of it.”</td></tr></table>")
    kept = kept_text(essayconv.load(_page("".join(PARAGRAPHS[:2]) + own + "".join(PARAGRAPHS[2:])), name="journal.htm"))
    assert "Nobody builds a pier" in kept and "When the ferry stopped" in kept


def test_a_pager_counting_the_words_on_the_next_page_is_a_cut() -> None:
    pager = ("<p class='pager'>Continued overleaf, so to speak: 244 more words on the next page <a href='p2.htm'>»</a>"
             "<br>Page: <b>[1]</b> <a href='p2.htm'>2</a></p>")
    after = ("<p class='pagetop'>Also in the Bulletin</p><ul><li><a href='a.htm'>The Quay at Kilbaha</a></li>"
             "<li><a href='b.htm'>Boats of the Shannon</a></li></ul><p>A word of warning: ring the warden before a trip.</p>")
    document = essayconv.load(_page("".join(PARAGRAPHS) + pager + after), name="journal.htm")
    assert isinstance(document.blocks[-1], Gap)


def test_a_members_only_ending_that_members_read_on_after_signing_in_is_a_cut() -> None:
    wall = ("<div class='members'><p>Members can read on after signing in with their membership number.</p>"
            "<p>Card number <input> Password <input type='password'></p><p>Not a member? Find out about joining.</p></div>")
    document = essayconv.load(_page("".join(PARAGRAPHS) + wall), name="article.aspx")
    assert isinstance(document.blocks[-1], Gap) and "read on after" not in kept_text(document)


def test_the_sites_name_as_the_h1_in_its_banner_is_no_title() -> None:
    page = (f"<html><head><title>Piers :: Abbotsmead Harbour Society</title></head><body><div id='banner'>"
            f"<h1>Abbotsmead Harbour Society</h1></div><div class='content'><span class='ArticleTitle'>Piers</span>"
            f"{''.join(PARAGRAPHS)}</div></body></html>")
    assert essayconv.load(page.encode(), name="article.aspx").title == "Piers"
