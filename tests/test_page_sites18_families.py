"""Families met at first contact in held-out site set 18 (heldout/sites18/LEARNING.md), each checked on
a single page of our own, without learning: a judge's bracketed margin note, a record of labels and
values read as one line, an open textbook's numbered section title, its numbered exercise boxes and
closing questions, embeds the copy cannot play, a mill's similarity scan and outline of the essay's
headings, a sample's citation of itself, a scan's caption under it, and ad labels. Our own texts."""

from __future__ import annotations

import essayconv
from essayconv.clean.counters import counter_in
from essayconv.model import Heading, block_text
from essayconv.rules import load_rules

from .helpers import PROSE, article_page, kept_text, paragraphs_html

ESSAY = [f"{PROSE} Part {i} of the argument follows the signal boxes along the branch line to the coast."
         for i in range(5)]
ESSAY_TITLE = "The Signal Boxes of the Coast Line"


def _load(*inside: str, title: str = ESSAY_TITLE, h1: str | None = ESSAY_TITLE) -> essayconv.Document:
    return essayconv.load(article_page(*inside, title=title, h1=h1), name="page.html")


def test_a_paragraph_wholly_in_brackets_is_an_insertion_and_brackets_inside_a_sentence_stay() -> None:
    document = _load(paragraphs_html(ESSAY[:2]), "<p>[In the margin, in green ink: a fair point, well supported by the timetable]</p>",
                     "<p>The guard wrote that the line [sic] was closed for a week.</p>", paragraphs_html(ESSAY[2:]))
    kept = kept_text(document)
    assert "In the margin" not in kept and "the line [sic] was closed" in kept


def test_a_record_of_labels_and_values_read_as_one_line_gives_its_length() -> None:
    record = ("Subject: Transport history Level: Access course Grade awarded: B Size of essay: 612 words of prose "
              "Printed extent: 3 pages of A4 Shared by: railfan_07 Date added: 02/03/2008 Times read: 9,214")
    assert counter_in(record, load_rules().counter, None, windowed=True) == (612, 3)


def test_an_open_textbooks_numbered_section_title_is_not_the_essays() -> None:
    title = f"8.4: {ESSAY_TITLE}"
    document = _load(paragraphs_html(ESSAY), title=f"{title} - Coastline OpenBooks", h1=title)
    assert document.title == ESSAY_TITLE


def test_numbered_exercise_boxes_and_closing_questions_go_and_a_bare_example_box_stays() -> None:
    exercise = ("<div class='box-exercise'><p class='box-legend'><span>Check Your Understanding \\(\\PageIndex{1}\\)</span></p>"
                "<p>Which sentence of this paragraph states the writer's claim?</p></div>")
    example = ("<div class='box-example'><p class='box-legend'><span>Example 8.2: A Weaker Thesis</span></p>"
               "<p>A weaker essay might say only that the boxes closed because they were old.</p></div>")
    plain = "<div class='note'><p>Example</p><p>The box at Hollin Bank kept its levers until 1974, the last on the line.</p></div>"
    questions = ("<h2>Questions to Consider</h2><ul><li>What is the writer's main claim?</li>"
                 "<li>Which piece of evidence does the most work in this essay?</li></ul>")
    document = _load(paragraphs_html(ESSAY[:2]), exercise, example, paragraphs_html(ESSAY[2:4]), plain,
                     paragraphs_html(ESSAY[4:]), questions)
    kept = kept_text(document)
    assert "Check Your Understanding" not in kept and "writer's claim" not in kept and "Weaker Thesis" not in kept
    assert "Questions to Consider" not in kept and "main claim" not in kept
    assert "Hollin Bank kept its levers" in kept


def test_embeds_the_copy_cannot_play_go_with_their_titles_and_hide_no_text() -> None:
    h5p = ("<div class='h5p'><p>This H5P activity can only be used in the online version of the book: "
           "https://books.example/h5p/12</p></div>")
    flash = ("<div class='flashbox'><p>Interactive map, 1880 to 1960</p><p>This map needs Adobe Flash Player 9 or later. "
             "Get the free player from Adobe.</p></div>")
    document = _load(paragraphs_html(ESSAY[:2]), h5p, paragraphs_html(ESSAY[2:4]), flash, paragraphs_html(ESSAY[4:]))
    kept = kept_text(document)
    assert "H5P" not in kept and "Flash Player" not in kept and "Interactive map" not in kept
    assert document.metadata.complete and not any(b.__class__.__name__ == "Gap" for b in document.blocks)


def test_a_mills_similarity_scan_outline_and_citation_of_itself_go() -> None:
    title = "Signal Boxes"
    headed = "".join(f"<h2>{h}</h2><p>{t}</p>" for h, t in zip(["Levers and frames", "The last signalmen",
                                                                "Closing the line"], ESSAY[1:4]))
    page = article_page("<p>Similarity scan: 0%</p><p>We compared this sample with 200 million pages: "
                        "no matching passages were found.</p>",
                        "<details><summary>Essay outline</summary><ul><li>I. Introduction</li><li>II. Levers and frames</li>"
                        "<li>III. The last signalmen</li><li>IV. Closing the line</li></ul></details>",
                        f"<p>{ESSAY[0]}</p>", headed, f"<p>{ESSAY[4]}</p>",
                        "<p>Put this sample in your bibliography</p>"
                        "<p>Papermill. (2024). Signal Boxes [Essay example]. https://papermill.example/examples/signal-boxes-4411</p>",
                        title=title, h1=title)
    document = essayconv.load(page, name="mill.html")
    kept = kept_text(document)
    assert "Similarity scan" not in kept and "no matching passages" not in kept
    assert "Essay outline" not in kept and "II. Levers" not in kept and "bibliography" not in kept and "Papermill. (2024)" not in kept
    assert [block_text(b) for b in document.blocks if isinstance(b, Heading)] == ["Levers and frames", "The last signalmen",
                                                                                 "Closing the line"]


def test_a_scans_caption_under_it_goes_and_small_print_elsewhere_stays() -> None:
    document = _load(paragraphs_html(ESSAY[:2]), "<p><img src='scan.jpg' alt='A scan'></p>",
                     "<p><small>Page 2 of the original notebook, with the writer's corrections.</small></p>",
                     paragraphs_html(ESSAY[2:]), "<p><small>Revised in the spring for the society's journal.</small></p>")
    kept = kept_text(document)
    assert "Page 2 of the original notebook" not in kept and "Revised in the spring" in kept


def test_ad_labels_in_other_words_go() -> None:
    ads = "".join(f"<p>{label}</p><p><a href='https://ads.example/{n}'>Cheap rail tickets for students</a></p>"
                  for n, label in enumerate(["Adverts", "Ads from our partners", "Sponsored links"]))
    document = _load(paragraphs_html(ESSAY[:3]), ads, paragraphs_html(ESSAY[3:]))
    kept = kept_text(document)
    assert "Adverts" not in kept and "Ads from our partners" not in kept and "Sponsored links" not in kept
