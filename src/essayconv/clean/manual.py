"""A manual page's sections around the essay: pod2html, man and mandoc print a document as sections under
headings in capitals (NAME, SYNOPSIS, WORD COUNT, AUTHOR, SEE ALSO, COPYRIGHT AND LICENSE). An essay kept as
such a page has its own heading among them, in the case a title takes: that section is the essay, the
others the page's (the reference list's heading, in capitals or not, stays the essay's)."""

from __future__ import annotations

from dataclasses import replace

from ..model import Heading, Removed
from ..signals import Kind
from .draft import Draft, text_and_words

_SECTION_NAME_MAX_WORDS = 4
"""A manual's section is named in a word or a few: "NAME", "SEE ALSO", "COPYRIGHT AND LICENSE"."""


def _in_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(text.split()) <= _SECTION_NAME_MAX_WORDS


def drop_manual_sections(draft: Draft) -> Draft:
    """With `manual_sections_min` top-level headings in capitals over short sections (each of
    `manual_section_max_words` at most) and one in a title's case over more words than they hold, that
    one's section is the essay (its heading the title, unless the page has its own) and the sections in
    capitals go, each as one line of its name and its text ("Word count: 493 — …", for the counter). An
    essay's own sections in capitals ("INTRODUCTION") are long."""
    blocks = list(draft.blocks)
    headings = [(i, b) for i, b in enumerate(blocks) if isinstance(b, Heading)]
    if not headings:
        return draft
    top = min(b.level for _, b in headings)
    tops = [(i, text_and_words(b)[0].strip()) for i, b in headings if b.level == top]
    references = draft.rules.reference_heading
    capitals = {i for i, text in tops if _in_capitals(text) and not references.match(text)}
    own = [(i, text) for i, text in tops if i not in capitals and not references.match(text)]
    if len(capitals) < draft.rules.tuning.manual_sections_min or len(own) != 1:
        return draft
    ends = [i for i, _ in tops[1:]] + [len(blocks)]
    words = {start: sum(text_and_words(b)[1] for b in blocks[start + 1:end] if not isinstance(b, Removed))
             for (start, _), end in zip(tops, ends)}
    if any(words[i] > draft.rules.tuning.manual_section_max_words for i in capitals) \
            or words[own[0][0]] <= sum(words[i] for i in capitals):
        return draft
    title_at, title = own[0]
    retitled = draft.title is None or any(draft.title.strip().casefold() == text.casefold() for i, text in tops if i in capitals)
    if retitled:
        blocks[title_at] = Removed(Kind.TITLE, title)
    for (start, name), end in reversed(list(zip(tops, ends))):  # (from the end: a section's slice leaves those above in place)
        if start not in capitals:
            continue
        section = [b for b in blocks[start + 1:end] if not isinstance(b, Removed)]
        line = f"{name.capitalize()}: " + " ".join(text_and_words(b)[0] for b in section) if section else name
        blocks[start:end] = [Removed(Kind.METADATA, line), *(b for b in blocks[start + 1:end] if isinstance(b, Removed))]
    return replace(draft, title=title if retitled else draft.title, blocks=tuple(blocks))
