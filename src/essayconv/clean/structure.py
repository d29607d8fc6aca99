"""Passes that rebuild structure: headings inferred from short lines, the title not repeated as a
heading, heading levels starting at 2 under the title."""

from __future__ import annotations

from dataclasses import replace

from ..model import BlockQuote, DraftBlock, Heading, ListBlock, Paragraph, Removed
from ..regexes import compile_regex
from ..signals import DATE_IN_LINE, DATE_LINE, HEADING_NEVER_ENDS, Kind, bold_line, line_shape
from ..tuning import Tuning
from .draft import FUNCTION_WORDS, Draft, next_content, text_and_words

_NUMBERED_HEADING = compile_regex(r"^(?P<num>\d+(?:\.\d+)*|[IVXLC]+)\.?\s+\S")


_PERSON = compile_regex(r"^[A-Z][\w’'.\-]+(?: [A-Z][\w’'.\-]*){1,3}$")




def looks_like_a_name(text: str) -> bool:
    """"Daniel Rivera", "Ana M. Torres" — not "The Last Harvest Festival"."""
    words = text.strip().split()
    return bool(_PERSON.match(text.strip())) and len(words) <= 4 and not any(w.lower() in FUNCTION_WORDS for w in words)


def _short_line(block: DraftBlock | None, most: int) -> bool:
    if not isinstance(block, (Paragraph, Heading)):
        return False
    text, words = text_and_words(block)
    return words <= most and not HEADING_NEVER_ENDS.search(text.strip())


_TITLE_UNDER_THE_BLOCK_MAX_WORDS = 15
_TITLE_NEVER_ENDS = compile_regex(r"[.,;:!…—–-][\"”’']?$")
"""A title line may close on a quoted work ("… in “A White Heron”"), never on a stop or a comma."""


def _title_line(block: DraftBlock | None, most: int) -> bool:
    if not isinstance(block, (Paragraph, Heading)):
        return False
    text, words = text_and_words(block)
    return words <= most and not _TITLE_NEVER_ENDS.search(text.strip())


def _date_set_aside(block: Removed) -> bool:
    return block.kind == Kind.METADATA and DATE_LINE.match(block.text.strip()) is not None


_HEADER_PARTS = compile_regex(r"\s(?:--|—|–|\||·|/)\s")
_TEACHER_OR_COURSE = compile_regex(r"^(?:(?:prof|dr|mr|mrs|ms|mx|miss|sir|madame?)\.?\s\S|[A-Z]{2,5}\s?\d{2,4}[A-Z]?\b)")


def _heading_block_on_one_line(draft: Draft) -> Draft:
    """The heading block typed on one line, its parts set apart ("Esme Garroway -- ENG 210 (The British Novel)
    -- Prof. Rattray"): the writer's name, then their course or teacher, before the essay's first paragraph."""
    content = [i for i, b in enumerate(draft.blocks) if not isinstance(b, Removed)][:4]
    for index in content:
        block = draft.blocks[index]
        text, words = text_and_words(block)
        if not isinstance(block, Paragraph) or words > draft.rules.tuning.one_line_header_max_words:
            return draft  # (the essay's prose began: no heading block above it)
        parts = [part.strip() for part in _HEADER_PARTS.split(text.strip())]
        if len(parts) >= 2 and looks_like_a_name(parts[0]) and any(_TEACHER_OR_COURSE.match(p) for p in parts[1:]):
            blocks = list(draft.blocks)
            blocks[index] = Removed(Kind.STUDENT_HEADER, text)
            return replace(draft, blocks=tuple(blocks), author=draft.author or parts[0])
    return draft


def extract_student_header(draft: Draft) -> Draft:
    """An MLA heading block (name, instructor, course, date on short lines before the essay)
    gives the author; the lines are set aside, since writers print their own heading block."""
    draft = _heading_block_on_one_line(draft)
    blocks = list(draft.blocks)
    # (the date may have been set aside already as the page's: it still closes the block)
    content = [i for i, b in enumerate(blocks) if not isinstance(b, Removed) or _date_set_aside(b)][:9]
    title_key = (draft.title or "").strip().casefold()
    # (the block may stand under the essay's title heading: the title is no line of it, its length no matter)
    titled = bool(content) and isinstance(blocks[content[0]], Heading) \
        and text_and_words(blocks[content[0]])[0].strip().casefold() == title_key
    for position, index in enumerate(content):
        block = blocks[index]
        if not isinstance(block, (Paragraph, Heading, Removed)):
            return draft
        text, words = text_and_words(block)
        if words > 12:
            return draft
        dated = DATE_IN_LINE.search(text)
        # (a course's line closing on its date counts: "GEO2315 Coastal Hazards, essay 2, 14 March 2025")
        if (DATE_LINE.match(text.strip()) or (dated and (words <= 6 or dated.end() >= len(text.rstrip(". "))))) \
                and 1 <= position <= 5:
            run = content[:position + 1]
            # (a LaTeX title block's date, set aside already, closes longer lines: "CLAS 1040: Science and
            # Technology in the Ancient World"; a record stating the essay's length is the page's)
            tuning = draft.rules.tuning
            longest = tuning.student_header_line_max_words if not isinstance(block, Removed) else tuning.title_block_line_max_words
            # (the date line's own words are its course's: the date closing it is no part of its length)
            dated_words = words - len(dated.group(0).split()) if dated and not DATE_LINE.match(text.strip()) else words
            if any((dated_words if i == index else text_and_words(blocks[i])[1]) > longest
                   or draft.rules.counter.number_unit.search(text_and_words(blocks[i])[0])
                   for i in (run[1:] if titled else run)) \
                    or any(isinstance(blocks[i], Removed) for i in run[:-1]):
                return draft
            # lines under the date that belong to the block: labels, or short lines that run on
            # into another short line before the prose starts ("Macbeth Essay" / "Final Draft")
            rest = content[position + 1:]
            for offset, i in enumerate(rest):
                following = blocks[rest[offset + 1]] if offset + 1 < len(rest) else None
                line = text_and_words(blocks[i])[0].strip()
                if draft.rules.student_header_labels.match(line) or (_short_line(blocks[i], 5) and _short_line(following, 5)):
                    run.append(i)
                else:
                    break
            first = text_and_words(blocks[run[0]])[0].strip()
            # (a first line that is the essay's title heads a record of the page's, not a writer's block)
            author = draft.author or (first if _PERSON.match(first) and first.casefold() != title_key else None)
            title = draft.title
            for i in run:
                blocks[i] = blocks[i] if isinstance(blocks[i], Removed) else Removed(Kind.STUDENT_HEADER, text_and_words(blocks[i])[0])
            _drop_running_heads(blocks, run)
            # A dump's first line was the writer's name, taken for the title: the heading block
            # shows it, and the real title is the line under the block; so it is on a page that names
            # no title at all (a word processor's export with an empty <title>).
            after = next((i for i in range(run[-1] + 1, len(blocks)) if not isinstance(blocks[i], Removed)), None)
            shown = any(isinstance(b, (Paragraph, Heading)) and text_and_words(b)[0].strip().casefold() ==
                        (title or "").strip().casefold() for b in blocks)
            if ((not title or not shown and looks_like_a_name(title)) and after is not None
                    and _title_line(blocks[after], _TITLE_UNDER_THE_BLOCK_MAX_WORDS)):
                author = draft.author or title.strip() if title else author  # (the name taken for the title is the writer's)
                title = text_and_words(blocks[after])[0].strip()
                blocks[after] = Removed(Kind.TITLE, title)
            return replace(draft, blocks=tuple(blocks), author=author, title=title)
    return draft


_RUNNING_HEAD = compile_regex(r"^(?P<name>[^\W\d_][\w’'-]+)\s+\d{1,3}$")
"""An MLA page's running head, the writer's surname and the page number ("Ocampo 3")."""


def _drop_running_heads(blocks: list[DraftBlock], run: list[int]) -> None:
    """Under a heading block, the writer's running head on the later pages of a copy shown page by page
    ("Ocampo 3" between two pages' text): the surname the block shows (in its running head, or as the last
    word of a line of it), then a page number, on a line of its own."""
    lines = [(b.text if isinstance(b, Removed) else text_and_words(b)[0]).strip() for b in (blocks[i] for i in run)]
    names = {m.group("name").casefold() for line in lines if (m := _RUNNING_HEAD.match(line))}
    names |= {line.split()[-1].casefold() for line in lines if _PERSON.match(line)}
    if not names:
        return
    for index in range(run[-1] + 1, len(blocks)):
        if isinstance(blocks[index], Paragraph) and (m := _RUNNING_HEAD.match(text_and_words(blocks[index])[0].strip())) \
                and m.group("name").casefold() in names:
            blocks[index] = Removed(Kind.RUNNING_HEADER, text_and_words(blocks[index])[0])


def bold_lines_as_headings(draft: Draft) -> Draft:
    """A paragraph that is one short bold run is a heading the page did not mark up (the HTML walker
    reports it as it is). First of the passes, so that every later one sees the heading."""
    limit = draft.rules.tuning.bold_heading_max_chars
    if not any(bold_line(b, limit) for b in draft.blocks):
        return draft
    return draft.with_blocks(Heading(3, b.inlines[0].children) if bold_line(b, limit) else b  # type: ignore[union-attr]
                             for b in draft.blocks)


def is_heading_line(text: str, following: DraftBlock | None, tuning: Tuning) -> bool:
    """A short line, no end punctuation, capitalised like a heading, followed by longer prose."""
    if len(text.strip()) > tuning.heading_max_chars:
        return False  # (asked of every paragraph: a long one is not read word by word)
    shape = line_shape(text, FUNCTION_WORDS)
    words = shape.words
    # (a title and its subtitle may run to a title line's length: "Black Gold of Borrowdale: How a Cumbrian …")
    most = tuning.title_line_max_words if ": " in text else tuning.heading_max_words
    if not words or len(words) > most or shape.chars > tuning.heading_max_chars or shape.ends_like_prose:
        return False
    if not shape.starts_upper or "(" in text or DATE_LINE.match(text) or shape.ends_on_function_word:
        return False
    if not isinstance(following, (Paragraph, ListBlock, BlockQuote)):
        return False
    following_words = text_and_words(following)[1]
    if following_words < max(8, 2 * len(words)):
        return False
    # a long line must be capitalised like a title ("The Causes of the Great Depression")
    return len(words) <= 5 or not shape.significant or shape.capitalised_share >= tuning.heading_capitalised_share


def _level(text: str) -> int:
    match = _NUMBERED_HEADING.match(text)
    if match and "." in match.group("num"):
        return min(6, 2 + match.group("num").count("."))
    return 2


def infer_headings(draft: Draft) -> Draft:
    out: list[DraftBlock] = []
    blocks = draft.blocks
    for index, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            text = block.plain  # (plain_text of its inlines, read once for all the passes)
            # (a writer's line under the title, "Nayeli Orellana, Grade 10, Alderbrook High School", is no section's name)
            if is_heading_line(text, next_content(blocks, index), draft.rules.tuning) \
                    and not (out and isinstance(out[-1], Heading) and any(pattern.match(text.strip()) for pattern in draft.rules.bylines)):
                out.append(Heading(_level(text), block.inlines))
                continue
        out.append(block)
    return draft.with_blocks(out)


def normalise_heading_levels(draft: Draft) -> Draft:
    """Body headings start at level 2 (the title is level 1), keeping their relative depth."""
    levels = [b.level for b in draft.blocks if isinstance(b, Heading)]
    if not levels:
        return draft
    shift = 2 - min(levels)
    if shift == 0:
        return draft
    return draft.with_blocks(
        replace(b, level=max(2, min(6, b.level + shift))) if isinstance(b, Heading) else b
        for b in draft.blocks)
