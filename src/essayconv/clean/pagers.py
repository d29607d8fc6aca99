"""A text the site split over several web pages ("Page 1 of 3" over it, a pager under it) or a writer over
several posts ("… (part 1 of 2)" closing the subject): the saved page holds one of them, and the text goes on
on the pages to come. A gap marks where this page's part stops."""

from __future__ import annotations

import re

from ..model import BlockQuote, Gap, ListBlock, Paragraph, Removed
from ..rules import CounterShape
from .draft import Draft


def mark_pages_to_come(draft: Draft) -> Draft:
    """A line the finder or the clutter passes set aside says which page this is ("Page 1 of 3"), and no
    line says the last page is here (a document viewer showing every page numbers each): a gap after the
    text, unless one stands there already."""
    pager, part = draft.rules.counter.page_of_pages, draft.rules.counter.part_of_parts
    pages = [_at_of(m, draft.rules.counter) for b in draft.blocks if isinstance(b, Removed)
             and (m := pager.match(b.text.strip()) or part.search(b.text.strip())) is not None]
    if not pages or max(at for at, _ in pages) >= max(of for _, of in pages) or any(at < 1 for at, _ in pages):
        return draft
    blocks = list(draft.blocks)
    last = max((i for i, b in enumerate(blocks) if isinstance(b, (Paragraph, BlockQuote, ListBlock))), default=None)
    if last is None or any(isinstance(b, Gap) for b in blocks[last + 1:]):
        return draft
    blocks.insert(last + 1, Gap("truncated"))
    return draft.with_blocks(blocks)


def _at_of(match: re.Match[str], shape: CounterShape) -> tuple[int, int]:
    """(this part, of how many): in figures ("(part 1 of 2)") or in words ("First of two parts", a subtitle:
    [counters] ordinal_words and number_words)."""
    if match.groupdict().get("at_word"):
        return shape.ordinal_words[match.group("at_word").casefold()], shape.number_words[match.group("of_word").casefold()]
    return int(match.group("at")), int(match.group("of"))
