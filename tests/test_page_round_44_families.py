"""Families met at first contact in held-out round 44 (heldout/round44/FIRST-CONTACT.md), each checked
by mechanism on pages of our own: a poster's questions about the essay after it, a range asked for
beside the essay's count, the writer's italic aside naming the essay after it, a label that is the
whole page title over the essay's own title, a prompt under "The task:", an essay printed under a
newsletter's introduction and a byline, the genre in a title ("… Essay Sample"), the page's word on the
work above an untitled page's first heading, Albanian counts and notes. Our own texts throughout."""

from __future__ import annotations

import essayconv

from .helpers import PROSE, article_page, kept_text, paragraphs_html

ESSAY = [f"{PROSE} Part {i} of the argument weighs the harbour wall and the town that grew behind it."
         for i in range(5)]
ESSAY_TITLE = "Harbour Walls: Why the Town Should Rebuild the Breakwater"


def load(*inside: str, title: str = "Harbour walls | Saltmarsh Forum", h1: str | None = None) -> essayconv.Document:
    return essayconv.load(article_page(*inside, title=title, h1=h1), name="page.html")


def test_a_posters_questions_about_the_essay_after_it_go_with_their_label() -> None:
    """"Two things I'm not sure about:" over questions naming the essay's parts ("paragraph 4", "the
    conclusion") closes a post: the writer asking about the work, not the essay."""
    questions = ("<ol><li>Does paragraph 4 really answer the cost objection, or does it just wave it away?</li>"
                 "<li>Should I cite a source for the flood figures even though none were required?</li></ol>")
    document = load(f"<h2>{ESSAY_TITLE}</h2>", paragraphs_html(ESSAY), "<p>Two things I'm not sure about:</p>", questions)
    assert "not sure about" not in kept_text(document) and "paragraph 4" not in kept_text(document)
    assert ESSAY[-1] in kept_text(document)


def test_an_essay_that_closes_on_questions_of_its_own_keeps_them() -> None:
    questions = ("<ol><li>Who pays for the wall when the fishing fleet has gone?</li>"
                 "<li>Who decides which streets are worth saving from the sea?</li></ol>")
    document = load(paragraphs_html(ESSAY), "<p>Three questions remain for the council:</p>", questions)
    assert "fishing fleet has gone" in kept_text(document)


def test_a_range_asked_for_beside_the_count_does_not_hide_the_essays_own_count() -> None:
    preface = ("Hi all, this is the final draft of my essay for the writing course, due Friday. The task was to "
               "argue for one change in the town in 450-550 words, and my editor puts it at 507 words without the title.")
    document = load(f"<p>{preface}</p>", f"<h2>{ESSAY_TITLE}</h2>", paragraphs_html(ESSAY),
                    title="Feedback on my essay before I hand it in?")
    assert document.metadata.claimed_words == 507


def test_the_writers_italic_aside_naming_the_essay_after_it_is_a_note_and_gives_its_length() -> None:
    aside = ("<p><em>This is essay twelve of my year of fifty-two weekly essays, one every Sunday morning before "
             "the shops open. It came out at 488 words, which is about one train journey's worth of reading. Next "
             "week: why the lighthouse keepers left the headland, and who came after them.</em></p>")
    document = load(paragraphs_html(ESSAY), aside, "<p>214</p>", "<p>Kudos</p>", h1=ESSAY_TITLE)
    assert "came out at" not in kept_text(document) and "Kudos" not in kept_text(document)
    assert document.metadata.claimed_words == 488 and ESSAY[-1] in kept_text(document)


def test_an_italic_closing_paragraph_of_the_essays_own_stays() -> None:
    close = "<p><em>The sea has always had the last word in this town; the wall only lets us argue back.</em></p>"
    document = load(paragraphs_html(ESSAY), close, h1=ESSAY_TITLE)
    assert "the last word in this town" in kept_text(document)


def test_a_label_that_is_the_whole_title_gives_way_to_the_essays_own_title() -> None:
    """A homework page whose visible title is its label, "Model answer", over the essay's own title."""
    document = essayconv.load(article_page("<p><strong><u>Schools Should Open in the Summer</u></strong></p>",
                                           paragraphs_html(ESSAY), title="Homework", h1="Model answer"), name="task.html")
    assert document.title == "Schools Should Open in the Summer"


def test_a_prompt_under_the_task_label_is_no_part_of_the_essay() -> None:
    prompt = ("<p>The task: \"Harbour walls waste money and should be left to fall.\" Write an article for a local "
              "paper explaining your view.</p>")
    document = load(prompt, paragraphs_html(ESSAY), h1=ESSAY_TITLE)
    assert "left to fall" not in kept_text(document) and ESSAY[0] in kept_text(document)


def test_an_essay_under_a_newsletters_letter_and_introduction_takes_its_title_from_above_its_byline() -> None:
    letter = ("<p>Dear members,</p><p>" + " ".join(["The spring walk along the old tramway drew forty of us, and the "
                                                  "committee thanks everyone who brought flasks and maps."] * 2) + "</p>")
    intro = ("<p>Our young writers' prize drew eleven entries this year. The winner is Ada Quinlan, a sixth-former "
             "at Saltmarsh College, who receives a year's free membership. At 512 words, not counting the "
             "sources, it sits well inside the 800-word limit, and it is printed in full below.</p>")
    document = load(letter, "<h2>The Saltmarsh Prize 2025</h2>", intro, f"<p><strong>{ESSAY_TITLE}</strong></p>",
                    "<p><em>by Ada Quinlan</em></p>", paragraphs_html(ESSAY), title="Saltmarsh Society News")
    assert document.title == ESSAY_TITLE
    assert document.metadata.author == "Ada Quinlan" and document.metadata.claimed_words == 512
    assert "eleven entries" not in kept_text(document) and ESSAY[0] in kept_text(document)


def test_a_title_naming_the_genre_after_the_topic_gives_way_to_the_essays_heading() -> None:
    label = "Harbour Walls vs Sea Defences: Compare and Contrast Essay Sample"
    document = essayconv.load(article_page("<h2>Harbour Walls and Sea Defences: A Comparison</h2>", paragraphs_html(ESSAY),
                                           title=label, h1=label), name="sample.html")
    assert document.title == "Harbour Walls and Sea Defences: A Comparison"


def test_albanian_counts_and_the_teachers_word_are_read() -> None:
    """"Gjatësia: 431 fjalë" (length: 431 words) in the editors' details, and "Fjala e mësueses" (the
    teacher's word) over her comment after the essay."""
    details = ("<h3>Të dhëna</h3><p>Hartimi u shkrua në klasë. Gjatësia: 436 fjalë, pa titullin. Botohet me lejen e "
               "autores.</p>")
    comment = ("<h3>Fjala e mësueses</h3><p>Ndërtim i qartë dhe përfundim i fortë; do të ishte më bindës me një "
               "shembull nga qyteti.</p>")
    document = load(details, paragraphs_html(ESSAY), comment, h1=ESSAY_TITLE)
    assert document.metadata.claimed_words == 436
    assert "Fjala e mësueses" not in kept_text(document) and "shembull nga qyteti" not in kept_text(document)


def test_the_pages_word_on_the_work_above_the_first_heading_of_an_untitled_page_is_a_note() -> None:
    """No title anywhere but the essay's own heading, under the tutor's word on the model answer."""
    word = ("<p>Here's this month's full model answer, written in timed conditions (forty minutes, no notes) for a "
            "25-mark question about the town. Look at how each section ends by coming back to the question it set "
            "out with. The colour-coded plan and the sources are in the PDF at the bottom of this post.</p>")
    document = load(word, f"<h2>{ESSAY_TITLE}</h2>", paragraphs_html(ESSAY), title="")
    assert document.title == ESSAY_TITLE
    assert "timed conditions" not in kept_text(document) and ESSAY[0] in kept_text(document)


def test_an_untitled_essays_opening_paragraph_above_its_first_section_stays() -> None:
    opening = "<p>The harbour wall has stood for two centuries, and the town has grown up behind it street by street.</p>"
    document = load(opening, "<h2>Why the Wall Matters</h2>", paragraphs_html(ESSAY), title="")
    assert "grown up behind it" in kept_text(document)


def test_a_transcript_of_speakers_taking_turns_is_no_essay() -> None:
    """A podcast's episode page: turns under "<Name> <time>" headings, about essays — not an essay."""
    import pytest

    turns = "".join(f"<h3>{('Ruth Ames', 'Tom Hale')[n % 2]} 00:0{n}:1{n}</h3><p>{ESSAY[n % 5]}</p>" for n in range(8))
    with pytest.raises(essayconv.NoEssayError, match="transcript"):
        load("<p>Welcome back to the Staffroom, the podcast where two teachers argue about essays.</p>", turns,
             h1="Is the five-paragraph essay holding students back?")


def test_an_essay_quoting_one_speaker_at_a_time_is_an_essay() -> None:
    quoted = "<h3>Ruth Ames 00:04:12</h3><p>We built the wall for the town, not for the harbour.</p>"
    document = load(paragraphs_html(ESSAY[:2]), quoted, paragraphs_html(ESSAY[2:]), h1=ESSAY_TITLE)
    assert ESSAY[4] in kept_text(document)
