"""Literal prefilters for regular expressions: the plain text every match of a pattern must
contain, so that a substring test in C can rule a pattern out before the regex engine tries it at
every position (issue 17 point 1: profile text markers, clutter rules)."""

from __future__ import annotations

import re
from functools import lru_cache

MIN_LITERAL = 3
"""A marker's required literal shorter than this filters too little to be worth the test."""


@lru_cache(maxsize=2048)
def _parse(pattern: str):  # noqa: ANN202 - re's private parse tree
    """The pattern parsed as the rules and markers compile it (case-insensitive), once: both
    `anchored_at_start` and `required_literal` read it, at every start-up."""
    try:
        import re._parser as sre_parse  # Python ≥ 3.11
    except ImportError:  # pragma: no cover - older layout
        import sre_parse  # type: ignore[no-redef]
    try:
        return sre_parse.parse(pattern, re.IGNORECASE)
    except re.error:
        return None


def anchored_at_start(pattern: str) -> bool:
    """Whether every match of `pattern`, compiled without MULTILINE, starts at the text's start
    ("^(?:read more|show more)$", "(?-i:^NEXT [A-Z])"): then `match` finds what `search` finds,
    trying one position instead of every one. A `^` under the pattern's own `(?m)` is a line start
    and does not count."""
    try:
        from re._constants import AT, AT_BEGINNING, AT_BEGINNING_STRING, BRANCH, SUBPATTERN
    except ImportError:  # pragma: no cover - older layout
        from sre_constants import AT, AT_BEGINNING, AT_BEGINNING_STRING, BRANCH, SUBPATTERN  # type: ignore[no-redef]
    parsed = _parse(pattern)
    if parsed is None or parsed.state.flags & re.MULTILINE:
        return False

    def starts_anchored(items) -> bool:  # noqa: ANN001 - a parsed (sub)pattern
        if not len(items):
            return False
        op, value = items[0]
        if op is AT:
            return value in (AT_BEGINNING, AT_BEGINNING_STRING)
        if op is SUBPATTERN:
            _group, add_flags, _del_flags, inner = value
            return not add_flags & re.MULTILINE and starts_anchored(inner)
        if op is BRANCH:
            return all(starts_anchored(branch) for branch in value[1])
        return False

    return starts_anchored(parsed)


def required_literal(pattern: str) -> str | None:
    """The longest run of plain characters every match of `pattern` must contain, lower-cased
    ("^Length: [\\d,]+ words" → "length: "), or None when the pattern has no such run at its top
    level (alternatives, optional parts and character classes are not required)."""
    try:
        from re._constants import LITERAL  # Python ≥ 3.11
    except ImportError:  # pragma: no cover - older layout
        from sre_constants import LITERAL  # type: ignore[no-redef]
    parsed = _parse(pattern)
    if parsed is None:
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


def prefilter_view(text: str) -> str:
    """The text as the literal prefilters read it (lower-cased), or "" when it holds a letter that
    folds to ASCII, for which no substring test may rule a pattern out."""
    return text.lower() if prefilter_safe(text) else ""
