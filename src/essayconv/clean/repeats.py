"""Text the page shows twice: a pull quote repeats a sentence of the essay, large, beside it (news
and magazine themes set it as a quote block, often with the writer's name under it). Kept, it would
print the sentence twice and pass for a quotation from someone else."""

from __future__ import annotations

from ..model import BlockQuote, ListBlock, Paragraph, Removed, plain_text
from ..regexes import compile_regex
from ..signals import Kind
from .draft import Draft, as_removed, text_and_words

_NOT_WORDS = compile_regex(r"[^\w]+")
_OPENING_MARKS = frozenset("“\"«„")
_QUOTED_WHOLE = compile_regex(r"^[“\"«„][^“”\"«»„]+[”\"»]$")


def _words_of(text: str) -> str:
    """The text as a run of case-folded words, quotation marks and punctuation left out, so that
    "“Quiet, like clean air, is shared”" is found in the paragraph saying it without its marks."""
    return " ".join(_NOT_WORDS.split(text.casefold())).strip()


def drop_pull_quotes(draft: Draft) -> Draft:
    """A quote block whose words stand, in order, inside one of the essay's paragraphs is a pull
    quote; a quote block of a name or two right after it is its credit. Not on a page of many quote
    blocks: a forum's replies quote the posts they answer."""
    tuning = draft.rules.tuning
    paragraphs = {i: _words_of(text_and_words(b)[0]) for i, b in enumerate(draft.blocks) if isinstance(b, Paragraph)}
    quotes = sum(isinstance(b, BlockQuote) for b in draft.blocks)
    if not paragraphs or quotes > tuning.pull_quote_max_quotes:
        return draft  # a thread: its replies quote the posts above them, and that is their text
    out = list(draft.blocks)
    for index, block in enumerate(draft.blocks):
        text, words = text_and_words(block)
        # (or a paragraph set wholly in quotation marks, as an old table layout's pull quote box is read)
        if not (isinstance(block, BlockQuote) or isinstance(block, Paragraph) and text.lstrip()[:1] in _OPENING_MARKS
                and _QUOTED_WHOLE.match(text.strip())):
            continue
        said = _words_of(text)
        # (a quoted paragraph's sentence inside a longer one: the same testimonial shown twice is no pull quote)
        quoted = isinstance(block, Paragraph)
        if words < tuning.pull_quote_min_words or not any(f" {said} " in f" {p} " and not (quoted and p == said)
                                                          for i, p in paragraphs.items() if i != index):
            continue
        out[index] = as_removed(block, Kind.PULL_QUOTE)
        following = next((i for i in range(index + 1, len(out)) if not isinstance(out[i], Removed)), None)
        if following is not None and isinstance(out[following], BlockQuote) \
                and text_and_words(out[following])[1] <= tuning.pull_quote_credit_max_words:
            out[following] = as_removed(out[following], Kind.PULL_QUOTE)
    return draft.with_blocks(out)


def drop_text_shown_again(draft: Draft) -> Draft:
    """A long paragraph (or a list of the text's lines) holding, in order, the words of two or more of the essay's other paragraphs is
    the page's text shown again as one run (a document viewer's "Unformatted text preview:" under the
    pages it renders): printed, it would double the essay. Its label line goes with it. Linear in the
    page: each other paragraph is found by its opening words, looked up at each word of the run."""
    tuning = draft.rules.tuning
    words = {i: _words_of(text_and_words(b)[0]).split() for i, b in enumerate(draft.blocks)
             if isinstance(b, Paragraph) and text_and_words(b)[1] >= tuning.prompt_prose_words}
    # …or a list of the text's lines, a paste site's numbered view over the same text as paragraphs
    lines = {i: _words_of(" ".join(plain_text(item) for item in b.items)).split() for i, b in enumerate(draft.blocks)
             if isinstance(b, ListBlock) and len(b.items) >= _TEXTS_LINES_MIN}
    runs = [i for i, w in (*words.items(), *lines.items()) if tuning.repeated_text_min_words <= len(w) <= tuning.repeated_text_max_words]
    words |= lines
    if not runs:
        return draft
    openings: dict[tuple[str, ...], list[int]] = {}
    for i, w in words.items():
        openings.setdefault(tuple(w[:_OPENING]), []).append(i)
    out = list(draft.blocks)
    for index in runs:
        run = words[index]
        joined = f" {' '.join(run)} "
        starting = {other for k in range(len(run) - _OPENING + 1) for other in openings.get(tuple(run[k:k + _OPENING]), ())}
        held = {other for other in starting
                if other != index and other not in lines and len(words[other]) < len(run) and f" {' '.join(words[other])} " in joined}
        if len(held) < 2:
            continue
        out[index] = as_removed(out[index], Kind.REPEATED)
        label = next((i for i in range(index - 1, -1, -1) if not isinstance(out[i], Removed)), None)
        if label is not None and text_and_words(out[label])[0].rstrip().endswith(":") \
                and text_and_words(out[label])[1] <= tuning.note_label_max_words:
            out[label] = as_removed(out[label], Kind.REPEATED)
    return draft.with_blocks(out)


_TEXTS_LINES_MIN = 10
"""A text shown as its lines is many items (a short list repeating a few points made above is a summary)."""
_OPENING = 8
"""A paragraph's first words, enough to find where it stands inside a longer run of the page's text."""
