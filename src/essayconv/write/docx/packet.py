"""A `Packet` as one DOCX: a cover, a TOC field (filled in when the file is opened), each essay in
its own section (a new page, an odd page with duplex) so that Word's native line numbers restart
per essay, a running header with the packet's and the essay's titles, "Page X of Y"."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Inches

from ...model import Heading
from ...options import Options
from ...packet import WIDE_MARGIN_INCHES, Packet, PacketEssay
from .. import _ooxml
from ..wording import BLANKS, CONTENTS, HEADER_SEPARATOR, PAGE_OF, QUESTIONS, TOC_PLACEHOLDER, UNTITLED
from .body import body, has_style, paragraph, references
from .page import body_type, page_setup, running_heads
from .reference import open_reference, spec_for, stamp_properties

COVER_DROP_INCHES = 2.4
"""How far down the cover page the packet's title sits."""


def _unnumbered(added: Any) -> Any:
    """A paragraph Word's line numbering skips (titles, blanks, questions): only the essay counts."""
    _ooxml.suppress_line_numbers(added)
    return added


def _cover(out: Any, packet: Packet) -> None:
    cover = paragraph(out, "Title", packet.cover.title)
    cover.paragraph_format.space_before = Inches(COVER_DROP_INCHES)
    cover.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in packet.cover.lines:
        paragraph(out, "Subtitle" if has_style(out, "Subtitle") else "Author", line).alignment = WD_ALIGN_PARAGRAPH.CENTER
    out.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)


def _contents(out: Any) -> None:
    paragraph(out, "TOC Heading" if has_style(out, "TOC Heading") else "Heading 2", CONTENTS)
    _ooxml.add_field(paragraph(out, "Body Text"), 'TOC \\o "1-1" \\h \\z \\u', TOC_PLACEHOLDER)
    _ooxml.set_update_fields_on_open(out)


def _essay_section(out: Any, essay: PacketEssay, packet: Packet, page: dict[str, Any]) -> None:
    """A new section for the essay, its running heads naming it, numbering restarted."""
    section = out.add_section(WD_SECTION.ODD_PAGE if packet.layout.duplex else WD_SECTION.NEW_PAGE)
    section.different_first_page_header_footer = False
    if packet.layout.line_numbers:
        _ooxml.set_line_numbers(section, restart="newSection")
    heads = {**page, "header_left": packet.cover.title + HEADER_SEPARATOR + "{title}", "footer_center": PAGE_OF}
    heads.pop("header_center", None)
    for part in (section.header, section.footer):
        part.is_linked_to_previous = False
        _ooxml.clear_runs(part)
    running_heads(section, heads, {"surname": "", "title": essay.document.title or ""})


def _questions(out: Any, essay: PacketEssay, answer_lines: int) -> None:
    """The questions follow the essay, on the same page when they fit."""
    if not essay.questions:
        return
    _unnumbered(paragraph(out, "Heading 2", QUESTIONS))
    for question in essay.questions:
        item = paragraph(out, "List Number" if has_style(out, "List Number") else "Compact", question)
        item.paragraph_format.keep_with_next = True
        _unnumbered(item)
        for _ in range(answer_lines):
            _unnumbered(_ooxml.answer_line(paragraph(out, "Body Text")))


def _essay(out: Any, essay: PacketEssay, packet: Packet, options: Options) -> None:
    document = essay.document
    _unnumbered(paragraph(out, "Heading 1", document.title or UNTITLED))
    if essay.source_line:
        _unnumbered(paragraph(out, "Source", essay.source_line))
    if essay.warning:
        _unnumbered(paragraph(out, "Gap Note", essay.warning))
    _unnumbered(paragraph(out, "Body Text", BLANKS))
    # the essay's own headings sit one level under its title
    shifted = tuple(replace(b, level=min(6, b.level + 1)) if isinstance(b, Heading) else b for b in document.blocks)
    body(out, shifted, options)
    references(out, document, options, {"sort_references": True})
    _questions(out, essay, packet.layout.answer_lines)


def write_packet(packet: Packet, options: Options) -> bytes:
    from ...safe_text import PRINTED_OPTIONS, safe_value

    options = safe_value(options, PRINTED_OPTIONS)
    spec = spec_for("handout")
    out = open_reference(replace(options, style="handout"))
    body_type(out, options)
    _ooxml.clear_body(out)
    for name in ("Heading 1", "Heading 2", "Heading 3"):
        _ooxml.ensure_paragraph_style(out, name)
    _ooxml.ensure_character_style(out, "Hyperlink")
    section = out.sections[0]
    page_setup(section, spec["page"], options)
    if packet.layout.wide_margins:
        section.right_margin = Inches(WIDE_MARGIN_INCHES)
        if packet.layout.duplex:
            _ooxml.set_mirror_margins(out)  # the wide margin on the outer edge of both sides
    section.different_first_page_header_footer = True
    _cover(out, packet)
    _contents(out)
    for essay in packet.essays:
        _essay_section(out, essay, packet, spec["page"])
        _essay(out, essay, packet, options)
    stamp_properties(out, title=packet.cover.title, author=options.author or "", last_modified_by="essayconv",
                     subject=", ".join(e.document.title or "" for e in packet.essays), keywords="handout",
                     comments="", category="")
    return _ooxml.reproducible_bytes(out)
