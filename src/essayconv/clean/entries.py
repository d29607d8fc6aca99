"""What a reference entry looks like on its own: "Surname, Given" opening it and a year in it (a list under a heading
in the writer's own words, a count line after the list, entries the finder set aside under their heading)."""

from __future__ import annotations

import re

from ..model import DraftBlock, ListBlock, Paragraph, Removed, count_words, plain_text
from ..regexes import compile_regex
from ..signals import Kind
from ..tuning import Tuning
from .draft import text_and_words

OPENS_AS_AN_ENTRY = compile_regex(r"^[A-Z][\w’'\-]+(?:[ -][A-Z][\w’'\-]+)?, (?:[A-Z]|&)")
"""An entry's opening, "Surname, Given": an annotated entry's paragraph, however long, is the list's."""

DATED = compile_regex(r"\b(?:1[5-9]\d\d|20\d\d)[a-z]?\b|\bn\.\s?d\.", re.IGNORECASE)
"""A year of publication or "n.d.": every citation style dates its entry."""


def an_entry(text: str, tuning: Tuning) -> bool:
    return OPENS_AS_AN_ENTRY.match(text) is not None and DATED.search(text) is not None \
        and count_words(text) <= tuning.reference_entry_max_words


def entries_set_aside(after: tuple[DraftBlock, ...], tuning: Tuning) -> int:
    """How many lines right under the reference heading, the last line of the text kept, the finder set aside as
    lines outside the essay's box while each is an entry ("Glaspell, Susan. Trifles. … 1920."): the page's markup
    closed the essay's box at the heading."""
    if any(not isinstance(b, Removed) for b in after):
        return 0
    count = 0
    for block in after:
        if block.kind != Kind.OUTSIDE_ESSAY or not an_entry(block.text.strip(), tuning):
            break
        count += 1
    return count


def entries_block(block: DraftBlock, tuning: Tuning) -> bool:
    """A list of reference entries, or one entry on its line ("Surname, Given. … 2019.")."""
    if isinstance(block, ListBlock):
        return all(an_entry(plain_text(item).strip(), tuning) for item in block.items)
    return isinstance(block, Paragraph) and an_entry(text_and_words(block)[0].strip(), tuning)
