"""A site's table of contents (and a cover page before it): a list of the essay's own headings shown
above the essay, removed once the headings are seen below it."""

from __future__ import annotations

import re

from ..model import BlockQuote, DraftBlock, Heading, ListBlock, Paragraph, plain_text
from ..regexes import compile_regex
from ..rules import first_block_rule
from ..signals import Kind, ends_sentence
from .counters import banner_parts
from .draft import Draft, removed, text_and_words

_NUMBERING = compile_regex(r"^(?:\d+(?:\.\d+)*\.?|[ivxlc]+\.|[a-z]\.)\s+", re.I)


def _toc_key(text: str) -> str:
    return re.sub(r"\W+", " ", _NUMBERING.sub("", text)).strip().lower()


def _is_toc_heading(block: DraftBlock, draft: Draft) -> bool:
    """"Table of contents", "Inhaltsverzeichnis", "Sommaire"…: the site-toc rule of clutter.toml."""
    text, words = text_and_words(block)
    return any(rule.kind == Kind.SITE_TOC and rule.matches(text.strip(), words) for rule in draft.rules.blocks)


def _labels_an_outline(blocks: list[DraftBlock], index: int, draft: Draft) -> bool:
    """A short label, whatever it says ("What this essay covers"), over a list of which two items at least, and
    half, are the essay's own headings further down: the site's outline of it."""
    text, words = text_and_words(blocks[index])
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    # (a label of a few words may close on its colon, "In today's issue:"; a sentence closing so, "This guide
    # evaluates the five most popular platforms:", opens the article's own list)
    colon = text.strip().endswith(":") and words <= _COLON_LABEL_MAX_WORDS
    if words > draft.rules.tuning.title_line_max_words or ends_sentence(text.strip().removesuffix(":") if colon else text.strip()) \
            or not isinstance(following, ListBlock):
        return False
    headings = {_toc_key(text_and_words(b)[0]) for b in blocks[index + 2:] if isinstance(b, Heading)}
    shown = sum(_named_further_down(plain_text(item), headings, draft, by_name=colon) for item in following.items)
    return shown >= 2 and shown >= len(following.items) / 2


_COLON_LABEL_MAX_WORDS = 3


def _named_further_down(item: str, keys: set[str], draft: Draft, by_name: bool = True) -> bool:
    """A contents entry names a heading further down: its words, the words before its colon under a label (a newsletter's
    "Bottle of the week: Atelier Brae Cedar Ledger" over its section "Bottle of the week"), or the essay's own
    title (the issue's contents open on its long read)."""
    key = _toc_key(item)
    # (an entry's name before its colon only in a short entry: a summary's "ADP: A global HRO backbone that …"
    # names its section and says what it holds, as an article's own list does)
    return key in keys or by_name and _toc_key(item.partition(":")[0]) in keys and ":" in item and len(item.split()) <= _SHORT_ENTRY_WORDS \
        or bool(draft.title) and key == _toc_key(draft.title)


_SHORT_ENTRY_WORDS = 10


def drop_site_toc(draft: Draft) -> Draft:
    """A site's table of contents (a heading, then a list or short lines mirroring the essay's
    headings) is dropped with its entries; a contents list that mirrors nothing is kept."""
    blocks = list(draft.blocks)
    for index, block in enumerate(blocks):
        if not isinstance(block, (Paragraph, Heading)) or not (_is_toc_heading(block, draft) or _labels_an_outline(blocks, index, draft)):
            continue
        later = {_toc_key(text_and_words(b)[0]) for b in blocks[index + 1:] if isinstance(b, (Heading, Paragraph))
                 and text_and_words(b)[1] <= 14}
        # where each text shows last, read once (asking the rest of the page per entry was quadratic)
        last_at = {_toc_key(text_and_words(b)[0]): at for at, b in enumerate(blocks) if at > index}
        end = index + 1
        entries: list[str] = []
        while end < len(blocks):
            candidate = blocks[end]
            if isinstance(candidate, ListBlock):
                items = [plain_text(i) for i in candidate.items]
                by_name = text_and_words(block)[0].strip().endswith(":")
                if sum(_named_further_down(i, later, draft, by_name) for i in items) >= max(1, len(items) // 2):
                    entries.extend(items)
                    end += 1
                    continue
            elif isinstance(candidate, Paragraph):
                text, words = text_and_words(candidate)
                if words <= 14 and not ends_sentence(text) and _toc_key(text) in later:
                    # mirrored only if it shows up again further down, as a real heading
                    if last_at.get(_toc_key(text), -1) > end:
                        entries.append(text)
                        end += 1
                        continue
            break
        records = [removed(Kind.SITE_TOC, text_and_words(block)[0])]
        if entries:
            records.append(removed(Kind.SITE_TOC, " | ".join(entries)))
        return draft.with_blocks(_cover_page(blocks[:index], draft) + records + blocks[end:])
    return _outline_of_the_headings(draft)


_OUTLINE_MIN_HEADINGS = 3
"""Headings of the essay a list must name, in a list of its own, to be its outline (two items that
happen to share a heading's words are a list of the essay's own)."""


def _outline_of_the_headings(draft: Draft) -> Draft:
    """A list under any label ("Essay outline", "In this essay") whose items name the essay's own
    headings ("II. Setting the stage" for "Setting the stage"), most of them and three at least,
    wherever the site put it among them: its outline of the essay, dropped with its label line."""
    blocks = list(draft.blocks)
    headings = {_toc_key(text_and_words(b)[0]) for b in blocks if isinstance(b, Heading)}
    for index, block in enumerate(blocks):
        if not isinstance(block, ListBlock):
            continue
        items = [plain_text(i) for i in block.items]
        named = sum(_toc_key(i) in headings for i in items)
        if named >= _OUTLINE_MIN_HEADINGS and named >= len(items) // 2 + 1:
            label = index - 1 if index and isinstance(blocks[index - 1], (Paragraph, Heading)) \
                and text_and_words(blocks[index - 1])[1] <= 6 and not ends_sentence(text_and_words(blocks[index - 1])[0]) else index
            records = [removed(Kind.SITE_TOC, text_and_words(blocks[label])[0])] if label < index else []
            return draft.with_blocks(blocks[:label] + records + [removed(Kind.SITE_TOC, " | ".join(items))] + blocks[index + 1:])
    return draft


def _cover_page(before: list[DraftBlock], draft: Draft) -> list[DraftBlock]:
    """Short lines ahead of a contents list, with no prose before them, are the document's cover
    page (course, student number, date), not its text. Lines other passes know (the title, a
    banner, a notice) are left to them."""
    if any(isinstance(b, (Paragraph, BlockQuote)) and text_and_words(b)[1] > 12 for b in before):
        return before
    title = (draft.title or "").strip().casefold()

    def is_cover_line(block: DraftBlock) -> bool:
        if not isinstance(block, (Paragraph, Heading)):
            return False
        text, words = text_and_words(block)
        return (not ends_sentence(text) and text.strip().casefold() != title
                and first_block_rule(draft.rules.blocks, text, words) is None
                and not draft.rules.label_clutter.match(text) and banner_parts(text, draft) is None)

    return [removed(Kind.COVER_PAGE, text_and_words(b)[0]) if is_cover_line(b) else b for b in before]
