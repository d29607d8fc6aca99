"""Literal prefilters for regular expressions: the plain text every match of a pattern must
contain, so that a substring test in C can rule a pattern out before the regex engine tries it at
every position (issue 17 point 1: profile text markers, clutter rules)."""

from __future__ import annotations

import re

# re's parser and opcodes (Python ≥ 3.11's layout) are imported here once: an import statement
# run in every call of the analyses below cost a fifth of their time at every start-up.
import re._parser as sre_parse
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from re._constants import (
    ASSERT,
    ASSERT_NOT,
    AT,
    AT_BEGINNING,
    AT_BEGINNING_STRING,
    ATOMIC_GROUP,
    BRANCH,
    IN,
    LITERAL,
    MAX_REPEAT,
    MIN_REPEAT,
    POSSESSIVE_REPEAT,
    SUBPATTERN,
)
from typing import Any, Iterable, Mapping, NamedTuple

from .openings import opening_chars
from .regexes import compile_regex

MIN_LITERAL = 3
"""A marker's required literal shorter than this filters too little to be worth the test."""


class PatternFacts(NamedTuple):
    """What the prefilters read of one pattern: a pure function of its text (and of this module's
    code and re's parser), so it may be kept between runs (see `known_facts`)."""

    literals: tuple[str, ...] | None
    at_start: bool
    opens_with_a_scan: bool
    openings: str | None = None
    """The lowered ASCII characters a match may open with (openings.py); None: any."""
    also: tuple[tuple[str, ...], ...] = ()
    """Other sets of literals every match holds one of, beside `literals` ("\\bto (?:view|read) the
    (?:full|whole) text": `literals` " the ", also ("read", "view") and ("full", "whole")): a text
    holding " the " (most prose does) but none of one of these is not searched."""


_KNOWN: dict[str, PatternFacts] = {}
"""Each pattern's facts, derived once per process or given by `remember_facts` (the start-up
cache): a cache of a pure function of the pattern's text, shared by every caller; it holds the
patterns of the data files (the rules, the profiles' markers), a few thousand at most."""


def pattern_facts(pattern: str) -> PatternFacts:
    facts = _KNOWN.get(pattern)
    if facts is None:
        parsed = _parse(pattern)
        sets = _required_sets(parsed) if parsed is not None else []
        facts = _KNOWN[pattern] = PatternFacts(tuple(sorted(sets[0])) if sets else None, _anchored_at_start(parsed),
                                               parsed is not None and _opens_with_a_scan(parsed),
                                               opening_chars(parsed) if parsed is not None else None,
                                               tuple(tuple(sorted(found)) for found in sets[1:]))
    return facts


def own_source() -> bytes | None:
    """This module's source and openings.py's, which the facts are a function of (with the pattern
    and re's parser): part of their key in the start-up cache. None where they cannot be read (from a zip)."""
    try:
        return Path(__file__).read_bytes() + Path(__file__).with_name("openings.py").read_bytes()
    except OSError:
        return None


def known_facts() -> dict[str, list[Any]]:
    """Every pattern's facts known to this process, as JSON values."""
    return {pattern: list(facts) for pattern, facts in _KNOWN.items()}


def remember_facts(facts: Mapping[str, Any]) -> bool:
    """Take facts `known_facts` gave (in an earlier run of the same code); False, and nothing
    taken, when they are not of that shape."""
    checked = {}
    for pattern, value in facts.items():
        found = _facts_from_json(value)
        if not isinstance(pattern, str) or found is None:
            return False
        checked[pattern] = found
    _KNOWN.update(checked)
    return True


def _facts_from_json(value: Any) -> PatternFacts | None:
    if not (isinstance(value, list) and len(value) == 5):
        return None
    literals, at_start, scan, openings, also = value
    if not (isinstance(at_start, bool) and isinstance(scan, bool) and (openings is None or isinstance(openings, str))
            and isinstance(also, list) and all(_literal_list(found) for found in also)):
        return None
    also_sets = tuple(tuple(found) for found in also)
    if literals is None:
        return PatternFacts(None, at_start, scan, openings, also_sets) if not also_sets else None
    if _literal_list(literals):
        return PatternFacts(tuple(literals), at_start, scan, openings, also_sets)
    return None


def _literal_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(literal, str) for literal in value)


@lru_cache(maxsize=2048)
def _parse(pattern: str):  # noqa: ANN202 - re's private parse tree
    """The pattern parsed as the rules and markers compile it (case-insensitive)."""
    try:
        return sre_parse.parse(pattern, re.IGNORECASE)
    except re.error:
        return None


def anchored_at_start(pattern: str) -> bool:
    """Whether every match of `pattern`, compiled without MULTILINE, starts at the text's start
    ("^(?:read more|show more)$", "(?-i:^NEXT [A-Z])"): then `match` finds what `search` finds,
    trying one position instead of every one. A `^` under the pattern's own `(?m)` is a line start
    and does not count."""
    return pattern_facts(pattern).at_start


def _anchored_at_start(parsed) -> bool:  # noqa: ANN001 - a parsed pattern, or None
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


SCAN_MIN = 20
"""A repeat of this many characters or more at a pattern's start makes even an anchored pattern
walk (and backtrack over) the text: "^"?.{5,200}"?\\s*(?:ivypanda|…)" tries each site name at each
of 200 positions."""


def openings(pattern: str) -> str | None:
    """The lowered ASCII characters a match of `pattern` may open with; None: any (openings.py)."""
    return pattern_facts(pattern).openings


def opens_with_a_scan(pattern: str) -> bool:
    """Whether the pattern, after its anchor and optional characters, opens with a repeat of up to
    `SCAN_MIN` characters or more: anchored or not, the engine walks the text with it before it
    meets anything a literal test could rule out."""
    return pattern_facts(pattern).opens_with_a_scan


def _opens_with_a_scan(items) -> bool:  # noqa: ANN001 - a parsed (sub)pattern
    """`opens_with_a_scan` of a parsed sequence. A lookahead at its start is run there first: it
    scans when one of its branches opens with a scan; else what follows it opens the pattern."""
    for op, value in items:
        if op is AT:
            continue
        if op in (ASSERT, ASSERT_NOT):
            body = value[1]
            branches = body[0][1][1] if len(body) == 1 and body[0][0] is BRANCH else [body]
            if any(_opens_with_a_scan(branch) for branch in branches):
                return True
            continue
        if op in (MAX_REPEAT, MIN_REPEAT):
            low, high, _item = value
            if high >= SCAN_MIN:
                return True
            if low == 0 and high <= 1:
                continue  # an optional quote mark before the text
        return False
    return False


MAX_LITERALS = 32
"""A pattern's any-of prefilter holds at most this many literals ("(?:apa|mla|harvard|…)"): past it
the substring tests cost more than the pattern they would spare."""


def _safe_literal_char(char: str) -> bool:
    """A letter whose lower() equates what re's case-insensitive matching equates: ASCII, and the
    Latin letters with diacritics (U+00C0-U+024F) but the dotted and dotless i and the long s, which
    re also equates with ASCII letters (and "İ".lower() is two characters); and any character that
    has no case (punctuation such as "·", "»", "•"): re matches it as itself, and lower() keeps it."""
    return char.isascii() or ("\u00c0" <= char <= "\u024f" and char not in "\u0130\u0131\u017f") \
        or char.lower() == char == char.upper()


def _usable(literal: str) -> bool:
    return len(literal) >= MIN_LITERAL and (literal.isascii() or all(_safe_literal_char(c) for c in literal))


def _safe_only(text: str) -> str:
    """The text with each letter no literal may hold turned into "\0" (most runs are ASCII: kept whole)."""
    return text if text.isascii() else "".join(c if _safe_literal_char(c) else "\0" for c in text)


def _required_in(items) -> frozenset[str] | None:  # noqa: ANN001 - a parsed (sub)pattern
    """The best set of literals one of which every match of this parsed sequence holds: a run of
    plain characters, or the literals of a group, of every branch of an alternation, or of a part
    repeated at least once. "Best": the longest shortest literal, then the fewest."""
    candidates = _candidate_sets(items)
    return max(candidates, key=_best_first) if candidates else None


def _best_first(found: frozenset[str]) -> tuple[int, int]:
    return min(map(len, found)), -len(found)


def _required_sets(items) -> list[frozenset[str]]:  # noqa: ANN001 - a parsed (sub)pattern
    """Every set of literals of the sequence's own parts one of which each match holds, the best
    first (see `_required_in`), each set once."""
    # (a stable sort: among sets as good, the first found first, as `max` takes it)
    return sorted(dict.fromkeys(_candidate_sets(items)), key=lambda found: tuple(-n for n in _best_first(found)))


def _candidate_sets(items) -> list[frozenset[str]]:  # noqa: ANN001 - a parsed (sub)pattern
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    spellings: list[str] | None = None  # the run up to a small class in it, each way the class spells it
    for op, value in [*items.data, (None, None)]:  # (its list: a SubPattern iterates by Python calls)
        if op is LITERAL:
            run.append(chr(value))
            continue
        # a letter no literal may hold splits the run: each piece is required all the same
        pieces = _safe_only("".join(run)).lower().split("\0")
        run = []
        if spellings is not None:  # the run's first piece goes on the class's spellings
            spellings = [s + pieces[0] for s in spellings]
            if len(pieces) > 1 or op is not IN:
                candidates.extend([frozenset(spellings)] if all(_usable(s) for s in spellings) else [])
                spellings = None
            pieces = pieces[1:]
        if op is IN and (chars := _few_separators(value)) is not None \
                and len(spellings or ()) * len(chars) <= MAX_LITERALS:
            start = spellings or [pieces.pop() if pieces else ""]  # the last piece runs on into the class
            spellings = [s + c for s in start for c in chars]
        elif spellings is not None:  # a class of too many spellings ends them
            candidates.extend([frozenset(spellings)] if all(_usable(s) for s in spellings) else [])
            spellings = None
        candidates.extend(frozenset((piece,)) for piece in pieces if _usable(piece))
        if op is IN and spellings is not None:
            continue
        found = None
        if op is SUBPATTERN:
            found = _required_in(value[3])
        elif op is ATOMIC_GROUP:
            found = _required_in(value)
        elif op is BRANCH:
            branches = [_required_in(branch) for branch in value[1]]
            if all(branches):
                found = frozenset().union(*branches)
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and value[0] >= 1:
            found = _required_in(value[2])
        if found and len(found) <= MAX_LITERALS:
            candidates.append(found)
    return candidates


MAX_CLASS_CHARS = 4
"""A class of at most this many separators ("[·|•]", "(?:›|»|>|/)") is read as that many spellings
of the literal it stands in: " · ", " | ", " • "."""


def _few_separators(items) -> list[str] | None:  # noqa: ANN001 - a parsed class
    """The characters of a class that lists a few characters without case (separators, quote marks,
    spaces); None for any other class (negated, ranges, categories, letters). A class of letters
    ("redactad[oa]") still ends its run: spelt out, an alternation of many such words would hold
    more literals than a prefilter tests."""
    if len(items) > MAX_CLASS_CHARS or any(op is not LITERAL or chr(v).lower() != chr(v).upper() for op, v in items):
        return None
    return sorted({chr(v) for _op, v in items})


def holds_the_others(view: str, pattern: str) -> bool:
    """Whether a text's (non-empty) `prefilter_view` holds one literal of each of the pattern's sets
    beside its `required_literals` (`PatternFacts.also`): where it does not, the pattern cannot match."""
    return all(any(literal in view for literal in found) for found in pattern_facts(pattern).also)


def required_literals(pattern: str) -> tuple[str, ...] | None:
    """Plain texts, lower-cased, one of which every match of `pattern` contains ("^Length: [\\d,]+
    words" → ("length: ",); "\\b(?:apa|mla|harvard) style" → (" style",); "(?:cite|quote) this"
    → (" this",)), or None when no such set of literals of `MIN_LITERAL` or more characters is
    found (character classes and optional parts are never required)."""
    return pattern_facts(pattern).literals


_CASE_FOLDS_TO_ASCII = "\u017f\u212a\u0130\u0131"
"""Letters that re's case-insensitive matching equates with ASCII ones (the long s with "s", the
Kelvin sign with "k", the dotted and dotless i) while lower() does not: a text holding one is
searched without the prefilter. (Each is looked for alone: a substring search of a letter the text's
storage cannot hold costs nothing, and a set's isdisjoint would make a string of each character.)"""


def prefilter_safe(text: str) -> bool:
    return not any(letter in text for letter in _CASE_FOLDS_TO_ASCII)


def prefilter_view(text: str) -> str:
    """The text as the literal prefilters read it (lower-cased), or "" when it holds a letter that
    folds to ASCII, for which no substring test may rule a pattern out."""
    return text.lower() if prefilter_safe(text) else ""


@dataclass(frozen=True)
class LiteralScan:
    """Which of many literals a lowered text holds, found in one pass: the literals as one trie
    (an alternation by first letter, then by the next …) searched from each place one starts, not
    one substring test per literal (the clutter rules hold about 240 of them; most texts hold none
    or one). At each place the trie takes the longest literal starting there; the others starting
    there are its prefixes, listed with it."""

    pattern: re.Pattern[str]
    prefixes: Mapping[str, tuple[str, ...]]
    """Each literal → the literals that are its prefixes (itself among them)."""

    @classmethod
    def of(cls, literals: Iterable[str]) -> LiteralScan:
        distinct = sorted(set(literals))
        return cls(compile_regex(_trie(distinct) if distinct else r"(?!)"), _prefixes_among(distinct))

    def found(self, view: str) -> set[str]:
        """The literals `view` holds (a substring test of each, done at once)."""
        found: set[str] = set()
        position = 0
        while (match := self.pattern.search(view, position)) is not None:
            found.update(self.prefixes[match.group()])
            position = match.start() + 1  # literals overlap: the next may start inside this one
        return found


def _prefixes_among(literals: list[str]) -> dict[str, tuple[str, ...]]:
    """Each literal → those of `literals` that are its prefixes, shortest first (their sorted
    order), itself among them: each of its own prefixes looked up, not every literal tested."""
    known = set(literals)
    return {literal: tuple(literal[:end] for end in range(1, len(literal) + 1) if literal[:end] in known)
            for literal in literals}


def _trie(literals: list[str]) -> str:
    """A regex matching the longest of `literals` that starts where it is tried (case-sensitive:
    it reads the lowered view)."""
    root: dict[str, dict] = {}
    for literal in literals:
        node = root
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}  # a literal ends here

    def branch(node: dict[str, dict]) -> str:
        alternatives = [re.escape(char) + branch(child) for char, child in sorted(node.items()) if char]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer literal first

    return branch(root)


@dataclass(frozen=True)
class LiteralGate:
    """Whether any of several patterns (one alternation) may match a text, told before the
    alternation is run over it: each pattern holds one of its required literals, or only matches at
    the text's start. `literals` None: a pattern has neither, the gate always opens."""

    literals: tuple[str, ...] | None
    at_start: re.Pattern[str] | None = None
    """The patterns without a literal, all anchored at the start, as one alternation."""

    @classmethod
    def of(cls, patterns: list[str], flags: int) -> LiteralGate:
        literals: list[str] = []
        bare: list[str] = []
        for pattern in patterns:
            found = required_literals(pattern)
            if found:
                literals.extend(found)
            elif anchored_at_start(pattern):
                bare.append(pattern)
            else:
                return cls(None)
        at_start = compile_regex("|".join(f"(?:{p})" for p in bare), flags) if bare else None
        return cls(tuple(dict.fromkeys(literals)), at_start)

    def may_match(self, text: str) -> bool:
        if self.literals is None or (self.at_start is not None and self.at_start.match(text)):
            return True
        view = prefilter_view(text)
        return not view or any(literal in view for literal in self.literals)
