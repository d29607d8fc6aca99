"""Families met at first contact in held-out site set 16 (heldout/sites16/LEARNING.md) that vary page to
page, so that learning a site's template cannot take them: a marking grid and its label, the writer's
timings under a colon label, a teacher's remark between the essay's paragraphs, a quiz's choices, a
video player's lines, a line of badges; and a box's label learned as the site's that must not take the
essay's next line once the page's own cleaning has taken the box's. Our own texts throughout."""

from __future__ import annotations

import essayconv
from essayconv.model import Document, Heading, Metadata, Paragraph, Removed, Text, block_text
from essayconv.rules import load_rules
from essayconv.signals import Kind
from essayconv.sites.template import apply_template, learn, page_blocks

from .helpers import PROSE, article_page, kept_text, paragraphs_html

ESSAY = [f"{PROSE} Part {i} of the argument follows the salt roads across the moor to the market towns."
         for i in range(6)]
TITLE = "Why the Salt Roads Mattered"
TOWNS = [f"{town} grew rich on the {good} that came over {hills} before the turnpike reached it."
         for town, good, hills in zip(("Alnwick", "Rothbury", "Elsdon", "Otterburn", "Wooler", "Bellingham", "Hexham",
                                        "Morpeth", "Alston", "Haltwhistle"),
                                       ("salt", "wool", "coal", "lime", "cattle", "lead", "grain", "hides", "peat", "iron"),
                                       ("the fells", "the ridge", "the moss", "the pass", "the downs", "the tops",
                                        "the edge", "the crags", "the heath", "the saddle"))]


def convert(*inside: str) -> essayconv.Document:
    return essayconv.load(article_page(*inside, title=TITLE, h1=TITLE), name="page.html")


def test_a_marking_grid_and_its_label_go_and_a_table_of_the_essays_own_figures_stays() -> None:
    grid = ("<h3>Marks by criterion</h3><table><thead><tr><th>Criterion</th><th>Awarded</th><th>Available</th></tr>"
            "</thead><tbody><tr><td>Knowledge</td><td>9</td><td>10</td></tr><tr><td>Use of evidence</td><td>7</td>"
            "<td>10</td></tr><tr><td>Communication</td><td>4</td><td>5</td></tr></tbody></table>")
    figures = ("<table><thead><tr><th>Town</th><th>Carts a week</th></tr></thead><tbody><tr><td>Alnmouth</td><td>40</td>"
               "</tr><tr><td>Rothley</td><td>12</td></tr><tr><td>Elsdon</td><td>9</td></tr></tbody></table>")
    kept = kept_text(convert(paragraphs_html(ESSAY[:3]), grid, paragraphs_html(ESSAY[3:]), figures))
    assert "Marks by criterion" not in kept and "Use of evidence" not in kept
    assert "Alnmouth" in kept and ESSAY[3][:50] in kept


def test_the_writers_timings_under_a_colon_label_go() -> None:
    timings = ("<p>How long each part took me (I timed it this once):</p><p>reading and notes .... 80 min<br>"
               "plan .... 25 min<br>first draft .... 110 min<br>total .... 215 min</p>")
    kept = kept_text(convert(paragraphs_html(ESSAY[:3]), timings, paragraphs_html(ESSAY[3:])))
    assert "How long each part" not in kept and "min" not in kept.split()


def test_a_services_promise_with_its_time_is_no_timing() -> None:
    rule = next(r for r in load_rules().blocks if r.kind == "note" and r.finds("opening 5 min"))
    assert not rule.finds("Get a price in 30 minutes") and not rule.finds("Delivered within 3 hours")
    assert not rule.finds("Drink stays cold longer than 24 hours")


def test_a_teachers_remark_between_the_essays_paragraphs_goes_and_a_short_turn_of_the_essay_stays() -> None:
    remark = "<h4>Notice this</h4><p>Look at how the first sentence turns the argument without losing the thread.</p>"
    turn = "<p>The moor, in other words, was never empty.</p>"
    kept = kept_text(convert(paragraphs_html(ESSAY[:3]), remark, turn, paragraphs_html(ESSAY[3:])))
    assert "Look at how" not in kept and "Notice this" not in kept and "The moor, in other words, was never empty." in kept


def test_a_quizs_choices_quoting_other_essays_go() -> None:
    quiz = ("<div class='problem'><p>These sentences come from other exemplars. Which state a fact?</p><fieldset>"
            "<input type='checkbox' id='c0'><label for='c0'>The canal opened in 1761.</label>"
            "<input type='checkbox' id='c1'><label for='c1'>The bridge was rebuilt twice.</label></fieldset></div>")
    kept = kept_text(convert(paragraphs_html(ESSAY[:3]), quiz, paragraphs_html(ESSAY[3:])))
    assert "The canal opened in 1761." not in kept and "The bridge was rebuilt twice." not in kept


def test_a_video_players_lines_go() -> None:
    player = "<div class='video'><h3>Tutor walkthrough</h3><p>No playable video sources found.</p><p>0:00 / 2:48</p></div>"
    kept = kept_text(convert(paragraphs_html(ESSAY[:3]), player, "<h2>The later roads</h2>", paragraphs_html(ESSAY[3:])))
    assert "No playable" not in kept and "0:00" not in kept and "Tutor walkthrough" not in kept


def test_a_line_of_badges_goes() -> None:
    badges = ("<p><span class='VPBadge tip'>High distinction</span> <span class='VPBadge info'>Upper sixth</span> "
              "<span class='VPBadge warning'>Local history</span></p>")
    kept = kept_text(convert(badges, paragraphs_html(ESSAY)))
    assert "High distinction" not in kept and ESSAY[0][:50] in kept


def test_a_learned_box_label_takes_no_line_of_the_essay_when_the_page_took_the_box_line_itself() -> None:
    """"Your turn" heads a box on every page; under it, the site's own line on most pages. On the page
    whose cleaning already took that line, the line after the label is the essay's."""
    label = "Your turn"
    tasks = [f"Underline the {word} you would cut first." for word in
             ("sentence", "clause", "adjective", "example", "quotation", "date", "name", "figure", "verb", "linking word")]

    def page(n: int, taken: bool = False) -> Document:
        prose = [Paragraph((Text(f"{text} Page {n}."),)) for text in ESSAY[:2]]
        under = () if taken else (Paragraph((Text(tasks[n]),)),)
        goes_on = Paragraph((Text(TOWNS[n]),))
        removed = (Removed(Kind.NOTE, tasks[n], at=3),) if taken else ()
        return Document(TITLE, Metadata(site="generic", words=100), (*prose, Heading(3, (Text(label),)), *under, goes_on),
                        removed=removed)

    template = learn("s", [page_blocks(page(n)) for n in range(6)])
    kept = [block_text(b) for b in apply_template(page(9, taken=True), template).document.blocks]
    assert TOWNS[9] in kept
