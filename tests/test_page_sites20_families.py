"""Families met at first contact in held-out site set 20 (heldout/sites20/LEARNING.md), each checked on
a single page of our own, without learning: a digital collection's record whose one field is the
essay (its other fields the page's, its counts read from them, a transcript's page marks no count),
and a page of boxes placed by absolute position whose title box stands after the essay in the source,
under a numbered page title ("Essay 3"). Our own texts."""

from __future__ import annotations

import essayconv
from essayconv.clean.counters import counter_in
from essayconv.rules import load_rules

from .helpers import PROSE, kept_text

ESSAY = [f"{PROSE} Part {i} of the argument follows the ferry crossings from the pier to the island." for i in range(5)]
ESSAY_TITLE = "The Last Ferry to Inchmurrin"


def test_a_record_whose_one_field_is_the_essay_keeps_the_field_and_reads_the_others_as_the_pages() -> None:
    rows = [("Title", ESSAY_TITLE), ("Creator", "Entrant 204, Balloch Academy"), ("Award", "Second prize"),
            ("Description", "Entry to the 2009 prize, keyed in from the handwritten original by a volunteer.")]
    transcript = "<div class='transcript'><p>[Page 1]</p>" + "".join(f"<p>{p}</p>" for p in ESSAY) + "</div>"
    after = [("Physical description", "3 pages, handwritten on lined paper"), ("Words declared on entry form", "318"),
             ("Rights", "© The entrant. Shown for private study and research.")]
    cells = "".join(f"<tr><td class='label'>{label}</td><td class='value'>{value}</td></tr>" for label, value in rows) \
        + f"<tr><td class='label'>Transcript</td><td class='value'>{transcript}</td></tr>" \
        + "".join(f"<tr><td class='label'>{label}</td><td class='value'>{value}</td></tr>" for label, value in after)
    page = (f"<html><head><title>{ESSAY_TITLE} - Loch Lomond Libraries</title></head><body><div id='item'>"
            f"<table id='metadata'>{cells}</table></div></body></html>")
    document = essayconv.load(page.encode(), name="record.html")
    assert kept_text(document).split("\n") == ESSAY
    assert document.title == ESSAY_TITLE and document.metadata.claimed_words == 318


def test_a_transcripts_page_marks_and_a_pager_state_no_count() -> None:
    shape = load_rules().counter
    assert counter_in("[Page 1]", shape) is None
    assert counter_in("Page 1 Page 2 Page 3 Transcript", shape) is None
    assert counter_in("Pages: 3", shape) == (None, 3) and counter_in("Words declared on entry form: 318", shape) == (318, None)


def test_boxes_placed_by_position_are_read_top_down_and_the_numbered_page_title_gives_way() -> None:
    def box(top: int, left: int, width: int, inner: str) -> str:
        return (f"<div style='height: 40px; left: {left}px; position: absolute; top: {top}px; width: {width}px; z-index: 1; '>"
                f"<div class='text-content'>{inner}</div></div>")

    first = "".join(f"<p>{p}</p>" for p in ESSAY[:3])
    second = "".join(f"<p>{p}</p>" for p in ESSAY[3:])
    others = "<p>Other essays to study</p>" + "".join(
        f"<p><a href='essay{n}.html'>Essay {n}: The ferry question, part {n}</a></p><p>The argument in brief: the crossings "
        f"mattered to the island's trade more than the records admit, and essay {n} shows how.</p>" for n in range(4, 8))
    boxes = [box(250, 40, 420, first), box(250, 490, 180, others), box(900, 40, 420, second),
             box(128, 40, 620, f"<p class='title'>{ESSAY_TITLE}</p>")]
    page = (f"<html><head><title>Essay 3</title></head><body><div id='body_layer' style='position: relative; width: 700px;'>"
            f"<div class='bumper' style='height: 0px;'></div>{''.join(boxes)}</div></body></html>")
    document = essayconv.load(page.encode(), name="essay3.html")
    assert document.title == ESSAY_TITLE
    assert kept_text(document).split("\n") == ESSAY
