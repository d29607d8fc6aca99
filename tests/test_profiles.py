"""Site profiles: recognised from the page itself, used for title/body/clutter, extensible by users."""

from __future__ import annotations

import base64
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import essayconv
from essayconv.errors import InputError
from essayconv.options import Options
from essayconv.profiles import load_profiles, recognise

from .helpers import PROSE

SAMPLES_DIR = Path(__file__).resolve().parent.parent / "samples"

ESSAY = "".join(f"<p>{PROSE} {PROSE} Paragraph {n}.</p>" for n in range(4))
SHIPPED = {"bartleby", "ipl", "123helpme", "antiessays", "cram", "studymode", "ukessays", "ivypanda", "studycorgi",
           "papersowl", "gradesfixer", "edubirdie", "studymoose", "kibin", "document-host", "gradesaver", "javadoc"}


def site_of(html: str, **options: object) -> str:
    return essayconv.load(html.encode(), name="p.html", options=Options(**options)).metadata.site  # type: ignore[arg-type]


def test_all_families_ship() -> None:
    assert {p.name for p in load_profiles()} == SHIPPED


@pytest.mark.parametrize("head, expected", [
    ('<link rel="canonical" href="https://www.ukessays.com/essays/economics/x.php">', "ukessays"),
    ('<meta property="og:url" content="https://gradesfixer.com/free-essay-examples/x/">', "gradesfixer"),
    ('<meta property="og:site_name" content="IvyPanda">', "ivypanda"),
    ("<title>Disadvantages Of Eviction - 1161 Words - Internet Public Library</title>", "ipl"),
    ("<title>Summary Of There Will Come Soft Rain - 188 Words | Bartleby</title>", "bartleby"),
    ('<meta property="og:url" content="https://rt.http3.lol/index.php?q='
     + base64.b64encode(b"https://www.cram.com/essay/X/PKQQCC979CX5W").decode() + '">', "cram"),
    ("<title>An Essay</title>", "generic"),
])
def test_recognised_from_the_page(head: str, expected: str) -> None:
    assert site_of(f"<html><head>{head}</head><body><article><h1>T</h1>{ESSAY}</article></body></html>") == expected


def test_saved_from_comment_and_singlefile_header() -> None:
    page = f"<!-- saved from url=(0048)https://www.studymode.com/essays/X-86010696.html -->\n<html><body><h1>T</h1>{ESSAY}</body></html>"
    assert site_of(page) == "studymode"
    page = f"<!--\n Page saved with SingleFile \n url: https://studycorgi.com/x/ \n-->\n<html><body><h1>T</h1>{ESSAY}</body></html>"
    assert site_of(page) == "studycorgi"


def test_fingerprints_without_a_url() -> None:
    page = (f"<html><body><div class='speech-synthesis'><div class='card-body'><h1>T</h1>{ESSAY}"
            "<div class='custom-banner'>Order a custom paper today and get it written by an expert in three hours</div>"
            "</div></div><div class='other'>" + ESSAY.replace("Paragraph", "Other") + "</div></body></html>")
    document = essayconv.load(page.encode(), name="p.html")
    assert document.metadata.site == "papersowl"
    texts = [b.inlines for b in document.blocks]
    assert len(texts) == 4  # the profile's body: the other container is not the essay
    assert any(r.kind in ("ad", "site-clutter") and "Order a custom paper" in r.text for r in document.removed)


def test_recognise_needs_enough_evidence() -> None:
    profiles = load_profiles()
    assert recognise(profiles, url=None, site_name=None, title="Essays", text="show more content") is None
    assert recognise(profiles, url="https://www.kibin.com/essay-examples/x", site_name=None, title=None, text="").name == "kibin"


def test_user_profile_folder_adds_a_site(tmp_path: Path) -> None:
    (tmp_path / "mill.toml").write_text('name = "essaymill"\ndescription = "a mill"\n[recognise]\nhosts = ["essaymill.example"]\n'
                                        '[clutter]\nselectors = [".promo"]\n')
    page = (f'<html><head><link rel="canonical" href="https://www.essaymill.example/e/1"></head><body><article><h1>T</h1>'
            f'{ESSAY}<div class="promo">Buy essays written overnight by qualified people with degrees</div></article></body></html>')
    document = essayconv.load(page.encode(), name="p.html", options=Options(profile_dirs=(str(tmp_path),)))
    assert document.metadata.site == "essaymill"
    assert all("Buy essays" not in str(b) for b in document.blocks)


@pytest.mark.slow
def test_bad_profile_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "broken.toml").write_text('name = "x"\n[clutter]\nselectors = ["div[[["]\n')
    with pytest.raises(InputError, match="bad site profile"):
        load_profiles((str(tmp_path),))
    result = subprocess.run([sys.executable, "-m", "essayconv.cli", "sites", "--profiles", str(tmp_path)],
                            capture_output=True, text=True)
    assert result.returncode == 1 and "broken.toml" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
def test_sites_command_and_config_file(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "mill.toml").write_text('name = "essaymill"\ndescription = "a mill"\n[recognise]\nhosts = ["essaymill.example"]\n')
    config = tmp_path / "config.toml"
    config.write_text('profiles = ["mine"]\n')
    result = subprocess.run([sys.executable, "-m", "essayconv.cli", "sites"], capture_output=True, text=True,
                            env={**os.environ, "ESSAYCONV_CONFIG": str(config)})
    names = {line.split()[0] for line in result.stdout.splitlines() if line and not line.startswith(" ")}
    assert result.returncode == 0 and names == SHIPPED | {"essaymill"}
    assert "recognised by hosts essaymill.example" in result.stdout


@pytest.mark.slow
def test_profiles_flag_on_convert(tmp_path: Path) -> None:
    (tmp_path / "mill.toml").write_text('name = "essaymill"\n[recognise]\nhosts = ["essaymill.example"]\n')
    page = tmp_path / "page.html"
    page.write_text(f'<html><head><link rel="canonical" href="https://essaymill.example/1"></head><body><h1>T</h1>{ESSAY}</body></html>')
    result = subprocess.run([sys.executable, "-m", "essayconv.cli", "convert", str(page), "--profiles", str(tmp_path)],
                            capture_output=True, text=True)
    assert json.loads(result.stdout)["metadata"]["site"] == "essaymill"


def _marked_by_one_scan(profiles: tuple, text: str) -> set[int]:
    """The reference: every marker's full pattern run over the whole text."""
    import re

    return {i for i, profile in enumerate(profiles) for marker in profile.markers
            if re.compile(marker.pattern, re.IGNORECASE | re.MULTILINE).search(text)}


def test_marker_prefilter_agrees_with_the_full_patterns() -> None:
    from essayconv.literals import required_literals
    from essayconv.profiles import _marked

    profiles = load_profiles(())
    markers = [m for p in profiles for m in p.markers]
    assert sum(required_literals(m.pattern) is not None for m in markers) >= 0.8 * len(markers)
    samples = sorted(SAMPLES_DIR.glob("*.html")) + sorted(SAMPLES_DIR.glob("*.txt"))
    matched = 0
    for path in samples:
        text = path.read_text("utf-8", errors="replace")
        for variant in (text, text.upper(), text.swapcase()):
            expected = _marked_by_one_scan(profiles, variant)
            assert _marked(profiles, variant) == expected, path.name
            matched += bool(expected)
    assert matched >= 10  # the agreement is checked on pages that do carry markers


@pytest.mark.parametrize("pattern, literals", [
    (r"^Length: [\d,]+ words \([\d.]+ double-spaced pages?\)", (" double-spaced page",)),
    (r"You are on page \d+ ?of \d+", ("you are on page ",)),
    (r"Generating Preview\.\.\.", ("generating preview...",)),
    (r"(?:a|b)c", None),
    # one literal of each branch: every match holds one of them
    (r"\b(?:continues|goes on) (?:for|to) (?:patrons|members)\b", ("continues", "goes on")),
    (r'^"?.{5,200}"?\s*(?:ivypanda|bartleby)(?:\.com)?, \d{4}', ("bartleby", "ivypanda")),
    (r"(?:written (?:by|for)|drafted by) our team", (" our team",)),
    (r"(?:buy|get) (?:now|it)", ("buy", "get")),
    (r"(?:by|at) (?:no|it)", None),  # two letters rule too little out
    (r"(?:ab)?sample text", ("sample text",)),  # an optional part is never required
    (r"\bslouží (?:pouze|jen)\b", ("slouží ",)),  # Latin letters with diacritics lower() as re folds them
    (r"\bdıe ausarbeitung", ("e ausarbeitung",)),  # the dotless i: re equates it with "i", lower() does not
    # a few separators in a class: each spelling of the literal (a breadcrumb's " › ", a strip's " · ")
    (r"^[^.!?·|•]{1,50}(?: [·|•] [^.!?·|•]{1,50}){1,6}$", (" | ", " · ", " • ")),
    (r"^[^>/]{1,40}(?: (?:›|»|>|/) [^>/]{1,40}){2,}$", (" / ", " > ", " » ", " › ")),
    (r"plagiarism[ -]free", ("plagiarism free", "plagiarism-free")),
    (r"redactad[oa] por", ("redactad",)),  # a class of letters still ends the run
    (r"d[’']aide", ("d'aide", "d’aide")),  # "d" alone is too short: the run goes on through the mark
])
def test_required_literals(pattern: str, literals: tuple[str, ...] | None) -> None:
    from essayconv.literals import required_literals

    assert required_literals(pattern) == literals


@pytest.mark.parametrize("pattern, also", [
    # every set of its own parts beside the best one: a text holding " the " but neither "view" nor "read" is not searched
    (r"\bto (?:view|read) the (?:full|whole) essay", (("read", "view"), ("full", "whole"), ("to ",), (" the ",))),
    (r"^Length: [\d,]+ words", ((" words",),)),
    (r"(?:buy|get) (?:now|it)", ()),  # "now"/"it": too short to rule anything out
    (r"(?:ab)?sample text", ()),
])
def test_a_patterns_other_required_literal_sets(pattern: str, also: tuple[tuple[str, ...], ...]) -> None:
    from essayconv.literals import pattern_facts

    assert sorted(pattern_facts(pattern).also) == sorted(also)


def test_every_match_of_a_shipped_rule_holds_one_literal_of_each_of_its_sets() -> None:
    """The sets beside a pattern's best literal rule it out where one is missing (rules.BlockRule.finds):
    each must be held by every match, checked on every shipped example a pattern finds, as written and
    in capitals."""
    import tomllib
    from importlib import resources

    from essayconv.literals import pattern_facts, prefilter_view

    data = tomllib.loads((resources.files("essayconv") / "data" / "clutter.toml").read_text("utf-8"))
    checked = 0
    for block in data["block"]:
        for pattern in block.get("patterns", []):
            compiled = re.compile(pattern, re.IGNORECASE)
            for example in block.get("examples", []):
                for text in (example, example.upper()):
                    if (view := prefilter_view(text)) and compiled.search(text):
                        for found in pattern_facts(pattern).also:
                            checked += 1
                            assert any(literal in view for literal in found), (pattern, text, found)
    assert checked >= 50


def test_no_latin_letter_a_literal_may_hold_folds_under_re_but_not_lower() -> None:
    """The literal prefilters lower() the text; re's case-insensitive matching also equates a few
    letters lower() keeps apart (re._casefix). None of those may be in a literal."""
    import re
    import re._casefix as casefix  # Python >= 3.11

    from essayconv.literals import _safe_literal_char

    for code, others in casefix._EXTRA_CASES.items():
        for char in (chr(code), *map(chr, others)):
            if _safe_literal_char(char) and not char.isascii():
                pytest.fail(f"{char!r} folds to {[chr(o) for o in others]} under re")
    for code in range(0xC0, 0x250):
        char = chr(code)
        if _safe_literal_char(char):
            assert re.fullmatch(re.escape(char.lower()), char, re.IGNORECASE), char
            assert len(char.lower()) == 1, char


def test_every_shipped_selector_compiles() -> None:
    """Shipped profiles are not validated at each start (that cost a one-shot convert ~85 ms): here
    every selector they hold is compiled (by the engine that runs them, cssselect), and a user's bad
    selector is still caught when it loads."""
    from cssselect import HTMLTranslator

    profiles = load_profiles(())
    selectors = [s for p in profiles for group in (p.selectors, p.title_selectors, p.body_selectors,
                                                   p.clutter_selectors) for s in group]
    assert len(selectors) >= 20
    for selector in selectors:
        HTMLTranslator().css_to_xpath(selector)


def test_a_user_profile_with_a_bad_selector_is_refused_when_it_loads(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text('name = "bad"\n[recognise]\nselectors = ["div[[oops"]\n', "utf-8")
    with pytest.raises(InputError, match="bad site profile"):
        load_profiles((str(tmp_path),))
