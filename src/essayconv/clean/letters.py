"""An essay sent by mail — a class list's archive, a forum post pasted from an email — arrives inside a
letter: a greeting and a short note above it ("Hi Mr Danvers, here is my essay… Thanks, Sam"), a
signature and the quoted message it answers below it. None of it is the essay. The letter's parts
are told by their shape ([letters] in clutter.toml), never by what the note says."""

from __future__ import annotations

from ..model import DraftBlock, Heading, Paragraph, Removed
from ..signals import Kind, ends_sentence
from .clutter import as_removed
from .draft import Draft, is_texty, text_and_words


def _line(block: DraftBlock) -> str:
    return text_and_words(block)[0].strip() if isinstance(block, (Paragraph, Heading)) else ""


def _note_above(blocks: list[DraftBlock], draft: Draft) -> tuple[int, int] | None:
    """(first, last) positions of the greeting-to-name note that opens the text, if there is one:
    a greeting among the first blocks, then a few short blocks, then a sign-off (and the name under
    it) — or, with no sign-off, the essay's title heading right after the note."""
    letter = draft.rules.letter
    content = [i for i, b in enumerate(blocks) if is_texty(b) and not isinstance(b, Removed)]
    start = next((i for i in content[:letter.greeting_within] if letter.greeting.match(_line(blocks[i]))), None)
    if start is None:
        return None
    after = [i for i in content if i > start][:letter.note_max_blocks + 2]
    for position, index in enumerate(after):
        line = _line(blocks[index])
        if letter.sign_off.match(line):
            following = after[position + 1] if position + 1 < len(after) else None
            if following is not None and text_and_words(blocks[following])[1] <= letter.name_max_words \
                    and not ends_sentence(_line(blocks[following])):
                return start, following
            return start, index
        if isinstance(blocks[index], Heading):
            return (start, after[position - 1]) if position else (start, start)
        if text_and_words(blocks[index])[1] > draft.rules.note_max_words:
            return None  # the essay itself began: a greeting was its first line, not a letter's
    return None


def _tail_from(blocks: list[DraftBlock], draft: Draft) -> int | None:
    """Where the mail's tail starts: the signature delimiter, a quoted reply's "On … wrote:", a
    forwarded message's rule — the first of these after some of the essay's prose."""
    seen_prose = False
    for index, block in enumerate(blocks):
        if isinstance(block, Removed) or not is_texty(block):
            continue
        text, words = text_and_words(block)
        if seen_prose and draft.rules.letter.ends.match(text.strip()):
            return index
        seen_prose = seen_prose or (isinstance(block, Paragraph) and words >= draft.rules.tuning.essay_run_words)
    return None


def drop_letter(draft: Draft) -> Draft:
    blocks = list(draft.blocks)
    note = _note_above(blocks, draft)
    if note is not None:
        first, last = note
        blocks[first:last + 1] = [as_removed(b, Kind.LETTER) for b in blocks[first:last + 1]]
    tail = _tail_from(blocks, draft)
    if tail is not None:
        blocks[tail:] = [as_removed(b, Kind.LETTER) for b in blocks[tail:]]
    return draft.with_blocks(blocks)
