"""How a word or page count is read from a line: word and page counters in any wording ("591 Words3
Pages", "Words: 812 / Pages: 4"), a note's count, a line naming this essay. The pass that reads the
page's banners and sets them aside is banners.py."""

from __future__ import annotations

import math
import re
from typing import Mapping

from ..regexes import compile_regex
from ..rules import CounterShape
from .draft import Draft

BARE_NUMBER = compile_regex(r"\d{1,3}(?:[,.\u00a0 ]\d{3})*|\d+")
"""A number as pages print it ("389", "1,046", "2 460")."""
def _number(text: str | None, spelled: Mapping[str, int] | None = None) -> int | None:
    """"1,058" → 1058; "3.5" (double-spaced pages) → 4: a started page is a page; "Two" → 2."""
    if not text:
        return None
    if spelled and text.casefold() in spelled:
        return spelled[text.casefold()]
    if re.fullmatch(r"\d{1,3}(?:[.,\u00a0 ]\d{3})+", text):  # "1,058", "1.046", "1 046": thousands
        return int(re.sub(r"\D", "", text))
    try:
        return math.ceil(float(text.replace(",", ".")))
    except ValueError:
        return None


_COUNT_LABEL = compile_regex(r"^(?:words|pages|word count|wordcount|length):", re.IGNORECASE)


def banner_parts(text: str, draft: Draft) -> list[tuple[int | None, int | None]] | None:
    """A banner line may pack several fields ("Pages: 2 | Words: 953 | Published: …")."""
    for pattern in draft.rules.banners:
        match = pattern.match(text)
        if match:
            groups = match.groupdict()
            pages = groups.get("pages") or groups.get("pages_in_parens")
            return [(_number(groups.get("words")), _number(pages))]
    if draft.rules.label_clutter.match(text) or _COUNT_LABEL.match(text):
        words = draft.rules.words_in_metadata.search(text)
        pages = draft.rules.pages_in_metadata.search(text)
        if words or pages:
            return [(_number(words.group("words")) if words else None,
                     _number(pages.group("pages")) if pages else None)]
    return None


# where a glued header joins its parts ("Home › Essays", "· 5 min read", a sentence end); not "/",
# which joins two counts ("6 pages / 1,420 words")
_SEGMENTS = compile_regex(r"\s[·|•›»>]\s|\n|(?<=[.!?])\s+(?=[^\W\d_]|\()|;\s+")
"""Where a line's segments part: a strip's separators, sentences (one in brackets: "… before Thursday. (366
words; 2 pages)"), clauses set apart by a semicolon."""
_OTHER_WORD = compile_regex(r"[^\W\d_]{2,}")
_YEAR = compile_regex(r"(?:19|20)\d\d")
_NUMBER_NEXT = compile_regex(r"\s?[:：]?\s?\d")
_REMARK_AFTER = compile_regex(r"[,;]?\s?\([^()]{1,120}\)")
"""A remark in brackets right after a count ("517 words (title, this note and the reference list not
included)"): what was counted, no other statement of the line."""


def counter_parts(text: str, shape: CounterShape, windowed: bool = False) -> tuple[int | None, int | None] | None:
    """A word and/or page count in any wording ("This sample has 642 words (about 3 pages at 275
    words per page)", "📄 Pages: 3 · 📝 Words: 596", "603 Wörter (etwa 2 Seiten)"): the numbers,
    when the line says little else; None for prose that merely mentions a number."""
    if shape.any_number.search(text) is None:
        return None  # no number at all (most segments of a long record): not searched for counts
    text = shape.range_asked.sub(" ", text)  # a range ("300 to 500 words", a task's) is no count: a count is one number
    words = pages = None
    spans: list[tuple[int, int]] = []
    used: list[tuple[int, int]] = []
    kinds: list[str] = []  # ("w" or "p", for each span in `used`)
    numbers: list[tuple[int, int]] = []
    # a number is read once, in the line's own order: "Words 1,046 Pages 4" puts its labels first
    # (else "1,046 Pages" would be read as a page count), "4 pages 1,380 words" its numbers first
    # (else "pages 1,380" would be)
    first_label, first_number = shape.unit_number.search(text), shape.number_unit.search(text)
    numbers_first = first_number is not None and (first_label is None or first_number.start() < first_label.start())
    for pattern in ((shape.number_unit, shape.unit_number) if numbers_first else (shape.unit_number, shape.number_unit)):
        for match in pattern.finditer(text):
            if any(a < match.end("n") and match.start("n") < b for a, b in numbers):
                continue
            if pattern is shape.number_unit and _YEAR.fullmatch(match.group("n")) and _NUMBER_NEXT.match(text, match.end()):
                continue  # "Submitted November 12, 2024 Words 339": a date's year, then a label and its count
            if shape.range_before.search(text, 0, match.start("n")) or shape.range_after.match(text, match.end("n")):
                continue  # "300–500 words", "between 2 and 3 pages": a range asked for, not a count stated
            if pattern is shape.unit_number and match.group("p") and shape.page_number.match(match.group(0)):
                numbers.append(match.span("n"))  # (its number read once: "Page 1 Page 2" holds no "1 Page")
                continue  # "[Page 1]": which page, not how many
            numbers.append(match.span("n"))
            number = _number(match.group("n"), shape.number_words)
            if match.group("w") and words is None:
                words = number
                used.append(match.span())
                kinds.append("w")
            elif match.group("p") and pages is None:
                pages = number
                used.append(match.span())
                kinds.append("p")
            spans.append(match.span())
    if words is None and pages is None or (words is not None and not shape.min_words <= words <= shape.max_words):
        return None
    if windowed and len(used) == 2:
        # (a sentence stating its word count, then far on a page count of something else: "It's 477 words
        # all told (…), so it fits the two-page spread": the first read is the count, the other a layout's)
        (first, first_kind), (second, _) = sorted(zip(used, kinds))
        if remark := _REMARK_AFTER.match(text, first[1], second[0]):
            spans.append(remark.span())  # ("455 (without the title and the works cited), and it is 3 pages": the first count's own words)
        between = remark.end() if remark else first[1]
        if sum(1 for _ in _OTHER_WORD.finditer(text, between, second[0])) > shape.max_other_words:
            used = [first]
            words, pages = (words, None) if first_kind == "w" else (None, pages)
    # the other words: everywhere, or only those within a few words of the counts read (a later
    # "page 1" of a preview note widens no window)
    start, end = min(a for a, _ in used), max(b for _, b in used)
    if remark := _REMARK_AFTER.match(text, end):
        spans.append(remark.span())  # what the count left out, said in brackets after it: the count's own words
    others = [m for m in _OTHER_WORD.finditer(text) if not any(a <= m.start() < b for a, b in spans)]
    if windowed:
        others = ([m for m in others if m.end() <= start][-shape.window_words:]
                  + [m for m in others if start <= m.start() < end]
                  + [m for m in others if m.start() >= end][:shape.window_words])
    return None if len(others) > shape.max_other_words else (words, pages)


def bare_count(text: str, shape: CounterShape) -> bool:
    """A line that is only a count of words, or of words and pages, labelled or not ("[Words: 335 |
    Pages: 2]", "335 words · 2 pages", "(367 words)", "Total words (body): 640"): no title, no date, no
    other word beside the counts but a counting word."""
    if DIGIT.search(text) is None:
        return False  # most lines hold no number at all: asked before any count is looked for
    parts = counter_parts(text, shape)
    if parts is None or parts[0] is None:
        return False
    spans = [m.span() for pattern in (shape.number_unit, shape.unit_number) for m in pattern.finditer(text)]
    return not any(not any(a <= m.start() < b for a, b in spans) and not shape.counting_word.match(m.group())
                   for m in _OTHER_WORD.finditer(text))


DIGIT = compile_regex(r"\d")
"""Any digit: a line without one states no count (asked before any count is looked for)."""


def _word_counts(text: str, shape: CounterShape) -> int:
    """How many word counts the text states: one per unit word ("2024 Words 339" is one, read both ways);
    a range asked for ("in 450-550 words") states none."""
    return len({m.start("w") for pattern in (shape.number_unit, shape.unit_number) for m in pattern.finditer(text)
                if m.group("w") and not (pattern is shape.number_unit and shape.range_before.search(text[:m.start()]))})


def one_count(text: str, shape: CounterShape) -> bool:
    """The text states one word count: a facts box, not a list of other essays with theirs."""
    return _word_counts(text, shape) == 1


def several_counts(text: str, shape: CounterShape) -> bool:
    """The text states several word counts: a list of other essays (or lessons) with theirs."""
    return _word_counts(text, shape) > 1


def counter_in(text: str, shape: CounterShape, title: str | None = None,
                windowed: bool = False) -> tuple[int | None, int | None] | None:
    """The count in a line, or in one segment of a header the page glued together ("Home ›
    Essays · <the title> Document length: 6 pages / 1,420 words"; the title is not counted as
    words beside the count)."""
    if title and len(title) >= 8:
        text = re.sub(re.escape(title), " · ", text, flags=re.IGNORECASE)
    # a task's limit ("entries were limited to 500 words") counts no essay, nor does a range (before the limits:
    # "asked for 300 to 500 words" is one range, not a limit of 300)
    text = shape.limit_phrase.sub(" ", shape.range_asked.sub(" ", text))
    if _REST_WORDS.search(text):  # nor does the hidden rest ("the second half of this essay (379 words)")
        text = shape.rest_phrase.sub(" ", text)
    found = counter_parts(text, shape, windowed) or _in_segments(text, shape, windowed)
    if (found is not None and None not in found) or ":" not in text or len(text) > _RECORD_MAX_CHARS:
        return found
    # a table of labels and values read as one line ("Grade awarded: A Size of essay: 583 words of prose
    # Printed extent: 3 pages of A4 Shared by: …"): each label with its value, the length in one, the
    # pages perhaps in another (a segment read above holds one of the two)
    fields = [parts for field in _LABEL_STARTS.split(text) if (parts := counter_parts(field, shape, windowed))]
    words = next((w for w, _ in fields if w is not None), None)
    pages = next((p for _, p in fields if p is not None), None)
    if not fields or found is not None and any(stated is not None and stated != read
                                               for stated, read in zip(found, (words, pages))):
        return found  # (the fields read the count a segment states otherwise: the segment's stands)
    return words, pages


def _in_segments(text: str, shape: CounterShape, windowed: bool) -> tuple[int | None, int | None] | None:
    """The counts of a line read segment by segment (parts set apart by "·" or "|", sentences, clauses set
    apart by ";"): the words from the first segment stating them, the pages from the first stating them ("Script
    as delivered: 559 words; printed for the club file it ran to 3 pages")."""
    found = [parts for segment in _SEGMENTS.split(text) if (parts := counter_parts(segment, shape, windowed))]
    if not found:
        return None
    return next((w for w, _ in found if w is not None), None), next((p for _, p in found if p is not None), None)


_REST_WORDS = compile_regex(r"remain|more|further|missing|rest|half|part", re.I)
"""The words every `rest_phrase` holds: the full pattern is run only where one stands."""
_RECORD_MAX_CHARS = 600
"""A table of labels and values read as one line is a record's length, not a paragraph's."""


_LABEL_STARTS = compile_regex(r"\s+(?=(?-i:[A-Z])[\w’'-]*(?: [\w’'-]+){0,3}:\s)")
"""Where the next label of a table read as one line begins: a capitalised label of a few words and its colon."""


_SENTENCE_STARTS = compile_regex(r"(?<=[.!?])\s+")


def count_in_a_note(text: str, draft: Draft, naming_it: bool = False) -> tuple[int | None, int | None] | None:
    """The essay's length stated in a note about it ("It's 479 words not counting the title."), read
    near its numbers: one count only (several are other essays' or a task's limits); with
    `naming_it`, only when one of its sentences names this essay ("This essay runs to 356 words")."""
    shape = draft.rules.counter
    if (against := _count_against_the_limit(text, shape) or _read_off_a_counter(text, shape)) is not None:
        return counter_in(against, shape, draft.title, windowed=True)
    # a length asked for or guessed ("for about 500 words", "up to 600 words", "300 to 500 words") is none
    text = shape.limit_phrase.sub(" ", shape.range_asked.sub(" ", shape.hedged.sub(" ", text)))
    if not one_count(text, shape):
        # beside the task's length, the one sentence naming this essay with its own ("the task was a
        # 400-word opinion piece … Lachlan's piece is 334 words")
        naming = [s for s in _SENTENCE_STARTS.split(text.strip()) if names_this_text(s, shape) and one_count(s, shape)]
        if len(naming) != 1:
            return None
        text = naming[0]
    elif naming_it and not names_this_text(text, shape):
        return None
    return counter_in(text, shape, draft.title, windowed=True)


def _count_against_the_limit(text: str, shape: CounterShape) -> str | None:
    """The clause stating the essay's length against the limit just named, its unit put back ("this one
    has 493 words"): a number measured against a limit is the essay's count in the limit's unit. None
    when no limit names its unit or no bare number follows it."""
    for limit in (*shape.limit_phrase.finditer(text), *shape.range_asked.finditer(text)):
        unit = shape.number_unit.search(limit.group(0))
        if unit is None:
            continue
        found = shape.count_against_limit.match(text, limit.end())
        if found is None or shape.number_unit.match(text, found.start("n")):
            continue  # (its unit stated after all: read as any count is)
        name = "words" if unit.group("w") else "pages"
        return text[limit.end():found.start("n")] + f"{found.group('n')} {name}" + text[found.end():]
    return None


def _read_off_a_counter(text: str, shape: CounterShape) -> str | None:
    """The clause giving what a word counter read ("It's 453 by the counter"), its unit put back ("453
    words"): a counter counts words. None when no counter's number stands in the text without its unit."""
    found = shape.read_off_a_counter.search(text)
    if found is None:
        return None
    number = "n" if found.group("n") is not None else "m"
    if shape.number_unit.match(text, found.start(number)):
        return None  # (its unit stated: read as any count is)
    return text[:found.end(number)] + " words" + text[found.end(number):]


def names_this_text(text: str, shape: CounterShape) -> bool:
    """One of the line's sentences opens by naming this essay ("… graduates. That's the whole
    essay: 393 words across 2 pages"): its count is the page's own."""
    return shape.this_counted.search(text) is not None or any(
        shape.this_text.match(sentence) for sentence in _SENTENCE_STARTS.split(text.strip()))
