"""Page furniture in lines of text: page numbers, running heads (a line recurring with a changing
number), dotted contents lines, and the rule above a page's footnotes. Set aside where it stood, so
that a header falling inside a paragraph does not split it."""

from __future__ import annotations

import re
from collections import Counter

from ..model import Removed, count_words
from ..regexes import compile_regex
from ..rules import Rules
from ..signals import (
    BRACKETED_NOTE_START,
    BULLET_LINE,
    LABEL_REMARK,
    PLAIN_NOTE_START,
    TYPED_RULE,
    WEB_ADDRESS,
    Kind,
    ends_sentence,
)

_PAGE_NUMBER = compile_regex(r"^(?:page\s*)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?$|^[-‐–]\s*\d{1,4}\s*[-‐–]$", re.I)
_LABEL = compile_regex(r"^[^\W\d][\w ]{0,24}:$")
_COLUMNS = compile_regex(r"\S {4,}\S")
_NUMBERED_AT_THE_END = compile_regex(r"\s(?:page|p\.|pg\.?)\s?\d{1,4}$", re.I)
"""A line ending on its page's number, named so: "… Page 2"."""
_DOT_LEADER = compile_regex(r"^.{2,}?(?:\s?\.){4,}\s*\d{1,4}$")


def _is_page_furniture(line: str, key_counts: Counter[str], values: dict[str, set[str]]) -> str | None:
    """Why a line is a page artefact rather than essay text, or None."""
    stripped = line.strip()
    if _PAGE_NUMBER.match(stripped):
        return Kind.PAGE_NUMBER
    if _DOT_LEADER.match(stripped):
        return Kind.CONTENTS_LINE
    key = re.sub(r"\d+", "#", stripped)
    if count_words(stripped) <= 8 and len(stripped) <= 70:
        # A running header repeats on every page ("Goode 2", "Goode 3"): the same words with a
        # changing number, or the very same short line three times and more.
        # (words, not just a number: "1995." twice is the end of two wrapped reference entries)
        if "#" in key and re.search(r"[^\W\d_]", key) and key_counts[key] >= 2 and len(values[key]) >= 2:
            return Kind.RUNNING_HEADER
        if key_counts[key] >= 3 and not BULLET_LINE.match(stripped):
            return Kind.RUNNING_HEADER
    # a browser's print header or footer: set in columns (the date left, the page's title right; the
    # address left, "1/2" right), as long as it likes, on every printed page
    if key_counts[key] >= 2 and _COLUMNS.search(line) and len(stripped) <= 240:
        return Kind.RUNNING_HEADER
    # a printing tool's page header, however long: the same line on each page but for its page number at
    # its end ("2025-02-16 19:42  W. Tillotson - HIST 105 - Essay 2  Page 2", as `pr` heads its pages)
    if key_counts[key] >= 2 and len(values[key]) >= 2 and _NUMBERED_AT_THE_END.search(stripped) and len(stripped) <= 240:
        return Kind.RUNNING_HEADER
    return None


def _repeats(lines: list[str]) -> tuple[Counter[str], dict[str, set[str]]]:
    """How often each line recurs with its numbers masked, and the texts it recurs as: running heads
    ("Goode 2", "Goode 3") recur with a changing number."""
    key_counts: Counter[str] = Counter()
    values: dict[str, set[str]] = {}
    for line in (line.strip() for line in lines):
        if line:
            key = re.sub(r"\d+", "#", line)
            key_counts[key] += 1
            values.setdefault(key, set()).add(line)
    return key_counts, values


def set_aside_furniture(lines: list[str], rules: Rules) -> tuple[list[str], list[tuple[int, Removed]], list[str]]:
    """Page numbers, running heads and contents lines out of the flow (recorded where they stood, so a
    header inside a paragraph does not split it); footnotes under a rule kept apart for the end."""
    key_counts, values = _repeats(lines)
    by_page_number = _beside_page_numbers(lines)
    furniture: list[tuple[int, Removed]] = []
    kept: list[str] = []
    notes: list[str] = []
    previous = ""
    in_notes = False
    last_rule: int | None = None  # where the last rule stood among the kept lines
    kept_since_furniture = False  # a line of text kept since the last line set aside
    reasons = _with_lines_beside_heads(lines, [
        (_is_page_furniture(line, key_counts, values) if line.strip() else None)
        or (Kind.RUNNING_HEADER if position in by_page_number and _page_edge_line(line, key_counts) else None)
        for position, line in enumerate(lines)], key_counts, values)  # (a footer or header printed beside the page's number)
    for position, line in enumerate(lines):
        reason = reasons[position]
        if reason == Kind.PAGE_NUMBER and (_LABEL.match(previous) or previous.lower() in rules.label_names
                                           or rules.counter.unit_number.search(f"{LABEL_REMARK.sub('', previous)}: {line.strip()}")):
            reason = None  # "Words:" / "2704", "Words in my essay (not the title)" / "390": a label's value, not a page number
        previous = line.strip() or previous
        if TYPED_RULE.match(line.strip()):
            # the rule above a page's footnotes: the notes go to the end, the text flows on; a title block's
            # rule over the text (as LaTeX's `\maketitle` is dumped: a few short lines above it, no note
            # under it) only separates
            following = next((later.strip() for later in lines[position + 1:] if later.strip()), "")
            # (…nor does a rule closing a box drawn round a few short lines: a post's header, its title and count)
            boxed = last_rule is not None and 0 < len(kept) - last_rule <= _BOX_MAX_LINES \
                and all(count_words(line) <= _BOX_LINE_MAX_WORDS for line in kept[last_rule:]) or _opens_a_box(lines, position)
            last_rule = len(kept)
            # (a rule right under the page's running head underlines the head: the page's text follows it)
            under_the_head = bool(furniture) and furniture[-1][0] == len(kept) and furniture[-1][1].kind == Kind.RUNNING_HEADER \
                and not kept_since_furniture
            in_notes = PLAIN_NOTE_START.match(following) is not None or BRACKETED_NOTE_START.match(following) is not None \
                or not boxed and not under_the_head and sum(count_words(above) for above in kept) >= rules.tuning.dump_head_prose_words
            furniture.append((len(kept), Removed(Kind.FOOTNOTE_RULE if in_notes else Kind.RULE, line.strip())))
            kept_since_furniture = False
            if not in_notes and kept and kept[-1].strip():
                kept.append("")  # a drawn rule ends the lines above it: a title boxed by rules is a line of its own
            continue
        if in_notes and not reason:
            if line.strip() or notes and notes[-1]:
                notes.append(line.strip())  # (a blank line kept once: it parts notes that carry no number)
            continue
        in_notes = False
        if reason:
            furniture.append((len(kept), Removed(reason, line.strip())))
            kept_since_furniture = False
            continue
        kept_since_furniture = kept_since_furniture or bool(line.strip())
        kept.append(line)
    return kept, furniture, notes


def _opens_a_box(lines: list[str], position: int) -> bool:
    """A rule with another a few short lines below it: the top of a box drawn round them."""
    below = [line for line in lines[position + 1:position + 2 * _BOX_MAX_LINES] if line.strip()][:_BOX_MAX_LINES + 1]
    closing = next((at for at, line in enumerate(below) if TYPED_RULE.match(line.strip())), None)
    return closing is not None and closing > 0 and all(count_words(line) <= _BOX_LINE_MAX_WORDS for line in below[:closing])


_BOX_MAX_LINES = 6
_BOX_LINE_MAX_WORDS = 12
"""A box drawn with two rules round a post's header holds a few short lines (title, course, count)."""
_EDGE_DISTANCE = 2
"""A page's header and footer stand within two lines of its number."""
_STRIP_WITH_A_NUMBER = compile_regex(r"\S\s[·|]\s\S.*\d|\d.*\S\s[·|]\s\S")


_PAGE_MARKER = compile_regex(r"^(?:page\s*\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?|\d{1,4}\s*(?:/|of)\s*\d{1,4}|[-‐–]\s*\d{1,4}\s*[-‐–])$", re.I)
"""A page's number that says it is one ("Page 1 of 2", "3 / 8", "- 4 -", roff's "‐4‐"), not a bare number (code, a table)."""


def _beside_page_numbers(lines: list[str]) -> set[int]:
    """Lines within `_EDGE_DISTANCE` filled lines of a page marker ("Page 1 of 2")."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    near: set[int] = set()
    for rank, index in enumerate(filled):
        if _PAGE_MARKER.match(lines[index].strip()):
            near.update(filled[max(0, rank - _EDGE_DISTANCE):rank + _EDGE_DISTANCE + 1])
    return near


_BESIDE_HEADS_MAX_WORDS = 25
_LETTER_WORDS = compile_regex(r"[^\W\d_]{2,}")


def _with_lines_beside_heads(lines: list[str], reasons: list[str | None], key_counts: Counter[str],
                             values: dict[str, set[str]]) -> list[str | None]:
    """The reasons, with the lines printed again on every sheet beside its running head: a line recurring (its
    numbers masked) whose every showing stands right next to a running head (the filled line above or below) or
    closes the text ("LAUREL HEIGHTS … -- PEER REVIEW COPY" over the sheet's header fields, "Cite line numbers in your
    comments (e.g. "p1 l.12") …" under its last line), found again from the heads found so."""
    reasons = list(reasons)
    filled = [i for i, line in enumerate(lines) if line.strip()]
    at = {position: order for order, position in enumerate(filled)}
    keys = {i: re.sub(r"\d+", "#", lines[i].strip()) for i in filled}
    showings: dict[str, list[int]] = {}
    for i in filled:
        showings.setdefault(keys[i], []).append(i)
    promoted: set[int] = set()
    for _ in range(2):  # (a head found beside a head: a line beside it is found on the second round)
        # (a sheet's head of words, set in columns or numbering its sheet: a breadcrumb's "›" or a code example's
        # "Host: 3pp.io" recurring as it stands is no sheet's head)
        heads = {at[i] for i in filled if reasons[i] == Kind.RUNNING_HEADER and len(_LETTER_WORDS.findall(lines[i])) >= 2
                 and (_COLUMNS.search(lines[i]) is not None or len(values.get(keys[i], ())) >= 2)} | promoted

        def beside(i: int) -> bool:
            return at[i] - 1 in heads or at[i] + 1 in heads or at[i] + 1 == len(filled)

        def apart(i: int) -> bool:  # no line of text run on above or below it: not a wrapped line of a paragraph
            return all(not (0 <= j < len(lines)) or not lines[j].strip() or reasons[j] is not None for j in (i - 1, i + 1))

        for i in filled:
            if reasons[i] is None and key_counts[keys[i]] >= 2 and count_words(lines[i]) <= _BESIDE_HEADS_MAX_WORDS \
                    and len(_LETTER_WORDS.findall(lines[i])) >= 2 \
                    and all(beside(j) and apart(j) for j in showings[keys[i]]):
                reasons[i] = Kind.RUNNING_HEADER
                promoted.add(at[i])  # (and is a head the next round's lines may stand beside)
    return reasons


def _page_edge_line(line: str, key_counts: Counter[str]) -> bool:
    """Beside a page's number, a line printed on every page ("Shared on Docuvale for study purposes ·
    docuvale.com/…", twice in a two-page document), or a short strip of facts with a number ("Island
    tourism · candidate 4417"): the document's running footer or header, not its text."""
    stripped = line.strip()
    if len(stripped) > 120 or count_words(stripped) > 14 or len(re.findall(r"[^\W\d_]{2,}", stripped)) < 2:
        return False
    return key_counts[re.sub(r"\d+", "#", stripped)] >= 2 or (count_words(stripped) <= 8 and _STRIP_WITH_A_NUMBER.search(stripped) is not None)


def rejoin_across_page_breaks(groups: list[tuple[int, list[str]]], breaks: list[int],
                              rules_drawn: set[int] = frozenset()) -> list[tuple[int, list[str]]]:
    """A paragraph that runs over a page break is split by the blank lines around the running
    header; join it again when the sentence visibly goes on ("…across the" / "continuing…"). A rule
    drawn under a single line (`rules_drawn`: where rules stood) boxes that line: it is no break."""
    out: list[tuple[int, list[str]]] = []
    for start, lines in groups:
        if out:
            previous_start, previous = out[-1]
            crossed = any(previous_start + len(previous) <= b <= start and not (b in rules_drawn and len(previous) == 1)
                          for b in breaks)
            if crossed and _sentence_goes_on(previous[-1], lines[0]):
                out[-1] = (previous_start, previous + lines)
                continue
        out.append((start, lines))
    return out


def _sentence_goes_on(last_line: str, next_line: str) -> bool:
    """The line after a break visibly carries on the sentence before it: that one unended, this one
    opening with a lower-case word — not with a web address ("eGroups.com home: …") nor after one (a
    line ending in an address is a link printed under its label, ended as it stands)."""
    last_word = last_line.split()[-1] if last_line.split() else ""
    first_word = next_line.split()[0] if next_line.split() else ""
    return not ends_sentence(last_line.rstrip()) and first_word[:1].islower() \
        and not WEB_ADDRESS.fullmatch(first_word.rstrip(":,;")) and not WEB_ADDRESS.fullmatch(last_word.rstrip(":,;"))
