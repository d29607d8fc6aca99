"""A poll between the essay's paragraphs: the site's question to the reader and its running results
("Quick poll: would you refill a bottle at a public fountain?" / "Yes, often 61%" / "Never 9%").
No phrase says it in every language; its shape does: a question, then options each ending on a share."""

from __future__ import annotations

from ..model import Heading, ListBlock, Paragraph, Removed, plain_text
from ..regexes import compile_regex
from ..signals import Kind
from ..tuning import Tuning
from .draft import Draft, as_removed, text_and_words

_SHARE_AT_THE_END = compile_regex(r"\d{1,3}(?:[.,]\d)?\s?%$")


def _options(block: object, tuning: Tuning) -> int:
    """How many poll options the block is (each line a few words ending on a share), or 0."""
    if isinstance(block, ListBlock):
        lines = [plain_text(item).strip() for item in block.items]
    elif isinstance(block, Paragraph):
        lines = [text_and_words(block)[0].strip()]
    else:
        return 0
    fits = all(_SHARE_AT_THE_END.search(line) and len(line.split()) <= tuning.poll_option_max_words for line in lines)
    return len(lines) if fits and lines else 0


def drop_polls(draft: Draft) -> Draft:
    """A question of a few words followed by at least two options with their shares: the poll goes,
    its question with it."""
    tuning = draft.rules.tuning
    blocks = list(draft.blocks)
    content = [i for i, b in enumerate(blocks) if not isinstance(b, Removed)]
    taken: set[int] = set()
    for position, index in enumerate(content):
        text, words = text_and_words(blocks[index])
        if not isinstance(blocks[index], (Paragraph, Heading)) or not text.rstrip().endswith("?") \
                or words > tuning.poll_question_max_words:
            continue
        run, found = [], 0
        for following in content[position + 1:]:
            counted = _options(blocks[following], tuning)
            if not counted:
                break
            run.append(following)
            found += counted
        if found >= 2:  # a question and one share is a figure the essay gives
            taken.update((index, *run))
    if not taken:
        return draft
    return draft.with_blocks([as_removed(b, Kind.FORM) if i in taken else b for i, b in enumerate(blocks)])
