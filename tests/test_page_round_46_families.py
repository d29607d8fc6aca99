"""Families met at first contact in held-out round 46 (heldout/round46/FIRST-CONTACT.md), each checked
by mechanism on pages of our own: a course document's header of labelled sentences and its labelled
note box, a newsletter's piece among its notices, a metered wall after the cut, a post's "Filed in"
line and the writer's thanks to a draft's reader, a news report opening above the essay's title, a
writer's own count beside the task's, a channel's name over every message. Our own texts throughout."""

from __future__ import annotations

import essayconv
from essayconv.clean.counters import count_in_a_note
from essayconv.clean.draft import Draft
from essayconv.model import Gap
from essayconv.rules import load_rules

from .helpers import PROSE, article_page, kept_text, paragraphs_html

ESSAY = [f"{PROSE} Part {i} of the argument follows the canal from the quarry to the town wharf."
         for i in range(5)]
ESSAY_TITLE = "Why the Canal Came Too Late"


def test_a_course_documents_header_of_labelled_sentences_and_its_note_box_go_and_the_count_is_read() -> None:
    """An AsciiDoc-built paper: a preamble of "Course: …. Tutor: …. Prompt: "…"" and a NOTE admonition
    (a table row of the label and its text) stating the length, then the essay's sections."""
    preamble = ("<div id='preamble'><div class='paragraph'><p>GEOG 118: Rivers, Roads and Trade — Paper 3. "
                "Tutor: Dr. Mabel Okonkwo. Prompt: <em>“Pick a route that failed and say what its failure teaches "
                "about the towns it served.”</em></p></div>"
                "<div class='admonitionblock note'><table><tr><td class='icon'><div class='title'>Note</div></td>"
                "<td class='content'>Word count: 611 (headings in, list of sources out). Made from paper3.adoc with "
                "a local build; a printed copy went to the tutor.</td></tr></table></div></div>")
    sections = "".join(f"<div class='sect1'><h2>Section {n}</h2><div class='sectionbody'><p>{text}</p></div></div>"
                       for n, text in enumerate(ESSAY, 1))
    document = essayconv.load(article_page(preamble, sections, title=ESSAY_TITLE, h1=ESSAY_TITLE), name="paper3.html")
    kept = kept_text(document)
    assert "Tutor:" not in kept and "Made from paper3.adoc" not in kept and "Note" not in kept.split("\n")
    assert document.metadata.claimed_words == 611 and "Section 1" in kept


def test_an_essays_paragraph_opening_on_a_label_stays() -> None:
    opening = ("<p>Thesis: the canal came too late to save the quarry. The railway had reached the valley two "
               "years before the first barge, and the owners had already signed their contracts with it.</p>")
    document = essayconv.load(article_page(opening, paragraphs_html(ESSAY), title=ESSAY_TITLE, h1=ESSAY_TITLE),
                              name="blog.html")
    assert "Thesis: the canal came too late" in kept_text(document)


def test_a_newsletters_piece_with_its_title_and_writers_name_among_short_notices_is_the_essay() -> None:
    page = ("<html><head><title>The Towpath — May</title></head><body><table><tr><td>"
            "<p>Dear friends,</p><h2>Work parties</h2><p>Volunteers meet at the lock cottage every second Sunday "
            "at ten. Bring gloves and a flask.</p>"
            f"<h2>From our readers: {ESSAY_TITLE}</h2><p>Rhoda Pennington</p>{paragraphs_html(ESSAY)}<hr>"
            "<h2>Boat licences</h2><p>Licences for the summer are due by the end of the month; the form is on "
            "the website.</p><h2>Lost and found</h2><p>A green windlass was left at bridge 12. Ask at the "
            "cottage.</p><p>With best wishes,<br>Colin Marsh, Secretary</p></td></tr></table></body></html>")
    document = essayconv.load(page.encode(), name="towpath.html")
    kept = kept_text(document)
    assert document.title == ESSAY_TITLE and document.metadata.author == "Rhoda Pennington"
    assert "Volunteers meet" not in kept and "Boat licences" not in kept and "green windlass" not in kept
    assert all(text[:40] in kept for text in ESSAY)


def test_an_essay_with_short_sections_of_its_own_under_a_byline_stays_whole() -> None:
    """Its sections are the essay's: none is a notice around it, and none stands before the title."""
    sections = "".join(f"<h2>Stage {n}</h2><p>{text}</p>" for n, text in enumerate(ESSAY, 1))
    document = essayconv.load(article_page(f"<h2>{ESSAY_TITLE}</h2><p>Rhoda Pennington</p>", sections,
                                           "<h2>Afterword</h2><p>The wharf is a car park now.</p>",
                                           title="Essays", h1="Essays"), name="blog.html")
    assert "The wharf is a car park now." in kept_text(document) and "Stage 2" in kept_text(document)


def test_a_metered_wall_after_the_cut_marks_the_gap() -> None:
    cut = "<p>" + ESSAY[1].rsplit(" ", 6)[0] + "</p>"
    wall = ("<div class='box'><h3>You’ve read your 4 free articles this month</h3>"
            "<p>Subscribe to The Towpath Quarterly to keep reading this article and the whole archive.</p></div>")
    document = essayconv.load(article_page(f"<p>{ESSAY[0]}</p>", cut, wall, title=ESSAY_TITLE, h1=ESSAY_TITLE),
                              name="magazine.html")
    assert "free articles" not in kept_text(document) and "keep reading" not in kept_text(document)
    assert any(isinstance(b, Gap) for b in document.blocks)


def test_a_posts_filed_in_line_and_the_writers_thanks_to_a_draft_reader_go() -> None:
    tail = "<hr><p><em>Filed in</em> <a href='/t/rivers'>rivers and trade</a>. Thanks to M. for reading a draft.</p>"
    document = essayconv.load(article_page(paragraphs_html(ESSAY), tail, title=ESSAY_TITLE, h1=ESSAY_TITLE),
                              name="garden.html")
    assert "Filed in" not in kept_text(document) and "reading a draft" not in kept_text(document)


def test_a_news_report_above_the_essays_title_goes_and_its_count_is_read() -> None:
    """A text dump: the paper's news first ("A pupil has won …"), then the paragraph presenting the essay
    with its length, then the title line and the essay."""
    dump = "\n".join(["A pupil from Ashby Road School has won the county canal trust's history prize for a piece on the "
                      "old quarry line.",
                      "Nine entries reached the final round. The judges said her essay was the clearest they read. "
                      "It is 604 words long and we print it below with her permission.",
                      ESSAY_TITLE, *ESSAY]) + "\n"
    document = essayconv.load(dump.encode(), name="news.txt")
    assert document.title == ESSAY_TITLE and document.metadata.claimed_words == 604
    assert "Ashby Road" not in kept_text(document)


def test_an_essay_opening_on_two_paragraphs_before_its_first_section_keeps_them() -> None:
    dump = "\n".join([ESSAY[0], ESSAY[1], "The quarry line", ESSAY[2], ESSAY[3]]) + "\n"
    document = essayconv.load(dump.encode(), name="essay.txt")
    assert ESSAY[0][:60] in kept_text(document) and ESSAY[1][-60:] in kept_text(document)


def test_the_writers_own_count_beside_the_tasks_length_is_read_from_a_note() -> None:
    """A teacher's note states the task's length and the piece's: the sentence naming the piece is read;
    two counts and no sentence naming either is no count."""
    draft = Draft(title=None, blocks=(), rules=load_rules())
    note = ("This term our focus was persuasive letters, and the task was a 500-word letter to the council. I am "
            "sharing one that stood out, with the writer’s permission. Nadia’s piece is 468 words, so a little under.")
    assert count_in_a_note(note, draft) == (468, None)
    assert count_in_a_note("The task was a 500-word letter; most of you wrote about 450 words or 620 words.", draft) is None


def test_a_posters_count_by_my_count_under_the_essay_is_read() -> None:
    note = "<p>By my count it is 377 words without the title. Could you check my grammar? Thank you in advance!</p>"
    document = essayconv.load(article_page(f"<p><b>{ESSAY_TITLE}</b></p>", paragraphs_html(ESSAY), note,
                                           title="Please check my essay", h1="Please check my essay"), name="qa.html")
    assert document.metadata.claimed_words == 377 and "By my count" not in kept_text(document)


def test_a_channels_name_over_every_message_is_no_title_and_the_essays_own_heading_is() -> None:
    channel = "Canal Readers | Mrs Rose Abara"

    def message(body: str) -> str:
        return (f"<div class='message'><div class='message_author'><a href='/c'>{channel}</a></div>"
                f"<div class='message_text'>{body}</div><div class='footer'>1.2K views</div></div>")

    page = (f"<html><head><title>{channel}</title><meta property='og:title' content='{channel}'></head><body>"
            f"<header><div class='channel_title'>{channel}</div><div>2.1K subscribers</div></header><main>"
            + message("Good evening! Here is one of this week's pieces, shared as written.")
            + message(f"<b>{ESSAY_TITLE}</b><br><br>" + "<br><br>".join(ESSAY))
            + message("Comments from me tomorrow. Have a good weekend!")
            + message("Reminder: the library closes early on Friday.")
            + "</main></body></html>")
    document = essayconv.load(page.encode(), name="channel.html")
    assert document.title == ESSAY_TITLE and ESSAY[0][:50] in kept_text(document)
