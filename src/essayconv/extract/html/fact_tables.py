"""Tables of facts about an essay: a card of label and value rows ("Essay type | Discursive", "Word count |
564"), a marks table, and the rows of such a table the passes read (its title, its length) as "label: value"
lines."""

from __future__ import annotations

import re

from ...model import clean_whitespace
from ...regexes import compile_regex
from ...rules import Rules
from ...signals import LABEL_REMARK
from ..dom import Element, child_tags, text
from .strips import STOPPED, holds_a_count
from .tags import first_under, tags_under


def _field_label(cell: str) -> str:
    """A label cell's name: without its colon ("Writer :", the colon set apart in a span of its own)
    or its remark in brackets ("Words (title and this table not counted)"); a front matter's key with its
    words joined by underscores or hyphens ("length_words", "word-count") in words."""
    label = LABEL_REMARK.sub("", cell.rstrip(": ：")).rstrip(": ：")
    return re.sub(r"[_-]", " ", label) if " " not in label and re.search(r"\w[_-]\w", label) else label


_TABLE_ROWS_MAX = 12
"""A table of an essay's facts is a card: a dozen rows at most (a data table runs longer)."""


def facts_table(tag: Element, rules: Rules) -> bool:
    """A table of label and value rows about the essay ("Essay type | Discursive", "Level | Year 12",
    "Referencing | Chicago"), its labels facts the clutter data names ([labels] names, or a row the
    label rules take whole), or a figure holding only such a table and its caption. A table of
    measurements or prices names other things in its first column."""
    table = first_under(tag, "table") if tag.tag == "figure" else tag
    if table is None or table.tag not in ("table", "dl"):
        return False
    if tag.tag == "figure" and any(child.tag not in ("table", "figcaption", "div") for child in child_tags(tag)):
        return False
    rows = _as_label_rows(_rows(table))
    if rows is None or not 3 <= len(rows) <= _TABLE_ROWS_MAX:
        return False
    labelled = counted = value_words = prompts = 0
    sentences = False
    for cells in rows:
        if len(cells) != 2 or len(_field_label(cells[0]).split()) > 4:
            return False
        label, value = _field_label(cells[0]), cells[1]
        if rules.prompt_line.match(f"{label}: {value}"):
            prompts += 1  # the question the essay answers ("Question | … Evaluate this statement. [20 marks]"): a sentence, and a fact
            continue
        labelled += label.casefold() in rules.label_names or rules.label_clutter.match(f"{label}: {value}") is not None
        counted += holds_a_count([f"{label}: {value}"], rules.counter)
        value_words += len(value.split())
        sentences = sentences or STOPPED.search(value) is not None
    # …or, in labels no list names ("Word tally", "Writer", "Marked"), a card of short facts one of
    # which states the essay's length: the essay's record. Its values are names, levels, numbers and
    # grades, short on the whole (a grade may bring its scale: "A− / 46 of 50 on the rubric"); none
    # is a sentence
    short_values = not sentences and value_words <= rules.tuning.fact_value_max_words * (len(rows) - prompts)
    return labelled + prompts >= (len(rows) + 1) // 2 or (counted >= 1 and short_values)



_MARK = compile_regex(r"^(?P<got>\d{1,3}(?:[.,]\d)?)(?:\s?(?:/|out of|of)\s?(?P<of>\d{1,3}))?$")


def marks_table(tag: Element, rules: Rules) -> bool:
    """A marking grid: criteria and the marks each earned ("Clarity of claim | 5 / 5", "Use of evidence |
    7 | 10", a "Total" row), over a header that names the marking ("Criterion | Score", "Assessment
    objective | Marks") or with every mark out of its maximum. The marker's appraisal, not the essay's
    table (a survey's counts have no maximum to be out of, and a header that names what was counted)."""
    rows = _rows(tag) if tag.tag == "table" else None
    if rows is None or not 3 <= len(rows) <= _TABLE_ROWS_MAX:
        return False
    header = rows[0] if not any(_MARK.match(cell) for cell in rows[0][1:]) else None
    body = rows[1:] if header is not None else rows
    marks = [[_MARK.match(cell) for cell in cells[1:]] for cells in body]
    if len(body) < 2 or any(len(cells) < 2 or not all(row) or len(row) > 2 or len(cells[0].split()) > 6
                            for cells, row in zip(body, marks)):
        return False
    named = header is not None and not rules.marking_words.isdisjoint(w.casefold() for cell in header for w in cell.split())
    return named or all(row[0].group("of") for row in marks)


def checklist_table(tag: Element, rules: Rules) -> bool:
    """A writer's checklist ticked off beside the essay: criteria in one column, each answered in the next
    ("I have used at least two sources | yes", "… | nearly", "… | ✓"), under a header or none. The writer's
    appraisal of the work, not its text."""
    rows = _rows(tag) if tag.tag == "table" else None
    if rows is None or not 3 <= len(rows) <= _TABLE_ROWS_MAX or any(len(cells) != 2 for cells in rows):
        return False
    body = rows[1:] if not rules.checklist_answer.match(rows[0][1]) else rows
    return len(body) >= 2 and all(rules.checklist_answer.match(cells[1]) for cells in body)


def _as_label_rows(rows: list[list[str]] | None) -> list[list[str]] | None:
    """A table of one header row of labels over one row of values (a Markdown file's front matter as
    GitHub shows it: "title | author | date | words" over their values) read as label and value rows."""
    if rows is not None and len(rows) == 2 and len(rows[0]) == len(rows[1]) >= 3:
        return [[label, value] for label, value in zip(*rows)]
    return rows


def _side_by_side_pairs(rows: list[list[str]] | None) -> list[list[str]] | None:
    """Rows holding two or more label/value pairs side by side ("Word count:" | "436" | "Pages:" |
    "2"), every label ending in a colon, read as one pair a row."""
    if rows is None:
        return None
    return [pair for cells in rows for pair in (
        [cells[i:i + 2] for i in range(0, len(cells), 2)]
        if len(cells) >= 4 and len(cells) % 2 == 0 and all(cells[i].endswith((":", "：")) for i in range(0, len(cells), 2))
        and not any(cells[i].endswith((":", "：")) for i in range(1, len(cells), 2)) else [cells])]


def record_rows(tag: Element, rules: Rules) -> list[str]:
    """The rows of a facts table that state the essay's length or name its title, as "label: value"
    lines ("Word count: 564", "title: Caves and Manuscripts"): the counter reads the first as it
    reads a banner, the title passes the second."""
    table = first_under(tag, "table") if tag.tag == "figure" else tag
    rows = _side_by_side_pairs(_as_label_rows(_rows(table))) if table is not None else None
    lines = [(_field_label(cells[0]), f"{_field_label(cells[0])}: {cells[1]}") for cells in rows or () if len(cells) == 2]
    return [line for label, line in lines if read_in_a_record(label, line, rules)]


def read_in_a_record(label: str, line: str, rules: Rules) -> bool:
    """A record's field the passes read: it names the title, or states a length."""
    return label.casefold() in rules.title_field_labels or holds_a_count([line], rules.counter)


def _rows(table: Element) -> list[list[str]] | None:
    """A table's rows, or a description list's term and description pairs, as their cells' texts."""
    if table.tag == "table":
        rows = tags_under(table, "tr", limit=_TABLE_ROWS_MAX + 1)
        return [[clean_whitespace(text(c, " ")).strip() for c in child_tags(row, ("td", "th"))] for row in rows]
    items = child_tags(table, ("dt", "dd"))
    if len(items) > 2 * (_TABLE_ROWS_MAX + 1) or len(items) % 2 or any(
            item.tag != ("dt", "dd")[i % 2] for i, item in enumerate(items)):
        return None
    cells = [clean_whitespace(text(item, " ")).strip() for item in items]
    return [cells[i:i + 2] for i in range(0, len(cells), 2)]
