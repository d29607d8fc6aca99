"""A box's lines as the walker emits them: a paragraph each (a plain-text mail's "*Beginnings*" its writer's bold,
a file's line its own), and lines each opening on a typed bullet one list."""

from __future__ import annotations

import itertools

from ...model import DraftBlock, Inlines, ListBlock, Paragraph, Removed, Strong, Text, normalize, plain_text, slice_inlines
from ...signals import BULLET_LINE, TYPED_RULE, Kind
from ..markdown import EMPHASIS_HEADING
from .layers import a_files_line


def lines_as_blocks(runs: list[Inlines]) -> list[DraftBlock]:
    """A box's lines as blocks: two lines or more in a row each opening on a typed bullet ("- A person who …", a
    plain-text mail's list) are one list; a rule typed across the box ("-----…") is one drawn, as `<hr>` is; any
    other line is a paragraph."""
    bullets = [BULLET_LINE.match(plain_text(run)) for run in runs]
    out: list[DraftBlock] = []
    for marked, group in itertools.groupby(zip(runs, bullets), key=lambda pair: pair[1] is not None):
        lines = list(group)
        if marked and len(lines) >= 2:
            out.append(ListBlock(False, tuple(normalize(slice_inlines(run, m.start("rest"), len(plain_text(run)))) for run, m in lines)))
        else:
            out.extend(Removed(Kind.RULE, plain_text(run).strip()) if TYPED_RULE.match(plain_text(run).strip())
                       else paragraph_block(run) for run, _ in lines)
    return out


def paragraph_block(spans: Inlines) -> DraftBlock:
    # an all-bold short line stays a paragraph here: whether it is a heading is decided in one
    # place, the cleaning pass `structure.bold_lines_as_headings` (signals.bold_line); a plain-text mail's line
    # wholly between asterisks ("*Beginnings*") is its writer's bold
    if len(spans) == 1 and isinstance(spans[0], Text) and (marked := EMPHASIS_HEADING.match(spans[0].text)):
        return Paragraph((Strong((Text(marked.group("text")),)),))
    return a_files_line(spans) or Paragraph(spans)
