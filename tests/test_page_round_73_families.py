"""Families met at first contact in held-out round 73 (heldout/round73/FIRST-CONTACT.md), each checked by
mechanism on texts of our own: the title the page shows over the essay when something else titles the page (a
listing's rewrite for search engines, a file's name typed in lower case, a personal site's name, a sales
headline), an old page's centred title over its length line, a sample's pitch counting it ("This one is …
words"), a testimonial set as a quoted paragraph with its credit under it, a heading after the reference list,
an italic abstract stating the length, an RCS archive (`ci`'s ",v" file) read as its head revision, and a
writing service's own page (its "Link to us" page, its rewards programme: round 72's too) read as no essay."""

from __future__ import annotations

import pytest

import essayconv

from .helpers import PIER_ESSAY, PIER_PROSE, PIER_TITLE, PIER_TOWNS, kept_text

TOWNS, TITLE = PIER_TOWNS, PIER_TITLE
_ESSAY = PIER_ESSAY


def _load(html: str, name: str = "page.html") -> essayconv.Document:
    return essayconv.load(html.encode(), name=name)


def test_a_listings_rewritten_title_gives_way_to_the_heading_shown_over_the_essay() -> None:
    page = (f"<html><head><title>Dunmore Pier Essay - Engineer | QuayPapers.com</title></head><body>"
            f"<div id='header'><h1 id='logo'><a href='/'>QuayPapers</a></h1></div><div id='content'>"
            f"<h2 class='essay-title'>{TITLE}</h2><p class='meta'>Essay span: 410 words · Submitted by quaykid</p>"
            f"<ul class='tools'><li><a href='#'>Print</a></li><li><a href='/mail'>Email to a friend</a></li></ul>"
            f"<div id='essay-body'>{_ESSAY}</div></div></body></html>")
    assert _load(page).title == TITLE


def test_a_file_name_typed_in_lower_case_gives_way_to_the_title_line_over_the_prose() -> None:
    page = f"<html><head><title>pier essay final</title></head><body><p>{TITLE}</p>{_ESSAY}</body></html>"
    document = _load(page)
    assert document.title == TITLE and TITLE not in kept_text(document)


def test_a_personal_sites_name_gives_way_to_the_bold_title_over_the_prose() -> None:
    page = (f"<html><head><title>Orla's Corner - History paper</title></head><body>"
            f"<div id='header'><h1 id='title'>Orla's Corner</h1><p>school stuff, photos and whatever else</p></div>"
            "<div id='main'><div><b>History paper</b> - I posted it here so my study group can read it before Thursday. "
            "(410 words; 2 pages in the original .doc)</div><div><br/></div>"
            f"<div style='text-align:center'><b>{TITLE}</b></div>"
            + "".join(f"<div>At {town}, {PIER_PROSE}</div><div><br/></div>" for town in TOWNS) + "</div></body></html>")
    document = _load(page)
    assert document.title == TITLE and (document.metadata.claimed_words, document.metadata.claimed_pages) == (410, 2)


def test_a_pages_hero_banner_opening_on_its_title_keeps_it() -> None:
    """A page whose banner opens on its own title, over sections of its own: the title stands."""
    page = ("<html><head><title>Harbour Safety Guide</title></head><body><header><h1>Harbour Safety Guide</h1>"
            "<p>Protect your crew and your boat with our checklists.</p></header><main>"
            f"<h2>Harbour Safety Checklists Explained</h2>{_ESSAY}</main></body></html>")
    assert _load(page).title == "Harbour Safety Guide"


def test_a_sales_headline_gives_way_to_the_heading_the_title_names() -> None:
    page = ("<html><head><title>Free Engineering Essay Sample: Dunmore | QuayPapers</title></head><body>"
            "<h1>Read a real top-grade essay before you order yours</h1>"
            f"<h2>{TITLE}</h2>{_ESSAY}</body></html>")
    assert _load(page).title == TITLE


def test_an_old_pages_centred_title_over_its_length_line_at_a_break() -> None:
    page = ("<HTML><HEAD><TITLE>QuayPapers - Paper #2231</TITLE></HEAD><BODY><P><CENTER><FONT SIZE=5><B>" + TITLE + "</B></FONT><BR>"
            "<FONT SIZE=2>Approx. length: 410 words of text (2 typewritten pages) &middot; Level: College</FONT></CENTER>"
            "<HR>" + _ESSAY.replace("<p>", "<P>") + "</BODY></HTML>")
    document = _load(page)
    assert document.title == TITLE
    assert (document.metadata.claimed_words, document.metadata.claimed_pages) == (410, 2)


def test_a_samples_pitch_with_its_count_and_a_quoted_testimonial_with_its_credit_are_the_sites() -> None:
    pitch = ("<p>Every sample on QuayPapers was written by one of our verified writers. This one is 410 words from "
             "intro to conclusion and takes up 2 pages in MLA format.</p>")
    testimonial = ("<p>\"I used this sample to see how a thesis should look. My own paper came back early and got an A.\"</p>"
                   "<p>- Ciara B., engineering major</p>")
    body = "".join(f"<p>At {town}, {PIER_PROSE}</p>" for town in TOWNS[:2]) + testimonial \
        + "".join(f"<p>At {town}, {PIER_PROSE}</p>" for town in TOWNS[2:])
    document = _load(f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>{pitch}{body}</body></html>")
    kept = kept_text(document)
    assert "verified writers" not in kept and "I used this sample" not in kept and "Ciara" not in kept
    assert kept.count("walked the coast") == 5
    assert (document.metadata.claimed_words, document.metadata.claimed_pages) == (410, 2)


def test_a_heading_ranked_as_the_reference_lists_own_heads_the_pages_next_part() -> None:
    page = (f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>{_ESSAY}<p><b>Works Cited</b></p>"
            "<p>Hallinan, Rose. Piers of the West Coast. Quay Press, 2011.</p><h2>Your paper, your deadline</h2>"
            "<p>From $13/page.</p></body></html>")
    document = _load(page)
    entries = [essayconv.model.plain_text(entry) for entry in document.references.entries]
    assert entries == ["Hallinan, Rose. Piers of the West Coast. Quay Press, 2011."]


def test_an_italic_abstract_stating_the_length_is_a_note_and_its_count_the_essays() -> None:
    page = (f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1><h2>Orla Breen</h2>v1.1, 15 November 1999"
            "<hr><em>Paper 3 for ENG 201 (Coastal Engineering), Fall 1999. How one survey of a bay decided where a pier "
            "would stand. Length: 410 words in the sections below (abstract and references excluded).</em><hr>"
            f"<h2>1. The Survey</h2>{_ESSAY}</body></html>")
    document = _load(page)
    assert "Paper 3 for ENG" not in kept_text(document) and document.metadata.claimed_words == 410


RCS = """head\t1.2;
access;
symbols;
locks; strict;
comment\t@# @;


1.2
date\t96.11.03.01.37.22;\tauthor obreen;\tstate Exp;
branches;
next\t1.1;

1.1
date\t96.10.20.21.14.07;\tauthor obreen;\tstate Exp;
branches;
next\t;


desc
@Paper 2 for ENG 195. Limit 400 words, not counting the title.
@


1.2
log
@cut body to 372 words per wc, final version
@
text
@$Id: pier.txt,v 1.2 1996/11/03 01:37:22 obreen Exp $

ENG 195: Harbours and Coasts
Paper 2 - Fall 1996
Orla Breen


{title}

{body}
@


1.1
log
@first draft, 431 words
@
text
@d3 2
a4 1
At Dunmore, an older line about the pier that the writer cut.
@
"""


def test_an_rcs_archive_reads_as_its_head_revision_with_its_logs_count() -> None:
    body = "\n\n".join(f"At {town}, {PIER_PROSE}" for town in TOWNS)
    document = essayconv.load(RCS.format(title=TITLE, body=body).encode(), name="pier.txt,v")
    kept = kept_text(document)
    assert document.title == TITLE and document.metadata.claimed_words == 372
    assert kept.count("walked the coast") == 5 and "older line" not in kept
    assert "$Id" not in kept and "locks" not in kept and "Fall 1996" not in kept and "Orla Breen" not in kept


_OWN_PAGE = ("<p>Thousands of students visit QuayPapers.com every day looking for free papers and research help. If you "
             "run a site for students, a link to us is one of the most useful things you can add.</p>"
             "<p>We have been online since 1999, and our library of papers has grown one essay at a time. Linking to us "
             "costs nothing, and in return we list your site in our Partner Directory.</p>"
             "<h2>How the exchange works</h2><ol><li>Place one of our links on your site.</li>"
             "<li>Fill in the form with the address of your page.</li><li>Our webmaster checks every request by hand.</li></ol>"
             "<p>QuayPapers does not exchange links with sites that sell custom papers or write essays for students. "
             "Our writers and editors review every paper before we publish it.</p>")


def test_a_writing_services_own_page_is_no_essay() -> None:
    page = f"<html><head><title>Link to QuayPapers.com</title></head><body><h1>Link to QuayPapers.com</h1>{_OWN_PAGE}" \
        "<p>© 2004 QuayPapers.com</p></body></html>"
    with pytest.raises(essayconv.NoEssayError, match="site's own page"):
        _load(page)


def test_a_companys_own_article_selling_no_writing_is_read() -> None:
    """A harbour company's history of itself names it throughout, in its voice: that is its subject."""
    article = "".join(f"<p>At {town}, we at Quayline built the pier our founders planned. {PIER_PROSE}</p>" for town in TOWNS)
    page = (f"<html><head><title>The Quayline Story</title></head><body><h1>The Quayline Story</h1>{article}"
            "<p>© 2024 Quayline</p></body></html>")
    assert kept_text(_load(page)).count("walked the coast") == 5
