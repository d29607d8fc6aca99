"""What the page says about the essay, read and taken out: label/value pairs, word and page counters in
any wording ("591 Words3 Pages", "Words: 812 / Pages: 4"), reading-count strips."""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import replace
from typing import Mapping

from ..model import BlockQuote, DraftBlock, Heading, ListBlock, Paragraph, Removed, block_text, count_words, plain_text
from ..rules import SENTENCE_BREAKS, CounterShape, first_block_rule
from ..signals import ADVERTISING, OTHER_ESSAYS, SET_ASIDE_WHOLE, Kind, ends_sentence
from .draft import Draft, removed, text_and_words
from .labels import labelled_sentences

BARE_NUMBER = re.compile(r"\d{1,3}(?:[,.\u00a0 ]\d{3})*|\d+")
"""A number as pages print it ("389", "1,046", "2 460")."""
_FIGURE = re.compile(rf"(?:{BARE_NUMBER.pattern}) [^\W\d_]")
"""A figure and its label on one line ("2 academic sources")."""


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


_COUNT_LABEL = re.compile(r"^(?:words|pages|word count|wordcount|length):", re.IGNORECASE)


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
_SEGMENTS = re.compile(r"\s[·|•›»>]\s|\n|(?<=[.!?])\s+(?=[^\W\d_])")
_OTHER_WORD = re.compile(r"[^\W\d_]{2,}")
_YEAR = re.compile(r"(?:19|20)\d\d")
_NUMBER_NEXT = re.compile(r"\s?[:：]?\s?\d")




def counter_parts(text: str, shape: CounterShape, windowed: bool = False) -> tuple[int | None, int | None] | None:
    """A word and/or page count in any wording ("This sample has 642 words (about 3 pages at 275
    words per page)", "📄 Pages: 3 · 📝 Words: 596", "603 Wörter (etwa 2 Seiten)"): the numbers,
    when the line says little else; None for prose that merely mentions a number."""
    if shape.any_number.search(text) is None:
        return None  # no number at all (most segments of a long record): not searched for counts
    words = pages = None
    spans: list[tuple[int, int]] = []
    used: list[tuple[int, int]] = []
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
            numbers.append(match.span("n"))
            number = _number(match.group("n"), shape.number_words)
            if match.group("w") and words is None:
                words = number
                used.append(match.span())
            elif match.group("p") and pages is None:
                pages = number
                used.append(match.span())
            spans.append(match.span())
    if words is None and pages is None or (words is not None and words < shape.min_words):
        return None
    # the other words: everywhere, or only those within a few words of the counts read (a later
    # "page 1" of a preview note widens no window)
    start, end = min(a for a, _ in used), max(b for _, b in used)
    others = [m for m in _OTHER_WORD.finditer(text) if not any(a <= m.start() < b for a, b in spans)]
    if windowed:
        others = ([m for m in others if m.end() <= start][-shape.window_words:]
                  + [m for m in others if start <= m.start() < end]
                  + [m for m in others if m.start() >= end][:shape.window_words])
    return None if len(others) > shape.max_other_words else (words, pages)


def _bare_count(text: str, shape: CounterShape) -> bool:
    """A line that is only a count of words, or of words and pages, labelled or not ("[Words: 335 |
    Pages: 2]", "335 words · 2 pages", "(367 words)"): no title, no date, no other word beside the counts."""
    if DIGIT.search(text) is None:
        return False  # most lines hold no number at all: asked before any count is looked for
    parts = counter_parts(text, shape)
    if parts is None or parts[0] is None:
        return False
    spans = [m.span() for pattern in (shape.number_unit, shape.unit_number) for m in pattern.finditer(text)]
    return not any(not any(a <= m.start() < b for a, b in spans) for m in _OTHER_WORD.finditer(text))


def _closes_the_prose(kept: list[DraftBlock]) -> bool:
    """The last block kept is a paragraph of prose, or a box's short heading right after one: a bare
    count or a table of facts right after the essay's last paragraph is the essay's own (another
    essay's count follows that essay's title on its card)."""
    content = list(itertools.islice((b for b in reversed(kept) if not isinstance(b, Removed)), 2))  # no copy of the page per block
    if content and isinstance(content[0], (Heading, Paragraph)) and text_and_words(content[0])[1] <= 4 \
            and not ends_sentence(text_and_words(content[0])[0].strip()):
        content = content[1:]  # "Sample statistics" over the table (a heading, or a line not yet read as one)
    return bool(content) and isinstance(content[0], Paragraph) and text_and_words(content[0])[1] >= 20


_TABLE_CELLS = re.compile(r"\s·\s")
DIGIT = re.compile(r"\d")
"""Any digit: a line without one states no count (asked before any count is looked for)."""


def _facts_table(text: str, rules) -> bool:  # noqa: ANN001 - Rules
    """A table of facts read as one strip of label and value cells ("Body text · 384 words · Printed ·
    2 pages at 1.5 spacing · Grade awarded · A"): short cells, none a sentence, the words and the
    pages among them."""
    cells = [c.strip() for c in _TABLE_CELLS.split(text)]
    if len(cells) < 4 or any(count_words(c) > rules.tuning.facts_strip_part_max_words or c.endswith((".", "!", "?"))
                             for c in cells):
        return False
    parts = counter_parts(text, rules.counter, windowed=True)
    return parts is not None and None not in parts


def _word_counts(text: str, shape: CounterShape) -> int:
    """How many word counts the text states: one per unit word ("2024 Words 339" is one, read both ways);
    a range asked for ("in 450-550 words") states none."""
    return len({m.start("w") for pattern in (shape.number_unit, shape.unit_number) for m in pattern.finditer(text)
                if m.group("w") and not (pattern is shape.number_unit and shape.range_before.search(text[:m.start()]))})


def _one_count(text: str, shape: CounterShape) -> bool:
    """The text states one word count: a facts box, not a list of other essays with theirs."""
    return _word_counts(text, shape) == 1


def _several_counts(text: str, shape: CounterShape) -> bool:
    """The text states several word counts: a list of other essays (or lessons) with theirs."""
    return _word_counts(text, shape) > 1


def _counter_in(text: str, shape: CounterShape, title: str | None = None,
                windowed: bool = False) -> tuple[int | None, int | None] | None:
    """The count in a line, or in one segment of a header the page glued together ("Home ›
    Essays · <the title> Document length: 6 pages / 1,420 words"; the title is not counted as
    words beside the count)."""
    if title and len(title) >= 8:
        text = re.sub(re.escape(title), " · ", text, flags=re.IGNORECASE)
    text = shape.limit_phrase.sub(" ", text)  # a task's limit ("entries were limited to 500 words") counts no essay
    return counter_parts(text, shape, windowed) or next(
        (parts for segment in _SEGMENTS.split(text) if (parts := counter_parts(segment, shape, windowed))), None)


_SENTENCE_STARTS = re.compile(r"(?<=[.!?])\s+")


def count_in_a_note(text: str, draft: Draft, naming_it: bool = False) -> tuple[int | None, int | None] | None:
    """The essay's length stated in a note about it ("It's 479 words not counting the title."), read
    near its numbers: one count only (several are other essays' or a task's limits); with
    `naming_it`, only when one of its sentences names this essay ("This essay runs to 356 words")."""
    shape = draft.rules.counter
    text = shape.hedged.sub(" ", text)  # a length asked for or guessed ("for about 500 words") is none
    if not _one_count(text, shape):
        # beside the task's length, the one sentence naming this essay with its own ("the task was a
        # 400-word opinion piece … Lachlan's piece is 334 words")
        naming = [s for s in _SENTENCE_STARTS.split(text.strip()) if names_this_text(s, shape) and _one_count(s, shape)]
        if len(naming) != 1:
            return None
        text = naming[0]
    elif naming_it and not names_this_text(text, shape):
        return None
    return _counter_in(text, shape, draft.title, windowed=True)


def _under_other_essays_label(text: str, draft: Draft) -> bool:
    """A box set aside under a label for other essays ("Featured essays", "Related essays" and their
    snippets, one with its count): the count is another essay's."""
    words = text.split()
    return any(rule.kind in OTHER_ESSAYS for n in range(2, 5) if len(words) > n
               if (rule := first_block_rule(draft.rules.blocks, " ".join(words[:n]), n)) is not None)


def names_this_text(text: str, shape: CounterShape) -> bool:
    """One of the line's sentences opens by naming this essay ("… graduates. That's the whole
    essay: 393 words across 2 pages"): its count is the page's own."""
    return shape.this_counted.search(text) is not None or any(
        shape.this_text.match(sentence) for sentence in _SENTENCE_STARTS.split(text.strip()))


def _under_a_label_naming_it(kept: list[DraftBlock], draft: Draft) -> bool:
    """The line stands under a short heading or label line that names this essay ("This essay in
    numbers", "About this essay"), or among the lines of counts read under it."""
    for block in reversed(kept):
        if isinstance(block, Removed) and block.kind == Kind.BANNER:
            continue  # the counts already read under the same heading
        if isinstance(block, (Heading, Paragraph)):
            # (a box's title is often a plain line: "About this essay" over its lines of facts)
            text, words = text_and_words(block)
            return words <= 8 and not ends_sentence(text.strip()) \
                and names_this_text(draft.rules.counter.label_preposition.sub("", text.strip()), draft.rules.counter)
        return False
    return False


def _figure_under_counts(block: DraftBlock, kept: list[DraftBlock]) -> bool:
    """A figure and its label ("2 academic sources", "6 hours from order to delivery") right after the
    counts read under a heading naming the essay: the rest of that block of numbers."""
    text = block_text(block).strip() if isinstance(block, Paragraph) else ""
    last = next((b for b in reversed(kept) if not (isinstance(b, Removed) and b.kind == Kind.METADATA)), None)
    return bool(_FIGURE.match(text)) and count_words(text) <= 8 and isinstance(last, Removed) and last.kind == Kind.BANNER


def extract_banners(draft: Draft) -> Draft:
    """Word/page banners ("591 Words3 Pages") become claimed_words/claimed_pages: the known
    layouts by the banner patterns, any other wording by the counter shape. The finder may have set
    the line aside already (beside the essay's container, under any kind): before the essay's
    first paragraph its counts are still the page's own; after it, they belong to other essays'
    cards."""
    words, pages = draft.claimed_words, draft.claimed_pages
    out: list[DraftBlock] = []
    essay_started = False
    for block in draft.blocks:
        if isinstance(block, ListBlock):
            # "Words: 220 / Pages: 1 / Subject: Health" laid out as a list: metadata, not the essay
            items = [plain_text(item).strip() for item in block.items]
            parts = [banner_parts(item, draft) for item in items]
            # …or, before the essay, a row of badges, one of them its length ("✔ Human-written" / "398 words" /
            # "Chicago author-date"): short items that end no sentence
            badges = not essay_started and all(0 < count_words(i) <= draft.rules.tuning.badge_max_words
                                               and not ends_sentence(i) for i in items)
            if badges:
                parts = [[counted] if (counted := counter_parts(i, draft.rules.counter, windowed=True)) else None for i in items]
            if any(parts) and (badges or all(p or draft.rules.label_clutter.match(i) for p, i in zip(parts, items))):
                for found_words, found_pages in (pair for p in parts if p for pair in p):
                    words = words if words is not None else found_words
                    pages = pages if pages is not None else found_pages
                out.append(removed(Kind.BANNER, " | ".join(items)))
                continue
            # a note naming this essay with its count ("¹ This sample runs to 425 words over 2 pages"),
            # in the page's list of notes: read; a list of that note alone goes
            stated = [counted for item in items if count_words(item) <= 24 and names_this_text(item, draft.rules.counter)
                      and (counted := _counter_in(item, draft.rules.counter, draft.title, windowed=True))]
            for found_words, found_pages in stated:
                words = words if words is not None else found_words
                pages = pages if pages is not None else found_pages
            if stated and len(items) == 1:
                out.append(removed(Kind.BANNER, items[0]))
                continue
        # A banner often sits beside the essay's container, so the finder already set it aside.
        # (a quote box before the essay's first paragraph holds the page's facts, not a quotation: an
        # essay quotes after its own prose has begun)
        if isinstance(block, (Paragraph, Heading)) or (isinstance(block, BlockQuote) and not essay_started) \
                or (isinstance(block, Removed) and block.kind in SET_ASIDE_WHOLE):
            text, count = text_and_words(block)
            if not essay_started:
                count = count_words(text)  # a strip's "·" and "|" are no words ("Level · … · Length · 3,460 words")
            parts = banner_parts(text, draft) if count <= 24 else None
            if parts is None and not essay_started and count <= 2 * 24:
                # a note over the essay opening on its count, a line of its own making after it ("Word
                # count: 429 (body text only). Built from essay2.adoc; the PDF is in dist/.")
                # (the rest a line too: an essay's opening paragraph goes on for longer)
                first, *rest = SENTENCE_BREAKS.split(text.strip(), maxsplit=1)
                parts = banner_parts(first, draft) if count_words(first) <= 24 and count_words(" ".join(rest)) <= 24 else None
            if parts and any(w is None or p is None for w, p in parts):
                # a known banner layout may leave one count unread ("880 words | 3 pages · …")
                counted = _counter_in(text, draft.rules.counter, draft.title, windowed=True)
                parts = [*parts, counted] if counted else parts
            if parts:
                for found_words, found_pages in parts:
                    words = words if words is not None else found_words
                    pages = pages if pages is not None else found_pages
                out.append(removed(Kind.BANNER, text))
                continue
            # after the essay's start a line with a count is another essay's card or the site's
            # tail ("Unlock all 5 pages", "Ende der Leseprobe aus 6 Seiten"): the later passes name it
            # …unless the line says it is this essay's count ("Dit betoog telt 343 woorden.", "This essay
            # is 356 words long"), wherever it stands
            names_it = count <= 24 and (names_this_text(text, draft.rules.counter) or _under_a_label_naming_it(out, draft))
            readable = (count <= 24 or isinstance(block, (Removed, BlockQuote))) and (
                not essay_started or names_it
                or (words is None and _closes_the_prose(out) and _bare_count(text, draft.rules.counter)))
            # a table of the essay's facts right after it (cells of labels and values): its counts
            table = not readable and words is None and isinstance(block, Paragraph) and _closes_the_prose(out) \
                and _facts_table(text, draft.rules)
            readable = readable or table
            # a sentence naming this essay says more than its count ("This sample runs to 425 words
            # over 2 double-spaced pages; the reference list is not counted."): only the words near
            # the counts are weighed
            counted = _counter_in(text, draft.rules.counter, draft.title,
                                  windowed=isinstance(block, (Removed, BlockQuote)) or names_it or table) if readable else None
            # a record stating several lengths is a list of other essays (a course's lessons beside
            # this one, each with its count), wherever it stands
            if counted and not (isinstance(block, Removed) and _several_counts(text, draft.rules.counter)):
                words = words if words is not None else counted[0]
                pages = pages if pages is not None else counted[1]
                out.append(removed(Kind.BANNER, text))
                continue
        # a line set aside whole that the above did not read ("Extent: 338 w. / 2 pp." after the
        # essay) is read as any other record, when it is a line and not a comment's talk
        # (the page's header above the essay, however long, holds the title and its facts: read too)
        set_aside_line = not isinstance(block, Removed) or block.kind not in SET_ASIDE_WHOLE \
            or (block.kind != Kind.COMMENTS and text_and_words(block)[1] <= 24) or (block.kind == Kind.HEADER and not essay_started)
        if isinstance(block, Removed) and words is None and block.kind not in ADVERTISING and block.kind not in OTHER_ESSAYS \
                and block.kind != Kind.FRONT_MATTER \
                and set_aside_line and (not essay_started or _one_count(block.text, draft.rules.counter)) \
                and not _under_other_essays_label(block.text, draft):
            # set aside under another kind (a promo strip, a card of metadata, a facts box in the
            # sidebar after the essay — one count, not a list of other essays' counts): read, kept
            counted = _counter_in(block.text, draft.rules.counter, draft.title, windowed=True)
            if counted and not _several_counts(block.text, draft.rules.counter):
                words, pages = counted[0], pages if pages is not None else counted[1]
        if _figure_under_counts(block, out):
            out.append(removed(Kind.METADATA, block_text(block)))
            continue
        # the essay starts at its first paragraph of prose: a long facts line read as a banner above
        # ("Paper #49532 · Length: 616 words / 3 pages · Hits: 52,909 · …") does not start it
        # (…nor does a course document's header of labelled sentences: "HIST 214: … Instructor: … Prompt: …")
        essay_started = essay_started or (isinstance(block, Paragraph) and text_and_words(block)[1] >= 20
                                          and not labelled_sentences(text_and_words(block)[0], draft.rules.tuning))
        out.append(block)
    return replace(draft, blocks=tuple(out), claimed_words=words, claimed_pages=pages)
