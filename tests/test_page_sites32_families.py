"""Families met at first contact in held-out site set 32 (heldout/sites32/LEARNING.md), each checked by
mechanism on pages of our own: a catalogue essay's credit line, a talk script's cues in square brackets, and
site learning's value lines under the site's labels (a definition list's term over a name worded anew per
page). Our own texts throughout."""

from __future__ import annotations

import essayconv
from essayconv.model import Document, Metadata, Paragraph, Text, block_text
from essayconv.sites.template import apply_template, learn, page_blocks

from .helpers import PIER_PROSE, kept_text

TOWNS = ["Dunmore", "Kilbaha", "Ardmore", "Carrigaholt", "Ballycotton"]
_ESSAY = "".join(f"<p>At {town}, {PIER_PROSE}</p>" for town in TOWNS)
UMPIRES = ["Nigel Keane", "Keith Ryan", "Colin Hart", "Trevor Shaw", "Gareth Moore"]


def test_a_catalogue_essays_credit_with_the_specialists_department_is_the_byline() -> None:
    page = ("<html><head><title>The Pier at Dunmore</title></head><body><article><header><h1>The Pier at Dunmore</h1>"
            "<p>Catalogue essay by <span>Aoife Brennan, Maps and Plans</span></p></header>"
            f"{_ESSAY}</article></body></html>")
    document = essayconv.load(page.encode(), name="lot.html")
    assert document.metadata.author == "Aoife Brennan" and "Catalogue essay" not in kept_text(document)


def test_a_talk_scripts_cues_in_square_brackets_go() -> None:
    page = ("<html><head><title>The Pier at Dunmore</title></head><body><div class='WordSection1'>"
            "<p class='MsoNormal'><b>The Pier at Dunmore</b></p>" + _ESSAY.replace("</p><p>", "</p><p class='MsoNormal'>"
            "[Pass round the photocopies here]</p><p>", 1) + "</div></body></html>")
    kept = kept_text(essayconv.load(page.encode(), name="talk.html"))
    assert "photocopies" not in kept and kept.count("walked the coast") == 5


def _page(n: int) -> Document:
    facts = [Paragraph((Text("Umpire"),)), Paragraph((Text(UMPIRES[n % 5]),)),
             Paragraph((Text("Period"),)), Paragraph((Text(f"{1400 + n} to {1415 + n}"),))]
    prose = [Paragraph((Text(f"Part {part} of the story of {TOWNS[n % 5]} pier, number {n}. {PIER_PROSE}"),)) for part in range(3)]
    return Document(f"The Pier, part {n}", Metadata(site="generic", words=150), (*facts, *prose))


def test_a_sites_label_over_a_value_worded_anew_per_page_goes_with_it() -> None:
    pages = [_page(n) for n in range(18)]
    template = learn("s", [page_blocks(p) for p in pages], titles=[p.title for p in pages])
    kept = [block_text(b) for b in apply_template(_page(3), template).document.blocks]
    assert kept and all(text.startswith("Part ") for text in kept)
