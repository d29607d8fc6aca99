"""The value every cleaning pass takes and returns."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

from ..languages import function_words
from ..model import (
    BlockQuote,
    Citation,
    DraftBlock,
    Heading,
    Inlines,
    Link,
    ListBlock,
    Paragraph,
    References,
    Removed,
    block_text,
)
from ..regexes import compile_regex
from ..rules import Rules
from ..tuning import Tuning


@dataclass(frozen=True)
class Draft:
    title: str | None
    blocks: tuple[DraftBlock, ...]
    rules: Rules
    author: str | None = None
    claimed_words: int | None = None
    claimed_pages: int | None = None
    references: References | None = None
    citations: tuple[Citation, ...] = ()
    menu_texts: frozenset[str] = frozenset()
    """The page's short link texts, case-folded: a title candidate among them is a menu entry."""
    url: str | None = None
    """The page's own address, when it states one: its host names the site (clean/brand.py)."""
    site_names: tuple[str, ...] = ()
    """What the page calls its site (og:site_name, the <title>'s site part): they name it too."""

    def with_blocks(self, blocks: list[DraftBlock] | tuple[DraftBlock, ...]) -> "Draft":
        return replace(self, blocks=tuple(blocks))


Pass = Callable[[Draft], Draft]


FUNCTION_WORDS = function_words()  # data/languages.toml, every language at once; read once, never changed


def next_content(blocks: tuple[DraftBlock, ...] | list[DraftBlock], index: int) -> DraftBlock | None:
    # By position, not by slice: a slice copies the rest of the page on every call, and the passes
    # call this once per block (quadratic on a page of 100,000 paragraphs).
    for position in range(index + 1, len(blocks)):
        if not isinstance(blocks[position], Removed):
            return blocks[position]
    return None


def is_texty(block: DraftBlock) -> bool:
    return isinstance(block, (Paragraph, Heading, BlockQuote, ListBlock))


def text_and_words(block: DraftBlock) -> tuple[str, int]:
    """A block's text and a quick word count (whitespace tokens): passes compare it with
    thresholds many times over; metadata.words uses the exact `count_words`."""
    if isinstance(block, (Paragraph, Heading, BlockQuote, ListBlock)):
        return block.plain, block.tokens
    text = block_text(block)
    return text, len(text.split())


def inlines_of(block: DraftBlock) -> Inlines:
    return block.inlines if isinstance(block, (Paragraph, Heading, BlockQuote)) else ()


def removed(kind: str, text: str) -> Removed:
    return Removed(kind, text.strip())


def as_removed(block: DraftBlock, kind: str) -> Removed:
    if isinstance(block, Removed):
        return block
    return removed(kind, text_and_words(block)[0] or f"[{type(block).__name__.lower()}]")


def items_linked(block: DraftBlock) -> bool:
    """A list each item of which opens on a link (other pages' titles, with their writers and teasers)."""
    return isinstance(block, ListBlock) and bool(block.items) and all(item and isinstance(item[0], Link) for item in block.items)


def heading_like(text: str, words: int, tuning: Tuning) -> bool:
    # the last token as written, numbers included: "Growth Rate 2.3% CAGR from 2024-2029" ends on a
    # year, not on "from" — a complete line, not one cut off mid-sentence
    text = _HEADING_NUMBER.sub("", text, count=1)  # (a numbered heading: "3. Don't use a wooden luggage rack")
    tokens = text.split()
    return (words <= tuning.heading_max_words and len(text.strip()) <= tuning.heading_max_chars
            and (tokens[-1].lower() if tokens else "") not in FUNCTION_WORDS and text[:1].isupper() and "," not in text)


_HEADING_NUMBER = compile_regex(r"^\s*\d{1,2}[.)]\s+")
