"""Families met at first contact in held-out site set 26 (heldout/sites26/LEARNING.md), each checked by
mechanism on pages of our own: a mailing list's digest (the essay one message among the list's others); a
notebook's code cells and outputs between the essay's prose; a form's word counter against the limit with an
adjective ("538 of 800 permitted words"). Our own texts throughout."""

from __future__ import annotations

import html
import textwrap

import essayconv

from .helpers import PROSE, kept_text


def _message(sender: str, subject: str, lines: list[str]) -> list[str]:
    return ["-" * 30, "", "Date:    Mon, 25 Nov 2002 18:38:00 +0000", f"From:    {sender}", f"Subject: {subject}", "", *lines, ""]


def test_the_essays_message_in_a_digest_is_the_essay_and_the_lists_other_messages_go() -> None:
    essay = [*textwrap.wrap(PROSE + " " + PROSE, 72), "", *textwrap.wrap(PROSE + " The pier held.", 72)]
    digest = [
        "There are 3 messages in this issue.", "", "Topics of the day:", "", "  1. Rooms for the final",
        "  2. Background paper -- The Pier at Dunmore [412 words, 2 sides]", "  3. Re: Background paper -- Tides", "",
        *_message("Dr Ines Quist <i.quist@example.ac.uk>", "Rooms for the final",
                  ["Just to confirm: the final is in room 4. Please bring your judges' sheets.", "", "Dr Ines Quist"]),
        *_message("Aoife Brennan <a.brennan@example.org>", "Background paper -- The Pier at Dunmore [412 words, 2 sides]",
                  ["Dear everyone,", "", "Below is the background paper I promised before the round.", "", "The Pier at Dunmore", "",
                   *essay, "", "--", "Aoife Brennan"]),
        *_message("Tom Ruiz <t.ruiz@example.org>", "Re: Background paper -- Tides",
                  ["> The tides at the harbour mouth were the engineer's first question.", "", "Agreed, and the second too.", "", "Tom"]),
    ]
    page = (f"<html><head><title>LISTSERV - HARBOUR-L Archives</title></head><body><h2>HARBOUR-L Archives</h2>"
            f"<pre>{html.escape(chr(10).join(digest))}</pre></body></html>")
    document = essayconv.load(page.encode(), name="digest.html")
    kept = kept_text(document)
    assert document.title == "The Pier at Dunmore" and document.metadata.claimed_words == 412
    assert "room 4" not in kept and "Agreed" not in kept and "Topics of the day" not in kept and "Dear everyone" not in kept
    assert PROSE in kept


def test_a_notebooks_code_cells_and_outputs_between_the_essays_paragraphs_go() -> None:
    cell = ("<div class='cell'><div class='cell_input'><pre>sources = pd.read_csv(\"data/pier.csv\")\nsources.shape</pre></div>"
            "<div class='cell_output'><pre>(249, 6)</pre></div></div>")
    page = (f"<html><head><title>The Pier</title></head><body><main><h1>The Pier at Dunmore</h1><p>{PROSE}</p>{cell}"
            f"<p>{PROSE}</p><p>{PROSE}</p></main></body></html>")
    kept = kept_text(essayconv.load(page.encode(), name="book.html"))
    assert "read_csv" not in kept and "(249, 6)" not in kept and kept.count(PROSE) == 3


def test_a_word_counter_against_a_limit_named_with_an_adjective_states_the_count() -> None:
    from essayconv.clean.counters import counter_parts
    from essayconv.rules import load_rules

    assert counter_parts("538 of 800 permitted words · 2-page printout", load_rules().counter, windowed=True) == (538, 2)


def test_questions_and_answers_and_a_single_sender_line_are_no_digest() -> None:
    qa = "".join(f"<p>Q: Why did the pier fail in year {n}?</p><p>A: {PROSE} {PROSE}</p>" for n in range(4))
    example = f"<pre>From: Patch Author &lt;author@example.com&gt;</pre><p>{PROSE} {PROSE}</p>"
    page = f"<html><head><title>The Pier</title></head><body><article><h1>The Pier</h1>{qa}{example}</article></body></html>"
    kept = kept_text(essayconv.load(page.encode(), name="faq.html"))
    assert kept.count(PROSE) == 10
