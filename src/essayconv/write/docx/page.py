"""Page setup of a DOCX section: size and margins (the style's, or --page-size / --margins),
running heads with page fields, and the body type (--font-size, --line-spacing)."""

from __future__ import annotations

from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt

from ...errors import OptionError
from ...options import Options, checked_line_spacing
from ...regexes import compile_regex
from .. import _ooxml
from ..page_options import font_points, margin_inches, page_inches

_FIELD = compile_regex(r"\{(PAGE|NUMPAGES|surname|title)\}")

# the styles whose line spacing --line-spacing sets (headings and titles keep their own)
BODY_STYLES = ("Body Text", "First Paragraph", "Block Text", "Bibliography", "Heading Block", "Title Page Line")


def page_setup(section: Any, page: dict[str, Any], options: Options) -> None:
    """Size and margins from the style's [page] table, the page options over them."""
    width, height = page_inches(options.page_size or page["size"])
    section.page_width, section.page_height = Inches(width), Inches(height)
    top, right, bottom, left = margin_inches(options.margins) if options.margins else page["margins"]
    section.top_margin, section.right_margin = Inches(top), Inches(right)
    section.bottom_margin, section.left_margin = Inches(bottom), Inches(left)
    section.header_distance = Inches(page.get("header_distance", 0.5))
    section.footer_distance = Inches(page.get("footer_distance", 0.5))


def _fill_running_text(paragraph: Any, template: str, values: dict[str, str]) -> None:
    """`template` as runs, {PAGE} and {NUMPAGES} as fields, {surname} and {title} from `values`."""
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


def running_heads(section: Any, page: dict[str, Any], values: dict[str, str]) -> None:
    """The header and footer of `section` from the page table's header_left … footer_right."""
    section.different_first_page_header_footer = not page.get("header_first_page", True)
    for part, places in ((section.header, ("header_left", "header_center", "header_right")),
                         (section.footer, ("footer_left", "footer_center", "footer_right"))):
        part.is_linked_to_previous = False
        paragraph = part.paragraphs[0]
        for place, alignment in zip(places, (WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT)):
            if place in page:
                paragraph.alignment = alignment
                _fill_running_text(paragraph, page[place], values)


def body_type(document: Any, options: Options) -> None:
    """--font-size and --line-spacing: the Normal style, which body styles are based on."""
    normal = document.styles["Normal"]
    if options.font_size:
        points = font_points(options.font_size)
        if not 4 <= points <= 72:
            raise OptionError(f"--font-size must be between 4pt and 72pt (got {options.font_size!r})")
        normal.font.size = Pt(round(points * 2) / 2)  # Word keeps half points
    if options.line_spacing:
        spacing = checked_line_spacing(options.line_spacing)
        names = {style.name for style in document.styles}
        for name in ("Normal", *BODY_STYLES):
            if name in names:
                document.styles[name].paragraph_format.line_spacing = spacing
