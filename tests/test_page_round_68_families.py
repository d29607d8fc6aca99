"""Families met at first contact in held-out round 68 (heldout/round68/FIRST-CONTACT.md), each checked by
mechanism on texts of our own: a `git blame` of the essay's Markdown file, a terminal session that printed the
essay after counting it with `wc -w`, a Q&A page titled by its request for an essay, an entry's numbered label
over the byline and the title under it, a mill's outline of the essay's headings under any label and its wall's
lines. Our own texts throughout."""

from __future__ import annotations

import essayconv
from essayconv.rules import load_rules

from .helpers import PIER_PROSE, kept_text

TUNING = load_rules().tuning

TOWNS = ["Dunmore", "Kilbaha", "Ardmore", "Carrigaholt", "Ballycotton"]
_ESSAY = "".join(f"<p>At {town}, {PIER_PROSE}</p>" for town in TOWNS)


def test_a_blame_view_of_the_essays_markdown_reads_as_the_file() -> None:
    lines = ["# History Essay - Unit 3", "", "**Name:** Aoife Brennan", "**Body words:** 412", "",
             "## The Pier at Dunmore", ""] + [line for town in TOWNS for line in (f"At {town}, {PIER_PROSE}", "")]
    commits = ["^063ce2d (github-classroom[bot] 2026-02-02 14:03:11 +0000", "51e0e2c3 (Aoife Brennan         2026-02-09 20:41:57 -0500"]
    text = "\n".join(f"{commits[n % 2]} {n + 1:>2}) {line}" for n, line in enumerate(lines)) + "\n"
    document = essayconv.load(text.encode(), name="blame.txt")
    kept = kept_text(document)
    assert document.title == "The Pier at Dunmore" and document.metadata.claimed_words == 412
    assert "github-classroom" not in kept and "51e0e2c3" not in kept and kept.count("walked the coast") == 5


def test_a_terminal_session_that_printed_the_essay_reads_as_it_with_its_wc_count() -> None:
    prompt = "\x1b[?2004haoife@lab-pc07:~/history$ "
    essay = "\r\n\r\n".join(f"At {town}, {PIER_PROSE}" for town in TOWNS)
    text = (f"Script started on 2026-03-01 10:00:00+00:00 [COMMAND=\"bash -i\"]\n{prompt}ls\r\n\x1b[?2004l\ressay.txt  notes.txt\r\n"
            f"{prompt}sed '1d' essay.txt | wc -w\r\n\x1b[?2004l\r412\r\n{prompt}cat essay.txt\r\n\x1b[?2004l\r"
            f"The Pier at Dunmore\r\n\r\n{essay}\r\n{prompt}exit\r\n\x1b[?2004l\rexit\r\n\nScript done on 2026-03-01 10:01:00+00:00\n")
    document = essayconv.load(text.encode(), name="typescript.txt")
    kept = kept_text(document)
    assert document.title == "The Pier at Dunmore" and document.metadata.claimed_words == 412
    assert "lab-pc07" not in kept and "notes.txt" not in kept and "Script" not in kept and kept.count("walked the coast") == 5


def test_a_text_quoting_two_prompts_is_no_session() -> None:
    from essayconv.extract.session import read_session

    text = "Type this:\nana@pc:~$ ls\nthen this:\nana@pc:~$ pwd\n" + PIER_PROSE * 3
    assert read_session(text, TUNING) is None  # (the prose is no command's output: most of it stands after no prompt)


def test_a_qa_page_titled_by_a_request_for_an_essay_takes_the_answers_title_count_and_drops_its_sign_off() -> None:
    page = ("<html><head><title>What is a good essay on the pier at Dunmore?</title></head><body><div class='answer'>"
            "<p>Here's one I wrote for English 10 last year (got a B+ on it). It's 412 words, so it's under the word cap "
            "of 500 that most teachers give.</p><p><b>The Pier at Dunmore and Its Engineer</b></p>"
            f"{_ESSAY}<p>Hope this helps! If your teacher wants quotes you'll have to add them yourself.</p></div></body></html>")
    document = essayconv.load(page.encode(), name="answer.html")
    kept = kept_text(document)
    assert document.title == "The Pier at Dunmore and Its Engineer" and document.metadata.claimed_words == 412
    assert "Hope this helps" not in kept and "B+" not in kept


def test_an_entrys_numbered_label_over_the_byline_yields_to_the_title_under_it() -> None:
    page = ("<html><head><title>Student Work</title></head><body><h2>Student Work</h2>"
            "<p>Here are this month's featured narratives from periods 2 and 6. Students chose a place that matters "
            "to their family.</p><p><b>Featured Narrative #1</b></p><p>By Aoife B., Period 2. Word usage: 412 (the "
            "assignment range was 350-450). This one made me want to go and see the old pier for myself! - Mr. K</p>"
            "<p><b>The Pier at Dunmore</b></p>"
            f"{_ESSAY}</body></html>")
    document = essayconv.load(page.encode(), name="class.html")
    assert document.title == "The Pier at Dunmore" and document.metadata.claimed_words == 412
    assert "Featured Narrative" not in kept_text(document)


def test_an_outline_of_the_essays_headings_under_any_label_and_the_walls_lines_go() -> None:
    sections = "".join(f"<h2>{town} Harbour</h2><p>At {town}, {PIER_PROSE}</p>" for town in TOWNS[:2])
    page = ("<html><head><title>The Pier at Dunmore</title></head><body><main><h1>The Pier at Dunmore</h1>"
            "<p>What this essay covers</p><ul><li>Dunmore Harbour</li><li>Kilbaha Harbour</li><li>Conclusion</li></ul>"
            f"<p>At Ardmore, {PIER_PROSE}</p>{sections}<h3>Keep reading with PierPapers Plus</h3>"
            "<p>The rest of this paper, including the conclusion, is locked for free visitors.</p></main></body></html>")
    kept = kept_text(essayconv.load(page.encode(), name="mill.html"))
    assert "What this essay covers" not in kept and "Keep reading" not in kept and "is locked" not in kept
    assert kept.count("walked the coast") == 3
