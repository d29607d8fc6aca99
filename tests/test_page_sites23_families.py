"""Families met at first contact in held-out site set 23 (heldout/sites23/LEARNING.md), each checked by
mechanism on pages of our own: a print edition's page numbers set inside the text; a section heading named
like a header; a scholarly page's citation title under a journal's name; counts in a teenager's spelling.
Our own texts throughout."""

from __future__ import annotations

import essayconv
from essayconv.model import Heading

from .helpers import PROSE, article_page, kept_text

ESSAY = [f"{PROSE} Part {i} of the argument follows the canal company's ledgers." for i in range(4)]
TITLE = "Water on the Hill"


def test_a_print_editions_page_numbers_inside_the_text_go() -> None:
    marked = f"{ESSAY[1]} <span class='pgno'>[p. 36]</span> The ledgers say little of the boatmen."
    kept = kept_text(essayconv.load(article_page(f"<p>{ESSAY[0]}</p>", f"<p>{marked}</p>", title=TITLE, h1=TITLE),
                                    name="essay.html"))
    assert "[p. 36]" not in kept and f"{ESSAY[1]} The ledgers say little of the boatmen." in kept


def test_a_section_heading_named_like_a_header_is_the_essays_heading() -> None:
    page = article_page(f"<p>{ESSAY[0]}</p>", "<h3 class='header'>The summit pound</h3>", f"<p>{ESSAY[1]}</p>",
                        title=TITLE, h1=TITLE)
    document = essayconv.load(page, name="essay.html")
    assert any(isinstance(b, Heading) and b.inlines[0].text == "The summit pound" for b in document.blocks)


def test_a_scholarly_pages_citation_title_is_the_title_under_a_journals_name() -> None:
    page = (f"<html><head><title>Journals Online - {TITLE}</title><meta name='citation_title' content='{TITLE}'></head>"
            f"<body><h1>The Canal Review: A Journal of Student History</h1><div class='title'><h2>{TITLE}</h2></div>"
            f"<article>{''.join(f'<p>{p}</p>' for p in ESSAY)}</article></body></html>")
    assert essayconv.load(page.encode(), name="article.html").title == TITLE


def test_counts_in_a_teenagers_spelling_are_read() -> None:
    page = article_page("<p>412 wordz · 2 sidez of A4 (handwritten!!)</p>", *(f"<p>{p}</p>" for p in ESSAY),
                        title=TITLE, h1=TITLE)
    document = essayconv.load(page, name="essay.html")
    assert (document.metadata.claimed_words, document.metadata.claimed_pages) == (412, 2)
