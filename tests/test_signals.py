"""The shared text signals (signals.py): each concept defined once and read by every stage."""

from __future__ import annotations

import json

import pytest

from essayconv.languages import function_words
from essayconv.rules import load_rules
from essayconv.signals import BRACKETED_NOTE_START, DATE_IN_LINE, DATE_LINE, PLAIN_NOTE_START, Kind, ends_sentence, line_shape
from tests.conftest import SAMPLES


@pytest.mark.parametrize("text, expected", [
    ("The war ended in 1945.", True), ("He asked, “Why?”", True), ("as the poem says: “Nothing Gold”", True),
    ("a list follows:", True), ("and the cultural", False), ("the students’", False), ("the students'", False),
    ("Chapter 3 (continued)", True), ("so often cast as a…", True),
    ("sagte mir: „Die Kinder spielen wieder draußen.“", True), ("Er sagte: »Nein.«", True), ("‚So.‘", True),
])
def test_ends_sentence(text: str, expected: bool) -> None:
    assert ends_sentence(text) is expected


def test_line_shape_reports_facts_not_verdicts() -> None:
    words = function_words()
    heading = line_shape("The Causes of the Great Depression", words)
    assert heading.words == ("The", "Causes", "of", "the", "Great", "Depression")
    assert not heading.ends_like_prose and heading.starts_upper and not heading.ends_on_function_word
    assert heading.capitalised_share == 1.0 and heading.significant == 3  # "The"/"the"/"of" are function words
    running_on = line_shape("farmers who moved west after the", words)
    assert running_on.ends_on_function_word and not running_on.starts_upper and running_on.capitalised_share == 0
    assert line_shape("It ended, as wars do.", words).ends_like_prose
    assert not line_shape("Why Did Rome Fall?", words).ends_like_prose  # a question may be a heading


@pytest.mark.parametrize("line", ["4 May 2025", "May 4th, 2025", "5/4/25", "2025-05-04", "Sept. 12, 2019"])
def test_date_line(line: str) -> None:
    assert DATE_LINE.match(line)


def test_date_in_a_line_even_glued_to_the_next_field() -> None:
    assert DATE_IN_LINE.search("Ana Ruiz 3/14/12English Honors")
    assert not DATE_LINE.match("In May 2025 the council met")
    assert not DATE_IN_LINE.search("chapter 12 of 40")


def test_note_numbers_stop_short_of_years() -> None:
    assert BRACKETED_NOTE_START.match("[12] Liss, A Century of Maps").group(1) == "12"
    assert PLAIN_NOTE_START.match("3 Liss, A Century of Maps")
    assert not PLAIN_NOTE_START.match("1848 was a year of revolutions")


def test_every_kind_the_shipped_rules_name_is_a_kind() -> None:
    """Data files may name kinds of their own, but the shipped ones are all known to the code, so
    that a pass testing `kind in SOME_SET` never misses one by a spelling."""
    rules = load_rules()
    named = {r.kind for r in rules.blocks} | {r.kind for r in rules.inline} | {k for k, _ in rules.chrome_kinds}
    unknown = named - {k.value for k in Kind}
    assert not unknown, unknown


def test_the_goldens_use_only_known_kinds() -> None:
    seen = set()
    for path in SAMPLES.glob("*.expected.json"):
        seen |= {r["kind"] for r in json.loads(path.read_text("utf-8")).get("removed", ())}  # a no-essay golden has none
    assert seen and not seen - {k.value for k in Kind}, seen - {k.value for k in Kind}
