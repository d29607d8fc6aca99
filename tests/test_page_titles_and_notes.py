"""Families left at the end of held-out round 40 (heldout/round40/FIRST-CONTACT.md), each checked by
mechanism on pages of our own: a poster's preface above the essay's own title, a heading over the
page's word on the essay, a series label in the <title> before the essay's heading, a newsletter's
issue subject, a post's "Edit:" line, and words in scripts whose letters carry combining marks
(Hindi). Our own texts throughout."""

from __future__ import annotations

import essayconv
from essayconv.model import Gap, block_text, count_words
from essayconv.signals import WORD

from .helpers import PROSE

ESSAY = [f"{PROSE} Paragraph {i} of the essay weighs the harbour wall and the town that grew behind it."
         for i in range(5)]
ESSAY_TITLE = "Harbour Walls: Why the Town Should Rebuild the Breakwater"


def _paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def _page(*inside: str, title: str, h1: str | None = None) -> bytes:
    heading = f"<h1>{h1}</h1>" if h1 else ""
    return (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav><main><article>"
            f"{heading}{''.join(inside)}</article></main><footer>© 2025 Saltmarsh Forum</footer></body></html>").encode()


def _kept(document: essayconv.Document) -> str:
    return "\n".join(block_text(b) for b in document.blocks if not isinstance(b, Gap))


def test_a_posters_preface_above_the_essays_own_title_is_a_note_and_states_its_length() -> None:
    """A forum post titled "can someone grade my …?": the poster's long preface about the work (a
    mock, a teacher who marks one essay, the essay's length) stands above the essay's own title
    heading. The heading is the title; the preface is no part of the essay; its count is the essay's."""
    preface = ("My exam is next month and our teacher only has time to mark one practice essay each term, so I "
               "am posting it here instead. The task was to argue for or against rebuilding the old breakwater "
               "for a local paper. I wrote it in forty minutes and typed it up afterwards. It's 512 words not "
               "counting the title. I am aiming for the top band, so honest comments please")
    document = essayconv.load(_page(f"<p>{preface}</p>", f"<h2>{ESSAY_TITLE}</h2>", _paragraphs(ESSAY),
                                    title="can someone grade my practice essay? \"Harbour walls\" (Paper 2)"), name="post.html")
    assert document.title == ESSAY_TITLE
    assert "practice essay each term" not in _kept(document) and ESSAY[0] in _kept(document)
    assert document.metadata.claimed_words == 512


def test_a_long_paragraph_above_a_heading_is_the_essays_opening_when_it_names_no_work() -> None:
    """The same page shape with an opening paragraph of the essay's own (it names its subject, not the
    work): nothing is taken, the page label stays the title's source."""
    opening = " ".join([PROSE, "The harbour wall has stood for two centuries and the town has grown up behind it."] * 2)
    document = essayconv.load(_page(f"<p>{opening}</p>", "<h2>The Harbour Wall Today</h2>", _paragraphs(ESSAY[1:]),
                                    title="Sample essay: harbour walls"), name="sample.html")
    assert opening in _kept(document)


def test_a_heading_over_the_pages_word_on_the_essay_goes_with_it() -> None:
    """A course unit titled "Model answer: …": "Before you read" over a paragraph about the model answer
    and how to read it, then the essay's own title: the label and its note go, the title is the essay's."""
    note = ("This is the model answer for the question we planned together in the live session. Read it once "
            "for the argument, then again with the mark scheme from the second unit open beside it.")
    document = essayconv.load(_page("<h2>Before you read</h2>", f"<p>{note}</p>", f"<h2>{ESSAY_TITLE}</h2>",
                                    _paragraphs(ESSAY), title="Model answer: harbour walls"), name="unit.html")
    assert document.title == ESSAY_TITLE
    assert "Before you read" not in _kept(document) and "model answer for the question" not in _kept(document)


def test_a_series_label_in_the_title_before_the_essays_heading_is_no_title() -> None:
    """<title> "Writing Showcase: <the essay's heading> – Mr Reyes's Class" over an <h1> "Writing
    Showcase" and an <h2> heading the essay: the <h2> is the title. A dash joins a site's name, not a
    label: a brand <h2> after "… - " stays out of the title."""
    showcase = essayconv.load(_page(f"<h2>{ESSAY_TITLE}</h2>", _paragraphs(ESSAY),
                                    title=f"Writing Showcase: {ESSAY_TITLE} – Mr Reyes's Class", h1="Writing Showcase"),
                              name="showcase.html")
    assert showcase.title == ESSAY_TITLE
    shop = essayconv.load(_page("<h2>The Saltmarsh Shop</h2>", _paragraphs(ESSAY),
                                title=f"{ESSAY_TITLE} (PDF) - The Saltmarsh Shop", h1=f"{ESSAY_TITLE} (PDF)"),
                          name="shop.html")
    assert "Saltmarsh Shop" not in (shop.title or "")


def test_a_newsletters_issue_subject_gives_way_to_the_heading_over_the_byline() -> None:
    """A mail's subject "The Harbour Letter #12: should we rebuild?" is an issue label, not the essay's
    title: the heading right above the essay's byline is."""
    page = ("<html><head><title>The Harbour Letter #12: should we rebuild?</title></head><body><table><tr><td>"
            "<p>View in browser</p></td></tr></table><table><tr><td>"
            f"<h2>{ESSAY_TITLE}</h2><p>by Ines Calder, Year 11</p>{_paragraphs(ESSAY)}</td></tr></table></body></html>")
    document = essayconv.load(page.encode(), name="letter.html")
    assert document.title == ESSAY_TITLE and (document.metadata.author or "").startswith("Ines Calder")


def test_a_posts_edit_line_is_no_part_of_the_essay() -> None:
    """"Edit: fixed two typos…" closing a post that holds an essay is the poster's later word."""
    edit = "Edit: fixed two typos and the spelling of the old quay after reading the replies"
    document = essayconv.load(_page(_paragraphs(ESSAY), f"<p>{edit}</p>", title=ESSAY_TITLE, h1=ESSAY_TITLE),
                              name="post.html")
    assert "fixed two typos" not in _kept(document) and ESSAY[-1] in _kept(document)


def test_a_word_whose_letters_carry_combining_marks_is_one_word() -> None:
    """Hindi's vowel signs and nasal marks are combining marks, which re's \\w does not take: "निबंध"
    is one word, not three, for the counts and for the words the passes weigh."""
    sentence = "इस निबंध में कुल चार सौ शब्द हैं।"
    assert count_words(sentence) == 8
    assert WORD.findall(sentence)[1] == "निबंध"
    assert count_words("Café naïve résumé") == 3


def test_a_teachers_note_in_hindi_after_the_essay_goes_and_states_its_length() -> None:
    """A teacher's notes after a Hindi essay naming the essay and its length ("इस निबंध में कुल 418 शब्द
    हैं", "in this essay are 418 words in all"), the exam and the students: a note, with the count."""
    sentence = "स्वच्छ हवा हर जीव के लिए उतनी ही ज़रूरी है जितना भोजन और पानी।"
    paragraphs = [" ".join([sentence] * 4) + f" यह बात {i} बार कही जाती है।" for i in range(5)]
    notes = ("मुख्य शीर्षक को छोड़कर इस निबंध में कुल 418 शब्द हैं। परीक्षा में शब्द-सीमा के अनुसार अनुच्छेद कम कर सकते हैं। "
             "विद्यार्थी इसे पढ़कर अपने शब्दों में लिखें।")
    page = (f"<html><head><title>वायु प्रदूषण पर निबंध</title></head><body><main><article><h1>वायु प्रदूषण पर निबंध</h1>"
            f"{_paragraphs(paragraphs)}<p>{notes}</p></article></main></body></html>").encode()
    document = essayconv.load(page, name="hindi.html")
    assert paragraphs[-1] in _kept(document) and "शब्द-सीमा" not in _kept(document)
    assert document.metadata.claimed_words == 418
