"""Families met at first contact in held-out site set 30 (heldout/sites30/LEARNING.md), each checked by
mechanism on pages of our own: a plain-text file shown through a proxy (its title boxed by drawn rules, its
header and changelog lines, its menu of other files with their links), a site's tail of cards learned by their
shape with each card's quoted line, a talk's credit line and a script's stage notes, a count stated in two
clauses, a photo's caption box named so, a schedule with no essay. Our own texts throughout."""

from __future__ import annotations

import textwrap

import pytest

import essayconv
from essayconv.model import BlockQuote, Document, Link, Metadata, Paragraph, Text, block_text
from essayconv.sites.template import apply_template, learn, page_blocks

from .helpers import PIER_PROSE, article_page, kept_text

_ESSAY = "".join(f"<p>{PIER_PROSE}</p>" for _ in range(5))
TOWNS = ["Dunmore", "Kilbaha", "Ardmore", "Carrigaholt", "Ballycotton"]


def _text_file(title: str) -> str:
    body = "\n\n".join("\n".join(textwrap.wrap(f"At {town}, {PIER_PROSE} The harbour at {town} was next.", 66)) for town in TOWNS)
    return ("<html><head><title>gopher://harbour.example/0/phlog/pier.txt</title></head><body>"
            "<div class='gp-bar'>Gopherway · fetched <code>gopher://harbour.example/0/phlog/pier.txt</code> · "
            "<a href='/raw'>raw file</a> · <a href='/up'>up one level</a></div><pre>\n" + "_" * 66 + f"\n\n  {title}\n"
            + "_" * 66 + "\n entry 2021-02-13 -- posted by ~quaywalker\n\n" + body + "\n"
            + "changelog: 2021-02-19 fixed a date in the part about the engineer and the site he chose; 2021-02-13 first posted"
            + "\n\nAlso on this phlog:\n  (TXT) <a href='/?url=a.txt'>2021-01-06  The Weir at Ennis</a>\n"
            + "        \u201cThe weir was rebuilt in 1840.\u201d\n</pre></body></html>")


def test_a_text_files_boxed_title_header_lines_and_changelog_stand_apart() -> None:
    document = essayconv.load(_text_file("The Pier at Dunmore").encode(), name="pier.html")
    texts = [block_text(b) for b in document.blocks]
    assert document.title == "The Pier at Dunmore"
    assert "entry 2021-02-13 -- posted by ~quaywalker" in texts  # a line of its own, not joined to the title
    assert any(t.startswith("changelog:") for t in texts)  # never wrapped into the essay's last paragraph
    assert texts.count(next(t for t in texts if t.endswith("Ballycotton was next."))) == 1
    menu = next(b for b in document.blocks if isinstance(b, Paragraph) and "The Weir at Ennis" in block_text(b))
    assert any(isinstance(span, Link) and span.url.endswith("a.txt") for span in menu.inlines)


def _page(n: int, excerpt: str) -> Document:
    prose = [Paragraph((Text(f"Part {part} of the story of {TOWNS[n % 5]} pier, number {n}. {PIER_PROSE}"),)) for part in range(3)]
    cards = [Paragraph((Text("Also on this phlog:"),)),
             Paragraph((Text("(TXT) "), Link((Text(f"2021-01-{n + 1:02d} The Weir at {TOWNS[(n + 1) % 5]}"),), f"/{n}.txt"))),
             BlockQuote((Text(f"\u201c{excerpt}\u201d"),))]
    return Document(f"The Pier, part {n}", Metadata(site="generic", words=150), (*prose, *cards))


def test_a_tail_of_cards_learned_by_their_shape_takes_each_cards_quoted_line() -> None:
    lines = [f"Line {n} quoted from another entry about the weir and its {TOWNS[n % 5]} keepers." for n in range(18)]
    pages = [_page(n, lines[n]) for n in range(18)]
    template = learn("s", [page_blocks(p) for p in pages], titles=[p.title for p in pages])
    kept = [block_text(b) for b in apply_template(_page(3, "A line never seen on the other pages."), template).document.blocks]
    assert len(kept) == 3 and all(text.startswith("Part ") for text in kept)


def test_a_talks_credit_line_and_a_scripts_stage_notes_go() -> None:
    page = article_page("<p class='by'>Delivered by Aoife Brennan at meeting no. 418, Thursday 2 September 2021 "
                        "<span>Member since 2020</span></p>", _ESSAY.replace("</p><p>", "</p><p><em>(Timing check: "
                        "should be near the three-minute mark by this line)</em></p><p>", 1),
                        title="The Pier at Dunmore", h1="The Pier at Dunmore")
    document = essayconv.load(page, name="talk.html")
    kept = kept_text(document)
    assert document.metadata.author == "Aoife Brennan" and "Delivered by" not in kept and "Timing check" not in kept
    assert kept.count("walked the coast") == 5


def test_a_count_in_two_clauses_gives_words_and_pages() -> None:
    page = article_page("<p>Script as delivered: 559 words; printed for the club file it ran to 3 pages</p>", _ESSAY,
                        title="The Pier at Dunmore", h1="The Pier at Dunmore")
    document = essayconv.load(page, name="talk.html")
    assert (document.metadata.claimed_words, document.metadata.claimed_pages) == (559, 3)


def test_a_box_named_a_caption_right_after_its_photo_goes() -> None:
    photo = ("<div class='thumbnail'><img src='pier.jpg' alt='The pier'><div class='caption'><p>The pier at low water, "
             "May 2015</p></div></div>")
    document = essayconv.load(article_page(_ESSAY[:len(_ESSAY) // 2] + photo + _ESSAY, title="The Pier", h1="The Pier"),
                              name="photo.html")
    assert "low water" not in kept_text(document)


def test_a_calendar_with_no_paragraph_of_prose_holds_no_essay() -> None:
    rows = "".join(f"<tr><td>{day} {month}</td><td>{event}</td><td>Harbour Hall</td></tr>" for day, month, event in
                   [(23, "January", "Court meeting and luncheon"), (7, "March", "Installation of new members"),
                    (24, "June", "Election of wardens"), (18, "July", "Summer river outing")])
    page = article_page("<p>Events marked with a lamp are open to guests. Please reply to the clerk.</p>",
                        f"<table>{rows}</table>", title="Calendar 2019", h1="Calendar of events, 2019")
    with pytest.raises(essayconv.NoEssayError, match="schedule"):
        essayconv.load(page, name="calendar.html")
