"""The line reader: lines of text as a copy-paste or a PDF gives them (a text dump, or inside an HTML
page a `<pre>`, `<br>`-per-line text or a PDF text layer) → blocks, in named steps: page furniture
(page numbers, running heads, contents lines, footnotes under a rule) set aside where it stood; lines
grouped into paragraphs (hard-wrapped text re-joined, hyphenation undone where the text's own
vocabulary says so, double-spaced copies read as single-spaced); paragraphs split by a page break
joined again; lists, quoted verse and indented quotes recognised."""

from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import median

from ..languages import function_words, hyphen_prefixes
from ..model import BlockQuote, DraftBlock, Heading, ListBlock, Removed, Text, count_words, normalize, paragraph
from ..regexes import compile_regex
from ..rules import Rules, clutter_kind
from ..signals import BULLET_LINE, MARKDOWN_HEADING, PLAIN_NOTE_START, SENTENCE_INSIDE, Kind, ends_sentence, line_shape
from ..tuning import Tuning
from .furniture import rejoin_across_page_breaks, set_aside_furniture
from .markdown import EMPHASIS_HEADING
from .printed import printed_lines, wrap_width
from .sentence_lines import SECTION_SIGN, next_sentence, one_sentence_per_line, without_citation_key
from .verse_lines import verse_runs

# a letter followed by another capital initial is a name ("T. S. Eliot", "J. R. R. Tolkien"), not an item
_NUMBERED = compile_regex(r"^\s*(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]\s+(?!(?-i:[A-Z])\.\s)(?P<rest>.+)$", re.I)
_HYPHEN_END = compile_regex(r"(\w+)[-‐]$")
"""A word broken at a line's end by a hyphen, ASCII or the typographic one roff prints (U+2010)."""


_SMALL_WORDS = function_words()  # data/languages.toml: "of", "de", "der"… in every language read


def title_like(line: str, tuning: Tuning) -> bool:
    """A short capitalised line with no end punctuation: a title or heading, never a wrapped line."""
    shape = line_shape(line, _SMALL_WORDS)
    # ending on a function word: "…Nova Scotia, has the", a sentence running on
    return (0 < len(shape.words) <= tuning.title_line_max_words and not shape.ends_like_prose and not shape.ends_on_function_word
            and shape.significant > 0 and shape.capitalised_share >= tuning.title_line_capitalised_share)


def _join_hyphenated(left: str, right: str, vocabulary: set[str]) -> str:
    match = _HYPHEN_END.search(left)
    if not match or not right[:1].islower():
        return f"{left} {right}"
    head = match.group(1)
    tail_word = tail.group(0) if (tail := re.match(r"\w+", right)) else ""
    whole = (head + tail_word).lower()
    hyphenated = f"{head}-{tail_word}".lower()
    if hyphenated in vocabulary or head.lower() in hyphen_prefixes() and whole not in vocabulary:
        return left + right
    return left[:-1] + right


def _hanging(previous: str, line: str, tuning: Tuning) -> bool:
    """A hanging indent: an entry that does not end its sentence, then an indented line that
    carries it on ("…Knopf," / "     1995.") — how reference lists are printed."""
    deeper = (len(line) - len(line.lstrip())) - (len(previous) - len(previous.lstrip())) >= 3
    return (deeper and not ends_sentence(previous.rstrip()) and bool(line.strip())
            and not title_like(previous.strip(), tuning))  # a title, then a first-line-indented paragraph


def _heading_shaped(line: str, tuning: Tuning) -> bool:
    shape = line_shape(line, _SMALL_WORDS)
    return (0 < len(shape.words) <= tuning.heading_max_words and shape.starts_upper and not shape.ends_like_prose
            and not shape.ends_on_function_word)


_UNWRAPPED_SHARE = 1.5
"""A line half as long again as the text's wrap width is no wrapped line of its paragraph ("changelog: 2021-02-19
fixed a date in the part about …; 2021-02-13 first posted" under a text wrapped at 66 characters)."""


def _joins(previous: str, line: str, width: int | None, tuning: Tuning) -> bool:
    """Whether `line` continues the paragraph whose last line is `previous`."""
    prev = previous.rstrip()
    if BULLET_LINE.match(line) or (_NUMBERED.match(line) and ends_sentence(prev)):
        return False
    if (prev.split()[-1].casefold() in function_words() or prev.endswith(":") and line.lstrip()[:1].islower()) \
            and title_like(joined := f"{prev} {line.strip()}", tuning) and not SENTENCE_INSIDE.search(joined):
        return True  # a title wrapped after "and the", a headline's "…Award 2025:" / "the winner"
    if title_like(prev, tuning) and not (width and len(prev) >= width * tuning.title_line_max_width_share):
        return False
    if _HYPHEN_END.search(prev) and line.lstrip()[:1].islower():
        return True
    if width is None:
        # Whole-paragraph lines: only a sentence broken in the middle continues.
        return not ends_sentence(prev) and line.lstrip()[:1].islower() and count_words(prev) > 3
    if ends_sentence(prev) and len(line.rstrip()) > width * _UNWRAPPED_SHARE:
        return False  # after a sentence's end, a line far longer than the text's wrapped lines was never wrapped with them: its own
    if len(prev) >= width * 0.75:
        # a full line goes on, except into a heading: after a sentence's end, a short capitalised
        # line that ends no sentence ("Corridors and fragmentation") starts a block of its own
        return not (ends_sentence(prev) and len(line.strip()) < width * 0.75 and _heading_shaped(line, tuning))
    # A short line ends its paragraph, unless the sentence visibly goes on.
    return not ends_sentence(prev) and line.lstrip()[:1].islower()


def _paragraphs(lines: list[str], rules: Rules) -> list[tuple[int, list[str]]]:
    """Group lines into paragraphs: (index of the first line, the lines with indentation kept).
    A line the clutter rules recognise (a paywall notice, a download button) stands alone, however
    long the wrapped lines around it are."""
    width = wrap_width(lines)
    by_sentence = one_sentence_per_line(lines, rules.tuning)
    def alone(line: str) -> bool:
        return clutter_kind(line.strip(), rules) is not None

    groups: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    for index, line in enumerate(lines):
        if not line.strip():
            if current:
                groups.append((start, current))
                current = []
            continue
        # a notice wrapped onto the next line ("…Copying it" / "is plagiarism.") is still one line of it
        wrapped_notice = not ends_sentence(current[-1].strip()) and line.strip()[:1].islower() if current else False
        # …or its last word or two, whatever their case ("…BA Politics and International" / "Relations.")
        notice_tail = bool(current) and count_words(line) <= 2 and ends_sentence(line.strip()) \
            and not ends_sentence(current[-1].strip()) and alone(current[-1]) and alone(f"{current[-1].strip()} {line.strip()}")
        indented = bool(current) and _first_line_indent(current[-1], line)
        if current and not indented and (_continues_item(current, line) or notice_tail or (wrapped_notice or not alone(current[-1])) and not alone(line) and (
                _hanging(current[-1], line, rules.tuning) or _joins(current[-1], line.strip(), width, rules.tuning)
                or by_sentence and next_sentence(current[-1], line, rules.tuning) and not _NUMBERED.match(line))):
            current.append(line)
        else:
            if current:
                groups.append((start, current))
            current, start = [line], index
    if current:
        groups.append((start, current))
    return groups


def _first_line_indent(previous: str, line: str) -> bool:
    """A typed first-line indent ("     Weighing …") after a sentence end opens a paragraph; a hanging
    indent ("Armitage, … W. W." / "     Norton, 2007.") carries an entry on, and ends where it wraps."""
    indent = len(line) - len(line.lstrip()) - (len(previous) - len(previous.lstrip()))
    return indent >= 2 and ends_sentence(previous.rstrip()) and not ends_sentence(line.rstrip())


def _continues_item(current: list[str], line: str) -> bool:
    """A line indented to the text of the list item above it carries that item on ("-   Should CPR
    Training Be … (418 words, 2" / "    pages)"), as pandoc, Markdown and most dumps wrap items."""
    item = BULLET_LINE.match(current[0]) or _NUMBERED.match(current[0])
    if item is None or BULLET_LINE.match(line) or _NUMBERED.match(line) or not line.strip():
        return False
    indent = len(line) - len(line.lstrip())
    return item.start("rest") <= indent <= item.start("rest") + 1 and all(
        len(previous) - len(previous.lstrip()) == indent for previous in current[1:])


def _text_of(group: list[str], vocabulary: set[str]) -> str:
    text = group[0].strip()
    for line in group[1:]:
        text = _join_hyphenated(text, line.strip(), vocabulary)
    return text


def _block_for(group: list[str], vocabulary: set[str], body_indent: int) -> DraftBlock:
    text = without_citation_key(_text_of(group, vocabulary))
    indent = min(len(line) - len(line.lstrip()) for line in group)
    if indent >= body_indent + 4 and count_words(text) >= 8:
        return BlockQuote(normalize([Text(text)]))
    return paragraph(text)


def _block_or_list(group: list[str], vocabulary: set[str], body_indent: int, tuning: Tuning) -> DraftBlock | ListBlock:
    """A group whose lines are bullet or numbered items is a list; a Markdown "## heading" line a heading."""
    if len(group) == 1 and (marked := MARKDOWN_HEADING.match(group[0])):
        return Heading(len(marked.group("hashes")), normalize([Text(marked.group("text"))]))
    if len(group) == 1 and (marked := EMPHASIS_HEADING.match(group[0])) and not ends_sentence(text := marked.group("text")):
        return Heading(2, normalize([Text(text)]))  # a plain-text mail's "*Beginnings*" (EMPHASIS_HEADING: a short line)
    if len(group) == 1 and (marked := SECTION_SIGN.match(group[0])) and count_words(marked.group("text")) <= tuning.heading_max_words:
        return Heading(len(marked.group("signs")) + 1, normalize([Text(marked.group("text"))]))
    if (hung := _hanging_number(group)) is not None:
        return ListBlock(True, (normalize([Text(hung)]),))
    items: list[tuple[str, str]] = []
    single = _NUMBERED.match(group[0]) if len(group) == 1 else None
    if single and title_like(single.group("rest"), tuning):
        return paragraph(group[0].strip())  # "2. The Wire Service" alone on its line: a numbered heading
    for line in group:
        bullet, numbered = BULLET_LINE.match(line), _NUMBERED.match(line)
        if bullet:
            items.append(("ul", bullet.group("rest")))
        elif numbered and count_words(numbered.group("rest")) <= 60:
            items.append(("ol", numbered.group("rest")))
        elif items:
            kind, last = items[-1]
            items[-1] = (kind, _join_hyphenated(last, line.strip(), vocabulary))
        else:
            return _block_for(group, vocabulary, body_indent)
    return ListBlock(items[0][0] == "ol", tuple(normalize([Text(text)]) for _, text in items))


_BARE_NUMBER = compile_regex(r"^(?P<marker>\s*\d{1,2} )(?=\S)")


def _hanging_number(group: list[str]) -> str | None:
    """An item of a numbered list a terminal renderer drew without its full stop: a bare number, then the
    item's lines hung under its first word (" 1 Ethan and his wife …" / "   controlling him …"); the text, else
    None. A line opening on a number without that hanging indent is prose ("12 of them stayed …")."""
    marked = _BARE_NUMBER.match(group[0]) if len(group) >= 2 else None
    if marked is None:
        return None
    column = len(marked.group("marker"))
    if any(len(line) - len(line.lstrip()) != column for line in group[1:]):
        return None
    return " ".join(line.strip() for line in [group[0][column:], *group[1:]])


def _merge_adjacent_lists(blocks: list[DraftBlock]) -> list[DraftBlock]:
    out: list[DraftBlock] = []
    for block in blocks:
        previous = out[-1] if out else None
        if isinstance(block, ListBlock) and isinstance(previous, ListBlock) and previous.ordered == block.ordered:
            out[-1] = ListBlock(block.ordered, previous.items + block.items)
        else:
            out.append(block)
    return out


@dataclass(frozen=True)
class LineReading:
    """Lines read once: page furniture set aside with the position where it stood, the rest grouped
    into paragraphs (first line's index, lines with indentation kept), footnotes under a rule kept for
    the end, and the text's own vocabulary (to tell "self-evident" from a word hyphenated at a line end)."""

    groups: tuple[tuple[int, list[str]], ...]
    furniture: tuple[tuple[int, Removed], ...]
    notes: tuple[str, ...]
    vocabulary: frozenset[str]
    tuning: Tuning


def read_lines(text: str, rules: Rules, dump: bool = False) -> LineReading:
    """Lines of text as they come from a copy-paste or a PDF (a dump, or a page's PDF text layer):
    furniture set aside, wrapped lines grouped into paragraphs, paragraphs split by a page break
    joined again. `dump`: the whole page saved as text (its tables drawn in spaces are read as rows)."""
    lines = printed_lines(text, rules.tuning, dump)
    kept, furniture, notes = set_aside_furniture(lines, rules)
    # (a drawn rule under a line of its own closes a box round it, a title's: no page break to read across)
    boxed = {index for index, removed in furniture if removed.kind == Kind.RULE}
    groups = rejoin_across_page_breaks(_paragraphs(kept, rules), [index for index, _ in furniture], boxed)
    return LineReading(tuple(groups), tuple(furniture), tuple(notes),
                       frozenset(w.lower() for w in re.findall(r"\w+(?:-\w+)*", text)), rules.tuning)


def blocks_of(reading: LineReading, groups: list[tuple[int, list[str]]] | tuple[tuple[int, list[str]], ...],
              furniture: list[tuple[int, Removed]] | tuple[tuple[int, Removed], ...]) -> list[DraftBlock]:
    """Paragraph groups into blocks (lists, verse, indented quotes), each piece of furniture put back
    before the paragraph it interrupted, the footnotes at the end."""
    vocabulary = set(reading.vocabulary)
    indents = [len(lines[0]) - len(lines[0].lstrip()) for _, lines in groups]
    body_indent = int(median(indents)) if indents else 0
    blocks: list[DraftBlock] = []
    pending = iter(furniture)
    next_furniture = next(pending, None)
    verse = verse_runs(list(groups), reading.tuning)
    skip = 0
    for position, (start, group) in enumerate(groups):
        if skip:
            skip -= 1
            continue
        while next_furniture is not None and next_furniture[0] <= start:
            blocks.append(next_furniture[1])
            next_furniture = next(pending, None)
        if position in verse:
            skip = verse[position] - 1
            verse_lines = [g[1][0].strip() for g in groups[position:position + verse[position]]]
            blocks.append(BlockQuote(normalize([Text(" ".join(verse_lines))])))
            continue
        if _boxed_by_rules(group, blocks, next_furniture, start, reading.tuning):
            blocks.append(Heading(1, normalize([Text(group[0].strip())])))  # a title drawn between two rules
            continue
        blocks.append(_block_or_list(group, vocabulary, body_indent, reading.tuning))
    while next_furniture is not None:
        blocks.append(next_furniture[1])
        next_furniture = next(pending, None)
    blocks.extend(_under_the_rule(list(reading.notes), vocabulary, reading.tuning))
    return _merge_adjacent_lists(blocks)


def _boxed_by_rules(group: list[str], blocks: list[DraftBlock], following: tuple[int, Removed] | None, start: int,
                    tuning: Tuning) -> bool:
    """A line of a title's length alone between two drawn rules ("____" / "Paper Promises in Stockholm" /
    "____"), nothing else between them: a title set in a box, as a plain-text file heads itself."""
    line = group[0].strip()
    return len(group) == 1 and 0 < count_words(line) <= tuning.title_line_max_words and not ends_sentence(line) \
        and bool(blocks) and isinstance(blocks[-1], Removed) and blocks[-1].kind == Kind.RULE \
        and following is not None and following[1].kind == Kind.RULE and following[0] <= start + 2


def blocks_from_lines(text: str, rules: Rules) -> list[DraftBlock]:
    """The blocks of a run of lines with no title to find (a page's text layer)."""
    reading = read_lines(text, rules)
    return blocks_of(reading, reading.groups, reading.furniture)


def _footnotes(lines: list[str], vocabulary: set[str]) -> list[str]:
    """Footnote lines under a rule, one note per number ("1 Paul A. Van Dyke, The Canton…"),
    wrapped lines joined."""
    out: list[str] = []
    for line in lines:
        if not line:
            continue
        if PLAIN_NOTE_START.match(line) or not out:
            out.append(line)
        else:
            out[-1] = _join_hyphenated(out[-1], line, vocabulary)
    return out


def _under_the_rule(lines: list[str], vocabulary: set[str], tuning: Tuning) -> list[DraftBlock]:
    """What stood under a rule at the text's end: numbered notes, one paragraph each; text with no
    note number (a mailing list's footer: an advertisement, the list's home, how to leave it; a
    mill's "Papers on similar topics") read as the text above is, a block per group of lines."""
    if any(PLAIN_NOTE_START.match(line) for line in lines if line):
        return [paragraph(note) for note in _footnotes(lines, vocabulary)]
    groups: list[list[str]] = [[]]
    for line in lines:
        if line:
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    return [_block_or_list(group, vocabulary, 0, tuning) for group in groups if group]
