"""Pull quotes (clean/repeats.py): a quote block repeating a sentence of the essay goes, with the
name under it; a real quotation stays. Our own texts."""

from __future__ import annotations

from essayconv.clean.repeats import drop_pull_quotes
from essayconv.model import BlockQuote, Text

from .helpers import PROSE, draft_of, kept_texts, removed_of

SENTENCE = "Quiet, like clean water, belongs to everyone who lives on the street."
ESSAY = [PROSE, f"We share more than we think. {SENTENCE} Noise takes it from all of us at once.", PROSE]


def quote(text: str) -> BlockQuote:
    return BlockQuote((Text(text),))


def test_a_quote_block_repeating_the_essays_sentence_goes_with_its_credit() -> None:
    result = drop_pull_quotes(draft_of(ESSAY[0], quote(f"“{SENTENCE}”"), quote("Ines Okafor"), *ESSAY[1:]))
    assert kept_texts(result) == ESSAY
    assert [kind for kind, _ in removed_of(result)] == ["pull-quote", "pull-quote"]


def test_a_quotation_the_essay_does_not_repeat_stays() -> None:
    other = "A city that never falls silent is a city that never listens, as one planner told me."
    result = drop_pull_quotes(draft_of(ESSAY[0], quote(other), *ESSAY[1:]))
    assert other in kept_texts(result)


def test_a_short_quoted_phrase_the_essay_uses_stays() -> None:
    result = drop_pull_quotes(draft_of(ESSAY[0], quote("belongs to everyone"), *ESSAY[1:]))
    assert "belongs to everyone" in kept_texts(result)


def test_a_thread_quoting_its_posts_keeps_the_quotes() -> None:
    """Replies quote the posts they answer: on a page of many quote blocks none is a pull quote."""
    posts = [f"Post {i}: the river rose again last night and the lower field is under water again." for i in range(6)]
    blocks = [b for post in posts for b in (post, quote(post))]
    result = drop_pull_quotes(draft_of(*blocks))
    assert removed_of(result) == []
