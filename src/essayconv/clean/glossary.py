"""A glossary box among the essay's sections: the site's aid to the reader ("Key terms" / "Baseload:
the minimum demand on the grid…", a dump's "Jargon buster" / "Wake word" / "the phrase that
switches…"), not the essay. A short label naming terms ([glossary] label_words: "terms", "jargon",
"glossary") over two or more entries, each a term of a few words and its definition — after a colon
on the same line, or on the next line opening in lower case (a definition, not a sentence). The label
is needed: articles list "Term: value" lines of their own (specifications, steps, speakers)."""

from __future__ import annotations

from ..model import DraftBlock, Heading, Paragraph, Removed
from ..regexes import compile_regex
from ..signals import Kind, ends_sentence
from ..sites.learning_data import essay_headings
from ..tuning import Tuning
from .draft import Draft, as_removed, text_and_words

_TERM_AND_DEFINITION = compile_regex(r"^([^\W\d_][^:：]{0,40}?)\s?[:：]\s+\S")


def _term(block: DraftBlock, tuning: Tuning) -> bool:
    """A term on a line of its own: a few words, no sentence."""
    if not isinstance(block, (Heading, Paragraph)):
        return False
    text, words = text_and_words(block)
    return 0 < words <= tuning.glossary_term_max_words and not ends_sentence(text.strip())


def _definition(block: DraftBlock, tuning: Tuning) -> bool:
    """A definition on the line under its term: short, opening in lower case."""
    if not isinstance(block, Paragraph):
        return False
    text, words = text_and_words(block)
    return words <= tuning.glossary_definition_max_words and text.lstrip()[:1].islower()


def _entry_on_a_line(block: DraftBlock, tuning: Tuning) -> bool:
    """"Baseload: the minimum demand on the grid, met by plants that run around the clock.\""""
    if not isinstance(block, Paragraph):
        return False
    text, words = text_and_words(block)
    match = _TERM_AND_DEFINITION.match(text.strip())
    return match is not None and len(match.group(1).split()) <= tuning.glossary_term_max_words \
        and words <= tuning.glossary_term_max_words + tuning.glossary_definition_max_words


def _entries(content: list[DraftBlock], start: int, tuning: Tuning) -> int:
    """How many blocks from `start` are glossary entries (each one line, or a term and its definition)."""
    at = start
    while at < len(content):
        if _entry_on_a_line(content[at], tuning):
            at += 1
        elif at + 1 < len(content) and _term(content[at], tuning) and _definition(content[at + 1], tuning):
            at += 2
        else:
            break
    return at - start


def drop_glossary_boxes(draft: Draft) -> Draft:
    tuning = draft.rules.tuning
    blocks = list(draft.blocks)
    positions = [i for i, b in enumerate(blocks) if not isinstance(b, Removed)]
    content = [blocks[i] for i in positions]
    taken: set[int] = set()
    at = 1  # a box stands after some of the essay
    while at < len(content):
        label = content[at]
        if _term(label, tuning) and draft.rules.glossary_label.search(text_and_words(label)[0]) is not None \
                and text_and_words(label)[0].strip().rstrip(":").casefold() not in essay_headings():
            run = _entries(content, at + 1, tuning)
            entries = sum(1 for b in content[at + 1:at + 1 + run] if not _term(b, tuning) or _entry_on_a_line(b, tuning))
            # (one entry on its line is a box too: "Key term" / "Right of way: a path the public may use")
            if entries >= 2 or (run == 1 and _entry_on_a_line(content[at + 1], tuning)):
                taken.update(positions[at:at + 1 + run])
                at += 1 + run
                continue
        at += 1
    if not taken:
        return draft
    return draft.with_blocks([as_removed(b, Kind.GLOSSARY) if i in taken else b for i, b in enumerate(blocks)])
