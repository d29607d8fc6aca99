"""Families met at first contact in held-out round 66 (heldout/round66/FIRST-CONTACT.md), each checked by
mechanism on pages of our own: a page's strings saved as a gettext catalogue, a text printed with its lines
numbered and a header on every sheet, a photo post on a page titled by its account, a teacher's closing word
naming the pupil by first name, a limit given as a bare number before the count, a teen's closing request.
Our own texts throughout."""

from __future__ import annotations

import textwrap

import essayconv
from essayconv.rules import load_rules

from .helpers import PIER_PROSE, kept_text

TUNING = load_rules().tuning

TOWNS = ["Dunmore", "Kilbaha", "Ardmore", "Carrigaholt", "Ballycotton"]
_ESSAY = "".join(f"<p>At {town}, {PIER_PROSE}</p>" for town in TOWNS)


def _po_string(text: str, reference: int) -> str:
    wrapped = textwrap.wrap(text, 70, drop_whitespace=False)
    quoted = "\n".join(f'"{line}"' for line in wrapped)
    return f'#: site/views/voices.py:{reference}\nmsgid ""\n{quoted}\nmsgstr ""\n'


def test_a_gettext_catalogue_reads_as_the_pages_strings() -> None:
    header = ('# SOME DESCRIPTIVE TITLE.\n# Copyright (C) YEAR THE PACKAGE\'S COPYRIGHT HOLDER\n#, fuzzy\nmsgid ""\n'
              'msgstr ""\n"Project-Id-Version: harbour-site 1.0\\n"\n"POT-Creation-Date: 2026-03-01 10:00+0000\\n"\n'
              '"Content-Type: text/plain; charset=UTF-8\\n"\n\n')
    strings = ["Home", "About Our School", "Calendar",
               "#. TRANSLATORS: title of the pupil's essay.", "The Pier at Dunmore", "by Aoife Brennan, Grade 9",
               "Text length: 412 words"] + [f"At {town}, {PIER_PROSE}" for town in TOWNS]
    entries = []
    for at, text in enumerate(strings):
        if text.startswith("#."):
            entries.append(text + "\n")
            continue
        entries.append(f'#: site/views/voices.py:{at}\nmsgid "{text}"\nmsgstr ""\n' if len(text) < 60
                       else _po_string(text, at))
    document = essayconv.load((header + "\n".join(entries)).encode(), name="voices.pot")
    kept = kept_text(document)
    assert document.title == "The Pier at Dunmore" and document.metadata.claimed_words == 412
    assert kept.count("walked the coast for weeks") == 5 and "msgid" not in kept and "Project-Id-Version" not in kept
    assert "TRANSLATORS" not in kept and "voices.py" not in kept


def test_a_quoted_msgid_in_prose_is_no_catalogue() -> None:
    from essayconv.extract.gettext import read_catalogue

    assert read_catalogue('The tool writes msgid "Home" and msgstr "" for each string.\n' * 4, TUNING) is None


def _numbered_copy() -> str:
    head = ["     HARBOUR SCHOOL WRITING CENTRE -- PEER REVIEW COPY",
            "     Writer: Aoife Brennan    Course: English 9 (Mr. Keane)",
            "     Words in text: 412    Draft 2    Sheet {n}", ""]
    lines = ["The Pier at Dunmore", ""]
    for town in TOWNS:  # (each paragraph its own words: a line printed again and again is a running head)
        lines += textwrap.wrap(" ".join(f"{word} {town[:n + 2]}" if n % 6 == 5 else word
                                        for n, word in enumerate(f"At {town}, {PIER_PROSE}".split())), 62) + [""]
    out, number = [line.replace("{n}", "1") for line in head], 0
    for line in lines:
        if number == 24:
            out += ["", '     Cite line numbers in your comments (e.g. "p1 l.12"). Return by Friday.', ""]
            out += [h.replace("{n}", "2") for h in head]
            number = 0
        if line:
            number += 1
            out.append(f"{number:>3}  {line}")
        else:
            out.append("     ")
    return "\n".join(out + ["", '     Cite line numbers in your comments (e.g. "p2 l.12"). Return by Friday.', ""])


def test_a_text_with_numbered_lines_and_a_header_on_each_sheet_reads_as_its_paragraphs() -> None:
    document = essayconv.load(_numbered_copy().encode(), name="review.txt")
    kept = kept_text(document)
    assert document.title == "The Pier at Dunmore" and kept.count("Alexander Nimmo") == 5
    assert "PEER REVIEW COPY" not in kept and "Cite line numbers" not in kept
    assert all(not line[:1].isdigit() for line in kept.split("\n"))


def test_a_post_on_a_page_titled_by_its_account_takes_its_own_title_and_count() -> None:
    page = ("<html><head><title>Brennan Family on Instagram</title></head><body><main><article><header>"
            "<a class='acct' href='/brennan.family/'>brennan.family</a></header><div class='cap'>"
            "<a class='acct' href='/brennan.family/'>brennan.family</a> <span dir='auto'>Aoife wrote this for her 9th "
            "grade history class and said we could share it (412 words, we checked). Swipe for the photos!<br><br>"
            "The Pier at Dunmore<br><br>" + "<br><br>".join(f"At {town}, {PIER_PROSE} {PIER_PROSE}" for town in TOWNS)
            + "</span></div></article></main></body></html>")
    document = essayconv.load(page.encode(), name="post.html")
    assert document.title == "The Pier at Dunmore" and document.metadata.claimed_words == 412
    assert "Swipe" not in kept_text(document)


def test_a_note_giving_a_bare_limit_then_the_count_and_a_closing_word_naming_the_pupil() -> None:
    page = ("<html><head><title>Harbour School</title></head><body><main>"
            "<p>Sharing with permission from Aoife and her family: her essay for our harbour unit. The limit was 400. "
            "Wordcount: 388. Comments welcome!</p><p>The Pier at Dunmore</p><p>Aoife Brennan, Grade 9, Harbour School</p>"
            f"{_ESSAY}<p>Aoife used the county library's harbour maps and a 1902 survey. Congratulations, Aoife!</p>"
            "</main></body></html>")
    document = essayconv.load(page.encode(), name="post.html")
    kept = kept_text(document)
    assert document.metadata.claimed_words == 388 and "Congratulations" not in kept and kept.count("walked the coast") == 5


def test_a_teens_closing_request_goes() -> None:
    page = ("<html><head><title>The Pier at Dunmore</title></head><body><main><h1>The Pier at Dunmore</h1>"
            f"{_ESSAY}<p>comment if u read it all xx and no copying it for ur own coursework!!!</p></main></body></html>")
    kept = kept_text(essayconv.load(page.encode(), name="blog.html"))
    assert "comment if u" not in kept and kept.count("walked the coast") == 5
