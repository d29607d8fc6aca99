"""Families met at first contact in held-out site set 37 (heldout/sites37/LEARNING.md), each checked by
mechanism on texts of our own: a LaTeX2HTML paper (a footnote's mark after the title, the title block's author
and date, the navigation panel, the "About this document" colophon), a wiki page titled by its WikiWord with
its editors' notes, signatures and comments inside the text, and a club portal's small ads and members' wall
inside the story. Our own texts throughout."""

from __future__ import annotations

import essayconv
from essayconv.model import Gap

from .helpers import PIER_PROSE, PIER_TITLE, PIER_TOWNS, kept_text

TOWNS, TITLE = PIER_TOWNS, PIER_TITLE
_ESSAY = "".join(f"<P>\nAt {town}, {PIER_PROSE}\n" for town in TOWNS)


def test_a_latex2html_papers_title_block_navigation_and_colophon() -> None:
    nav = ("<B> Next:</B> <A HREF='paper04.html'>The Quay at Kilbaha</A>\n<B> Up:</B> <A HREF='./'>Papers read to "
           "the Society</A>\n<B> Previous:</B> <A HREF='paper02.html'>A Lighthouse Lens</A>\n<BR><BR>")
    page = ("<!--Converted with LaTeX2HTML 97.1 (release) (July 13th, 1997) -->\n<HTML><HEAD><TITLE>" + TITLE +
            "</TITLE></HEAD><BODY>\n" + nav + "<P>\n<H1 ALIGN='CENTER'>" + TITLE + "<A NAME='tex2html1' HREF='#foot1'>"
            "<SUP>*</SUP></A></H1>\n<P ALIGN='CENTER'><STRONG>Orla Breen</STRONG></P>\n<P ALIGN='CENTER'><STRONG>Read to "
            "the Society on 11 November 1997</STRONG></P><P>\n" + _ESSAY +
            "<BR><HR><H2>Footnotes</H2>\n<DL>\n<DT><A NAME='foot1'>...</A></DT>\n<DD>Read to the Society on Tuesday 11 "
            "November 1997. I thank Rose Hallinan for comments on a draft.\n</DD>\n</DL>\n<H1><A NAME='SECTION0002'>"
            "About this document ...</A></H1>\n<STRONG>" + TITLE + "</STRONG><P>\nThis document was generated using the "
            "<STRONG>LaTeX</STRONG>2<tt>HTML</tt> translator Version 97.1 (release) (July 13th, 1997)\n<P>\nThe "
            "translation was initiated by Orla Breen on Mon Nov 24 20:15:48 GMT 1997\n<BR><HR>\n" + nav +
            "<ADDRESS>\n<I>Orla Breen</I>\n<BR><I>Mon Nov 24 20:15:48 GMT 1997</I>\n</ADDRESS>\n</BODY>\n</HTML>")
    document = essayconv.load(page.encode(), name="paper03.html")
    kept = kept_text(document)
    assert document.title == TITLE
    assert "Read to the Society on 11 November" not in kept and "Next:" not in kept and "translation was initiated" not in kept
    assert kept.count("walked the coast") == 5


def test_a_wiki_page_named_by_its_wikiword_with_notes_signatures_and_comments() -> None:
    paragraphs = [f"<p>At {town}, {PIER_PROSE}</p>" for town in TOWNS]
    note = "<p>Note (RoseHallinan, June 18, 2005): can anyone lend a better picture for this page? Mine is blurred.</p>"
    page = ("<html><head><title>Harbours / DunmorePierEngineer</title></head><body>"
            "<div id='wikitext'><h1>" + TITLE + "</h1>" + "".join(paragraphs[:2]) + note + "".join(paragraphs[2:]) +
            "<p>-- OrlaBreen June 09, 2005, at 01:17 PM</p><h3>Comments</h3>"
            "<h5>BrianNolan — August 25, 2005, at 10:15 PM</h5><p>My grandfather fished from that pier. Lovely page.</p>"
            "<h5>RoseHallinan — August 27, 2005, at 09:02 AM</h5><p>Thanks, Brian. Do you have any photographs?</p>"
            "</div></body></html>")
    document = essayconv.load(page.encode(), name="DunmorePierEngineer.html")
    kept = kept_text(document)
    assert document.title == TITLE and kept.count("walked the coast") == 5
    assert "Note (Rose" not in kept and "OrlaBreen June" not in kept and "grandfather fished" not in kept


def test_a_club_portals_small_ads_and_wall_inside_the_story() -> None:
    ads = ("<h3>MEMBERS' SMALL ADS</h3><p>FOR SALE: Dunmore harbour chart, framed, been in the shed since 1991, £45. "
           "Bob, 01205 775234.</p>")
    wall = ("<h3>Members only</h3><p>Beyond this point, paid-up members only. Members log in at the left using the "
            "number on their card; anyone else, ask the Secretary about joining.</p>")
    body = "".join(f"<p>At {town}, {PIER_PROSE}</p>" for town in TOWNS[:2]) + ads + f"<p>At Ardmore, {PIER_PROSE}</p>" + wall
    page = f"<html><head><title>{TITLE}</title></head><body><div class='story'><h2>{TITLE}</h2>{body}</div></body></html>"
    document = essayconv.load(page.encode(), name="article.php.html")
    kept = kept_text(document)
    assert "SMALL ADS" not in kept and "FOR SALE" not in kept and "Beyond this point" not in kept
    assert kept.count("walked the coast") == 3 and isinstance(document.blocks[-1], Gap)
