"""Families met at first contact in held-out round 41 (heldout/round41/FIRST-CONTACT.md), each checked
by mechanism on pages of our own: a facts table holding the question, a file's front matter as one
row of labels over one of values, a file name for a title, a school's "What went well" / "Even better
if" feedback, a label title naming no topic, a homework site's answer template and its question for a
title, a line of hashtags, a row of buttons in a text dump. Our own texts throughout."""

from __future__ import annotations

import essayconv
from essayconv.model import Gap, block_text

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


def test_a_genre_label_or_a_question_about_my_essay_gives_way_to_the_essays_heading() -> None:
    """"Harbour Walls Argumentative Essay" and "Does my opinion essay about harbour walls sound natural?"
    title the page, not the essay: its own heading does (under the poster's questions, in a list)."""
    genre = essayconv.load(article_page(f"<h2>{ESSAY_TITLE}</h2>", paragraphs_html(ESSAY),
                                        title="Harbour Walls Argumentative Essay", h1="Harbour Walls Argumentative Essay"),
                           name="genre.html")
    assert genre.title == ESSAY_TITLE
    asks = ("<p>My main questions are:</p><ul><li>Is “on the other hand” too old-fashioned?</li>"
            "<li>Does the last paragraph sound like a conclusion?</li></ul>")
    thanks = "<p>Any other corrections are welcome. Thank you in advance!</p>"
    question = essayconv.load(article_page(asks, f"<h2>{ESSAY_TITLE}</h2>", paragraphs_html(ESSAY), thanks,
                                           title="Does my opinion essay about harbour walls sound natural?"), name="q.html")
    assert question.title == ESSAY_TITLE and "Thank you in advance" not in kept_text(question)
    assert "old-fashioned" not in kept_text(question)


def test_a_bracketed_genre_note_leaves_the_title_and_bulgarian_counts_and_plea_are_read() -> None:
    """"Прошката – слабост или сила? (есе за 10 клас)": the bracket names the genre and class; "Брой думи:
    376" and "Обем: 2 стр." are the essay's counts; "Моля, не го копирайте" is the site's plea."""
    title = "Прошката – слабост или сила?"
    sentence = "Прошката не е слабост, а сила, която се учи цял живот и променя отношенията между хората."
    paragraphs = [" ".join([sentence] * 3) + f" Мисъл {i}." for i in range(5)]
    page = (f"<html><head><title>{title} (есе за 10 клас) » Ученическо</title></head><body><main><article>"
            f"<h1>{title} (есе за 10 клас)</h1><div class='info'>Брой думи: 376 | Обем: 2 стр.</div>{paragraphs_html(paragraphs)}"
            "<p>Есето е писано като класна работа. Моля, не го копирайте дословно – учителите проверяват!</p>"
            "</article></main></body></html>").encode()
    document = essayconv.load(page, name="bg.html")
    assert document.title == title and document.metadata.claimed_words == 376 and document.metadata.claimed_pages == 2
    assert "копирайте" not in kept_text(document)


def test_a_viewers_file_name_title_running_heads_and_text_shown_again_go() -> None:
    """A document viewer: "Harbour Essay.docx - Reyes 1 …" is a file's name, the essay's title is its
    opening line; "Reyes 2" before a section's heading is a running head; an "Unformatted text
    preview:" repeating the pages' text as one run is the text shown again."""
    long = [f"{p} {PROSE}" for p in ESSAY]
    preview = " ".join(["Reyes 1", ESSAY_TITLE, *long])
    page = (f"<html><head><title>Harbour Essay.docx - Reyes 1 Reyes Professor Lind | Docuhub</title></head><body><main>"
            f"<h1>Harbour Essay.docx</h1><div class='viewer'><h2>{ESSAY_TITLE}</h2>{paragraphs_html(long[:2])}<p>Reyes 2</p>"
            f"<h3>The case for the wall</h3>{paragraphs_html(long[2:])}</div><h2>Unformatted text preview:</h2><p>{preview}</p>"
            "</main></body></html>").encode()
    document = essayconv.load(page, name="viewer.html")
    kept = kept_text(document)
    assert document.title == ESSAY_TITLE and "Reyes 2" not in kept and "Unformatted" not in kept
    assert kept.count(long[0]) == 1


def test_an_export_with_a_subtitle_a_grade_line_and_footnote_numbers_reads_whole() -> None:
    """Org mode: the <h1>'s subtitle after a break is no part of the title; "Submitted … Grade: A−." above
    the essay is a note; a footnote's number stuck after a stop ends the sentence (no cut between)."""
    paras = [f"{PROSE} The wall was rebuilt twice.{i + 1}" for i in range(3)] + [f"{PROSE} It stands today."]
    page = (f"<html><head><title>{ESSAY_TITLE}</title></head><body><div id='content'><h1 class='title'>{ESSAY_TITLE}<br/>"
            "<span class='subtitle'>HIST 110 · Essay 2 · 646 words</span></h1>"
            "<p>Submitted 3 December 2024. Grade: A−. Posted here unchanged.</p>"
            f"{paragraphs_html(paras)}</div></body></html>").encode()
    document = essayconv.load(page, name="org.html")
    assert document.title == ESSAY_TITLE and "Grade: A" not in kept_text(document)
    assert not any(isinstance(b, Gap) for b in document.blocks)


def test_a_journal_posts_fields_crosspost_line_margin_comments_and_badges_go() -> None:
    """A journal community's post: "Current mood: …" fields, "x-posted to …", a marker's bracketed
    margin comment inside the essay, a uniqueness badge and a read count; an editor's bracketed aside
    stays the page's own."""
    fields = "<ul><li>Current mood: relieved</li><li>Current music: The Gulls - Low Tide</li></ul>"
    lines = ["x-posted to revision_help and essay_clinic, sorry if you see this twice!",
             "[margin comment: you could lose this sentence and the point would be clearer]",
             "97% unique when published", "Opened by 60 students this week"]
    page = article_page(paragraphs_html([lines[0], ESSAY[0], lines[1], *ESSAY[1:], lines[2], lines[3]]), fields,
                        title=ESSAY_TITLE, h1=ESSAY_TITLE)
    kept = kept_text(essayconv.load(page, name="journal.html"))
    assert not [line for line in lines if line[:15] in kept] and "Current mood" not in kept and ESSAY[-1] in kept


def test_a_record_set_out_as_label_and_value_lines_goes_whole() -> None:
    """"Written for" / "First-year undergraduate" / "Outcome" / "B" / "Annotated by" / "K. Boateng" above the
    essay: a record, whatever the page's markup."""
    record = paragraphs_html(["Written for", "First-year undergraduate", "Outcome", "B", "Annotated by", "Kwame Boateng"])
    kept = kept_text(essayconv.load(article_page(record, paragraphs_html(ESSAY), title=ESSAY_TITLE, h1=ESSAY_TITLE),
                                    name="record.html"))
    assert "Written for" not in kept and "Kwame Boateng" not in kept and ESSAY[0] in kept


def test_a_dumps_title_line_with_the_sites_name_then_its_name_alone_gives_the_essays_title() -> None:
    """A dump opening "<essay> | Civics Corner", then "Civics Corner" on its own line, then the essay's
    title: the site's name is shown first, the title is the part shown below it."""
    dump = "\n\n".join([f"{ESSAY_TITLE} | Harbour Civics", "Harbour Civics", ESSAY_TITLE, *ESSAY])
    assert essayconv.load(dump.encode(), name="dump.txt").title == ESSAY_TITLE


def test_a_markdown_dump_with_front_matter_reads_its_headings_and_drops_its_fields() -> None:
    """A Markdown converter's dump: YAML front matter ("---" / "title: …" / "word_count: 355" / "---") is
    the file's fields, not its text, and no count the page stated; "## …" lines are headings."""
    dump = "\n\n".join(["---\ntitle: \"Harbour walls essay – Saltmarsh Revision\"\nword_count: 355\n---",
                        f"## {ESSAY_TITLE}", *ESSAY[:2], "## The case for the wall", *ESSAY[2:]])
    document = essayconv.load(dump.encode(), name="dump.txt")
    assert document.title == ESSAY_TITLE and document.metadata.claimed_words is None
    assert "word_count" not in kept_text(document) and "## " not in kept_text(document)
    assert any(block_text(b) == "The case for the wall" for b in document.blocks if type(b).__name__ == "Heading")


def test_a_newsletters_long_greeting_note_stating_the_length_and_a_teachers_postscript_go() -> None:
    """"Hi there," over a long paragraph about the model answer stating its length ("It clocks in at 476
    words"), then the essay's heading: the letter's note, with its count. "PS from Mr W: …" under the
    essay is the teacher's."""
    note = ("<p>Hi there,</p><p>A lot of you asked after last month's issue for a complete model answer rather than "
            "a plan, so this week you get one. It clocks in at 476 words, not counting the two sources at the end, "
            "which is about what you can write in forty-five minutes if you have planned properly beforehand and "
            "know your own argument well enough to keep to it.</p>")
    ps = "<p>PS from Mr W: the council has agreed to look at the plans again in May. Well done, Hana!</p>"
    document = essayconv.load(article_page(note, f"<h2>{ESSAY_TITLE}</h2>", paragraphs_html(ESSAY), ps,
                                           title="Harbour Tutor Letter"), name="letter.html")
    kept = kept_text(document)
    assert document.title == ESSAY_TITLE and document.metadata.claimed_words == 476
    assert "clocks in" not in kept and "PS from" not in kept and ESSAY[-1] in kept


def test_a_label_title_names_the_essays_topic_by_any_form_of_its_words() -> None:
    """"Exemplar: practice essay (history & certainty)" over "Can We Ever Be Certain About the Past?":
    "certainty" and "Certain" name one topic."""
    heading = "Can We Ever Be Certain About What Happened in the Past?"
    document = essayconv.load(article_page(f"<h2>{heading}</h2>", paragraphs_html(ESSAY),
                                           title="Exemplar: practice essay (history & certainty)"), name="ex.html")
    assert document.title == heading


def test_a_titles_second_line_after_a_break_is_still_the_title() -> None:
    """"Harbour Walls<br/><span>Rebuilt</span>": a title set on two lines is one title; only a line of
    facts after the break ("HIST 110 · Essay 2") is a subtitle."""
    page = (f"<html><head><title>Harbour Walls Rebuilt</title></head><body><main><h1>Harbour Walls<br/><span>Rebuilt</span>"
            f"</h1>{paragraphs_html(ESSAY)}</main></body></html>").encode()
    assert essayconv.load(page, name="two-lines.html").title == "Harbour Walls Rebuilt"


def test_counts_in_new_wordings_are_read_and_a_guess_is_not() -> None:
    """"Word count according to LibreOffice: 444" (three words between the unit and its colon) and the
    Lithuanian "Rašinio apimtis – 315 žodžiai" state the essay's length; a letter's "around 370 words"
    guesses it."""
    lemmy = essayconv.load(article_page("<p>Word count according to LibreOffice: 444 (title not included)</p>",
                                        paragraphs_html(ESSAY), title=ESSAY_TITLE, h1=ESSAY_TITLE), name="lemmy.html")
    assert lemmy.metadata.claimed_words == 444
    lithuanian = essayconv.load(article_page("<p>Apimtis – 315 žodžiai</p>", paragraphs_html(ESSAY), title=ESSAY_TITLE,
                                             h1=ESSAY_TITLE), name="lt.html")
    assert lithuanian.metadata.claimed_words == 315
    guess = ("<p>Hi all, this is my draft for the harbour task (around 370 words, limit is 400), any feedback welcome! "
             "Especially on the ending and on whether the second section is too long for what it has to say.</p>")
    guessed = essayconv.load(article_page(guess, f"<h2>{ESSAY_TITLE}</h2>", paragraphs_html(ESSAY), title="Harbour draft"),
                             name="guess.html")
    assert guessed.metadata.claimed_words is None
