from __future__ import annotations

import pytest

import essayconv
from essayconv.clean.citations import link_citations
from essayconv.clean.references import split_references
from essayconv.model import Citation, Heading, ListBlock, Text, plain_text

from .helpers import PROSE, draft_of, kept_texts

ENTRIES = [
    "Eidelman, Tamara. “The Thaw.” Russian Life, vol. 52, no. 2, 2009, pp. 18-25.",
    "Taubman, William. Khrushchev: The Man and His Era. W. W. Norton, 2003.",
]


@pytest.mark.parametrize("heading", ["Works Cited", "References", "Bibliography", "Sources", "Works Consulted",
                                     "Reference List", "WORKS CITED", "References:"])
def test_reference_headings(heading: str) -> None:
    result = split_references(draft_of(PROSE, heading, *ENTRIES))
    assert result.references is not None
    assert [plain_text(e) for e in result.references.entries] == ENTRIES
    assert kept_texts(result) == [PROSE]
    assert result.references.heading == heading.rstrip(":")


def test_reference_list_items() -> None:
    items = ListBlock(True, tuple((Text(e),) for e in ENTRIES))
    result = split_references(draft_of(PROSE, Heading(2, (Text("Works Cited"),)), items))
    assert [plain_text(e) for e in result.references.entries] == ENTRIES


def test_run_together_entries_are_split() -> None:
    together = " ".join(ENTRIES + ["Service, Robert. A History of Modern Russia. Harvard University Press, 2009."])
    result = split_references(draft_of(PROSE, "Works Cited", together))
    assert len(result.references.entries) == 3
    assert plain_text(result.references.entries[1]) == ENTRIES[1]


def test_numbered_entries_lose_their_numbers() -> None:
    result = split_references(draft_of(PROSE, "References", "1. " + ENTRIES[0], "[2] " + ENTRIES[1]))
    assert [plain_text(e) for e in result.references.entries] == ENTRIES


def test_references_from_br_separated_html() -> None:
    page = ("<html><body><article><h1>T</h1>" + f"<p>{PROSE} {PROSE}</p>" * 3 +
            "<h2>Works Cited</h2><p>" + "<br>".join(ENTRIES) + "</p></article></body></html>")
    document = essayconv.load(page.encode(), name="t.html")
    assert [plain_text(e) for e in document.references.entries] == ENTRIES


@pytest.mark.parametrize("sentence, text, key", [
    ("He “exposed the Terror” (Eidelman 1).", "(Eidelman 1)", "Eidelman"),
    ("This was costly (Smith & Jones, 2019, p. 4).", "(Smith & Jones, 2019, p. 4)", "Smith"),
    ("Gibbs (1988) proposed a cycle.", "Gibbs (1988)", "Gibbs"),
    ("Warming is measurable [3].", "[3]", "3"),
    ("Leaders differ (Nedelko et al. 2021).", "(Nedelko et al. 2021)", "Nedelko"),
    ("It sold well (Lee, 83).", "(Lee, 83)", "Lee"),
    ("Readers were warned (Griffith, Para. 4).", "(Griffith, Para. 4)", "Griffith"),
    ("The poem says “stay” (161).", "(161)", None),
])
def test_citation_forms(sentence: str, text: str, key: str | None) -> None:
    result = link_citations(draft_of(sentence))
    assert [(c.text, c.key) for c in result.citations] == [(text, key)]
    spans = result.blocks[0].inlines
    assert any(isinstance(s, Citation) and s.text == text for s in spans)
    assert plain_text(spans) == sentence


@pytest.mark.parametrize("sentence", ["It happened in (1959) or so.", "Mix the flour (see Figure 2) well.",
                                      "Both parties (the Whigs and the Tories) agreed."])
def test_parenthetical_remarks_are_not_citations(sentence: str) -> None:
    assert link_citations(draft_of(sentence)).citations == ()


def test_citations_matched_to_reference_entries() -> None:
    draft = split_references(draft_of("He spoke out (Eidelman 1) and later (Taubman 270), unlike (Service 12).",
                                      "Works Cited", *ENTRIES))
    result = link_citations(draft)
    assert [(c.key, c.matched) for c in result.citations] == [("Eidelman", True), ("Taubman", True), ("Service", False)]


def test_numeric_citation_matches_by_position() -> None:
    draft = split_references(draft_of("Warming is measurable [2] and not [5].", "References", "1. " + ENTRIES[0], "2. " + ENTRIES[1]))
    result = link_citations(draft)
    assert [(c.text, c.matched) for c in result.citations] == [("[2]", True), ("[5]", False)]


def test_accented_surnames_match() -> None:
    draft = split_references(draft_of("La novela (García Márquez 45) lo dice.", "Obras citadas",
                                      "García Márquez, Gabriel. Cien años de soledad. Sudamericana, 1967."))
    assert [(c.key, c.matched) for c in link_citations(draft).citations] == [("García Márquez", True)]


def test_the_sites_tail_after_the_entries_is_not_a_reference() -> None:
    """Lines that no citation style would write (no year, link or "Surname, Given") after the
    entries, or anything after a clutter block, are the page's tail, not more entries."""
    from essayconv.model import Removed

    tail = ["Other Essays on This Book", "Love as Madness in the Comedy", "Ask Your Question"]
    result = split_references(draft_of(PROSE, "Works Cited", *ENTRIES, *tail))
    assert [plain_text(e) for e in result.references.entries] == ENTRIES
    assert [(b.kind, b.text) for b in result.blocks if isinstance(b, Removed)] == [("after-references", t) for t in tail]

    after_clutter = split_references(draft_of(PROSE, "Works Cited", ENTRIES[0], Removed("paywall", "Join Now"),
                                              "Smith, Ann. A Reference-Looking Promo Line. 2020."))
    assert [plain_text(e) for e in after_clutter.references.entries] == ENTRIES[:1]


def test_a_page_break_inside_the_list_does_not_end_it() -> None:
    from essayconv.model import Removed

    result = split_references(draft_of(PROSE, "Works Cited", ENTRIES[0], Removed("page-number", "7"), ENTRIES[1]))
    assert [plain_text(e) for e in result.references.entries] == ENTRIES


def test_numbered_notes_at_the_end_without_a_heading() -> None:
    body = PROSE[:-1] + " in a concrete channel[1]. Then it moved again[2]."
    notes = ["[1] Sheldon B. Liss, A Century of Disagreement (Washington, DC: University Press, 1965), 91.",
             "[2] Undala Z. Alam, “Questioning the Water Wars Rationale,” Geographical Journal 168 (2002): 341–53."]
    result = split_references(draft_of(body, *notes))
    assert result.references is not None and result.references.heading == "Notes"
    assert [plain_text(e) for e in result.references.entries] == [n[4:] for n in notes]
    # numbered lines the body never calls are not notes
    assert split_references(draft_of(PROSE, "[1] A stray line that nothing cites, 2001.")).references is None


def test_a_second_reference_section_joins_the_first() -> None:
    result = split_references(draft_of(PROSE, "Works Cited", *ENTRIES, Heading(3, (Text("Footnotes"),)),
                                       "Eidelman 1.", "Taubman 212."))
    assert result.references.heading == "Works Cited"
    assert [plain_text(e) for e in result.references.entries] == [*ENTRIES, "Eidelman 1.", "Taubman 212."]
    assert kept_texts(result) == [PROSE]
