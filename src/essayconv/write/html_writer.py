"""Standalone semantic HTML5: one <article>, headings, paragraphs, quotes, lists, a marked gap
wherever the source hid text, and the reference list in its own section. No external resource
is referenced, so the file opens (and prints) the same anywhere."""

from __future__ import annotations

from html import escape
from importlib import resources

from ..model import (BlockQuote, Citation, Document, Emph, Gap, Heading, Inlines, Link, ListBlock,
                     Paragraph, Strong, Text)
from ..options import Options

GAP_NOTE = "The source page hid part of the essay here."


def inline_html(spans: Inlines) -> str:
    parts: list[str] = []
    for span in spans:
        if isinstance(span, Text):
            parts.append(escape(span.text, quote=False))
        elif isinstance(span, Emph):
            parts.append(f"<em>{inline_html(span.children)}</em>")
        elif isinstance(span, Strong):
            parts.append(f"<strong>{inline_html(span.children)}</strong>")
        elif isinstance(span, Link):
            parts.append(f'<a href="{escape(span.url)}">{inline_html(span.children)}</a>')
        elif isinstance(span, Citation):
            key = f' data-key="{escape(span.key)}"' if span.key else ""
            cls = "citation" if span.matched else "citation unmatched"
            parts.append(f'<span class="{cls}"{key}>{escape(span.text, quote=False)}</span>')
    return "".join(parts)


def _block(block: object) -> str:
    if isinstance(block, Heading):
        return f"<h{block.level}>{inline_html(block.inlines)}</h{block.level}>"
    if isinstance(block, Paragraph):
        return f"<p>{inline_html(block.inlines)}</p>"
    if isinstance(block, BlockQuote):
        return f"<blockquote><p>{inline_html(block.inlines)}</p></blockquote>"
    if isinstance(block, ListBlock):
        tag = "ol" if block.ordered else "ul"
        items = "".join(f"<li>{inline_html(item)}</li>" for item in block.items)
        return f"<{tag}>{items}</{tag}>"
    if isinstance(block, Gap):
        return (f'<p class="gap" role="note" data-reason="{escape(block.reason)}">[…] '
                f'<span class="gap-note">{GAP_NOTE}</span></p>')
    raise TypeError(type(block).__name__)


def body_html(document: Document) -> str:
    """The <article> alone; the PDF writer wraps it in its own print page."""
    meta = document.metadata
    lines = ['<article class="essay">', "<header>"]
    if document.title:
        lines.append(f'<h1 class="title">{escape(document.title, quote=False)}</h1>')
    if meta.author:
        lines.append(f'<p class="author">{escape(meta.author, quote=False)}</p>')
    lines.append("</header>")
    lines.extend(_block(b) for b in document.blocks)
    if document.references:
        lines.append('<section class="references">')
        lines.append(f"<h2>{escape(document.references.heading, quote=False)}</h2>")
        lines.extend(f'<p class="reference">{inline_html(e)}</p>' for e in document.references.entries)
        lines.append("</section>")
    lines.append("</article>")
    return "\n".join(lines)


def write(document: Document, options: Options) -> bytes:
    meta = document.metadata
    css = resources.files("essayconv.data").joinpath("screen.css").read_text("utf-8")
    head = ['<!DOCTYPE html>', f'<html lang="{escape(meta.lang or "und")}">', "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="generator" content="essayconv">',
            f"<title>{escape(document.title or 'Untitled essay', quote=False)}</title>"]
    if meta.author:
        head.append(f'<meta name="author" content="{escape(meta.author)}">')
    if meta.source:
        head.append(f'<meta name="dc.source" content="{escape(meta.source)}">')
    head.extend([f"<style>\n{css}</style>", "</head>", "<body>"])
    return ("\n".join([*head, body_html(document), "</body>", "</html>"]) + "\n").encode("utf-8")
