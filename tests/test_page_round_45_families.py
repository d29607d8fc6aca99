"""Families met at first contact in held-out round 45 (heldout/round45/FIRST-CONTACT.md), each checked
by mechanism on pages of our own: the writer's italic preface stating the essay's length beside the
length asked for, a paper's report on a prize above the winning essay's title and byline, a label
naming the essay of the month over its own title, Belarusian counts and notes. Our own texts throughout."""

from __future__ import annotations

import essayconv

from .helpers import PROSE, article_page, kept_text, paragraphs_html

ESSAY = [f"{PROSE} Part {i} of the argument weighs the harbour wall and the town that grew behind it."
         for i in range(5)]
ESSAY_TITLE = "The Morning the Sea Wall Held"


def test_the_writers_italic_preface_stating_the_length_beside_the_length_asked_for_is_a_note() -> None:
    preface = ("<p><em>Written for the third issue of Harbour Notes, a zine about the coast, which asked for "
               "“about 500 words”. This is the version I sent them: 512 words, which I counted twice.</em></p>")
    document = essayconv.load(article_page(preface, paragraphs_html(ESSAY), title="Harbour walls", h1=ESSAY_TITLE),
                              name="blog.html")
    assert "version I sent them" not in kept_text(document) and document.metadata.claimed_words == 512


def test_an_italic_opening_paragraph_of_the_essays_own_stays() -> None:
    opening = "<p><em>For two hundred years the wall has kept the sea out and the town in, and nobody thanked it.</em></p>"
    document = essayconv.load(article_page(opening, paragraphs_html(ESSAY), title="Harbour walls", h1=ESSAY_TITLE),
                              name="blog.html")
    assert "nobody thanked it" in kept_text(document)


def test_a_papers_report_on_a_prize_above_the_winning_essays_title_and_byline_goes() -> None:
    """Three paragraphs of the paper's report (the winner's words, the length asked for and the essay's
    own), then the essay's title and "By <the writer>, Grade 11, <her school>"."""
    report = ("<p>Ada Quinlan, 16, wrote about the night the sea wall held in 1953. Judges praised her essay for its "
              "care with the sources and its plain style.</p>"
              "<p>“My grandfather was on the wall that night,” Quinlan said. “I grew up hearing about it, but I "
              "had never read the council minutes until this spring.”</p>"
              "<p>Contestants were asked for between 500 and 600 words on any moment in the town's history. The "
              "winning essay comes in at 536 words, and we are proud to print it below.</p>")
    document = essayconv.load(article_page(report, f"<h2>{ESSAY_TITLE}</h2>",
                                           "<h3>By Ada Quinlan, Grade 11, Saltmarsh High School</h3>",
                                           paragraphs_html(ESSAY), title="Saltmarsh student wins the Standard's essay prize",
                                           h1="Saltmarsh student wins the Standard's essay prize"), name="news.html")
    assert document.title == ESSAY_TITLE and document.metadata.author == "Ada Quinlan"
    assert document.metadata.claimed_words == 536 and "Judges praised" not in kept_text(document)


def test_belarusian_essay_of_the_month_its_count_and_the_teachers_comment() -> None:
    """"Лепшае сачыненне месяца: пра гавань" (the best essay of the month: on the harbour) over the essay's
    own heading; "Аб'ём сачынення — 331 слоў" (its length) in the editors' preface; "Каментарый
    настаўніцы:" (the teacher's comment) after it."""
    preface = ("<p>Працягваем рубрыку «Лепшае сачыненне месяца». Вучні 8-х класаў пісалі сачыненне пра родны горад. "
               "Аб'ём сачынення — 331 слоў (без загалоўка). Друкуецца з дазволу аўтаркі.</p>")
    comment = "<p>Каментарый настаўніцы: сачыненне добра пабудавана, але заключэнне можна зрабіць мацнейшым.</p>"
    document = essayconv.load(article_page(preface, "<h2>Наша гавань і сцяна</h2>", paragraphs_html(ESSAY), comment,
                                           title="Лепшае сачыненне месяца: пра гавань і сцяну",
                                           h1="Лепшае сачыненне месяца: пра гавань і сцяну"), name="school.html")
    assert document.title == "Наша гавань і сцяна" and document.metadata.claimed_words == 331
    assert "Працягваем" not in kept_text(document) and "Каментарый" not in kept_text(document)


def test_a_note_on_the_title_inside_the_heading_is_a_note_and_states_the_length() -> None:
    """LaTeXML's `\\thanks`: a note inside the <h1> after the title's words, opened by its mark, with the
    essay's length; then the author's block with an e-mail address and the date in brackets."""
    heading = (f'<h1 class="ltx_title">{ESSAY_TITLE}<span class="ltx_note ltx_role_thanks"><sup>†</sup>'
               '<span class="ltx_note_content"><sup>†</sup>thanks: Runner-up, Saltmarsh Society essay prize 2024. '
               "The main text runs to 538 words; the references are not included.</span></span></h1>")
    authors = ('<div class="ltx_authors">Ada Quinlan Department of History, University of Saltmarsh '
               'a.quinlan@saltmarsh.ac.uk</div><div class="ltx_dates">(March 2025)</div>')
    document = essayconv.load(article_page(heading, authors, "<h2>What the town saw</h2>", paragraphs_html(ESSAY),
                                           title=ESSAY_TITLE), name="paper.html")
    assert document.title == ESSAY_TITLE and document.metadata.claimed_words == 538
    assert "thanks:" not in kept_text(document) and "saltmarsh.ac.uk" not in kept_text(document)
    assert "(March 2025)" not in kept_text(document)


def test_a_lessons_word_of_three_paragraphs_under_before_you_read_is_a_note_above_the_title() -> None:
    note = ("<h2>Before you read</h2><p>In Lesson 5 we planned an answer to this question: “Assess the case for "
            "rebuilding the harbour wall.”</p><p>Below is a full model answer written by Mr Osei for last year's "
            "revision evening. It is 452 words long, not counting the title.</p>"
            "<p>Optional: the 6-minute walkthrough video from Lesson 5.</p>")
    document = essayconv.load(article_page(note, f"<h2>{ESSAY_TITLE}</h2>", paragraphs_html(ESSAY),
                                           title="Lesson 6: Model answer: the harbour wall",
                                           h1="Lesson 6: Model answer: the harbour wall"), name="lesson.html")
    assert document.title == ESSAY_TITLE and document.metadata.claimed_words == 452
    assert "walkthrough video" not in kept_text(document)


def test_a_posters_questions_closing_the_post_in_one_paragraph_go() -> None:
    closing = ("<p>Things I'm not sure about: is the ferry example a cheap shot, and is the last line too sarcastic "
               "for an academic essay? Be as harsh as you like, honestly.</p>")
    document = essayconv.load(article_page(f"<h2>{ESSAY_TITLE}</h2>", paragraphs_html(ESSAY), closing,
                                           title="Critique wanted: harbour walls"), name="post.html")
    assert "cheap shot" not in kept_text(document) and ESSAY[4] in kept_text(document)


def test_an_essay_closing_on_a_question_of_its_own_keeps_it() -> None:
    closing = "<p>The question is no longer whether to rebuild the wall, but who will pay for the next one?</p>"
    document = essayconv.load(article_page(f"<h2>{ESSAY_TITLE}</h2>", paragraphs_html(ESSAY), closing,
                                           title="Harbour walls"), name="essay.html")
    assert "who will pay for the next one" in kept_text(document)


def test_a_writers_bio_box_after_a_short_essay_takes_nothing_of_the_essay() -> None:
    """A four-paragraph essay naming its own conclusion, then "About Ada Quinlan" over her bio: the
    heading names the writer, but no title stands over it and no essay under it."""
    essay = [ESSAY[0] + " The conclusion of this essay weighs the evidence.", *ESSAY[1:4]]
    page = ("<html><head><title>Harbour walls</title><meta name='author' content='Ada Quinlan'></head><body><main>"
            f"<h1>Harbour walls</h1>{paragraphs_html(essay)}<h3>About Ada Quinlan</h3>"
            "<p>Ada tutors history at weekends.</p></main></body></html>")
    document = essayconv.load(page.encode(), name="blog.html")
    assert all(p in kept_text(document) for p in essay)


def test_a_pupils_name_and_class_under_the_title_is_a_byline() -> None:
    """"Lachlan Whitcombe, 10C" under the essay's title in a teacher's post, no "by": the writer."""
    post = ("<p>Hi everyone,</p><p>This term our focus was persuasive writing, and I am sharing one of the essays "
            "that stood out, with the writer's permission. Read it and think about how he uses a concession "
            "paragraph before his conclusion.</p>"
            f"<h3>{ESSAY_TITLE}</h3><p><em>Lachlan Whitcombe, 10C</em></p>")
    document = essayconv.load(article_page(post, paragraphs_html(ESSAY), title="Class blog"), name="blog.html")
    assert document.title == ESSAY_TITLE and document.metadata.author == "Lachlan Whitcombe"
    assert "10C" not in kept_text(document)


def test_a_pupils_name_and_class_closing_the_essay_is_the_writers_card() -> None:
    closing = "<p><i>Aysel Məmmədova, 9 „B” sinfi, Şəki şəhəri 7 nömrəli məktəb</i></p>"
    document = essayconv.load(article_page(paragraphs_html(ESSAY), closing, h1=ESSAY_TITLE, title=ESSAY_TITLE),
                              name="post.html")
    assert "sinfi" not in kept_text(document) and document.metadata.author == "Aysel Məmmədova"


def test_a_place_and_a_date_closing_the_essay_stay() -> None:
    closing = "<p>New York, 10 December</p>"
    document = essayconv.load(article_page(paragraphs_html(ESSAY), closing, h1=ESSAY_TITLE, title=ESSAY_TITLE),
                              name="letter.html")
    assert document.metadata.author is None
