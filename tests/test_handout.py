"""Class packets read back: contents entries point at the pages where essays start, each essay on a
new page (odd pages with --duplex), line numbers every five lines sitting on their lines'
baselines, the incomplete warning, discussion questions; the DOCX twin with fields and sections."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import zipfile
from functools import lru_cache
from pathlib import Path

import docx
import pdfplumber
import pytest
from docx.enum.section import WD_SECTION

from .conftest import SAMPLES

pytestmark = pytest.mark.slow  # renders packets (PDF, DOCX) in a subprocess: `pytest -m 'not slow'` leaves it out

ESSAYS = [SAMPLES / "bartleby-printing-press.html", SAMPLES / "ukessays-minimum-wage.html",
          SAMPLES / "ivypanda-coral-reefs.mhtml"]
TITLES = ["The Printing Press And The Reformation", "Minimum Wage Increases and Youth Employment",
          "Coral Reef Bleaching and Ocean Warming"]
QUESTIONS = """## Printing Press
- Why did printers prefer Luther's pamphlets?
- How did print change who could interpret scripture?

## Coral Reef
1. What makes a bleached coral recover?
"""


def handout(tmp_path: Path, name: str, *extra: str, inputs: list[Path] = ESSAYS) -> subprocess.CompletedProcess[str]:
    questions = tmp_path / "questions.md"
    questions.write_text(QUESTIONS)
    return subprocess.run([sys.executable, "-m", "essayconv.cli", "handout", *map(str, inputs), "-o", str(tmp_path / name),
                           "--title", "Unit 3 Readings", "--subtitle", "Essays for discussion", "--questions", str(questions),
                           *extra], capture_output=True, text=True, timeout=300)


@lru_cache(maxsize=None)
def packet(tmp: str, *extra: str) -> bytes:
    result = handout(Path(tmp), "packet.pdf", *extra)
    assert result.returncode == 0, result.stderr
    return (Path(tmp) / "packet.pdf").read_bytes()


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tmp_path_factory.mktemp("handout"))


def _page_lines(page: pdfplumber.page.Page) -> list[tuple[float, float, str, float]]:
    """(baseline y, x0, text, size) per printed line, from the glyphs' origins."""
    rows: dict[float, list[dict]] = {}
    for char in page.chars:
        rows.setdefault(round(char["matrix"][5], 1), []).append(char)
    out = []
    for baseline, chars in sorted(rows.items(), reverse=True):
        chars.sort(key=lambda c: c["x0"])
        out.append((baseline, chars[0]["x0"], "".join(c["text"] for c in chars), chars[0]["size"]))
    return out


def _starts(pdf: pdfplumber.PDF) -> dict[str, int]:
    """Essay title → the page number where it is printed as a heading."""
    starts = {}
    for number, page in enumerate(pdf.pages, 1):
        for _, _, text, size in _page_lines(page)[:3]:
            if text in TITLES and size > 14:
                starts[text] = number
    return starts


def test_contents_page_numbers_match_where_essays_start(work: str) -> None:
    with pdfplumber.open(io.BytesIO(packet(work))) as pdf:
        cover = pdf.pages[0].extract_text()
        assert "Unit 3 Readings" in cover and "Essays for discussion" in cover
        contents = pdf.pages[1].extract_text().splitlines()
        entries = {}
        for line in contents:
            match = re.match(r"^(.*?)\s*\.{3,}\s*(\d+)$", line)
            if match:
                entries[match.group(1)] = int(match.group(2))
        assert set(entries) == set(TITLES)
        starts = _starts(pdf)
        assert entries == starts
        for title, number in starts.items():  # each essay begins a page of its own
            assert _page_lines(pdf.pages[number - 1])[1][2] == title  # (after the running header)
        total = len(pdf.pages)
        for number, page in enumerate(pdf.pages[1:], 2):
            assert f"Page {number} of {total}" in page.extract_text()


def test_running_header_names_packet_and_essay(work: str) -> None:
    with pdfplumber.open(io.BytesIO(packet(work))) as pdf:
        starts = _starts(pdf)
        second_page = pdf.pages[starts[TITLES[0]]]  # the page after the first essay's start
        header = _page_lines(second_page)[0][2]
        assert header.startswith("Unit 3 Readings") and header.endswith(TITLES[0])


def test_incomplete_warning_and_blanks(work: str) -> None:
    with pdfplumber.open(io.BytesIO(packet(work))) as pdf:
        starts = _starts(pdf)
        first = pdf.pages[starts[TITLES[0]] - 1].extract_text()
        assert "Incomplete: the source page showed about 62% of 812 words." in first
        assert re.search(r"Name _+\s+Date _+\s+Period _+", first)
        assert "Incomplete" not in pdf.pages[starts[TITLES[1]] - 1].extract_text()


def test_questions_follow_their_essay(work: str) -> None:
    with pdfplumber.open(io.BytesIO(packet(work))) as pdf:
        texts = [p.extract_text() for p in pdf.pages]
        starts = _starts(pdf)
        pages = [n for n, t in enumerate(texts, 1) if "Discussion questions" in t]
        assert len(pages) == 2
        assert starts[TITLES[0]] < pages[0] < starts[TITLES[1]]
        assert "Why did printers prefer Luther's pamphlets?" in texts[pages[0] - 1]
        assert "What makes a bleached coral recover?" in texts[pages[1] - 1]


def test_line_numbers_every_five_on_their_baselines(work: str) -> None:
    with pdfplumber.open(io.BytesIO(packet(work, "--line-numbers"))) as pdf:
        starts = _starts(pdf)
        seen: list[int] = []
        for page in pdf.pages[starts[TITLES[0]] - 1: starts[TITLES[1]] - 1]:
            lines = _page_lines(page)
            body_left = min(x for _, x, text, size in lines if size > 9)
            for baseline, x, text, size in lines:
                match = re.match(r"^(\d+)\s*(.*)$", text)
                if match and x < body_left - 10 and size < 9:
                    seen.append(int(match.group(1)))
                    # the number shares its baseline with a line of essay text (merged in one row)
                    assert match.group(2).strip(), f"line number {match.group(1)} sits on no line"
        assert seen and seen == list(range(5, 5 * len(seen) + 1, 5))


def test_duplex_starts_essays_on_odd_pages(work: str) -> None:
    with pdfplumber.open(io.BytesIO(packet(work, "--duplex"))) as pdf:
        assert all(number % 2 == 1 for number in _starts(pdf).values())


def test_docx_packet(tmp_path: Path) -> None:
    result = handout(tmp_path, "packet.docx", "--line-numbers", "--duplex",
                     inputs=[*ESSAYS, Path(__file__).parent / "bad_inputs" / "files" / "bot-wall.html"])
    assert result.returncode == 0, result.stderr
    assert "left out" in result.stderr and "bot-wall.html" in result.stderr
    data = (tmp_path / "packet.docx").read_bytes()
    document = docx.Document(io.BytesIO(data))
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == TITLES
    assert len(document.sections) == 4
    assert all(s.start_type == WD_SECTION.ODD_PAGE for s in document.sections[1:])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        body = archive.read("word/document.xml").decode()
        settings = archive.read("word/settings.xml").decode()
    assert 'w:instr=" TOC' in body and 'w:updateFields w:val="true"' in settings
    assert body.count('w:countBy="5"') == 3 and 'w:restart="newSection"' in body
    texts = [p.text for p in document.paragraphs]
    assert "Incomplete: the source page showed about 62% of 812 words." in texts
    assert "Why did printers prefer Luther's pamphlets?" in texts
    header = document.sections[1].header.paragraphs[0].text
    assert header == f"Unit 3 Readings  ·  {TITLES[0]}"


def test_nothing_to_print_is_exit_3(tmp_path: Path) -> None:
    result = handout(tmp_path, "packet.pdf", inputs=[Path(__file__).parent / "bad_inputs" / "files" / "bot-wall.html"])
    assert result.returncode == 3 and "Traceback" not in result.stderr
    assert not (tmp_path / "packet.pdf").exists()
