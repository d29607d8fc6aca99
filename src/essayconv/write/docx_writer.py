"""Document → DOCX that can be handed in or printed as is.

The look comes from a reference document per style (styles/<style>.docx, built from
styles/docx.toml by `build_reference`), or from the user's own pandoc reference.docx. The layout
rules (MLA heading block, APA title page, running heads, Works Cited on a new page) come from the
same TOML. Raw XML is confined to `_ooxml`.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import docx
from docx.enum.section import WD_SECTION_START
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Inches, Pt, RGBColor

from ..errors import InputError, OptionError
from ..model import (BlockQuote, Citation, Document, Emph, Gap, Heading, Inlines, Link, ListBlock, Paragraph,
                     Strong, Text)
from ..options import Options, checked_line_spacing
from ..styles import styles_dir
from . import _ooxml
from .html_writer import GAP_NOTE
from .print_html import sorted_entries, surname
from .provenance import public_source, source_line

ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
PAGE_SIZES = {"letter": (8.5, 11.0), "a4": (8.27, 11.69), "a5": (5.83, 8.27), "legal": (8.5, 14.0), "b5": (6.93, 9.84)}
_FIELD = re.compile(r"\{(PAGE|NUMPAGES|surname|title)\}")


@lru_cache(maxsize=1)
def style_specs() -> dict[str, Any]:
    return tomllib.loads((styles_dir() / "docx.toml").read_text("utf-8"))


def spec_for(style: str) -> dict[str, Any]:
    specs = style_specs()
    if style not in specs:
        raise OptionError(f"--style: unknown style '{style}' (choose from {', '.join(specs)})")
    return specs[style]


# ---------------------------------------------------------------- reference documents

def _apply_paragraph_style(document: Any, name: str, spec: dict[str, Any], defaults: dict[str, Any]) -> None:
    style = _ooxml.ensure_paragraph_style(document, name, spec.get("based_on", "Normal"))
    if "based_on" in spec:
        style.base_style = document.styles[spec["based_on"]]
    font = style.font
    if "font" in spec:
        _ooxml.set_fonts(_ooxml.style_rpr(style), spec["font"])
    if "size" in spec or name.startswith(("Title", "Heading")):
        # the template's titles and headings are 13–26 pt: a style that says nothing means body size
        font.size = Pt(spec.get("size", defaults["size"]))
    font.bold = spec.get("bold", False if name.startswith(("Title", "Heading")) else None)
    font.italic = spec.get("italic", False if name.startswith(("Title", "Heading")) else None)
    font.color.rgb = RGBColor.from_string(spec.get("color", "000000"))
    paragraph = style.paragraph_format
    if "align" in spec:
        paragraph.alignment = ALIGN[spec["align"]]
    if "left_indent" in spec:
        paragraph.left_indent = Inches(spec["left_indent"])
    if "right_indent" in spec:
        paragraph.right_indent = Inches(spec["right_indent"])
    if "first_line_indent" in spec:
        paragraph.first_line_indent = Inches(spec["first_line_indent"])
    if "hanging" in spec:
        paragraph.left_indent = Inches(spec["hanging"])
        paragraph.first_line_indent = Inches(-spec["hanging"])
    if "space_before" in spec or name.startswith(("Title", "Heading")):
        paragraph.space_before = Pt(spec.get("space_before", 0))
    # every style says its spacing: python-docx's template gives "Body Text" 6 pt after, which
    # would otherwise survive into double-spaced MLA/APA bodies that the PDF prints without it
    paragraph.space_after = Pt(spec.get("space_after", 0 if name.startswith(("Title", "Heading"))
                                        else defaults["space_after"]))
    if "keep_with_next" in spec:
        paragraph.keep_with_next = spec["keep_with_next"]
    if name.startswith(("Title", "Heading")):
        paragraph.line_spacing = spec.get("line_spacing", defaults["line_spacing"] if defaults["line_spacing"] >= 2 else 1.1)


def build_reference(style: str) -> Any:
    """A reference document for `style`: python-docx's template with every style we use restyled
    from docx.toml (its 11 pt Calibri, blue theme headings and 1.25 in margins all replaced)."""
    spec = spec_for(style)
    document = docx.Document()
    _ooxml.strip_theme_fonts(document)
    defaults = spec["defaults"]
    _ooxml.set_default_font(document, defaults["font"], defaults["size"])
    normal = document.styles["Normal"]
    _ooxml.set_fonts(_ooxml.style_rpr(normal), defaults["font"])
    normal.font.size = Pt(defaults["size"])
    normal.paragraph_format.line_spacing = defaults["line_spacing"]
    normal.paragraph_format.space_after = Pt(defaults["space_after"])
    normal.paragraph_format.space_before = Pt(0)
    for name, paragraph_spec in spec["paragraph"].items():
        _apply_paragraph_style(document, name, paragraph_spec, defaults)
    _ooxml.remove_title_border(document)
    _ooxml.ensure_character_style(document, "Hyperlink")
    _page_setup(document.sections[0], spec["page"], Options())
    _ooxml.clear_body(document)
    props = document.core_properties
    props.author = props.last_modified_by = "essayconv"
    props.title = f"essayconv reference document: {style}"
    props.created = props.modified = _ooxml.FIXED_DATE
    props.revision = 1
    return document


# ---------------------------------------------------------------- page and running heads

def _page_setup(section: Any, page: dict[str, Any], options: Options) -> None:
    size = (options.page_size or page["size"]).lower()
    if size not in PAGE_SIZES:
        raise OptionError(f"--page-size: unknown size {size!r} for DOCX ({', '.join(PAGE_SIZES)})")
    width, height = PAGE_SIZES[size]
    section.page_width, section.page_height = Inches(width), Inches(height)
    top, right, bottom, left = page["margins"]
    if options.margins:
        top, right, bottom, left = _margins(options.margins)
    section.top_margin, section.right_margin = Inches(top), Inches(right)
    section.bottom_margin, section.left_margin = Inches(bottom), Inches(left)
    section.header_distance = Inches(page.get("header_distance", 0.5))
    section.footer_distance = Inches(page.get("footer_distance", 0.5))


_UNITS = {"in": 1.0, "cm": 1 / 2.54, "mm": 1 / 25.4, "pt": 1 / 72, "pc": 1 / 6, "px": 1 / 96}


def _inches(token: str, option: str, value: str) -> float:
    """One CSS length (a bare number is points, as in the PDF) in inches."""
    match = re.fullmatch(r"(\d+(?:\.\d+)?)(in|cm|mm|pt|pc|px)?", token)
    if not match:
        raise OptionError(f"{option} takes CSS lengths such as 1in, 2.5cm, 12pt (got {value!r})")
    return float(match.group(1)) * _UNITS[match.group(2) or "pt"]


def _margins(value: str) -> tuple[float, float, float, float]:
    parts = [_inches(token, "--margins", value) for token in value.split()]
    if not 1 <= len(parts) <= 4:
        raise OptionError(f"--margins takes one to four lengths (got {value!r})")
    top = parts[0]
    right = parts[1] if len(parts) > 1 else top
    bottom = parts[2] if len(parts) > 2 else top
    left = parts[3] if len(parts) > 3 else right
    return top, right, bottom, left


def _fill_running_text(paragraph: Any, template: str, values: dict[str, str]) -> None:
    position = 0
    for match in _FIELD.finditer(template):
        if match.start() > position:
            paragraph.add_run(template[position:match.start()])
        key = match.group(1)
        if key in ("PAGE", "NUMPAGES"):
            _ooxml.add_field(paragraph, key)
        elif values.get(key):
            paragraph.add_run(values[key])
        position = match.end()
    if position < len(template):
        paragraph.add_run(template[position:])


def _running_heads(section: Any, page: dict[str, Any], values: dict[str, str]) -> None:
    section.different_first_page_header_footer = not page.get("header_first_page", True)
    for part, places in ((section.header, ("header_left", "header_center", "header_right")),
                         (section.footer, ("footer_left", "footer_center", "footer_right"))):
        part.is_linked_to_previous = False
        paragraph = part.paragraphs[0]
        for place, alignment in zip(places, (WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT)):
            if place in page:
                paragraph.alignment = alignment
                _fill_running_text(paragraph, page[place], values)


# ---------------------------------------------------------------- content

def _add_spans(document: Any, paragraph: Any, spans: Inlines, *, bold: bool = False, italic: bool = False,
               link: Any = None) -> None:
    for span in spans:
        if isinstance(span, (Text, Citation)):
            run = paragraph.add_run(span.text)
            run.bold = bold or None
            run.italic = italic or None
            if link is not None:
                run.style = document.styles["Hyperlink"]
                _ooxml.move_last_run_into(paragraph, link)
        elif isinstance(span, Emph):
            _add_spans(document, paragraph, span.children, bold=bold, italic=not italic, link=link)
        elif isinstance(span, Strong):
            _add_spans(document, paragraph, span.children, bold=True, italic=italic, link=link)
        elif isinstance(span, Link):
            target = link if link is not None or not span.url.startswith(("http://", "https://", "mailto:")) \
                else _ooxml.add_hyperlink(paragraph, span.url)
            _add_spans(document, paragraph, span.children, bold=bold, italic=italic, link=target)


def _paragraph(document: Any, style: str, spans: Inlines | str = ()) -> Any:
    _ooxml.ensure_paragraph_style(document, style)
    paragraph = document.add_paragraph(style=style)
    if isinstance(spans, str):
        if spans:
            paragraph.add_run(spans)
    else:
        _add_spans(document, paragraph, spans)
    return paragraph


def _list(document: Any, block: ListBlock) -> None:
    style = "List Number" if block.ordered else "List Bullet"
    native = style in [s.name for s in document.styles]
    for number, item in enumerate(block.items, 1):
        if native:
            paragraph = _paragraph(document, style, item)
            if block.ordered and number == 1:
                _ooxml.number_restart(document, paragraph)
        else:  # a reference document without list styles: keep the marker as text
            marker = f"{number}.\t" if block.ordered else "•\t"
            _paragraph(document, "Compact", (Text(marker), *item))


def _body(document: Any, blocks: tuple, options: Options) -> None:
    after_heading = True
    for block in blocks:
        if isinstance(block, Heading):
            level = min(block.level - 1, 9)
            _paragraph(document, f"Heading {level}", block.inlines)
            after_heading = True
            continue
        if isinstance(block, Paragraph):
            _paragraph(document, "First Paragraph" if after_heading else "Body Text", block.inlines)
        elif isinstance(block, BlockQuote):
            _paragraph(document, "Block Text", block.inlines)
        elif isinstance(block, ListBlock):
            _list(document, block)
        elif isinstance(block, Gap):
            if options.gaps == "hide":
                continue
            _paragraph(document, "Gap Note", f"[…] {GAP_NOTE}")
        after_heading = False


def _front_matter(document: Any, doc: Document, options: Options, layout: dict[str, Any]) -> None:
    author = options.author or doc.metadata.author
    title = doc.title or "Untitled essay"
    if layout.get("heading_block"):
        for line in (author, options.instructor, options.course, options.date):
            if line:
                _paragraph(document, "Heading Block", line)
        _paragraph(document, "Title", title)
        return
    if layout.get("title_page"):
        # APA 7: the title sits three or four double-spaced lines down the title page
        heading = _paragraph(document, "Title", title).paragraph_format
        heading.space_before = Inches(layout.get("title_drop", 1.5))
        heading.space_after = Pt(layout.get("title_gap", 0))  # APA 7: one blank double-spaced line
        for line in (author, options.affiliation, options.course, options.instructor, options.date):
            if line:
                _paragraph(document, "Title Page Line", line)
        document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        _paragraph(document, "Title", title)
        return
    _paragraph(document, "Title", title)
    if layout.get("author_line") and author:
        _paragraph(document, "Author", author)
    line = source_line(doc, options) if layout.get("source_line") else None
    if line:
        _paragraph(document, "Source", line)


def _references(document: Any, doc: Document, options: Options, layout: dict[str, Any]) -> None:
    if not doc.references:
        return
    heading = _paragraph(document, "Bibliography Heading", doc.references.heading)
    if layout.get("references_new_page"):
        heading.paragraph_format.page_break_before = True
    entries = sorted_entries(doc, options.style) if layout.get("sort_references") else doc.references.entries
    for entry in entries:
        _paragraph(document, "Bibliography", entry)


def reference_path(options: Options) -> Path:
    if options.reference_doc:
        path = Path(options.reference_doc)
        if not path.is_file():
            raise InputError("the reference document does not exist", str(path))
        return path
    return styles_dir() / f"{options.style}.docx"


# A reference.docx is a zip the user hands us, opened in the main process (not the rendering
# sandbox): its members are checked before python-docx inflates any of them. Real ones are
# under 1 MiB; pandoc's is 10 KiB with no member expanding more than 20×.
REFERENCE_MAX_MEMBERS = 500
REFERENCE_MAX_MEMBER_BYTES = 32 * 1024 * 1024
REFERENCE_MAX_TOTAL_BYTES = 64 * 1024 * 1024
REFERENCE_MAX_RATIO = 200


def check_reference_zip(path: Path) -> None:
    """Refuse a reference document that would expand past the limits (a zip bomb), reading only
    the zip directory."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise InputError(f"the reference document is not a .docx (zip) file ({type(error).__name__})", str(path)) from None
    if len(members) > REFERENCE_MAX_MEMBERS:
        raise InputError(f"the reference document has {len(members)} parts (limit {REFERENCE_MAX_MEMBERS})", str(path))
    total = 0
    for member in members:
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > REFERENCE_MAX_MEMBER_BYTES or total > REFERENCE_MAX_TOTAL_BYTES or (
                member.file_size > 1024 * 1024 and ratio > REFERENCE_MAX_RATIO):
            raise InputError(f"the reference document expands too far ({member.filename[:60]!r}: "
                             f"{member.file_size} bytes from {member.compress_size}); refused as a zip bomb", str(path))


def open_reference(options: Options) -> Any:
    """The reference document as a python-docx Document, checked: within the size limits, and with
    the section properties (page size, margins) the writer lays pages out on."""
    path = reference_path(options)
    if options.reference_doc:
        check_reference_zip(path)
    try:
        out = docx.Document(str(path))
    except Exception as error:  # a broken zip or a .docx that is not one
        raise InputError(f"cannot open the reference document ({type(error).__name__})", str(path)) from None
    if not _ooxml.has_section_properties(out):
        raise InputError("the reference document has no section properties (w:sectPr): save it again from "
                         "Word or LibreOffice, or use pandoc's reference.docx", str(path))
    return out


# the styles whose line spacing --line-spacing sets (headings and titles keep their own)
_BODY_STYLES = ("Body Text", "First Paragraph", "Block Text", "Bibliography", "Heading Block", "Title Page Line")


def _body_type(document: Any, options: Options) -> None:
    """--font-size and --line-spacing: the Normal style, which body styles are based on."""
    normal = document.styles["Normal"]
    if options.font_size:
        points = _inches(options.font_size.strip(), "--font-size", options.font_size) * 72
        if not 4 <= points <= 72:
            raise OptionError(f"--font-size must be between 4pt and 72pt (got {options.font_size!r})")
        normal.font.size = Pt(round(points * 2) / 2)  # Word keeps half points
    if options.line_spacing:
        spacing = checked_line_spacing(options.line_spacing)
        names = {style.name for style in document.styles}
        for name in ("Normal", *_BODY_STYLES):
            if name in names:
                document.styles[name].paragraph_format.line_spacing = spacing


def write(document: Document, options: Options) -> bytes:
    spec = spec_for(options.style)
    out = open_reference(options)
    _body_type(out, options)
    _ooxml.clear_body(out)
    section = out.sections[0]
    section.start_type = WD_SECTION_START.NEW_PAGE
    if not options.reference_doc or options.page_size or options.margins:
        _page_setup(section, spec["page"], options)
    _ooxml.ensure_character_style(out, "Hyperlink")
    values = {"surname": surname(options.author or document.metadata.author) or "", "title": document.title or ""}
    _running_heads(section, spec["page"], values)
    if options.line_numbers:
        _ooxml.set_line_numbers(section)
    layout = spec.get("layout", {})
    _front_matter(out, document, options, layout)
    _body(out, document.blocks, options)
    _references(out, document, options, layout)
    if document.metadata.lang:
        _ooxml.set_language(out, _word_language(document.metadata.lang))
    props = out.core_properties
    props.title = document.title or ""
    props.author = options.author or document.metadata.author or ""
    props.last_modified_by = "essayconv"
    props.subject = public_source(document, options) or ""
    props.keywords = document.metadata.site
    props.comments = ""
    props.category = ""
    props.language = document.metadata.lang or ""
    props.created = props.modified = _ooxml.FIXED_DATE
    props.revision = 1
    return _ooxml.reproducible_bytes(out)


_REGIONS = {"en": "en-US", "es": "es-ES", "fr": "fr-FR", "de": "de-DE", "it": "it-IT", "pt": "pt-PT"}


def _word_language(lang: str) -> str:
    return _REGIONS.get(lang, lang)


# ---------------------------------------------------------------- packets (essayconv handout)

def write_packet(documents: list[Document], handout: Any, options: Options) -> bytes:
    """Several essays in one DOCX: cover, a TOC field (filled in when the file is opened), each
    essay in its own section (a new page, an odd page with duplex) so that native line numbers
    restart per essay, a running header with the packet and essay titles, "Page X of Y"."""
    from docx.enum.section import WD_SECTION

    from ..handout import incomplete_warning, questions_for, safe_packet

    documents, handout, options = safe_packet(documents, handout, options)
    spec = spec_for("handout")
    out = open_reference(replace(options, style="handout"))
    _body_type(out, options)
    _ooxml.clear_body(out)
    for name in ("Heading 1", "Heading 2", "Heading 3"):
        _ooxml.ensure_paragraph_style(out, name)
    _ooxml.ensure_character_style(out, "Hyperlink")
    section = out.sections[0]
    _page_setup(section, spec["page"], options)
    if handout.wide_margins:
        section.right_margin = Inches(2.2)
        if handout.duplex:
            _ooxml.set_mirror_margins(out)  # the wide margin on the outer edge of both sides
    section.different_first_page_header_footer = True
    cover = _paragraph(out, "Title", handout.title)
    cover.paragraph_format.space_before = Inches(2.4)
    cover.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in (handout.subtitle, handout.course, handout.date):
        if line:
            _paragraph(out, "Subtitle" if "Subtitle" in [s.name for s in out.styles] else "Author", line).alignment = \
                WD_ALIGN_PARAGRAPH.CENTER
    out.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    _paragraph(out, "TOC Heading" if "TOC Heading" in [s.name for s in out.styles] else "Heading 2", "Contents")
    _ooxml.add_field(_paragraph(out, "Body Text"), 'TOC \\o "1-1" \\h \\z \\u',
                     "Right-click and choose Update Field to show the page numbers.")
    _ooxml.set_update_fields_on_open(out)
    for document in documents:
        section = out.add_section(WD_SECTION.ODD_PAGE if handout.duplex else WD_SECTION.NEW_PAGE)
        section.different_first_page_header_footer = False
        if handout.line_numbers:
            _ooxml.set_line_numbers(section, restart="newSection")
        values = {"surname": "", "title": document.title or ""}
        page = {**spec["page"], "header_left": handout.title + "  ·  {title}", "footer_center": "Page {PAGE} of {NUMPAGES}"}
        page.pop("header_center", None)
        for part in (section.header, section.footer):
            part.is_linked_to_previous = False
            for paragraph in part.paragraphs:
                for run in list(paragraph.runs):
                    run._r.getparent().remove(run._r)
        _running_heads(section, page, values)
        heading = _paragraph(out, "Heading 1", document.title or "Untitled essay")
        _ooxml.suppress_line_numbers(heading)
        line = source_line(document, options)
        if line:
            _ooxml.suppress_line_numbers(_paragraph(out, "Source", line))
        warning = incomplete_warning(document)
        if warning:
            _ooxml.suppress_line_numbers(_paragraph(out, "Gap Note", warning))
        blanks = _paragraph(out, "Body Text", "Name ______________________   Date ____________   Period ______")
        _ooxml.suppress_line_numbers(blanks)
        # the essay's own headings sit one level under its title
        shifted = tuple(replace(b, level=min(6, b.level + 1)) if isinstance(b, Heading) else b for b in document.blocks)
        _body(out, shifted, options)
        _references(out, document, options, {"sort_references": True})
        questions = questions_for(document, handout)
        if questions:
            # the questions follow the essay, on the same page when they fit
            title = _paragraph(out, "Heading 2", "Discussion questions")
            _ooxml.suppress_line_numbers(title)
            for question in questions:
                item = _paragraph(out, "List Number" if "List Number" in [s.name for s in out.styles] else "Compact", question)
                item.paragraph_format.keep_with_next = True
                _ooxml.suppress_line_numbers(item)
                for _ in range(handout.answer_lines):
                    _ooxml.suppress_line_numbers(_ooxml.answer_line(_paragraph(out, "Body Text")))
    props = out.core_properties
    props.title = handout.title
    props.author = options.author or ""
    props.last_modified_by = "essayconv"
    props.subject = ", ".join(d.title or "" for d in documents)
    props.keywords = "handout"
    props.comments = props.category = ""
    props.created = props.modified = _ooxml.FIXED_DATE
    props.revision = 1
    return _ooxml.reproducible_bytes(out)

