"""A club's notice set between the essay's paragraphs ("Type-in at the Tingwall hall on Wednesday 3 May:
bring paper, the kettle is ours", "The lampworking bench is booked until 16 March; join the waiting list at
reception"): a page builder's block or an editor's line, worded anew on every page, so neither a phrase nor
site learning knows it. Short, it names a day and tells the reader what to do; the essay's paragraphs
around it do neither."""

from __future__ import annotations

from ..model import Paragraph
from ..signals import Kind, ends_sentence
from .draft import Draft, as_removed, is_texty, text_and_words

_NEAR = 2


def drop_notices_between_paragraphs(draft: Draft) -> Draft:
    rules, tuning = draft.rules, draft.rules.tuning
    blocks = list(draft.blocks)
    content = [i for i, b in enumerate(blocks) if is_texty(b)]
    changed = False
    for position, at in enumerate(content[1:-1], start=1):
        block = blocks[at]
        if not isinstance(block, Paragraph):
            continue
        text, words = text_and_words(block)
        if words > tuning.notice_line_max_words or not rules.notice_day.search(text) \
                or not rules.notice_instruction.search(text):
            continue
        # (among the essay's paragraphs: a longer sentence of prose within two blocks of it, a caption or a heading between)
        near = content[max(0, position - _NEAR):position] + content[position + 1:position + 1 + _NEAR]
        if any(isinstance(blocks[i], Paragraph) and text_and_words(blocks[i])[1] > words
               and ends_sentence(text_and_words(blocks[i])[0]) for i in near):
            blocks[at] = as_removed(block, Kind.NOTE)
            changed = True
    return draft.with_blocks(blocks) if changed else draft


