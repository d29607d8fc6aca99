"""An essay's content as DOCX paragraphs in the reference document's (pandoc-named) styles: front
matter as the style lays it out (MLA heading block, APA title page, title and source), the
blocks with their inline spans, and the reference list."""

from __future__ import annotations

from typing import Any

from docx.enum.text import WD_BREAK
from docx.shared import Inches, Pt

from ...model import BlockQuote, Citation, Document, Emph, Gap, Heading, Inlines, Link, ListBlock, Paragraph, Strong, Text
from ...options import Options
from .. import _ooxml
from ..print_html import sorted_entries
from ..provenance import source_line
from ..wording import GAP_NOTE, UNTITLED


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


def has_style(document: Any, name: str) -> bool:
    return name in [s.name for s in document.styles]


def paragraph(document: Any, style: str, spans: Inlines | str = ()) -> Any:
    """A new paragraph in `style` (made if the reference lacks it) holding `spans` or a string."""
    _ooxml.ensure_paragraph_style(document, style)
    added = document.add_paragraph(style=style)
    if isinstance(spans, str):
        if spans:
            added.add_run(spans)
    else:
        _add_spans(document, added, spans)
    return added


def _list(document: Any, block: ListBlock) -> None:
    style = "List Number" if block.ordered else "List Bullet"
    native = has_style(document, style)
    for number, item in enumerate(block.items, 1):
        if native:
            added = paragraph(document, style, item)
            if block.ordered and number == 1:
                _ooxml.number_restart(document, added)
        else:  # a reference document without list styles: keep the marker as text
            marker = f"{number}.\t" if block.ordered else "•\t"
            paragraph(document, "Compact", (Text(marker), *item))


def body(document: Any, blocks: tuple, options: Options) -> None:
    """The essay's blocks; the first paragraph after a heading has pandoc's "First Paragraph"."""
    after_heading = True
    for block in blocks:
        if isinstance(block, Heading):
            level = min(block.level - 1, 9)
            paragraph(document, f"Heading {level}", block.inlines)
            after_heading = True
            continue
        if isinstance(block, Paragraph):
            paragraph(document, "First Paragraph" if after_heading else "Body Text", block.inlines)
        elif isinstance(block, BlockQuote):
            paragraph(document, "Block Text", block.inlines)
        elif isinstance(block, ListBlock):
            _list(document, block)
        elif isinstance(block, Gap):
            if options.gaps == "hide":
                continue
            paragraph(document, "Gap Note", f"[…] {GAP_NOTE}")
        after_heading = False


def front_matter(document: Any, doc: Document, options: Options, layout: dict[str, Any]) -> None:
    """Title and the lines around it, as the style's [layout] table says."""
    author = options.author or doc.metadata.author
    title = doc.title or UNTITLED
    if layout.get("heading_block"):
        for line in (author, options.instructor, options.course, options.date):
            if line:
                paragraph(document, "Heading Block", line)
        paragraph(document, "Title", title)
        return
    if layout.get("title_page"):
        # APA 7: the title sits three or four double-spaced lines down the title page
        heading = paragraph(document, "Title", title).paragraph_format
        heading.space_before = Inches(layout.get("title_drop", 1.5))
        heading.space_after = Pt(layout.get("title_gap", 0))  # APA 7: one blank double-spaced line
        for line in (author, options.affiliation, options.course, options.instructor, options.date):
            if line:
                paragraph(document, "Title Page Line", line)
        document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        paragraph(document, "Title", title)
        return
    paragraph(document, "Title", title)
    if layout.get("author_line") and author:
        paragraph(document, "Author", author)
    line = source_line(doc, options) if layout.get("source_line") else None
    if line:
        paragraph(document, "Source", line)


def references(document: Any, doc: Document, options: Options, layout: dict[str, Any]) -> None:
    """The reference list under its heading (on a new page, and sorted, when the style says so)."""
    if not doc.references:
        return
    heading = paragraph(document, "Bibliography Heading", doc.references.heading)
    if layout.get("references_new_page"):
        heading.paragraph_format.page_break_before = True
    entries = sorted_entries(doc, options.style) if layout.get("sort_references") else doc.references.entries
    for entry in entries:
        paragraph(document, "Bibliography", entry)


_REGIONS = {"en": "en-US", "es": "es-ES", "fr": "fr-FR", "de": "de-DE", "it": "it-IT", "pt": "pt-PT"}


def word_language(lang: str) -> str:
    """A page's language as Word tags it (a region for the languages we guess)."""
    return _REGIONS.get(lang, lang)
