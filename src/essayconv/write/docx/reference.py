"""Reference documents: the styles a DOCX is filled into. Built per style from styles/docx.toml
(`build_reference`, run by scripts/make_reference_docx.py), or the user's own pandoc
reference.docx, checked before it is opened."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt, RGBColor

from ...errors import InputError, OptionError
from ...options import Options
from ...styles import styles_dir
from .. import _ooxml
from .page import page_setup

ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


@lru_cache(maxsize=1)
def style_specs() -> dict[str, Any]:
    return tomllib.loads((styles_dir() / "docx.toml").read_text("utf-8"))


def spec_for(style: str) -> dict[str, Any]:
    specs = style_specs()
    if style not in specs:
        raise OptionError(f"--style: unknown style '{style}' (choose from {', '.join(specs)})")
    return specs[style]


def _is_display(name: str) -> bool:
    """Titles and headings: python-docx's template gives them looks of their own to undo."""
    return name.startswith(("Title", "Heading"))


def _apply_paragraph_style(document: Any, name: str, spec: dict[str, Any], defaults: dict[str, Any]) -> None:
    style = _ooxml.ensure_paragraph_style(document, name, spec.get("based_on", "Normal"))
    if "based_on" in spec:
        style.base_style = document.styles[spec["based_on"]]
    font = style.font
    if "font" in spec:
        _ooxml.set_fonts(_ooxml.style_rpr(style), spec["font"])
    if "size" in spec or _is_display(name):
        # the template's titles and headings are 13–26 pt: a style that says nothing means body size
        font.size = Pt(spec.get("size", defaults["size"]))
    font.bold = spec.get("bold", False if _is_display(name) else None)
    font.italic = spec.get("italic", False if _is_display(name) else None)
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
    if "space_before" in spec or _is_display(name):
        paragraph.space_before = Pt(spec.get("space_before", 0))
    # every style says its spacing: python-docx's template gives "Body Text" 6 pt after, which
    # would otherwise survive into double-spaced MLA/APA bodies that the PDF prints without it
    paragraph.space_after = Pt(spec.get("space_after", 0 if _is_display(name) else defaults["space_after"]))
    if "keep_with_next" in spec:
        paragraph.keep_with_next = spec["keep_with_next"]
    if _is_display(name):
        paragraph.line_spacing = spec.get("line_spacing", defaults["line_spacing"] if defaults["line_spacing"] >= 2 else 1.1)


def stamp_properties(document: Any, **values: str) -> None:
    """Core properties: `values` (title, author, subject, …) set in the order given (python-docx
    adds a missing element where it is first set, so the order is part of the bytes), then a fixed
    date and revision so that the same input gives the same bytes."""
    props = document.core_properties
    for name, value in values.items():
        setattr(props, name, value)
    props.created = props.modified = _ooxml.FIXED_DATE
    props.revision = 1


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
    page_setup(document.sections[0], spec["page"], Options())
    _ooxml.clear_body(document)
    stamp_properties(document, author="essayconv", last_modified_by="essayconv",
                     title=f"essayconv reference document: {style}")
    return document


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
