"""Families met at first contact in held-out round 64 (heldout/round64/FIRST-CONTACT.md), each checked by
mechanism on pages of our own: a record printed by Perl's Data::Dumper, an app's INI autosave. Our own texts
throughout."""

from __future__ import annotations

import essayconv
from essayconv.rules import load_rules

from .helpers import PIER_PROSE, kept_text

TUNING = load_rules().tuning


def test_a_record_printed_by_data_dumper_reads_as_its_essay() -> None:
    essay = "\n\n".join([PIER_PROSE.replace("’", "\\'")] * 5)
    text = ("$VAR1 = {\n          'agree_rules' => 'on',\n          'entry_id' => 2291,\n"
            f"          'essay' => '{essay}',\n          'parent_email' => 'family\\\\@example.org',\n"
            "          'school' => 'Clonmore Community School',\n          'title' => 'The Pier at Dunmore',\n"
            "          'word_total' => 412\n        };\n")
    document = essayconv.load(text.encode(), name="entry.txt")
    kept = kept_text(document)
    assert document.title == "The Pier at Dunmore" and kept.count("walked the coast for weeks") == 5
    assert "agree_rules" not in kept and "Clonmore" not in kept and "$VAR1" not in kept and "\\'" not in kept
    assert document.metadata.claimed_words == 412


def test_an_apps_ini_autosave_reads_as_its_essay() -> None:
    body = "\n\t\n".join("\t" + PIER_PROSE for _ in range(5))
    text = ("[App]\r\nproduct = Quillnest Classroom\r\nautosaveintervalsec = 60\r\n\r\n[Document]\r\n"
            "title = The Pier at Dunmore\r\nauthor = Aoife Brennan\r\n\r\n[Stats]\r\ncounted_words = 412\r\n\r\n"
            f"[Body]\r\ntext = {body.lstrip()}\r\n\r\n[Feedback]\r\nrubric = Ideas 4/4\r\n").replace("\n\t\n", "\r\n\t\r\n")
    document = essayconv.load(text.encode(), name="autosave.ini")
    kept = kept_text(document)
    assert document.title == "The Pier at Dunmore" and kept.count("walked the coast for weeks") == 5
    assert "Quillnest" not in kept and "autosaveintervalsec" not in kept and "rubric" not in kept
    assert document.metadata.claimed_words == 412


def test_a_config_or_a_dump_without_an_essay_is_read_as_text() -> None:
    from essayconv.extract.records import read_ini_record, read_perl_dump

    assert read_ini_record("[core]\nname = x\nmode = y\nsize = 3\n", TUNING) is None
    assert read_perl_dump("$VAR1 = {\n  'a' => 1,\n  'b' => 'two',\n  'c' => 3\n};\n", TUNING) is None
    assert read_ini_record("[Note] This line opens a letter, not a file.\n" + PIER_PROSE, TUNING) is None


def test_a_diary_entry_titled_by_its_day_takes_the_essays_title_and_the_count_against_the_range() -> None:
    page = ("<html><head><title>pier diary - feb. 26, 2004</title></head><body><table><tr><td class='entry'>"
            "2004-02-26 - 9:47 p.m.<br><br>so we had to write a personal essay for history and mine is about the pier. "
            "mrs. quist said between 400 and 500 words and the counter on Word tells me 459 so for once i am in the "
            "range.<br><br><b>The Pier at Dunmore</b><br><br>" + "<br><br>".join([PIER_PROSE] * 5)
            + "</td></tr></table></body></html>")
    document = essayconv.load(page.encode(), name="diary.html")
    assert document.title == "The Pier at Dunmore" and document.metadata.claimed_words == 459
    assert "counter on Word" not in kept_text(document)
