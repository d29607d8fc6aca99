"""The characters a pattern's match may open with, for a text opening with an ASCII character: a
clutter rule's anchored patterns ("^(?:read more|show more)$") stand behind a one-character
lookahead of them (issue 17: a paragraph was tried against every anchored pattern of every rule,
and most fail at their first letter).

Read from re's parse tree of the pattern compiled case-insensitively. Among non-ASCII characters
only four match an ASCII one so (`_FOLDS_TO_ASCII`); a pattern that may open with one of them, or
with anything this reading does not follow (".", a negated class, a back reference), may open
with any character. A text opening with a non-ASCII character passes every lookahead."""

from __future__ import annotations

import re
import re._parser as sre_parse
import string
from re._constants import (
    ASSERT,
    ASSERT_NOT,
    AT,
    ATOMIC_GROUP,
    BRANCH,
    CATEGORY,
    CATEGORY_DIGIT,
    CATEGORY_SPACE,
    CATEGORY_WORD,
    IN,
    LITERAL,
    MAX_REPEAT,
    MIN_REPEAT,
    POSSESSIVE_REPEAT,
    RANGE,
    SUBPATTERN,
)
from typing import Any

_FOLDS_TO_ASCII = "\u017f\u212a\u0130\u0131"
"""The long s, the Kelvin sign, the dotted and dotless i: the only characters beyond ASCII that re's
case-insensitive matching equates with an ASCII one (checked over all of Unicode by a test)."""

_ASCII = [chr(code) for code in range(128)]
_CATEGORIES = {CATEGORY_DIGIT: string.digits, CATEGORY_WORD: string.ascii_letters + string.digits + "_",
               CATEGORY_SPACE: " \t\n\r\f\v"}
"""The ASCII characters of the classes \\d, \\w and \\s."""

_Opening = tuple[set[str], bool] | None
"""The lowered ASCII characters a sequence may open with, and whether it may match nothing at all;
None: it may open with any character."""


def opening_chars(parsed: Any) -> str | None:
    """The lowered ASCII characters a match of the parsed pattern may open with, sorted into a
    string; None when it may open with any (or match an empty text)."""
    found = _sequence(parsed)
    return None if found is None or found[1] else "".join(sorted(found[0]))


def _sequence(items: Any) -> _Opening:
    chars: set[str] = set()
    for op, value in items.data if isinstance(items, sre_parse.SubPattern) else items:
        found = _item(op, value)
        if found is None:
            return None
        chars |= found[0]
        if not found[1]:
            return chars, False
    return chars, True  # (every item may match nothing: what follows the sequence opens it)


def _item(op: Any, value: Any) -> _Opening:
    if op is AT or op is ASSERT or op is ASSERT_NOT:
        return set(), True  # an anchor or a lookaround takes no character
    if op is LITERAL:
        chars = _char(chr(value))
        return None if chars is None else (chars, False)
    if op is IN:
        chars = _class(value)
        return None if chars is None else (chars, False)
    if op is SUBPATTERN:
        return _sequence(value[3])
    if op is ATOMIC_GROUP:
        return _sequence(value)
    if op is BRANCH:
        chars, empty = set(), False
        for branch in value[1]:
            found = _sequence(branch)
            if found is None:
                return None
            chars |= found[0]
            empty = empty or found[1]
        return chars, empty
    if op is MAX_REPEAT or op is MIN_REPEAT or op is POSSESSIVE_REPEAT:
        found = _sequence(value[2])
        return None if found is None else (found[0], found[1] or value[0] == 0)
    return None


def _char(char: str) -> set[str] | None:
    """An ASCII character opens as itself lowered; one beyond ASCII opens no ASCII text, but for
    those equated with an ASCII letter."""
    if char.isascii():
        return {char.lower()}
    return None if char in _FOLDS_TO_ASCII else set()


def _class(items: Any) -> set[str] | None:
    chars: set[str] = set()
    for op, value in items:
        if op is LITERAL:
            found = _char(chr(value))
            if found is None:
                return None
            chars |= found
        elif op is RANGE:
            low, high = value
            if any(low <= ord(char) <= high for char in _FOLDS_TO_ASCII):
                return None
            chars |= {c.lower() for c in _ASCII if any(low <= ord(v) <= high for v in (c, c.lower(), c.upper()))}
        elif op is CATEGORY and value in _CATEGORIES:
            chars |= {c.lower() for c in _CATEGORIES[value]}
        else:
            return None  # a negated class, \W, \D, \S: nearly any character
    return chars


def gated_alternation(patterns: list[tuple[str | None, str]]) -> str:
    """Anchored patterns, each with `opening_chars` of it, as one alternation in which the patterns
    of one opening are tried only when the text opens with one of its characters (in either case)
    or with a character beyond ASCII: a lookahead of one character in place of trying each pattern
    at the text's first letter. The lookahead is case-sensitive and lets every character beyond
    ASCII through, so that it passes at least what the patterns behind it may open with."""
    groups: dict[str | None, list[str]] = {}
    for chars, pattern in patterns:
        groups.setdefault(chars, []).append(pattern)
    parts = []
    for chars, members in groups.items():
        alternation = "|".join(f"(?:{p})" for p in members)
        if chars is None:
            parts.append(alternation)
        else:
            both = "".join(re.escape(c) for c in sorted(set(chars) | set(chars.upper())))
            gate = f"[{both}]|[^\\x00-\\x7f]" if both else "[^\\x00-\\x7f]"
            parts.append(f"(?-i:(?={gate}))(?:{alternation})")
    return "|".join(parts)
