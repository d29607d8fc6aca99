"""Facts strips and tables: a box of short items, one of them the essay's length ("395 words · Personal essay ·
High school"), laid out as separate little blocks. Read as one line, as a reader sees the strip,
so that the counter reader takes it whole rather than leaving its labels behind as paragraphs and
headings."""

from __future__ import annotations

import itertools
import re

from ...model import DraftBlock, Heading, Paragraph, block_text, clean_whitespace
from ...regexes import compile_regex
from ...rules import CounterShape, Rules
from ...signals import CLOSING_MARKS, LABELLED
from ...tuning import Tuning
from ..dom import Element, child_tags, nodes, text
from ..reading import Reading
from .tags import BLOCK_TAGS, REMOVED_TAG, tags_under


def facts_strip(tag: Element, counter: CounterShape, tuning: Tuning, reading: Reading) -> str | None:
    """The strip's items joined with " · ", when `tag` is a strip of short items holding a count."""
    # asked of every element holding blocks: a look at a few of its blocks, never its whole subtree
    blocks = tags_under(tag, BLOCK_TAGS, limit=3 * tuning.strip_max_items + 1)
    if len(blocks) > 3 * tuning.strip_max_items:
        return None
    # the list holds every block under `tag`: a block holding another is an ancestor of one of them
    holders: set[Element] = set()
    for block in blocks:
        for ancestor in block.iterancestors():
            if ancestor is tag or ancestor in holders:
                break
            holders.add(ancestor)
    leaves = [t for t in blocks if t not in holders]
    if not tuning.strip_min_items <= len(leaves) <= tuning.strip_max_items:
        return None
    texts: list[str] = []
    for leaf in leaves:
        line = reading.line(leaf)  # (the same leaves are asked for every box around them)
        if len(line.split()) > tuning.strip_item_words:
            return None  # an item this long is no strip's (what _strip_of would say)
        if line:
            texts.append(line)
    return _strip_of(texts, tag, counter, tuning)


def chips_strip(tag: Element, counter: CounterShape, tuning: Tuning, reading: Reading) -> str | None:
    """The same strip laid out as inline chips side by side with nothing between them
    (`<span>Essay</span><span>501 words</span><span>2 pages</span>`): a browser draws each as a
    box of its own, so they are items, not one glued word ("Essay501 words2 pages")."""
    children = nodes(tag)
    if not tuning.strip_min_items <= len(children) <= 2 * tuning.strip_max_items:
        return None
    if any(isinstance(c, str) and c.strip() for c in children):
        return None  # loose text between them: a sentence with inline markup, not chips
    items = [c for c in children if not isinstance(c, str)]
    if any(item.tag in BLOCK_TAGS for item in items):
        return None
    texts = [line for line in (reading.line(item) for item in items) if line]
    return _strip_of(texts, tag, counter, tuning)


_BADGE = compile_regex(r"(?:^|[\s_-])(?:vp)?(?:badge|chip|pill|tag|label)s?(?:$|[\s_-])", re.IGNORECASE)


def badges(tag: Element, tuning: Tuning) -> bool:
    """A line of badges and nothing else (`<span class="VPBadge">High distinction</span> <span
    class="badge">Year 12</span> …`, Bootstrap's, Bulma's tags, Material chips): the page's labels for
    the essay (grade, level, subject), never a sentence of it."""
    first = next(iter(tag), None)  # (asked of every block: most fail on their first child)
    if first is None or (tag.text or "").strip() or not _BADGE.search(first.get("class") or ""):
        return False
    children = nodes(tag)
    items = [c for c in children if not isinstance(c, str)]
    return len(items) >= tuning.strip_min_items and not any(isinstance(c, str) and c.strip() for c in children) \
        and all(_BADGE.search(item.get("class") or "") and len(text(item, " ").split()) <= tuning.strip_item_words
                for item in items)


def lines_strip(lines: list[str], counter: CounterShape, tuning: Tuning) -> str | None:
    """The same strip set as one paragraph's lines broken by <br> ("Runs to 1,113 words (5 pages
    handwritten)" / "Grace Nakamura, A level, December 2022" / "Awarded A* at moderation"): its lines
    joined with " · ", when there are a few, each short and no sentence, one of them a count."""
    lines = [line.strip() for line in lines if line.strip()]
    if not tuning.strip_min_items <= len(lines) <= tuning.strip_max_items \
            or any(len(line.split()) > 2 * tuning.strip_item_words or STOPPED.search(line) for line in lines):
        return None
    return " · ".join(lines) if holds_a_count(lines, counter) else None


def holds_a_count(texts: list[str], counter: CounterShape) -> bool:
    """One of the items states a length ("395 words", "Word count: 564"): the strip is the essay's record."""
    return any(counter.number_unit.search(text) or counter.unit_number.search(text) for text in texts)


def _labels_with_values(texts: list[str]) -> list[str]:
    """A strip's items with each label ("Word count:") joined to the value after it ("436"), as the
    reader pairs them: a strip of fields set out cell by cell is read field by field."""
    joined: list[str] = []
    for item in texts:
        if joined and joined[-1].endswith((":", "：")) and not item.endswith((":", "：")):
            joined[-1] = f"{joined[-1]} {item}"
        else:
            joined.append(item)
    return joined


def _strip_of(texts: list[str], tag: Element, counter: CounterShape, tuning: Tuning) -> str | None:
    whole_texts = " ".join(texts)
    texts = _labels_with_values(texts)
    if not tuning.strip_min_items <= len(texts) <= tuning.strip_max_items \
            or any(len(text.split()) > tuning.strip_item_words for text in texts):
        return None
    if not holds_a_count(texts, counter):
        return None
    joined = " · ".join(texts)
    whole = clean_whitespace(text(tag, " ")).strip()
    return joined if len(whole_texts) >= 0.9 * len(whole) else None  # nothing loose beside the items


STOPPED = compile_regex(rf"[.!][{CLOSING_MARKS}]*$")
"""A value that ends on a full stop is a sentence, not a fact ("(Works Cited not counted)" is a remark; a
question is the prompt the essay answers, a fact about it)."""



_ANNOTATED_MIN_ROWS = 3
_ANNOTATED_TEXT_SHARE = 0.65
"""A table is a text with comments beside it when its first column holds at least this share of its
words, in rows of prose (a data table's cells are short in every column)."""


def annotated_rows(table: Element) -> list[tuple[Element, Element | None]] | None:
    """(text cell, comment cell) per row of a table whose one column is prose and whose next comments on it
    (a teacher's margin, a graded reading's key words), its paragraphs' numbers in a gutter column before
    them left out; a row of one cell (a heading across the table) has no comment. None for any other table."""
    rows = [child_tags(row, ("td",)) for row in tags_under(table, "tr", limit=60)]
    rows = [cells[1:] if len(cells) >= 2 and _GUTTER.match(text(cells[0], " ").strip()) else cells for cells in rows if cells]
    paired = [cells for cells in rows if len(cells) == 2]
    if len(paired) < _ANNOTATED_MIN_ROWS or any(len(cells) > 2 for cells in rows):
        return None
    left = [len(text(cells[0], " ").split()) for cells in paired]
    right = [" ".join(text(cells[1], " ").split()) for cells in paired]
    prose_rows = sum(1 for words in left if words >= 30)
    # (a remark, or a labelled line "Key words: witnesses" — not a value: "94dB", "372 grams")
    comments = sum(1 for said in right if len(said.split()) >= 5 or LABELLED.match(said))
    if prose_rows < _ANNOTATED_MIN_ROWS or sum(left) < _ANNOTATED_TEXT_SHARE * (sum(left) + sum(len(r.split()) for r in right)) \
            or comments < _ANNOTATED_MIN_ROWS:
        return None
    return [(cells[0], cells[1] if len(cells) == 2 else None) for cells in rows]


_GUTTER = compile_regex(r"^[\d\W_]{0,3}$")  # a gutter cell: a paragraph's number or a mark ("4", "✎"), or nothing


_PROSE_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", REMOVED_TAG)
"""A cell's blocks, and what the finder set aside of them (a list of links already taken)."""


def is_layout_cell(cell: Element) -> bool:
    """A table cell that holds paragraphs or headings, more than one, or labelled lines: a layout
    table's (an email's, an old site's, a page builder's columns), walked as blocks. A data table's
    cell (a rank, a title, a rating in <div>s and <span>s; a price in the one <p> an editor wraps every cell's text in) is one line of its row."""
    return len(list(itertools.islice(cell.iterdescendants(*_PROSE_BLOCKS), 2))) == 2 or _lines_of_facts(cell) \
        or _divs_of_text(cell) or _the_tables_one_cell(cell) and next(cell.iterdescendants(*_PROSE_BLOCKS, "br"), None) is not None


def _the_tables_one_cell(cell: Element) -> bool:
    """The only cell of its table (a table set as a box round its content: "Comprehension check" over its list,
    a title over its line of facts after a <br>): its blocks and lines are read as any box's."""
    row, table = cell.getparent(), cell.getparent().getparent() if cell.getparent() is not None else None
    if table is not None and table.tag == "tbody":
        table = table.getparent()
    return row is not None and table is not None and len(child_tags(row, ("td", "th"))) == 1 \
        and len(tags_under(table, "tr", limit=2)) == 1


def _divs_of_text(cell: Element) -> bool:
    """A cell whose text stands in <div>s of their own, one per paragraph or heading, no <p> (an email
    builder's text module: "Dear members," / the note / the essay's title / its paragraphs; a bold
    <div> over a list): blocks, when one of them is a paragraph of prose."""
    texts = [d for d in itertools.islice(cell.iterdescendants("div", *_PROSE_BLOCKS), _DIVS_LOOKED_AT) if d.tag != "div"
             or (next(d.iterchildren(*_BLOCKS_IN_A_DIV), None) is None and text(d).strip())]
    # (one of them a paragraph of prose or a list: a data table's cell lays out a book's title, author and
    # rating in <div>s too)
    return len(texts) >= _LINES_IN_A_CELL and any(d.tag in ("ul", "ol") or len(text(d).split()) >= _PROSE_DIV_WORDS for d in texts)


_DIVS_LOOKED_AT = 40
_PROSE_DIV_WORDS = 20


_BLOCKS_IN_A_DIV = ("div", "p", "table", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6")


def labels_a_box(cells: list[Element], tuning: Tuning) -> bool:
    """A row of two cells, the first a one-word label ("Note", "Tip", "Warning": an AsciiDoc
    admonition, a wiki's callout) and the second a text of sentences: a box under its label, walked
    as blocks, so the label stands as a line of its own rather than opening the box's first sentence
    ("Note Word count: 429 …"). A data table's row of a name and its value ("Length | 573 words
    (roughly 3 pages in MLA format)") states no sentence."""
    if len(cells) != 2:
        return False
    label, body = text(cells[0], " ").split(), text(cells[1], " ")
    return len(label) == 1 and label[0].isalpha() and len(body.split()) >= tuning.labelled_box_min_words \
        and _SENTENCE_END.search(body) is not None


_SENTENCE_END = compile_regex(r"[a-z)][.!?](?:\s|$)")


_LINES_IN_A_CELL = 2
_LABEL_IN_A_LINE = compile_regex(r"(?:^|\s)[A-Z][\w’' -]{0,30}:\s")


def _lines_of_facts(cell: Element) -> bool:
    """A cell of labelled lines broken by <br> ("Paper type: Argumentative essay" / "Subject:
    Philosophy" / …) is laid out as lines of facts, not one value: a page builder's columns, walked as
    blocks. (A data table's cell may break its one value over lines: "The Hunger Games / by Suzanne
    Collins / 4.35 avg rating".)"""
    return len(list(itertools.islice(cell.iterdescendants("br"), _LINES_IN_A_CELL))) == _LINES_IN_A_CELL \
        and len(_LABEL_IN_A_LINE.findall(text(cell, " "))) > _LINES_IN_A_CELL


def appraisal_box(tag: Element, rules: Rules) -> bool:
    """A disclosure whose summary names who appraised the essay ("Teacher's note", "Examiner's
    commentary"): the appraisal, all of what it discloses and nothing after it."""
    summary = next((child for child in child_tags(tag) if child.tag == "summary"), None)
    label = clean_whitespace(text(summary)).strip().rstrip(":") if summary is not None else ""
    return bool(label) and len(label.split()) <= rules.tuning.note_label_max_words \
        and rules.note_appraisal.match(label + ":") is not None


def labels_the_box(block: DraftBlock, tuning: Tuning) -> bool:
    """The line right above a marking grid is its label ("Marking grid", "MARK BREAKDOWN", "Marks off the
    feedback sheet, if anyone is interested:"): a heading or a short line opening no sentence of prose."""
    if not isinstance(block, (Heading, Paragraph)):
        return False
    line = block_text(block).strip()
    return len(line.split()) <= tuning.box_label_max_words and (line.endswith(":") or not _SENTENCE_END.search(line))


def legend_box(tag: Element, rules: Rules) -> bool:
    """A small box (`notice_max_words` at most) whose first line is a textbook's legend ("Exercise
    \\(\\PageIndex{1}\\)", "Example 2: A Weaker Thesis", `rules.box_legend`) over more of its own: the
    reader's task or the book's aside. A section under a heading so named ("Example 1: Amend a shared
    changeset" over a tutorial's steps) is the text's own."""
    first = next(tag.iterchildren(), None)
    if first is None or not isinstance(first.tag, str) or first.tag not in _LEGEND_TAGS or first.getnext() is None:
        return False
    legend = clean_whitespace(" ".join(itertools.islice(first.itertext(), _LEGEND_STRINGS))).strip()  # (a legend is a line: no more read)
    return 0 < len(legend.split()) <= rules.tuning.note_label_max_words + 4 and rules.box_legend.match(legend) is not None \
        and len(text(tag, " ").split()) <= rules.tuning.notice_max_words


_LEGEND_STRINGS = 8


_LEGEND_TAGS = frozenset(("p", "div", "span", "legend", "strong", "b", "header"))

