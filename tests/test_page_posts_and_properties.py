"""Families met at first contact in held-out site set 13 (heldout/sites13/LEARNING.md), each checked by
mechanism on pages of our own: a forum post's body set in a quote box, a forum's "Thread:" title, a
properties block shown line by line with its list of tags and its word count, a box titled by an
appraisal label the finder set aside, a short box heading over a note at the top of a box. Our own
texts throughout."""

from __future__ import annotations

import essayconv
from essayconv.model import BlockQuote

from .helpers import PROSE, article_page, kept_text, paragraphs_html

ESSAY = [f"{PROSE} Part {i} of the argument weighs the harbour wall and the town that grew behind it."
         for i in range(5)]


def test_a_posts_body_set_in_a_quote_box_is_its_text_not_a_quotation() -> None:
    """vBulletin sets every post's body in <blockquote class="postcontent">, its paragraphs apart by
    pairs of <br />: paragraphs, not quotations. A quotation of a paragraph stays one."""
    body = "<br />\n<br />\n".join(ESSAY * 2)
    document = essayconv.load(article_page(f'<blockquote class="postcontent restore">{body}</blockquote>',
                                           "<p>As the old harbourmaster put it:</p>",
                                           "<blockquote>The wall keeps the sea out and the town in.</blockquote>",
                                           title="Thread: Harbour walls", h1="Harbour walls"), name="thread.html")
    quotes = [b for b in document.blocks if isinstance(b, BlockQuote)]
    assert len(quotes) == 1 and "keeps the sea out" in kept_text(document)
    assert ESSAY[0] in kept_text(document) and ESSAY[4] in kept_text(document)


def test_a_forums_word_for_its_page_is_not_the_title() -> None:
    document = essayconv.load(article_page(paragraphs_html(ESSAY), title="Thread: Harbour Walls and the Town"),
                              name="thread.html")
    assert document.title == "Harbour Walls and the Town"


def test_a_properties_block_shown_line_by_line_is_a_record_and_states_the_count() -> None:
    """A notes app's YAML properties as lines ("subject: history", "word_count: 512", "tags:", "- essay")."""
    props = "".join(f"<p>{line}</p>" for line in ("subject: history", "level: A level", "word_count: 512",
                                                   "status: budding", "tags:", "- essay", "- history"))
    document = essayconv.load(article_page(props, paragraphs_html(ESSAY), title="Harbour walls", h1="Harbour walls"),
                              name="note.html")
    assert "- history" not in kept_text(document) and "tags:" not in kept_text(document)
    assert document.metadata.claimed_words == 512


def test_a_box_titled_by_an_appraisal_label_takes_its_text_with_it() -> None:
    """A callout whose title ("Tutor's annotation") the finder set aside as the box's header: its text
    is the tutor's, between the essay's paragraphs."""
    callout = ('<div class="callout"><div class="callout-header"><div class="callout-title-container">'
               "Tutor's annotation</div></div><div class=\"callout-body\"><p>The writer names the source and "
               "says why it can be trusted.</p></div></div>")
    document = essayconv.load(article_page(paragraphs_html(ESSAY[:2]), callout, paragraphs_html(ESSAY[2:]),
                                           title="Harbour walls", h1="Harbour walls"), name="lab.html")
    assert "names the source" not in kept_text(document) and ESSAY[2] in kept_text(document)


def test_a_box_heading_over_a_short_note_at_the_top_of_the_text_is_not_the_title() -> None:
    """The page titled in its breadcrumb only; its text opens with a box: "Still growing" over a short
    note on the page itself. The essay has no heading of its own: the breadcrumb's title stays."""
    page = ("<html><head><title>Harbour walls</title></head><body><nav>Essays › History › Harbour Walls</nav>"
            "<main><article><h3>Still growing</h3><p>This note is a seedling, so some of its wording may change.</p>"
            f"{paragraphs_html(ESSAY)}</article></main></body></html>")
    document = essayconv.load(page.encode(), name="garden.html")
    assert document.title != "Still growing"


def test_a_threads_list_of_posts_is_a_list_of_sections_but_a_shops_cards_are_not() -> None:
    """vBulletin lists a thread's posts as <ol id="posts"><li>…: boxes around a quote box that holds the
    post's text: each item is a section to walk, not a line of a list. A shop's cards hold none."""
    import lxml.html

    from essayconv.extract.html.item_shapes import items_are_sections

    def post(body: str) -> str:
        return (f'<li class="postbitlegacy"><div class="posthead">12-03-2024, 09:15 AM</div><div class="userinfo">'
                f'<div class="username">tern_and_tide</div></div><div class="postbody"><div class="content">'
                f'<blockquote class="postcontent">{body}</blockquote></div></div></li>')
    thread = lxml.html.fragment_fromstring(f"<ol>{post('<br /><br />'.join(ESSAY))}{post('Thanks for this.')}</ol>")
    shop = lxml.html.fragment_fromstring("<ul>" + "".join(
        f'<li><div class="card"><div class="img"></div><div class="name"><h3>Lamp {n}</h3></div><div class="blurb">'
        f"{PROSE}</div><div class='price'>$19.99</div></div></li>" for n in range(3)) + "</ul>")
    assert items_are_sections(thread) and not items_are_sections(shop)


def test_questions_on_the_essay_set_between_its_paragraphs_go_with_their_label() -> None:
    questions = ("<p><strong>Check your understanding</strong></p><ol><li>What is the writer's overall judgement, and "
                 "where is it first stated?</li><li>How does the conclusion differ from the introduction?</li></ol>")
    document = essayconv.load(article_page(paragraphs_html(ESSAY[:2]), questions, paragraphs_html(ESSAY[2:]),
                                           title="Harbour walls", h1="Harbour walls"), name="exemplar.html")
    assert "Check your understanding" not in kept_text(document) and "overall judgement" not in kept_text(document)
    assert ESSAY[2] in kept_text(document)


def test_an_essays_own_questions_between_its_paragraphs_stay() -> None:
    questions = ("<p>The council faces two questions:</p><ol><li>Who pays for the wall once the fleet has gone?</li>"
                 "<li>Which streets are worth saving from the sea?</li></ol>")
    document = essayconv.load(article_page(paragraphs_html(ESSAY[:2]), questions, paragraphs_html(ESSAY[2:]),
                                           title="Harbour walls", h1="Harbour walls"), name="essay.html")
    assert "worth saving from the sea" in kept_text(document)


def test_a_span_of_the_pages_facts_inside_the_heading_is_no_part_of_the_title() -> None:
    """Mahara's `<h1><span>Title</span> <span class="metadata">by Grace Pickup</span></h1>`."""
    page = ('<html><head><title>Harbour walls - Folio</title></head><body><main><h1><span class="section-heading">'
            'Harbour Walls</span> <span class="metadata">by Ada Quinlan</span></h1>'
            f"{paragraphs_html(ESSAY)}</main></body></html>")
    assert essayconv.load(page.encode(), name="folio.html").title == "Harbour Walls"


def test_a_paper_size_after_a_word_count_is_no_range() -> None:
    """"Word count 597 A4 pages 3": "597 A4" is no "597 a 4" range (Spanish and Italian join one with "a")."""
    tags = "<div class='details'><span>Word count</span> <span>597</span> <span>A4 pages</span> <span>3</span></div>"
    document = essayconv.load(article_page(tags, paragraphs_html(ESSAY), title="Harbour walls", h1="Harbour walls"),
                              name="wiki.html")
    assert (document.metadata.claimed_words, document.metadata.claimed_pages) == (597, 3)
