"""Families met at first contact in held-out site set 24 (heldout/sites24/LEARNING.md), each checked by
mechanism on pages of our own: a plain-text post whose headings are underlined ("-----"), with a box drawn
in "=====" round its header; a record's field stating the essay's length under the page's other fields; a
course code glued to a number ("ENGL-1302 Pages") that is no page count. Our own texts throughout."""

from __future__ import annotations

import essayconv
from essayconv.model import Heading

from .helpers import PROSE, article_page, kept_text

ESSAY = [f"{PROSE} Part {i} of the argument follows the ferry across the estuary in the winter of the storm." for i in range(4)]
TITLE = "The Ferry That Kept Running"


def _post() -> str:
    return "\n".join([
        "In article <1a2b3c@news.example.net>, Ruth Quayle wrote:",
        "> Has anyone got an essay on a local transport history topic? I would like",
        "> to see how the headings are laid out.",
        "",
        "Here is mine, it got a decent mark.",
        "",
        "=" * 60,
        f"  {TITLE}",
        "  first-year survey course, marked B+",
        "  512 words = 2 typed pp.",
        "=" * 60,
        "",
        ESSAY[0],
        "",
        "The crossing",
        "------------",
        "",
        ESSAY[1],
        "",
        ESSAY[2],
        "",
        "What the storm changed",
        "----------------------",
        "",
        ESSAY[3],
        "",
    ])


def test_a_plain_text_post_keeps_its_text_under_a_boxed_header_and_underlined_headings() -> None:
    page = f"<html><head><title>Deja News - {TITLE}</title></head><body><pre>{_post()}</pre></body></html>"
    document = essayconv.load(page.encode(), name="post.html")
    kept = kept_text(document)
    assert all(p in kept for p in ESSAY)  # none of it read as footnotes under a rule
    headings = [b for b in document.blocks if isinstance(b, Heading)]
    assert [essayconv.model.block_text(h) for h in headings] == ["The crossing", "What the storm changed"]
    assert "------" not in kept and "=====" not in kept


def test_a_records_length_field_is_read_under_its_other_fields() -> None:
    notice = "<p>This essay is posted with the writer's permission so that you can see how a finished argument fits together in the end.</p>"
    rows = "".join(f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in (
        ("Writer", "Ruth Q."), ("Assignment", "Unit 4: Local history"), ("Length", "512 words (roughly 2 pages in MLA format)"),
        ("Score", "88 / 100")))
    page = article_page(notice, f"<table>{rows}</table>", *(f"<p>{p}</p>" for p in ESSAY), title=TITLE, h1=TITLE)
    document = essayconv.load(page, name="page.html")
    assert document.metadata.claimed_words == 512 and document.metadata.claimed_pages == 2


def test_a_course_code_glued_to_a_number_is_no_page_count() -> None:
    page = ("<html><head><title>The Ferry</title></head><body><nav>My Dashboard <a href='/c'>ENGL-1302 Pages</a> The Ferry</nav>"
            f"<article><h1>{TITLE}</h1>{''.join(f'<p>{p}</p>' for p in ESSAY)}</article></body></html>")
    assert essayconv.load(page.encode(), name="page.html").metadata.claimed_pages is None


def test_a_count_against_the_contests_limit_is_the_count_not_the_limit() -> None:
    from essayconv.clean.counters import counter_parts
    from essayconv.rules import load_rules

    shape = load_rules().counter
    assert counter_parts("Word meter: 574 of 750", shape, True) == (574, None)
    assert counter_parts("Words: 1,204 of 1,500", shape, True) == (1204, None)  # the number whole, never "57"
    assert counter_parts("574 of 750 words", shape, True) == (574, None)
    assert counter_parts("Page 2 of 5", shape, True) is None  # a page's place, no count


def test_a_heading_that_adds_a_series_label_to_the_pages_title_gives_the_title_without_it() -> None:
    page = (f"<html><head><title>{TITLE} - Blog de margot-histoire - Skyblog.example</title></head><body>"
            "<div id='blogheader'><h1><a href='http://margot-histoire.example/'>Les devoirs de Margot</a></h1></div>"
            f"<div class='article'><h2>Devoir n°4 : {TITLE}</h2>{''.join(f'<p>{p}</p>' for p in ESSAY)}</div></body></html>")
    document = essayconv.load(page.encode(), name="blog.html")
    assert document.title == TITLE and "Devoir n°4" not in kept_text(document)


def test_a_newsgroup_subjects_tag_label_and_length_note_are_no_part_of_the_title() -> None:
    for subject in (f"[paper] {TITLE} (long)", f"ESSAY: {TITLE}"):
        page = (f"<html><head><title>Usenet Finder - {subject}</title></head><body>"
                "<table><tr><td><a href='/'><img src='/logo.gif' alt='Usenet Finder'></a></td></tr></table>"
                f"<pre>{chr(10).join(ESSAY)}</pre></body></html>")
        assert essayconv.load(page.encode(), name="post.html").title == TITLE
