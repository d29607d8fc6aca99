"""Families met at first contact in held-out site set 19 (heldout/sites19/LEARNING.md), each checked on
a single page of our own, without learning: an examiner's assessment-objective tags inside a model
answer's paragraphs, the answer's own title heading over its facts under a "Model answer n" page
title, a portal post's "<member> writes" and attachment lines, and a quiz set on the sample with its
button. Our own texts."""

from __future__ import annotations

import essayconv
from essayconv.model import Paragraph, block_text

from .helpers import PROSE, article_page, kept_text, paragraphs_html

ESSAY = [f"{PROSE} Part {i} of the argument follows the lighthouse keepers along the northern coast." for i in range(5)]
ESSAY_TITLE = "Keepers of the Northern Lights"


def test_assessment_objective_tags_inside_a_model_answers_paragraphs_go_and_the_paragraph_stays_whole() -> None:
    tagged = [f"{text} <font color='#cc0000' size='1'><b>[AO{n % 2 + 1}{'ab'[n % 2]} – analysis and judgement]</b></font>"
              for n, text in enumerate(ESSAY)]
    document = essayconv.load(article_page(paragraphs_html(tagged), title=ESSAY_TITLE, h1=ESSAY_TITLE), name="model.html")
    paragraphs = [block_text(b) for b in document.blocks if isinstance(b, Paragraph)]
    assert paragraphs == ESSAY


def test_a_model_answers_title_heading_over_its_facts_under_a_numbered_page_title() -> None:
    page = ("<html><head><title>Model answer 4</title></head><body><table><tr><td>"
            "<p>[ Back ] [ Home ] [ Up ] [ Next ]</p></td></tr><tr><td>"
            f"<h2>{ESSAY_TITLE}</h2>"
            "<table class='facts'><tr><td>Paper:</td><td>Unit 4: Themes in Modern History</td></tr>"
            "<tr><td>Question:</td><td>How far do you accept that the lights saved more lives than the lifeboats?</td></tr>"
            "<tr><td>Marks:</td><td>40</td></tr><tr><td>Mark awarded:</td><td>36 (Level 5)</td></tr></table>"
            "<p>Words written: 611 (about 3 sides of lined paper)</p>"
            + paragraphs_html(ESSAY) + "</td></tr></table></body></html>")
    document = essayconv.load(page.encode(), name="model-answer-4.html")
    assert document.title == ESSAY_TITLE


def test_a_portal_posts_member_line_and_attachment_go_and_a_writers_lead_in_stays() -> None:
    document = essayconv.load(article_page("<p>lamp_room_99 writes</p>", paragraphs_html(ESSAY[:3]),
                                           "<p>Orwell wrote:</p><blockquote><p>The light was a promise kept every night.</p></blockquote>",
                                           paragraphs_html(ESSAY[3:]),
                                           "<p>Attached file: northern-lights_final.doc (31 KB), fetched 12 times</p>",
                                           title=ESSAY_TITLE, h1=ESSAY_TITLE), name="portal.html")
    kept = kept_text(document)
    assert "lamp_room_99" not in kept and "Attached file" not in kept and "Orwell wrote:" in kept


def test_a_quiz_on_the_sample_and_its_button_go() -> None:
    quiz = "<div><p>Quick check: which view does this sample argue against?</p><p><button>Show answer</button></p></div>"
    document = essayconv.load(article_page(paragraphs_html(ESSAY[:3]), quiz, paragraphs_html(ESSAY[3:]),
                                           title=ESSAY_TITLE, h1=ESSAY_TITLE), name="quiz.html")
    kept = kept_text(document)
    assert "Quick check" not in kept and "Show answer" not in kept
