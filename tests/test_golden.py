"""Every page in samples/ converts to exactly its reviewed expected JSON.

Regenerate with `make golden` (pytest --update-golden) and review the diff before committing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest

import essayconv
from essayconv.write.json_writer import dumps

from .conftest import ROOT, SAMPLES

PAGES = sorted(p for p in SAMPLES.iterdir()
               if p.is_file() and p.suffix in (".html", ".htm", ".txt", ".mhtml", ".mht"))


def test_there_are_enough_samples() -> None:
    assert len(PAGES) >= 6
    assert {p.suffix for p in PAGES} >= {".html", ".txt", ".mhtml"}


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_sample_matches_golden(page: Path, update_golden: bool, schema: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    try:
        produced = dumps(essayconv.load(os.path.relpath(page, ROOT)))
        jsonschema.validate(json.loads(produced), schema)
    except essayconv.NoEssayError as error:  # a page with no essay has its reason as the golden
        produced = json.dumps({"no_essay": error.reason}, ensure_ascii=False, indent=2) + "\n"
    expected_path = page.with_name(page.stem + ".expected.json")
    if update_golden:
        expected_path.write_text(produced, encoding="utf-8")
    assert expected_path.exists(), f"no golden file for {page.name}: run `make golden` and review"
    assert produced == expected_path.read_text(encoding="utf-8")
