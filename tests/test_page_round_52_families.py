"""Families met at first contact in held-out round 52 (heldout/round52/FIRST-CONTACT.md), each checked
by mechanism on pages of our own: a coursework cover sheet on the first printed page of a PDF's text
(its labels over their values, the essay's title shown on it and again over the essay); a metered
wall's offer under a teaser cut inside a list, and a prize report's word cap; an export's author
line and course line closing on its date under the essay's title. Our own texts throughout."""

from __future__ import annotations

import essayconv
from essayconv.model import Gap

from .helpers import PROSE, article_page, kept_text

ESSAY = [f"{PROSE} Part {i} of the argument follows the canal boats from the basin to the locks." for i in range(5)]
ESSAY_TITLE = "Slow Water: The Canal Basin Between the Wars"


def test_a_cover_sheet_on_the_first_printed_page_is_set_aside_and_gives_the_count() -> None:
    cover = ["Faculty of Humanities", "", "COURSEWORK COVER SHEET", "", "Student number", "", "30117244", "",
             "Module", "", "HIS1104 Towns and Trade", "", "Essay title", "", ESSAY_TITLE, "", "Word count (main text)", "",
             "512", "", "Date submitted", "", "3 March 2025", "", "Declaration", "",
             "I confirm that this work is my own and that every source is acknowledged.", ""]
    page = ["30117244 | HIS1104 Towns and Trade | Essay 2", "", ESSAY_TITLE, "", *(f"{p}\n" for p in ESSAY)]
    dump = "\n".join(cover) + "\f" + "\n".join(page) + "\n"
    document = essayconv.load(dump.encode(), name="coursework.txt")
    assert document.title == ESSAY_TITLE and document.metadata.claimed_words == 512
    kept = kept_text(document)
    assert "Student number" not in kept and "COVER SHEET" not in kept and ESSAY[0] in kept


def test_a_first_page_of_prose_is_no_cover_sheet() -> None:
    dump = ESSAY_TITLE + "\n\n" + "\n\n".join(ESSAY[:2]) + "\f" + "\n\n".join(ESSAY[2:]) + "\n"
    assert ESSAY[0] in kept_text(essayconv.load(dump.encode(), name="essay.txt"))


def test_a_metered_walls_offer_after_a_teaser_cut_inside_a_list_is_the_wall() -> None:
    report = ("<p>The county history prize received 210 entries this year. Entries were capped at 800 words; "
              "the winning essay is printed below.</p>")
    teaser = (f"<h2>{ESSAY_TITLE}</h2><p>{ESSAY[0]}</p><p>In this essay I ask three questions:</p>"
              "<ol><li>Why did the basin grow so fast?</li><li>Who worked the boats?</li></ol>")
    wall = ("<div class='offers'><h3>Continue reading for just $1</h3><p>Get unlimited digital access to The Basin Gazette, "
            "including every story and the e-Edition.</p><p class='small'>Cancel anytime.</p></div>")
    document = essayconv.load(article_page(report, teaser, wall, title="Basin Gazette"), name="teaser.html")
    kept = kept_text(document)
    assert "Continue reading" not in kept and "Cancel anytime" not in kept and "unlimited digital access" not in kept
    assert any(isinstance(b, Gap) for b in document.blocks) and document.metadata.claimed_words != 800


def test_an_author_line_and_a_course_line_closing_on_its_date_under_the_title_are_the_students() -> None:
    header = ("<div class='author'>Priya Natarajan (s5120344)</div>"
              "<div class='date'>HIS2210 Canals and Cities, essay 1, 12 February 2025</div>")
    page = article_page(header, "<h2>Introduction</h2>", *(f"<p>{p}</p>" for p in ESSAY), title=ESSAY_TITLE, h1=ESSAY_TITLE)
    kept = kept_text(essayconv.load(page, name="export.html"))
    assert "s5120344" not in kept and "HIS2210" not in kept and kept.split("\n")[0] == "Introduction"


def test_a_chat_exports_typed_line_breaks_are_its_paragraphs() -> None:
    typed = f"<u><strong>{ESSAY_TITLE}</strong></u>\n\n" + "\n\n".join(ESSAY[:3])
    messages = "".join(f"<div class='message'><div class='content'><span class='keep'>{part}</span></div></div>"
                       for part in (typed, "\n\n".join(ESSAY[3:])))
    page = ("<html><head><title>Study server - essays</title><style>.keep { white-space: pre-wrap; }</style></head>"
            f"<body><div class='chatlog'>{messages}</div></body></html>")
    kept = kept_text(essayconv.load(page.encode(), name="export.html")).split("\n")
    assert ESSAY[0] in kept and ESSAY[3] in kept and not any(ESSAY_TITLE in line and ESSAY[0][:20] in line for line in kept)


def test_a_portfolios_guidance_and_the_essays_title_over_its_introduction() -> None:
    guidance = ("<p>Guidance: Write a reflective essay of 750-1,000 words about one experience from this placement, "
                "using a recognised model of reflection.</p>")
    essay = f"<h2>{ESSAY_TITLE}</h2><h3>Introduction</h3><p>{ESSAY[0]}</p><h3>Description</h3>" + \
        "".join(f"<p>{p}</p>" for p in ESSAY[1:])
    page = article_page("<h2>Reflective essay</h2>", guidance, essay, title="Placement 1: Reflective Portfolio",
                        h1="Placement 1: Reflective Portfolio")
    document = essayconv.load(page, name="portfolio.html")
    assert document.title == ESSAY_TITLE and "Guidance" not in kept_text(document)
