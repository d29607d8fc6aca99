"""Quoted verse in a text dump: runs of short one-line groups, introduced or closed by a citation."""

from __future__ import annotations

from ..model import count_words
from ..regexes import compile_regex
from ..tuning import Tuning

_CLOSING_CITATION = compile_regex(r"\([^()]*\d[^()]*\)[.,;]?$")


def verse_runs(groups: list[tuple[int, list[str]]], tuning: Tuning) -> dict[int, int]:
    """Quoted verse in a dump: short one-line groups on consecutive lines (no blank line between),
    introduced by a line ending in ":" or closed by a citation "(2.4.110–112)". Returns the index
    of each run's first group and how many groups it spans."""
    runs: dict[int, int] = {}
    index = 0
    while index < len(groups):
        end = index
        while (end < len(groups) and len(groups[end][1]) == 1 and len(groups[end][1][0].strip()) <= tuning.verse_line_max
               and (end == index or groups[end][0] == groups[end - 1][0] + 1)):
            end += 1
        if end - index >= 2:
            # introduced by a sentence ("…who never told her love:"), not by a label ("Topics:")
            lead = groups[index - 1][1][-1].rstrip() if index > 0 else ""
            introduced = lead.endswith(":") and count_words(lead) >= 8
            cited = _CLOSING_CITATION.search(groups[end - 1][1][0].strip()) is not None
            if introduced or cited:
                runs[index] = end - index
        index = max(end, index + 1)
    return runs
