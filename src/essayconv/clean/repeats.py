"""Text the page shows twice: a pull quote repeats a sentence of the essay, large, beside it (news
and magazine themes set it as a quote block, often with the writer's name under it). Kept, it would
print the sentence twice and pass for a quotation from someone else."""

from __future__ import annotations

import re

from ..model import BlockQuote, Paragraph, Removed
from ..signals import Kind
from .draft import Draft, as_removed, text_and_words

_NOT_WORDS = re.compile(r"[^\w]+")


def _words_of(text: str) -> str:
    """The text as a run of case-folded words, quotation marks and punctuation left out, so that
    "“Quiet, like clean air, is shared”" is found in the paragraph saying it without its marks."""
    return " ".join(_NOT_WORDS.split(text.casefold())).strip()


def drop_pull_quotes(draft: Draft) -> Draft:
    """A quote block whose words stand, in order, inside one of the essay's paragraphs is a pull
    quote; a quote block of a name or two right after it is its credit. Not on a page of many quote
    blocks: a forum's replies quote the posts they answer."""
    tuning = draft.rules.tuning
    paragraphs = [_words_of(text_and_words(b)[0]) for b in draft.blocks if isinstance(b, Paragraph)]
    quotes = sum(isinstance(b, BlockQuote) for b in draft.blocks)
    if not paragraphs or quotes > tuning.pull_quote_max_quotes:
        return draft  # a thread: its replies quote the posts above them, and that is their text
    out = list(draft.blocks)
    for index, block in enumerate(draft.blocks):
        if not isinstance(block, BlockQuote):
            continue
        text, words = text_and_words(block)
        said = _words_of(text)
        if words < tuning.pull_quote_min_words or not any(f" {said} " in f" {p} " for p in paragraphs):
            continue
        out[index] = as_removed(block, Kind.PULL_QUOTE)
        following = next((i for i in range(index + 1, len(out)) if not isinstance(out[i], Removed)), None)
        if following is not None and isinstance(out[following], BlockQuote) \
                and text_and_words(out[following])[1] <= tuning.pull_quote_credit_max_words:
            out[following] = as_removed(out[following], Kind.PULL_QUOTE)
    return draft.with_blocks(out)
