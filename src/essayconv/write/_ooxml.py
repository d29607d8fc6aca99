"""Every piece of raw WordprocessingML essayconv writes, in one place: python-docx's public API
stops short of fields, hyperlinks, list restarts, line numbering, language, theme-free fonts and
reproducible zip files. No other module imports python-docx internals (docx.oxml, docx.opc)."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime, timezone
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

# Zip entries carry this time so that the same document gives the same bytes.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
FIXED_DATE = datetime(2000, 1, 1, tzinfo=timezone.utc)
_THEME_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


def _child(parent: Any, tag: str, *, first: bool = False) -> Any:
    element = parent.find(qn(tag))
    if element is None:
        element = OxmlElement(tag)
        if first:
            parent.insert(0, element)
        else:
            parent.append(element)
    return element


def set_fonts(rpr: Any, name: str) -> None:
    """Name the font for every script and drop theme-font references, which would win otherwise."""
    fonts = _child(rpr, "w:rFonts", first=True)
    for attribute in _THEME_ATTRIBUTES:
        if fonts.get(qn(attribute)) is not None:
            del fonts.attrib[qn(attribute)]
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), name)


def style_rpr(style: Any) -> Any:
    return style.element.get_or_add_rPr()


def strip_theme_fonts(document: Any) -> None:
    """Remove theme fonts and theme colours from every style (python-docx's template uses them)."""
    root = document.styles.element
    for fonts in root.iter(qn("w:rFonts")):
        for attribute in _THEME_ATTRIBUTES:
            if fonts.get(qn(attribute)) is not None:
                del fonts.attrib[qn(attribute)]
    for color in root.iter(qn("w:color")):
        for attribute in ("w:themeColor", "w:themeShade", "w:themeTint"):
            if color.get(qn(attribute)) is not None:
                del color.attrib[qn(attribute)]


def remove_title_border(document: Any) -> None:
    """python-docx's Title style draws a blue rule under the title."""
    try:
        ppr = document.styles["Title"].element.pPr
    except KeyError:
        return
    if ppr is not None:
        for border in ppr.findall(qn("w:pBdr")):
            ppr.remove(border)


def doc_defaults_rpr(document: Any) -> Any:
    root = document.styles.element
    defaults = _child(root, "w:docDefaults", first=True)
    rpr_default = _child(defaults, "w:rPrDefault", first=True)
    return _child(rpr_default, "w:rPr")


def set_default_font(document: Any, name: str, size_pt: float) -> None:
    rpr = doc_defaults_rpr(document)
    set_fonts(rpr, name)
    for tag in ("w:sz", "w:szCs"):
        _child(rpr, tag).set(qn("w:val"), str(round(size_pt * 2)))


def set_language(document: Any, lang: str) -> None:
    """The proofing language of the whole document (docDefaults) — spell-check and hyphenation."""
    language = _child(doc_defaults_rpr(document), "w:lang")
    language.set(qn("w:val"), lang)
    language.set(qn("w:eastAsia"), lang)
    language.set(qn("w:bidi"), lang)


def ensure_paragraph_style(document: Any, name: str, base: str = "Normal") -> Any:
    """The named paragraph style, created on top of `base` when a reference document lacks it."""
    try:
        return document.styles[name]
    except KeyError:
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        try:
            style.base_style = document.styles[base]
        except KeyError:
            pass
        style.quick_style = True
        return style


def ensure_character_style(document: Any, name: str) -> Any:
    try:
        return document.styles[name]
    except KeyError:
        style = document.styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
        style.font.underline = True
        return style


def clear_body(document: Any) -> None:
    """Remove the reference document's sample content, keeping its final section properties."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def add_field(paragraph: Any, instruction: str, placeholder: str = "1") -> None:
    """A live field (PAGE, NUMPAGES, TOC …); Word and LibreOffice compute it when they lay out."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = placeholder
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def add_hyperlink(paragraph: Any, url: str) -> Any:
    """An external hyperlink element in `paragraph`; runs go in with `append_run`."""
    relation = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), relation)
    paragraph._p.append(link)
    return link


def move_last_run_into(paragraph: Any, container: Any) -> None:
    """python-docx adds runs to the paragraph; a hyperlink's runs must sit inside the link."""
    run = paragraph._p.r_lst[-1]
    container.append(run)


def number_restart(document: Any, paragraph: Any) -> None:
    """Give this paragraph (the first item of an ordered list) a numbering instance that starts
    at 1, so each list counts from one instead of continuing the last list."""
    style = paragraph.style
    ppr = style.element.pPr
    numpr = ppr.find(qn("w:numPr")) if ppr is not None else None
    if numpr is None or numpr.find(qn("w:numId")) is None:
        return
    style_num = numpr.find(qn("w:numId")).get(qn("w:val"))
    numbering = document.part.numbering_part.element
    source = next((n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == style_num), None)
    if source is None:
        return
    abstract = source.find(qn("w:abstractNumId")).get(qn("w:val"))
    new_id = str(max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), new_id)
    abstract_ref = OxmlElement("w:abstractNumId")
    abstract_ref.set(qn("w:val"), abstract)
    num.append(abstract_ref)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    override.append(start)
    num.append(override)
    numbering.append(num)
    paragraph_numpr = _child(paragraph._p.get_or_add_pPr(), "w:numPr")
    _child(paragraph_numpr, "w:ilvl").set(qn("w:val"), "0")
    _child(paragraph_numpr, "w:numId").set(qn("w:val"), new_id)


def set_line_numbers(section: Any, count_by: int = 5, distance_twips: int = 360, restart: str = "newPage") -> None:
    """Native line numbers in the margin, every `count_by` lines, restarting on each page (or each
    section: "newSection", or never: "continuous")."""
    numbering = _child(section._sectPr, "w:lnNumType")
    numbering.set(qn("w:countBy"), str(count_by))
    numbering.set(qn("w:distance"), str(distance_twips))
    numbering.set(qn("w:restart"), restart)


def answer_line(paragraph: Any) -> Any:
    """A ruled line to write an answer on: an empty paragraph with a bottom border."""
    borders = _child(paragraph._p.get_or_add_pPr(), "w:pBdr")
    bottom = _child(borders, "w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "1"), ("w:color", "777777")):
        bottom.set(qn(key), value)
    return paragraph


def set_update_fields_on_open(document: Any) -> None:
    settings = document.settings.element
    _child(settings, "w:updateFields").set(qn("w:val"), "true")


def clear_runs(part: Any) -> None:
    """Empty a header or footer (python-docx has no way to remove a run): a new section's running
    heads are written from scratch, not on top of the ones it copied from the section before."""
    for paragraph in part.paragraphs:
        for run in list(paragraph.runs):
            run._r.getparent().remove(run._r)


def suppress_line_numbers(paragraph: Any) -> None:
    _child(paragraph._p.get_or_add_pPr(), "w:suppressLineNumbers")


def reproducible_bytes(document: Any) -> bytes:
    """Save, then rewrite the zip with fixed entry times and attributes: python-docx stamps each
    entry with the current time, which would make every run's bytes differ."""
    raw = io.BytesIO()
    document.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def set_mirror_margins(document: Any) -> None:
    """Facing pages: each section's left/right margins become inside/outside, so a wide "right"
    margin is on the outer edge of every printed sheet in a duplex packet."""
    _child(document.settings.element, "w:mirrorMargins")


def has_section_properties(document: Any) -> bool:
    """A body ends with w:sectPr (page size, margins, headers); a hand-made reference.docx may not."""
    return document.element.body.find(qn("w:sectPr")) is not None
