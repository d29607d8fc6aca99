"""A file shown line by line with who last changed each line: `git blame` (or `git annotate`, a repository
host's blame view saved as text). Every line of the essay opens on a commit's hash, its author, its time and the
line's number ("51e0e2c3 (Odessa Greaves 2026-02-09 20:41:57 -0500  9) Most poems about death …"). Read as text,
the prefixes would be the essay's words and its first one its title; the file's own lines are the text."""

from __future__ import annotations

import re

from ..regexes import compile_regex
from ..tuning import Tuning

_BLAMED = compile_regex(
    r"^\^?[0-9a-f]{7,40}(?:\s+\S+)?\s+\((?P<who>[^()]*?)\s+\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?(?:\s?[+-]\d{4})?"
    r"\s+\d+\)\s?(?P<line>.*)$")
"""A blamed line: its commit (a boundary commit marked "^"), perhaps the file's name, then "(author time number)"."""
_MARKDOWN_HEADING = compile_regex(r"^#{1,6} \S", re.MULTILINE)


def read_blame(text: str, tuning: Tuning) -> tuple[str, bool] | None:
    """The file's own text a blame view shows, and whether it is Markdown (it heads itself with "#"); None
    for any other text."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < tuning.blame_min_lines:
        return None
    blamed = [found for line in lines if (found := _BLAMED.match(line.rstrip("\r")))]
    if len(blamed) < tuning.blame_line_share * len(lines):
        return None
    content = "\n".join(found.group("line") for found in blamed)
    return content, _MARKDOWN_HEADING.search(content) is not None
