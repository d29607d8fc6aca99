"""Where a line stating a count stands says whose count it is: right after the essay's last paragraph (or its
reference list), a field of its record, a label naming this essay over it, the writer's note closing the text
(the banner pass, banners.py, asks these of each line after the essay's start)."""

from __future__ import annotations

import itertools
import re

from ..model import DraftBlock, Heading, Paragraph, Removed, count_words
from ..regexes import compile_regex
from ..signals import LABELLED, Kind, ends_sentence
from ..tuning import Tuning
from .counters import counter_parts, names_this_text, several_counts
from .draft import Draft, text_and_words
from .entries import entries_block

_BRACKETED_ASIDE = compile_regex(r"^\[[^\[\]]{3,200}\]$")


def closes_the_prose(kept: list[DraftBlock], tuning: Tuning) -> bool:
    """The last block kept is a paragraph of prose, or a box's short heading right after one: a bare
    count or a table of facts right after the essay's last paragraph is the essay's own (another
    essay's count follows that essay's title on its card). The essay's reference list under its prose is
    the essay's too ("… / Works Cited / entries / 📝 365 words")."""
    content = list(itertools.islice((b for b in reversed(kept) if not isinstance(b, Removed)), _LIST_LOOK_BACK))  # no copy of the page per block
    entries = list(itertools.takewhile(lambda b: entries_block(b, tuning), content))
    if entries and len(content) > len(entries) + 1 and isinstance(content[len(entries)], Heading):
        content = content[len(entries) + 1:]  # (the list and its heading)
    if content and isinstance(content[0], (Heading, Paragraph)) and text_and_words(content[0])[1] <= 4 \
            and not ends_sentence(text_and_words(content[0])[0].strip()):
        content = content[1:]  # "Sample statistics" over the table (a heading, or a line not yet read as one)
    if content and isinstance(content[0], Paragraph) and _BRACKETED_ASIDE.match(text_and_words(content[0])[0].strip()):
        content = content[1:]  # the writer's aside in square brackets ("[Part 2 comes as a separate post …]")
    return bool(content) and isinstance(content[0], Paragraph) and text_and_words(content[0])[1] >= 20


_LIST_LOOK_BACK = 8
"""How many blocks back from a count line the essay's last paragraph is looked for, over a reference list
(a list of entries, or an entry a paragraph each)."""


def a_records_field(text: str, kept: list[DraftBlock]) -> bool:
    """A labelled line right under another ("Writer: Leila N." / "Length: 573 words (roughly 3 pages)"): a
    field of the essay's record, which states its count however much of the page came before."""
    above = next((b for b in reversed(kept) if not isinstance(b, Removed)), None)
    return LABELLED.match(text.strip()) is not None and isinstance(above, Paragraph) \
        and LABELLED.match(text_and_words(above)[0].strip()) is not None and text_and_words(above)[1] <= 12


def closes_the_text(text: str, last: bool) -> bool:
    """A labelled line closing the whole text (`last`: no paragraph, heading or list after it), after the
    essay's references ("Word count, title and references aside: 539"): the writer's record of the essay."""
    return last and _CLOSING_FIELD.match(text.strip()) is not None


def over_the_prose(text: str, blocks: tuple[DraftBlock, ...], position: int, draft: Draft) -> bool:
    """A labelled count alone on its line right over a paragraph of prose ("Text length: 423 words" between the
    byline and the essay's opening): the essay's own length, wherever the page's introduction made the essay start."""
    following = next((b for b in blocks[position + 1:] if not isinstance(b, Removed)), None)
    return LABELLED.match(text.strip()) is not None and count_words(text) <= draft.rules.tuning.badge_max_words and isinstance(following, Paragraph) \
        and text_and_words(following)[1] >= draft.rules.tuning.cut_fragment_min_words * 2


_CLOSING_FIELD = compile_regex(r"^[^\W\d_][^:]{0,60}:\s?\S{1,20}$")
"""A label, its remark after a comma or not, and a short value: "Word count, title and references aside: 539"."""


def under_a_label_naming_it(kept: list[DraftBlock], draft: Draft) -> bool:
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


POSTED_WITH_ITS_COUNT = compile_regex(r"(?:posted|written|filed|submitted) by\s(?=.{0,160}\d\s?words?\b|.{0,160}\bword (?:count|tally|total)\b)", re.I)
"""A weblog's line under its entry, the entry's count beside who posted it ("Posted by … at 07:17 PM (569 words) |
Comments (0)", "… | word tally 418 | …"): this entry's count, after the text."""


LENGTH_FIELD = compile_regex(r"(?:length|word count)\s?:\s?\d[\d,]*\s?words?\b", re.I)
"""The entry's length as its footer's first field ("Length: 397 words. Hits: 778"), after the text."""


def opens_on_its_count(sentence: str, draft: Draft) -> list[tuple[int | None, int | None]] | None:
    """A sentence opening on a count, then saying what it counted ("432 words of body text, headings
    included; the title and footnotes are not counted."): its count, read near its number."""
    if draft.rules.counter.number_unit.match(sentence) is None:
        return None
    counted = counter_parts(sentence, draft.rules.counter, windowed=True)
    return [counted] if counted else None


_IN_BRACKETS = compile_regex(r"^[\[(](?P<inside>[^\[\]()]+)[\])]$")


_TRAILING_REMARK = compile_regex(r"\s*\([^()]*\)$")
"""A remark in brackets closing a line ("(title not counted)"): no end of a sentence."""


def writers_count_note(text: str, kept: list[DraftBlock], draft: Draft) -> bool:
    """The writer's note of the essay's length after it, opening on the count: a line wholly in brackets ("[560
    words, for the newsletter if Morag wants it]", "(418 words, notes not counted)"), or a short line right after
    the last paragraph that ends no sentence ("452 words not including bibliography", "Total: 577 words (title not
    counted)"). Another essay's card names that essay first."""
    stripped = text.strip()
    bracketed = _IN_BRACKETS.match(stripped)
    line = bracketed.group("inside").strip() if bracketed else stripped
    label, colon, value = line.partition(":")
    if colon and all(draft.rules.counter.counting_word.match(word) or word.casefold() in ("word", "words")
                     for word in label.split()) and label.strip():
        line = value.strip()  # (its count under a counting word: "Total: 577 words (title not counted)")
    if opens_on_its_count(line, draft) is None or several_counts(line, draft.rules.counter):
        return False
    return bracketed is not None or (closes_the_prose(kept, draft.rules.tuning) and count_words(line) <= draft.rules.tuning.badge_max_words
                                     and not ends_sentence(_TRAILING_REMARK.sub("", line)))
