"""The site speaking of itself inside the essay (clean/brand.py): a paragraph naming the site and
selling writing, alone among the essay's paragraphs, is the site's copy. Our own texts."""

from __future__ import annotations

from dataclasses import replace

import essayconv
from essayconv.clean.brand import drop_site_copy, site_names
from essayconv.model import Removed, block_text, paragraph

from .helpers import PROSE, draft_of, kept_texts

ESSAY = [f"{PROSE} Essay paragraph {i} goes on about the river and its old course." for i in range(5)]
COPY = "Every sample on Quillmere is written by one of our vetted writers, and yours can be ready tonight."


def test_site_names_come_from_the_address_and_the_copyright_line() -> None:
    blocks = (paragraph(PROSE), Removed("footer", "© 2025 Casebook Writers Ltd. All rights reserved."))
    assert site_names("https://www.quillmere.co.uk/samples/x", blocks) == {"quillmere", "casebook"}
    assert site_names(None, (paragraph(PROSE),)) == frozenset()


def test_the_sites_sales_line_among_the_essays_paragraphs_goes() -> None:
    draft = draft_of(*ESSAY[:2], COPY, *ESSAY[2:])
    draft = drop_site_copy(replace(draft, url="https://quillmere.example/essays/rivers"))
    assert kept_texts(draft) == ESSAY
    assert ("ad", COPY) in [(b.kind, b.text) for b in draft.blocks if isinstance(b, Removed)]


def test_a_company_naming_itself_throughout_its_own_article_keeps_it() -> None:
    own = [f"At Quillmere we think about {PROSE.lower()} Our writers paragraph {i}." for i in range(5)]
    draft = draft_of(*own)
    draft = drop_site_copy(replace(draft, url="https://quillmere.example/blog/x"))
    assert kept_texts(draft) == own


def test_a_paragraph_naming_the_site_without_selling_writing_stays() -> None:
    line = "Quillmere's harbour, which you can still visit, was rebuilt after the flood of 1953."
    draft = draft_of(*ESSAY[:2], line, *ESSAY[2:])
    draft = drop_site_copy(replace(draft, url="https://quillmere.example/essays/rivers"))
    assert line in kept_texts(draft)


def test_a_mill_page_loses_its_copy_end_to_end() -> None:
    body = "".join(f"<p>{p}</p>" for p in ESSAY[:2]) + f"<p>{COPY}</p>" + "".join(f"<p>{p}</p>" for p in ESSAY[2:])
    page = (f"<html><head><link rel='canonical' href='https://quillmere.example/essays/rivers'></head><body>"
            f"<article><h1>Rivers</h1>{body}</article><footer>© 2025 Quillmere</footer></body></html>")
    document = essayconv.load(page.encode(), name="x.html")
    assert [block_text(b) for b in document.blocks] == ESSAY


def test_the_asking_headline_over_the_sites_copy_goes_with_it() -> None:
    from essayconv.model import Heading, Text

    headline = Heading(3, (Text("Stuck on the middle part?"),))
    draft = replace(draft_of(*ESSAY[:2], headline, COPY, *ESSAY[2:]), url="https://quillmere.example/essays/rivers")
    result = drop_site_copy(draft)
    assert kept_texts(result) == ESSAY
    assert ("ad", "Stuck on the middle part?") in [(b.kind, b.text) for b in result.blocks if isinstance(b, Removed)]


def test_a_site_name_ending_in_s_is_still_its_name() -> None:
    line = "At Thesis & Co, history papers are written by graduates, and our writers can use your reading list."
    draft = replace(draft_of(*ESSAY[:2], line, *ESSAY[2:]), url="https://thesisandco.example/papers/x")
    assert kept_texts(drop_site_copy(draft)) == ESSAY


def test_a_malformed_address_names_no_site() -> None:
    assert site_names("https://[quillmere/essays", (paragraph(PROSE),)) == frozenset()


def test_the_site_offering_its_writers_to_the_reader_goes_without_naming_itself() -> None:
    pitch = "Our editors, all former teachers, check every sample here. You can send them your own topic tonight."
    french = "Nos correcteurs rédigent chaque semaine de nouveaux corrigés. Vous pouvez leur confier votre sujet."
    for line in (pitch, french):
        result = drop_site_copy(draft_of(*ESSAY[:2], line, *ESSAY[2:]))
        assert kept_texts(result) == ESSAY, line


def test_an_essays_own_we_and_you_without_the_sites_people_stay() -> None:
    line = "Our town could do better, and you may well agree once you have seen the flood maps for yourself."
    assert line in kept_texts(drop_site_copy(draft_of(*ESSAY[:2], line, *ESSAY[2:])))


def test_a_call_naming_a_writing_site_after_its_own_question_goes() -> None:
    """On a site whose name sells writing; a shop's blog calls out to its readers so too ("Confused
    about your plan? Contact Quillmere…"), and keeps its paragraph."""
    call = "Writing this at 2 a.m.? Our night shift is awake too: message Quillmere and hand it over before bed."
    draft = replace(draft_of(*ESSAY[:2], call, *ESSAY[2:]), url="https://quillmere-essays.example/samples/rivers")
    assert kept_texts(drop_site_copy(draft)) == ESSAY
    shop = replace(draft_of(*ESSAY[:2], call, *ESSAY[2:]), url="https://quillmere.example/blog/rivers")
    assert call in kept_texts(drop_site_copy(shop))


def test_the_sites_short_lines_naming_it_do_not_make_its_copy_an_article() -> None:
    """A newsletter's name, a support signature and a cite box name the site too: they are not
    paragraphs of a company's own article, so the copy between the essay's paragraphs still goes."""
    tail = ["The Quillmere Letter", "Quillmere Support · 17 Oct 2024", "Quillmere. Rivers. Quillmere Library."]
    draft = replace(draft_of(*ESSAY[:2], COPY, *ESSAY[2:], *tail), url="https://quillmere.example/essays/rivers")
    assert COPY not in kept_texts(drop_site_copy(draft))


def test_the_copyright_holders_other_words_name_the_site_and_its_promo_goes() -> None:
    blocks = (paragraph(PROSE), Removed("footer", "© 2025 by Marlpit Essay Exchange Ltd. All rights reserved."))
    rules = draft_of(PROSE).rules
    assert site_names(None, blocks) == {"marlpit"}
    assert site_names(None, blocks, rules.writing_service | rules.sellers) == {"marlpit", "exchange"}
    promo = "Every essay you share earns Exchange points. Spend them on mentor sessions or on full samples."
    draft = draft_of(*ESSAY[:2], promo, *ESSAY[2:], Removed("footer", "© 2025 by Marlpit Essay Exchange"))
    assert promo not in kept_texts(drop_site_copy(draft))
