"""Tables in a text dump: a row of a label and a value apart by a tab ("Subject<TAB>History"), and
a simple table drawn between dash borders as pandoc and other plain writers draw one. Each row reads
"Subject: History", a line of its own, for the facts passes to weigh."""

from __future__ import annotations

from ..regexes import compile_regex

_TAB_ROW = compile_regex(r"^(?P<label>[^\t.!?:]{1,30}?)\t+(?P<value>[^\t]+)$")


def tab_row(line: str) -> str:
    """"Subject<TAB>History" as "Subject: History"; any other line as it is."""
    return _TAB_ROW.sub(r"\g<label>: \g<value>", line)


# a simple table's border as pandoc and other plain writers draw it: dash runs, one per column
_TABLE_BORDER = compile_regex(r"^\s*-{3,}(?:\s+-{3,})+\s*$")
_SPACED_ROW = compile_regex(r"^\s*(?P<label>[^\s.!?:][^.!?:]{0,30}?)\s{3,}(?P<value>\S.*)$")


_ALIGNED_ROWS_MIN = 3
"""Rows of a label and a value with no border, their values in one column (inscriptis, html2text):
three or more in a row are a table; two aligned lines may be anything."""


def aligned_rows(lines: list[str]) -> list[str]:
    """Runs of label-and-value lines whose values start in the same column ("Essay type   Argumentative",
    "Level        GCSE"), read as "label: value" rows, each a line of its own."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        run = []
        while index + len(run) < len(lines) and (row := _SPACED_ROW.match(lines[index + len(run)])) \
                and (not run or row.start("value") == run[0].start("value")):
            run.append(row)
        if len(run) >= _ALIGNED_ROWS_MIN:
            for row in run:
                out.extend((f"{row.group('label').strip()}: {row.group('value').strip()}", ""))
            index += len(run)
        else:
            out.append(lines[index])
            index += 1
    return out


def simple_tables(lines: list[str]) -> list[str]:
    """A table drawn between dash borders ("  ------- -----" / "  Subject   History" / …): the borders are
    breaks, and each row of a label and a value, apart by a run of spaces, reads "Subject: History"
    as a row apart by a tab does. Each row stands alone: a table's rows are no wrapped paragraph."""
    borders = [i for i, line in enumerate(lines) if _TABLE_BORDER.match(line)]
    tables = list(zip(borders[::2], borders[1::2]))
    out: list[str] = []
    for index, line in enumerate(lines):
        table = next((t for t in tables if t[0] <= index <= t[1]), None)
        row = _SPACED_ROW.match(line) if table is not None and index not in table else None
        if table is None:
            out.append(line)
        elif row is None:
            out.append("" if index in table else line)
        else:
            out.extend((f"{row.group('label').strip()}: {row.group('value').strip()}", ""))
    return out


# a table drawn with pipes between its cells, as textract and Markdown-ish writers draw one:
# "| Subject | Geography |", its borders a run of dashes ("-------" or "|---|---|")
_PIPE_ROW = compile_regex(r"^\s*\|(?P<cells>(?:[^|]*\|){2,})\s*$")
_PIPE_BORDER = compile_regex(r"^\s*\|?(?:\s*:?-{3,}:?\s*[|+]?)+\s*$")


def pipe_tables(lines: list[str]) -> list[str]:
    """A table drawn with pipes: its borders are breaks, and each row reads "Subject: Geography" (a
    label and a value) or its cells joined with " · " (a row of more), a line of its own — never one
    paragraph with the lines around it."""
    out: list[str] = []
    for index, line in enumerate(lines):
        row = _PIPE_ROW.match(line)
        if row is not None:
            cells = [cell.strip() for cell in row.group("cells").split("|")[:-1]]
            cells = [cell for cell in cells if cell]
            if cells:
                out.extend((f"{cells[0]}: {cells[1]}" if len(cells) == 2 else " · ".join(cells), ""))
            continue
        beside = any(_PIPE_ROW.match(lines[i]) for i in (index - 1, index + 1) if 0 <= i < len(lines))
        out.append("" if beside and _PIPE_BORDER.match(line) else line)
    return out
