"""The lines a typeset paper sets under its title, centred and bold: its writer's name and the occasion's date
(LaTeX's \\author and \\date as LaTeX2HTML writes them, "Toby Haverfield" / "Read to the Club on 11 November
1997"). Under the title the writer's name alone is the byline; no rule reading "by" finds it."""

from __future__ import annotations

from dataclasses import replace

from ..model import Heading, Paragraph, Removed, count_words
from ..signals import DATE_IN_LINE, Kind, bold_line, ends_sentence
from .draft import Draft, text_and_words
from .structure import looks_like_a_name

_TITLE_BLOCK_LINES = 3
_ONE_LINE_PARTS = 3
_ONE_LINE_MAX_WORDS = 24
"""An MLA heading on one line: the writer, the course, (the teacher,) the date, set apart by commas."""
_TITLE_BLOCK_LINE_WORDS = 8


def drop_title_block_lines(draft: Draft) -> Draft:
    blocks = list(draft.blocks)
    # (the title line set aside as such, or with the byline under it, as the page's facts)
    wanted = (draft.title or "").strip().casefold()
    titled = next((i for i, b in enumerate(blocks) if isinstance(b, Removed)
                   and (b.kind == Kind.TITLE or wanted and b.text.strip().casefold() == wanted)), None)
    if titled is None:
        return draft
    first = next((i for i in range(titled + 1, len(blocks)) if not isinstance(blocks[i], Removed)), None)
    line = text_and_words(blocks[first])[0].strip() if first is not None and isinstance(blocks[first], (Heading, Paragraph)) else ""
    if count_words(line) <= _ONE_LINE_MAX_WORDS and (name := _heading_block_on_one_line(line)) is not None:
        # an MLA heading run into one line under the title: "Thyra Onslow, ENGL 2210: …, Dr. Isham, 14 October 2022"
        blocks[first] = Removed(Kind.BYLINE, line)
        return replace(draft, blocks=tuple(blocks), author=draft.author or name)
    bylined = any(isinstance(b, Removed) and b.kind == Kind.BYLINE for b in blocks[titled + 1:first])
    if bylined and count_words(line) <= _ONE_LINE_MAX_WORDS and _rest_of_a_heading_block(line):
        # …its writer's name set on a line of its own above, read as the byline: "ENGL 1120: Victorian Poetry,
        # Professor Trevanion, 11 March 2004"
        blocks[first] = Removed(Kind.METADATA, line)
        return replace(draft, blocks=tuple(blocks))
    if draft.rules.class_line.match(line):
        blocks[first] = Removed(Kind.METADATA, line)  # "English 11H, Period 6"
        return replace(draft, blocks=tuple(blocks))
    lines: list[int] = []
    for at in range(titled + 1, len(blocks)):
        block = blocks[at]
        if isinstance(block, Removed):
            continue
        text, words = text_and_words(block)
        # (a bold line, or one the heading pass read so already)
        if len(lines) >= _TITLE_BLOCK_LINES or words > _TITLE_BLOCK_LINE_WORDS \
                or not (isinstance(block, Heading) or bold_line(block, draft.rules.tuning.bold_heading_max_chars)):
            break
        lines.append(at)
    texts = [text_and_words(blocks[i])[0].strip() for i in lines]
    names = [t for t in texts if looks_like_a_name(t)]
    # (a name and a date, both: a bold line alone under a title may be the essay's opening words set so)
    if not names or not any(DATE_IN_LINE.search(t) for t in texts):
        return draft
    for i, text in zip(lines, texts):
        blocks[i] = Removed(Kind.BYLINE if text in names else Kind.METADATA, text)
    return replace(draft, blocks=tuple(blocks), author=draft.author or names[0])


def _heading_block_on_one_line(text: str) -> str | None:
    """The writer's name, when the line is an MLA heading run into one: its parts set apart by commas, the first a
    name, the last a date."""
    parts = [part.strip() for part in text.split(",")]
    if len(parts) < _ONE_LINE_PARTS or not looks_like_a_name(parts[0]):
        return None
    return parts[0] if DATE_IN_LINE.search(", ".join(parts[-2:])) else None


_HEADING_PART_MAX_WORDS = 6
"""A part of an MLA heading: a course ("ENGL 1120: Victorian Poetry"), a teacher ("Professor Trevanion"), a date."""


def _rest_of_a_heading_block(text: str) -> bool:
    """The course, the teacher and the date of an MLA heading run into one line, the writer's name apart: short
    parts set apart by commas, the last a date, no sentence among them."""
    parts = [part.strip() for part in text.split(",")]
    return len(parts) >= _ONE_LINE_PARTS and all(0 < count_words(part) <= _HEADING_PART_MAX_WORDS for part in parts) \
        and DATE_IN_LINE.search(", ".join(parts[-2:])) is not None and not ends_sentence(text.strip())
