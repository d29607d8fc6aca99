"""Families met at first contact in held-out site set 33 (heldout/sites33/LEARNING.md), each checked by
mechanism on pages of our own: a page builder's story cut into text widgets with the site's alert between
them, a photo's caption in a builder's image box and under a word processor's picture, a radio amateur's
sign-off naming the byline's writer, other articles' teasers after a part-one cut, a dated editor's note and a
scanner's note, and the count of what the site left out, never the essay's. Our own texts throughout."""

from __future__ import annotations

import essayconv
from essayconv.model import Document, Metadata, Paragraph, Removed, Text
from essayconv.rules import load_rules
from essayconv.sites.template import apply_template, learn, page_blocks

from .helpers import PIER_PROSE, kept_text

TOWNS = ["Dunmore", "Kilbaha", "Ardmore", "Carrigaholt", "Ballycotton"]
TITLE = "The Pier at Dunmore"


def _paragraphs(towns: list[str]) -> str:
    return "".join(f"<p>At {town}, {PIER_PROSE}</p>" for town in towns)


def _page(body: str) -> bytes:
    return f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>{body}</body></html>".encode()


def _widget(kind: str, inner: str, n: int) -> str:
    return (f"<div class='elementor-element elementor-element-{n:x}7a elementor-widget elementor-widget-{kind}'>"
            f"<div class='elementor-widget-container'>{inner}</div></div>")


def test_a_story_cut_into_text_widgets_is_read_whole_and_the_sites_alert_between_goes() -> None:
    alert = "<div class='elementor-alert' role='alert'><span>In the Garden now</span><span>Plant sales on Saturday.</span></div>"
    story = (_widget("text-editor", f"<div class='elementor-text-editor'>{_paragraphs(TOWNS[:2])}</div>", 1)
             + _widget("alert", alert, 2)
             + _widget("text-editor", f"<div class='elementor-text-editor'>{_paragraphs(TOWNS[2:] * 2)}</div>", 3))
    page = _page(f"<div class='elementor-widget-wrap'>{story}</div><div class='sidebar'><p>Opening hours: 10 to 4.</p></div>")
    kept = kept_text(essayconv.load(page, name="story.html"))
    assert kept.startswith("At Dunmore") and kept.count("walked the coast") == 8 and "Plant sales" not in kept


def test_a_photos_caption_in_a_builders_image_box_goes() -> None:
    box = ("<div class='image-box'><figure><img src='glasshouse.jpg' width='800' height='533'></figure>"
           "<div class='image-box-content'><p>Photograph by Clive Hale, taken in the Tropical House</p></div></div>")
    kept = kept_text(essayconv.load(_page(f"<article>{_paragraphs(TOWNS[:2])}{box}{_paragraphs(TOWNS[2:])}</article>"),
                                    name="story.html"))
    assert "Photograph by" not in kept and kept.count("walked the coast") == 5


def test_a_line_under_a_word_processors_picture_is_its_caption() -> None:
    picture = ("<p dir='ltr'><span style='font-size:12pt'><img src='slide.png' width='602' height='341'></span></p>"
               "<p dir='ltr'><span style='font-size:12pt'>Slide 6 from the talk this article grew out of</span></p>")
    kept = kept_text(essayconv.load(_page(f"<div>{_paragraphs(TOWNS[:2])}{picture}{_paragraphs(TOWNS[2:])}</div>"),
                                    name="docs.html"))
    assert "Slide 6" not in kept and kept.count("walked the coast") == 5


def test_a_sign_off_naming_the_bylines_writer_goes_and_a_closing_line_naming_no_one_stays() -> None:
    for last, kept_at_end in (("73 de Dave, M0DPX", False), ("Long live the harbour", True)):
        body = f"<div class='article'><p>by Dave Pummell, M0DPX</p>{_paragraphs(TOWNS)}<p>{last}</p></div>"
        kept = kept_text(essayconv.load(_page(body), name="article.html"))
        assert (last in kept) is kept_at_end, last


def test_other_articles_teasers_after_a_part_one_cut_go() -> None:
    teasers = "".join(f"<li><a href='/st{n}.htm'>The Quay at {town}</a> - Ann Lee, G4ABC, No. {n}<br>Taster: <i>Pull the "
                      f"tide tables out of the story of {town} quay and the usual conclusions about its trade lose their "
                      "footing.</i></li>" for n, town in enumerate(TOWNS, start=70))
    body = (f"<div class='article'>{_paragraphs(TOWNS)}<p>Part two follows in No. 81, carrying the remaining 270 words.</p>"
            f"<p><b>Also in the newsletter</b></p><ul>{teasers}</ul><p>This page has been looked at 2,234 times since "
            "1 March 2003.</p><p>Last updated 13/03/2005 by Brian, the club's webmaster.</p></div>")
    document = essayconv.load(_page(body), name="article.html")
    assert "Taster" not in kept_text(document) and "tide tables" not in kept_text(document)


def test_a_dated_editors_note_and_a_scanners_note_go() -> None:
    body = ("<div class='paper'><p>Scanned from the printed volume and read by text-recognition software; stray errors of "
            "recognition may remain.</p>" + _paragraphs(TOWNS[:2])
            + "<p>[Editor's note, 2011: the author's field notebooks were given to the Club library in 2009.]</p>"
            + _paragraphs(TOWNS[2:]) + "</div>")
    kept = kept_text(essayconv.load(_page(body), name="paper.html"))
    assert "Scanned" not in kept and "Editor's note" not in kept and kept.count("walked the coast") == 5


def test_learning_reads_no_essays_length_from_the_count_of_what_the_site_left_out() -> None:
    def page(n: int) -> Document:
        prose = [Paragraph((Text(f"Part {part} of the story of {TOWNS[n % 5]} pier, number {n}. {PIER_PROSE}"),)) for part in range(3)]
        notice = Paragraph((Text(f"At the author's request only the first pages are shown online; the rest, {200 + n} words "
                                 "long, is printed in the volume."),))
        return Document(f"The Pier, part {n}", Metadata(site="generic", words=150), (*prose, notice))

    pages = [page(n) for n in range(6)]
    template = learn("s", [page_blocks(p) for p in pages], titles=[p.title for p in pages])
    counter = load_rules().counter
    applied = apply_template(pages[0], template, counter.number_unit, rest=counter.rest_phrase).document
    assert applied.metadata.claimed_words is None
    assert any(isinstance(r, Removed) and "the rest" in r.text for r in applied.removed)
