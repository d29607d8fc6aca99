"""DOCX files read back: styles, order, headings, hanging indents, margins, spacing, page fields,
metadata, determinism, and golden word/document.xml compared as canonical XML."""

from __future__ import annotations

import io
import zipfile
from functools import lru_cache
from pathlib import Path

import docx
import pytest
from docx.shared import Inches, Pt
from lxml import etree

import essayconv
from essayconv.errors import InputError
from essayconv.model import Document, Gap, Link, ListBlock, Metadata, Paragraph, Text
from essayconv.options import Options
from essayconv.styles import styles_dir

from .conftest import ROOT, SAMPLES
from .helpers import convert_twice

pytestmark = pytest.mark.slow  # renders DOCX: `pytest -m 'not slow'` leaves it out

ESSAY = SAMPLES / "ukessays-minimum-wage.html"
PERSON = dict(author="Priya Raman", instructor="Dr. Hale", course="ECON 210", date="4 May 2025")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@lru_cache(maxsize=None)
def docx_bytes(style: str, sample: Path = ESSAY, **extra: object) -> bytes:
    # named by its path in the repository, so that golden files do not depend on the checkout's place
    document = essayconv.load(sample.read_bytes(), name=sample.relative_to(ROOT).as_posix())
    return essayconv.render(document, "docx", Options(style=style, **PERSON, **extra))  # type: ignore[arg-type]


def opened(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def part(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return etree.fromstring(archive.read(name))


def canonical(element: etree._Element) -> bytes:
    return etree.tostring(element, method="c14n")


def test_mla_page_fonts_and_spacing() -> None:
    document = opened(docx_bytes("mla"))
    section = document.sections[0]
    assert (section.page_width, section.page_height) == (Inches(8.5), Inches(11))
    assert {section.top_margin, section.bottom_margin, section.left_margin, section.right_margin} == {Inches(1)}
    assert section.header_distance == Inches(0.5)
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size == Pt(12)
    assert normal.paragraph_format.line_spacing == 2.0
    assert document.styles["Body Text"].paragraph_format.first_line_indent == Inches(0.5)
    assert document.styles["Title"].paragraph_format.alignment == 1  # centred
    assert document.styles["Title"].font.size == Pt(12)
    styles = part(docx_bytes("mla"), "word/styles.xml")
    assert not [f for f in styles.iter(f"{W}rFonts") if f.get(f"{W}asciiTheme") or f.get(f"{W}hAnsiTheme")]
    heading = document.styles["Heading 1"]
    assert str(heading.font.color.rgb) == "000000" and heading.font.name is None  # inherits Times New Roman


def test_default_style_is_not_python_docx_default() -> None:
    document = opened(docx_bytes("default"))
    assert document.styles["Normal"].font.name == "Georgia"
    assert document.styles["Normal"].font.size == Pt(11)
    assert document.sections[0].left_margin == Inches(1)
    assert str(document.styles["Heading 1"].font.color.rgb) == "000000"


def test_mla_order_heading_block_and_works_cited() -> None:
    paragraphs = opened(docx_bytes("mla")).paragraphs
    styled = [(p.style.name, p.text) for p in paragraphs]
    assert styled[:6] == [("Heading Block", "Priya Raman"), ("Heading Block", "Dr. Hale"), ("Heading Block", "ECON 210"),
                          ("Heading Block", "4 May 2025"), ("Title", "Minimum Wage Increases and Youth Employment"),
                          ("Heading 1", "Introduction")]
    assert styled[6][0] == "First Paragraph" and styled[7][0] == "Heading 1" and styled[9][0] == "Body Text"
    heading_index = next(i for i, (style, _) in enumerate(styled) if style == "Bibliography Heading")
    assert paragraphs[heading_index].paragraph_format.page_break_before is True
    entries = [text for style, text in styled if style == "Bibliography"]
    assert entries == sorted(entries, key=str.casefold) and len(entries) == 4
    bibliography = opened(docx_bytes("mla")).styles["Bibliography"].paragraph_format
    assert (bibliography.left_indent, bibliography.first_line_indent) == (Inches(0.5), -Inches(0.5))


def test_apa_title_page_then_text() -> None:
    document = opened(docx_bytes("apa"))
    styled = [(p.style.name, p.text) for p in document.paragraphs]
    assert styled[0] == ("Title", "Minimum Wage Increases and Youth Employment")
    assert [t for s, t in styled[1:5]] == ["Priya Raman", "ECON 210", "Dr. Hale", "4 May 2025"]
    assert 'w:type="page"' in document.paragraphs[4]._p.xml  # the title page ends with a page break
    assert styled[5] == ("Title", "Minimum Wage Increases and Youth Employment")
    assert document.styles["Heading 1"].paragraph_format.alignment == 1 and document.styles["Heading 1"].font.bold
    assert document.styles["Heading 3"].font.bold and document.styles["Heading 3"].font.italic


def _field_texts(element: etree._Element) -> list[str]:
    return [f.get(f"{W}instr").strip() for f in element.iter(f"{W}fldSimple")]


def test_page_fields_in_running_heads() -> None:
    document = opened(docx_bytes("mla"))
    header = document.sections[0].header
    assert header.paragraphs[0].text.startswith("Raman ")
    assert header.paragraphs[0].alignment == 2  # right
    assert _field_texts(etree.fromstring(header._element.xml.encode())) == ["PAGE"]
    footer = opened(docx_bytes("default")).sections[0].footer
    assert footer.paragraphs[0].text.startswith("Page ")
    assert _field_texts(etree.fromstring(footer._element.xml.encode())) == ["PAGE", "NUMPAGES"]
    assert opened(docx_bytes("default")).sections[0].different_first_page_header_footer


def test_core_properties() -> None:
    props = opened(docx_bytes("default")).core_properties
    assert props.title == "Minimum Wage Increases and Youth Employment"
    assert props.author == "Priya Raman"
    assert props.subject.startswith("https://www.ukessays.com/")
    assert props.keywords == "ukessays"
    with zipfile.ZipFile(io.BytesIO(docx_bytes("default"))) as archive:
        assert b"python-docx" not in archive.read("docProps/core.xml")
    anonymous = essayconv.render(essayconv.load(ESSAY), "docx")
    with zipfile.ZipFile(io.BytesIO(anonymous)) as archive:
        assert b"python-docx" not in archive.read("docProps/core.xml")


def test_language_set() -> None:
    styles = part(docx_bytes("default"), "word/styles.xml")
    assert [l.get(f"{W}val") for l in styles.iter(f"{W}lang")] == ["en-US"]


def _doc(*blocks: object) -> Document:
    return Document(title="T", metadata=Metadata(source="https://example.org/essay", url="https://example.org/essay", lang="en"), blocks=tuple(blocks))


def test_gaps_quotes_lists_emphasis_and_links() -> None:
    from essayconv.model import BlockQuote, Emph, Strong

    document = _doc(Paragraph((Text("Plain "), Emph((Text("italic"),)), Text(" "), Strong((Text("bold"),)), Text(" "),
                               Link((Text("a link"),), "https://example.org/x"), Text("."))),
                    Gap("teaser"), BlockQuote((Text("Quoted words."),)),
                    ListBlock(True, ((Text("one"),), (Text("two"),))), ListBlock(False, ((Text("dot"),),)),
                    ListBlock(True, ((Text("again one"),),)))
    data = essayconv.render(document, "docx")
    out = opened(data)
    styles = [p.style.name for p in out.paragraphs]
    assert styles == ["Title", "Source", "First Paragraph", "Gap Note", "Block Text", "List Number", "List Number", "List Bullet", "List Number"]
    runs = out.paragraphs[2].runs
    assert any(r.italic and r.text == "italic" for r in runs) and any(r.bold and r.text == "bold" for r in runs)
    body = part(data, "word/document.xml")
    link = next(body.iter(f"{W}hyperlink"))
    relation = link.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
    assert out.part.rels[relation].target_ref == "https://example.org/x"
    num_ids = [p._p.pPr.numPr.numId.val for p in out.paragraphs if p.style.name == "List Number" and p._p.pPr.numPr is not None]
    assert len(set(num_ids)) == 2  # the second ordered list restarts at 1
    hidden = opened(essayconv.render(document, "docx", Options(gaps="hide")))
    assert "Gap Note" not in [p.style.name for p in hidden.paragraphs]


def test_line_numbers() -> None:
    body = part(essayconv.render(_doc(Paragraph((Text("x"),))), "docx", Options(line_numbers=True)), "word/document.xml")
    numbering = next(body.iter(f"{W}lnNumType"))
    assert numbering.get(f"{W}countBy") == "5"


def test_user_reference_doc(tmp_path: Path) -> None:
    reference = docx.Document()
    body = reference.styles["Body Text"]
    body.font.name = "Courier New"
    reference.save(tmp_path / "reference.docx")
    data = essayconv.render(essayconv.load(ESSAY), "docx", Options(reference_doc=str(tmp_path / "reference.docx")))
    out = opened(data)
    assert out.styles["Body Text"].font.name == "Courier New"
    assert "Bibliography" in [s.name for s in out.styles]  # missing styles are created


def test_bad_reference_doc(tmp_path: Path) -> None:
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(InputError, match="reference document"):
        essayconv.render(essayconv.load(ESSAY), "docx", Options(reference_doc=str(bad)))


def test_deterministic_across_processes(tmp_path: Path) -> None:
    first, second = convert_twice(ESSAY, tmp_path, ".docx", "--style", "apa", "--author", "Priya Raman")
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_shipped_reference_docs_match_their_toml() -> None:
    from essayconv.write import _ooxml
    from essayconv.write.docx import build_reference, style_specs

    for name in style_specs():
        built = _ooxml.reproducible_bytes(build_reference(name))
        shipped = (styles_dir() / f"{name}.docx").read_bytes()
        assert canonical(part(built, "word/styles.xml")) == canonical(part(shipped, "word/styles.xml")), \
            f"styles/{name}.docx is stale: run scripts/make_reference_docx.py"


GOLDEN = [("ukessays-minimum-wage.html", "mla"), ("ukessays-minimum-wage.html", "apa"),
          ("bartleby-printing-press.html", "default"), ("studylib-courtly-love.txt", "handout")]


@pytest.mark.parametrize("sample, style", GOLDEN, ids=[f"{s}-{t}" for s, t in GOLDEN])
def test_golden_document_xml(sample: str, style: str, update_golden: bool) -> None:
    produced = canonical(part(docx_bytes(style, SAMPLES / sample), "word/document.xml"))
    golden = SAMPLES / "docx" / f"{Path(sample).stem}.{style}.document.xml"
    if update_golden:
        golden.write_bytes(produced)
    assert golden.exists(), "run `make golden` and review"
    assert produced == golden.read_bytes()
