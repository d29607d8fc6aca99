"""Families met at first contact in held-out site set 25 (heldout/sites25/LEARNING.md), each checked by
mechanism on pages of our own: a home page's <title> joining its name and the essay's with " -- ", the essay's
title shown as a heading; a story told through embeds (posts embedded from a social network, links' preview
cards) between the essay's parts. Our own texts throughout."""

from __future__ import annotations

import essayconv

from .helpers import PROSE, kept_text


def test_a_heading_that_is_the_titles_later_part_whole_is_the_title() -> None:
    page = ("<html><head><title>Mairi's Homework Corner -- The Lighthouse Keepers of Eilean Mor</title></head><body>"
            "<center><marquee>~*~ History papers by Mairi, typed up for you ~*~</marquee><br>"
            "<font size=2>I put two more papers up this month!</font></center><hr>"
            "<center><h2>The Lighthouse Keepers of Eilean Mor</h2><i>Written for History, 2nd period</i></center>"
            f"<p>{PROSE}</p><p>{PROSE}</p></body></html>")
    assert essayconv.load(page.encode(), name="home.html").title == "The Lighthouse Keepers of Eilean Mor"


def _post(name: str, handle: str, words: str, status: int) -> str:
    return (f"<li class='el el-post'><div class='post'><img src='a.jpg' alt=''><a href='https://twitter.com/{handle}'>{name}</a> "
            f"<span>@{handle}</span><blockquote>{words}</blockquote><div class='meta'>"
            f"<a href='https://twitter.com/{handle}/status/{status}'>Jul 4, 2013</a> · via Twitter</div></div></li>")


def test_posts_embedded_between_the_essays_parts_and_link_cards_go() -> None:
    card = ("<li class='el el-link'><div class='card'><img src='t.png' alt=''><a href='http://harbour-archive.org/item/7'>"
            "Harbour records of the 1890s</a><span>harbour-archive.org</span></div></li>")
    story = "".join([
        _post("Ferry Fan", "ferryfan", "My essay on the harbour, sources and all, is up now", 1001),
        f"<li class='el el-text'><p>{PROSE}</p></li>", card,
        _post("Old Charts Daily", "oldcharts", "Today's chart: the harbour mouth, drawn in 1890.", 1002),
        f"<li class='el el-text'><p>{PROSE} The end.</p></li>"])
    page = f"<html><head><title>The Harbour</title></head><body><h1>The Harbour</h1><ol class='story'>{story}</ol></body></html>"
    document = essayconv.load(page.encode(), name="story.html")
    kept = kept_text(document)
    assert "@ferryfan" not in kept and "Today's chart" not in kept and "harbour-archive.org" not in kept
    assert "Harbour records of the 1890s" not in kept and "Jul 4, 2013" not in kept
    assert kept.count(PROSE) == 2
    assert {r.kind for r in document.removed} >= {"embed"}
    # a paragraph naming a handle and a link to a site in its sentence is the essay's
    prose = (f"<p>{PROSE} As @harbourmaster put it in a letter now at "
             f"<a href='http://harbour-archive.org/item/7'>harbour-archive.org</a>, the pier held.</p>")
    page = f"<html><head><title>The Harbour</title></head><body><h1>The Harbour</h1><div>{prose}<p>{PROSE}</p></div></body></html>"
    assert "@harbourmaster" in kept_text(essayconv.load(page.encode(), name="prose.html"))


def test_what_the_comment_pass_left_of_a_thread_under_the_essay_goes_with_it() -> None:
    from essayconv.clean.over_clutter import drop_headings_over_clutter
    from essayconv.model import Heading, Removed, Text

    from .helpers import draft_of, kept_texts

    thread = [Heading(level=3, inlines=(Text("Corrections (2)"),)), "Ruairi_O Native tongue: English Aug 13, 2012 02:42",
              Removed("comments", "In American English we spell it this way."), Removed("comments", "This sentence is perfect!"),
              PROSE, Removed("comments", "Really impressive essay!"), "Thank you! 4 people found this correction helpful"]
    draft = drop_headings_over_clutter(draft_of(PROSE, PROSE, *thread, title="The Harbour"))
    assert kept_texts(draft) == [PROSE, PROSE]
    # a section of the essay with a comment or two taken out of it stays the essay's
    section = [Heading(level=2, inlines=(Text("The pier"),)), PROSE, Removed("comments", "Great point!"), PROSE, PROSE]
    draft = drop_headings_over_clutter(draft_of(PROSE, *section, title="The Harbour"))
    assert kept_texts(draft) == [PROSE, "The pier", PROSE, PROSE, PROSE]


def test_the_writers_asides_and_questions_to_readers_between_the_paragraphs_go() -> None:
    asides = ["For my classmates: I swapped a source here after feedback",
              "Tangent alert: if you know a better book about the pier, e-mail me",
              "(Question for correctors: which preposition is correct here?)",
              "Thank you to Ines_R for correcting my last entry, I learned a lot from it!",
              "(Proofread by Marit from the revision group, cheers Marit!)"]
    body = "".join(f"<p>{PROSE}</p><p>{aside}</p>" for aside in asides)
    page = f"<html><head><title>The Harbour</title></head><body><article><h1>The Harbour</h1>{body}<p>{PROSE}</p></article></body></html>"
    kept = kept_text(essayconv.load(page.encode(), name="asides.html"))
    assert all(aside not in kept for aside in asides) and kept.count(PROSE) == 6
    # a heading with a colon, a sentence after a label, a list's lead-in stay
    lines = ["Part Two: The Long Winter of 1895", "Cost: the pier cost twice what was planned.",
             "The harbour master listed three causes:"]
    body = "".join(f"<p>{PROSE}</p><p>{line}</p>" for line in lines)
    page = f"<html><head><title>The Harbour</title></head><body><article><h1>The Harbour</h1>{body}</article></body></html>"
    kept = kept_text(essayconv.load(page.encode(), name="lines.html"))
    assert all(line in kept for line in lines)


def test_a_notice_that_the_other_words_are_in_an_attachment_marks_the_cut() -> None:
    page = (f"<html><head><title>The Harbour</title></head><body><article><h1>The Harbour</h1><p>{PROSE}</p><p>{PROSE}</p>"
            "<p>Only the first half fits in the e-mail, so the other 411 words are in the attached file.</p></article></body></html>")
    document = essayconv.load(page.encode(), name="mail.html")
    assert "attached file" not in kept_text(document)
    assert any(type(b).__name__ == "Gap" for b in document.blocks)
    assert document.metadata.claimed_words != 411


def test_the_line_under_a_linked_or_centred_photo_is_its_caption() -> None:
    linked = ("<div class='img'><a href='map.jpg.scaled1000.jpg'><img src='map.jpg' width='500' height='300' alt='Map'></a>"
              "<div>Map of the harbour mouth from the revision pack</div></div>")
    centred = "<p><center><img src='scan.jpg' width='320' height='240'><br><font size=1>The pier in 1890 (scanned, sorry)</font></center>"
    for picture in (linked, centred):
        page = (f"<html><head><title>The Harbour</title></head><body><h1>The Harbour</h1><div>"
                f"<p>{PROSE}</p>{picture}<p>{PROSE}</p></div></body></html>")
        document = essayconv.load(page.encode(), name="photo.html")
        assert "revision pack" not in kept_text(document) and "scanned" not in kept_text(document)
        assert kept_text(document).count(PROSE) == 2


def test_a_teachers_comment_labelled_with_where_it_was_written_goes() -> None:
    comment = "My teacher's comment on the back page: \"Good research, but the ending feels hurried.\""
    page = (f"<html><head><title>The Harbour</title></head><body><h1>The Harbour</h1><div>"
            f"<p>{PROSE}</p><p>{PROSE}</p><p>{comment}</p></div></body></html>")
    assert "teacher's comment" not in kept_text(essayconv.load(page.encode(), name="c.html"))


def test_a_paragraph_beside_a_floated_photo_is_the_essays() -> None:
    opening = "The pier at Dunmore tends to arrive in class already explained. I shall defend another view of it."
    page = (f"<html><head><title>The Harbour</title></head><body><h1>The Harbour</h1><div class='intro'>"
            f"<img src='pier.jpg' width='250' height='250' align='right'><div>{opening}</div></div>"
            f"<p>{PROSE}</p><p>{PROSE}</p></body></html>")
    assert opening in kept_text(essayconv.load(page.encode(), name="float.html"))
