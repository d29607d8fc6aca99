"""A text's lines as they were printed, before anything reads them as blocks: line ends of every
system, page breaks (one inside a running sentence is a wrap), the rules a text browser draws,
tab-separated rows, tables drawn in spaces, and copies of double-spaced pages read single-spaced."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import count_words
from ..regexes import compile_regex
from ..signals import BRACKETED_NOTE_START, DATE_IN_LINE, PLAIN_NOTE_START, ends_sentence
from ..tuning import Tuning
from .tables import aligned_rows, pipe_tables, simple_tables, tab_row

# a rule a text browser draws between boxes ("────", "════"): a break, not text (an underscore or
# hyphen rule, or one over a numbered note, is left to the furniture reader: it may open the footnotes)
_RULE_LINE = compile_regex(r"^\s*(?:[─━═]\s*){8,}$")


_UNDERLINE = compile_regex(r"^\s*(?:(=)|-)(?:\1|-){2,}\s*$")
_UNDERLINED_MAX_WORDS = 14
"""A heading underlined with "-----" or "=====" (Markdown's setext heading, a plain-text post's) is a line."""


_BOX_TOP = compile_regex(r"^\s*[╔┌┏╭][═─━]{3,}[╗┐┓╮]\s*$")
_BOX_SIDES = compile_regex(r"^\s*[║│┃](?P<inside>.*?)[║│┃]\s*$")
_BOX_BOTTOM = compile_regex(r"^\s*[╚└┗╰][═─━]{3,}[╝┘┛╯]\s*$")
_QUOTE_BAR = compile_regex(r"^\s*[▌▍▎▏┃] ?")
"""A terminal's drawing of a quotation: a bar down its left side ("▌ I had the story, bit by bit, …")."""
_QUOTE_INDENT = " " * 8


def _drawn_boxes(lines: list[str]) -> list[str]:
    """Text a terminal renderer drew in boxes and bars (Rich, a Markdown pager): a line of text framed in a box
    ("╔═══╗" / "║ Snowbound ║" / "╚═══╝") is a heading, as the Markdown it was rendered from had it; a box
    of several lines is its lines; a bar down the left is a quotation's, read as a quotation set in."""
    out: list[str] = []
    at = 0
    while at < len(lines):
        end = at + 1
        while _BOX_TOP.match(lines[at]) and end < len(lines) and _BOX_SIDES.match(lines[end]):
            end += 1
        if end > at + 1 and end < len(lines) and _BOX_BOTTOM.match(lines[end]):
            inside = [found.group("inside").strip() for line in lines[at + 1:end] if (found := _BOX_SIDES.match(line))]
            shown = [line for line in inside if line]
            heading = len(shown) == 1 and count_words(shown[0]) <= _UNDERLINED_MAX_WORDS and not ends_sentence(shown[0])
            out.extend(["", f"# {shown[0]}", ""] if heading else ["", *inside, ""])
            at = end + 1
            continue
        # (the bar's quotation set in from the text, as a quotation indented is read)
        out.append(_QUOTE_BAR.sub(_QUOTE_INDENT, lines[at], count=1) if _QUOTE_BAR.match(lines[at]) else lines[at])
        at += 1
    return out


def _underlined_headings(lines: list[str]) -> list[str]:
    """A short line standing alone, underlined by a rule of about its length ("Before the trouble" /
    "------------------"): a heading, written as Markdown writes one so the line reader reads it so; the
    underline is no rule of the page (a rule under prose would open its footnotes)."""
    out = list(lines)
    for at in range(1, len(lines)):
        rule = _UNDERLINE.match(lines[at])
        heading = lines[at - 1].strip()
        if rule and heading and (at < 2 or not lines[at - 2].strip()) and count_words(heading) <= _UNDERLINED_MAX_WORDS \
                and not ends_sentence(heading) and 0.5 * len(heading) <= len(lines[at].strip()) <= 1.5 * len(heading) + 2:
            out[at - 1], out[at] = f"{'#' if rule.group(1) else '##'} {heading}", ""
    return out


def _over_notes(lines: list[str], position: int) -> bool:
    """A drawn rule over a numbered note is a page's footnote rule, as roff prints it ("────" / "1 Some
    towns …"): left to the furniture reader, which sets the notes apart."""
    following = next((line.strip() for line in lines[position + 1:position + 4] if line.strip()), "")
    return PLAIN_NOTE_START.match(following) is not None or BRACKETED_NOTE_START.match(following) is not None


_PAGE_BREAK_IN_A_SENTENCE = compile_regex(r"(?<=[^\s.!?:;\"”’)\]])[ \t]*\n?\f(?=[a-zß-ÿ])")


def printed_lines(text: str, tuning: Tuning, dump: bool = False) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # a page break in a running sentence (no running header after it: the text goes on in lower case)
    # is a line's wrap; any other is a break between blocks
    if "\f" in text:
        text = _PAGE_BREAK_IN_A_SENTENCE.sub("\n", text).replace("\f", "\n\n")
    split = _without_line_numbers(_without_an_editors_gutter(text.split("\n")))
    lines = ["" if _RULE_LINE.match(line) and not _over_notes(split, position)
             else tab_row(line) if count_words(line) <= tuning.cta_max_words else line
             for position, line in enumerate(split)]
    lines = _underlined_headings(_drawn_boxes(lines))
    # a whole dump's tables drawn in spaces are rows of facts; a <pre> or a PDF's text layer sets
    # code, a program's help and verse in columns, which stay as they are
    tables = aligned_rows(simple_tables(pipe_tables(lines))) if dump else lines
    return _undouble([line.expandtabs(4).rstrip() for line in tables], tuning)


_NUMBERED_LINE = compile_regex(r"^(\s*)(\d{1,4})(?:\s{2,}|\t)(?=\S)")
_LINE_NUMBERS_MIN = 10
"""A gutter of line numbers numbers this many lines at least (a short list of numbered items is no gutter)..."""
_LINE_NUMBERS_SHARE = 0.6
"""…and this share of the text's lines, each the line before's number plus one, or 1 again on a new sheet."""


def _without_line_numbers(lines: list[str]) -> list[str]:
    """A text printed with its lines numbered (`nl`, a peer-review copy, a source listing: "  12  the business
    world is the man who gets ahead"): the numbers made spaces, so the lines join into paragraphs again. The
    numbers count the lines one by one (starting again at 1 on a new sheet) and most numbered lines end
    mid-sentence; a list numbered "1  Flour" down a recipe is left alone."""
    numbered = [(position, found) for position, line in enumerate(lines) if (found := _NUMBERED_LINE.match(line))]
    filled = sum(1 for line in lines if line.strip())
    if len(numbered) < _LINE_NUMBERS_MIN or len(numbered) < _LINE_NUMBERS_SHARE * filled:
        return lines
    numbers = [int(found.group(2)) for _, found in numbered]
    counted = sum(1 for a, b in zip(numbers, numbers[1:]) if b in (a + 1, 1))
    wrapped = sum(1 for position, _ in numbered if not ends_sentence(lines[position].strip()))
    if counted < 0.9 * (len(numbers) - 1) or wrapped < 0.5 * len(numbered):
        return lines
    out = list(lines)
    for position, found in numbered:
        out[position] = " " * found.end() + lines[position][found.end():]
    return out


_GUTTER_NUMBER = compile_regex(r"^( *)(\d{1,5})(?: |$)")
_PAST_THE_END = "~"


def _without_an_editors_gutter(lines: list[str]) -> list[str]:
    """A screen of a text editor showing its line numbers (Vim's `:set number`, a terminal capture of it): each
    of the file's lines numbered in a gutter of fixed width, right-aligned ("  3 Marjane Satrapi's …"), its
    wrapped rows indented to the same column, and an empty line's number alone. The gutter goes, so the rows
    join into paragraphs again; the "~" rows the editor draws past the file's end go too."""
    numbered = [(position, found) for position, line in enumerate(lines) if (found := _GUTTER_NUMBER.match(line))]
    if len(numbered) < _LINE_NUMBERS_MIN:
        return lines
    column = numbered[0][1].end(2)
    numbers = [int(found.group(2)) for _, found in numbered]
    if any(found.end(2) != column for _, found in numbered) \
            or sum(1 for a, b in zip(numbers, numbers[1:]) if b == a + 1) < 0.9 * (len(numbers) - 1):
        return lines
    at = {position for position, _ in numbered}
    end = max(at) + 1  # (under the file's last line: the "~" rows, then the editor's message line)
    while end < len(lines) and lines[end].startswith(" " * (column + 1)) and lines[end].strip():
        end += 1  # (the last line's wrapped rows)
    rows = [line for position, line in enumerate(lines[:end]) if position not in at and line.strip()]
    if any(not line.startswith(" " * (column + 1)) for line in rows):
        return lines  # (a row outside the gutter: a numbered list in a text, not an editor's screen)
    return [line[column + 1:] for line in lines[:end]] + [line for line in lines[end:] if line.strip() != _PAST_THE_END]


def _undouble(lines: list[str], tuning: Tuning) -> list[str]:
    """Text copied from a double-spaced page: a blank line after every wrapped line, so that each
    printed line would read as a paragraph. When (nearly) every gap between lines is one blank
    line and the lines are wrapped (a common width, most ending mid-sentence), the single blank
    lines are line spacing, not paragraph breaks: they go, and a wider gap stays as one break.
    A dump of whole paragraphs separated by blank lines ends its lines in full stops: untouched."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if len(filled) < tuning.double_spaced_min_lines:
        return lines
    gaps = [b - a - 1 for a, b in zip(filled, filled[1:])]
    share = tuning.double_spaced_share if 0 in gaps else tuning.double_spaced_share_untouched
    if sum(gap == 1 for gap in gaps) < share * len(gaps):
        return lines
    printed = [lines[i] for i in filled]
    if wrap_width(printed) is None or sum(not ends_sentence(line) for line in printed) < 0.5 * len(printed):
        return lines
    out = [printed[0]]
    for gap, line in zip(gaps, printed[1:]):
        if gap >= 2:
            out.append("")
        out.append(line)
    return out


def wrap_width(lines: list[str]) -> int | None:
    """The fixed width the text was wrapped at, or None when lines are whole paragraphs."""
    long_lines = [len(line) for line in lines if len(line.strip()) > 25]
    if len(long_lines) < 5:
        return None
    width = sorted(long_lines)[int(len(long_lines) * 0.9) - 1]
    if width > 130:
        return None
    near = sum(1 for n in long_lines if n >= width * 0.7)
    return width if near >= len(long_lines) * 0.5 else None


_HEADING_BLOCK_LINES = (3, 9)
"""A student's heading block over the title: name, course, teacher, date (and perhaps its length), a line each."""


def heading_block_over_title(groups: list[tuple[int, list[str]]], tuning: Tuning,
                             title_like: Callable[[str, Tuning], bool]) -> int | None:
    """The text opens with a block of short lines, one of them dated ("Essay 2, due 17 February 2025"), set
    apart from the one title-like line under it (a double-spaced copy's heading block over its title, its
    lines in groups of one or two): how many groups the block takes (the title is the next). None when the
    text does not open so."""
    taken = 0
    lines: list[str] = []
    while taken < len(groups) and _block_lines(groups[taken][1], tuning) and len(lines) < _HEADING_BLOCK_LINES[1]:
        lines.extend(line.strip() for line in groups[taken][1])
        if any(DATE_IN_LINE.search(line) or _TERM.search(line) for line in lines) and taken + 2 < len(groups) \
                and len(groups[taken + 1][1]) == 1 and title_like(groups[taken + 1][1][0].strip(), tuning) \
                and len(lines) >= _HEADING_BLOCK_LINES[0] and _prose(groups[taken + 2][1]) and _set_apart(groups, taken + 1):
            return taken + 1
        taken += 1
    return None


def _block_lines(group: list[str], tuning: Tuning) -> bool:
    """A group of a heading block's lines: one or two (a double-spaced copy's), or up to four short ones set
    close (a single-spaced copy's "CS 195: …" / "Paper 2 - Fall 1996" / its writer's name)."""
    most = tuning.title_line_max_words if len(group) <= 2 else _SHORT_BLOCK_LINE_WORDS
    return len(group) <= _BLOCK_GROUP_LINES and all(0 < count_words(line) <= most for line in group)


_BLOCK_GROUP_LINES = 4
_SHORT_BLOCK_LINE_WORDS = 8
_TERM = compile_regex(r"\b(?:spring|summer|fall|autumn|winter|michaelmas|hilary|trinity|lent)(?: (?:term|semester|quarter))?,? (?:19|20)\d\d\b",
                      re.IGNORECASE)
"""A school term and its year ("Fall 1996", "Spring semester 2003"): how a paper's heading block dates it."""


def _prose(lines: list[str]) -> bool:
    """Lines of the text's prose: a paragraph wrapped over three lines or more, or one long line (a word
    processor's paragraph saved as plain text)."""
    return len(lines) > 2 or count_words(" ".join(lines)) >= _PROSE_LINE_MIN_WORDS


_PROSE_LINE_MIN_WORDS = 40


def _set_apart(groups: list[tuple[int, list[str]]], at: int) -> bool:
    """The group stands apart from those either side of it, a blank line between, or indented as a centred
    title is while the block's lines start at the margin (a title line set above its text; a line running
    straight on from the block over it at the same margin is the block's, as a single-spaced copy has it)."""
    before_end = groups[at - 1][0] + len(groups[at - 1][1])
    blank_lines = groups[at][0] > before_end and groups[at + 1][0] > groups[at][0] + len(groups[at][1])
    line = groups[at][1][0]
    indented = len(line) - len(line.lstrip()) >= _CENTRED_INDENT \
        and all(not above[:1].isspace() for _, lines in groups[:at] for above in lines)
    return blank_lines or indented


_CENTRED_INDENT = 4
"""A title centred over text set at the margin stands several spaces in."""
