"""Facts strips: a box of short items, one of them the essay's length ("395 words · Personal essay ·
High school"), laid out as separate little blocks. Read as one line, as a reader sees the strip,
so that the counter reader takes it whole rather than leaving its labels behind as paragraphs and
headings."""

from __future__ import annotations

from bs4 import Tag

from ...model import clean_whitespace
from ...rules import CounterShape
from ...tuning import Tuning
from .tags import BLOCK_TAGS, first_under, tags_under


def facts_strip(tag: Tag, counter: CounterShape, tuning: Tuning) -> str | None:
    """The strip's items joined with " · ", when `tag` is a strip of short items holding a count."""
    # asked of every element holding blocks: a look at a few of its blocks, never its whole subtree
    blocks = tags_under(tag, BLOCK_TAGS, limit=3 * tuning.strip_max_items + 1)
    if len(blocks) > 3 * tuning.strip_max_items:
        return None
    leaves = [t for t in blocks if first_under(t, BLOCK_TAGS) is None]
    if not tuning.strip_min_items <= len(leaves) <= tuning.strip_max_items:
        return None
    texts = [text for text in (clean_whitespace(leaf.get_text(" ")).strip() for leaf in leaves) if text]
    if len(texts) < tuning.strip_min_items or any(len(text.split()) > tuning.strip_item_words for text in texts):
        return None
    if not any(counter.number_unit.search(text) or counter.unit_number.search(text) for text in texts):
        return None
    joined = " · ".join(texts)
    whole = clean_whitespace(tag.get_text(" ")).strip()
    return joined if len(" ".join(texts)) >= 0.9 * len(whole) else None  # nothing loose beside the items
