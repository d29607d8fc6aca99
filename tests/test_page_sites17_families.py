"""Families met at first contact in held-out site set 17 (heldout/sites17/LEARNING.md) that vary page to
page: a heading's own anchor whose label is for screen readers ("Section titled …"), a teacher's gloss
and margin notes in new wordings, a forum's quote header ("@name said in <topic>:"), a marking grid of
bare values under a header naming the marking, a count stated with who counted it. Our own texts."""

from __future__ import annotations

import essayconv
from essayconv.clean.counters import counter_parts
from essayconv.rules import load_rules

from .helpers import PROSE, article_page, kept_text, paragraphs_html

ESSAY = [f"{PROSE} Part {i} of the argument follows the drove roads over the fells to the autumn fairs."
         for i in range(6)]
TITLE = "Why the Drove Roads Emptied"


def convert(*inside: str) -> essayconv.Document:
    return essayconv.load(article_page(*inside, title=TITLE, h1=TITLE), name="page.html")


def test_a_headings_own_anchor_for_screen_readers_goes_with_the_heading() -> None:
    heading = ("<div class='heading-wrapper'><h2 id='the-fairs'>The fairs</h2><a class='anchor-link' href='#the-fairs'>"
               "<span aria-hidden='true'>#</span><span class='sr-only'>Section titled “The fairs”</span></a></div>")
    kept = kept_text(convert(paragraphs_html(ESSAY[:3]), heading, paragraphs_html(ESSAY[3:])))
    assert "Section titled" not in kept and "The fairs" in kept.split("\n")


def test_a_link_into_another_part_of_the_page_keeps_its_words() -> None:
    paragraph = f"<p>{PROSE} As <a href='#the-fairs'>the section on the fairs</a> shows, the prices fell.</p>"
    assert "the section on the fairs shows" in kept_text(convert(paragraph, paragraphs_html(ESSAY)))


def test_a_teachers_gloss_and_margin_notes_in_new_wordings_go() -> None:
    notes = ("<p>Teacher's gloss: a weaker essay would stop at the example; this one says what it proves.</p>"
             "<p>Margin: every sentence here is doing one job, and only one.</p>"
             "<p>Note for next year: the qualification keeps the claim honest.</p>")
    kept = kept_text(convert(paragraphs_html(ESSAY[:3]), notes, paragraphs_html(ESSAY[3:])))
    assert "gloss" not in kept and "Margin:" not in kept and "Note for next year" not in kept


def test_a_forums_quote_header_goes() -> None:
    reply = "<p>@fell_walker said in Why the Drove Roads Emptied:</p><blockquote><p>Great essay.</p></blockquote>"
    assert "said in" not in kept_text(convert(paragraphs_html(ESSAY), reply))


def test_a_marking_grid_of_bare_values_under_a_header_naming_the_marking_goes() -> None:
    grid = ("<p>Marks as awarded</p><table><tr><th>Objective</th><th>Awarded</th><th>Out of</th></tr>"
            "<tr><td>Knowledge</td><td>11</td><td>12</td></tr><tr><td>Analysis</td><td>9</td><td>12</td></tr>"
            "<tr><td>Communication</td><td>3</td><td>4</td></tr></table>")
    kept = kept_text(convert(paragraphs_html(ESSAY[:3]), grid, paragraphs_html(ESSAY[3:])))
    assert "Knowledge" not in kept and "Marks as awarded" not in kept


def test_a_count_stated_with_who_counted_it() -> None:
    shape = load_rules().counter
    assert counter_parts("Words counted by the tutor 427", shape) == (427, None)
    assert counter_parts("A4 sides when printed 2", shape) == (None, 2)
