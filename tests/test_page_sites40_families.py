"""Families met at first contact in held-out site set 40 (heldout/sites40/LEARNING.md), each checked by mechanism
on texts of our own: a pupil's or a poster's decorations around a title (a count, a draft's purpose, a class
wiki's name and class), a section's <title> ("<site> / News") over the post's own short caption, a menu strip never
a title, a checklist ticked off beside the essay, a cut said in any words of "the rest" and where it is, the
writer's own count in a bracketed note or a short line after the essay, a postscript."""

from __future__ import annotations

import pytest

import essayconv
from essayconv.model import Gap

from .helpers import PIER_ESSAY, PIER_PROSE, PIER_TITLE, PIER_TOWNS, kept_text


def _load(page: str) -> essayconv.Document:
    return essayconv.load(page.encode(), name="page.html")


def _page(title: str, body: str, head_title: str | None = None) -> str:
    return (f"<html><head><title>{head_title or title}</title></head><body><h1>{title}</h1>{body}</body></html>")


@pytest.mark.parametrize("decorated", [
    f"{PIER_TITLE} (long, 412 words)",
    f"{PIER_TITLE} - draft for the Quay journal",
    f"{PIER_TITLE} - final draft",
    f"Orla B - {PIER_TITLE}",
    f"{PIER_TITLE} (Orla B, 2C)",
    f"ESSAY {PIER_TITLE} final",
    f"{PIER_TITLE} [newsletter]",
    f"The Harbour Log #27: {PIER_TITLE}",
    # (and set 41's: a pupil's marks and a community's prompt around the title)
    f"{PIER_TITLE}!!!",
    f"FINAL DRAFT - {PIER_TITLE}",
    f"Quay Writers Prompt #13 | {PIER_TITLE} (part 1)",
    f"{PIER_TITLE} (for the newsletter)",
])
def test_decorations_around_a_posters_title_go(decorated: str) -> None:
    assert _load(_page(decorated, PIER_ESSAY)).title == PIER_TITLE


def test_a_sections_title_gives_way_to_the_posts_short_caption() -> None:
    page = ("<html><head><title>Quay Pipe Band / News</title></head><body><div class='menu'>Home · News · Forum · "
            "Gallery · Links</div><div class='main_caption'>Elbow Pipes [newsletter]</div><div class='smalltext'>Posted "
            f"by pm_orla on Thursday 02 February 2006 | From the Log</div><div class='newsbody'>{PIER_ESSAY}</div>"
            "</body></html>")
    assert _load(page).title == "Elbow Pipes"


def test_a_checklist_ticked_off_beside_the_essay_is_no_text_and_no_cut() -> None:
    rows = "".join(f"<tr><td>{criterion}</td><td>{answer}</td></tr>" for criterion, answer in (
        ("My introduction answers the question", "yes"), ("I have used at least two sources", "yes"),
        ("I have given my own opinion in the conclusion", "yes"), ("I have checked my spelling", "nearly")))
    comment = ("<div style='border:2px solid'><p><strong>Teacher comment (Mrs Hallinan):</strong> Well organised, with good "
               "paragraphs. Next step: name the book you used.</p></div>")
    document = _load(_page(PIER_TITLE, f"{PIER_ESSAY}<table><tr><th>Success criteria</th><th>Done?</th></tr>{rows}</table>{comment}"))
    assert "two sources" not in kept_text(document) and not any(isinstance(b, Gap) for b in document.blocks)


@pytest.mark.parametrize("notice", [
    "The board will not take it all in one go, so the rest follows below as a reply.",
    "Part two lives in our spring zine; it goes up here once the print run sells out.",
    "The second half appears in The Harbour Log, issue 28. Members can collect a copy at practice.",
    "STILL TO DO: the rest of my essay is in my jotter, I will type it up at home.",
])
def test_a_cut_said_in_any_words_of_the_rest_and_where_it_is(notice: str) -> None:
    document = _load(_page(PIER_TITLE, f"{PIER_ESSAY}<p>{notice}</p>"))
    assert isinstance(document.blocks[-1], Gap) and notice[:20] not in kept_text(document)


@pytest.mark.parametrize("note", ["[412 words, for the newsletter if Morag wants it]", "(412 words, notes not counted)",
                                  "412 words not including bibliography"])
def test_the_writers_own_count_after_the_essay_is_read(note: str) -> None:
    document = _load(_page(PIER_TITLE, f"{PIER_ESSAY}<p>{note}</p>"))
    assert document.metadata.claimed_words == 412 and "412 words" not in kept_text(document)


def test_a_postscript_after_the_essay_goes() -> None:
    body = "".join(f"<p>At {town}, {PIER_PROSE}</p>" for town in PIER_TOWNS)
    document = _load(_page(PIER_TITLE, f"{body}<p>P.S. Has anyone seen the club's copy of the tide tables? It was last "
                                       "seen in Morag's car.</p>"))
    assert "tide tables" not in kept_text(document)


def test_a_front_page_of_leads_cut_short_holds_no_essay() -> None:
    leads = "".join(f"<h2>From the Log #30: The Pier at {town}</h2><div class='newsbody'>At {town}, the committee met in the "
                    "spring and argued for several hours about the budget and the staffing of the new clinic. What I "
                    "shall ...</div>" for town in PIER_TOWNS)
    page = f"<html><head><title>Quay Pipe Band / News</title></head><body>{leads}</body></html>"
    with pytest.raises(essayconv.NoEssayError, match="lead"):
        _load(page)


def test_an_essay_in_short_sections_is_no_front_page() -> None:
    sections = "".join(f"<h2>At {town}</h2><p>At {town}, {PIER_PROSE}</p>" for town in PIER_TOWNS)
    assert _load(_page(PIER_TITLE, sections)).title == PIER_TITLE
