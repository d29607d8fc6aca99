"""Facts strips: a box of short items, one of them the essay's length ("395 words · Personal essay ·
High school"), laid out as separate little blocks. Read as one line, as a reader sees the strip,
so that the counter reader takes it whole rather than leaving its labels behind as paragraphs and
headings."""

from __future__ import annotations

from bs4 import Tag

from ...model import clean_whitespace
from ...rules import CounterShape
from .tags import BLOCK_TAGS, first_under, tags_under

STRIP_ITEMS = (3, 8)
"""A strip has a few items: fewer is a line or two of the page; more is a list."""
STRIP_ITEM_WORDS = 4
"""…each a label or a value ("Personal essay", "395 words"), never a sentence."""


def facts_strip(tag: Tag, counter: CounterShape) -> str | None:
    """The strip's items joined with " · ", when `tag` is a strip of short items holding a count."""
    leaves = [t for t in tags_under(tag, BLOCK_TAGS) if first_under(t, BLOCK_TAGS) is None]
    if not STRIP_ITEMS[0] <= len(leaves) <= STRIP_ITEMS[1]:
        return None
    texts = [text for text in (clean_whitespace(leaf.get_text(" ")).strip() for leaf in leaves) if text]
    if len(texts) < STRIP_ITEMS[0] or any(len(text.split()) > STRIP_ITEM_WORDS for text in texts):
        return None
    if not any(counter.number_unit.search(text) or counter.unit_number.search(text) for text in texts):
        return None
    joined = " · ".join(texts)
    whole = clean_whitespace(tag.get_text(" ")).strip()
    return joined if len(" ".join(texts)) >= 0.9 * len(whole) else None  # nothing loose beside the items
