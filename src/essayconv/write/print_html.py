"""The HTML a print renderer lays out: the essay in the shape a style asks for (MLA heading block,
APA title page, source line), plus the per-document CSS (running head, page size, spacing).
Used by the PDF writer; the packet's HTML (packet_html.py) reuses its pieces."""

from __future__ import annotations

import re
import unicodedata
from html import escape

from ..model import Document, Inlines, plain_text
from ..options import Options, checked_line_spacing
from .html_writer import block_html, references_html
from .page_options import css_page_size, font_size, margins_css
from .provenance import public_source, source_line
from .wording import UNTITLED


def css_string(text: str) -> str:
    """A CSS string literal: quotes, backslashes and line breaks escaped."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + re.sub(r"[\n\r\f]", " ", escaped) + '"'


def surname(author: str | None) -> str | None:
    if not author:
        return None
    words = re.findall(r"[^\W\d_][\w’'\-]*", author)
    return words[-1] if words else None


def _sort_key(entry: Inlines) -> str:
    text = unicodedata.normalize("NFKD", plain_text(entry))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return re.sub(r"^\W+|^(?:the|a|an) ", "", text)


def sorted_entries(document: Document, style: str) -> tuple[Inlines, ...]:
    """MLA and APA alphabetise the list; other styles keep the page's order."""
    if not document.references:
        return ()
    entries = document.references.entries
    return tuple(sorted(entries, key=_sort_key)) if style in ("mla", "apa") else entries


def _line(css_class: str, text: str | None) -> str:
    return f'<p class="{css_class}">{escape(text, quote=False)}</p>' if text else ""


def _head(document: Document, options: Options) -> list[str]:
    meta = document.metadata
    author = options.author or meta.author
    lines = ["<!DOCTYPE html>", f'<html lang="{escape(meta.lang or "en")}">', "<head>", '<meta charset="utf-8">',
             f"<title>{escape(document.title or UNTITLED, quote=False)}</title>",
             '<meta name="generator" content="essayconv">']
    if author:
        lines.append(f'<meta name="author" content="{escape(author)}">')
    source = public_source(document, options)
    if source:  # WeasyPrint's /Subject
        lines.append(f'<meta name="description" content="{escape(source)}">')
    lines.append(f'<meta name="keywords" content="{escape(meta.site)}">')
    lines.append("</head>")
    return lines


def essay_html(document: Document, options: Options) -> str:
    """One essay as an <article> in the chosen style (no <html> around it)."""
    style = options.style
    author = options.author or document.metadata.author
    title = escape(document.title or UNTITLED, quote=False)
    # with line numbers, the renderer numbers the lines of the article's .essay-body
    lines = [f'<article class="essay style-{style}" id="essay-1">' if options.line_numbers
             else f'<article class="essay style-{style}">']
    if style == "mla":
        block = [_line("student", author), _line("instructor", options.instructor),
                 _line("course", options.course), _line("date", options.date)]
        if any(block):
            lines.append('<div class="heading-block">' + "".join(block) + "</div>")
        lines.append(f'<h1 class="title">{title}</h1>')
    elif style == "apa":
        lines.append('<section class="title-page">'
                     f'<h1 class="title">{title}</h1>'
                     + "".join([_line("student", author), _line("affiliation", options.affiliation),
                                _line("course", options.course),
                                _line("instructor", options.instructor), _line("date", options.date)])
                     + "</section>")
        lines.append(f'<h1 class="title text-title">{title}</h1>')
    else:
        lines.append(f'<h1 class="title">{title}</h1>')
        lines.append(_line("author", author))
        lines.append(_line("source-line", source_line(document, options)))
    lines.append('<div class="essay-body">' if options.line_numbers else "")
    lines.extend(block_html(b, options.gaps, print_mode=True) for b in document.blocks)
    if document.references:
        lines.append(references_html(document.references, sorted_entries(document, style), print_mode=True))
    lines.append("</div>" if options.line_numbers else "")
    lines.append("</article>")
    return "\n".join(line for line in lines if line)


def print_html(document: Document, options: Options) -> str:
    return "\n".join([*_head(document, options), "<body>", essay_html(document, options), "</body>", "</html>"]) + "\n"


def page_css(document: Document, options: Options) -> str:
    """What the options and the document add on top of the style sheet."""
    rules = [css for css in (options_css(options),) if css]
    if options.style == "mla":
        name = surname(options.author or document.metadata.author)
        head = f"{css_string(name + ' ')} counter(page)" if name else "counter(page)"
        rules.append(f"@page {{ @top-right {{ content: {head}; }} }}")
    return "\n".join(rules)


def options_css(options: Options) -> str:
    """The page options (--page-size, --margins, --font-size, --line-spacing) as CSS."""
    rules: list[str] = []
    page: list[str] = []
    if options.page_size:
        page.append(f"size: {css_page_size(options.page_size)};")
    if options.margins:
        page.append(f"margin: {margins_css(options.margins)};")
    if page:
        rules.append("@page { " + " ".join(page) + " }")
    html: list[str] = []
    if options.font_size:
        html.append(f"font-size: {font_size(options.font_size).css};")
    if options.line_spacing:
        html.append(f"line-height: {checked_line_spacing(options.line_spacing):g};")
    if html:
        rules.append("html { " + " ".join(html) + " }")
    return "\n".join(rules)
