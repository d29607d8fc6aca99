"""Families met at first contact in held-out round 60 (heldout/round60/FIRST-CONTACT.md), each checked by
mechanism on pages of our own: a patch adding the essay's file, a school's page introducing the essay above
its own title and byline, a publication's sign-off asking for subscribers, an app's title, a count stated
against the task's limit with its unit left out. Our own texts throughout."""

from __future__ import annotations

import pytest

import essayconv
from essayconv.rules import load_rules

from .helpers import PIER_PROSE, kept_text

TUNING = load_rules().tuning

_LONG = PIER_PROSE


def _patch(essay_lines: list[str], message: str) -> str:
    added = "\n".join(f"+{line}" for line in essay_lines)
    return "\n".join([
        "From 3f1c2a9d0b7e6a5c4d3b2a1908f7e6d5c4b3a291 Mon Sep 17 00:00:00 2001",
        "From: Aoife Brennan <aoife@students.example.edu>",
        "Date: Tue, 8 Oct 2024 21:02:44 +0100",
        "Subject: [PATCH] Essay 2: final version", "", message, "---",
        " index.md          |  1 +", f" essays/pier.md    | {len(essay_lines)} {'+' * 20}",
        " 2 files changed, 3 insertions(+)", " create mode 100644 essays/pier.md", "",
        "diff --git a/index.md b/index.md", "index 1a2b3c4..5d6e7f8 100644", "--- a/index.md", "+++ b/index.md",
        "@@ -1,3 +1,4 @@", " # My essays", " ", " - [Essay 1: The canal](essays/canal.md)",
        "+- [Essay 2: The pier](essays/pier.md)",
        "diff --git a/essays/pier.md b/essays/pier.md", "new file mode 100644", "index 0000000..9e8d7c6",
        "--- /dev/null", "+++ b/essays/pier.md", f"@@ -0,0 +1,{len(essay_lines)} @@", added, "-- ", "2.43.0", ""])


def test_a_patch_adding_the_essays_file_reads_as_that_file() -> None:
    lines = ["# The Pier at Dunmore", "", *[x for _ in range(4) for x in (_LONG, "")], "## Works Cited", "",
             "Nimmo, Alexander. *Report on the Harbours*. Dublin, 1824."]
    text = _patch(lines, "The essay is 412 words without the title. Moved the quote\nup as Ms Quist asked.")
    document = essayconv.load(text.encode(), name="0001-essay-2.patch")
    kept = kept_text(document)
    assert document.title == "The Pier at Dunmore" and kept.count("walked the coast for weeks") == 4
    assert not any(line.startswith("+") for line in kept.split("\n"))
    assert "diff --git" not in kept and "files changed" not in kept and "Essay 1: The canal" not in kept
    assert "Subject:" not in kept and "Ms Quist asked" not in kept and "2.43.0" not in kept
    assert document.metadata.claimed_words == 412


def test_a_patch_that_changes_code_is_read_as_text() -> None:
    """A diff whose largest file is a small part of it (a code change with a line of notes) is no essay's
    patch: it is read as the text it is."""
    from essayconv.extract.patch import read_patch

    code = "\n".join(f"+    value_{i} = compute(value_{i - 1})" for i in range(40))
    text = f"--- a/notes.md\n+++ b/notes.md\n@@ -1 +1 @@\n-old\n+new line\n--- a/x.py\n+++ b/x.py\n@@ -1,1 +1,40 @@\n{code}\n"
    assert read_patch(text, TUNING) is not None and read_patch(text, TUNING).essay.path == "x.py"
    assert read_patch("Some prose about diffs: lines after +++ show the new file.\n" * 3, TUNING) is None


def test_the_pages_introduction_above_the_essays_own_title_and_byline_goes() -> None:
    intro = ("Every spring the department invites students to write about a harbour of their choice. This year we "
             "received 41 entries, and we are proud to share the winning essay. The contest allowed up to 600 words; "
             "her essay totals 527 words, her title aside.")
    page = ("<html><head><title>Writing Spotlight: Harbour Essay Contest</title></head><body><div class='content'>"
            "<h1>Writing Spotlight: Harbour Essay Contest</h1>"
            f"<p>{intro}</p><p>Congratulations to every writer who took part this year and to their teachers.</p><hr>"
            "<h3 style='text-align:center'>The Pier at Dunmore</h3><p style='text-align:center'><em>by Aoife Brennan, Grade 10</em></p>"
            f"<div class='essay'>{''.join(f'<p>{_LONG}</p>' for _ in range(6))}</div></div></body></html>")
    document = essayconv.load(page.encode(), name="spotlight.html")
    kept = kept_text(document)
    assert document.title == "The Pier at Dunmore" and kept.count("walked the coast") == 6
    assert "invites students" not in kept and "Congratulations" not in kept
    assert document.metadata.claimed_words == 527


def test_a_publications_sign_off_asking_for_subscribers_goes() -> None:
    page = ("<html><head><title>The Pier at Dunmore</title></head><body><article><h1>The Pier at Dunmore</h1>"
            f"{''.join(f'<p>{_LONG}</p>' for _ in range(5))}"
            "<p>Enjoyed this article? The Harbour Gazette publishes a new student feature every month of the school "
            "year. Ask the library desk to join the mailing list, or pick up the print edition in the foyer.</p>"
            "</article></body></html>")
    kept = kept_text(essayconv.load(page.encode(), name="feature.html"))
    assert "Enjoyed this article" not in kept and "mailing list" not in kept and kept.count("walked the coast") == 5


def test_an_apps_title_shown_in_parts_in_its_header_gives_way_to_the_posts_title() -> None:
    page = ("<html><head><title>Harbourly - HIST 210: Coasts and Empires</title></head><body>"
            "<header><a class='hb-brand' href='https://app.harbourly.example/communities'>Harbourly</a><span class='course'>HIST 210: Coasts and Empires (Spring)</span>"
            "<a href='/me'>Aoife Brennan</a></header><main><div class='post'>"
            "<p>Long post for this week: I turned my essay draft into the post. It is 412 words without the title.</p>"
            "<p><strong>The Pier at Dunmore</strong></p>"
            f"{''.join(f'<p>{_LONG}</p>' for _ in range(5))}</div></main></body></html>")
    document = essayconv.load(page.encode(), name="post.html")
    assert document.title == "The Pier at Dunmore" and document.metadata.claimed_words == 412


@pytest.mark.parametrize(("note", "words", "pages"), [
    ("Guest columns are limited to 650 words; this one has 493, headline not included.", 493, None),
    ("The contest allows up to 500 words; her entry used 417 of them, not counting her title.", 417, None),
    ("Entries were capped at 800 words, and mine came to 612.", 612, None),
    ("Essays are limited to 500 words and mine has 45 sources.", None, None),
])
def test_a_count_against_the_limit_takes_the_limits_unit(note: str, words: int | None, pages: int | None) -> None:
    page = ("<html><head><title>The Pier at Dunmore</title></head><body><main><h1>The Pier at Dunmore</h1>"
            f"<p>{note}</p>{''.join(f'<p>{_LONG}</p>' for _ in range(5))}</main></body></html>")
    document = essayconv.load(page.encode(), name="column.html")
    assert (document.metadata.claimed_words, document.metadata.claimed_pages) == (words, pages)


def test_a_bios_count_against_the_limit_closing_the_column_is_read() -> None:
    page = ("<html><head><title>The Pier at Dunmore</title></head><body><main><h1>The Pier at Dunmore</h1>"
            "<p class='byline'>By Aoife Brennan, Guest Columnist</p>"
            f"{''.join(f'<p>{_LONG}</p>' for _ in range(5))}"
            "<p><em>Aoife Brennan is a sophomore studying history. Guest columns are limited to 650 words; this one "
            "has 493, headline not included.</em></p></main></body></html>")
    document = essayconv.load(page.encode(), name="column.html")
    assert document.metadata.claimed_words == 493 and "sophomore" not in kept_text(document)

