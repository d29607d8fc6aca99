"""Families met at first contact in held-out round 58 (heldout/round58/FIRST-CONTACT.md), each checked by
mechanism on pages of our own: a double-spaced copy paginated by `pr` (a blank line after every printed line,
wider gaps between paragraphs and around the page headers; each page headed by the date, the document's name and
"Page N"). Our own texts throughout."""

from __future__ import annotations

import textwrap

import essayconv

from .helpers import PROSE, kept_text


def _pr_pages() -> str:
    paragraphs = [f"{PROSE} The harbour at Dunmore was built for the packets, number {n}, and kept busy." for n in range(6)]
    lines: list[str] = []
    for page, group in enumerate((paragraphs[:3], paragraphs[3:]), start=1):
        lines += ["", "", f"2025-02-16 19:42  A. Brennan - HIST 105 - Essay 2  Page {page}", "", "", ""]
        for paragraph in group:
            for line in textwrap.wrap(paragraph, 60):
                lines += ["    " + line, ""]
            lines += ["", ""]
    return "\n".join(["The Pier at Dunmore", "", "", "", *lines])


def test_a_double_spaced_copy_paginated_by_pr_reads_as_its_paragraphs_without_its_page_headers() -> None:
    document = essayconv.load(_pr_pages().encode(), name="essay.txt")
    kept = kept_text(document)
    assert "Page 1" not in kept and "2025-02-16" not in kept
    assert len(kept.split("\n")) == 6 and all(line.startswith("The committee") for line in kept.split("\n"))


def test_a_source_views_line_numbers_go_and_its_lines_read_as_the_text() -> None:
    source = ["# The Pier at Dunmore", "", *textwrap.wrap(PROSE + " " + PROSE, 60), "", "## The engineer", "",
              *textwrap.wrap(PROSE + " The end.", 60)]
    numbered = "\n".join(f"<span id='L{n}' class='LineNr'>{n:>2} </span>{line}" for n, line in enumerate(source, start=1))
    page = (f"<html><head><title>~/essays/pier.md.html</title><meta name='syntax' content='markdown'></head>"
            f"<body><pre id='vimCodeElement'>\n{numbered}\n</pre></body></html>")
    document = essayconv.load(page.encode(), name="pier.md.html")
    kept = kept_text(document)
    assert document.title == "The Pier at Dunmore"
    assert kept.split("\n") == [PROSE + " " + PROSE, "The engineer", PROSE + " The end."]


def test_a_writers_bio_closing_the_page_goes_when_the_header_showed_their_name_and_a_likes_widget_goes() -> None:
    bio = ("Aoife Brennan is a second-year history student from Wexford. This post was written for HIST 2210 and is "
           "part of our Student Voices series. Views are the author's own.")
    page = ("<html><head><title>The Pier at Dunmore</title></head><body><div class='header'><a href='/'>blogs.example.edu</a>"
            "<h1>The Pier at Dunmore</h1><div class='credits'>Aoife Brennan</div><div>3–4 minutes</div></div>"
            f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p><p><em>{bio}</em></p>"
            "<h3>Like this:</h3><p>Like Loading...</p></div></body></html>")
    kept = kept_text(essayconv.load(page.encode(), name="reader.html"))
    assert "second-year" not in kept and "Like this" not in kept and "Loading" not in kept
    assert kept.count(PROSE) == 3
    # a closing paragraph opening on a name the header did not show is the essay's
    close = "Alexander Nimmo is the engineer the harbour still remembers, and the pier is his monument."
    kept = kept_text(essayconv.load(page.replace(f"<p><em>{bio}</em></p>", f"<p>{close}</p>").encode(), name="r.html"))
    assert close in kept


def test_an_assignments_numbered_title_gives_way_to_the_answers_own_and_a_count_closing_the_text_is_read() -> None:
    answer = (f"<p><strong>After the Storm: How One Gale Rebuilt a Harbour</strong></p><p>{PROSE}</p>"
              f"<h3>The engineer</h3><p>{PROSE}</p><h3>Conclusion</h3><p>{PROSE}</p>"
              "<p><strong>References</strong></p><p>Nimmo, A. (1825). Report on the Harbour. Dublin: Board of Works.</p>"
              "<p>Word count, title and references aside: 412</p>")
    page = ("<html><head><title>Essay 2: Harbours and Storms | Course Tool</title></head><body>"
            "<header><h1>Essay 2: Harbours and Storms</h1><span>Graded</span><span>Total Points 18 / 20</span></header>"
            "<div class='question'><div class='prompt'>Choose one storm and explain how it changed a harbour.</div>"
            f"<div class='answer'>{answer}</div></div></body></html>")
    document = essayconv.load(page.encode(), name="graded.html")
    assert document.title == "After the Storm: How One Gale Rebuilt a Harbour"
    assert document.metadata.claimed_words == 412
    assert "Word count" not in kept_text(document)


def test_a_mails_note_states_its_count_and_pages_past_the_counts_remark_and_its_run_on_sign_off_is_the_mails() -> None:
    from essayconv.clean.counters import counter_parts
    from essayconv.clean.letters import signed_off
    from essayconv.model import BlockQuote, Text
    from essayconv.rules import load_rules

    from .helpers import draft_of

    note = ("Word count for the essay is 412 (without the title and the works cited), and it is 2 pages double "
            "spaced in the .docx.")
    assert counter_parts(note, load_rules().counter, windowed=True) == (412, 2)
    draft = draft_of(PROSE)
    assert signed_off(BlockQuote((Text("Thanks, Aoife Brennan HIST 2210-03 (Tue/Thu 5 pm)"),)), draft)
    assert not signed_off(BlockQuote((Text("Thanks to Nimmo, the pier held for a century and more."),)), draft)


def test_an_editor_titled_by_its_apps_name_takes_the_documents_first_line_as_the_title() -> None:
    page = ("<html><head><title>Inkwell – Editor</title></head><body>"
            "<header><a href='/'>Inkwell</a> <a href='/editor'>Editor</a> <a href='/addons'>Browser Add-ons</a> "
            "<a href='/apps'>Desktop Apps</a> <a href='/premium'>Upgrade to Premium</a></header>"
            f"<main><div class='doc'><p>The Pier at Dunmore</p><p>{PROSE} {PROSE}</p><p>{PROSE}</p></div></main></body></html>")
    document = essayconv.load(page.encode(), name="editor.html")
    assert document.title == "The Pier at Dunmore"
    assert kept_text(document).split("\n") == [PROSE + " " + PROSE, PROSE]


def test_a_double_spaced_heading_block_over_the_title_is_the_students_and_a_groups_writers_line_goes() -> None:
    def spaced(lines: list[str]) -> list[str]:
        return [part for line in lines for part in ("    " + line, "")]

    head = ["Aoife Brennan", "HIST 105: Europe in the Twentieth Century (Lifelong", "Learning Program)",
            "Kilbride College -- Instructor: Mr. Tom Ruiz", "Essay 2, due 17 February 2025"]
    body = [line for paragraph in (PROSE + " " + PROSE, PROSE + " The end.") for line in textwrap.wrap(paragraph, 60)]
    text = "\n".join(["", *spaced(head[:1]), *spaced(head[1:3]), "", *spaced(head[3:]), "", "", "", *spaced(["The Pier at Dunmore"]),
                      "", "", *spaced(body)])
    document = essayconv.load(text.encode(), name="essay.txt")
    assert document.title == "The Pier at Dunmore"
    assert "Aoife Brennan" not in kept_text(document) and "Instructor" not in kept_text(document)
    # a group's writers named under a label, under the title
    page = (f"<html><head><title>Group 4 - The Pier</title></head><body><h1>The Pier at Dunmore</h1>"
            f"<p>Group 4: Aoife Brennan, Tom Ruiz and Ji-woo Baek (Period 3)</p><p>{PROSE}</p><p>{PROSE}</p></body></html>")
    assert "Tom Ruiz" not in kept_text(essayconv.load(page.encode(), name="wiki.html"))
