"""A record of label and value rows one of whose values is the essay itself (a digital collection's
"Transcript" field among its "Title", "Creator" and "Rights")."""

from __future__ import annotations

from ...model import clean_whitespace
from ...rules import Rules
from ..dom import Element, child_tags, text
from .tags import first_under

_RECORD_MIN_ROWS = 4
_RECORD_LABEL_MAX_WORDS = 6


def record_with_its_text(table: Element, rules: Rules) -> tuple[list[tuple[Element, Element]], int] | None:
    """A record of label and value rows one of whose values is the essay (a digital collection's
    "Transcript" field among its "Title", "Creator" and "Rights"): the rows, and the position of the
    one whose value holds most of the table's words, in paragraphs of prose. None for any other table."""
    rows = [child_tags(row, ("td", "th")) for part in (table, *child_tags(table, ("tbody",)))
            for row in child_tags(part, ("tr",))]
    if len(rows) < _RECORD_MIN_ROWS or any(len(cells) != 2 for cells in rows):
        return None
    labels = [clean_whitespace(text(cells[0], " ")).strip() for cells in rows]
    if any(not label or len(label.split()) > _RECORD_LABEL_MAX_WORDS or label.endswith((".", "!", "?")) for label in labels):
        return None
    words = [len(text(cells[1], " ").split()) for cells in rows]
    longest = max(range(len(rows)), key=words.__getitem__)
    if words[longest] < max(rules.tuning.collapsed_min_words, sum(words) / 2) or first_under(rows[longest][1], "p") is None:
        return None
    return [(cells[0], cells[1]) for cells in rows], longest
