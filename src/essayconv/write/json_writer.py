"""The JSON contract, schema "essayconv/1" (see docs/design.md). Plain text only; key order fixed."""

from __future__ import annotations

import json
from typing import Any

from ..model import BlockQuote, Document, Gap, Heading, ListBlock, Paragraph, Removed, plain_text
from ..options import Options

SCHEMA = "essayconv/1"


def _block(block: object) -> dict[str, Any]:
    if isinstance(block, Heading):
        return {"type": "heading", "level": block.level, "text": plain_text(block.inlines)}
    if isinstance(block, Paragraph):
        return {"type": "paragraph", "text": plain_text(block.inlines)}
    if isinstance(block, BlockQuote):
        return {"type": "blockquote", "text": plain_text(block.inlines)}
    if isinstance(block, ListBlock):
        return {"type": "list", "ordered": block.ordered, "items": [plain_text(i) for i in block.items]}
    if isinstance(block, Gap):
        return {"type": "gap", "reason": block.reason}
    raise TypeError(f"no JSON form for {type(block).__name__}")


def to_dict(document: Document) -> dict[str, Any]:
    from ..safe_text import safe_value

    document = safe_value(document)  # no C1 control or non-character in the contract's strings
    meta = document.metadata
    return {
        "schema": SCHEMA,
        "title": document.title,
        "metadata": {
            "source": meta.source,
            "site": meta.site,
            "author": meta.author,
            "lang": meta.lang,
            "claimed_words": meta.claimed_words,
            "claimed_pages": meta.claimed_pages,
            "words": meta.words,
            "complete": meta.complete,
        },
        "blocks": [_block(b) for b in document.blocks],
        "references": None if document.references is None else {
            "heading": document.references.heading,
            "entries": [plain_text(e) for e in document.references.entries],
        },
        "citations": [{"text": c.text, "key": c.key, "matched": c.matched} for c in document.citations],
        "removed": [_removed(r) for r in document.removed],
    }


def dumps(document: Document) -> str:
    return json.dumps(to_dict(document), ensure_ascii=False, indent=2) + "\n"


def write(document: Document, options: Options) -> bytes:
    return dumps(document).encode("utf-8")


def _removed(record: Removed) -> dict:
    """A removal as the contract lists it; a site's learned template also says on how many of the
    site's pages it was seen."""
    entry: dict = {"kind": record.kind, "text": record.text}
    if record.pages is not None:
        entry["pages"] = record.pages
    return entry
