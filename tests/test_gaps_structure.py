from __future__ import annotations

from dataclasses import replace

import pytest

from essayconv.clean.bylines import extract_byline
from essayconv.clean.gaps import mark_teaser_cuts, mark_truncated_end, mark_unmarked_cuts
from essayconv.clean.structure import extract_student_header, infer_headings, normalise_heading_levels
from essayconv.clean.titles import drop_title_heading, title_from_first_heading
from essayconv.model import Gap, Heading, Paragraph, Text

from .helpers import PROSE, draft_of, kept, kept_texts, removed_of


@pytest.mark.parametrize("text", [
    "followers are most likely to appraise their\n…show more content…",
    "followers are most likely to appraise their …show more content…",
    "followers are most likely to appraise their...show more content...",
    "followers are most likely to appraise their … show more content …",
    "followers are most likely to appraise their…Show More Content…",
])
def test_teaser_cut_shapes_become_a_gap(text: str) -> None:
    result = mark_teaser_cuts(draft_of(text + " Fossil fuels release carbon when burned."))
    blocks = kept(result)
    assert [type(b) for b in blocks] == [Paragraph, Gap, Paragraph]
    assert kept_texts(result)[0] == "followers are most likely to appraise their"
    assert kept_texts(result)[2] == "Fossil fuels release carbon when burned."
    assert removed_of(result)[0][0] == "teaser"


def test_teaser_glued_to_a_sentence_end_keeps_the_full_stop() -> None:
    result = mark_teaser_cuts(draft_of("We burn the forests.…show more content…"))
    assert kept_texts(result)[0] == "We burn the forests."
    assert isinstance(kept(result)[1], Gap)


def test_marker_alone_on_a_line_and_doubled_markers_give_one_gap() -> None:
    result = mark_teaser_cuts(draft_of(PROSE, "…show more content…", "…show more content…", PROSE))
    assert [type(b) for b in kept(result)] == [Paragraph, Gap, Paragraph]


def test_cut_off_last_paragraph_ends_in_a_gap() -> None:
    result = mark_truncated_end(draft_of(PROSE, "It had a profound impact on Russia by allowing greater freedom of expression and cultural"))
    assert isinstance(kept(result)[-1], Gap) and kept(result)[-1].reason == "truncated"


def test_preview_ellipsis_is_stripped_and_marks_the_end() -> None:
    result = mark_truncated_end(draft_of(PROSE, "Daisy is so often cast as a…"))
    assert kept_texts(result)[1] == "Daisy is so often cast as a"
    assert isinstance(kept(result)[-1], Gap)
    assert removed_of(result) == [("preview-end", "…")]


def test_a_finished_essay_gets_no_gap() -> None:
    result = mark_truncated_end(draft_of(PROSE, "That lesson outlived the religious wars."))
    assert not any(isinstance(b, Gap) for b in result.blocks)


def test_unmarked_cut_fragment_before_a_jump() -> None:
    result = mark_unmarked_cuts(draft_of(PROSE, "“It is what preyed on Gatsby, what foul", "Nick leaves the East at the end of the summer."))
    assert [type(b) for b in kept(result)] == [Paragraph, Paragraph, Gap, Paragraph]


def test_heading_is_not_taken_for_an_unmarked_cut() -> None:
    result = mark_unmarked_cuts(draft_of("Political Factors", PROSE))
    assert not any(isinstance(b, Gap) for b in result.blocks)


@pytest.mark.parametrize("line, expected", [
    ("The Secret Speech", True),
    ("Introduction", True),
    ("CO2 Emissions", True),
    ("2.1 PESTEL Analysis of Apple Inc", True),
    ("Buchanan and Wagner", True),
    ("This sentence ends with a full stop.", False),
    ("and this one is a fragment of the", False),
    ("“It is what preyed on Gatsby, what foul", False),
    ("3 March 2024", False),
    ("it starts in lower case", False),
])
def test_heading_inference(line: str, expected: bool) -> None:
    result = infer_headings(draft_of(line, PROSE))
    assert isinstance(result.blocks[0], Heading) is expected


def test_numbered_subheading_level() -> None:
    result = infer_headings(draft_of("2.1 Political Factors", PROSE))
    assert result.blocks[0].level == 3


def test_heading_needs_prose_after_it() -> None:
    result = infer_headings(draft_of(PROSE, "Short Closing Line"))
    assert not any(isinstance(b, Heading) for b in result.blocks)


def test_title_not_repeated_as_first_block() -> None:
    result = drop_title_heading(draft_of(Heading(2, (Text("Essay On Khrushchev"),)), PROSE, title="Essay On Khrushchev"))
    assert kept_texts(result) == [PROSE]
    assert removed_of(result) == [("title", "Essay On Khrushchev")]


def test_title_from_opening_heading_when_page_has_none() -> None:
    result = title_from_first_heading(draft_of(Heading(2, (Text("Global Warming"),)), PROSE))
    assert result.title == "Global Warming" and kept_texts(result) == [PROSE]


def test_heading_levels_start_at_two() -> None:
    result = normalise_heading_levels(draft_of(Heading(3, (Text("A"),)), PROSE, Heading(4, (Text("B"),)), PROSE))
    assert [b.level for b in result.blocks if isinstance(b, Heading)] == [2, 3]


def test_mla_heading_block_gives_the_author() -> None:
    result = extract_student_header(draft_of("Jane Q. Student", "Professor Okafor", "English 101", "12 October 2023", PROSE))
    assert result.author == "Jane Q. Student"
    assert kept_texts(result) == [PROSE]


def test_short_lines_without_a_date_are_not_a_student_header() -> None:
    result = extract_student_header(draft_of("Keynes", "Buchanan and Wagner", PROSE))
    assert result.author is None and len(kept(result)) == 3


@pytest.mark.parametrize(("line", "author"), [("by Priya Raman", "Priya Raman"), ("By Jean-Luc de la Tour", "Jean-Luc de la Tour"),
                                              ("Written by A. N. Okafor", "A. N. Okafor"), ("Par Claire Dubois", "Claire Dubois")])
def test_a_byline_before_the_essay_names_the_author(line: str, author: str) -> None:
    result = extract_byline(draft_of(line, PROSE))
    assert result.author == author
    assert removed_of(result) == [("byline", line)] and kept_texts(result) == [PROSE]


@pytest.mark.parametrize("line", ["By the 1530s the Reformation had spread", "by 1950", "by and large"])
def test_a_sentence_starting_with_by_is_not_a_byline(line: str) -> None:
    result = extract_byline(draft_of(line, PROSE))
    assert result.author is None and kept_texts(result) == [line, PROSE]


def test_a_byline_after_the_essay_started_is_left_alone() -> None:
    result = extract_byline(draft_of(PROSE + " " + PROSE, "by Priya Raman"))
    assert result.author is None


@pytest.mark.parametrize("button", ["Read Full Essay", "Continue reading", "Continue for 3 more pages »",
                                    "Sign up to view the full document!", "Join now to read essay Libraries"])
def test_a_read_more_button_after_finished_sentences_marks_the_end_cut(button: str) -> None:
    from essayconv.model import Removed

    result = mark_truncated_end(draft_of(PROSE, PROSE, Removed("paywall", button)))
    assert isinstance(kept(result)[-1], Gap)


def test_a_membership_promo_after_a_whole_essay_is_no_cut() -> None:
    from essayconv.model import References, Removed

    promo = draft_of(PROSE, PROSE, Removed("paywall", "Join Now to View Premium Content"))
    assert not isinstance(kept(mark_truncated_end(promo))[-1], Gap)
    with_refs = draft_of(PROSE, PROSE, Removed("paywall", "Read Full Essay"))
    with_refs = replace(with_refs, references=References("Works Cited", ((Text("Smith, Ann. A Book. 2001."),),)))
    assert not isinstance(kept(mark_truncated_end(with_refs))[-1], Gap)


def test_short_header_lines_above_a_byline_are_the_pages_not_the_essays() -> None:
    kicker = "Winner of the 2025 Second-Year Essay Prize · Module EN2041 Romantic Literature"
    result = extract_byline(draft_of(kicker, "by Tomás Ó Briain", PROSE))
    assert result.author == "Tomás Ó Briain"
    assert removed_of(result) == [("site-promo", kicker), ("byline", "by Tomás Ó Briain")]  # a metadata strip


def test_verse_lines_in_a_quotation_stay_one_block_quote() -> None:
    import essayconv

    page = (f"<html><body><article><p>{PROSE}</p><blockquote><p>And the whole body of the Man did seem<br>"
            f"Like one whom I had met with in a dream</p></blockquote><p>{PROSE}</p></article></body></html>")
    blocks = essayconv.load(page.encode(), name="verse.html").blocks
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "BlockQuote", "Paragraph"]
    assert blocks[1].inlines[0].text == "And the whole body of the Man did seem Like one whom I had met with in a dream"


def test_a_student_header_with_a_glued_date_and_a_draft_label() -> None:
    result = extract_student_header(draft_of("Jordan Ellis", "3/14/12English Honors", "Macbeth Essay", "Final Draft", PROSE))
    assert result.author == "Jordan Ellis" and kept_texts(result) == [PROSE]


def test_a_title_line_under_the_header_is_not_taken_into_it() -> None:
    result = extract_student_header(draft_of("Noor Haddad", "Professor Lindgren", "English 102", "9 May 2025",
                                             "Rivers as Borders", PROSE, title="Rivers as Borders"))
    assert kept_texts(result) == ["Rivers as Borders", PROSE]


def test_a_title_line_under_the_header_titles_a_page_with_none() -> None:
    result = extract_student_header(draft_of("Noor Haddad", "Professor Lindgren", "English 102", "9 May 2025",
                                             "Rivers as Borders", PROSE))
    assert result.title == "Rivers as Borders" and kept_texts(result) == [PROSE]


@pytest.mark.parametrize("line", ["La migración rural en la obra de", "Le rôle de l'État dans"])
def test_a_line_ending_in_a_function_word_of_another_language_is_no_heading(line: str) -> None:
    result = infer_headings(draft_of(line, PROSE))
    assert not any(isinstance(b, Heading) for b in result.blocks)


def test_a_numbered_german_heading_in_a_dump_is_a_heading_not_a_list() -> None:
    import essayconv

    dump = f"Titel\n\n1. Einleitung\n{PROSE}\n\n2. Ausbau der Windkraft\n{PROSE}\n"
    blocks = essayconv.load(dump.encode(), name="de.txt").blocks
    assert [type(b).__name__ for b in blocks] == ["Heading", "Paragraph", "Heading", "Paragraph"]


# ---------------------------------------------------------------- session 3 passes, each alone

def test_a_paragraph_split_across_a_pager_is_joined() -> None:
    from essayconv.clean.notes import join_split_paragraphs
    from essayconv.model import Removed

    result = join_split_paragraphs(draft_of(PROSE + " and the pool stayed open because", Removed("pagination", "Page 2 of 2"),
                                            "no other pool within reach had space for them."))
    assert kept_texts(result) == [PROSE + " and the pool stayed open because no other pool within reach had space for them."]
    assert removed_of(result) == [("pagination", "Page 2 of 2")]


def test_a_finished_paragraph_is_not_joined_to_the_next() -> None:
    from essayconv.clean.notes import join_split_paragraphs
    from essayconv.model import Removed

    result = join_split_paragraphs(draft_of(PROSE, Removed("ad", "Advertisement"), "and then a new paragraph began."))
    assert len(kept_texts(result)) == 2


def test_a_graded_note_at_the_end_goes_with_its_label() -> None:
    from essayconv.clean.notes import drop_notes_on_the_essay

    result = drop_notes_on_the_essay(draft_of(PROSE, PROSE, "Teacher's comment", "Clear and well argued. 15/20"))
    assert kept_texts(result) == [PROSE, PROSE]
    assert [kind for kind, _ in removed_of(result)] == ["note", "note"]


def test_a_grade_inside_the_essay_is_left_alone() -> None:
    from essayconv.clean.notes import drop_notes_on_the_essay

    middle = "In the survey 7/10 students said they slept less than eight hours a night during exams."
    result = drop_notes_on_the_essay(draft_of(PROSE, middle, PROSE, PROSE, PROSE, PROSE + " " + PROSE))
    assert middle in kept_texts(result)


def test_short_lines_after_the_last_cut_are_the_wall() -> None:
    from essayconv.clean.gaps import drop_wall_lines_after_the_cut
    from essayconv.model import Gap

    result = drop_wall_lines_after_the_cut(draft_of(PROSE, Gap("unmarked-cut"), "The rest of this sample is locked",
                                                    "Or order a custom paper on the same topic."))
    assert kept_texts(result) == [PROSE, ""]
    assert [kind for kind, _ in removed_of(result)] == ["paywall", "paywall"]


def test_a_short_closing_sentence_after_a_teaser_marker_stays() -> None:
    from essayconv.clean.gaps import drop_wall_lines_after_the_cut
    from essayconv.model import Gap

    result = drop_wall_lines_after_the_cut(draft_of(PROSE, Gap("teaser"), "That is why the river matters."))
    assert "That is why the river matters." in kept_texts(result)


def test_a_bio_closing_the_page_under_the_authors_name_leaves_the_body() -> None:
    from dataclasses import replace as with_fields

    bio = "Ines Okafor is a Year 12 student at Hillcrest College. Her essay won the spring prize."
    result = extract_byline(with_fields(draft_of(PROSE, PROSE, bio), author="Ines Okafor"))
    assert removed_of(result) == [("author-bio", bio)]
    unknown = extract_byline(draft_of(PROSE, PROSE, bio))  # no author known: a sentence like any other
    assert bio in kept_texts(unknown)


def test_a_paragraph_opening_with_another_name_is_no_bio() -> None:
    from dataclasses import replace as with_fields

    line = "Jane Austen is a writer whose heroines marry late, which the essay above has argued matters."
    result = extract_byline(with_fields(draft_of(PROSE, PROSE, line), author="Ines Okafor"))
    assert line in kept_texts(result)
