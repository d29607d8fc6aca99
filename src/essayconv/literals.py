"""Literal prefilters for regular expressions: the plain text every match of a pattern must
contain, so that a substring test in C can rule a pattern out before the regex engine tries it at
every position (issue 17 point 1: profile text markers, clutter rules)."""

from __future__ import annotations

import re

MIN_LITERAL = 3
"""A marker's required literal shorter than this filters too little to be worth the test."""


def required_literal(pattern: str) -> str | None:
    """The longest run of plain characters every match of `pattern` must contain, lower-cased
    ("^Length: [\\d,]+ words" → "length: "), or None when the pattern has no such run at its top
    level (alternatives, optional parts and character classes are not required)."""
    try:
        import re._parser as sre_parse  # Python ≥ 3.11
        from re._constants import LITERAL
    except ImportError:  # pragma: no cover - older layout
        import sre_parse  # type: ignore[no-redef]
        from sre_constants import LITERAL  # type: ignore[no-redef]
    try:
        parsed = sre_parse.parse(pattern, re.IGNORECASE | re.MULTILINE)
    except re.error:
        return None
    best, run = "", []
    for op, value in [*parsed, (None, None)]:
        if op is LITERAL:
            run.append(chr(value))
            continue
        if len(run) > len(best):
            best = "".join(run)
        run = []
    # ASCII only: re's case-insensitive matching also equates a few non-ASCII letters with ASCII
    # ones (the long s with "s"), which lower() would not
    return best.lower() if len(best) >= MIN_LITERAL and best.isascii() else None


_CASE_FOLDS_TO_ASCII = frozenset("\u017f\u212a\u0130\u0131")
"""Letters that re's case-insensitive matching equates with ASCII ones (the long s with "s", the
Kelvin sign with "k", the dotted and dotless i) while lower() does not: a text holding one is
searched without the prefilter."""


def prefilter_safe(text: str) -> bool:
    return _CASE_FOLDS_TO_ASCII.isdisjoint(text)
