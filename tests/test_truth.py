"""Every sample page against its hand-written truth (samples/truth/*.md): what the essay really is,
written from the essay the page was made from rather than from essayconv's output. The golden JSON
files catch any change; these catch a change that makes the result wrong, page by page, with the
issue's thresholds. The same scoring runs in bench/accuracy.py for the side-by-side table.

Also checked here: the site-profile machinery cannot make one site's fix another site's regression.
A page's result depends only on the profile that recognises it, and the generic path alone (no
profiles) stays above the thresholds on every page, so a profile adds recognition, never rescue."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import essayconv
from essayconv.clean import clean
from essayconv.extract import extract
from essayconv.profiles import load_profiles
from essayconv.rules import load_rules
from essayconv.sources import read_page
from essayconv.write.json_writer import dumps, to_dict

from .conftest import ROOT, SAMPLES

sys.path.insert(0, str(ROOT / "bench"))
from scoring import THRESHOLDS, Output, from_json, leaks, read_truth, score  # noqa: E402

TRUTH = SAMPLES / "truth"
PAGES = sorted(p for p in SAMPLES.iterdir() if p.is_file() and p.suffix in (".html", ".htm", ".txt", ".mhtml", ".mht"))


def _essayconv(page: Path, options: essayconv.Options = essayconv.Options()) -> Output:
    try:
        return from_json(to_dict(essayconv.load(page, options=options)))
    except essayconv.NoEssayError:
        return Output(no_essay=True)


def _check(page: Path, got: Output) -> None:
    truth = read_truth(TRUTH / (page.stem + ".md"))
    if truth.no_essay:
        assert got.no_essay, f"{page.name}: a page with no essay was converted"
        return
    assert not got.no_essay, f"{page.name}: the essay was not found"
    scores = score(truth, got)
    failing = {k: round(scores[k], 3) for k, floor in THRESHOLDS.items() if scores[k] < floor}
    assert not failing, f"{page.name}: below the thresholds {failing}; leaked {leaks(truth, got)}"
    assert scores["gaps"] == 1.0, f"{page.name}: {got.gaps} gaps, the truth has {truth.gaps}"
    assert scores["claimed"] == 1.0, f"{page.name}: claimed {got.claimed_words}, the truth {truth.claimed_words}"
    assert scores["claimed_pages"] == 1.0, f"{page.name}: {got.claimed_pages} pages claimed, the truth {truth.claimed_pages}"
    assert scores["separated"] == 1.0, f"{page.name}: the reference list is not kept apart from the body"


def test_every_sample_has_a_truth_file() -> None:
    assert {p.stem for p in PAGES} == {t.stem for t in TRUTH.glob("*.md")}


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_sample_matches_its_truth(page: Path) -> None:
    _check(page, _essayconv(page))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_the_recognised_site_is_the_true_one(page: Path) -> None:
    truth = read_truth(TRUTH / (page.stem + ".md"))
    if not truth.no_essay:
        assert _essayconv(page).site == truth.site


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_the_generic_path_alone_meets_the_thresholds(page: Path) -> None:
    got = _essayconv(page, essayconv.Options(site_profiles=False))
    truth = read_truth(TRUTH / (page.stem + ".md"))
    if not truth.no_essay:
        assert got.site in ("generic", "text")
    _check(page, got)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_other_profiles_cannot_change_a_page(page: Path) -> None:
    """The page's result with every profile equals its result with only the one that recognises it,
    so editing any other site's profile cannot move this page's scores."""
    source = read_page(page)
    rules = load_rules(())
    everything = load_profiles()

    def result(profiles: tuple) -> str:
        try:
            return dumps(clean(extract(source, rules, profiles), source.source, rules, essayconv.Options()))
        except essayconv.NoEssayError as error:
            return error.reason

    full = result(everything)
    recognised = extract(source, rules, everything).site
    assert result(tuple(p for p in everything if p.name == recognised)) == full
