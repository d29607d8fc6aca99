"""Clutter inside paragraphs: phrases a site injects mid-text, running heads repeated on every printed
page, and the empty "()" left where a site stripped a source."""

from __future__ import annotations

import re
from dataclasses import replace

from ..literals import LiteralGate
from ..model import DraftBlock, Heading, Paragraph, Removed, Text, normalize, plain_text, slice_inlines
from ..regexes import compile_regex
from ..signals import Kind
from .draft import Draft, inlines_of, next_content, removed, text_and_words

_CLOSING = frozenset(".,;:!?)]”’\"")


def _cut(spans, pattern: re.Pattern[str], gate: LiteralGate | None = None) -> tuple[object, list[str]]:
    """Remove every match of `pattern` from inline spans; return (new spans, removed texts). `gate`:
    whether the pattern may match a text at all (most paragraphs are not searched)."""
    text = plain_text(spans)
    if gate is not None and not gate.may_match(text):
        return spans, []
    found: list[str] = []
    pieces = []
    position = 0
    for match in pattern.finditer(text):
        if match.end() == match.start():
            continue
        following = text[match.end():match.end() + 1]
        start = match.start()
        if not following or following in _CLOSING:
            while start > position and text[start - 1] == " ":  # "said ( )." → "said."
                start -= 1
        pieces.append(slice_inlines(spans, position, start))
        found.append(match.group(0))
        position = match.end()
        if following and not following.isspace() and following not in _CLOSING:
            pieces.append((Text(" "),))
    if not found:
        return spans, []
    pieces.append(slice_inlines(spans, position, len(text)))
    return normalize([span for piece in pieces for span in piece]), found


def _remove_from_texty(draft: Draft, patterns: list[tuple[str, re.Pattern[str], LiteralGate | None]]) -> Draft:
    out: list[DraftBlock] = []
    for block in draft.blocks:
        spans = inlines_of(block)
        if not spans:
            out.append(block)
            continue
        records: list[Removed] = []
        for kind, pattern, gate in patterns:
            spans, found = _cut(spans, pattern, gate)
            records.extend(removed(kind, f) for f in found)
        if records:
            if spans:
                out.append(replace(block, inlines=spans))  # type: ignore[call-arg]
            out.extend(records)
        else:
            out.append(block)
    return draft.with_blocks(out)


def remove_inline_clutter(draft: Draft) -> Draft:
    """Phrases that sites inject into the middle of paragraphs ("We will write a custom essay…")."""
    return _remove_from_texty(draft, [(rule.kind, rule.combined, rule.gate) for rule in draft.rules.inline])


def drop_running_heads(draft: Draft) -> Draft:
    """A lone "Surname 2" between two paragraphs (or before a section's heading) is the running head of
    the student's printed page, carried into the page with the text."""
    blocks = list(draft.blocks)
    for index, block in enumerate(blocks):
        if not isinstance(block, Paragraph):
            continue
        text = plain_text(block.inlines).strip()
        if not draft.rules.running_head.match(text) or text.split()[0].casefold() in draft.rules.running_head_not_names:
            continue
        before = next((b for b in reversed(blocks[:index]) if not isinstance(b, Removed)), None)
        after = next_content(blocks, index)
        # (the next page may open with a section's heading)
        if isinstance(before, Paragraph) and text_and_words(before)[1] >= 20 and (
                isinstance(after, Heading) or (isinstance(after, Paragraph) and text_and_words(after)[1] >= 20)):
            blocks[index] = removed(Kind.RUNNING_HEADER, text)
    return draft.with_blocks(blocks)


_EMPTY_PARENS = compile_regex(r"\(\s*\)")


def remove_empty_citations(draft: Draft) -> Draft:
    """"()" left after a quotation where the site stripped its source."""
    return _remove_from_texty(draft, [(Kind.EMPTY_CITATION, _EMPTY_PARENS, None)])
