"""Families met at first contact in held-out round 54 (heldout/round54/FIRST-CONTACT.md), each checked
by mechanism on pages of our own: a portfolio's image modules and their captions; a figure's caption beside
its credit button; a caption closing on its credit in brackets; a cover sheet's table; a counter against its
limit, a form's limits and a prompt's target; a poster's "it came to N words"; a count's remark in brackets;
a LaTeX paper dumped one sentence to a line, its title block's rule, its sections and its keyed
bibliography; headings marked for a screen reader; an essay's title over its sections and its writers'
line; a homepage's answer titled under the site's name. Our own texts throughout."""

from __future__ import annotations

import essayconv
from essayconv.model import Heading

from .helpers import PROSE, article_page, kept_text

ESSAY = [f"{PROSE} Part {i} of the argument follows the lock-keepers along the canal to the basin." for i in range(5)]
ESSAY_TITLE = "Water Steps: The Lock-Keepers of the Summit Canal"


def _page(*inside: str, title: str = ESSAY_TITLE, h1: str | None = ESSAY_TITLE) -> essayconv.Document:
    return essayconv.load(article_page(*inside, title=title, h1=h1), name="essay.html")


def test_a_photos_own_box_and_the_caption_box_beside_it_go() -> None:
    module = ("<div class='module image'><div class='image-root'><img src='a.jpg' srcset='a-600.jpg 600w, a-1200.jpg 1200w'>"
              "</div><div class='caption'><div class='sub'>Spread 2: the locks drawn as a fold-out map.</div></div></div>")
    document = _page(f"<div class='module text'><p>{ESSAY[0]}</p></div>", module, f"<div class='module text'><p>{ESSAY[1]}</p></div>")
    kept = kept_text(document)
    assert "fold-out map" not in kept and ESSAY[0] in kept and ESSAY[1] in kept


def test_an_icons_label_beside_it_stays() -> None:
    """A feature icon (one size, no `srcset`) over its label: the label is the page's text, not a caption."""
    features = "".join(f"<div class='feature'><div class='icon'><img src='i{n}.svg' width='200' height='200'></div>"
                       f"<div class='label'>{label}</div></div>"
                       for n, label in enumerate(("Towpath walks every Sunday", "Lock flights open to visitors")))
    kept = kept_text(_page(f"<p>{ESSAY[0]}</p>", features, f"<p>{ESSAY[1]}</p>"))
    assert "Towpath walks every Sunday" in kept


def test_a_figures_caption_beside_its_credit_button_goes_and_a_quotations_source_stays() -> None:
    photo = ("<figure><img src='lock.jpg'><figcaption>Boats waiting at the top lock in the frost.</figcaption>"
             "<div class='credit'><button>i</button><span>Image by R. Okafor, CC BY 4.0</span></div></figure>")
    quoted = ("<figure><blockquote><p>The canal was the slowest road in England and the surest.</p></blockquote>"
              "<figcaption>Hester Vane, lock-keeper</figcaption></figure>")
    kept = kept_text(_page(f"<p>{ESSAY[0]}</p>", photo, quoted, f"<p>{ESSAY[1]}</p>"))
    assert "top lock in the frost" not in kept and "Hester Vane" in kept


def test_a_caption_closing_on_its_credit_in_brackets_goes() -> None:
    caption = "<p>Figure 1. The summit pound in a dry summer (photo: B. Ilori, 2019, used with permission).</p>"
    kept = kept_text(_page(f"<p>{ESSAY[0]}</p>", caption, f"<p>{ESSAY[1]}</p>"))
    assert "summit pound" not in kept


def test_a_cover_sheets_table_above_the_title_goes() -> None:
    cover = ("<table><tr><td><p>Student ID</p></td><td><p>K4471920</p></td></tr>"
             "<tr><td><p>Module</p></td><td><p>HIS2210 Transport and Industry</p></td></tr>"
             "<tr><td><p>Tutor</p></td><td><p>Dr L. Achterberg</p></td></tr>"
             "<tr><td><p>Assignment</p></td><td><p>Essay 1: a working landscape</p></td></tr></table>")
    kept = kept_text(_page(cover, f"<p>{ESSAY_TITLE}</p>", *(f"<p>{p}</p>" for p in ESSAY), h1=None, title=""))
    assert "K4471920" not in kept and "Dr L. Achterberg" not in kept and ESSAY[0] in kept


def test_a_counter_against_its_limit_counts_the_first_number() -> None:
    document = _page("<p>Submitted by Rosa K. · 412/650 words · updated 2 days ago</p>", *(f"<p>{p}</p>" for p in ESSAY))
    assert document.metadata.claimed_words == 412


def test_a_forms_limits_and_a_prompts_target_are_no_counts() -> None:
    form = ("<p>Describe a place that changed how you see your town. Maximum 650 words. Strong answers have been "
            "as short as 300 words, and we aim for about 450 words in the anthology.</p>")
    assert _page(form, *(f"<p>{p}</p>" for p in ESSAY)).metadata.claimed_words is None


def test_a_posters_it_came_to_n_words_is_the_count() -> None:
    note = "<p>Here is my final version! It came to 498 words even (title not counted), close enough to the target.</p>"
    assert _page(note, *(f"<p>{p}</p>" for p in ESSAY), h1=None).metadata.claimed_words == 498


SECTIONS = [("THE SUMMIT POUND", ["The canal climbed to its summit through a flight of nineteen locks.",
                                  "Every boat that crossed the hill took two locks of water from the summit pound.",
                                  "In a dry summer the company had to choose between trade and the level of the water.",
                                  "It chose trade more often than its engineers liked.",
                                  "The reservoirs were enlarged twice, and twice they proved too small for the traffic."]),
            ("THE KEEPERS", ["The keepers lived beside the locks and were paid by the week.",
                             "Their logbooks record every boat, every cargo and every quarrel at the gates.",
                             "They were the canal's memory as much as its servants.",
                             "A keeper who let a boat through out of turn could lose his cottage.",
                             "Few did, and fewer still were caught."]),
            ("CONCLUSION", ["The summit canal was kept alive by people rather than by engineering.",
                            "Its water was always short, and its keepers always on duty.",
                            "That is the lesson its logbooks still teach.",
                            "The railway that replaced it needed no water on the hill at all.",
                            "It needed keepers of another kind."])]


def _latex_dump(rule: str = "=" * 80) -> str:
    """A LaTeX paper as latex2text prints it: a title block, a rule, a length note, sentences one to a
    line, sections as "§ UPPER CASE", and the bibliography's entries under their keys."""
    body = ["", "", ESSAY_TITLE, "    Ada Renwick", " Student number 4410297", " HIS2210 Transport and Industry",
            "    2 April 2025", rule, "", "Length of the main text: 402 words (title, this note and the references not counted).",
            "", ""]
    for heading, sentences in SECTIONS:
        body += [f"§ {heading}", "", "", *sentences, "", ""]
    body += ["9", "achterberg Achterberg, L. (2011). Water on the Hill: Summit Canals. Tarnside Press.",
             "ilori Ilori, B. (2018). Keepers of the locks. Journal of Waterway History, 4(1), 12–30.", ""]
    return "\n".join(body)


def test_a_latex_paper_dumped_a_sentence_to_a_line_is_read_in_paragraphs_under_its_sections() -> None:
    document = essayconv.load(_latex_dump().encode(), name="paper.txt")
    kept = kept_text(document)
    assert " ".join(SECTIONS[0][1]) in kept  # one paragraph of three sentences
    assert [h for h in (b for b in document.blocks if isinstance(b, Heading))][0].inlines[0].text == "THE SUMMIT POUND"
    assert document.title == ESSAY_TITLE and document.metadata.claimed_words == 402
    assert "Student number" not in kept and "Ada Renwick" not in kept
    assert "achterberg Achterberg" not in kept and "Achterberg, L. (2011). Water on the Hill" in kept


def test_a_rule_over_a_pages_notes_still_sets_them_apart() -> None:
    """A rule after the text with numbered notes under it: the notes go to the end, the text stays whole."""
    lines = [ESSAY_TITLE, "", ESSAY[0], "", ESSAY[1], "", "_" * 20, "1 Achterberg, Water on the Hill, p. 12.", "",
             ESSAY[2], ""]
    kept = kept_text(essayconv.load("\n".join(lines).encode(), name="paper.txt"))
    assert ESSAY[2] in kept and kept.index(ESSAY[1]) < kept.index(ESSAY[2])


def test_paragraphs_one_to_a_line_are_not_joined() -> None:
    """A dump whose paragraphs are one line each, apart by blank lines: nothing to join."""
    kept = kept_text(essayconv.load("\n\n".join([ESSAY_TITLE, *ESSAY]).encode(), name="essay.txt"))
    assert all(p in kept.split("\n") for p in ESSAY)


def test_headings_marked_for_a_screen_reader_title_the_essay_and_its_sections() -> None:
    body = ("<div class='TitleText' role='heading' aria-level='1'><span>" + ESSAY_TITLE + "</span></div>"
            + "".join(f"<div class='HeadingText' role='heading' aria-level='2'>Part {i}</div><div class='Text'><p>{p}</p></div>"
                      for i, p in enumerate(ESSAY)))
    document = essayconv.load(f"<html><head><title>Sway</title></head><body><main>{body}</main></body></html>".encode(),
                              name="sway.html")
    assert document.title == ESSAY_TITLE
    assert sum(isinstance(b, Heading) for b in document.blocks) == len(ESSAY)


def test_an_essays_title_over_its_sections_and_its_writers_line_is_its_title() -> None:
    description = (f"<p><strong>{ESSAY_TITLE}</strong></p><p><em>HIS 1010 Group 4: Ada Renwick, Tom Ilori, Sara Vane</em></p>"
                   "<h2>Introduction</h2>" + "".join(f"<p>{p}</p>" for p in ESSAY[:2]) + "<h2>The keepers</h2>"
                   + "".join(f"<p>{p}</p>" for p in ESSAY[2:4]) + f"<h2>Conclusion</h2><p>{ESSAY[4]}</p>")
    page = (f"<html><head><title>HIS 1010 Group 4 – Canals | Boards</title><meta property='og:site_name' content='Boards'></head><body>"
            f"<header><span class='board-name'>HIS 1010 Group 4 – Canals</span> <span>Workspace visible</span></header>"
            f"<div class='board'><a href='/c/1'>Sources</a></div>"
            f"<div class='card-detail'><h2 class='card-title'>FINAL essay text (do not edit)</h2>"
            f"<div class='description'>{description}</div></div></body></html>")
    document = essayconv.load(page.encode(), name="card.html")
    assert document.title == ESSAY_TITLE and "Ada Renwick" not in kept_text(document)


def test_a_sections_first_heading_is_no_title_of_the_essay() -> None:
    """The same description opening on "Introduction": the essay has no title line of its own."""
    description = "<h2>Introduction</h2>" + "".join(f"<p>{p}</p>" for p in ESSAY[:2]) + f"<h2>Conclusion</h2><p>{ESSAY[4]}</p>"
    page = (f"<html><head><title>Canals essay | Boards</title></head><body><header><h1>Canals essay</h1></header>"
            f"<div class='description'>{description}</div></body></html>")
    assert essayconv.load(page.encode(), name="card.html").title != "Introduction"


def test_a_homepages_answer_is_titled_by_its_bold_line_under_the_sites_name() -> None:
    site = "Vane's Canal Answers"
    cell = (f"<h3>Answering: Explain why the summit canal ran short of water.</h3>"
            f"<center><font size='+2'><b>{ESSAY_TITLE}</b></font><br><font size='2'>Level: Higher</font></center>"
            + "".join(f"<p>{p}</p>" for p in ESSAY) + "<p>Words in this answer: 402 · Script sides: 2</p>")
    page = (f"<html><head><title>{site} - {ESSAY_TITLE}</title></head><body><table><tr><td><h1>{site}</h1>"
            f"<p><a href='/'>Home</a></p></td><td>{cell}</td></tr></table></body></html>")
    document = essayconv.load(page.encode(), name="answer.html")
    assert document.title == ESSAY_TITLE
    assert (document.metadata.claimed_words, document.metadata.claimed_pages) == (402, 2)
