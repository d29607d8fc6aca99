"""Families met at first contact in held-out round 78 (heldout/round78/FIRST-CONTACT.md), each checked by mechanism
on texts of our own: a locked middle between two parts of the text, a project's short title over the essay's full
one, the writer's class line and a one-line MLA heading under the title, a site's name as the <h1> with the page's
title as bare text after it, a poster's count beside the teacher's cap, an archive's finding aid, a reference list
whose entries the finder set aside under its heading, and an epitaph quoted in a <pre> between paragraphs."""

from __future__ import annotations

import pytest

import essayconv
from essayconv.model import BlockQuote, Gap

from .helpers import PIER_ESSAY, PIER_PROSE, PIER_TITLE, PIER_TOWNS, kept_text


def _load(page: str) -> essayconv.Document:
    return essayconv.load(page.encode(), name="page.html")


def _paragraphs(towns: list[str]) -> str:
    return "".join(f"<p>At {town}, {PIER_PROSE}</p>" for town in towns)


def _page(inside: str, title: str = PIER_TITLE, h1: str | None = PIER_TITLE) -> str:
    heading = f"<h1>{h1}</h1>" if h1 else ""
    return (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav><article>{heading}{inside}"
            "</article><footer>\u00a9 Quayside</footer></body></html>")


def test_a_locked_middle_between_two_parts_of_the_text_is_a_cut() -> None:
    wall = ("<section class='locked'><p class='locked__title'>3 sections are locked</p><p>The middle of this essay (240 "
            "words) is available with Quayside Plus.</p><a class='btn' href='/plus'>Unlock full essay</a>"
            "<p class='small'>Cancel anytime. Plus includes the essay checker.</p></section>")
    document = _load(_page(_paragraphs(PIER_TOWNS[:2]) + wall + "<h2>After the storm</h2>" + _paragraphs(PIER_TOWNS[2:])))
    text = kept_text(document)
    assert "locked" not in text and "Cancel anytime" not in text
    assert sum(isinstance(b, Gap) for b in document.blocks) == 1 and all(f"At {town}," in text for town in PIER_TOWNS)


def test_the_opening_heading_gives_the_title_in_full_over_a_projects_short_title() -> None:
    full = "Stone Upon Stone: The Dunmore Pier and Its Engineer"
    document = _load(_page(f"<h3>{full}</h3><p style='text-align:center'>English 11H, Period 6</p>{PIER_ESSAY}",
                           title="Stone Upon Stone by quaywriter | Quayblog", h1="Stone Upon Stone"))
    assert document.title == full
    assert "Period 6" not in kept_text(document) and full not in kept_text(document)


def test_a_one_line_mla_heading_under_the_title_is_the_writers() -> None:
    line = "Orla Breen, HIST 1102: The Western Coast, Dr. Hallinan, 14 October 2022"
    document = _load(_page(f"<p>{line}</p>{PIER_ESSAY}"))
    assert "Hallinan" not in kept_text(document) and document.metadata.author == "Orla Breen"


def test_a_sites_name_as_the_h1_with_the_pages_title_as_bare_text_after_it() -> None:
    page = (f"<html><head><title>Quayside History Circle: {PIER_TITLE}</title></head><body><div class='header'>"
            f"<div class='title'><h1>Quayside History Circle</h1>{PIER_TITLE}</div></div><div class='content'>{PIER_ESSAY}"
            "</div></body></html>")
    assert _load(page).title == PIER_TITLE


def test_a_posters_count_beside_the_teachers_cap_is_the_essays() -> None:
    note = ("<p>Hi everyone, this is for AP Lang and it's due Friday. Mrs. Ruane caps it at 500 words, and my count is 478 "
            "(not counting the title). Is my thesis clear enough??</p>")
    document = _load(_page(note + f"<p><b>{PIER_TITLE}</b></p>" + _paragraphs(PIER_TOWNS), title="pier essay - pls check!!",
                           h1=None))
    assert document.metadata.claimed_words == 478


def test_an_archives_finding_aid_holds_no_essay() -> None:
    bio = "".join(f"<p>At {town}, {PIER_PROSE}</p>" for town in PIER_TOWNS[:3])
    panels = "".join(f"<div class='panel'><h2 class='panel-title'>{name}</h2><div class='panel-body'><p>{body}</p></div></div>"
                     for name, body in (("Scope and Contents", "Letters, minutes and plans of the harbour board, 1820-1890."),
                                        ("Arrangement", "The papers are arranged in three series."),
                                        ("Immediate Source of Acquisition", "Gift of the family, 1997."),
                                        ("Processing Information", "Processed in 2019.")))
    page = (f"<html><head><title>Dunmore Harbour Board Papers | Quay College Archives</title></head><body><h1>Dunmore "
            f"Harbour Board Papers</h1>{panels}<div class='panel'><h2>Biographical / Historical</h2><div class='panel-body'>"
            f"{bio}</div></div></body></html>")
    with pytest.raises(essayconv.NoEssayError, match="archive"):
        _load(page)


def test_entries_set_aside_under_a_works_cited_heading_closing_the_text_are_its_list() -> None:
    entries = ("Nimmo, Alexander. Reports on the Western Piers. Dublin: Board of Works, 1824.",
               "Breen, Orla. Harbours of the West. Galway: Quay Press, 1988.")
    page = (f"<html><head><title>{PIER_TITLE} :: Free Essay</title></head><body><table><tr><td><font size='2'><h2>"
            f"{PIER_TITLE}</h2>{_paragraphs(PIER_TOWNS)}<P><CENTER><B>Works Cited</B></CENTER>"
            + "".join(f"<p>{e}" for e in entries) + "</font><hr><form><b>Did this essay help you?</b> Rate it: "
            "<input type='radio'>1</form></td></tr></table><p>Top 10 This Week: Why Did Rome Fall?</p></body></html>")
    document = _load(page)
    assert document.references is not None and len(document.references.entries) == 2


def test_an_epitaph_quoted_in_a_pre_between_paragraphs_is_a_quotation() -> None:
    epitaph = "<pre>HERE LIES THE PIER OF DUNMORE,\nBUILT BY NIMMO IN 1824,\nAND MENDED EVERY WINTER SINCE.</pre>"
    document = _load(_page(_paragraphs(PIER_TOWNS[:2]) + epitaph + _paragraphs(PIER_TOWNS[2:])))
    quotes = [b for b in document.blocks if isinstance(b, BlockQuote)]
    assert len(quotes) == 1 and "MENDED EVERY WINTER SINCE." in kept_text(document)
