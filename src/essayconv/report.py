"""A readable account of one conversion, for `essayconv inspect`."""

from __future__ import annotations

import textwrap
from collections import Counter

from .model import Document, Gap, Heading, ListBlock, block_text, count_words, plain_text


def _short(text: str, width: int = 90) -> str:
    return textwrap.shorten(text, width=width, placeholder=" …") if text else ""


def describe(document: Document) -> str:
    meta = document.metadata
    lines = [f"title      {document.title or '(none)'}",
             f"source     {meta.source}",
             f"site       {meta.site}    language {meta.lang or '?'}    author {meta.author or '?'}",
             f"words      {meta.words} recovered" + (f" of {meta.claimed_words} claimed" if meta.claimed_words else "")
             + (f", {meta.claimed_pages} pages claimed" if meta.claimed_pages else ""),
             f"complete   {'yes' if meta.complete else 'no — the site hid text or the words fall short'}",
             *([f"finder     {meta.finder}"] if meta.finder else []),
             "", f"KEPT ({len(document.blocks)} blocks)"]
    for block in document.blocks:
        if isinstance(block, Gap):
            lines.append(f"  [gap: {block.reason}] …text hidden by the site…")
        elif isinstance(block, Heading):
            lines.append(f"  h{block.level:<9}{_short(plain_text(block.inlines))}")
        else:
            kind = "list" if isinstance(block, ListBlock) else type(block).__name__.lower()
            text = block_text(block)
            lines.append(f"  {kind:<10} {count_words(text):>4}w  {_short(text, 76)}")
    if document.references:
        lines.append(f"\nREFERENCES  {document.references.heading} ({len(document.references.entries)} entries)")
        lines.extend(f"  - {_short(plain_text(e))}" for e in document.references.entries)
    if document.citations:
        matched = sum(c.matched for c in document.citations)
        lines.append(f"\nCITATIONS  {len(document.citations)} found, {matched} matched to references")
        lines.extend(f"  {c.text}{'' if c.matched else '  (unmatched)'}" for c in document.citations[:30])
    kinds = Counter(r.kind for r in document.removed)
    lines.append(f"\nREMOVED ({len(document.removed)}: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()) + ")")
    lines.extend(f"  {r.kind:<16} {_short(r.text, 80)}" for r in document.removed)
    return "\n".join(lines)


def hidden_text_warning(document: Document) -> str | None:
    """One line when the site hid part of the essay: recovered against claimed words when the
    page claimed a count, else the number of places text was hidden."""
    meta = document.metadata
    if meta.complete:
        return None
    if meta.claimed_words:
        return f"the site hid text: {meta.words} of {meta.claimed_words} words recovered"
    gaps = sum(isinstance(b, Gap) for b in document.blocks)
    return f"the site hid text in {gaps} place{'s' if gaps != 1 else ''}" if gaps else None
