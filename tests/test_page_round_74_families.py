"""Families met at first contact in held-out round 74 (heldout/round74/FIRST-CONTACT.md), each checked by
mechanism on texts of our own: a pytest run whose failing assertion shows the essay's file whole, a paragraph
pasted from Word for the web (a span per run), a library's post on a contest's winner (its label with the year,
the post's byline above the winner's), an old mill's info table read as one banner with the title in its
field, a sales `<h1>` labelling the page over the title set aside above the count, a box's heading adding a
word to the page's title (Genius's "… Lyrics"), "It landed at … words", and a writing service's press kit."""

from __future__ import annotations

import pytest

import essayconv

from .helpers import PIER_PROSE, PIER_TITLE, PIER_TOWNS, kept_text

TOWNS, TITLE = PIER_TOWNS, PIER_TITLE


def _load(html: str, name: str = "page.html") -> essayconv.Document:
    return essayconv.load(html.encode(), name=name)


def test_a_pytest_run_reads_as_the_text_its_failing_diff_shows() -> None:
    body = [f"# {TITLE}", "", *(line for town in TOWNS for line in (f"At {town}, {PIER_PROSE}", "")), "## References", "",
            "Hallinan, Rose. Piers of the West Coast. Quay Press, 2011."]
    diff = "\n".join(f"E           {line}".rstrip() if line else "E           " for line in body)
    run = ("============================= test session starts ==============================\n"
           "platform linux -- Python 3.11.7, pytest-9.0.3, pluggy-1.6.0\n"
           "essay.md: str.split() count 382 words (title and References not counted)\n"
           "collecting ... collected 2 items\n\n"
           "tests/test_essay.py::test_word_count_in_range PASSED                     [ 50%]\n"
           "tests/test_essay.py::test_ends_with_one_newline FAILED                   [100%]\n\n"
           "=================================== FAILURES ===================================\n"
           ">       assert TEXT == TEXT.rstrip('\\n') + '\\n'\n"
           "E       assert '# The Pier...' == '# The Pier...'\n"
           f"E         \n{diff}\nE         + \n\ntests/test_essay.py:26: AssertionError\n"
           "=========================== short test summary info ============================\n"
           "FAILED tests/test_essay.py::test_ends_with_one_newline - assert ...\n")
    document = essayconv.load(run.encode(), name="autograder.log")
    kept = kept_text(document)
    assert document.title == TITLE and document.metadata.claimed_words == 382
    assert kept.count("walked the coast") == 5 and "platform linux" not in kept and "PASSED" not in kept
    assert document.references is not None


def test_a_paragraph_pasted_from_word_for_the_web_is_one_paragraph() -> None:
    runs = ["At ", "Dunmore", " the ", "engineer", " ", "Nimmo", ", who had walked the coast for weeks,", " chose the",
            " site where the ", "pier", " stands today, and the town grew up around it over the next thirty years."]
    pasted = "<p class='Paragraph'>" + "".join(f"<span class='TextRun'><span class='NormalTextRun'>{run}</span></span>"
                                               for run in runs) + "</p>"
    page = f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>{pasted}<p>At Kilbaha, {PIER_PROSE}</p></body></html>"
    document = _load(page)
    assert "At Dunmore the engineer Nimmo, who had walked the coast" in kept_text(document) and len(document.blocks) == 2


def test_a_contest_post_reads_as_the_winners_essay_under_her_own_line() -> None:
    page = (f"<html><head><title>Harbour Writing Contest 2019: Grades 9-10 Winner - Quay Library</title></head><body>"
            f"<main><article><header class='entry-header'><h1>Harbour Writing Contest 2019: Grades 9-10 Winner</h1>"
            f"<div class='entry-meta'>Posted by Rose Hallinan, Teen Librarian, on May 14, 2019 in Teen Scene</div></header>"
            f"<div class='entry-content'><p>Congratulations to Orla Breen, this year's first-place winner in the Grades "
            f"9-10 category! This spring we asked writers to respond to a place in their town that changed how they see "
            f"their own lives, and the entries were wonderful to read.</p><p>Our judges, two local teachers and a member "
            f"of the library's friends, loved how she tied the pier to the people who built it. Entries had a 400-word "
            f"limit; hers ended up at 371 words.</p>"
            f"<p role='heading' aria-level='1'>{TITLE}</p><p>Orla Breen, Grade 10, Quay High School</p>"
            + "".join(f"<p>At {town}, {PIER_PROSE}</p>" for town in TOWNS) + "</div></article></main></body></html>")
    document = _load(page)
    kept = kept_text(document)
    assert document.title == TITLE and document.metadata.author == "Orla Breen"
    assert "Congratulations" not in kept and "Grade 10" not in kept and kept.count("walked the coast") == 5


def test_an_info_tables_title_field_names_the_essay() -> None:
    page = ("<html><head><title>QuayRanch.com :: Free Essays :: Dunmore - The Pier at Dunmore</title></head><body>"
            "<table class='info'><tr><td>Essay Title:</td><td><b>" + TITLE + "</b></td></tr>"
            "<tr><td>Words on file:</td><td>412</td></tr><tr><td>Category:</td><td>History</td></tr></table>"
            + "".join(f"<p>At {town}, {PIER_PROSE}</p>" for town in TOWNS) + "</body></html>")
    assert _load(page).title == TITLE


def test_a_boxs_heading_adding_a_word_to_the_pages_title_leaves_it() -> None:
    page = (f"<html><head><title>Orla Breen - {TITLE} Lyrics | Quaysong</title></head><body>"
            f"<div class='header_with_cover_art'><h1>{TITLE}</h1><a href='/artists/orla'>Orla Breen</a></div>"
            f"<div class='lyrics_root'><h2>{TITLE} Lyrics</h2>"
            + "".join(f"<p>At {town}, {PIER_PROSE}</p>" for town in TOWNS) + "</div></body></html>")
    assert _load(page).title == TITLE


def test_it_landed_at_so_many_words() -> None:
    page = (f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1><div class='lyrics'>"
            + "".join(f"<p>At {town}, {PIER_PROSE}</p>" for town in TOWNS) + "</div><div class='about'>"
            f"<h3>About “{TITLE}”</h3><p>Orla Breen wrote this essay for Ms. Quigley's English 10 class at the end of "
            "our harbours unit. It landed at 371 words after three drafts. This week each student is annotating two "
            "classmates' essays right here.</p></div></body></html>")
    assert _load(page).metadata.claimed_words == 371


def test_a_writing_services_press_kit_is_no_essay() -> None:
    page = ("<html><head><title>Press &amp; Media Kit | QuayPapers</title></head><body><h1>Press &amp; Media Kit</h1>"
            "<p>Everything journalists need to write about QuayPapers: who we are and the people to call.</p>"
            "<h2>About QuayPapers</h2><p>QuayPapers is an online writing-help platform that connects students with "
            "vetted academic writers for essays, research papers and editing. Founded in 2017, the company serves "
            "students in forty countries.</p><h2>Our story</h2><p>Our founder read drafts late at night for anyone who "
            "asked, and within a semester the essays had outgrown his inbox. He and a friend turned those late-night "
            "reads into a small website, and QuayPapers grew from there into a team of writers and editors.</p>"
            "<h2>Press contact</h2><p>For interviews, write to our press team; we answer within a day.</p>"
            "<p>© 2024 QuayPapers</p></body></html>")
    with pytest.raises(essayconv.NoEssayError, match="site's own page"):
        _load(page)
