"""Small builders for pass tests."""

from __future__ import annotations

from essayconv.clean.draft import Draft
from essayconv.model import Block, Removed, block_text, paragraph
from essayconv.rules import load_rules


def draft_of(*blocks: Block | str, title: str | None = None, from_text: bool = True) -> Draft:
    built = tuple(paragraph(b) if isinstance(b, str) else b for b in blocks)
    return Draft(title=title, blocks=built, rules=load_rules(), from_text=from_text)


def kept(draft: Draft) -> list[Block]:
    return [b for b in draft.blocks if not isinstance(b, Removed)]


def kept_texts(draft: Draft) -> list[str]:
    return [block_text(b) for b in kept(draft)]


def removed_of(draft: Draft) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in draft.blocks if isinstance(b, Removed)]


PROSE = ("The committee met in the spring and argued for several hours about the budget, "
         "the staffing of the new clinic and the timetable for the public consultation.")
