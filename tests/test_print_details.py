"""What goes on paper, read back from the files: the source line (never a local path), the style's
reference heading, title case, the APA title page, italics in references, MLA DOCX spacing, the
page options of DOCX, line numbers in a converted PDF, and the one-line warnings on stderr."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from functools import lru_cache
from pathlib import Path

import docx
import pdfplumber
import pypdf
import pytest

import essayconv
from essayconv.model import Document, Emph, Metadata, Paragraph, References, Text
from essayconv.options import Options
from essayconv.write.conventions import conventions, title_case

from .conftest import SAMPLES

LOCAL = SAMPLES / "studylib-courtly-love.txt"  # a dump: no URL of its own
WITH_URL = SAMPLES / "ukessays-minimum-wage.html"
PROSE = ("The play returns again and again to the question of whether the future is fixed or made, and the "
         "witches only name a desire already present in the hero, so that fate needs a willing hand. ")


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    environment = {**os.environ, "ESSAYCONV_CONFIG": "", "HOME": "/nonexistent-home", **(env or {})}
    return subprocess.run([sys.executable, "-m", "essayconv.cli", *args], capture_output=True, text=True,
                          timeout=300, env=environment)


def warnings_of(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("[WARNING] ")]


def essay(title: str = "The Role Of Fate In Macbeth", heading: str = "Sources Used", url: str | None = None) -> Document:
    entries = ((Text("Bloom, Harold. "), Emph((Text("Shakespeare: The Invention of the Human"),)), Text(". Riverhead, 1998.")),
               (Text("Adelman, Janet. "), Emph((Text("Suffocating Mothers"),)), Text(". Routledge, 1992.")))
    body = tuple(Paragraph((Text("In "), Emph((Text("Macbeth"),)), Text(", " + PROSE * 2))) for _ in range(3))
    return Document(title=title, metadata=Metadata(source="/home/ada/Downloads/fate.html", url=url, lang="en"),
                    blocks=body, references=References(heading, entries))


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def docx_xml(data: bytes, part: str = "word/document.xml") -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(part).decode("utf-8")


@lru_cache(maxsize=None)
def rendered(fmt: str, style: str = "default", url: str | None = None, **extra: object) -> bytes:
    return essayconv.render(essay(url=url), fmt, Options(style=style, author="Ada Lovelace", **extra))  # type: ignore[arg-type]


# ---------------------------------------------------------------- 1. the source line


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_a_local_path_is_never_printed_nor_in_metadata(fmt: str) -> None:
    data = rendered(fmt)
    assert b"Downloads" not in data
    if fmt == "pdf":
        assert "Downloads" not in pdf_text(data) and "Source:" not in pdf_text(data)
        assert "/Subject" not in (pypdf.PdfReader(io.BytesIO(data)).metadata or {})
    elif fmt == "docx":
        assert "Downloads" not in docx_xml(data) + docx_xml(data, "docProps/core.xml")
    else:
        assert "dc.source" not in data.decode()


@pytest.mark.slow
def test_the_page_url_is_printed_and_source_or_no_source_override_it() -> None:
    url = "https://www.example.org/essays/fate"
    assert f"Source: {url}" in pdf_text(rendered("pdf", url=url))
    assert pypdf.PdfReader(io.BytesIO(rendered("pdf", url=url))).metadata["/Subject"] == url
    given = "https://school.example/reading/7"
    assert f"Source: {given}" in pdf_text(rendered("pdf", url=url, source_url=given))
    dropped = rendered("docx", url=url, no_source=True)
    assert url not in docx_xml(dropped) and url not in docx_xml(dropped, "docProps/core.xml")
    assert url in docx_xml(rendered("docx", url=url), "docProps/core.xml")


@pytest.mark.slow
def test_source_option_refuses_a_local_path(tmp_path: Path) -> None:
    result = run("convert", str(LOCAL), "-o", str(tmp_path / "x.pdf"), "--source", "/home/ada/x.html")
    assert result.returncode == 2 and "--source" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.slow
def test_the_library_refuses_a_local_path_as_source() -> None:
    from essayconv.errors import OptionError

    with pytest.raises(OptionError, match="web address"):
        essayconv.render(essay(), "docx", Options(source_url="file:///home/ada/x.html"))


@pytest.mark.slow
def test_a_packet_of_local_pages_prints_no_paths(tmp_path: Path) -> None:
    result = run("handout", str(LOCAL), str(WITH_URL), "-o", str(tmp_path / "p.pdf"))
    assert result.returncode == 0, result.stderr
    text = pdf_text((tmp_path / "p.pdf").read_bytes())
    assert "samples/" not in text and str(SAMPLES) not in text
    assert "Source: ukessays" in text  # the page with an address keeps its line


# ---------------------------------------------------------------- 2. style rules


@pytest.mark.slow
def test_reference_heading_is_the_styles() -> None:
    assert "Works Cited" in pdf_text(rendered("pdf", "mla"))
    assert "References" in pdf_text(rendered("pdf", "apa")) and "Sources Used" not in pdf_text(rendered("pdf", "apa"))
    assert "Sources Used" in pdf_text(rendered("pdf", "default"))
    assert "Works Cited" in docx_xml(rendered("docx", "mla")) and "References" in docx_xml(rendered("docx", "apa"))


def test_notes_keep_their_heading_in_every_style() -> None:
    from dataclasses import replace

    from essayconv.write.conventions import apply_conventions

    notes = replace(essay(), references=References("Notes", essay().references.entries))  # type: ignore[union-attr]
    assert apply_conventions(notes, Options(style="mla")).references.heading == "Notes"  # type: ignore[union-attr]


@pytest.mark.parametrize("given, mla, apa", [
    ("The Role Of Fate In Macbeth", "The Role of Fate in Macbeth", "The Role of Fate in Macbeth"),
    ("essay on khrushchev: a life in politics", "Essay on Khrushchev: A Life in Politics", "Essay on Khrushchev: A Life in Politics"),
    ("Walking Through The Woods Without A Map", "Walking through the Woods without a Map", "Walking Through the Woods Without a Map"),
    ("Why iPhone Use Matters To NASA", "Why iPhone Use Matters to NASA", "Why iPhone Use Matters to NASA"),
    ("THE ROLE OF FATE", "THE ROLE OF FATE", "THE ROLE OF FATE"),
    ("A Tale of Two Cities and What It Is For", "A Tale of Two Cities and What It Is For", "A Tale of Two Cities and What It Is For"),
])
def test_title_case(given: str, mla: str, apa: str) -> None:
    assert title_case(given, frozenset(conventions()["mla"]["minor"])) == mla
    assert title_case(given, frozenset(conventions()["apa"]["minor"])) == apa


def test_title_case_is_for_english_titles_only() -> None:
    from dataclasses import replace

    from essayconv.write.conventions import apply_conventions

    spanish = replace(essay(title="La migración en España"), metadata=Metadata(lang="es"))
    assert apply_conventions(spanish, Options(style="mla")).title == "La migración en España"


@pytest.mark.slow
def test_title_case_reaches_paper_in_mla_and_apa_only() -> None:
    assert "The Role of Fate in Macbeth" in pdf_text(rendered("pdf", "mla"))
    assert "The Role of Fate in Macbeth" in docx_xml(rendered("docx", "apa"))
    assert "The Role Of Fate In Macbeth" in pdf_text(rendered("pdf", "default"))


@pytest.mark.slow
def test_apa_title_page_is_centred_with_an_affiliation_line() -> None:
    data = rendered("pdf", "apa", affiliation="Department of English, Ridge College", course="ENG 101",
                    instructor="Dr. Hale", date="4 May 2025")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        lines = {}
        for word in page.extract_words(keep_blank_chars=True, use_text_flow=True):
            row = lines.setdefault(round(word["top"]), [])
            row.append(word)
        centred = {" ".join(w["text"] for w in row): (min(w["x0"] for w in row) + max(w["x1"] for w in row)) / 2
                   for row in lines.values()}
        for text in ("Ada Lovelace", "Department of English, Ridge College", "ENG 101", "Dr. Hale", "4 May 2025"):
            assert text in centred, centred
            assert centred[text] == pytest.approx(page.width / 2, abs=2), text
    document = docx.Document(io.BytesIO(rendered("docx", "apa", affiliation="Department of English, Ridge College")))
    lines = [(p.style.name, p.text, p.paragraph_format.space_after) for p in document.paragraphs[:3]]
    assert lines[0][0] == "Title" and lines[0][2].pt == 24  # a blank double-spaced line before the byline
    assert [text for _, text, _ in lines[1:]] == ["Ada Lovelace", "Department of English, Ridge College"]
    assert document.styles["Title Page Line"].paragraph_format.alignment == 1  # centred


def _italic_words(data: bytes) -> set[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        words = [w for page in pdf.pages for w in page.extract_words(extra_attrs=["fontname"])]
    return {w["text"] for w in words if "Italic" in w["fontname"]}


@pytest.mark.slow
@pytest.mark.parametrize("style", ["default", "mla", "apa"])
def test_italics_kept_in_reference_entries_and_body(style: str) -> None:
    italic = _italic_words(rendered("pdf", style))
    assert {"Suffocating", "Mothers", "Invention", "Macbeth,"} & italic >= {"Suffocating", "Invention"}
    document = docx.Document(io.BytesIO(rendered("docx", style)))
    runs = [(run.text, run.italic) for p in document.paragraphs for run in p.runs]
    assert ("Suffocating Mothers", True) in runs and ("Macbeth", True) in runs
    assert "*Suffocating Mothers*" in rendered("md", style).decode()
    assert "<em>Suffocating Mothers</em>" in rendered("html", style).decode()


@pytest.mark.slow
def test_mla_docx_body_has_no_space_after_paragraphs() -> None:
    document = docx.Document(io.BytesIO(rendered("docx", "mla")))
    for name in ("Body Text", "First Paragraph", "Bibliography", "Block Text"):
        style = document.styles[name]
        while style is not None and style.paragraph_format.space_after is None:
            style = style.base_style
        assert style is not None and style.paragraph_format.space_after == 0, name


@pytest.mark.slow
def test_mla_heading_pushed_to_next_page_leaves_at_most_two_blank_lines() -> None:
    from essayconv.model import Heading

    blocks: list = []
    for n in range(8):
        blocks.append(Heading(2, (Text(f"Part {n + 1}"),)))
        blocks.extend(Paragraph((Text(PROSE * (1 + n % 3)),)) for _ in range(2))
    document = Document(title="Headings", metadata=Metadata(lang="en"), blocks=tuple(blocks))
    data = essayconv.render(document, "pdf", Options(style="mla", author="Ada Lovelace"))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages[:-1]:
            bottom = max(w["bottom"] for w in page.extract_words() if w["top"] < page.height - 72)
            line = 24  # 12 pt double-spaced
            assert page.height - 72 - bottom <= 3 * line, f"page {page.page_number}: {page.height - 72 - bottom:.0f} pt empty"


@pytest.mark.slow
@pytest.mark.parametrize("sample", ["studycorgi-vaccine-hesitancy.html", "ukessays-nudge-theory.html"])
def test_mla_pages_before_works_cited_end_at_most_two_lines_short(sample: str) -> None:
    data = essayconv.render(essayconv.load(SAMPLES / sample), "pdf", Options(style="mla", author="Ada Lovelace"))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page, following in zip(pdf.pages, pdf.pages[1:]):
            if following.extract_text().splitlines()[1] == "Works Cited":
                continue  # the list starts its own page by design
            bottom = max(w["bottom"] for w in page.extract_words() if w["top"] < page.height - 72)
            assert page.height - 72 - bottom <= 3 * 24, f"page {page.page_number}"


# ---------------------------------------------------------------- DOCX page options, line numbers in PDF


@pytest.mark.slow
def test_docx_font_size_and_line_spacing_apply() -> None:
    document = docx.Document(io.BytesIO(rendered("docx", "default", font_size="14pt", line_spacing=1.8)))
    normal = document.styles["Normal"]
    assert normal.font.size.pt == 14
    assert document.styles["Body Text"].paragraph_format.line_spacing == pytest.approx(1.8)


@pytest.mark.slow
def test_line_numbers_in_a_converted_pdf() -> None:
    plain, numbered = rendered("pdf", "mla"), rendered("pdf", "mla", line_numbers=True)
    assert plain != numbered
    with pdfplumber.open(io.BytesIO(numbered)) as pdf:
        page = pdf.pages[0]
        small = [c for c in page.chars if c["size"] < 9]
        numbers = "".join(c["text"] for c in sorted(small, key=lambda c: (c["top"], c["x0"])))
        assert numbers.startswith("5") and "10" in numbers
        assert all(c["x1"] < 72 for c in small)  # in the left margin
        # each number sits on the baseline of a body line
        baselines = {round(c["matrix"][5], 1) for c in page.chars if c["size"] >= 11}
        for char in small:
            assert any(abs(char["matrix"][5] - b) < 0.6 for b in baselines)


# ---------------------------------------------------------------- 3. warnings


@pytest.mark.slow
def test_convert_warns_when_the_site_hid_text(tmp_path: Path) -> None:
    result = run("convert", str(SAMPLES / "bartleby-printing-press.html"), "-o", str(tmp_path / "x.txt"))
    assert result.returncode == 0
    assert warnings_of(result) == ["[WARNING] " + str(SAMPLES / "bartleby-printing-press.html")
                                   + ": the site hid text: 505 of 812 words recovered"]
    quiet = run("convert", str(SAMPLES / "bartleby-printing-press.html"), "-o", str(tmp_path / "y.txt"), "--quiet")
    assert quiet.returncode == 0 and quiet.stderr == ""


@pytest.mark.slow
@pytest.mark.parametrize("fmt, flags, expected", [
    ("txt", ["--line-numbers"], "--line-numbers has no effect on TXT output"),
    ("docx", ["--css", "x.css"], "--css has no effect on DOCX output"),
    ("pdf", ["--reference-doc", "ref.docx"], "--reference-doc has no effect on PDF output"),
    ("json", ["--style", "mla"], "--style has no effect on JSON output"),
    ("md", ["--source", "https://example.org/x"], "--source has no effect on MD output"),
    ("html", ["--font-size", "14pt"], "--font-size has no effect on HTML output"),
    ("pdf", ["--instructor", "Dr. Hale"], "--instructor has no effect in the default style (only mla, apa)"),
    ("docx", ["--style", "mla", "--affiliation", "Ridge"], "--affiliation has no effect in the mla style (only apa)"),
])
def test_options_without_effect_warn(tmp_path: Path, fmt: str, flags: list[str], expected: str) -> None:
    (tmp_path / "x.css").write_text("p { color: red }")
    result = run("convert", str(WITH_URL), "-o", str(tmp_path / f"out.{fmt}"), *[
        str(tmp_path / f) if f.endswith((".css",)) else f for f in flags], "--author", "Ada Lovelace")
    assert result.returncode == 0, result.stderr
    assert f"[WARNING] {expected}" in warnings_of(result)


@pytest.mark.slow
def test_mla_without_author_warns(tmp_path: Path) -> None:
    result = run("convert", str(WITH_URL), "-o", str(tmp_path / "x.docx"), "--style", "mla")
    assert result.returncode == 0
    [line] = [w for w in warnings_of(result) if "MLA" in w]
    assert "--author" in line and "--instructor" in line
    full = run("convert", str(WITH_URL), "-o", str(tmp_path / "y.docx"), "--style", "mla", "--author", "A B",
               "--instructor", "C", "--course", "D", "--date", "E")
    assert not [w for w in warnings_of(full) if "MLA" in w]


@pytest.mark.slow
def test_line_numbered_pdf_is_byte_identical_across_runs(tmp_path: Path) -> None:
    from .helpers import convert_twice

    first, second = convert_twice(WITH_URL, tmp_path, ".pdf", "--style", "mla", "--line-numbers", "--author", "A B")
    assert first == second


@pytest.mark.slow
def test_one_source_for_many_inputs_is_warned(tmp_path: Path) -> None:
    """--source names one page: given to a batch of two, it would be printed under both."""
    pages = [str(SAMPLES / "blog-canal-towns.html"), str(LOCAL)]
    result = run("batch", *pages, "-o", str(tmp_path / "out"), "--to", "html", "--source", "https://example.org/x")
    assert result.returncode == 0
    assert any("every one of the 2 inputs" in line for line in warnings_of(result))
