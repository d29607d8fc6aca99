"""Families met at first contact in held-out round 53 (heldout/round53/FIRST-CONTACT.md), each checked
by mechanism on pages of our own: a school's news story presenting a pupil's essay below it and closing
after it; a magazine's pages as frames of absolutely placed widgets; a details table whose count label
carries a remark; a poster's "it is N words long"; a post's title after the poster's name in the
<title>; a card's title over its count; a teaser stopping on a quotation at a wall; a file's name as
the <title>; a job posting. Our own texts throughout."""

from __future__ import annotations

import pytest

import essayconv
from essayconv.model import Gap

from .helpers import PROSE, article_page, kept_text

ESSAY = [f"{PROSE} Part {i} of the argument follows the ferry from the slipway to the island pier." for i in range(5)]
ESSAY_TITLE = "Crossing Over: The Island Ferry and Its Town"


def test_a_news_story_presenting_the_essay_below_it_is_the_schools_and_so_is_its_close() -> None:
    story = ["Harbour High School senior Oona Castellano has won the county's local history essay prize, "
             "judged this winter by the historical society, against more than ninety other entrants.",
             "Entrants were asked to choose a building, a road or a crossing that changed their town and to "
             "explain how. Oona chose the ferry her family has worked on for three generations.",
             '"I thought I knew the ferry, but I only knew the timetable," Oona said of the months she spent '
             "in the archive and on the slipway talking to the crews."]
    page = article_page(
        *(f"<p>{p}</p>" for p in story),
        "<p>Her essay, all 512 words of it, is printed below as she handed it in.</p>",
        f"<p style='text-align:center'><em>{ESSAY_TITLE}</em></p><p style='text-align:center'>Oona Castellano, Grade 12</p>",
        *(f"<p>{p}</p>" for p in ESSAY[:3]),
        "<p><em>[Editor's note: the crew list quoted here comes from an interview Oona recorded with her uncle.]</em></p>",
        *(f"<p>{p}</p>" for p in ESSAY[3:]),
        "<p>Oona will receive the prize at the society's spring dinner and a $500 award toward college.</p>",
        "<p>Congratulations, Oona!</p>",
        title="Harbour High senior wins county history prize", h1="Harbour High senior wins county history prize")
    document = essayconv.load(page, name="news.html")
    kept = kept_text(document)
    assert document.title == ESSAY_TITLE and document.metadata.claimed_words == 512
    assert "ninety other entrants" not in kept and "printed below" not in kept and "Grade 12" not in kept
    assert "Editor's note" not in kept and "spring dinner" not in kept and "Congratulations" not in kept
    assert all(p in kept for p in ESSAY)


def test_a_short_last_paragraph_naming_someone_else_stays_with_the_essay() -> None:
    page = article_page(*(f"<p>{p}</p>" for p in ESSAY), "<p>Thank you, Mrs Okafor, for the crew lists.</p>",
                        title=ESSAY_TITLE, h1=ESSAY_TITLE)
    assert "Mrs Okafor" in kept_text(essayconv.load(page, name="essay.html"))


def _widget(top: int, text: str, kind: str = "body", left: int = 120, width: int = 760) -> str:
    return (f"<div class='widget text' style='left: {left}px; top: {top}px; width: {width}px;'>"
            f"<div class='text-content'><p class='text-style-{kind}'>{text}</p></div></div>")


def test_a_magazines_pages_of_placed_widgets_are_read_as_one_essay_in_reading_order() -> None:
    quote = "The river keeps its own timetable, and the ferry only borrows it."
    first = "".join([_widget(60, "Local history prize · Winner", "kicker"), _widget(110, ESSAY_TITLE, "title"),
                     _widget(170, "by Oona Castellano, 17, Portree", "byline"), _widget(200, ESSAY[0]), _widget(450, ESSAY[1])])
    # the pull quote was drawn last, but stands between the third and the fourth paragraph
    second = "".join([_widget(80, ESSAY[2]), _widget(600, ESSAY[3]), _widget(850, ESSAY[4]), _widget(1100, "■", "end"),
                      _widget(380, quote, "quote", left=200, width=600)])
    page = ("<html><head><title>Riverside Review · Issue 9</title><style>.widget{position:absolute}"
            ".page{position:relative}</style></head><body><div class='mag'><div class='pages'>"
            f"<div class='page' style='height:1600px'><div class='page-content'>{first}</div></div>"
            f"<div class='page' style='height:1400px'><div class='page-content'>{second}</div></div>"
            "</div><div class='navigation'><div class='menu'>Contents</div></div></div></body></html>").encode()
    document = essayconv.load(page, name="magazine.html")
    kept = kept_text(document).split("\n")
    assert [line for line in kept if line != quote] == ESSAY and kept.index(quote) == 3
    assert document.title == ESSAY_TITLE and "■" not in kept


def test_a_forums_replies_are_posts_not_pages_of_the_essay() -> None:
    reply = ("Thanks for sharing this, it reads really well and the part about the slipway made me think "
             "of my own grandfather, who worked the night crossings for years before the bridge opened.")
    posts = "".join(f"<div class='post classic'><div class='post_author'>{who}</div><div class='post_body'>{body}</div></div>"
                    for who, body in (("harbourmum", "".join(f"<p>{p}</p>" for p in ESSAY)), ("ferryfan", f"<p>{reply}</p>")))
    page = f"<html><head><title>{ESSAY_TITLE}</title></head><body><div id='posts'>{posts}</div></body></html>"
    assert "night crossings" not in kept_text(essayconv.load(page.encode(), name="thread.html"))


def test_a_details_table_whose_count_label_carries_a_remark_is_the_essays_record() -> None:
    table = ("<table><tr><td><p>Name</p></td><td><p>Oona Castellano</p></td></tr><tr><td><p>Class</p></td><td><p>12H History"
             "</p></td></tr><tr><td><p>Task</p></td><td><p>Extended essay: a local crossing</p></td></tr><tr><td><p>Words (title "
             "and this table not counted)</p></td><td><p>534</p></td></tr></table>")
    fragment = table + f"<p>{ESSAY_TITLE}</p>" + "".join(f"<p>{p}</p>" for p in ESSAY)
    document = essayconv.load(fragment.encode(), name="converted.html")
    kept = kept_text(document)
    assert document.metadata.claimed_words == 534 and document.title == ESSAY_TITLE
    assert "Oona Castellano" not in kept and "not counted" not in kept and ESSAY[0] in kept


def test_a_total_with_its_remark_after_the_essay_is_its_count() -> None:
    page = article_page(*(f"<p>{p}</p>" for p in ESSAY), "<p>Total words (body): 588</p>", title=ESSAY_TITLE, h1=ESSAY_TITLE)
    document = essayconv.load(page, name="preview.html")
    assert document.metadata.claimed_words == 588 and "Total words" not in kept_text(document)


def test_a_posters_note_saying_it_is_n_words_long_is_the_posters_and_gives_the_count() -> None:
    note = ("Our teacher said we could post our coursework online, so here is mine. It is 533 words long, "
            "not counting the title, so get a cup of tea first.")
    page = article_page(f"<p>{note}</p>", *(f"<p>{p}</p>" for p in ESSAY), title=ESSAY_TITLE, h1=ESSAY_TITLE)
    document = essayconv.load(page, name="post.html")
    assert document.metadata.claimed_words == 533 and "cup of tea" not in kept_text(document)


def test_the_posts_title_is_taken_without_the_posters_name_before_it() -> None:
    page = (f"<html><head><title>Oona Castellano: {ESSAY_TITLE}</title></head><body><div class='profile'>Oona Castellano</div>"
            f"<div class='post'><span class='post-title'><a href='/display/1'><b>{ESSAY_TITLE}</b></a></span>"
            + "".join(f"<p>{p}</p>" for p in ESSAY) + "</div></body></html>")
    assert essayconv.load(page.encode(), name="post.html").title == ESSAY_TITLE


def test_a_cards_title_over_its_count_is_the_essays_whatever_the_page_is_titled() -> None:
    card = (f"<div class='card'><div class='label'>Winning application</div><div class='name'>{ESSAY_TITLE}</div>"
            "<div class='meta'>Essay · 500 words · 3 min read</div><div class='body'>"
            + "".join(f"<p>{p}</p>" for p in ESSAY) + "</div></div>")
    page = (f"<html><head><title>Harbour Futures Scholarship</title></head><body><h1>Harbour Futures Scholarship</h1>"
            f"<section><h2>About</h2><p>A scholarship for students of the island towns.</p></section>{card}</body></html>")
    assert essayconv.load(page.encode(), name="scholarship.html").title == ESSAY_TITLE


def test_a_teaser_stopping_on_a_quotation_at_a_wall_is_marked_cut() -> None:
    page = article_page(f"<h2>{ESSAY_TITLE}</h2>", f"<p>{ESSAY[0]}</p>", f"<p>{ESSAY[1]}</p>",
                        "<blockquote>The tide decides, and the timetable follows.</blockquote>",
                        "<div class='wall'><p>Create a free account to keep reading Oona's application.</p>"
                        "<a href='/signup'>Join to read more</a></div>", title="Harbour Futures Scholarship")
    assert any(isinstance(b, Gap) for b in essayconv.load(page, name="teaser.html").blocks)


def test_a_files_name_as_the_pages_title_gives_way_to_the_essays_own() -> None:
    page = (f"<html><head><title>Castellano_IslandFerry_draft2 - HIST 1200 Local History - Reader</title></head><body>"
            f"<div class='doc'><p class='doc-title'><b>{ESSAY_TITLE}</b></p>"
            + "".join(f"<p>{p}</p>" for p in ESSAY) + "</div></body></html>")
    assert essayconv.load(page.encode(), name="reader.html").title == ESSAY_TITLE


def test_a_gallerys_position_between_the_paragraphs_goes() -> None:
    page = article_page(*(f"<p>{p}</p>" for p in ESSAY[:2]), "<p>1 of 3</p>", *(f"<p>{p}</p>" for p in ESSAY[2:]),
                        title=ESSAY_TITLE, h1=ESSAY_TITLE)
    assert "1 of 3" not in kept_text(essayconv.load(page, name="gallery.html"))


def test_a_job_posting_about_a_writing_centre_is_no_essay() -> None:
    sections = [("About the role", "The writing centre coordinator leads a team of peer tutors who help students "
                 "plan, draft and revise their essays in every subject, and runs workshops on academic writing."),
                ("What you will do", "You will schedule tutoring, train new tutors each term, keep records of "
                 "sessions and work with faculty to design writing assignments that teach as well as test."),
                ("What you will bring", "A master's degree in English, composition or a related field, two years of "
                 "teaching or tutoring writing, and a patient, encouraging way with students at every level."),
                ("Compensation and benefits", "The salary range is set by the college's staff scale, with health "
                 "cover, a pension plan and tuition remission for employees and their families."),
                ("How to apply", "Send a letter and a résumé through the form below; review of applications "
                 "begins on the first of March and continues until the post is filled.")]
    page = article_page(*(f"<p><strong>{h}</strong></p><p>{t}</p>" for h, t in sections),
                        title="Writing Centre Coordinator", h1="Writing Centre Coordinator")
    with pytest.raises(essayconv.NoEssayError):
        essayconv.load(page, name="job.html")
