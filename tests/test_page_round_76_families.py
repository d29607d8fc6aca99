"""Families met at first contact in held-out round 76 (heldout/round76/FIRST-CONTACT.md), each checked by mechanism
on texts of our own: a pager's grid of numbered lines (`bat --style=full`) around a Markdown file, a terminal
renderer's boxed title, quotation bar and numbered list, the line under an MLA heading block titling a page with
an empty <title>, a CRUD view's "View Essay #N" over its details table's title, a list message's subject over the
note and the essay's own title line, a mill's club box between paragraphs. (The "Last revised" stamp under the
references is with its kin in test_page_rounds_74_75_leftover_families.py.)"""

from __future__ import annotations

import textwrap

import essayconv
from essayconv.model import BlockQuote, ListBlock

from .helpers import PIER_ESSAY, PIER_PROSE, PIER_TITLE, PIER_TOWNS, kept_text


def _load(page: str, name: str = "page.html") -> essayconv.Document:
    return essayconv.load(page.encode(), name=name)


def _grid(markdown: str, width: int = 60) -> str:
    """The file as `bat --style=full` prints it: a header, numbered lines, rows cut at the terminal's edge."""
    rows = ["───────┬" + "─" * width, "       │ File: pier.md", "       │ Size: 2.1 KB", "───────┼" + "─" * width]
    for number, line in enumerate(markdown.split("\n"), start=1):
        cut = [line[i:i + width] for i in range(0, len(line), width)] or [""]
        rows.append(f"{number:>4}   │ {cut[0]}")
        rows.extend(f"       │ {piece}" for piece in cut[1:])
    return "\n".join([*rows, "───────┴" + "─" * width]) + "\n"


def test_a_pagers_grid_gives_back_the_files_lines_and_front_matter() -> None:
    body = "\n\n".join(f"At {town}, {PIER_PROSE}" for town in PIER_TOWNS)
    words = sum(len(f"At {town}, {PIER_PROSE}".split()) for town in PIER_TOWNS) + 2
    markdown = f"---\ntitle: \"{PIER_TITLE}\"\nauthor: Orla Breen\ndate: 2024-03-18\nword-count: {words}\n---\n\n{body.replace('At Ardmore', '## The Survey' + chr(10) * 2 + 'At Ardmore')}"
    document = _load(_grid(markdown), name="pier.txt")
    text = kept_text(document)
    assert document.title == PIER_TITLE and document.metadata.claimed_words == words
    assert "File: pier.md" not in text and "│" not in text and "walked the coast for weeks" in text


def test_a_terminal_renderers_boxed_title_and_quotation_bar() -> None:
    box = f"╔{'═' * 50}╗\n║{PIER_TITLE:^50}║\n╚{'═' * 50}╝"
    quote = "\n".join(f"▌ {line}" for line in textwrap.wrap("The harbour was no more than a shelving strand where "
                                                               "the boats were dragged up above the tide each night.", 60))
    paragraphs = [textwrap.fill(f"At {town}, {PIER_PROSE}", 78) for town in PIER_TOWNS]
    items = "\n".join(textwrap.fill(item, 60, initial_indent=f" {n} ", subsequent_indent="   ") for n, item in enumerate(
        ("The engineer walked the whole coast before choosing any site for the pier at all.",
         "The fishermen asked for shelter from the westerly gales that closed the harbour."), start=1))
    pre = "\n\n".join([box, paragraphs[0], quote, items, *paragraphs[1:]])
    document = _load(f"<html><head><title>pier.md</title></head><body><pre>{pre}</pre></body></html>")
    assert document.title == PIER_TITLE
    assert any(isinstance(b, BlockQuote) and "shelving strand" in plain for b in document.blocks
               for plain in [essayconv.model.block_text(b)])
    assert "▌" not in kept_text(document) and "═" not in kept_text(document)
    lists = [b for b in document.blocks if isinstance(b, ListBlock)]
    assert len(lists) == 1 and lists[0].ordered and len(lists[0].items) == 2


def test_the_line_under_the_heading_block_titles_a_page_with_an_empty_title() -> None:
    title = "The Lamp on the Quay: Light and Labour in “The Harbour Wall”"
    header = "".join(f"<p class='p1'>{line}</p>" for line in ("Orla Breen", "Mr. Hallinan", "English 10, Period 3", "14 March 2011"))
    page = (f"<html><head><title></title></head><body>{header}<p class='p2'>{title}</p>{PIER_ESSAY}</body></html>")
    assert _load(page).title == title


def test_a_crud_views_number_gives_way_to_its_details_tables_title() -> None:
    rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in
                   (("Title", PIER_TITLE), ("Subject", "Irish History"), ("Level", "Undergraduate"), ("Added", "2012-09-03")))
    page = (f"<html><head><title>QuayAlmanac - View Essay #4412</title></head><body><div id='content'><h1>View Essay #4412</h1>"
            f"<table class='detail-view'>{rows}</table><div class='essay-text'>{PIER_ESSAY}</div></div></body></html>")
    assert _load(page).title == PIER_TITLE


_COMMA_TITLE = "Stone, Tide and Toil: The Pier at Dunmore"
"""A title with a comma in it (a signed name under a note has one too)."""


def test_a_list_messages_subject_gives_way_to_the_essays_own_title_line() -> None:
    body = "\n\n".join(textwrap.fill(f"At {town}, {PIER_PROSE}", 72) for town in PIER_TOWNS)
    pre = ("Hi Tom,\n\nThanks for the notes on Friday. I cut the paragraph on the ferries and the essay now\n"
           f"runs to 412 words. Here it is:\n\n{_COMMA_TITLE}\n\n{body}\n\nThanks,\nOrla")
    headers = ("<table class='headers'><tr><td><b>From</b>:</td><td>Orla Breen &lt;orla &lt;at&gt; quay.example&gt;</td></tr>"
               "<tr><td><b>Subject</b>:</td><td>Re: [quaycircle] Pier essay, second draft</td></tr></table>")
    page = (f"<html><head><title>Re: [quaycircle] Pier essay, second draft</title></head><body><table><tr><td>"
            f"<a href='/'>Archive</a></td><td class='group'><a href='/group'>archive.quay.circle</a></td></tr></table>"
            f"{headers}<hr><pre class='body'>{pre}</pre></body></html>")
    document = _load(page)
    assert document.title == _COMMA_TITLE and "Thanks for the notes" not in kept_text(document)


def test_a_club_box_between_paragraphs_goes() -> None:
    paragraphs = [f"<p>At {town}, {PIER_PROSE}</p>" for town in PIER_TOWNS]
    club = ("<div class='club-box'><h4>Join the Quay Club</h4><p>Members download every essay as a Word file, skip the "
            "ads, and get 10 free custom-essay credits when they sign up. <a href='/club/join'>Sign up - it's free</a>"
            "</p></div>")
    page = (f"<html><head><title>{PIER_TITLE}</title></head><body><h1>{PIER_TITLE}</h1><div class='essay'>"
            f"{''.join(paragraphs[:3])}{club}{''.join(paragraphs[3:])}</div></body></html>")
    text = kept_text(_load(page))
    assert "Quay Club" not in text and "custom-essay credits" not in text and "At Ballycotton" in text
