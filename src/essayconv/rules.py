"""The clutter knowledge (data/clutter.toml) compiled into one immutable value.

Every pass and the HTML finder read their phrases and tokens from here, so that adding a phrase
is a data edit. Extra TOML files (a user's own) merge over the shipped one: lists are appended.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from . import startup_cache
from .errors import InputError
from .literals import (
    LiteralGate,
    LiteralScan,
    anchored_at_start,
    holds_the_others,
    known_facts,
    openings,
    opens_with_a_scan,
    own_source,
    prefilter_view,
    remember_facts,
    required_literals,
)
from .model import count_words
from .openings import gated_alternation
from .regexes import compile_regex
from .tuning import Tuning, tuning_from_data

FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class BlockRule:
    kind: str
    action: str  # "drop" | "truncate" | "label" (the line and the one short paragraph under it)
    max_words: int
    patterns: tuple[str, ...]
    """What the rule means: a block matching any of these. The fields below are the same patterns
    sorted for speed; a test checks that both find the same (`combined`)."""
    headings: bool = True
    """Whether the rule takes a heading too: a writer's aside on a line of its own is a paragraph; a
    heading of the same shape ("Developing an assessment: before you write") is the essay's."""
    anchored: re.Pattern[str] | None = None
    """The patterns that only match from the text's start ("^(?:read more|show more)$") and fail
    there at once, as one alternation tried at the start only, those of one opening behind a
    lookahead of the characters they may open with (openings.py). Mixed into an alternation with
    floating patterns they would be tried at every position of the text."""
    literal_patterns: tuple[tuple[tuple[str, ...], bool, str], ...] = ()
    """The patterns every match of which holds one of a few plain literals ("for research and
    reference"; "ivypanda" or "bartleby" or …), with them and whether the pattern is anchored at the
    start: each is tried only where one of its literals is in the text (substring tests in C), at
    the start only when anchored, and compiled the first time one of its literals is seen (most
    never are: a one-shot conversion compiles a few of them)."""
    rest: re.Pattern[str] | None = None
    """The other floating patterns as one alternation (None: there are none)."""
    literal_index: tuple[tuple[str, tuple[int, ...]], ...] = ()
    """Each distinct literal of `literal_patterns` once, with the positions of the patterns that
    hold it: a text is searched for each literal once, not once per pattern naming it, and only
    the patterns one of whose literals it holds are tried."""
    scan: LiteralScan | None = field(default=None, compare=False, repr=False)
    """The literals of all the rules it was compiled with, shared by them: `first_block_rule` finds
    which of them a text holds once for all the rules (see `LiteralsFound`)."""

    @cached_property
    def literal_positions(self) -> dict[str, tuple[int, ...]]:
        return dict(self.literal_index)

    @cached_property
    def combined(self) -> re.Pattern[str]:
        """All the rule's patterns as one alternation, compiled when first asked for (by tests and
        tools; conversions use the sorted fields, and start-up compiles each pattern once)."""
        return _combine(list(self.patterns))

    def matches(self, text: str, words: int, lowered: str | None = None, found: LiteralsFound | None = None) -> bool:
        """Whether the rule removes a block of `words` words reading `text`. `lowered` is
        `prefilter_view(text)` when the caller tries several rules on one text, and `found` what
        its literals are."""
        return words <= self.max_words and self.finds(text, lowered, found)

    def finds(self, text: str, lowered: str | None = None, found: LiteralsFound | None = None) -> bool:
        """Whether one of the rule's patterns occurs in `text`, whatever its length."""
        if self.anchored is not None and self.anchored.match(text):
            return True
        if self.literal_patterns:
            view = prefilter_view(text) if lowered is None else lowered
            shared = found is not None and self.scan is not None and view
            for position in (self._holding(found.of(self.scan)) if shared else self._worth_trying(view)):
                _literals, at_start, pattern = self.literal_patterns[position]
                if view and not holds_the_others(view, pattern):
                    continue  # (it holds the pattern's one literal, not one of each of its other sets)
                compiled = _compiled(pattern)
                if (compiled.match(text) if at_start else compiled.search(text)) is not None:
                    return True
        return self.rest is not None and self.rest.search(text) is not None

    def _worth_trying(self, view: str) -> Sequence[int]:
        """The positions in `literal_patterns` of the patterns holding a literal found in `view`, in
        order; all of them when the view is empty (a letter that folds to ASCII: no substring test
        may rule a pattern out)."""
        if not view:
            return range(len(self.literal_patterns))
        found = [positions for literal, positions in self.literal_index if literal in view]
        if len(found) <= 1:
            return found[0] if found else ()
        return sorted(set().union(*found))

    def _holding(self, literals: set[str]) -> Sequence[int]:
        """`_worth_trying` from the literals a (non-empty) view holds, however many rules' they are."""
        index = self.literal_positions
        found = [index[literal] for literal in literals if literal in index]
        if len(found) <= 1:
            return found[0] if found else ()
        return sorted(set().union(*found))


class LiteralsFound:
    """The literals one text's view holds, scanned for when a rule first asks: several rules trying
    the same text share one scan (a cache that lives for one text)."""

    def __init__(self, view: str) -> None:
        self.view = view
        self.scan: LiteralScan | None = None
        self.found: set[str] = set()

    def of(self, scan: LiteralScan) -> set[str]:
        if scan is not self.scan:
            self.scan, self.found = scan, scan.found(self.view)
        return self.found


def first_block_rule(rules: tuple[BlockRule, ...], text: str, words: int) -> BlockRule | None:
    """The first of `rules` that removes the block, the text lowered (and scanned for the rules'
    literals) once for all of them."""
    lowered = prefilter_view(text)
    found = LiteralsFound(lowered)
    for rule in rules:  # (`rule.matches` inlined: a call per rule per block adds up)
        if words <= rule.max_words and rule.finds(text, lowered, found):
            return rule
    return None


def rule_for_every_item(rules: tuple[BlockRule, ...], items: list[str], count: Callable[[str], int]) -> BlockRule | None:
    """The first of `rules` that removes every item of a list (share buttons, cite-style pickers),
    each item's words counted by `count`, lowered and scanned for literals once however many rules
    try it, and only when one does (most rules fail on the first item)."""
    read: list[tuple[str, int, str, LiteralsFound]] = []

    def item(position: int) -> tuple[str, int, str, LiteralsFound]:
        while len(read) <= position:
            text = items[len(read)]
            lowered = prefilter_view(text)
            read.append((text, count(text), lowered, LiteralsFound(lowered)))
        return read[position]

    return next((rule for rule in rules if all(rule.matches(*item(i)) for i in range(len(items)))), None)


SENTENCE_BREAKS = compile_regex(r"(?<=[.!?;])(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bProf\.)(?<!\bSt\.)"
                             r"(?:(?<!\b[A-Z]\.)\s+(?=\S)|\s+(?![a-zß-ÿ\s]))")
"""Where one sentence (or clause after a semicolon) ends and the next begins: never after a title
("Instructor: Dr. Ines Aaltonen"), nor after a capital initial when the text runs on in lower case
("Thanks to R. for reading a draft"; "… por Lucía M. El texto …" does end there)."""


def every_sentence_rule(rules: tuple[BlockRule, ...], text: str) -> str | None:
    """The kind of the first of the text's sentences when a rule takes each of them on its own (a
    writer's credit, then the site's disclaimer, in one paragraph); else None. A short tail without a
    stop goes with the sentence before it (a widget's "Yes / No" after its question)."""
    sentences: list[str] = []
    for piece in SENTENCE_BREAKS.split(text.strip()):
        if sentences and len(piece.split()) <= 3 and not piece.endswith((".", "!", "?")):
            sentences[-1] += " " + piece
        else:
            sentences.append(piece)
    if len(sentences) < 2:
        return None
    kinds = []
    for sentence in sentences:
        rule = first_block_rule(rules, sentence, len(sentence.split()))
        if rule is None:
            return None
        kinds.append(rule.kind)
    return kinds[0]


def clutter_kind(line: str, rules: "Rules") -> str | None:
    """The kind of the first clutter rule that drops the line (a text dump's line read as the site's), if any."""
    words = count_words(line)
    rule = next((r for r in rules.blocks if r.action == "drop" and r.matches(line, words)), None)
    return rule.kind if rule else None


def _with_shared_patterns(rule: dict[str, Any], data: dict[str, Any]) -> dict[str, Any]:
    """A block rule with the patterns of the lists its `patterns_from` names ("teaser.rest_elsewhere"): one
    family of lines kept once in the data, read by two passes."""
    shared = []
    for dotted in rule.get("patterns_from", []):
        table, _, key = dotted.partition(".")
        shared.extend(data.get(table, {}).get(key, []))
    return {**rule, "patterns": [*rule.get("patterns", []), *shared]} if shared else rule


def _block_rule(data: dict[str, Any]) -> BlockRule:
    """A clutter rule, its patterns sorted by how cheaply they can be ruled out: holding one of a
    few literals, anchored at the start, or neither."""
    patterns = data["patterns"]
    literals = [required_literals(p) for p in patterns]
    at_start = [anchored_at_start(p) for p in patterns]
    # An anchored pattern fails at once at the text's start, in one alternation with the others,
    # unless it opens by walking the text: then its literals rule it out first, as a floating one's.
    quick = [a and not (found and opens_with_a_scan(p)) for p, found, a in zip(patterns, literals, at_start)]
    with_literals = tuple((found, a, p)
                          for p, found, a, q in zip(patterns, literals, at_start, quick) if found and not q)
    anchored = [p for p, q in zip(patterns, quick) if q]
    others = [p for p, found, a in zip(patterns, literals, at_start) if not a and not found]
    return BlockRule(kind=data["kind"], action=data.get("action", "drop"), max_words=int(data.get("max_words", 30)),
                     patterns=tuple(patterns), headings=bool(data.get("headings", True)),
                     anchored=compile_regex(gated_alternation([(openings(p), p) for p in anchored]), FLAGS) if anchored else None,
                     literal_patterns=with_literals, rest=_combine(others) if others else None,
                     literal_index=_literal_index(with_literals))


SCAN_LITERALS = 16
"""A rule with fewer literals than this tests each in the text (a long text, tried only by a rule
of long blocks, is not scanned for every rule's literals); the others share one scan."""


def _sharing_one_scan(rules: list[BlockRule]) -> tuple[BlockRule, ...]:
    """The rules, those of many literals given one scan for all their literals."""
    sharing = [rule for rule in rules if len(rule.literal_index) >= SCAN_LITERALS]
    scan = LiteralScan.of(literal for rule in sharing for literal, _positions in rule.literal_index)
    return tuple(replace(rule, scan=scan) if rule in sharing else rule for rule in rules)


def _literal_index(literal_patterns: tuple[tuple[tuple[str, ...], bool, str], ...]) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """Each literal once (in order of first use), with the positions of the patterns holding it."""
    positions: dict[str, list[int]] = {}
    for position, (literals, _at_start, _pattern) in enumerate(literal_patterns):
        for literal in literals:
            positions.setdefault(literal, []).append(position)
    return tuple((literal, tuple(found)) for literal, found in positions.items())


@lru_cache(maxsize=None)
def _compiled(pattern: str) -> re.Pattern[str]:
    """A rule's pattern, compiled once per process when first needed (re's own cache holds 512 and
    forgets the oldest)."""
    return compile_regex(pattern, FLAGS)


def _alternation(words: list[str]) -> str | None:
    """Literal words or phrases as one regex alternation, the longest first; None for none."""
    # (the longest first, then in the alphabet's order: sorted by length alone, words of one length came in
    # the set's order, which string hashing changes from run to run — a new pattern at every start, compiled
    # and written to the start-up cache each time)
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) or None


def _prompt_heading(labels: list[str]) -> re.Pattern[str]:
    names = _alternation(labels)
    if names is None:
        return compile_regex(r"(?!)")
    return compile_regex(rf"^(?:{names})\s?(?:\d{{1,3}}|[ivx]{{1,4}}|[a-z])\s?[:.)–—-]\s?\S.{{0,200}}\?$", FLAGS)


def _prompt_line(labels: list[str]) -> re.Pattern[str]:
    names = _alternation(labels)
    # (with an article: "The task: …", "Your question: …")
    return compile_regex(rf"^(?:(?:the|your|this) )?(?:{names})\s?:\s?\S", FLAGS) if names else compile_regex(r"(?!)")


def _any_word(words: list[str]) -> re.Pattern[str]:
    """A pattern finding any of the words, whole, anywhere in a text."""
    names = _alternation(words)
    return compile_regex(rf"\b(?:{names})\b", FLAGS) if names else compile_regex(r"(?!)")


def _combine(patterns: list[str]) -> re.Pattern[str]:
    return compile_regex("|".join(f"(?:{p})" for p in patterns), FLAGS)


@dataclass(frozen=True)
class InlineRule:
    kind: str
    combined: re.Pattern[str]
    gate: LiteralGate = LiteralGate(None)
    """Whether `combined` may match a text (a paragraph without one of its literals is not searched)."""


@dataclass(frozen=True)
class CounterShape:
    """A word or page count in any wording ([counters] in clutter.toml)."""

    number_unit: re.Pattern[str]
    """"642 words", "3 pages", "1.046 palabras" — the number first."""
    unit_number: re.Pattern[str]
    """"Words: 596", "Pages 3" — the label first."""
    page_position: re.Pattern[str]
    stat: re.Pattern[str]
    """"2 387 reads", "41 saves": how often the page was read, liked or saved."""
    """"Page 1 of 2", "Seite 2 von 3": where a reader is in a paginated essay."""
    range_before: re.Pattern[str]
    """A number closing a range ("300–500"): the range's first number and its join stand before it."""
    range_after: re.Pattern[str]
    max_other_words: int
    min_words: int
    max_words: int
    window_words: int
    """In a record the finder set aside (a facts box, a glued header), only the words this close to the
    counts are weighed: the box's other fields are not the count's sentence."""
    facts_words: re.Pattern[str] = compile_regex(r"(?!)")
    limit_phrase: re.Pattern[str] = compile_regex(r"(?!)")
    rest_phrase: re.Pattern[str] = compile_regex(r"(?!)")
    """What is left of the text, counted ("the remaining 251 words", "the second half of this essay (379
    words)"): the hidden part's length, not the essay's."""
    range_asked: re.Pattern[str] = compile_regex(r"(?!)")
    """A range asked for, a limit for a count against it with its unit left out ([counters] range_asked)."""
    count_against_limit: re.Pattern[str] = compile_regex(r"(?!)")
    """A count right after a limit, its unit left out ([counters] count_against_limit; `n` its number)."""
    read_off_a_counter: re.Pattern[str] = compile_regex(r"(?!)")
    """A number a word counter gave, its unit left out ([counters] read_off_a_counter; `n` or `m` its number)."""
    hedged: re.Pattern[str] = compile_regex(r"(?!)")
    """A genre or a level ("Argumentative", "Undergraduate level"): a part of a facts strip over the essay."""
    this_text: re.Pattern[str] = compile_regex(r"(?!)")
    label_preposition: re.Pattern[str] = compile_regex(r"(?!)")
    """What a box's title may put before naming the essay ("About this essay", "Über diesen Aufsatz")."""
    this_counted: re.Pattern[str] = compile_regex(r"(?!)")
    """This essay named with its count anywhere in a sentence ("halfway through this 338-word sample")."""
    """A line opening by naming this essay ("This essay …", "Dit betoog …"): its count is the page's own."""
    number_words: Mapping[str, int] = field(default_factory=dict)
    ordinal_words: Mapping[str, int] = field(default_factory=dict)
    """Small counts spelled out ("Two pages"), case-folded word → value."""
    counting_word: re.Pattern[str] = compile_regex(r"(?!)")
    """A word that says a number counts something ("total", "tally"): beside a count, it is the count's
    label ("Total words (body): 640")."""
    page_number: re.Pattern[str] = compile_regex(r"(?!)")
    """"Page 1", "[Page 2]": which page a line marks, not how many there are."""
    page_of_pages: re.Pattern[str] = compile_regex(r"(?!)")
    """"Page 1 of 3": which of the web pages the text was split over this is (groups `at` and `of`)."""
    part_of_parts: re.Pattern[str] = compile_regex(r"(?!)")
    """"… (part 1 of 2)" closing a subject: which of the posts the text was split over this is."""
    any_number: re.Pattern[str] = compile_regex(r"\d")
    """A digit or a count spelled out: every count's number holds one (a line without one is not
    searched for counts)."""


def _range_joins(joins: list[str]) -> str:
    """The joins of a range ("300–500", "300 to 500"): a word among them stands between spaces."""
    return "|".join(j if not j.isalpha() else rf"(?<=\s){j}(?=\s)" for j in joins)


def _counter_shape(data: dict[str, Any]) -> CounterShape:
    spelled = data.get("number_words", {})
    spelled_alternatives = "".join(f"|{re.escape(w)}" for w in sorted(spelled, key=len, reverse=True))
    number = rf"(?P<n>\d{{1,3}}(?:[,.\u00a0 ]\d{{3}})+|\d+(?:[.,]\d)?{spelled_alternatives})"
    words, pages = "|".join(data["word_units"]), "|".join(data["page_units"])
    settings = "|".join(re.escape(w) for w in data.get("page_settings", []))
    unit = rf"(?:(?P<w>{words})|(?:(?:{settings or '(?!)'})\s)?(?P<p>{pages}))"
    counting = "|".join(re.escape(w) for w in data.get("counting_words", [])) or "(?!)"
    return CounterShape(
        # "642 words", and as an adjective "a 360-word sample", "a 5-page essay"
        # …but not a limit set ("a 1,500-word limit", "2,000 words maximum"); a counter against its limit
        # ("593/650 words", "574 of 750 words", "538 of 800 permitted words", as a form's box shows it) counts the first
        number_unit=compile_regex(rf"(?<![\w.,/])(?<![^\W\d_][-‐]){number}(?:\s?/\s?\d{{1,3}}(?:[,.\u00a0 ]?\d{{3}})*"
                               rf"|\sof\s\d{{1,3}}(?:[,.\u00a0 ]?\d{{3}})*(?:\s[^\W\d_]{{3,12}})?(?=\s?(?:{words})\b))?(?:\s?|[-‐]){unit}\b(?!{data['rate']})"
                               rf"(?!\s?(?:{'|'.join(data.get('limits', []) or ['(?!)'])})\b)", FLAGS),
        # "Words: 596", "Pages 3", and a label of a few words after the unit when a colon ends it
        # ("Word tally: 320", "Page estimate: 2", a record's field "Words declared on entry form: 567"), or with
        # no colon when the number closes the line ("Words on the page 650": a field and its value)
        # …and a counting word after the unit, colon or not ("Word tally 366", "Word count (body only) 287", "Word
        # count for the essay is 455", "Word count certified by the contest committee: 648": up to six words)
        # …or the unit's remark in brackets ("Total words (body): 640", "Words (title not counted) 613"), or after a
        # comma before the colon ("Word count, title and references aside: 539")
        # (the number whole; "of" after it a position for pages, "Page 2 of 5", a limit for words, "Word meter: 574 of 750")
        # …or the unit itself in brackets after a label, a colon closing them ("Length (words): 364")
        unit_number=compile_regex(rf"\b{unit}(?:\)\s?[:：]|(?:\s[^\W\d_]{{2,12}}){{1,4}}\s?[:：]|(?:\s[^\W\d_]{{2,12}}){{1,3}}\s(?=(?!(?:1[5-9]|20)\d\d\s*$)[\d,.]+\s*$)|\s\([^\W\d_][^()]{{0,40}}\)\s?[:：]?|\s(?:{counting})(?:\s(?:by|the|[^\W\d_]{{2,12}})){{0,6}}(?:\s\([^()]{{1,30}}\)|,(?:\s[^\W\d_]{{2,12}}){{1,6}}(?=\s?[:：]))?\s?[:：]?|\s?[:：]?)\s?{number}"
                               rf"(?!\d)(?![\w.,]\d)(?(p)(?!{data['position']}))", FLAGS),
        stat=compile_regex(rf"(?<![\w.,]){number}\s?(?:{'|'.join(data['stat_units'])})\b", FLAGS),
        page_position=compile_regex(rf"\b(?:{pages})\s?\d{{1,3}}{data['position']}", FLAGS),
        page_number=compile_regex(data.get("page_number", "(?!)"), FLAGS),
        page_of_pages=compile_regex(data.get("page_of_pages", "(?!)"), FLAGS),
        part_of_parts=compile_regex(data.get("part_of_parts", "(?!)"), FLAGS),
        counting_word=compile_regex(rf"^(?:{counting})$", FLAGS),
        # (a word joins with spaces round it: "597 A4 pages" is no range "597 a 4")
        range_before=compile_regex(rf"\d\s?(?:{_range_joins(data['range_joins'])})\s?$", FLAGS),
        range_after=compile_regex(rf"\s?(?:{_range_joins(data['range_joins'])})\s?\d", FLAGS),
        max_other_words=int(data["max_other_words"]), min_words=int(data["min_words"]), max_words=int(data["max_words"]),
        window_words=int(data["window_words"]),
        number_words={word.casefold(): int(value) for word, value in spelled.items()},
        ordinal_words={word.casefold(): int(value) for word, value in data.get("ordinal_words", {}).items()},
        any_number=compile_regex(rf"\d{spelled_alternatives}", FLAGS),
        this_text=compile_regex(data["this_text"], FLAGS) if data.get("this_text") else compile_regex(r"(?!)"),
        label_preposition=compile_regex(data["label_preposition"], FLAGS) if data.get("label_preposition") else compile_regex(r"(?!)"),
        this_counted=compile_regex(data["this_counted"], FLAGS) if data.get("this_counted") else compile_regex(r"(?!)"),
        facts_words=compile_regex(data["facts_words"], FLAGS) if data.get("facts_words") else compile_regex(r"(?!)"),
        limit_phrase=compile_regex(data["limit_phrase"], FLAGS) if data.get("limit_phrase") else compile_regex(r"(?!)"),
        rest_phrase=compile_regex(data["rest_phrase"], FLAGS) if data.get("rest_phrase") else compile_regex(r"(?!)"),
        range_asked=compile_regex(data.get("range_asked", r"(?!)"), FLAGS),
        count_against_limit=compile_regex(data.get("count_against_limit", r"(?!)"), FLAGS),
        read_off_a_counter=compile_regex(data.get("read_off_a_counter", r"(?!)"), FLAGS),
        hedged=compile_regex(data["hedged"], FLAGS) if data.get("hedged") else compile_regex(r"(?!)"))


@dataclass(frozen=True)
class LetterShape:
    """The letter around an essay sent by mail ([letters] in clutter.toml)."""

    greeting: re.Pattern[str]
    sign_off: re.Pattern[str]
    ends: re.Pattern[str]
    note_max_blocks: int
    greeting_within: int
    name_max_words: int
    essay_nouns: frozenset[str] = frozenset()
    own_words: frozenset[str] = frozenset()
    """A note's sentence naming one of these speaks of the essay: its count is read however long."""
    mail_header: re.Pattern[str] = re.compile(r"(?!)")
    """A message's header line in a thread ("To: …", "Sam O. <sam@…> Sat, 8 Mar 2025"): a new message."""
    thread_max_messages: int = 1
    signed_name: re.Pattern[str] = re.compile(r"(?!)")
    group_words: frozenset[str] = frozenset()
    """A greeting naming a group ("Hi gang,", "Bonsoir à tous,"): a post's hello to its readers, not a letter-essay's."""
    """A line of its own signing a post with a name after a dash ("-- Alastair", "~ Mairi")."""


@dataclass(frozen=True)
class Rules:
    teaser_combined: re.Pattern[str]
    teaser_gate: LiteralGate
    """Whether `teaser_combined` may match a text (most paragraphs hold none of its literals)."""
    preview_end: re.Pattern[str]
    continues: re.Pattern[str]
    text_ends: re.Pattern[str]
    """The site's mark where the essay ends ("— end of sample —"): the rest of the page is its own."""
    banners: tuple[re.Pattern[str], ...]
    label_names: frozenset[str]
    label_clutter: re.Pattern[str]
    words_in_metadata: re.Pattern[str]
    pages_in_metadata: re.Pattern[str]
    blocks: tuple[BlockRule, ...]
    heading_blocks: tuple[BlockRule, ...]
    """Those of `blocks` that take a heading too."""
    inline: tuple[InlineRule, ...]
    no_essay: tuple[re.Pattern[str], ...]
    prompt_heading: re.Pattern[str]
    """A heading naming a writing prompt, its number and its question ("Prompt 1: Should …?")."""
    glossary_label: re.Pattern[str]
    """A word naming a glossary in a box's label ("Key terms", "Jargon buster"): [glossary] label_words."""
    prompt_line: re.Pattern[str]
    """A line setting out the prompt the essay answers ("Question: 'Technology has made sport fairer.'
    Evaluate this statement. [9 marks]"), from the same [no_essay] prompt_labels."""
    guide_title: re.Pattern[str]
    """A title promising to teach essay writing ("How to Write a Discursive Essay")."""
    schedule_row: re.Pattern[str]
    """A day or a time in a schedule's row ("23 January", "Saturday 16 April", "7.15pm", "5–7 min") ([no_essay] schedule_row)."""
    tool_title: re.Pattern[str]
    """A page titled by the tool it offers ("Thesis Statement Generator"): with a form, a tool's page ([no_essay] tool_title)."""
    step_heading: re.Pattern[str]
    """A guide's numbered step ("Step 1: Unpack the question")."""
    guide_steps_min: int
    call_heading: re.Pattern[str]
    """A procedural heading of a call for applications or entries ("How to apply", "Key dates")."""
    call_headings_min: int
    no_essay_types: frozenset[str]
    lesson_heading: re.Pattern[str]
    """The parts of a lesson as a lesson plan heads them ([no_essay] lesson_heading)."""
    lesson_headings_min: int
    record_element: re.Pattern[str]
    """The elements of an archive's description of a collection ([no_essay] record_element)."""
    record_elements_min: int
    task_address: re.Pattern[str]
    """A line addressing an essay's writer with the task ([no_essay] task_address)."""
    gone: re.Pattern[str]
    other_document: re.Pattern[str]
    site_page_title: re.Pattern[str]
    """A site's own section named as the page's title ("Press & Media Kit"): [no_essay] site_page_title."""
    """The page says its essay was taken away ("Withdrawn: …", "This essay has been removed at the
    request of its author"): [no_essay] gone, read of its title and its opening paragraph."""
    reference_heading: re.Pattern[str]
    bylines: tuple[re.Pattern[str], ...]
    bio_verbs: frozenset[str]
    class_line: re.Pattern[str]
    """The writer's course and class on a line under the title ("English 11H, Period 6") ([byline] class_line)."""
    byline_bodies: frozenset[str]
    """The last words of a byline naming no person but a body ("EcoCult Staff", "Clemson News") ([byline] bodies)."""
    running_head: re.Pattern[str]
    running_head_not_names: frozenset[str]
    title_suffixes: tuple[re.Pattern[str], ...]
    title_from_related: re.Pattern[str]
    title_field_labels: frozenset[str]
    """A record's labels naming the essay's title ([title] field_labels)."""
    title_page_label: re.Pattern[str]
    title_mail_subject: re.Pattern[str]
    site_sections: frozenset[str]
    title_task_label: re.Pattern[str]
    """A page title labelling the page ("Exemplar essay: …"), not naming its essay ([title] page_label)."""
    title_genre_label: re.Pattern[str]
    """A genre's label before a title in its line ([title] genre_label: "Talk: …")."""
    file_name_title: re.Pattern[str]
    account_title: re.Pattern[str]
    """A social network's page titled by the account that posted ([title] account): it names no essay."""
    student_header_labels: re.Pattern[str]
    chrome_tokens: frozenset[str]
    chrome_kinds: tuple[tuple[str, frozenset[str]], ...]
    essay_tokens: frozenset[str]
    chrome_despite_essay: frozenset[str]
    content_tokens: frozenset[str]
    keep_tokens: frozenset[str]
    notes_tokens: frozenset[str]
    page_frame_tokens: frozenset[str]
    """Class tokens naming a frame that is a page of one document ([html] page_frame_tokens)."""
    poster_tokens: frozenset[str]
    """Class tokens of the box naming a post's writer in a thread ([html] poster_tokens)."""
    placeholder_tokens: frozenset[str]
    never_spared: frozenset[str]
    badge_tokens: frozenset[str]
    kicker_tokens: frozenset[str]
    """Class words of a kicker opening a heading ([html] kicker_tokens: "kicker", "eyebrow")."""
    block_display_classes: frozenset[str]
    """Frameworks' utility classes that set an element as a box of its own ([html] block_display_classes)."""
    site_banner_names: frozenset[str]
    """Names of the page's banner, whose <h1> is the site's name ([html] site_banner_names)."""
    title_box_names: frozenset[str]
    """Names of a box styled as the post's title on a page with no <h1> ([html] title_box_names)."""
    summary_box_names: frozenset[str]
    """Names of a box styled as the post's summary under its title ([html] summary_box_names)."""
    button_tokens: frozenset[str]
    button_styles: tuple[tuple[str, ...], ...]
    label_tokens: frozenset[str]
    compound_suffix: re.Pattern[str]
    """A class word glued from a chrome token and a suffix ("relatedposts" → "related")."""
    """Classes of a badge inside a heading (a genre label after the title): not part of the title."""
    role_kinds: tuple[tuple[str, str], ...]
    """ARIA roles that say an element is not the main content, and the kind it is removed as."""
    script_shown_attributes: frozenset[str]
    continuation_parts: frozenset[str]
    continued_post_opening: str
    """A message's first line saying it continues the one before ([html] continued_post_opening)."""
    """A class's last part naming a text's continuation ([html] continuation_parts: "…_extended")."""
    """Attributes of a script framework showing an element on a condition ([html] script_shown_attributes)."""
    button_verbs: frozenset[str]
    button_closing_verbs: frozenset[str]
    button_objects: frozenset[str]
    reader_words: frozenset[str]
    offer_words: frozenset[str]
    site_voice: frozenset[str]
    writing_service: frozenset[str]
    sellers: frozenset[str]
    site_self: frozenset[str]
    writing_site_stems: tuple[str, ...]
    customers: frozenset[str]
    """Who buys from the site ("reader", "student"): a quotation credited to one by the site's name is a testimonial."""
    about_the_page: re.Pattern[str]
    """A quotation speaking of the page or the site's work: with a customer's credit, a testimonial."""
    support_appeal: re.Pattern[str]
    deal: re.Pattern[str]
    """A shop's deal named in a line ([buttons] deal: "10% off", "a teacher's discount", "code MODEL10")."""
    """The site asking to be kept going (donations, friends, volunteers): with its name, its appeal."""
    """The site speaking as itself ("we", "our"): with its writers and orders, an order page's prose."""
    orders: frozenset[str]
    """Who a writing service sells ("writers", "tutors"): named in the site's voice under an asking headline, a call."""
    """What a writing service sells ("writers", "papers"): the site's own copy names one."""
    """Words of a site speaking of itself ("our", "team", "writers"): with its name, its own copy."""
    """A pitch under an asking headline that names one of these sells something ("for one low yearly fee")."""
    counter: "CounterShape"
    note_grade: re.Pattern[str]
    note_signature: re.Pattern[str]
    note_appraisal: re.Pattern[str]
    note_remark: re.Pattern[str]
    note_remark_label_nouns: frozenset[str]
    notice_day: re.Pattern[str]
    checklist_answer: re.Pattern[str]
    """An answer ticking off a checklist's row ("yes", "nearly", "✓"): [notes] checklist_answer."""
    """A day named in a notice ("Thursday 20 March", "the April meet-up"): [notes] notice_day."""
    notice_instruction: re.Pattern[str]
    """What a notice tells the reader to do ("; join the waiting list"): [notes] notice_instruction."""
    """Nouns closing a label that names a margin remark ([notes] remark_label_nouns: "Quick tip:")."""
    box_legend: re.Pattern[str]
    numbered_figure: re.Pattern[str]
    caption_credit: re.Pattern[str]
    """A picture's credit in a caption ([html] caption_credit)."""
    marking_words: frozenset[str]
    note_max_words: int
    note_essay_talk: frozenset[str]
    """Words that talk about an essay as a piece of work ([notes] essay_talk: its parts, its marking)."""
    task_item: re.Pattern[str]
    """A reader's task set as a list item ("True or false: …", "Find two facts in the text …") ([notes] task_item)."""
    note_essay_talk_people: frozenset[str]
    note_first_person: frozenset[str]
    """Words of the first person ([notes] first_person): a line holding one is the writer's own."""
    """The people around an essay ([notes] essay_talk_people): counted with those words, never enough alone."""
    letter: "LetterShape"
    note_edge_blocks: int
    tuning: Tuning
    """The thresholds every stage decides by (data/tuning.toml, overridable in [tuning.*] tables)."""


def _compile_all(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(compile_regex(p, FLAGS) for p in patterns)


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, list) and isinstance(merged.get(key), list):
            merged[key] = merged[key] + value
        elif isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def rules_from_data(data: dict[str, Any]) -> Rules:
    blocks = _sharing_one_scan([_block_rule(_with_shared_patterns(r, data)) for r in data.get("block", [])])
    inline = tuple(InlineRule(kind=r["kind"], combined=_combine(r["patterns"]), gate=LiteralGate.of(r["patterns"], FLAGS))
                   for r in data.get("inline", []))
    headings = "|".join(data["references"]["headings"])
    return Rules(
        teaser_combined=_combine(data["teaser"]["patterns"]),
        teaser_gate=LiteralGate.of(data["teaser"]["patterns"], FLAGS),
        preview_end=compile_regex(data["teaser"]["preview_end"], FLAGS),
        continues=_combine([*data["teaser"].get("continues", ["(?!)"]), *data["teaser"].get("rest_elsewhere", [])]),
        text_ends=_combine(data["teaser"].get("ends", ["(?!)"])),
        banners=tuple(compile_regex(b["pattern"], FLAGS) for b in data.get("banner", [])),
        label_names=frozenset(n.lower() for n in data["labels"]["names"]),
        label_clutter=compile_regex(data["labels"]["clutter"], FLAGS),
        words_in_metadata=compile_regex(data["labels"]["words_in_metadata"], FLAGS),
        pages_in_metadata=compile_regex(data["labels"]["pages_in_metadata"], FLAGS),
        blocks=blocks,
        heading_blocks=tuple(rule for rule in blocks if rule.headings),
        inline=inline,
        no_essay=_compile_all(data["no_essay"]["patterns"]),
        prompt_heading=_prompt_heading(data["no_essay"].get("prompt_labels", [])),
        prompt_line=_prompt_line(data["no_essay"].get("prompt_labels", [])),
        glossary_label=_any_word(data.get("glossary", {}).get("label_words", [])),
        guide_title=compile_regex(data["no_essay"].get("guide_title", r"(?!)"), FLAGS),
        tool_title=compile_regex(data["no_essay"].get("tool_title", r"(?!)"), FLAGS),
        schedule_row=compile_regex(data["no_essay"].get("schedule_row", r"(?!)"), FLAGS),
        step_heading=compile_regex(data["no_essay"].get("step_heading", r"(?!)"), FLAGS),
        guide_steps_min=int(data["no_essay"].get("guide_steps_min", 3)),
        call_heading=compile_regex(data["no_essay"].get("call_heading", r"(?!)"), FLAGS),
        call_headings_min=int(data["no_essay"].get("call_headings_min", 3)),
        no_essay_types=frozenset(data["no_essay"].get("declared_types", [])),
        lesson_heading=compile_regex(data["no_essay"].get("lesson_heading", r"(?!)"), FLAGS),
        lesson_headings_min=int(data["no_essay"].get("lesson_headings_min", 3)),
        record_element=compile_regex(data["no_essay"].get("record_element", r"(?!)"), FLAGS),
        record_elements_min=int(data["no_essay"].get("record_elements_min", 3)),
        task_address=compile_regex(data["no_essay"].get("task_address", r"(?!)"), FLAGS | re.MULTILINE),
        gone=compile_regex(data["no_essay"].get("gone", r"(?!)"), FLAGS),
        other_document=compile_regex(data["no_essay"].get("other_document", r"(?!)"), FLAGS),
        site_page_title=compile_regex(data["no_essay"].get("site_page_title", r"(?!)"), FLAGS),
        reference_heading=compile_regex(rf"^(?:\d+\.?\s+)?(?:{headings})\s*:?$", FLAGS),
        bylines=_compile_all(data["byline"]["patterns"]),
        bio_verbs=frozenset(v.casefold() for v in data["byline"].get("bio_verbs", [])),
        class_line=compile_regex(data["byline"].get("class_line", "(?!)")),
        byline_bodies=frozenset(v.casefold() for v in data["byline"].get("bodies", [])),
        running_head=compile_regex(data["running_head"]["pattern"], FLAGS),
        running_head_not_names=frozenset(w.casefold() for w in data["running_head"]["not_names"]),
        title_suffixes=_title_suffixes(data["title"]["suffixes"]),
        title_from_related=compile_regex(data["title"]["from_related"], FLAGS),
        title_field_labels=frozenset(label.casefold() for label in data["title"].get("field_labels", [])),
        title_page_label=compile_regex(data["title"].get("page_label", r"(?!)"), FLAGS),
        title_mail_subject=compile_regex(data["title"].get("mail_subject", r"(?!)"), FLAGS),
        site_sections=frozenset(s.casefold() for s in data["title"].get("site_sections", ())),
        title_task_label=compile_regex(data["title"].get("task_label", r"(?!)"), FLAGS),
        title_genre_label=compile_regex(data["title"].get("genre_label", r"(?!)"), FLAGS),
        file_name_title=compile_regex(data["title"]["file_name"], FLAGS),
        account_title=compile_regex(data["title"].get("account", r"(?!)"), FLAGS),
        student_header_labels=compile_regex(data["student_header"]["labels"], FLAGS),
        chrome_tokens=frozenset(data["html"]["chrome_tokens"]),
        chrome_kinds=tuple((kind, frozenset(tokens)) for kind, tokens in data["html"]["chrome_kinds"]),
        essay_tokens=frozenset(data["html"]["essay_tokens"]),
        chrome_despite_essay=frozenset(data["html"]["chrome_despite_essay"]),
        content_tokens=frozenset(data["html"]["content_tokens"]),
        keep_tokens=frozenset(data["html"]["keep_tokens"]),
        notes_tokens=frozenset(data["html"].get("notes_tokens", [])),
        page_frame_tokens=frozenset(data["html"].get("page_frame_tokens", [])),
        poster_tokens=frozenset(data["html"].get("poster_tokens", [])),
        placeholder_tokens=frozenset(data["html"].get("placeholder_tokens", [])),
        never_spared=frozenset(data["html"].get("never_spared", [])),
        badge_tokens=frozenset(data["html"].get("badge_tokens", [])),
        kicker_tokens=frozenset(data["html"].get("kicker_tokens", [])),
        block_display_classes=frozenset(data["html"].get("block_display_classes", [])),
        site_banner_names=frozenset(data["html"].get("site_banner_names", [])),
        title_box_names=frozenset(data["html"].get("title_box_names", [])),
        summary_box_names=frozenset(data["html"].get("summary_box_names", [])),
        button_tokens=frozenset(data["html"].get("button_tokens", [])),
        button_styles=tuple(tuple(prefixes) for prefixes in data["html"].get("button_styles", [])),
        label_tokens=frozenset(data["html"].get("label_tokens", [])),
        compound_suffix=compile_regex(rf"^(.{{2,}}?)(?:{'|'.join(map(re.escape, data['html'].get('compound_suffixes', [])))})$"
                                   if data["html"].get("compound_suffixes") else r"(?!)"),
        role_kinds=tuple((role, kind) for role, kind in data["html"].get("role_kinds", [])),
        script_shown_attributes=frozenset(a.casefold() for a in data["html"].get("script_shown_attributes", [])),
        continuation_parts=frozenset(a.casefold() for a in data["html"].get("continuation_parts", [])),
        continued_post_opening=data["html"].get("continued_post_opening", "(?!)"),
        button_verbs=frozenset(v.casefold() for v in data.get("buttons", {}).get("verbs", [])),
        button_closing_verbs=frozenset(v.casefold() for v in data.get("buttons", {}).get("closing_verbs", [])),
        button_objects=frozenset(v.casefold() for v in data.get("buttons", {}).get("objects", [])),
        reader_words=frozenset(v.casefold() for v in data.get("buttons", {}).get("reader_words", [])),
        offer_words=frozenset(v.casefold() for v in data.get("buttons", {}).get("offer_words", [])),
        site_voice=frozenset(v.casefold() for v in data.get("buttons", {}).get("site_voice", [])),
        writing_service=frozenset(v.casefold() for v in data.get("buttons", {}).get("writing_service", [])),
        sellers=frozenset(v.casefold() for v in data.get("buttons", {}).get("sellers", [])),
        site_self=frozenset(v.casefold() for v in data.get("buttons", {}).get("site_self", [])),
        writing_site_stems=tuple(v.casefold() for v in data.get("buttons", {}).get("writing_site_stems", [])),
        customers=frozenset(v.casefold() for v in data.get("buttons", {}).get("customers", [])),
        about_the_page=compile_regex(data.get("buttons", {}).get("about_the_page", r"(?!)"), FLAGS),
        support_appeal=compile_regex(data.get("buttons", {}).get("support_appeal", r"(?!)"), FLAGS),
        deal=compile_regex(data.get("buttons", {}).get("deal", r"(?!)"), FLAGS),
        orders=frozenset(v.casefold() for v in data.get("buttons", {}).get("orders", [])),
        counter=_counter_shape(data["counters"]),
        note_grade=_combine(data["notes"]["grades"]),
        note_signature=compile_regex(data["notes"]["signature"], FLAGS),
        note_appraisal=compile_regex(data["notes"]["appraisal"], FLAGS),
        note_remark=compile_regex(data["notes"].get("remark", r"(?!)"), FLAGS),
        note_remark_label_nouns=frozenset(data["notes"].get("remark_label_nouns", [])),
        notice_day=compile_regex(data["notes"].get("notice_day", r"(?!)"), FLAGS),
        checklist_answer=compile_regex(data["notes"].get("checklist_answer", r"(?!)"), FLAGS),
        notice_instruction=compile_regex(data["notes"].get("notice_instruction", r"(?!)"), FLAGS),
        box_legend=compile_regex(data["notes"].get("box_legend", r"(?!)"), FLAGS),
        numbered_figure=compile_regex(data["html"].get("numbered_figure", r"(?!)"), FLAGS),
        caption_credit=compile_regex(data["html"].get("caption_credit", r"(?!)"), FLAGS),
        note_max_words=int(data["notes"]["max_words"]),
        note_essay_talk=frozenset(w.casefold() for w in data["notes"].get("essay_talk", [])),
        task_item=compile_regex(data["notes"].get("task_item", r"(?!)"), FLAGS),
        note_essay_talk_people=frozenset(w.casefold() for w in data["notes"].get("essay_talk_people", [])),
        note_first_person=frozenset(w.casefold() for w in data["notes"].get("first_person", [])),
        marking_words=frozenset(w.casefold() for w in data["notes"].get("marking_words", [])),
        note_edge_blocks=int(data["notes"]["edge_blocks"]),
        letter=LetterShape(greeting=compile_regex(data["letters"]["greeting"], FLAGS),
                           sign_off=compile_regex(data["letters"]["sign_off"], FLAGS),
                           ends=_combine(data["letters"]["ends"]),
                           note_max_blocks=int(data["letters"]["note_max_blocks"]),
                           greeting_within=int(data["letters"]["greeting_within"]),
                           name_max_words=int(data["letters"]["name_max_words"]),
                           essay_nouns=frozenset(w.casefold() for w in data["letters"].get("essay_nouns", [])),
                           own_words=frozenset(w.casefold() for w in data["letters"].get("own_words", [])),
                           mail_header=compile_regex(data["letters"].get("mail_header", "(?!)"), FLAGS),
                           thread_max_messages=int(data["letters"].get("thread_max_messages", 1)),
                           signed_name=compile_regex(data["letters"].get("signed_name", "(?!)")),
                           group_words=frozenset(w.casefold() for w in data["letters"].get("group_words", []))),
        tuning=tuning_from_data(data["tuning"]),
    )


def _title_suffixes(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    """The [title] suffixes, and after the first of them the essay sites' own names as a decoration
    (" - Bartleby.com", " | IvyPanda"): the names come from the shipped profiles, typed once there."""
    from .profiles import shipped_site_names

    names = "|".join(re.escape(name).replace(r"\ ", " ?") for name in shipped_site_names())
    site_names = compile_regex(rf"\s+[-|–—]\s+(?:{names})(?:\.com|\.org|\.net)?$", FLAGS)
    compiled = _compile_all(patterns)
    return (*compiled[:1], site_names, *compiled[1:])


def _shape_errors(extra: dict[str, Any], shipped: dict[str, Any], where: str = "") -> list[str]:
    """Where a user's rules differ in shape from the shipped file: an unknown table or key, or a
    value of another type (a string where a list belongs would be read one character at a time)."""
    errors = []
    for key, value in extra.items():
        name = f"{where}{key}"
        if key not in shipped:
            errors.append(f"unknown {'table' if isinstance(value, (dict, list)) else 'key'} '{name}'")
            continue
        model = shipped[key]
        if isinstance(model, list) and model and isinstance(model[0], dict):
            if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
                errors.append(f"'{name}' must be [[{name}]] tables")
            continue  # the fields of [[block]] entries are checked when compiled
        if isinstance(model, list):
            if not isinstance(value, list) or not all(isinstance(v, (str, list)) for v in value):
                errors.append(f"'{name}' must be a list of strings (got {type(value).__name__})")
        elif isinstance(model, dict):
            if not isinstance(value, dict):
                errors.append(f"'{name}' must be a table (got {type(value).__name__})")
            else:
                errors.extend(_shape_errors(value, model, f"{name}."))
        elif isinstance(model, float) and isinstance(value, int) and not isinstance(value, bool):
            continue  # a share written as 1 is still a share
        elif not isinstance(value, type(model)) or isinstance(value, bool) != isinstance(model, bool):
            errors.append(f"'{name}' must be {_KIND_OF_VALUE.get(type(model), 'a ' + type(model).__name__)} "
                          f"(got {_KIND_OF_VALUE.get(type(value), type(value).__name__)})")
    return errors


_KIND_OF_VALUE = {int: "a whole number", float: "a number", str: "a string", bool: "true or false"}


SHIPPED = ("clutter.toml", "tuning.toml")
"""The shipped rules: their tables merged into one."""


@lru_cache(maxsize=8)
def load_rules(extra_files: tuple[Path, ...] = ()) -> Rules:
    texts = [resources.files("essayconv.data").joinpath(name).read_bytes() for name in SHIPPED]
    analysis = own_source()  # the code deriving the patterns' facts
    key = startup_cache.key_of(*texts, analysis) if analysis is not None else None
    cached = startup_cache.read("rules", key) if key else None
    if cached is not None and isinstance(cached, dict) and isinstance(cached.get("data"), dict) \
            and isinstance(cached.get("facts"), dict) and remember_facts(cached["facts"]):
        data = cached["data"]  # the patterns' facts, the analysis of the shipped data, are now known
    else:
        cached, data = None, {}
        for text in texts:
            data |= tomllib.loads(text.decode("utf-8"))
    shipped = data
    for path in extra_files:
        try:
            extra = tomllib.loads(Path(path).read_text("utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise InputError(f"cannot read the rules file ({getattr(error, 'strerror', None) or error})", str(path)) from None
        errors = _shape_errors(extra, shipped)
        if errors:
            raise InputError(f"bad clutter rules: {'; '.join(errors[:3])}", str(path))
        data = _merge(data, extra)
    try:
        rules = rules_from_data(data)
    except (KeyError, TypeError, ValueError, re.error) as error:
        names = ", ".join(str(p) for p in extra_files) or "the shipped clutter.toml"
        raise InputError(f"bad clutter rules in {names} ({type(error).__name__}: {error})") from None
    if cached is None and key and not extra_files:
        startup_cache.write("rules", key, {"data": shipped, "facts": known_facts()})
    return rules
