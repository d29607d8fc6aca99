"""Families met at first contact in held-out round 48 (heldout/round48/FIRST-CONTACT.md), each checked
by mechanism on pages of our own: a table's student number beside "Word count", an email built of
<div>s only, a Haitian Creole school post (greeting, prize report with its count, "pa <name>"), a fan
archive's labelled boxes above the work, a sample site's <title> with its count in brackets, a
teacher's comment highlight inside a paragraph. Our own texts throughout."""

from __future__ import annotations

import essayconv

from .helpers import PROSE, article_page, kept_text, paragraphs_html

ESSAY = [f"{PROSE} Part {i} of the argument follows the ferry crossings from the harbour to the islands."
         for i in range(5)]
ESSAY_TITLE = "What the Island Ferries Carried"


def test_a_student_number_beside_the_word_count_in_a_header_table_is_no_count() -> None:
    table = ("<table><thead><tr><th>Student number</th><th>Module</th><th>Tutor</th><th>Word count</th></tr></thead>"
             "<tbody><tr><td>4471902</td><td>HIST1190 Islands and Empires</td><td>Dr A. Mensah</td>"
             "<td>512 (excluding title and bibliography)</td></tr></tbody></table>")
    document = essayconv.load(article_page(table, paragraphs_html(ESSAY), title=ESSAY_TITLE, h1=ESSAY_TITLE),
                              name="export.html")
    assert document.metadata.claimed_words == 512


def test_an_email_built_of_divs_only_keeps_its_letter_and_notices_apart_from_the_essay() -> None:
    def module(*divs: str) -> str:
        return "<table><tr><td><div>" + "".join(f"<div>{d}</div>" for d in divs) + "</div></td></tr></table>"

    page = ("<html><head><title>The Harbour Log, Spring</title></head><body><table class='wrapper'><tr><td>"
            + module("Dear members,", "Spring is here and the slipway is clear. This year's young writers' prize asked "
                     "for a piece on the history of our harbour. The judges chose Ola Brennan's essay. It is 604 words "
                     "long, and we print it in full below.")
            + module(f"<strong>{ESSAY_TITLE}</strong>", *ESSAY)
            + "<table><tr><td><div><strong>Dates for your diary</strong></div><ul><li>Saturday 3 May: slipway clean</li>"
              "<li>Sunday 8 June: open boat day</li></ul></td></tr></table>"
            + "<table><tr><td><h2>Moorings</h2><div>Two moorings are free on the east wall this season. Ask the harbour "
              "master at the office by the slipway, or leave a note in the box by the door.</div>"
              "<div>Fair winds,</div><div>Jo Petrie, Editor</div></td></tr></table></td></tr></table></body></html>")
    document = essayconv.load(page.encode(), name="email.html")
    kept = kept_text(document)
    assert document.title == ESSAY_TITLE and document.metadata.claimed_words == 604
    assert "Dear members" not in kept and "Dates for your diary" not in kept and "Two moorings" not in kept
    assert all(text[:50] in kept for text in ESSAY)


def test_a_haitian_creole_school_post_its_greeting_report_count_and_byline() -> None:
    essay = ["Chak ane, moun nan katye a rasanble bò lanmè a pou yo gade bato yo rantre ak pwason. " * 3 for _ in range(4)]
    report = ("<p>Bonjou tout moun! Pou konkou redaksyon an, elèv yo te dwe ekri ant 250 ak 400 mo sou lanmè a. "
              "Jiri a te li 21 redaksyon. Men tèks ki te genyen premye pri a. Redaksyon an gen 344 mo (san tit la).</p>")
    document = essayconv.load(article_page(report, "<h2>Lanmè a ak moun nou yo</h2>",
                                           "<p><em>pa Wideline Joseph, Rheto A</em></p>", paragraphs_html(essay),
                                           "<p>#Lanme #Konkou #Redaksyon2025</p>",
                                           title="Konkou redaksyon: tèks ki genyen an", h1="Konkou redaksyon: tèks ki genyen an"),
                              name="ht.html")
    kept = kept_text(document)
    assert document.title == "Lanmè a ak moun nou yo" and document.metadata.author == "Wideline Joseph"
    assert document.metadata.claimed_words == 344
    assert "Bonjou" not in kept and "#Lanme" not in kept


def test_a_fan_archives_labelled_boxes_above_the_work_go() -> None:
    boxes = ("<h3>Summary:</h3><blockquote><p>My essay for the maritime history module. Posted with my tutor's "
             "blessing.</p></blockquote><h3>Notes:</h3><blockquote><p>Thanks to the harbour society for the photos.</p>"
             "</blockquote><h3>Work Text:</h3>")
    document = essayconv.load(article_page(boxes, paragraphs_html(ESSAY), title=ESSAY_TITLE, h1=ESSAY_TITLE),
                              name="work.html")
    kept = kept_text(document)
    assert "Summary" not in kept and "tutor's blessing" not in kept and "Work Text" not in kept
    assert ESSAY[0][:50] in kept


def test_a_sample_sites_title_with_its_count_in_brackets_is_a_label_over_the_cards_title() -> None:
    page = ("<html><head><title>Island Ferries Essay Example (404 Words) | SampleDock</title></head><body>"
            f"<nav><a href='/'>SampleDock</a></nav><div class='card'><h5 class='card-title'>{ESSAY_TITLE}</h5>"
            f"<div class='card-body'>{paragraphs_html(ESSAY)}</div></div></body></html>")
    assert essayconv.load(page.encode(), name="sample.html").title == ESSAY_TITLE


def test_a_teachers_comment_highlight_inside_a_paragraph_keeps_its_words() -> None:
    paragraph = ("<p>The ferries kept the islands alive through the winter. <span class='comment-highlight' "
                 "data-comment-id='c2'>In 1952 the mail boat ran aground</span> and the islanders waited nine days "
                 "for flour and letters.</p>")
    document = essayconv.load(article_page(paragraphs_html(ESSAY[:2]), paragraph, paragraphs_html(ESSAY[2:]),
                                           title=ESSAY_TITLE, h1=ESSAY_TITLE), name="draft.html")
    assert "In 1952 the mail boat ran aground and the islanders waited" in kept_text(document)
