"""The page's own description shown over the essay in a summary's box (a blogging app's summary under the title) is
set aside; the same words in a plain first paragraph are the essay's (a description made of its opening), and the
same words as the page's title line are the title (a shared document's description is its first line). Our own
text."""

from __future__ import annotations

import pytest

import essayconv

from .helpers import PIER_PROSE, PIER_TITLE, PIER_TOWNS, kept_text

_BODY = "".join(f"<p>At {town}, {PIER_PROSE}</p>" for town in PIER_TOWNS[:3])


def _page(description: str, title: str, top: str) -> bytes:
    return (f"<html><head><title>{title}</title><meta name='description' content='{description}'></head><body>"
            f"<div class='post'>{top}{_BODY}</div></body></html>").encode()


@pytest.mark.parametrize("box", ["<p class='summary'>", "<div class='lead'>"])
def test_the_pages_description_shown_over_the_essay_is_its_summary_not_its_opening(box: str) -> None:
    summary = "Notes on the Dunmore pier, with a few detours."
    closing = "</p>" if box.startswith("<p") else "</div>"
    document = essayconv.load(_page(summary, PIER_TITLE, f"<h1>{PIER_TITLE}</h1>{box}{summary}{closing}"), name="post.html")
    assert summary not in kept_text(document) and f"At {PIER_TOWNS[0]}," in kept_text(document)


def test_a_description_made_of_the_essays_opening_paragraph_leaves_it_the_essays() -> None:
    opening = "The Dunmore pier has been argued over for longer than it has stood."
    document = essayconv.load(_page(opening, PIER_TITLE, f"<h1>{PIER_TITLE}</h1><p>{opening}</p>"), name="post.html")
    assert opening in kept_text(document)


def test_a_description_that_is_the_pages_title_is_the_title_line() -> None:
    document = essayconv.load(_page(PIER_TITLE, f"Exemplar 54 - Breen - {PIER_TITLE}",
                                    f"<p><a href='/home'>Back to the collection</a></p><p class='title'>{PIER_TITLE}</p>"),
                              name="doc.html")
    assert document.title == PIER_TITLE
