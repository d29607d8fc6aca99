"""CommonMark. Text is escaped so that essay punctuation never turns into markup."""

from __future__ import annotations

from ..model import BlockQuote, Citation, Document, Emph, Gap, Heading, Inlines, Link, ListBlock, Paragraph, Strong, Text
from ..options import Options
from ..regexes import compile_regex
from .html_writer import GAP_NOTE

_SPECIAL = compile_regex(r"([\\`*_\[\]<>|])")
_LINE_START = compile_regex(r"^(#{1,6}(?=\s|$)|[-+=](?=\s|$)|\d{1,9}(?=[.)](?:\s|$))|>)")


def escape_md(text: str, at_line_start: bool = True) -> str:
    text = _SPECIAL.sub(r"\\\1", text)
    if at_line_start:
        match = _LINE_START.match(text)
        if match:
            token = match.group(0)
            text = (token + "\\" + text[len(token):]) if token[0].isdigit() else "\\" + text
    return text


def inline_md(spans: Inlines, at_line_start: bool = True) -> str:
    parts: list[str] = []
    for span in spans:
        first = at_line_start and not parts
        if isinstance(span, Text):
            parts.append(escape_md(span.text, first))
        elif isinstance(span, Citation):
            parts.append(escape_md(span.text, first))
        elif isinstance(span, Emph):
            parts.append(f"*{inline_md(span.children, False)}*")
        elif isinstance(span, Strong):
            parts.append(f"**{inline_md(span.children, False)}**")
        elif isinstance(span, Link):
            url = span.url.replace(" ", "%20").replace(")", "%29").replace("(", "%28")
            parts.append(f"[{inline_md(span.children, False)}]({url})")
    return "".join(parts)


def _block(block: object) -> str:
    if isinstance(block, Heading):
        return f"{'#' * block.level} {inline_md(block.inlines, False)}"
    if isinstance(block, Paragraph):
        return inline_md(block.inlines)
    if isinstance(block, BlockQuote):
        return f"> {inline_md(block.inlines)}"
    if isinstance(block, ListBlock):
        if block.ordered:
            return "\n".join(f"{n}. {inline_md(item, False)}" for n, item in enumerate(block.items, 1))
        return "\n".join(f"- {inline_md(item, False)}" for item in block.items)
    if isinstance(block, Gap):
        return f"*\\[…\\] {GAP_NOTE}*"
    raise TypeError(type(block).__name__)


def write(document: Document, options: Options) -> bytes:
    parts: list[str] = []
    if document.title:
        parts.append(f"# {escape_md(document.title, False)}")
    parts.extend(_block(b) for b in document.blocks)
    if document.references:
        parts.append(f"## {escape_md(document.references.heading, False)}")
        parts.extend(inline_md(e) for e in document.references.entries)
    return ("\n\n".join(parts) + "\n").encode("utf-8")
