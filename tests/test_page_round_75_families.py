"""Families met at first contact in held-out round 75 (heldout/round75/FIRST-CONTACT.md) and site set 39
(heldout/sites39/LEARNING.md), each checked by mechanism on texts of our own: a word processor's file name as
the page's title over the essay's title line, a category for a title (a mill's SEO heading stripped of its
label) over the title set aside above the facts, a title in a label's field with no colon, a prize's name as
the page's title, a page label over a long title line, a weblog's title decorations ("(revised 20/01/03)",
"From the archive: "), its name in an <h1> linking home, and a wall "Everything after this point …"."""

from __future__ import annotations

import essayconv
from essayconv.model import Gap

from .helpers import PIER_ESSAY, PIER_TITLE, PIER_TOWNS, kept_text

TOWNS, TITLE = PIER_TOWNS, PIER_TITLE
_ESSAY = PIER_ESSAY


def _load(html: str, name: str = "page.html") -> essayconv.Document:
    return essayconv.load(html.encode(), name=name)


def test_a_one_word_file_name_gives_way_to_the_title_line_holding_it() -> None:
    page = (f"<HTML><HEAD><TITLE>DUNMORE</TITLE></HEAD><BODY><P>Orla Breen</P><P>Professor Hallinan</P>"
            f"<P>English 1102</P><P>22 February 1999</P><P ALIGN='CENTER'>{TITLE}</P>{_ESSAY}</BODY></HTML>")
    assert _load(page).title == TITLE


def test_a_category_for_a_title_gives_way_to_the_title_set_aside_above_the_facts() -> None:
    facts = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in
                    (("Word harvest:", "412"), ("Sheaf:", "2 pages"), ("Grown by:", "quaykid"), ("Planted:", "Jan 26, 2010")))
    page = (f"<html><head><title>Free Essay Samples: History | QuayCanopy</title></head><body>"
            f"<div class='crumbs'><a href='/'>Home</a> » <a href='/history'>History</a> » Irish History</div>"
            f"<h1 class='seo'>Free Essay Samples: History</h1><div class='sample-head'><h2>{TITLE}</h2><dl>{facts}</dl>"
            f"<a class='tweet' href='#'>Tweet</a></div><div class='sample-body'>{_ESSAY}</div></body></html>")
    assert _load(page).title == TITLE


def test_a_title_in_a_labels_field_with_no_colon() -> None:
    page = (f"<html><head><title>Dunmore Pier Essay Example</title></head><body><h1>Dunmore Pier Essay Example</h1>"
            f"<div class='meta'><span class='label'>Essay title</span> <strong>{TITLE}</strong> "
            f"<span>Fathoms: 412 words</span> <span>Shoreline: 2 pages</span></div>{_ESSAY}</body></html>")
    assert _load(page).title == TITLE


def test_a_prizes_name_for_a_title_over_the_winners_own() -> None:
    page = ("<html><head><title>Year 10 History Prize 2012 - Quay Grammar School</title></head><body>"
            "<h2>Year 10 History Prize 2012</h2><p>Each summer the History Department awards the Quay Cup for the best "
            "Year 10 coursework essay. This year's winner ran to two pages of prose (412 words).</p>"
            f"<p style='text-align:center'><strong>{TITLE}</strong></p>{_ESSAY}</body></html>")
    document = _load(page)
    assert document.title == TITLE and "Quay Cup" not in kept_text(document)


def test_a_page_label_over_a_long_title_line() -> None:
    long_title = "Stone Upon Stone: How One Engineer's Survey Decided Where the Pier at Dunmore Would Finally Stand"
    page = ("<html><head><title>Mrs. Hallinan's AP English Model Essays</title></head><body>"
            "<h1>Mrs. Hallinan's AP English Model Essays</h1><p><i>The essay below was written for our harbours unit "
            f"last fall and is posted with the author's permission.</i></p><p><b>{long_title}</b></p>"
            f"<p>by Orla B., Period 4</p>{_ESSAY}</body></html>")
    assert _load(page).title == long_title


def test_a_weblogs_title_decorations_and_its_name_linking_home() -> None:
    for shown in (f"{TITLE} (revised 20/01/03)", f"From the archive: {TITLE}"):
        page = (f"<html><head><title>{shown} - Quay Notes</title></head><body><div id='serendipity_banner'>"
                f"<h1><a class='homelink1' href='http://quay.example.org/blog/'>Quay Notes</a></h1>"
                f"<h2><a class='homelink2' href='http://quay.example.org/blog/'>Weblog of the Quay Society</a></h2></div>"
                f"<div class='serendipityEntry'><h4 class='serendipity_title'><a href='/blog/archives/1.html'>{shown}</a></h4>"
                f"<div class='serendipity_entry_body'>{_ESSAY}</div></div>"
                f"<div class='serendipitySideBarItem'><h3>Recent entries</h3><a href='/blog/archives/1.html'>{shown}</a>"
                f"</div></body></html>")
        assert _load(page).title == TITLE


def test_a_wall_saying_everything_after_this_point_is_for_members() -> None:
    wall = "<p>Everything after this point sits in the members' area. Password from the society's secretary, as usual.</p>"
    page = f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>{_ESSAY}{wall}</article></body></html>"
    document = _load(page)
    assert isinstance(document.blocks[-1], Gap) and "Everything after" not in kept_text(document)


def test_a_weblog_entrys_count_beside_who_posted_it() -> None:
    for footer, want in (("Posted by Orla Breen at 07:17 PM (412 words) | Comments (0) | TrackBack (0)", 412),
                         ("Posted by Orla Breen at 07:58 PM | word tally 398 | Comments (2) | TrackBack (0)", 398)):
        page = (f"<html><head><title>Quay Notes: {TITLE}</title></head><body><div class='blog'><h2 class='date-header'>"
                f"January 20, 2003</h2><div class='blogbody'><h3 class='title'>{TITLE}</h3>{_ESSAY}"
                f"<span class='posted'>{footer}\n<br /></span></div></div></body></html>")
        document = _load(page)
        assert document.metadata.claimed_words == want and "TrackBack" not in kept_text(document)


def test_a_weblog_entrys_body_and_its_continue_reading_part_are_one_text() -> None:
    """Serendipity's entry: its body (two short paragraphs) and its "continue reading" part, two boxes named as
    parts of one entry ("serendipity_entry_body", "serendipity_entry_extended")."""
    short = "The quay was built of granite from the hill above the town, and the masons were paid by the ton."
    pier = ("The committee met in the spring and argued for several hours about the budget. The pier’s engineer, "
            "Alexander Nimmo, walked the coast for weeks. ")
    body = f"<p>At Dunmore, {short}</p><p>Then, {short}</p>"
    extended = "".join(f"<p>At {town}, {pier}{pier}</p>" for town in TOWNS[1:4])
    page = ("<html><head><title>The Pier - Quay Notes</title></head><body><div id='serendipity_banner'><h1><a "
            "class='homelink1' href='/blog/'>Quay Notes</a></h1></div><div id='content'><div class='serendipity_Entry_Date'>"
            "<h3 class='serendipity_date'>Monday, January 21. 2008</h3><h4 class='serendipity_title'><a href='/a/1.html'>"
            "The Pier</a></h4><div class='serendipity_entry serendipity_entry_author_orla-breen'><span "
            "class='serendipity_entryIcon'><a href='/c/h'><img class='serendipity_entryIcon' alt='Harbours' src='/c.png'/>"
            f"</a></span><div class='serendipity_entry_body'>{body}</div><div class='serendipity_entry_extended'>"
            f"<a id='extended'></a>{extended}</div></div><div class='serendipity_entryFooter'>Posted by Orla Breen in "
            "Harbours at 17:19 | Comments (1) | Trackbacks (0)</div><div class='serendipity_karmaVoting'>Karma for this "
            "article: Good (5 votes)<br/>Rate this article: Very good | Good | Neutral | Bad | Very bad</div></div>"
            "<div class='serendipity_comments'><div class='serendipity_commentsTitle'>Comments</div><div "
            "class='serendipity_commentBody'>Thanks for this. My grandfather worked on that quay.</div></div></div>"
            "<div id='serendipityRightSideBar'><div class='serendipitySideBarItem'><h3>Archives</h3><a href='/a'>January "
            "2008</a></div></div></body></html>")
    kept = kept_text(_load(page))
    assert "At Dunmore, The quay was built" in kept and kept.count("walked the coast") == 6
    assert "Karma" not in kept and "Rate this article" not in kept
