"""Families met at first contact in held-out site set 21 (heldout/sites21/LEARNING.md), each checked by
mechanism on pages of our own: an essay section headed "Sources" that discusses its sources in prose
(not the reference list); an essay cut into a page builder's modules, the chosen one its longest
section; a page promising the rest of the text later. Our own texts throughout."""

from __future__ import annotations

import essayconv
from essayconv.model import Gap

from .helpers import PROSE, article_page, kept_text

ESSAY = [f"{PROSE} Part {i} of the argument follows the lighthouse keepers through the winter." for i in range(6)]
TITLE = "The Keepers of the Northern Light"


def test_a_section_headed_sources_that_discusses_them_is_part_of_the_essay() -> None:
    sources = ("The surviving papers fall into three kinds. Keepers' logs are terse and reliable, the board's "
               "minutes are full but partial, and the memoirs written in old age are vivid and unreliable.")
    page = article_page(f"<p>{ESSAY[0]}</p>", "<h2>Sources</h2>", f"<p>{sources}</p>", "<h2>The winter of 1881</h2>",
                        *(f"<p>{p}</p>" for p in ESSAY[1:]), title=TITLE, h1=TITLE)
    document = essayconv.load(page, name="essay.html")
    kept = kept_text(document)
    assert sources in kept and ESSAY[-1] in kept and document.references is None


def test_a_sources_heading_over_entries_at_the_end_is_still_the_reference_list() -> None:
    entries = ["Marr, Ellen. Lights of the North. Edinburgh: Thistle Press, 1998.",
               "Oakes, Robert. \"Keepers and the Board.\" Northern History 12 (2004): 41-59."]
    page = article_page(*(f"<p>{p}</p>" for p in ESSAY), "<h2>Sources</h2>", *(f"<p>{e}</p>" for e in entries),
                        title=TITLE, h1=TITLE)
    document = essayconv.load(page, name="essay.html")
    assert document.references is not None and len(document.references.entries) == 2


def test_an_essay_cut_into_modules_is_read_from_its_first_module() -> None:
    modules = [("intro_module", "", ESSAY[0]), ("text_module", "The keepers", ESSAY[1]),
               ("text_module", "The board", f"<p>{ESSAY[2]}</p><p>{ESSAY[3]}</p><p>{ESSAY[4]}</p>")]
    body = "".join(f"<div class='module {kind}'>" + (f"<h2 class='module_title'>{title}</h2>" if title else "")
                   + f"<div class='module_content'>{text if text.startswith('<p>') else f'<p>{text}</p>'}</div></div>"
                   for kind, title, text in modules)
    page = (f"<html><head><title>{TITLE}</title></head><body><div id='lens'><h1>{TITLE}</h1>"
            f"<div id='lens_body'>{body}</div></div><div id='sidebar'><h3>About me</h3><p>I make lenses.</p></div>"
            "</body></html>").encode()
    kept = kept_text(essayconv.load(page, name="lens.html"))
    assert all(p in kept for p in ESSAY[:5])


def test_a_page_promising_the_rest_later_is_cut_there() -> None:
    page = article_page(*(f"<p>{p}</p>" for p in ESSAY[:3]),
                        "<p class='construction'>This page is still under construction. About 300 more words are "
                        "coming soon, so check back!</p>", title=TITLE, h1=TITLE)
    document = essayconv.load(page, name="lens.html")
    assert "coming soon" not in kept_text(document) and any(isinstance(b, Gap) for b in document.blocks)


def test_a_remark_under_a_label_naming_it_a_remark_goes_even_after_the_last_paragraph() -> None:
    remarks = ["Keeper's note: this bit took me the longest to find out", "Quick tip: put it in your own words if you use it"]
    page = article_page(f"<p>{ESSAY[0]}</p>", f"<div class='callout'><strong>{remarks[0].split(':')[0]}:</strong>"
                        f"{remarks[0].split(':')[1]}</div>", *(f"<p>{p}</p>" for p in ESSAY[1:4]),
                        f"<p>{remarks[1]}</p>", title=TITLE, h1=TITLE)
    kept = kept_text(essayconv.load(page, name="lens.html"))
    assert "took me the longest" not in kept and "own words" not in kept and ESSAY[3] in kept


def test_a_medium_set_in_the_text_under_its_label_and_a_records_file_and_id_lines_go() -> None:
    lines = ["Video: a short film about the lighthouse at dusk, embedded from YouTube",
             "Sketch map: the headland and the quay (drawn by the pupil)",
             "Original file: northern-light.doc (38 KB)", "Document ID: 9C41E0D2F5861C4A0B9E2D7F3A107B3C"]
    page = article_page(*(f"<p>{p}</p>" for p in ESSAY[:2]), *(f"<p>{line}</p>" for line in lines),
                        *(f"<p>{p}</p>" for p in ESSAY[2:]), title=TITLE, h1=TITLE)
    kept = kept_text(essayconv.load(page, name="essay.html"))
    assert not any(line in kept for line in lines) and all(p in kept for p in ESSAY)
