"""Families left from site set 41 (heldout/sites41/LEARNING.md), each checked by mechanism on texts of our own: a
reference list under a heading in the writer's own words, a Markdown post's centred picture and its caption, a
platform's <title> that is only its name over a title box with no heading element, a title shown with the
decorations it was cleaned of, a blogger's greeting and sign-off, a signature after a dash, the rest of a text
held over for print, and a count line after the reference list."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

import essayconv
from essayconv.clean.verdict import _leads_under_headings
from essayconv.model import Gap, ListBlock, Text, paragraph
from essayconv.rules import load_rules

from .helpers import PIER_ESSAY, PIER_PROSE, PIER_TITLE, PIER_TOWNS, kept_text

_ENTRIES = ("Nimmo, Alexander. Reports on the Western Piers. Dublin: Board of Works, 1824.",
            "Breen, Orla. Harbours of the West. Galway: Quay Press, 1988.",
            "Hallinan, Tom. \u201cStone and Tide.\u201d Western Review, vol. 4, no. 2, 2001, pp. 11-29.")


def _load(page: str) -> essayconv.Document:
    return essayconv.load(page.encode(), name="page.html")


def _post(*inside: str, title: str = PIER_TITLE) -> str:
    return (f"<html><head><title>{title} - Quayside Notes</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>{title}</h1>{''.join(inside)}</article><footer>\u00a9 Quayside Notes</footer></body></html>")


def test_entries_under_a_heading_in_the_writers_own_words_are_the_reference_list() -> None:
    items = "".join(f"<li>{e}</li>" for e in _ENTRIES)
    document = _load(_post(PIER_ESSAY, f"<h3>Off my shelf</h3><ul>{items}</ul>"))
    assert document.references is not None and document.references.heading == "Off my shelf"
    assert len(document.references.entries) == 3 and "Off my shelf" not in kept_text(document)


def test_one_book_under_a_section_heading_is_no_reference_list() -> None:
    document = _load(_post(PIER_ESSAY, f"<h3>A book to start with</h3><ul><li>{_ENTRIES[0]}</li></ul>"))
    assert document.references is None and "A book to start with" in kept_text(document)


def test_a_centred_pictures_caption_set_in_subscript_is_no_line_of_the_essay() -> None:
    picture = "<center><img src='pier.jpg' alt='pier.jpg'></center><center><sub>The pier at low tide, May.</sub></center>"
    paragraphs = [f"<p>At {town}, {PIER_PROSE}</p>" for town in PIER_TOWNS]
    document = _load(_post(*paragraphs[:2], picture, *paragraphs[2:]))
    text = kept_text(document)
    assert "low tide" not in text and all(f"At {town}," in text for town in PIER_TOWNS)


def _platform_page(*boxes: str) -> str:
    return ("<html><head><title>Quayblog</title></head><body><div id='banner'><img src='b.gif' alt='Quayblog'></div>"
            f"<table><tr><td id='main'>{''.join(boxes)}</td></tr></table></body></html>")


def test_a_title_that_is_only_the_platforms_name_gives_way_to_the_posts_title_box() -> None:
    page = _platform_page(f"<div class='post-title'>{PIER_TITLE}!!!</div><div class='postinfo'>Posted by Orla B.</div>"
                          f"<div class='posttext'>{PIER_ESSAY}</div>")
    document = _load(page)
    assert document.title == PIER_TITLE and PIER_TITLE not in kept_text(document)


def test_a_heading_showing_the_title_with_its_decorations_goes_as_the_title() -> None:
    document = _load(_post(PIER_ESSAY, title=f"{PIER_TITLE} (for the newsletter)"))
    assert document.title == PIER_TITLE and "newsletter" not in kept_text(document)


def test_a_bloggers_greeting_and_sign_off_are_not_the_essay() -> None:
    document = _load(_post("<p>Hello, sailors and friends! \U0001f30a</p>", PIER_ESSAY, "<p>Until next time, Morven \U0001f30a</p>"))
    text = kept_text(document)
    assert "Hello, sailors" not in text and "Morven" not in text and f"At {PIER_TOWNS[-1]}," in text


def test_a_letter_essays_own_salutation_stays() -> None:
    document = _load(_post("<p>Dear Grandfather,</p>", PIER_ESSAY))
    assert "Dear Grandfather" in kept_text(document)


def test_a_signature_after_a_dash_under_a_note_on_the_cut_goes() -> None:
    paragraphs = "".join(f"<p>At {town}, {PIER_PROSE}</p>" for town in PIER_TOWNS[:3])
    document = _load(_post(paragraphs, "<p>Maeve wants the rest held over for the paper newsletter, so that is all for now.</p>",
                           "<p>-- Fergus</p>"))
    text = kept_text(document)
    assert "Fergus" not in text and "held over" not in text
    assert isinstance(document.blocks[-1], Gap)


def test_a_count_line_after_the_reference_list_is_the_essays() -> None:
    items = "".join(f"<li>{e}</li>" for e in _ENTRIES)
    for line, count in (("\U0001f4dd 412 words", 412), ("Total: 518 words (title not counted)", 518),
                        ("That comes to 488 words, Isla, so it should fit the back page.", 488)):
        document = _load(_post(PIER_ESSAY, f"<h3>Sources</h3><ul>{items}</ul><p>{line}</p>"))
        assert document.metadata.claimed_words == count, line


def test_an_essay_posted_in_two_messages_of_a_thread_is_joined_whole() -> None:
    def message(number: int, poster: str, body: str) -> str:
        return (f"<hr><a name='POST{number}'></a><table><tr><td><b>By {poster} on Monday, March 3, 2003</b></td></tr></table>"
                f"<font size='2'>{body}</font>")
    first = "".join(f"<p>At {town}, {PIER_PROSE}" for town in PIER_TOWNS[:3])
    second = "".join(f"<p>At {town}, {PIER_PROSE}" for town in PIER_TOWNS[3:])
    page = (f"<html><head><title>Quay Board: {PIER_TITLE}</title></head><body><font size='1'>Quay Board: History</font>"
            + message(1, "Fergus Daly", f"<b>{PIER_TITLE}</b><br>{first}<p>(More in the next message, the board keeps timing out.)")
            + message(2, "Fergus Daly", f"Continued from above:{second}<p>-- Fergus, skip on the Tuesday rink")
            + message(3, "Maeve Roche", "Lovely piece, thank you.") + "</body></html>")
    text = kept_text(_load(page))
    assert all(f"At {town}," in text for town in PIER_TOWNS)
    assert "Continued" not in text and "next message" not in text and "Fergus" not in text


_LEAD = ("At {town}, the committee met in the spring and argued for several hours about the budget and the staffing "
         "of the new clinic. What I shall....")


@pytest.mark.parametrize("as_list", [False, True])
def test_leads_cut_short_whose_linked_titles_went_with_the_links_make_a_listing(as_list: bool) -> None:
    leads = [_LEAD.format(town=town) for town in PIER_TOWNS]
    blocks = (ListBlock(False, tuple((Text(lead),) for lead in leads)),) if as_list else \
        (*(paragraph(lead) for lead in leads[:-1]), paragraph(leads[-1][:-4]), Gap("truncated"))
    assert _leads_under_headings(SimpleNamespace(blocks=blocks), load_rules()) == len(PIER_TOWNS)


def test_an_essay_the_site_cut_in_places_is_no_list_of_leads() -> None:
    parts = "<p class='hidden-text'>\u2026show more content\u2026</p>".join(
        f"<p>{_LEAD.format(town=town)[:-4]}...</p>" for town in PIER_TOWNS)
    document = _load(_post(parts))
    assert all(f"At {town}," in kept_text(document) for town in PIER_TOWNS)


def test_a_contents_page_of_linked_titles_with_blurbs_holds_no_essay() -> None:
    sections = "".join(f"<h3>The {coast} coast</h3><ul>" + "".join(
        f"<li><a href='pier-{n}.html'>The Pier at {town}</a> - Orla on the harbour works of {town}" for n, town in enumerate(PIER_TOWNS))
        + "</ul>" for coast in ("west", "south"))
    page = (f"<html><head><title>Quay Notes - Essays</title></head><body><table><tr><td><h2>Essays</h2><p>Every member of "
            f"the club wrote about a pier. Pick one, or read them all in order!{sections}</td></tr></table></body></html>")
    with pytest.raises(essayconv.NoEssayError, match="linked titles"):
        _load(page)


def test_an_essays_further_reading_of_linked_titles_stays_with_it() -> None:
    items = "".join(f"<li><a href='https://quay.example/{n}'>The Pier at {town}</a> - a survey of its stone</li>"
                    for n, town in enumerate(PIER_TOWNS))
    document = _load(_post(PIER_ESSAY, f"<h3>Further reading</h3><ul>{items}</ul>"))
    assert all(f"At {town}," in kept_text(document) for town in PIER_TOWNS)
