"""Families met at first contact in held-out round 47 (heldout/round47/FIRST-CONTACT.md), each checked
by mechanism on pages of our own: a mail's plain text laid out by blank lines in a <div>, a dump's
page headline in sentence case under its path and the page's lines after the essay that speak of
something else, a student's cover block whose date was set aside and the declaration after the
references, a Nepali editor's note and byline, a card's title above its facts, a model answer's own
title line under the teacher's note, a newsletter's notices after a piece under its title and byline,
an editor's italic note signed with a role. Our own texts throughout."""

from __future__ import annotations

import textwrap

import pytest

import essayconv

from .helpers import PROSE, article_page, kept_text, paragraphs_html

ESSAY = [f"{PROSE} Part {i} of the argument follows the lighthouse keepers along the northern coast, from the "
         f"first oil lamps to the last automatic beacons switched on by radio." for i in range(7)]
ESSAY_TITLE = "Why the Lighthouses Went Dark"


def test_a_mails_plain_text_laid_out_by_blank_lines_is_read_as_paragraphs_under_its_title_line() -> None:
    """A list archive shows the mail's body as text with line breaks in a <div> (CSS pre-wrap): the
    greeting and the poster's note, the title in capitals, the essay's paragraphs wrapped at 72 columns."""
    wrapped = [textwrap.fill(f"In year {1850 + 10 * n} the keepers wrote: {text}", 72) for n, text in enumerate(ESSAY)]
    body = ("Hi all,\n\nThis is my essay for the coasts unit. The limit is 500 words and mine is 430. Any "
            "thoughts on the ending would help.\n\nWHY THE LIGHTHOUSES WENT DARK\n\n" + "\n\n".join(wrapped)
            + "\n\nThanks in advance,\nNiamh")
    page = (f"<html><head><title>Feedback please - coasts list</title></head><body><div class='email'>"
            f"<div class='email-author'>Niamh Doyle</div><div class='email-body'>{body}</div></div></body></html>")
    document = essayconv.load(page.encode(), name="thread.html")
    kept = kept_text(document)
    assert all(f"In year {1850 + 10 * n}" in kept for n in range(len(ESSAY))) and kept.count("\n") >= len(ESSAY) - 1
    assert "This is my essay" not in kept and ESSAY[4][-50:] in kept
    assert document.metadata.claimed_words != 500  # the task's limit is no count


def test_a_dumps_headline_under_its_path_the_prize_report_and_the_pages_lines_after_the_essay_go() -> None:
    dump = "\n\n".join([
        "Coast Writers Prize 2025: the winning essay | North Shore Heritage Trust",
        "Home > News > Coast Writers Prize 2025",
        "Coast Writers Prize 2025: the winning essay",
        "We received 88 entries for this year's prize, open to students aged 14 to 18.",
        "The judges chose Orla Benn for her essay on the lighthouses. Her essay is 612 words long and is "
        "published below in full.",
        ESSAY_TITLE, *ESSAY,
        "The Prize is funded by the Harbour Families Trust. Entries for next year open in January.",
        "Plan your visit Open Tuesday to Sunday, 10am to 5pm. Free entry. Latest news Ship models now online",
        "North Shore Heritage Trust, Registered Charity No. 1187220 Privacy | Accessibility | Contact us",
    ]) + "\n"
    document = essayconv.load(dump.encode(), name="award.txt")
    kept = kept_text(document)
    assert document.title == ESSAY_TITLE and document.metadata.claimed_words == 612
    assert "Harbour Families Trust" not in kept and "Plan your visit" not in kept and "Registered Charity" not in kept


def test_an_essays_own_short_closing_paragraph_on_its_topic_stays() -> None:
    closing = "<p>The lighthouses went dark, but the keepers' logbooks still tell the coast's story.</p>"
    document = essayconv.load(article_page(paragraphs_html(ESSAY), closing, title=ESSAY_TITLE, h1=ESSAY_TITLE),
                              name="essay.html")
    assert "keepers' logbooks" in kept_text(document)


def test_a_students_cover_block_under_the_title_and_the_declaration_after_the_references_go() -> None:
    cover = ("<div class='author'><span>Student ID: 4409127</span><br><span>GEOG 2210: Coasts, Ports and "
             "Lights in the Modern Age</span><br><span>Seminar group 2 (Dr Ada Finch)</span></div>"
             "<div class='date'><span>3 April 2025</span></div><p><em>Word count: 612 (excluding title and "
             "references)</em></p>")
    references = ("<h3>References</h3><p>Marsh, T. (2011) Keepers of the Light. Leith: Harbour Press.</p>"
                  "<p>Declaration. I confirm that this essay is my own work and that it has not been submitted "
                  "for assessment elsewhere.</p>")
    document = essayconv.load(article_page(f"<h2>{ESSAY_TITLE}</h2>", cover, paragraphs_html(ESSAY), references,
                                           title=ESSAY_TITLE), name="paper.html")
    kept = kept_text(document) + str(document.references)
    assert "Student ID" not in kept and "Seminar group" not in kept and "I confirm" not in kept
    assert document.metadata.claimed_words == 612


def test_a_nepali_editors_note_its_count_in_devanagari_digits_the_pupils_byline_and_hashtags() -> None:
    essay = ["नेपालका हिमालहरू सुन्दर छन् र यिनले हामीलाई पानी, हावा र जीवन दिन्छन्। " * 4 for _ in range(4)]
    note = ("<p><strong>सम्पादकीय टिप्पणी:</strong> विद्यालयस्तरीय निबन्ध प्रतियोगितामा कक्षा ८ की विद्यार्थी "
            "रीता गुरुङको यो निबन्ध प्रथम भएको छ। शब्दसीमा २०० देखि ३५० शब्दसम्म थियो। (शब्द संख्या: २४०)</p>")
    byline = "<p><em>— रीता गुरुङ, कक्षा ८, श्री हिमाली माध्यमिक विद्यालय</em></p>"
    tags = "<p>#निबन्ध #हिमाल #वातावरण</p>"
    document = essayconv.load(article_page(note, paragraphs_html(essay), byline, tags, title="हाम्रा हिमाल",
                                           h1="हाम्रा हिमाल"), name="ne.html")
    kept = kept_text(document)
    assert document.metadata.claimed_words == 240
    assert "सम्पादकीय" not in kept and "कक्षा ८" not in kept and "#निबन्ध" not in kept


def test_a_cards_title_above_its_facts_is_the_title_under_a_page_label() -> None:
    page = ("<html><head><title>Lighthouse Essay Example</title></head><body>"
            "<nav><a href='/'>Crate</a> <a href='/samples'>Essay examples</a></nav><div class='card'><div class='card-header'>"
            f"<h3 class='card-title'>{ESSAY_TITLE}</h3></div>"
            "<div class='card-facts'><span>Expository</span> <span>602 words</span> <span>3 pages</span></div>"
            f"<div class='card-body'>{paragraphs_html(ESSAY)}</div></div></body></html>")
    document = essayconv.load(page.encode(), name="sample.html")
    assert document.title == ESSAY_TITLE


def test_a_model_answers_own_title_line_under_the_teachers_note_is_the_title() -> None:
    note = ("<p>Hi 8C,</p><p>As promised, here is a model answer for Task 2: “Explain why the lighthouses went "
            "dark.” Read it alongside the mark scheme before you start your own.</p>")
    title_line = ("<p style='text-align: center;'><span style='font-size: 18px;'><strong>Why Did the Lighthouses "
                  "Go Dark?</strong></span></p>")
    document = essayconv.load(article_page(note, title_line, paragraphs_html(ESSAY), title="Year 8 Geography: Blog: Model answers",
                                           h1="Model answer for Task 2"), name="lms.html")
    assert document.title == "Why Did the Lighthouses Go Dark?"


def test_a_newsletters_notices_after_a_piece_under_its_title_and_byline_go_and_the_writers_bio() -> None:
    page = ("<html><head><title>The Beacon — May</title></head><body><table><tr><td>"
            "<p>Dear members,</p><p>This month we hand most of the newsletter to Orla Benn, whose essay won the "
            "adult category of the coast prize.</p>"
            f"<h2>{ESSAY_TITLE}</h2><p>by Orla Benn</p>{paragraphs_html(ESSAY)}"
            "<p><em>Orla has walked the coast path every summer since 1981.</em></p>"
            "<h3>Dates for your diary</h3><ul><li>Saturday 3 May: beach clean at the harbour steps.</li>"
            "<li>Sunday 8 June: open day at the lamp room.</li></ul>"
            "<h3>Membership</h3><p>Membership is still £10 a year. The form is on the website.</p>"
            "<h3>Renew your membership</h3><p>See you on the cliffs,<br>Ann Tait, Chair</p>"
            "</td></tr></table></body></html>")
    document = essayconv.load(page.encode(), name="beacon.html")
    kept = kept_text(document)
    assert document.title == ESSAY_TITLE and all(text[:40] in kept for text in ESSAY)
    assert "Dates for your diary" not in kept and "Membership is still" not in kept and "since 1981" not in kept


def test_an_editors_italic_note_signed_with_a_role_above_the_essay_goes() -> None:
    note = ("<p><em>Each spring we print the winning entries of the Coast Writers Prize. Orla, who is seventeen, "
            "wins £150 and a year’s membership. — Ann Tait, Editor</em></p>")
    document = essayconv.load(article_page(note, paragraphs_html(ESSAY), title=ESSAY_TITLE, h1=ESSAY_TITLE),
                              name="magazine.html")
    assert "Each spring" not in kept_text(document)


def test_a_page_whose_structured_data_says_it_is_a_recipe_holds_no_essay() -> None:
    """A food blog's long headnote reads like an essay (headings, paragraphs); its JSON-LD says it is a
    recipe. An article page whose data says it is an article is converted as ever."""
    headnote = paragraphs_html(ESSAY)
    recipe = '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Recipe", "name": "Oat cakes"}</script>'
    article = '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "Article"}]}</script>'
    page = article_page(headnote, title="Oat cakes", h1="Oat cakes").replace(b"</head>", recipe.encode() + b"</head>")
    with pytest.raises(essayconv.NoEssayError, match="recipe"):
        essayconv.load(page, name="recipe.html")
    document = essayconv.load(article_page(headnote, title=ESSAY_TITLE, h1=ESSAY_TITLE).replace(b"</head>", article.encode() + b"</head>"),
                              name="article.html")
    assert ESSAY[0][:40] in kept_text(document)


def test_a_notes_strip_over_the_essay_states_its_count_and_the_writers_draft_notes_after_it_go() -> None:
    """A HackMD note: an alert strip "Draft 2 for the seminar · 540 words without the title · please comment
    by Friday." over the essay, the writer's italic changes since the last draft and a "Still to do:" list
    after it."""
    strip = ("<div class='alert alert-info'><p><strong>Draft 2</strong> for the GEOG 2050 seminar (Coasts and Trade) · "
             "540 words without the title · please comment in the margin by Friday, not in the text.</p></div>")
    notes = ("<p><em>Changes since draft 1: cut the section on the canals, added the 1901 survey, new conclusion.</em></p>"
             "<h3>Still to do:</h3><ul><li>check the date of the first chart</li><li>find the keepers' pay in 1890</li></ul>")
    document = essayconv.load(article_page(strip, paragraphs_html(ESSAY), notes, title=ESSAY_TITLE, h1=ESSAY_TITLE),
                              name="note.html")
    kept = kept_text(document)
    assert document.metadata.claimed_words == 540 and "please comment" not in kept
    assert "Changes since draft 1" not in kept and "Still to do" not in kept and "first chart" not in kept
