"""Tables in a text dump: a row of a label and a value apart by a tab ("Subject<TAB>History"), and
a simple table drawn between dash borders as pandoc and other plain writers draw one. Each row reads
"Subject: History", a line of its own, for the facts passes to weigh."""

from __future__ import annotations

import re

_TAB_ROW = re.compile(r"^(?P<label>[^\t.!?:]{1,30}?)\t+(?P<value>[^\t]+)$")


def tab_row(line: str) -> str:
    """"Subject<TAB>History" as "Subject: History"; any other line as it is."""
    return _TAB_ROW.sub(r"\g<label>: \g<value>", line)


# a simple table's border as pandoc and other plain writers draw it: dash runs, one per column
_TABLE_BORDER = re.compile(r"^\s*-{3,}(?:\s+-{3,})+\s*$")
_SPACED_ROW = re.compile(r"^\s*(?P<label>[^\s.!?:][^.!?:]{0,30}?)\s{3,}(?P<value>\S.*)$")


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
