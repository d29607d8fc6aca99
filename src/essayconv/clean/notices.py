"""A club's notice set between the essay's paragraphs ("Type-in at the Tingwall hall on Wednesday 3 May:
bring paper, the kettle is ours", "The lampworking bench is booked until 16 March; join the waiting list at
reception"): a page builder's block or an editor's line, worded anew on every page, so neither a phrase nor
site learning knows it. Short, it names a day and tells the reader what to do; the essay's paragraphs
around it do neither. And the page's comments set inside the text under their heading, at its end."""

from __future__ import annotations

import re

from ..model import Paragraph, Removed
from ..regexes import compile_regex
from ..signals import Kind, ends_sentence
from .draft import Draft, as_removed, is_texty, text_and_words

_NEAR = 2
"""Blocks either side of a notice within which the essay's prose stands (a caption or a heading between)."""


def drop_comments_under_their_heading(draft: Draft) -> Draft:
    """The page's comments set inside the text under their heading ("Comments", set aside as such), each a short
    paragraph, to the text's end: a wiki's talk under the piece. Only in the text's last third."""
    blocks = list(draft.blocks)
    content = [i for i, b in enumerate(blocks) if is_texty(b)]
    if len(content) < _COMMENTS_MIN_CONTENT:
        return draft
    heading = next((i for i, b in enumerate(blocks) if isinstance(b, Removed) and b.kind == Kind.COMMENTS
                    and _COMMENTS_HEADING.match(b.text.strip())), None)
    after = [i for i in content if heading is not None and i > heading]
    if heading is None or len(after) > len(content) // 3 or not after \
            or any(text_and_words(blocks[i])[1] > draft.rules.tuning.notice_max_words for i in after):
        return draft
    for i in after:
        blocks[i] = as_removed(blocks[i], Kind.COMMENTS)
    return draft.with_blocks(blocks)


_COMMENTS_HEADING = compile_regex(r"^(?:\d+ )?comments?(?: on this (?:review|post|essay|article|entry|story|piece|paper|answer))?$",
                                  re.IGNORECASE)
_COMMENTS_MIN_CONTENT = 6
"""Blocks of text a page holds at least for its last third to be read as its comments (a short note has none)."""


def drop_notices_between_paragraphs(draft: Draft) -> Draft:
    rules, tuning = draft.rules, draft.rules.tuning
    blocks = list(draft.blocks)
    content = [i for i, b in enumerate(blocks) if is_texty(b)]
    changed = False
    for position, at in enumerate(content[1:], start=1):
        block = blocks[at]
        if not isinstance(block, Paragraph):
            continue
        text, words = text_and_words(block)
        told = rules.notice_instruction.search(text)
        if words > tuning.notice_line_max_words or not rules.notice_day.search(text) or not told \
                or position == len(content) - 1 and told.start() == 0:
            continue  # (closing the text, it names its event first: an essay may close on "Come and see it on Sunday")
        # (among the essay's paragraphs: a longer sentence of prose within two blocks of it, a caption or a heading between)
        near = content[max(0, position - _NEAR):position] + content[position + 1:position + 1 + _NEAR]
        if any(isinstance(blocks[i], Paragraph) and text_and_words(blocks[i])[1] > words
               and ends_sentence(text_and_words(blocks[i])[0]) for i in near):
            blocks[at] = as_removed(block, Kind.NOTE)
            changed = True
    return draft.with_blocks(blocks) if changed else draft


