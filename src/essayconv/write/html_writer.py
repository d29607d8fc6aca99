"""Standalone semantic HTML5: one <article>, headings, paragraphs, quotes, lists, a marked gap
wherever the source hid text, and the reference list in its own section. No external resource
is referenced, so the file opens (and prints) the same anywhere."""

from __future__ import annotations

from html import escape
from importlib import resources

from ..model import (
    BlockQuote,
    Citation,
    Document,
    Emph,
    Gap,
    Heading,
    Inlines,
    Link,
    ListBlock,
    Paragraph,
    References,
    Strong,
    Text,
)
from ..options import Options
from .wording import GAP_NOTE, UNTITLED


def inline_html(spans: Inlines, print_mode: bool = False) -> str:
    """Spans as HTML. In print mode citations are plain text: a <span> there adds nothing
    visible and trips WeasyPrint's line breaking at box boundaries (WeasyPrint #1614)."""
    parts: list[str] = []
    for span in spans:
        if isinstance(span, Text):
            parts.append(escape(span.text, quote=False))
        elif isinstance(span, Emph):
            parts.append(f"<em>{inline_html(span.children, print_mode)}</em>")
        elif isinstance(span, Strong):
            parts.append(f"<strong>{inline_html(span.children, print_mode)}</strong>")
        elif isinstance(span, Link):
            parts.append(f'<a href="{escape(span.url)}">{inline_html(span.children, print_mode)}</a>')
        elif isinstance(span, Citation) and print_mode:
            parts.append(escape(span.text, quote=False))
        elif isinstance(span, Citation):
            key = f' data-key="{escape(span.key)}"' if span.key else ""
            cls = "citation" if span.matched else "citation unmatched"
            parts.append(f'<span class="{cls}"{key}>{escape(span.text, quote=False)}</span>')
    return "".join(parts)


def block_html(block: object, gaps: str = "mark", print_mode: bool = False) -> str:
    """One block as HTML; with gaps="hide" a gap renders as nothing."""
    if isinstance(block, Heading):
        return f"<h{block.level}>{inline_html(block.inlines, print_mode)}</h{block.level}>"
    if isinstance(block, Paragraph):
        return f"<p>{inline_html(block.inlines, print_mode)}</p>"
    if isinstance(block, BlockQuote):
        return f"<blockquote><p>{inline_html(block.inlines, print_mode)}</p></blockquote>"
    if isinstance(block, ListBlock):
        tag = "ol" if block.ordered else "ul"
        items = "".join(f"<li>{inline_html(item, print_mode)}</li>" for item in block.items)
        return f"<{tag}>{items}</{tag}>"
    if isinstance(block, Gap):
        if gaps == "hide":
            return ""
        return (f'<p class="gap" role="note" data-reason="{escape(block.reason)}">[…] '
                f'<span class="gap-note">{GAP_NOTE}</span></p>')
    raise TypeError(type(block).__name__)


def references_html(references: References, entries: tuple[Inlines, ...] | None = None,
                    print_mode: bool = False) -> str:
    lines = ['<section class="references">', f"<h2>{escape(references.heading, quote=False)}</h2>"]
    lines.extend(f'<p class="reference">{inline_html(e, print_mode)}</p>' for e in (entries or references.entries))
    lines.append("</section>")
    return "\n".join(lines)


def body_html(document: Document, gaps: str = "mark") -> str:
    """The <article> alone, for the standalone page."""
    meta = document.metadata
    lines = ['<article class="essay">', "<header>"]
    if document.title:
        lines.append(f'<h1 class="title">{escape(document.title, quote=False)}</h1>')
    if meta.author:
        lines.append(f'<p class="author">{escape(meta.author, quote=False)}</p>')
    lines.append("</header>")
    lines.extend(block_html(b, gaps) for b in document.blocks)
    if document.references:
        lines.append(references_html(document.references))
    lines.append("</article>")
    return "\n".join(line for line in lines if line)


def write(document: Document, options: Options) -> bytes:
    meta = document.metadata
    css = resources.files("essayconv.data").joinpath("screen.css").read_text("utf-8")
    head = ['<!DOCTYPE html>', f'<html lang="{escape(meta.lang or "und")}">', "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="generator" content="essayconv">',
            f"<title>{escape(document.title or UNTITLED, quote=False)}</title>"]
    if meta.author:
        head.append(f'<meta name="author" content="{escape(meta.author)}">')
    from .provenance import public_source

    source = public_source(document, options)  # a web address, never a local path
    if source:
        head.append(f'<meta name="dc.source" content="{escape(source)}">')
    head.extend([f"<style>\n{css}</style>", "</head>", "<body>"])
    return ("\n".join([*head, body_html(document, options.gaps), "</body>", "</html>"]) + "\n").encode("utf-8")
