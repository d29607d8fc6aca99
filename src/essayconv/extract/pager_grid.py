"""A file printed by a pager that draws a grid: `bat --style=full` (and its kin) sets a header of the file's
name and size above a rule, then every line of the file numbered in a gutter, a "│" between the two, and a
line too long for the terminal wrapped at the terminal's last column, wherever that falls — mid-word
("re" / "petitive"). Read as text, the numbers, the bars and the header would be the essay's words and
every wrapped row a paragraph; the file's own lines, joined again as the pager cut them, are the text."""

from __future__ import annotations

import re

from ..regexes import compile_regex
from ..tuning import Tuning

_GRID_ROW = compile_regex(r"^\s*(?P<number>\d*)\s*│ ?(?P<line>.*)$")
"""A row of the grid: the line's number (none on a wrapped row or the header's), the bar, the line."""
_GRID_RULE = compile_regex(r"^[─━]+[┬┼┴╤╪╧][─━]*$")
"""The grid's rules: over the header ("┬"), between it and the file ("┼"), under the file ("┴")."""
_MARKDOWN_HEADING = compile_regex(r"^#{1,6} \S", re.MULTILINE)


def read_pager_grid(text: str, tuning: Tuning) -> tuple[str, bool] | None:
    """The file's own text a pager's grid shows, and whether it is Markdown (a front matter's "---" opens it, or
    it heads itself with "#"); None for any other text. The header above the file's first numbered line (its
    name, its size) is the pager's, not the file's."""
    lines = [line.rstrip("\r") for line in text.split("\n") if line.strip()]
    rules = sum(1 for line in lines if _GRID_RULE.match(line))
    rows = [found for line in lines if (found := _GRID_ROW.match(line))]
    if rules == 0 or len(rows) < tuning.blame_min_lines or len(rows) + rules < tuning.blame_line_share * len(lines):
        return None
    numbers = [int(found.group("number")) for found in rows if found.group("number")]
    if not numbers or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return None  # (the file's lines counted one by one: anything else is no pager's gutter)
    out: list[str] = []
    for found in rows:
        if found.group("number"):
            out.append(found.group("line"))
        elif out:  # (a wrapped row: the pager cut the line at the terminal's edge, wherever it fell)
            out[-1] += found.group("line")
    content = "\n".join(out)
    return content, content.startswith("---") or _MARKDOWN_HEADING.search(content) is not None
