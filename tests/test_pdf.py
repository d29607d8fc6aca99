"""Real PDFs, read back: pages, printed page numbers, running heads, outline, metadata, fonts,
hanging indents measured from glyph positions, new-page rules, determinism and the sandbox."""

from __future__ import annotations

import io
import subprocess
import sys
import threading
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pdfplumber
import pypdf
import pytest

import essayconv
from essayconv.errors import OptionError, OutputError
from essayconv.options import Options

from .conftest import SAMPLES
from .helpers import convert_twice

pytestmark = pytest.mark.slow  # renders PDF: `pytest -m 'not slow'` leaves it out

ESSAY = SAMPLES / "ukessays-minimum-wage.html"
PERSON = dict(author="Priya Raman", instructor="Dr. Hale", course="ECON 210", date="4 May 2025")


@lru_cache(maxsize=None)
def pdf_of(style: str, sample: Path = ESSAY, **extra: object) -> bytes:
    options = Options(style=style, **PERSON, **extra)  # type: ignore[arg-type]
    return essayconv.render(essayconv.load(sample), "pdf", options)


def pages_text(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def test_default_style_page_x_of_y_and_running_title() -> None:
    texts = pages_text(pdf_of("default"))
    assert len(texts) >= 2
    for number, text in enumerate(texts, 1):
        assert f"Page {number} of {len(texts)}" in text
    assert not texts[0].startswith("Minimum Wage Increases and Youth Employment\nMinimum")  # no header on page 1
    assert texts[1].splitlines()[0] == "Minimum Wage Increases and Youth Employment"


def test_outline_follows_the_headings() -> None:
    reader = pypdf.PdfReader(io.BytesIO(pdf_of("default")))

    def titles(items: list) -> list[str]:
        out: list[str] = []
        for item in items:
            out.extend(titles(item) if isinstance(item, list) else [item.title])
        return out

    assert titles(reader.outline) == ["Minimum Wage Increases and Youth Employment", "Introduction",
                                      "The Competitive Model and Its Critics", "Evidence from the National Living Wage",
                                      "Conclusion", "References"]


def test_metadata() -> None:
    reader = pypdf.PdfReader(io.BytesIO(pdf_of("default")))
    info = reader.metadata
    assert info.title == "Minimum Wage Increases and Youth Employment"
    assert info.author == "Priya Raman"
    assert info.subject.startswith("https://www.ukessays.com/essays/economics/")
    assert info.get("/Keywords") == "ukessays"
    assert "python-docx" not in str(info) and info.get("/CreationDate") is None
    assert reader.trailer["/Root"].get("/Lang") == "en"


def test_fonts_are_embedded_and_bundled() -> None:
    reader = pypdf.PdfReader(io.BytesIO(pdf_of("default")))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant["/FontDescriptor"].get_object()
            fonts[str(font["/BaseFont"])] = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    assert fonts and all(fonts.values())
    # only the bundled faces (declared as "Essay Serif" / "Essay Sans"), never a system font
    families = {"-".join(name.split("+", 1)[-1].split("-")[:2]) for name in fonts}  # "ABCDEF+Essay-Serif-Italic"
    assert families == {"Essay-Serif", "Essay-Sans"}


def _lines(page: pdfplumber.page.Page) -> list[tuple[float, float, str]]:
    """(top, x0 of the first glyph, text) per printed line."""
    rows: dict[int, list[dict]] = {}
    for char in page.chars:
        rows.setdefault(round(char["top"]), []).append(char)
    return [(top, min(c["x0"] for c in chars), "".join(c["text"] for c in sorted(chars, key=lambda c: c["x0"])))
            for top, chars in sorted(rows.items())]


@pytest.mark.parametrize("style", ["default", "mla", "apa"])
def test_references_hang_half_an_inch(style: str) -> None:
    with pdfplumber.open(io.BytesIO(pdf_of(style))) as pdf:
        lines = [line for page in pdf.pages for line in _lines(page)]
    start = next(i for i, (_, _, text) in enumerate(lines) if text.startswith("Card, D."))
    first_x, continuation_x = lines[start][1], lines[start + 1][1]
    assert continuation_x - first_x == pytest.approx(36, abs=1.0)  # 0.5 in = 36 pt


def test_mla_running_head_heading_block_and_works_cited_page() -> None:
    data = pdf_of("mla")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            top, x0, text = _lines(page)[0]
            assert text == f"Raman {number}"
            assert top == pytest.approx(36, abs=3)  # 0.5 in from the top edge
            assert x0 > page.width / 2
        first = [text for _, _, text in _lines(pdf.pages[0])]
        assert first[1:6] == ["Priya Raman", "Dr. Hale", "ECON 210", "4 May 2025", "Minimum Wage Increases and Youth Employment"]
        last = [text for _, _, text in _lines(pdf.pages[-1])]
        assert last[1] == "Works Cited"  # MLA's heading, whatever the site called it; on its own page
        assert not any("Card, D." in t for page in pdf.pages[:-1] for _, _, t in _lines(page))
        # double spacing: 12 pt type on a 24 pt grid
        tops = [top for top, _, _ in _lines(pdf.pages[0])[1:6]]
        assert all(b - a == pytest.approx(24, abs=1) for a, b in zip(tops, tops[1:]))


def test_apa_title_page_and_page_numbers() -> None:
    with pdfplumber.open(io.BytesIO(pdf_of("apa"))) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            assert _lines(page)[0][2] == str(number)
        title_page = [t for _, _, t in _lines(pdf.pages[0])]
        assert title_page == ["1", "Minimum Wage Increases and Youth Employment", "Priya Raman", "ECON 210", "Dr. Hale", "4 May 2025"]
        assert [t for _, _, t in _lines(pdf.pages[-1])][1] == "References"


def test_gaps_marked_or_hidden() -> None:
    bartleby = SAMPLES / "bartleby-printing-press.html"
    assert "[…]" in "".join(pages_text(pdf_of("default", bartleby)))
    assert "[…]" not in "".join(pages_text(pdf_of("default", bartleby, gaps="hide")))


def test_page_size_margins_and_spacing_options() -> None:
    data = pdf_of("default", page_size="a4", margins="2cm", font_size="10pt", line_spacing=1.2)
    reader = pypdf.PdfReader(io.BytesIO(data))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        body = [c for c in pdf.pages[0].chars if c["text"].strip()]
        assert min(c["x0"] for c in body) == pytest.approx(56.7, abs=1.5)  # 2 cm


@pytest.mark.parametrize("field, value", [("margins", "1furlong"), ("page_size", "napkin"), ("line_spacing", 9.0),
                                          ("pdf_variant", "pdf/z-9")])
def test_bad_print_options_are_usage_errors(field: str, value: object) -> None:
    with pytest.raises(OptionError):
        pdf_of("default", **{field: value})


def test_pdf_a_variant_passed_through() -> None:
    data = pdf_of("default", pdf_variant="pdf/a-3u")
    reader = pypdf.PdfReader(io.BytesIO(data))
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data()
    assert b"pdfaid:part" in xmp and b"3" in xmp


def test_render_time_limit() -> None:
    with pytest.raises(OutputError, match="longer than"):
        essayconv.render(essayconv.load(ESSAY), "pdf", Options(render_timeout=0.001))


def test_byte_identical_across_processes(tmp_path: Path) -> None:
    first, second = convert_twice(ESSAY, tmp_path, ".pdf", "--style", "mla", "--author", "Priya Raman")
    assert first == second


# ---------------------------------------------------------------- the sandbox

class _Counter(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802
        _Counter.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.end_headers()
        self.wfile.write(b"body{color:red}")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def counting_server():
    _Counter.hits = []
    server = HTTPServer(("127.0.0.1", 0), _Counter)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", _Counter.hits
    server.shutdown()


def test_hostile_page_and_css_make_no_requests(tmp_path: Path, counting_server) -> None:
    base, hits = counting_server
    prose = "<p>" + "The committee met in the spring and argued for hours about the budget, the clinic and more. " * 5 + "</p>"
    page = tmp_path / "hostile.html"
    page.write_text(f"""<html><head><link rel="stylesheet" href="{base}/a.css"><style>@import url({base}/b.css);
      body {{ background: url({base}/c.png) }}</style><link rel="attachment" href="{base}/d.bin"></head><body>
      <article><h1>Hostile</h1>{prose}<img src="{base}/e.png"><p style="background:url({base}/f.png)">{prose}</p>
      <svg><image href="{base}/g.png"/></svg><iframe src="{base}/h.html"></iframe><object data="{base}/i.swf"></object>
      <a href="{base}/j.html">a link</a>{prose}</article></body></html>""")
    css = tmp_path / "user.css"
    css.write_text(f"@import url({base}/k.css); body {{ background: url({base}/l.png) }} "
                   f"@font-face {{ font-family: X; src: url({base}/m.ttf) }} h1 {{ font-family: X }}")
    target = tmp_path / "out.pdf"
    result = subprocess.run([sys.executable, "-m", "essayconv.cli", "convert", str(page), "-o", str(target), "--css", str(css)],
                            capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert hits == []
    reader = pypdf.PdfReader(target)
    assert reader.attachments == {}
    assert result.stderr == b""


def test_sandbox_fetcher_serves_data_and_styles_only(tmp_path: Path, counting_server) -> None:
    from essayconv.styles import styles_dir
    from essayconv.write.pdf_render import SandboxFetcher

    base, hits = counting_server
    fetcher = SandboxFetcher((styles_dir(),))
    assert fetcher.fetch("data:text/plain;base64,aGVsbG8=").read() == b"hello"
    assert fetcher.fetch((styles_dir() / "base.css").as_uri()).read().startswith(b"/*")
    secret = tmp_path / "secret.txt"
    secret.write_text("do not read")
    for url in (secret.as_uri(), (styles_dir() / ".." / ".." / "etc" / "passwd").as_uri(), f"{base}/x.css",
                "ftp://127.0.0.1/x", "https://127.0.0.1:1/x"):
        with pytest.raises(ValueError):
            fetcher.fetch(url)
    assert hits == [] and len(fetcher.refused) == 5


def _document(blocks: tuple, lang: str = "en") -> "essayconv.Document":
    from essayconv.model import Metadata

    return essayconv.Document(title="Layout Test", metadata=Metadata(source="t", lang=lang), blocks=blocks)


def test_headings_never_end_a_page() -> None:
    from essayconv.model import Heading, Paragraph, Text

    prose = "Every clause in this sentence is here to fill the line, and then the next one, until the page is full. " * 6
    blocks = tuple(b for n in range(24) for b in (Heading(2, (Text(f"Section heading number {n}"),)), Paragraph((Text(prose),))))
    data = essayconv.render(_document(blocks), "pdf")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) > 4
        for page in pdf.pages:
            body = [t for _, _, t in _lines(page) if not t.startswith("Page ") and t != "Layout Test"]
            assert not body[-1].startswith("Section heading number")


def test_hyphenation_in_default_style_only() -> None:
    from essayconv.model import Paragraph, Text

    words = ("Internationalisation characteristically necessitates extraordinarily comprehensive "
             "responsibilities notwithstanding counterrevolutionary uncharacteristically ") * 12
    document = _document((Paragraph((Text(words),)),))
    default = "\n".join(pages_text(essayconv.render(document, "pdf")))
    mla = "\n".join(pages_text(essayconv.render(document, "pdf", Options(style="mla"))))
    assert any(line.endswith(("-", "\u2010")) for line in default.splitlines())
    assert not any(line.endswith(("-", "\u2010")) for line in mla.splitlines())


def test_scripts_the_bundled_fonts_lack_still_render() -> None:
    from essayconv.model import Paragraph, Text

    document = _document((Paragraph((Text("Ἀθῆναι and Москва render with the bundled fonts; 北京 and القاهرة fall back."),)),))
    data = essayconv.render(document, "pdf")
    fonts = {str(f.get_object()["/BaseFont"]).split("+")[-1]
             for f in pypdf.PdfReader(io.BytesIO(data)).pages[0]["/Resources"]["/Font"].values()}
    assert "Essay-Serif" in fonts  # Greek and Cyrillic come from the bundled serif
    assert fonts - {"Essay-Serif", "Essay-Sans", "Essay-Sans-Bold"}  # the rest from a system fallback face
