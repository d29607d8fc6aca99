"""Families met at first contact in held-out round 61 (heldout/round61/FIRST-CONTACT.md), each checked by
mechanism on pages of our own: a page saved as an API's JSON, a teacher's introduction and count above a
centred title and a pupil's class line, a media box named a caption, a page titled by a short name of its
essay, a wall counting what it hides before the sources the site still shows, a homework question whose
answer is locked. Our own texts throughout."""

from __future__ import annotations

import json

import pytest

import essayconv
from essayconv.errors import NoEssayError
from essayconv.model import Gap
from essayconv.rules import load_rules

from .helpers import PIER_PROSE, PROSE, kept_text

TUNING = load_rules().tuning

_LONG = PIER_PROSE


def test_a_page_saved_as_an_apis_json_reads_as_its_post() -> None:
    body = "<p><em>Final draft: 412 words without the title.</em></p>" + "".join(f"<p>{_LONG}</p>" for _ in range(5)) \
        + "<h2 class=\"wp-block-heading\">What the pier changed</h2>" + f"<p>{_LONG}</p>"
    post = {"id": 1187, "date_gmt": "2024-12-10T02:14:03", "slug": "the-pier-at-dunmore", "status": "publish",
            "title": {"rendered": "The Pier at Dunmore"}, "content": {"rendered": body, "protected": False},
            "excerpt": {"rendered": f"<p>{PROSE[:80]}&hellip;</p>"}, "class_list": ["post-1187", "category-final-drafts"],
            "_links": {"self": [{"href": "https://example.edu/wp-json/wp/v2/posts/1187"}]}}
    document = essayconv.load(json.dumps(post, indent=4).encode(), name="post.json")
    kept = kept_text(document)
    assert document.title == "The Pier at Dunmore" and kept.count("walked the coast for weeks") == 6
    assert "date_gmt" not in kept and "rendered" not in kept and "<p>" not in kept and "category-final" not in kept
    assert "What the pier changed" in kept and document.metadata.claimed_words == 412


def test_json_that_holds_no_essay_is_read_as_it_stands() -> None:
    from essayconv.extract.json_page import read_json_page

    listing = [{"title": f"Post {i}", "content": f"<p>{PROSE}</p>"} for i in range(6)]
    assert read_json_page(json.dumps(listing), TUNING) is None  # (no one string stands out: a list of posts)
    assert read_json_page("{not json", TUNING) is None and read_json_page("The River Comes Back", TUNING) is None


def test_a_teachers_introduction_and_count_above_a_centred_title_and_class_line_go() -> None:
    page = ("<html><head><title>Student Writing: Coasts Unit</title></head><body><div id='main_column'>"
            "<h1>Student Writing: Coasts Unit</h1><div class='cms_content'>"
            "<p>Our eighth graders finished the coasts unit with a short research piece about one harbour. I asked two "
            "students if I could share their work here, and this week's featured piece is by Aoife.</p>"
            "<p>Length check: 412 words in the essay proper; her title and sources are left off the tally. "
            "(The assignment asked for 400–600 words.)</p>"
            "<p style='text-align:center'><strong>The Pier at Dunmore</strong></p>"
            "<p style='text-align:center'><em>Aoife Brennan, Period 3</em></p>"
            f"{''.join(f'<p>{_LONG}</p>' for _ in range(6))}</div></div></body></html>")
    document = essayconv.load(page.encode(), name="teacher.html")
    kept = kept_text(document)
    assert document.title == "The Pier at Dunmore" and document.metadata.claimed_words == 412
    assert "eighth graders" not in kept and "Length check" not in kept and "Period 3" not in kept


def test_a_box_the_page_names_a_caption_goes_unless_it_numbers_its_figure() -> None:
    def page(caption: str) -> bytes:
        return ("<html><head><title>The Pier at Dunmore</title></head><body><article><h1>The Pier at Dunmore</h1>"
                f"<p>{_LONG}</p><div class='media_link_embed wrap-right'><a href='/media/pier-1890'>The pier</a>"
                f"<div class='media_caption'>{caption}</div></div>{''.join(f'<p>{_LONG}</p>' for _ in range(4))}"
                "</article></body></html>").encode()
    kept = kept_text(essayconv.load(page("The pier in about 1890. Photograph, courtesy of the county archive."), name="a.html"))
    assert "county archive" not in kept and kept.count("walked the coast") == 5
    numbered = kept_text(essayconv.load(page("Figure 2. Ships landed at the pier, 1820–1850"), name="b.html"))
    assert "Ships landed at the pier" in numbered


def test_a_page_titled_by_a_short_name_of_its_essay_takes_the_title_line_over_it() -> None:
    page = ("<html><head><title>Room 14 Student Essays - Dunmore</title></head><body><center><b>Room 14</b> | "
            "<a href='../index.html'>Home</a></center><p><a href='index.html'>Back to Essay Index</a></p>"
            "<center><font size='5'><b>The Pier at Dunmore and the Mail Packets</b></font><br>"
            "<font size='3'><i>by Aoife B., Period 2</i></font></center><font face='Georgia' size='3'>"
            f"{''.join(f'<p>{_LONG}</p>' for _ in range(5))}</font><p><a href='index.html'>Back to Essay Index</a></p>"
            "<center>You are visitor number 4517 since September 2006.</center></body></html>")
    document = essayconv.load(page.encode(), name="old.html")
    assert document.title == "The Pier at Dunmore and the Mail Packets"


def test_a_wall_counting_what_it_hides_is_a_cut_though_the_sources_follow_it() -> None:
    page = ("<html><head><title>The Pier at Dunmore</title></head><body><main><h1>The Pier at Dunmore</h1>"
            f"<div class='sample'><div class='sample-body'>{''.join(f'<p>{_LONG}</p>' for _ in range(3))}</div>"
            "<div class='sample-locked'><h3>You are reading a preview of this sample</h3>"
            "<p>The remaining 423 words of this essay are available to members. Membership is free.</p></div>"
            "<h3>Works Cited</h3><p>Nimmo, Alexander. Report on the Harbours. Dublin, 1824.</p>"
            "<p>Ward, Eileen. The Packet Ports. Cork, 1990.</p></div></main></body></html>")
    document = essayconv.load(page.encode(), name="preview.html")
    assert isinstance(document.blocks[-1], Gap) and document.references is not None
    assert "remaining 423 words" not in kept_text(document)


def test_a_homework_question_whose_answer_is_locked_holds_no_essay() -> None:
    page = ("<html><head><title>Pier History Essay (600 words, MLA)</title></head><body><main>"
            "<h1>Pier History Essay (600 words, MLA)</h1><h2>Question Description</h2>"
            "<p>Please read the instructions carefully before accepting. I need this by Thursday.</p>"
            "<p>Write a 600-word essay that explains why the pier at Dunmore was built and evaluates whether it served "
            "the town well. Your essay should have a clear thesis in the first paragraph and use at least three sources.</p>"
            "<p>In your body paragraphs, discuss the mail packets, the fishing fleet and the cost of the harbour works. "
            "In your conclusion, make an argument about whether the pier was worth what it cost.</p>"
            "<ul><li>600 words, not counting the Works Cited</li><li>MLA format, double-spaced</li></ul>"
            "<h2>Explanation &amp; Answer</h2><p>Hello! Please see the attached file.</p></main></body></html>")
    with pytest.raises(NoEssayError, match="set a task"):
        essayconv.load(page.encode(), name="question.html")


def test_an_essay_that_quotes_its_task_above_it_is_still_the_essay() -> None:
    page = ("<html><head><title>The Pier at Dunmore</title></head><body><main><h1>The Pier at Dunmore</h1>"
            "<p>Task: Write an essay that explains why the pier was built. Your essay should use three sources.</p>"
            f"{''.join(f'<p>{_LONG}</p>' for _ in range(5))}</main></body></html>")
    assert kept_text(essayconv.load(page.encode(), name="essay.html")).count("walked the coast") == 5


def test_an_empty_page_is_no_task_page() -> None:
    """A page with no words at all is short, not a task set: its reason says so."""
    with pytest.raises(NoEssayError, match="only 0 words"):
        essayconv.load(b"[" * 5000, name="deep.json")
