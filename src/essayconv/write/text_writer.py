"""Plain text: one paragraph per line (readers re-wrap), blank lines between blocks."""

from __future__ import annotations

from ..model import BlockQuote, Document, Gap, Heading, ListBlock, Paragraph, plain_text
from ..options import Options
from .html_writer import GAP_NOTE


def _block(block: object) -> str:
    if isinstance(block, (Heading, Paragraph)):
        return plain_text(block.inlines)
    if isinstance(block, BlockQuote):
        return "    " + plain_text(block.inlines)
    if isinstance(block, ListBlock):
        if block.ordered:
            return "\n".join(f"{n}. {plain_text(i)}" for n, i in enumerate(block.items, 1))
        return "\n".join(f"• {plain_text(i)}" for i in block.items)
    if isinstance(block, Gap):
        return f"[…] ({GAP_NOTE})"
    raise TypeError(type(block).__name__)


def write(document: Document, options: Options) -> bytes:
    parts: list[str] = []
    if document.title:
        parts.append(document.title)
    parts.extend(_block(b) for b in document.blocks)
    if document.references:
        parts.append(document.references.heading)
        parts.extend(plain_text(e) for e in document.references.entries)
    return ("\n\n".join(parts) + "\n").encode("utf-8")
