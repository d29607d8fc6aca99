"""The config file (style, author … set once; the command line wins), and every shape a user can get
wrong answered by one clear stderr line: config values, rules files, questions files, list files,
over-long paths, a zip-bomb or section-less reference.docx. Plus the characters XML forbids, in
pages and in options, for every writer."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pdfplumber
import pytest

import essayconv
from essayconv.config import Config, load_config, merged, parse_config, settings
from essayconv.errors import InputError, OptionError
from essayconv.model import Document, Metadata, Paragraph, Text
from essayconv.options import Options

from .conftest import SAMPLES

PAGE = SAMPLES / "ukessays-minimum-wage.html"


def run(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "ESSAYCONV_CONFIG": "", "HOME": "/nonexistent-home", **(env or {})}
    return subprocess.run([sys.executable, "-m", "essayconv.cli", *args], capture_output=True, text=True,
                          timeout=300, env=environment, cwd=cwd)


def one_line_error(result: subprocess.CompletedProcess[str], code: int, *needles: str) -> str:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.strip().splitlines() if not line.startswith("[WARNING]")]
    assert len(lines) == 1, result.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


# ---------------------------------------------------------------- the config file


@pytest.mark.slow
def test_config_sets_style_and_author_and_the_command_line_wins(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('style = "mla"\nauthor = "Priya Raman"\ninstructor = "Dr. Hale"\ncourse = "ECON 210"\n'
                      'date = "4 May 2025"\npage_size = "a4"\n')
    result = run("convert", str(PAGE), "-o", str(tmp_path / "a.pdf"), env={"ESSAYCONV_CONFIG": str(config)})
    assert result.returncode == 0, result.stderr
    with pdfplumber.open(tmp_path / "a.pdf") as pdf:
        text = pdf.pages[0].extract_text()
        assert text.splitlines()[0] == "Raman 1" and "Priya Raman" in text
        assert pdf.pages[0].width == pytest.approx(595, abs=1)  # A4 from the config
    result = run("convert", str(PAGE), "-o", str(tmp_path / "b.pdf"), "--author", "Ada Lovelace", "--page-size", "letter",
                 env={"ESSAYCONV_CONFIG": str(config)})
    with pdfplumber.open(tmp_path / "b.pdf") as pdf:
        assert pdf.pages[0].extract_text().splitlines()[0] == "Lovelace 1"
        assert pdf.pages[0].width == pytest.approx(612, abs=1)


def test_config_lists_come_first_and_paths_resolve_beside_the_file(tmp_path: Path) -> None:
    config = parse_config('rules = ["mine.toml"]\ncss = ["/abs/print.css"]\n', tmp_path / "config.toml")
    options = merged(config, {"rules_files": ("cli.toml",), "css_files": ()})
    assert options["rules_files"] == (str(tmp_path / "mine.toml"), "cli.toml")
    assert options["css_files"] == ("/abs/print.css",)


def test_settings_read_the_config_in_the_library(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('style = "mla"\nauthor = "Priya Raman"\nquiet = true\ncolour = "red"\n')
    found = settings({"author": "Ada Lovelace", "quiet": False, "page_size": None},
                     environ={"ESSAYCONV_CONFIG": str(config)})
    assert dict(found.values) == {"style": "mla", "author": "Ada Lovelace"}
    assert found.quiet is True
    assert len(found.warnings) == 1 and "unknown config key 'colour'" in found.warnings[0]
    assert settings({"quiet": True}, environ={}).quiet is True


@pytest.mark.slow
def test_unknown_config_key_warns_and_quiet_silences(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('stlye = "mla"\n')
    result = run("convert", str(PAGE), "--to", "txt", env={"ESSAYCONV_CONFIG": str(config)})
    assert result.returncode == 0
    assert any("unknown config key 'stlye'" in line and line.startswith("[WARNING] ") for line in result.stderr.splitlines())
    quiet = run("convert", str(PAGE), "--to", "txt", "-q", env={"ESSAYCONV_CONFIG": str(config)})
    assert quiet.stderr == ""


@pytest.mark.slow
@pytest.mark.parametrize("target, needle", [("missing.toml", "does not exist"), ("folder", "is a folder")])
def test_a_config_that_cannot_be_read_warns(tmp_path: Path, target: str, needle: str) -> None:
    (tmp_path / "folder").mkdir()
    result = run("convert", str(PAGE), "--to", "txt", env={"ESSAYCONV_CONFIG": str(tmp_path / target)})
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert [line for line in result.stderr.splitlines() if needle in line][0].startswith("[WARNING] ")


@pytest.mark.slow
@pytest.mark.parametrize("variable", ["ESSAYCONV_CONFIG", "HOME"])
def test_over_long_config_paths_warn_not_crash(variable: str) -> None:
    result = run("convert", str(PAGE), "--to", "txt", env={variable: "/" + "x" * 5000})
    assert result.returncode == 0 and "Traceback" not in result.stderr
    about_config = [line for line in result.stderr.splitlines() if "config file" in line]
    assert len(about_config) == 1 and about_config[0].startswith("[WARNING] ")
    assert about_config[0].endswith("cannot read the config file (File name too long); ignored")


@pytest.mark.slow
@pytest.mark.parametrize("text, needle", [
    ("profiles = 5", "'profiles' must be a list of file names"),
    ("rules = [1, 2]", "'rules' must be a list of file names"),
    ('rules = "mine.toml"', "'rules' must be a list of file names"),
    ('style = "chicago"', "'style' must be one of default, mla, apa, handout"),
    ("line_spacing = \"double\"", "'line_spacing' must be a number"),
    ("quiet = 1", "'quiet' must be true or false"),
    ("style = ", "not valid TOML"),
])
def test_config_shapes_are_one_clear_error(tmp_path: Path, text: str, needle: str) -> None:
    config = tmp_path / "config.toml"
    config.write_text(text + "\n")
    result = run("convert", str(PAGE), "--to", "txt", env={"ESSAYCONV_CONFIG": str(config)})
    one_line_error(result, 2, str(config), needle)


def test_load_config_reads_the_home_default(tmp_path: Path) -> None:
    folder = tmp_path / ".config" / "essayconv"
    folder.mkdir(parents=True)
    (folder / "config.toml").write_text('author = "Ada"\n')
    assert load_config({"HOME": str(tmp_path)}).get("author") == "Ada"
    assert load_config({"HOME": str(tmp_path / "nobody")}) == Config()


# ---------------------------------------------------------------- rules, questions, lists


@pytest.mark.slow
@pytest.mark.parametrize("text, needle", [
    ("[mystery]\nx = 1\n", "unknown table 'mystery'"),
    ('block = "x"\n', "'block' must be [[block]] tables"),
    ('[teaser]\npatterns = "x"\n', "'teaser.patterns' must be a list of strings"),
])
def test_rules_files_of_the_wrong_shape_are_an_error(tmp_path: Path, text: str, needle: str) -> None:
    rules = tmp_path / "mine.toml"
    rules.write_text(text)
    result = run("convert", str(PAGE), "--to", "txt", "--rules", str(rules))
    one_line_error(result, 1, str(rules), needle)


@pytest.mark.slow
@pytest.mark.parametrize("text, needle", [
    ('[[essay]]\nmatch = "Minimum"\nquestions = "Why?"\n', "questions must be a list of strings"),
    ('[[essay]]\nquestions = ["Why?"]\n', "needs match"),
    ('essay = 3\n', "[[essay]] tables"),
])
def test_questions_of_the_wrong_shape_are_an_error(tmp_path: Path, text: str, needle: str) -> None:
    questions = tmp_path / "q.toml"
    questions.write_text(text)
    result = run("handout", str(PAGE), "-o", str(tmp_path / "p.pdf"), "--questions", str(questions))
    one_line_error(result, 1, str(questions), needle)
    assert not (tmp_path / "p.pdf").exists()


@pytest.mark.slow
def test_handout_with_a_missing_list_is_one_line(tmp_path: Path) -> None:
    result = run("handout", "-i", str(tmp_path / "missing.list"), "-o", str(tmp_path / "p.pdf"))
    one_line_error(result, 1, "missing.list", "cannot read the list")


# ---------------------------------------------------------------- reference documents


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


@pytest.mark.slow
def test_a_zip_bomb_reference_doc_is_refused_before_it_is_inflated(tmp_path: Path) -> None:
    bomb = _zip(tmp_path / "bomb.docx", {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<" + b" " * (300 * 2**20)})
    assert bomb.stat().st_size < 2 * 2**20
    result = run("convert", str(PAGE), "-o", str(tmp_path / "x.docx"), "--reference-doc", str(bomb))
    one_line_error(result, 1, str(bomb), "zip bomb")
    assert not (tmp_path / "x.docx").exists()


@pytest.mark.slow
def test_a_reference_doc_without_section_properties_is_one_line(tmp_path: Path) -> None:
    source = io.BytesIO()
    docx.Document().save(source)
    with zipfile.ZipFile(source) as archive:
        members = {info.filename: archive.read(info.filename) for info in archive.infolist()}
    xml = members["word/document.xml"].decode()
    start = xml.index("<w:sectPr")
    members["word/document.xml"] = (xml[:start] + xml[xml.index("</w:sectPr>") + len("</w:sectPr>"):]).encode()
    reference = _zip(tmp_path / "nosect.docx", members)
    result = run("convert", str(PAGE), "-o", str(tmp_path / "x.docx"), "--reference-doc", str(reference))
    one_line_error(result, 1, str(reference), "w:sectPr")


# ---------------------------------------------------------------- characters XML forbids


def _hostile() -> Document:
    body = Paragraph((Text("Body with a C1 \x9b[31m escape and NEL\x85here " + "and words enough to print. " * 5),))
    return Document(title="Title\ufffe with \uffff non\x85characters\x9b", metadata=Metadata(source="s", lang="en", author="A\x07uthor"),
                    blocks=(body,))


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["docx", "pdf", "html", "json", "md", "txt"])
def test_forbidden_characters_never_reach_a_writer(fmt: str) -> None:
    data = essayconv.render(_hostile(), fmt, Options(author="Ada\x00 \x1bLovelace", instructor="Dr.\x85Hale", style="mla"))
    text = data.decode("utf-8", "replace") if fmt != "pdf" and fmt != "docx" else ""
    if fmt == "docx":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            text = "".join(archive.read(n).decode() for n in ("word/document.xml", "docProps/core.xml", "word/header1.xml")
                           if n in archive.namelist())
        assert "Ada Lovelace" in text.replace("  ", " ")
    if fmt == "pdf":
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            text = "".join(page.extract_text() for page in pdf.pages) + json.dumps(pdf.metadata, default=str)
    for bad in ("\ufffe", "\uffff", "\x85", "\x9b", "\x00", "\x07", "\x1b"):
        assert bad not in text, (fmt, repr(bad))
    if fmt == "json":
        assert json.loads(data)["title"] == "Title with non characters"


@pytest.mark.slow
def test_control_characters_in_handout_title_and_author(tmp_path: Path) -> None:
    result = run("handout", str(PAGE), "-o", str(tmp_path / "p.docx"), "--title", "Unit\x01 3\ufffe", "--course", "Hist\x9b 10")
    assert result.returncode == 0, result.stderr
    result = run("convert", str(PAGE), "-o", str(tmp_path / "x.docx"), "--author", "Ada\x02 Lovelace", "--style", "mla")
    assert result.returncode == 0, result.stderr
    assert "Lovelace" in docx.Document(str(tmp_path / "x.docx")).sections[0].header.paragraphs[0].text


def test_option_errors_raise_option_error() -> None:
    with pytest.raises(OptionError):
        essayconv.render(_hostile(), "docx", Options(font_size="huge"))
    with pytest.raises(InputError):
        essayconv.render(_hostile(), "docx", Options(reference_doc="/nonexistent/ref.docx"))


@pytest.mark.parametrize("given, expected", [
    ("0:0:0\x80River", "0:0:0 River"),  # between two words: still two words
    ("Title\ufffe with \uffff non\x85characters\x9b", "Title with non characters"),  # no doubled or trailing space
    ("Ada\x00 \x1bLovelace", "Ada Lovelace"),
    ("lone\ud800surrogate", "lone surrogate"),
    ("clean text stays\tas it is\n", "clean text stays\tas it is\n"),
])
def test_safe_text(given: str, expected: str) -> None:
    from essayconv.safe_text import safe_text

    assert safe_text(given) == expected
