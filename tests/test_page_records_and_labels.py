"""Families met at first contact in held-out round 41 (heldout/round41/FIRST-CONTACT.md), each checked
by mechanism on pages of our own: a facts table holding the question, a file's front matter as one
row of labels over one of values, a file name for a title, a school's "What went well" / "Even better
if" feedback, a label title naming no topic, a homework site's answer template and its question for a
title, a line of hashtags, a row of buttons in a text dump. Our own texts throughout."""

from __future__ import annotations

import essayconv

from .helpers import PROSE, article_page, kept_text, paragraphs_html

ESSAY = [f"{PROSE} {PROSE} Part {i} of the argument weighs the harbour wall and the town behind it." for i in range(5)]
ESSAY_TITLE = "Should the Town Rebuild the Harbour Wall?"


def _table(rows: list[list[str]]) -> str:
    return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>"


def test_a_facts_table_holding_the_question_is_the_essays_record() -> None:
    """"Question | "…" Evaluate this statement. [20 marks]", "Mark | 18/20", "Length | 420 words", "Time
    taken | 40 minutes": the question is a sentence, and a fact all the same; the length is read."""
    table = _table([["Question", "“Harbour walls are the best defence for small towns.” Evaluate this statement. [20 marks]"],
                    ["Mark", "18/20 (Level 4)"], ["Length", "420 words (title not counted)"], ["Time taken", "40 minutes"]])
    document = essayconv.load(article_page(table, f"<h2>{ESSAY_TITLE}</h2>", paragraphs_html(ESSAY),
                                    title="Year 10 mock: exemplar 20-mark answer (harbour walls)"), name="vle.html")
    assert "Evaluate this statement" not in kept_text(document) and "40 minutes" not in kept_text(document)
    assert document.metadata.claimed_words == 420 and document.title == ESSAY_TITLE


def test_a_files_front_matter_shown_as_one_row_of_labels_over_one_of_values_is_a_record() -> None:
    """A Markdown file's front matter as a code host shows it ("title | author | date | words" over
    their values), under a title that is the file's name: a record with the essay's length, and no title."""
    front = _table([["title", "author", "date", "words"], [ESSAY_TITLE, "Tomasz W.", "2025-03-02", "463"]])
    page = (f"<html><head><title>harbour.md</title></head><body><main><h1>harbour.md</h1>{front}"
            f"<h1>{ESSAY_TITLE}</h1>{paragraphs_html(ESSAY)}</main></body></html>").encode()
    document = essayconv.load(page, name="blob.html")
    assert "Tomasz" not in kept_text(document) and document.metadata.claimed_words == 463
    assert document.title == ESSAY_TITLE


def test_a_schools_what_went_well_and_even_better_if_lists_go() -> None:
    """"What went well" and "Even better if" over their lists after the essay: the teacher's feedback."""
    feedback = ("<h3>What went well</h3><ul><li>Clear structure with a judgement.</li><li>Good local example.</li></ul>"
                "<h3>Even better if</h3><ul><li>Add one figure.</li><li>Name the town.</li></ul>")
    document = essayconv.load(article_page(paragraphs_html(ESSAY), feedback, title=ESSAY_TITLE, h1=ESSAY_TITLE), name="ww.html")
    assert "Good local example" not in kept_text(document) and "Name the town" not in kept_text(document)
    assert ESSAY[-1] in kept_text(document)


def test_under_a_label_title_naming_no_topic_the_heading_set_as_a_title_after_the_pages_note_is_the_title() -> None:
    """"Exemplar essay for Unit 3 (argument), shared with permission", the teacher's note on the essay
    with its length, then a heading set as a title: the heading is the title, the note goes with its count."""
    note = "<p>It is 487 words, not counting the title, so it sits inside our 450–750 word range. Read it before Thursday.</p>"
    document = essayconv.load(article_page(note, f"<h2>{ESSAY_TITLE}</h2>", paragraphs_html(ESSAY),
                                    title="Exemplar essay for Unit 3 (argument), shared with permission"), name="note.html")
    assert document.title == ESSAY_TITLE and document.metadata.claimed_words == 487
    assert "Read it before Thursday" not in kept_text(document)


def test_a_homework_sites_question_title_and_answer_template_give_way_to_the_essay() -> None:
    """The page titled by the pupil's question (sentences), "Answer:" over the essay's own title
    heading, "Explanation:" over the answerer's word on it, a line of hashtags."""
    question = "Write an essay about harbour walls in our town. At least 300 words please. Due tomorrow."
    document = essayconv.load(article_page("<h3>Answer:</h3>", f"<h3>{ESSAY_TITLE}</h3>", paragraphs_html(ESSAY),
                                    "<h3>Explanation:</h3>", "<p>I used three reasons and a call to act at the end.</p>",
                                    "<p>#CarryOnLearning #BrainlyFast</p>", title=question, h1=question), name="qa.html")
    kept = kept_text(document)
    assert document.title == ESSAY_TITLE
    assert "Answer:" not in kept and "three reasons" not in kept and "#CarryOnLearning" not in kept
    assert ESSAY[-1] in kept


def test_a_row_of_buttons_in_a_text_dump_goes() -> None:
    """"Print this essay · Save as PDF · Email to a friend" kept by an extractor's dump: buttons."""
    dump = "\n\n".join([ESSAY_TITLE, "Print this essay · Save as PDF · Email to a friend", *ESSAY])
    document = essayconv.load(dump.encode(), name="dump.txt")
    assert "Save as PDF" not in kept_text(document) and ESSAY[0] in kept_text(document)


def test_a_posts_shout_outs_to_other_accounts_after_the_essay_go() -> None:
    """"I invite @a and @b to join the contest too." / "Special thanks to @c for organising this contest.":
    the post's word to other accounts, not the essay's."""
    lines = ["I invite @pennib and @quill.rowan to join the contest too.", "Special thanks to @harbourwriters for organising it."]
    document = essayconv.load(article_page(paragraphs_html([*ESSAY, *lines]), title=ESSAY_TITLE, h1=ESSAY_TITLE), name="entry.html")
    assert "@pennib" not in kept_text(document) and "@harbourwriters" not in kept_text(document)
    assert ESSAY[-1] in kept_text(document)
