"""Families met at first contact in held-out site set 20 (heldout/sites20/LEARNING.md), each checked on
a single page of our own, without learning: a digital collection's record whose one field is the
essay (its other fields the page's, its counts read from them, a transcript's page marks no count),
a page of boxes placed by absolute position whose title box stands after the essay in the source,
under a numbered page title ("Essay 3"); a student paper's column with a facts box, a labelled advert,
a photo and its caption, a note naming the writer, a "written for" line and a recording's link; a
teacher's labelled remark between the paragraphs. Our own texts."""

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

    essay = [*ESSAY, *(f"{PROSE} Part {i} of the argument turns to the winter timetable." for i in range(5, 8))]
    first = "".join(f"<p>{p}</p>" for p in essay[:4])
    second = "".join(f"<p>{p}</p>" for p in essay[4:])
    others = "<p>Other essays to study</p>" + "".join(
        f"<p><a href='essay{n}.html'>Essay {n}: The ferry question, part {n}</a></p><p>The argument in brief: the crossings "
        f"mattered to the island's trade more than the records admit, and essay {n} shows how.</p>" for n in range(4, 8))
    boxes = [box(250, 40, 420, first), box(250, 490, 180, others), box(900, 40, 420, second),
             box(128, 40, 620, f"<p class='title'>{ESSAY_TITLE}</p>")]
    page = (f"<html><head><title>Essay 3</title></head><body><div id='body_layer' style='position: relative; width: 700px;'>"
            f"<div class='bumper' style='height: 0px;'></div>{''.join(boxes)}</div></body></html>")
    document = essayconv.load(page.encode(), name="essay3.html")
    assert document.title == ESSAY_TITLE
    assert kept_text(document).split("\n") == essay


def _column(*inside: str, byline: str = "By Ailsa Buchanan") -> bytes:
    return (f"<html><head><title>{ESSAY_TITLE} | The Student Tide</title></head><body><div id='story'>"
            f"<h1>{ESSAY_TITLE}</h1><p class='byline'>{byline}</p><div id='storytext'>{''.join(inside)}</div>"
            "</div></body></html>").encode()


def test_a_facts_box_an_inline_advert_and_a_photo_with_its_caption_in_a_column_are_the_pages() -> None:
    facts = "<div class='box'><b>Quick facts</b><br>When: 1953<br>Where: the pier at Balloch<br>Who: ferrymen and islanders</div>"
    advert = "<div class='promo'><span>Campus advertising</span><br>Bike hire for the term from £35, helmets included.</div>"
    photo = ("<div class='photo'><img src='/p.jpg' width='300' height='200' alt=''><br><span>File photo: the old pier at "
             "Balloch</span> <span>Tide archive</span></div>")
    page = _column(f"<p>{ESSAY[0]}</p>", facts, f"<p>{ESSAY[1]}</p>", advert, f"<p>{ESSAY[2]}</p>", photo,
                   *(f"<p>{p}</p>" for p in ESSAY[3:]))
    kept = kept_text(essayconv.load(page, name="column.html"))
    assert kept.split("\n") == ESSAY


def test_a_note_naming_the_writer_a_written_for_line_and_a_recording_close_the_column() -> None:
    page = _column(*(f"<p>{p}</p>" for p in ESSAY),
                   "<p class='audio'><a href='/audio/412.mp3'>▶ Listen to the writer reading this column</a> <small>(5 min)</small></p>",
                   "<p><i>Tide note: Ailsa Buchanan wrote this column for the 2006 history contest, where it won second place.</i></p>",
                   "<p>Written for the harbour history quest, March 2006.</p>")
    assert kept_text(essayconv.load(page, name="column.html")).split("\n") == ESSAY


def test_a_labelled_remark_between_the_paragraphs_is_the_teachers_and_a_clause_before_a_colon_stays() -> None:
    remark = "<p>Note for S5: the counter-argument comes before the conclusion, as the marker wants</p>"
    clause = "<p>The ferrymen would say: the pier is ours, and the timetable too.</p>"
    page = _column(*(f"<p>{p}</p>" for p in ESSAY[:2]), remark, f"<p>{ESSAY[2]}</p>", clause,
                   *(f"<p>{p}</p>" for p in ESSAY[3:]))
    kept = kept_text(essayconv.load(page, name="column.html"))
    assert "Note for S5" not in kept and "the pier is ours" in kept


def test_a_long_record_table_beside_the_essay_gives_its_count_past_the_summarys_cut() -> None:
    fields = [("Title", ESSAY_TITLE), ("Creator", "Entrant 318, Balloch Academy, senior section"),
              ("Subject", "Transport history -- Loch Lomond -- ferries -- twentieth century"),
              ("Description", "Entry to the 2011 prize, keyed in from the handwritten original by a volunteer of the library."),
              ("Rights", "© The entrant. Shown for private study and research; ask the library before reproducing any part."),
              ("Physical description", "3 pages, handwritten on lined paper"), ("Words declared on entry form", "471"),
              ("Identifier", "ESP-2011-318")]
    table = "<table class='metadata'>" + "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in fields) + "</table>"
    essay = "<div class='transcript'>" + "".join(f"<p>{p}</p>" for p in ESSAY) + "</div>"
    page = (f"<html><head><title>{ESSAY_TITLE}</title></head><body><div id='item'><h1>{ESSAY_TITLE}</h1>{essay}"
            f"<div class='description'>{table}</div></div></body></html>")
    document = essayconv.load(page.encode(), name="item.html")
    assert document.metadata.claimed_words == 471 and kept_text(document).split("\n") == ESSAY
