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


def drop_site_toc(draft: Draft) -> Draft:
    """A site's table of contents (a heading, then a list or short lines mirroring the essay's
    headings) is dropped with its entries; a contents list that mirrors nothing is kept."""
    blocks = list(draft.blocks)
    for index, block in enumerate(blocks):
        if not isinstance(block, (Paragraph, Heading)) or not _is_toc_heading(block, draft):
            continue
        later = {_toc_key(text_and_words(b)[0]) for b in blocks[index + 1:] if isinstance(b, (Heading, Paragraph))
                 and text_and_words(b)[1] <= 14}
        end = index + 1
        entries: list[str] = []
        while end < len(blocks):
            candidate = blocks[end]
            if isinstance(candidate, ListBlock):
                items = [plain_text(i) for i in candidate.items]
                if sum(_toc_key(i) in later for i in items) >= max(1, len(items) // 2):
                    entries.extend(items)
                    end += 1
                    continue
            elif isinstance(candidate, Paragraph):
                text, words = text_and_words(candidate)
                if words <= 14 and not ends_sentence(text) and _toc_key(text) in later:
                    # mirrored only if it shows up again further down, as a real heading
                    if sum(_toc_key(text) == _toc_key(text_and_words(b)[0]) for b in blocks[end + 1:]) >= 1:
                        entries.append(text)
                        end += 1
                        continue
            break
        records = [removed(Kind.SITE_TOC, text_and_words(block)[0])]
        if entries:
            records.append(removed(Kind.SITE_TOC, " | ".join(entries)))
        return draft.with_blocks(_cover_page(blocks[:index], draft) + records + blocks[end:])
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
