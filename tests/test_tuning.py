"""The thresholds as one value (tuning.py, data/tuning.toml): every one named and explained in the
data file, and a user's rules file can change any of them."""

from __future__ import annotations

import re
import tomllib
from dataclasses import fields
from importlib import resources
from pathlib import Path

import pytest

import essayconv
from essayconv.errors import InputError
from essayconv.rules import load_rules
from essayconv.tuning import Tuning
from tests.conftest import SAMPLES

TUNING_TOML = resources.files("essayconv.data").joinpath("tuning.toml").read_text("utf-8")


def test_the_data_file_gives_every_field_and_nothing_else() -> None:
    data = tomllib.loads(TUNING_TOML)["tuning"]
    keys = [key for section in data.values() for key in section]
    assert sorted(keys) == sorted(f.name for f in fields(Tuning))
    assert len(keys) == len(set(keys)), "a key is given in two sections"


def test_every_threshold_says_why() -> None:
    """A key opens a group under a comment, or follows a key of the same group ("…and so is…")."""
    lines = TUNING_TOML.splitlines()
    for index, line in enumerate(lines):
        if re.match(r"^\w+ = ", line):
            above = lines[index - 1]
            assert above.startswith("#") or re.match(r"^\w+ = ", above), f"no reason given above {line!r}"


def test_the_shipped_values_load_with_their_types() -> None:
    tuning = load_rules().tuning
    for field in fields(Tuning):
        assert isinstance(getattr(tuning, field.name), float if field.type == "float" else int), field.name


def _rules_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.toml"
    path.write_text(text, "utf-8")
    return path


def test_a_users_rules_file_changes_a_threshold(tmp_path: Path) -> None:
    sample = SAMPLES / "bartleby-printing-press.html"
    assert essayconv.load(sample).metadata.words > 100
    strict = _rules_file(tmp_path, "[tuning.clean]\nno_essay_below_words = 100000\n")
    with pytest.raises(essayconv.NoEssayError, match="words of text once clutter is removed"):
        essayconv.load(sample, options=essayconv.Options(rules_files=(str(strict),)))


def test_a_share_may_be_written_as_a_whole_number(tmp_path: Path) -> None:
    path = _rules_file(tmp_path, "[tuning.finder]\nshort_share = 1\n")
    assert load_rules((path,)).tuning.short_share == 1.0


@pytest.mark.parametrize("text, says", [
    ('[tuning.finder]\nshort_words = "sixty"\n', "'tuning.finder.short_words' must be a whole number"),
    ("[tuning.finder]\nshort_words = 6.5\n", "'tuning.finder.short_words' must be a whole number"),
    ("[tuning.finder]\nshort_wrods = 6\n", "unknown key 'tuning.finder.short_wrods'"),
])
def test_a_wrong_threshold_is_one_clear_error(tmp_path: Path, text: str, says: str) -> None:
    with pytest.raises(InputError, match=re.escape(says)):
        load_rules((_rules_file(tmp_path, text),))
