"""Handout controls read back: page size, margins and type from the command line, questions that
follow their essay on the same page, answer lines, questions that match nothing named on stderr,
the wide margin on the outer edge with --duplex (PDF and DOCX); and the seed tests skipping
cleanly in a clone without ../shared."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import zipfile
from functools import lru_cache
from pathlib import Path

import pdfplumber
import pytest

from .conftest import ROOT, SAMPLES

pytestmark = pytest.mark.slow  # renders packets (PDF, DOCX) in a subprocess: `pytest -m 'not slow'` leaves it out

FIVE = [SAMPLES / name for name in ("bartleby-printing-press.html", "ukessays-minimum-wage.html",
                                    "ivypanda-coral-reefs.mhtml", "cram-glass-ceiling.html", "blog-canal-towns.html")]
QUESTIONS = "\n".join(f"## {match}\n- What is the main claim, and where is it first stated?\n- Which evidence is strongest?\n"
                      for match in ("Printing Press", "Minimum Wage", "Coral Reef", "Leaky Pipeline", "Canal"))


def handout(tmp: Path, name: str, *extra: str, inputs: tuple[Path, ...] | list[Path] = tuple(FIVE)) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "ESSAYCONV_CONFIG": "", "HOME": "/nonexistent-home"}
    return subprocess.run([sys.executable, "-m", "essayconv.cli", "handout", *map(str, inputs), "-o", str(tmp / name),
                           *extra], capture_output=True, text=True, timeout=600, env=environment)


@lru_cache(maxsize=None)
def packet(tmp: str, name: str, *extra: str, inputs: tuple[Path, ...] = tuple(FIVE)) -> bytes:
    result = handout(Path(tmp), name, *extra, inputs=inputs)
    assert result.returncode == 0, result.stderr
    return (Path(tmp) / name).read_bytes()


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("controls")
    (folder / "questions.md").write_text(QUESTIONS)
    return str(folder)


def test_questions_cost_at_most_two_pages_for_five_essays(work: str) -> None:
    alone = packet(work, "alone.pdf")
    asked = packet(work, "asked.pdf", "--questions", str(Path(work) / "questions.md"))
    with pdfplumber.open(io.BytesIO(alone)) as a, pdfplumber.open(io.BytesIO(asked)) as b:
        assert len(b.pages) - len(a.pages) <= 2, (len(a.pages), len(b.pages))
        # at least one essay's questions start on the page where its text ends
        shared = [p for p in b.pages if "Discussion questions" in (p.extract_text() or "")
                  and len((p.extract_text() or "").split("Discussion questions")[0].split()) > 40]
        assert shared


def test_answer_lines(work: str) -> None:
    def rules(data: bytes) -> int:
        """Ruled answer lines: wide boxes 24 pt high (one per line; drawn as fill and stroke)."""
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return len({(page.page_number, round(box["top"])) for page in pdf.pages for box in page.rects
                        if abs(box["bottom"] - box["top"] - 24) < 0.3 and box["x1"] - box["x0"] > 100})

    questions = str(Path(work) / "questions.md")
    two = packet(work, "two.pdf", "--questions", questions, "--answer-lines", "2")
    zero = packet(work, "zero.pdf", "--questions", questions, "--answer-lines", "0")
    assert rules(zero) == 0
    assert rules(two) == 2 * 10  # five essays, two questions each


def test_unmatched_questions_are_named_on_stderr(tmp_path: Path) -> None:
    questions = tmp_path / "q.md"
    questions.write_text("## Printing Press\n- Why?\n\n## Moby Dick\n- Who is Ishmael?\n")
    result = handout(tmp_path, "p.pdf", "--questions", str(questions), inputs=tuple(FIVE[:1]))
    assert result.returncode == 0, result.stderr
    [line] = [line for line in result.stderr.splitlines() if line.startswith("[WARNING]")]
    assert '"Moby Dick" match no essay' in line and str(questions) in line


def test_page_options_reach_the_packet(work: str) -> None:
    data = packet(work, "a4.pdf", "--page-size", "a4", "--margins", "2cm", "--font-size", "10pt", inputs=tuple(FIVE[:1]))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[2]
        assert (page.width, page.height) == (pytest.approx(595.3, abs=1), pytest.approx(841.9, abs=1))
        body = [c for c in page.chars if c["fontname"].endswith(("Serif-Regular", "Georgia")) or "Serif" in c["fontname"]]
        assert body and round(min(c["x0"] for c in body)) == pytest.approx(2 / 2.54 * 72, abs=1.5)
        assert max(round(c["size"]) for c in body) <= 10


def test_docx_page_options_and_mirrored_margins(work: str) -> None:
    data = packet(work, "m.docx", "--duplex", "--wide-margins", "--page-size", "a4", inputs=tuple(FIVE[:2]))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        settings = archive.read("word/settings.xml").decode()
        document = archive.read("word/document.xml").decode()
    assert "<w:mirrorMargins/>" in settings
    assert '<w:pgSz w:w="11909" w:h="16834"/>' in document  # A4 (8.27 × 11.69 in) in twentieths of a point
    plain = packet(work, "p.docx", "--wide-margins", inputs=tuple(FIVE[:2]))
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        assert "mirrorMargins" not in archive.read("word/settings.xml").decode()


def test_pdf_duplex_wide_margin_is_on_the_outer_edge(work: str) -> None:
    data = packet(work, "d.pdf", "--duplex", "--wide-margins", inputs=tuple(FIVE[:1]))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        lefts = {}
        for page in pdf.pages[2:4]:
            body = [c for c in page.chars if c["size"] > 11]
            lefts[page.page_number % 2] = min(c["x0"] for c in body)
    assert lefts[1] < 80 and lefts[0] > 150  # right-hand pages: wide right margin; left-hand: wide left


def test_seed_tests_skip_without_shared_and_fail_on_ci(tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    (clone / "tests").mkdir(parents=True)
    for name in ("__init__.py", "conftest.py", "test_seed.py", "helpers.py"):
        shutil.copy(ROOT / "tests" / name, clone / "tests" / name)
    base = {k: v for k, v in os.environ.items() if k != "CI"}
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", "tests/test_seed.py"],
                            cwd=clone, capture_output=True, text=True, timeout=300, env=base)
    assert result.returncode == 0 and "skipped" in result.stdout, result.stdout
    assert "the seed pages are not beside this checkout" in result.stdout
    ci = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_seed.py"],
                        cwd=clone, capture_output=True, text=True, timeout=300, env={**base, "CI": "true"})
    assert ci.returncode != 0 and "CI must run the seed tests" in ci.stdout


def test_docx_questions_follow_the_essay_with_their_answer_lines(work: str) -> None:
    data = packet(work, "q.docx", "--questions", str(Path(work) / "questions.md"), "--answer-lines", "3",
                  inputs=tuple(FIVE[:2]))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        document = archive.read("word/document.xml").decode()
    assert document.count("<w:pBdr><w:bottom") == 2 * 2 * 3  # two essays, two questions, three lines each
    heading = document.index("Discussion questions")
    paragraph = document.rfind("<w:p>", 0, heading)
    assert "pageBreakBefore" not in document[paragraph:heading]  # no forced new page
