"""A notebook that counts its own words: a code cell summing the words of its prose cells
(`sum(len(md.split()) for md in prose)`, a variable named `essay_words`) and the number its output shows
("Out[9]: 412", or a printed "words in the prose cells, title cell left out: 397"). The finder set the cells
aside as the notebook's machinery; the number is the count the writer measured."""

from __future__ import annotations

from dataclasses import replace

from ..model import Removed
from ..regexes import compile_regex
from ..signals import Kind
from .draft import Draft

_OUTPUT = compile_regex(r"^(?:Out\s?\[\d+\]:\s*)?(?:(?P<label>[^:\n]{0,80}):\s*)?(?P<n>\d{2,6})$")
"""An output that is one number, bare or after a printed label."""
_COUNTS_WORDS = compile_regex(r"\bwords?\b|_words?\b|\bwords?_|\.split\s?\(|\bwc\b", flags=0)
"""Code or a label counting words ("essay_words", "len(md.split())", "words in the prose cells")."""


def count_in_a_notebook_cell(draft: Draft) -> Draft:
    if draft.claimed_words is not None:
        return draft
    code = ""
    for block in draft.blocks:
        if not isinstance(block, Removed) or block.kind != Kind.NOTEBOOK_CELL:
            continue
        text = block.text.strip()
        found = _OUTPUT.match(text)
        if found is None:
            code = text  # (a prompt alone, "In [9]:", is neither code nor output)
            continue
        if _COUNTS_WORDS.search(found.group("label") or "") or _COUNTS_WORDS.search(code):
            return replace(draft, claimed_words=int(found.group("n")))
    return draft
