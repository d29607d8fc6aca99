"""Families met at first contact in held-out site set 35 (heldout/sites35/LEARNING.md), each checked by
mechanism on texts of our own: a photo's caption in a page builder's photo module or in a frame placed under
the picture, a post's line with its date before the writer's name, a wall saying "the remainder" is for
members, a text split over web pages ("Page 1 of 3"), and a contents page of linked titles. Our own texts
throughout."""

from __future__ import annotations

import pytest

import essayconv
from essayconv.errors import NoEssayError
from essayconv.model import Gap

from .helpers import PIER_PROSE, kept_text

TOWNS = ["Dunmore", "Kilbaha", "Ardmore", "Carrigaholt", "Ballycotton"]
TITLE = "The Pier at Dunmore and Its Engineer"
_ESSAY = "".join(f"<p>At {town}, {PIER_PROSE}</p>" for town in TOWNS)


def _page(body: str, title: str = TITLE) -> bytes:
    return f"<html><head><title>{title}</title></head><body><main><h1>{TITLE}</h1>{body}</main></body></html>".encode()


def test_a_photos_caption_in_a_page_builders_photo_module_goes() -> None:
    photo = ("<div class='fl-module fl-module-photo'><div class='fl-photo'><div class='fl-photo-content'>"
             "<img src='quay.jpg' width='1024' height='683' alt=''></div>"
             "<div class='fl-photo-caption fl-photo-caption-below'>Fishing boats drawn up below the quay in June.</div>"
             "</div></div>")
    kept = kept_text(essayconv.load(_page(_ESSAY[:len(_ESSAY) // 2] + photo + _ESSAY[len(_ESSAY) // 2:]), name="post.html"))
    assert "Fishing boats drawn up" not in kept and kept.count("walked the coast") == 5


def test_a_caption_in_a_frame_placed_under_its_picture_goes() -> None:
    frames = ("<img src='pier.jpg' style='position:absolute;left:30px;top:900px;width:480px;height:320px;'>"
              "<div id='txt_9' style='position:absolute;left:30px;top:1226px;width:480px;height:40px;'>"
              "<p class='Wp-Caption-P'><span class='Caption-C'>The pier head at low water, 1911.</span></p></div>")
    kept = kept_text(essayconv.load(_page(frames + _ESSAY), name="bulletin.html"))
    assert "pier head at low water" not in kept and kept.count("walked the coast") == 5


def test_a_picture_followed_by_the_text_keeps_the_text() -> None:
    """A paragraph of the essay after a photo, in no box named a caption, is the essay's."""
    body = f"<div><img src='pier.jpg' width='800' height='500'></div><p>The pier head at low water.</p>{_ESSAY}"
    assert "The pier head at low water." in kept_text(essayconv.load(_page(body), name="post.html"))


@pytest.mark.parametrize("line", ["5 October 2015 Posted by Aoife Brennan", "October 5, 2015 · by Aoife Brennan"])
def test_a_posts_line_with_its_date_names_the_writer(line: str) -> None:
    document = essayconv.load(_page(f"<div class='byline'><span>{line}</span></div>{_ESSAY}"), name="post.html")
    assert document.metadata.author == "Aoife Brennan" and "Posted" not in kept_text(document)


def test_a_wall_saying_the_remainder_is_for_members_is_a_cut() -> None:
    wall = ("<div class='members-only-wall'><p><strong>The remainder is reserved for logged-in society members.</strong></p>"
            "<p>Not a member yet? Joining costs £12 a year.</p></div>")
    document = essayconv.load(_page(_ESSAY[:len(_ESSAY) // 2].rsplit("<p>", 1)[0] + wall), name="post.html")
    assert isinstance(document.blocks[-1], Gap) and "remainder" not in kept_text(document)


def test_a_text_split_over_web_pages_goes_on_after_page_one() -> None:
    pager = "<div class='pagenavbar'><span>&lt;&lt; Start</span> <span>1</span> <a href='?p=2'>2</a> <a href='?p=3'>3</a></div>"
    document = essayconv.load(_page(f"<div class='pagenavcounter'>Page 1 of 3</div>{_ESSAY}{pager}"), name="article.html")
    assert isinstance(document.blocks[-1], Gap) and not document.metadata.complete


def test_a_viewer_showing_every_page_is_whole() -> None:
    pages = "".join(f"<div class='pagecount'>Page {n} of 3</div><p>At {town}, {PIER_PROSE}</p>"
                    for n, town in enumerate(TOWNS[:3], start=1))
    document = essayconv.load(_page(pages), name="viewer.html")
    assert not any(isinstance(b, Gap) for b in document.blocks) and document.metadata.complete


def test_a_contents_page_of_linked_titles_holds_no_essay() -> None:
    issues = "".join(f"<p class='issue'>Vol. {n} No. 1, Spring 20{n}</p><ul><li><a href='/a{n}.html'>The Quay at {town}</a> "
                     f"<span>(Aoife Brennan)</span></li><li><a href='/b{n}.html'>Nimmo's Piers</a> <span>(Brian Ó Dálaigh)</span></li></ul>"
                     for n, town in enumerate(TOWNS, start=10))
    page = _page(f"<p>Articles from recent Bulletins, put online with their writers' permission.</p>{issues}", "Bulletin online")
    with pytest.raises(NoEssayError, match="linked titles"):
        essayconv.load(page, name="contents.html")


def test_an_essay_with_a_list_of_further_reading_is_an_essay() -> None:
    reading = "<h2>Further reading</h2><ul>" + "".join(f"<li><a href='/r{n}'>Harbours of {t}</a></li>" for n, t in enumerate(TOWNS)) + "</ul>"
    document = essayconv.load(_page(_ESSAY + reading), name="essay.html")
    assert kept_text(document).count("walked the coast") == 5


def test_a_checklist_of_short_paragraphs_and_long_items_with_a_few_links_is_no_contents_page() -> None:
    """An article of short paragraphs whose lists are its own points, a few of them links, is the article."""
    points = "<ul>" + "".join(f"<li>Walk the quay at {town} at low water and note where the stones have shifted since "
                              f"the spring tides, then mark each one on the plan.</li>" for town in TOWNS) + "</ul>"
    links = "<ul>" + "".join(f"<li><a href='/g{n}'>Guide {n}</a></li>" for n in range(4)) + "</ul>"
    body = f"<p>Keep this checklist by you.</p><p>Tick each point when it is done.</p>{points}{links}{points}"
    document = essayconv.load(_page(body), name="checklist.html")
    assert "Walk the quay at Dunmore" in kept_text(document)
