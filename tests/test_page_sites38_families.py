"""Families met at first contact in held-out site set 38 (heldout/sites38/LEARNING.md), each checked by
mechanism on texts of our own: a Jupyter notebook exported by nbconvert (its cells' "In [2]:" prompts, a series
label's <h1> over the work's own, a code cell counting the prose cells' words), an Org mode export (a subtitle
after a break in the title's <h1>, "First of two parts", "The second half waits for …"), and a club's notice
set between the essay's paragraphs. Our own texts throughout."""

from __future__ import annotations

import essayconv
from essayconv.model import Gap

from .helpers import PIER_PROSE, PIER_TITLE, PIER_TOWNS, kept_text

TOWNS, TITLE = PIER_TOWNS, PIER_TITLE


def _markdown_cell(html: str) -> str:
    return (f"<div class='cell border-box-sizing text_cell rendered'><div class='prompt input_prompt'></div>"
            f"<div class='inner_cell'><div class='text_cell_render border-box-sizing rendered_html'>{html}</div></div></div>")


def _code_cell(number: int, code: str, output: str | None = None) -> str:
    out = (f"<div class='output_wrapper'><div class='output'><div class='output_area'><div class='prompt output_prompt'>"
           f"Out[{number}]:</div><div class='output_text output_subarea output_execute_result'><pre>{output}</pre></div>"
           f"</div></div></div>") if output is not None else ""
    return (f"<div class='cell border-box-sizing code_cell rendered'><div class='input'><div class='prompt input_prompt'>"
            f"In&nbsp;[{number}]:</div><div class='inner_cell'><div class='input_area'><div class='highlight hl-ipython3'>"
            f"<pre>{code}</pre></div></div></div></div>{out}</div>")


def test_a_notebooks_prompts_series_label_and_its_own_word_count() -> None:
    cells = (_markdown_cell("<h1>Quay Study Group · notebook 7</h1>") + _markdown_cell(f"<h1>{TITLE}</h1>")
             + _code_cell(2, "import pandas as pd")
             + "".join(_markdown_cell(f"<p>At {town}, {PIER_PROSE}</p>") for town in TOWNS)
             + _code_cell(9, "prose = [c.source for c in nb.cells if c.cell_type == 'markdown'][1:]\n"
                             "essay_words = sum(len(md.split()) for md in prose)\nessay_words", "361"))
    page = (f"<html><head><title>07-pier-at-dunmore-final</title></head><body><div class='links'>"
            f"<a class='home' href='../index.html'>Quay Study Group</a> / <a href='index.html'>Notebooks</a></div>"
            f"<div id='notebook'><div id='notebook-container'>{cells}</div></div></body></html>")
    document = essayconv.load(page.encode(), name="07.html")
    kept = kept_text(document)
    assert document.title == TITLE and document.metadata.claimed_words == 361
    assert "In [" not in kept and "In\xa0[" not in kept and "Out[" not in kept and "notebook 7" not in kept
    assert kept.count("walked the coast") == 5


def test_an_org_exports_subtitle_and_the_first_of_two_parts() -> None:
    body = "".join(f"<p>\nAt {town}, {PIER_PROSE}\n</p>" for town in TOWNS[:3])
    page = (f"<html><head><title>{TITLE}</title></head><body><div id='content'><h1 class='title'>{TITLE}<br />\n"
            f"<span class='subtitle'>First of two parts</span>\n</h1>{body}"
            "<p>\n<i>The second half waits for the March meeting; some of the dates still need checking.</i>\n</p>"
            "</div><div id='postamble'><p class='author'>Author: Orla Breen</p></div></body></html>")
    document = essayconv.load(page.encode(), name="pier.html")
    kept = kept_text(document)
    assert document.title == TITLE and "First of two parts" not in kept and "second half" not in kept
    assert isinstance(document.blocks[-1], Gap)


def test_a_clubs_notice_between_the_essays_paragraphs() -> None:
    notices = ["Type-in at the harbour hall on Wednesday 3 May: bring paper, the kettle is ours.",
               "The slipway is booked until 16 March; join the waiting list at the office."]
    body = (f"<p>At Dunmore, {PIER_PROSE}</p><p>{notices[0]}</p><p>At Kilbaha, {PIER_PROSE}</p><h2>Later years</h2>"
            f"<p>{notices[1]}</p><p>At Ardmore, {PIER_PROSE}</p>")
    document = essayconv.load(f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>{body}</body></html>".encode(),
                              name="pier.html")
    kept = kept_text(document)
    assert not any(notice[:20] in kept for notice in notices) and kept.count("walked the coast") == 3


def test_a_short_paragraph_naming_a_day_but_telling_no_one_anything_stays() -> None:
    line = "On Wednesday 3 May the first steamer tied up at the new quay, and the town turned out to watch."
    body = f"<p>At Dunmore, {PIER_PROSE}</p><p>{line}</p><p>At Kilbaha, {PIER_PROSE}</p>"
    document = essayconv.load(f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>{body}</body></html>".encode(),
                              name="pier.html")
    assert "first steamer tied up" in kept_text(document)


def test_a_wall_that_names_what_membership_opens_is_a_cut() -> None:
    body = "".join(f"<p>At {town}, {PIER_PROSE}</p>" for town in TOWNS[:2])
    wall = ("<div class='sb-paywall-card'><p>Membership opens the remainder. Members read every Journal essay in full "
            "and receive the printed journal twice a year.</p><a href='/join'>Join the Society</a></div>")
    page = f"<html><head><title>{TITLE}</title></head><body><main><h1>{TITLE}</h1>{body}{wall}</main></body></html>"
    document = essayconv.load(page.encode(), name="pier.html")
    assert isinstance(document.blocks[-1], Gap) and "Membership opens" not in kept_text(document)
