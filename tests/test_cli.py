"""The command line as a user runs it: a real subprocess, real files, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import SAMPLES

pytestmark = pytest.mark.slow  # runs essayconv in a subprocess: `pytest -m 'not slow'` leaves it out

SAMPLE = SAMPLES / "bartleby-printing-press.html"


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "essayconv.cli", *args], input=stdin, capture_output=True,
                          cwd=cwd, timeout=120)


def assert_one_line_error(result: subprocess.CompletedProcess[bytes], name: str, code: int) -> str:
    err = result.stderr.decode()
    assert result.returncode == code, err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert name in err
    return err


def test_convert_to_stdout_is_json_by_default() -> None:
    result = run("convert", str(SAMPLE))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["title"] == "The Printing Press And The Reformation"


@pytest.mark.parametrize("suffix, marker", [(".json", b'"schema"'), (".html", b"<!DOCTYPE html>"),
                                            (".md", b"# The Printing"), (".txt", b"The Printing Press")])
def test_format_from_output_extension(tmp_path: Path, suffix: str, marker: bytes) -> None:
    target = tmp_path / f"out{suffix}"
    result = run("convert", str(SAMPLE), "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(marker) or marker in target.read_bytes()[:200]
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left


def test_dash_output_and_stdin_input() -> None:
    result = run("convert", "-", "-o", "-", "--to", "md", stdin=SAMPLE.read_bytes())
    assert result.returncode == 0 and result.stdout.startswith(b"# The Printing Press")


def test_missing_file_exit_1(tmp_path: Path) -> None:
    assert_one_line_error(run("convert", str(tmp_path / "nope.html")), "nope.html", 1)


def test_binary_file_exit_1_and_no_output(tmp_path: Path) -> None:
    bad = tmp_path / "image.html"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    target = tmp_path / "out.json"
    err = assert_one_line_error(run("convert", str(bad), "-o", str(target)), "image.html", 1)
    assert "PNG" in err and not target.exists()


@pytest.mark.parametrize("body, reason", [
    ("<html><head><title>bartleby.com — Just a moment...</title></head><body><p>Just a moment...</p><p>This website "
     "uses a security service to protect against malicious bots. This page is displayed while the website verifies "
     "you are not a bot.</p></body></html>", "bot check"),
    ("<html><body><h1>Capital Punishment Is Unlawful</h1><p>This is a persuasive essay in which the author argues "
     "that the death penalty is ineffective.</p><p>About this essay</p><p>Generating Preview...</p></body></html>",
     "script-loaded preview"),
    ("<html><body><nav><a href='/'>Home</a></nav><p>Welcome!</p></body></html>", "only"),
    # an editor's summary with the loader gone: still a summary, not the essay
    ("<html><body><h1>Graffiti: Art or Vandalism?</h1><p>This is a compare and contrast essay in which the author "
     "examines whether graffiti should be treated as public art or as property damage, looking at the history of "
     "tagging in subway cars, the rise of commissioned murals and the way several cities now sell street-art tours "
     "to visitors, before arguing that the answer depends on consent.</p><p>Words 864</p></body></html>", "summary"),
])
def test_no_essay_exit_3(tmp_path: Path, body: str, reason: str) -> None:
    page = tmp_path / "wall.html"
    page.write_text(body)
    target = tmp_path / "out.json"
    err = assert_one_line_error(run("convert", str(page), "-o", str(target)), "wall.html", 3)
    assert reason in err and not target.exists()


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("convert").returncode == 2
    result = run("convert", str(SAMPLE), "-o", str(tmp_path / "out.xyz"))
    assert_one_line_error(result, "out.xyz", 2)
    assert run("convert", str(SAMPLE), "--to", "rtf").returncode == 2


def test_refuses_to_overwrite_its_input(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(SAMPLE.read_bytes())
    before = page.read_bytes()
    result = run("convert", str(page), "-o", str(page), "--to", "html")
    assert_one_line_error(result, "page.html", 1)
    assert page.read_bytes() == before


def test_missing_output_folder(tmp_path: Path) -> None:
    result = run("convert", str(SAMPLE), "-o", str(tmp_path / "no" / "such" / "out.json"))
    assert_one_line_error(result, "out.json", 1)


def test_inspect_lists_kept_and_removed() -> None:
    result = run("inspect", str(SAMPLE))
    out = result.stdout.decode()
    assert result.returncode == 0
    assert "KEPT" in out and "REMOVED" in out
    assert "teaser" in out and "banner" in out and "[gap: teaser]" in out
    assert "812 claimed" in out


def test_version_and_help() -> None:
    assert run("--version").stdout.decode().startswith("essayconv, version ")
    help_text = run("--help").stdout.decode()
    assert "convert" in help_text and "inspect" in help_text


def test_help_does_not_import_heavy_libraries() -> None:
    code = ("import sys; from click.testing import CliRunner; from essayconv.cli import main; "
            "CliRunner().invoke(main, ['--help']); "
            "print(sorted(m for m in ('weasyprint', 'docx', 'bs4', 'lxml', 'ftfy', 'charset_normalizer') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_user_rules_file_extends_the_clutter_phrases(tmp_path: Path) -> None:
    rules = tmp_path / "mine.toml"
    rules.write_text('[[block]]\nkind = "ad"\naction = "drop"\npatterns = [\'^Reading Without Priests$\']\n')
    plain = json.loads(run("convert", str(SAMPLE)).stdout)
    extended = json.loads(run("convert", str(SAMPLE), "--rules", str(rules)).stdout)
    assert "Reading Without Priests" in [b.get("text") for b in plain["blocks"]]
    assert "Reading Without Priests" not in [b.get("text") for b in extended["blocks"]]
    assert {"kind": "ad", "text": "Reading Without Priests"} in extended["removed"]


def test_broken_rules_file_is_a_one_line_error(tmp_path: Path) -> None:
    rules = tmp_path / "broken.toml"
    rules.write_text("[[block]\nkind = ")
    assert_one_line_error(run("convert", str(SAMPLE), "--rules", str(rules)), "broken.toml", 1)
