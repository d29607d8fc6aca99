"""Families met at first contact in held-out round 51 (heldout/round51/FIRST-CONTACT.md), each checked
by mechanism on pages of our own: an essay typed into a quiz's answer box (a disabled `<textarea>`)
between the question and the marker's feedback; titles (the bold line a story archive shows, of which
the <title> adds a description after a comma; a front matter's title field under an export titled by
its slug); a description list of facts set aside whole, read in pairs for its counts; an email's
narrow column floated beside the essay's first row. Our own texts throughout."""

from __future__ import annotations

import lxml.html

import essayconv
from essayconv.clean.banners import extract_banners
from essayconv.extract.html.prune import element_summary
from essayconv.model import Removed
from essayconv.signals import Kind

from .helpers import PROSE, article_page, draft_of, kept_text

ESSAY = [f"{PROSE} Part {i} of the argument follows the tram lines from the depot to the harbour." for i in range(5)]
ESSAY_TITLE = "The Last Trams of the Harbour Line"


def _quiz_page(answer: str) -> bytes:
    question = ("<h2>3. Extended response: progress or loss?</h2><div class='question-description'><p>Write a short "
                "essay (300-400 words) with a title of your own. Was closing the harbour line progress, a loss for the "
                "town, or both? Use at least two sources from the unit.</p></div>")
    feedback = ("<div class='answer-feedback'><p>Grade: 18/20</p><p>Sam, you wrote a clear argument, and your use of the "
                "council minutes is careful and well chosen. Next time, compare the fares before and after the "
                "closure, so that your second paragraph has numbers behind it.</p><p>- Mr Okafor</p></div>")
    return article_page(f"<form class='quiz'><ol><li class='quiz-question'>{question}<div class='answer'>"
                        f"<textarea name='answer[3]' rows='12' disabled>{answer}</textarea></div>{feedback}</li></ol></form>",
                        title="Unit 4 Quiz: Transport and Towns", h1="Unit 4 Quiz: Transport and Towns")


def test_an_essay_typed_into_a_quiz_answer_box_is_the_essay() -> None:
    answer = ESSAY_TITLE + "\n\n" + "\n\n".join(ESSAY) + "\n"
    document = essayconv.load(_quiz_page(answer), name="quiz.html")
    kept = kept_text(document)
    assert document.title == ESSAY_TITLE
    assert kept.split("\n") == ESSAY
    assert "Write a short essay" not in kept and "Mr Okafor" not in kept


def test_an_answer_box_holding_a_prompt_is_not_read_as_the_essay() -> None:
    document = essayconv.load(_quiz_page("Type your answer here."), name="quiz.html")
    assert "Type your answer here" not in kept_text(document)


def test_a_titles_description_after_a_comma_gives_way_to_the_bold_line_the_page_shows() -> None:
    header = (f"<div id='story-top'><button type='button'>Follow</button>\n<b class='title'>{ESSAY_TITLE}</b>\n"
              "<span>By:</span> <a href='/u/1'>tram_fan</a></div>")
    page = (f"<html><head><title>{ESSAY_TITLE}, an essay | Story Harbour</title></head><body>{header}"
            f"<div id='storytext'>{''.join(f'<p>{p}</p>' for p in ESSAY)}</div></body></html>").encode()
    assert essayconv.load(page, name="story.html").title == ESSAY_TITLE


def test_a_bold_word_in_running_text_does_not_cut_the_title() -> None:
    stressed = f"<p><b>The Last Trams</b> {ESSAY[0]}</p>"
    page = (f"<html><head><title>{ESSAY_TITLE}, an essay | Story Harbour</title></head><body>"
            f"<div id='storytext'>{stressed}{''.join(f'<p>{p}</p>' for p in ESSAY[1:])}</div></body></html>").encode()
    assert essayconv.load(page, name="story.html").title.startswith(f"{ESSAY_TITLE}, an essay")


def test_a_front_matter_table_names_the_title_of_an_export_titled_by_its_slug() -> None:
    front = ("<table><thead><tr><th>title</th><th>author</th><th>module</th><th>words</th></tr></thead><tbody><tr>"
             f"<td>{ESSAY_TITLE}</td><td>Sam Okafor</td><td>HIS1020 Towns and Transport</td><td>412</td></tr></tbody></table>")
    body = front + "<h2>Introduction</h2>" + "".join(f"<p>{p}</p>" for p in ESSAY[:3]) + "<h2>Conclusion</h2>" + \
        "".join(f"<p>{p}</p>" for p in ESSAY[3:])
    page = f"<html><head><title>last-trams-harbour-essay</title></head><body><div class='markdown-body'>{body}</div></body></html>"
    document = essayconv.load(page.encode(), name="export.html")
    assert document.title == ESSAY_TITLE and document.metadata.claimed_words == 412
    assert kept_text(document).split("\n")[0] == "Introduction"


def test_a_description_list_set_aside_whole_is_read_in_pairs_and_gives_its_counts() -> None:
    # The finder may set a facts list beside the essay aside as one record (the learned widening does):
    # read in the pairs a reader sees, after the page's report paragraph, it still gives both counts.
    facts = ("<dl><dt>Author</dt><dd>Sam Okafor, Grade 11</dd><dt>School</dt><dd>Harbour Road Collegiate, Port Ellis</dd>"
             "<dt>Word count</dt><dd>412</dd><dt>Pages</dt><dd>2 (double-spaced)</dd><dt>Prize</dt>"
             "<dd>$1,000 and a day at the tram museum with the judges</dd></dl>")
    record = element_summary(lxml.html.fragment_fromstring(facts))
    assert "Word count: 412 | Pages: 2 (double-spaced)" in record
    report = ("Each year the Harbour Heritage Prize invites students in grades 10 to 12 to write about a change their "
              "town lived through, and this year's panel read 212 entries from across the county.")
    draft = extract_banners(draft_of(report, Removed(Kind.OUTSIDE_ESSAY, record), *ESSAY, title=ESSAY_TITLE))
    assert (draft.claimed_words, draft.claimed_pages) == (412, 2)


def test_a_narrow_column_floated_beside_the_essay_is_the_pages_own() -> None:
    left = ("<table class='col-a' align='left' style='float:left'><tr><td style='width:370px'>"
            + "".join(f"<p>{p}</p>" for p in ESSAY[:3]) + "</td></tr></table>")
    right = ("<table class='col-b' align='right' style='float:right'><tr><td style='width:170px'><h3>In this issue</h3>"
             "<ul><li>A word from the chair</li><li>The prize essay</li><li>Summer walks</li></ul>"
             "<p>Walk with us: the harbour wall, Saturday 7 June, 10.30am. Free for members.</p></td></tr></table>")
    rest = "<table class='row'><tr><td>" + "".join(f"<p>{p}</p>" for p in ESSAY[3:]) + "</td></tr></table>"
    page = (f"<html><head><title>{ESSAY_TITLE}</title></head><body><table class='body'><tr><td>"
            f"<h1>{ESSAY_TITLE}</h1>{left}{right}{rest}</td></tr></table></body></html>")
    kept = kept_text(essayconv.load(page.encode(), name="newsletter.html"))
    assert kept.split("\n") == ESSAY and "In this issue" not in kept and "Walk with us" not in kept
