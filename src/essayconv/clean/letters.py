"""An essay sent by mail — a class list's archive, a forum post pasted from an email — arrives inside a
letter: a greeting and a short note above it ("Hi Mr Danvers, here is my essay… Thanks, Sam"), a
signature and the quoted message it answers below it. None of it is the essay. The letter's parts
are told by their shape ([letters] in clutter.toml), never by what the note says."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from ..model import BlockQuote, DraftBlock, Heading, Paragraph, Removed
from ..regexes import compile_regex
from ..rules import Rules
from ..signals import Kind, ends_sentence, stamped_line, without_pictographs, word_set
from .draft import Draft, as_removed, is_texty, text_and_words
from .page_labels import title_case_question
from .titles import above_the_title

SENTENCES = compile_regex(r"(?<=[.!?])\s+")
_ARCHIVE_QUOTING = compile_regex(r"^-{2,3}\s?in\s", re.IGNORECASE)


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
        return _greeting_paragraph(blocks, content, draft)
    after = [i for i in content if i > start][:letter.note_max_blocks + 2]
    if _greeting_alone(blocks[start], draft.rules) and after and text_and_words(blocks[after[0]])[1] >= draft.rules.tuning.essay_run_words \
            and not any(isinstance(blocks[i], Heading) for i in after):
        return start, start  # (a hello to the list, alone on its line, over the essay's prose; a title under a note is asked below)
    for position, index in enumerate(after):
        line = _line(blocks[index])
        if letter.sign_off.match(line):
            following = after[position + 1] if position + 1 < len(after) else None
            if following is not None and text_and_words(blocks[following])[1] <= letter.name_max_words \
                    and not ends_sentence(_line(blocks[following])):
                return start, following
            return start, index
        if isinstance(blocks[index], Heading) and position and _greeting_alone(blocks[start], draft.rules) \
                and _first_of_its_sections(blocks, index) and not any(_speaks_of_the_essay(blocks[i], draft) for i in after[:position]):
            # (a hello to the list over the message: the first of its sections' headings, the lines above it open
            # the essay — unless they present it, "we have to write an essay on …"; a newsletter's "Dear members,"
            # letter is its own, over the notices)
            return start, start
        if isinstance(blocks[index], Heading) or (position and _title_over_prose(blocks, after, position, draft)):
            return (start, after[position - 1]) if position else (start, start)
        if text_and_words(blocks[index])[1] > draft.rules.note_max_words and not _speaks_of_the_essay(blocks[index], draft):
            break  # the essay itself began: a greeting was its first line, not a letter's
    # (…save a hello to the list alone on its line, over whatever the message goes on with)
    return (start, start) if _greeting_alone(blocks[start], draft.rules) else None


def _first_of_its_sections(blocks: list[DraftBlock], index: int) -> bool:
    """The heading is the first of several of its rank, each over the essay's prose: a section's, not a title."""
    level = blocks[index].level
    return sum(1 for b in blocks[index + 1:] if isinstance(b, Heading) and b.level == level) >= _SECTIONS_AFTER_MIN


_SECTIONS_AFTER_MIN = 2


def _title_over_prose(blocks: list[DraftBlock], after: list[int], position: int, draft: Draft) -> bool:
    """A mail's title line, not yet a heading: a line of its own over the essay's first paragraph
    (a name and role signing the note, "Mrs J. Whitfield, Headteacher", has its comma)."""
    line = _line(blocks[after[position]])
    below = blocks[after[position + 1]] if position + 1 < len(after) else None
    return _title_line(blocks[after[position]], draft) and "," not in line and isinstance(below, Paragraph) \
        and text_and_words(below)[1] > draft.rules.tuning.prompt_prose_words


_OPENING_CLAUSE = compile_regex(r"^[^,!.]{1,60}[,!.]")


def opens_a_letter(text: str, rules: Rules) -> bool:
    """A paragraph opening with a greeting and its comma, exclamation mark or full stop ("Hi all, this is my
    draft…", "Hi all! My daughter wrote…", "Hi all. This is a personal essay…"): a letter's note."""
    opening = _OPENING_CLAUSE.match(text)
    return opening is not None and rules.letter.greeting.match(opening.group(0)) is not None


def _greeting_alone(block: DraftBlock, rules: Rules) -> bool:
    """A line that is a greeting and nothing more, called out or to a group ("Hello, dyers and friends!", "Hi gang,",
    "Bonsoir à tous,"): a post's hello to its readers. (A letter-essay's "Dear Grandma," opens its text.)"""
    line = without_pictographs(_line(block))
    to_all = line.endswith("!") or not word_set(line).isdisjoint(rules.letter.group_words)
    closed = line if line.endswith((",", "!", ":", ".")) else line + ","  # ("GM kite people 🪁": its emoji its close)
    return isinstance(block, Paragraph) and to_all and rules.letter.greeting.match(closed) is not None


def _greeting_paragraph(blocks: list[DraftBlock], content: list[int], draft: Draft) -> tuple[int, int] | None:
    """A forum post's note in one paragraph ("Hi all, this is my draft for … any feedback welcome!"):
    it opens with a greeting and its comma, says little, and the essay's title heading follows it —
    right after it, or after a few more short lines of the note (the question the essay answers)."""
    letter = draft.rules.letter
    for position, index in enumerate(content[:letter.greeting_within]):
        # (a longer one when it speaks of the essay: "Hi all. This is a personal essay I'd like to send to … It's
        # 453 by the counter")
        if _greeting_alone(blocks[index], draft.rules):
            return index, index  # (a blog post's "Hello, dyers and friends! 🌿" over its text)
        if opens_a_letter(_line(blocks[index]), draft.rules) and isinstance(blocks[index], Paragraph) \
                and (text_and_words(blocks[index])[1] <= draft.rules.note_max_words or _speaks_of_the_essay(blocks[index], draft)):
            last = index
            for following in content[position + 1:position + 2 + draft.rules.tuning.greeting_note_lines]:
                if isinstance(blocks[following], Heading) or title_case_question(blocks[following], draft):
                    return index, last
                line, words = text_and_words(blocks[following])
                # (the question the essay answers, a short line, or more of the note on the essay — its count:
                # a statement of prose about something else is the essay's opening)
                if not isinstance(blocks[following], Paragraph) or words > draft.rules.note_max_words \
                        or words > draft.rules.tuning.title_line_max_words and not line.strip().endswith(("?", ":")) \
                        and not _speaks_of_the_essay(blocks[following], draft):
                    break
                last = following
            # no title line after it: the essay's prose begins, and the greeting's paragraph alone was
            # the poster's note when it presented the essay as theirs ("Hi everyone, this is my …
            # essay from last term. It's 514 words")
            return (index, index) if _presents_own_essay(_line(blocks[index]), draft.rules) else None
    return None


def _speaks_of_the_essay(block: DraftBlock, draft: Draft) -> bool:
    """A longer paragraph of the note that speaks of the essay as a piece of work or states its length
    ("… this week you get the whole model answer. It clocks in at 476 words …")."""
    from .counters import count_in_a_note
    from .essay_talk import names_the_work

    text, words = text_and_words(block)
    return words <= draft.rules.tuning.note_above_title_max_words and (
        names_the_work(text, draft.rules) or count_in_a_note(text, draft) is not None)


def _presents_own_essay(text: str, rules: Rules) -> bool:
    """A sentence of the note names the essay as the writer's own ("this is my … essay")."""
    words = word_set(text)
    return not words.isdisjoint(rules.letter.essay_nouns) and not words.isdisjoint(rules.letter.own_words)


def _title_line(block: DraftBlock, draft: Draft) -> bool:
    """A heading, a short line with no sentence end or a question in title case: a title on its own line;
    not the next post's header (its writer and when it was sent: a forum thread's posts)."""
    text, words = text_and_words(block)
    if stamped_line(text):
        return False
    return isinstance(block, Heading) or title_case_question(block, draft) or (
        isinstance(block, Paragraph) and 0 < words <= draft.rules.tuning.title_line_max_words and not ends_sentence(text.strip()))


def _claimed_in_note(blocks: list[DraftBlock], first: int, last: int, draft: Draft) -> tuple[int, int | None] | None:
    """The writer's own count in the note, and the pages it states beside it ("It's 378 words (not counting
    the title)"; "It clocks in at 476 words, not counting the two sources": one count in a paragraph, read
    near its number; "… is 455 (without the title), and it is 3 pages double spaced")."""
    from .counters import count_in_a_note, counter_parts

    for block in blocks[first:last + 1]:
        for sentence in SENTENCES.split(draft.rules.counter.limit_phrase.sub(" ", text_and_words(block)[0])):
            # (the task's limit is no count: "The limit is 500 words and mine is 384"); a long sentence
            # is read near its count when it speaks of the essay ("The model essay
            # runs to 1,120 words, which is longer than I usually send, so …")
            parts = counter_parts(sentence, draft.rules.counter, windowed=not word_set(sentence).isdisjoint(draft.rules.letter.essay_nouns))
            if parts and parts[0] is not None:
                return parts[0], parts[1]
    # (a guess is no count: "around 370 words, limit is 400")
    stated = next((found for block in blocks[first:last + 1] if (found := count_in_a_note(text_and_words(block)[0], draft))
                   and not draft.rules.counter.hedged.search(text_and_words(block)[0])), None)
    return (stated[0], stated[1]) if stated else None



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


def signed_off(block: DraftBlock, draft: Draft) -> bool:
    """The mail's closing over its signature, its lines run together ("Thanks, Rafael Quintanar ENGL 101-07
    (Mon/Wed 6 pm)", "Until next time, Kirsteen 🌿"): a sign-off, then the writer's name and class in a few words."""
    text, words = text_and_words(block)
    text = without_pictographs(text)
    sign_off, comma, _rest = text.strip().partition(",")
    return isinstance(block, (Paragraph, BlockQuote)) and bool(comma) and words <= draft.rules.tuning.title_line_max_words \
        and draft.rules.letter.sign_off.match(sign_off + ",") is not None


def _next_message(blocks: list[DraftBlock], after: int, draft: Draft) -> list[int]:
    """The header lines of a thread's next message right after a note (its sender and date, "To: …"), if
    any: the note closed an earlier message."""
    headers = []
    for index in range(after + 1, len(blocks)):
        if isinstance(blocks[index], Removed):
            continue
        if not draft.rules.letter.mail_header.match(_line(blocks[index])):
            break
        headers.append(index)
    return headers


def _quoted_above(blocks: list[DraftBlock], draft: Draft) -> list[DraftBlock]:
    """A reply that quotes the message it answers before its own text ("On 13 Jan 2006, Miriam Quarrie wrote:",
    then "> …" lines): the quoted message is the thread's, not the essay, and goes as the letter's."""
    content = [i for i, b in enumerate(blocks) if is_texty(b) and not isinstance(b, Removed)][:draft.rules.letter.greeting_within]
    for position, index in enumerate(content):
        opening = draft.rules.letter.ends.match(line := _line(blocks[index]))
        if opening and line.startswith("-") and not _ARCHIVE_QUOTING.match(line):
            continue  # (a signature's "-- " or a forwarded message's rule; a list archive's "--- In …" quotes)
        if opening and line[opening.end():].lstrip().startswith(">"):  # (its header and the quoted lines run into one)
            blocks[index] = as_removed(blocks[index], Kind.LETTER)
            return blocks
        if not opening:
            continue
        quoted = list(itertools.takewhile(lambda i: _line(blocks[i]).startswith(">"), content[position + 1:]))
        if not quoted:
            return blocks
        return [as_removed(b, Kind.LETTER) if index <= i <= quoted[-1] and not isinstance(b, Removed) else b
                for i, b in enumerate(blocks)]
    return blocks


def drop_letter(draft: Draft) -> Draft:
    blocks = _quoted_above(list(draft.blocks), draft)
    note = _note_above(blocks, draft)
    claimed, pages = draft.claimed_words, draft.claimed_pages
    title = draft.title
    for _ in range(draft.rules.letter.thread_max_messages - 1):
        # (a thread's print view: the note found closed an earlier message — the task set, say — and the
        # essay's own message, with its note, follows the next header)
        headers = _next_message(blocks, note[1], draft) if note is not None else []
        if not headers:
            break
        blocks[note[0]:note[1] + 1] = [as_removed(b, Kind.LETTER) for b in blocks[note[0]:note[1] + 1]]
        for index in headers:
            blocks[index] = as_removed(blocks[index], Kind.HEADER)
        note = _note_above(blocks, draft) or note
    if note is not None:
        first, last = note
        noted = _claimed_in_note(blocks, first, last, draft) if claimed is None else None
        claimed, pages = (noted[0], pages if pages is not None else noted[1]) if noted else (claimed, pages)
        blocks[first:last + 1] = [as_removed(b, Kind.LETTER) for b in blocks[first:last + 1]]
        # the essay's own title on its line after the note ("…Thanks, Sam" / "In Defence of Pigeons"):
        # a mail's subject or a forum's board name is not the essay's title
        following = next((i for i in range(last + 1, len(blocks)) if not isinstance(blocks[i], Removed)), None)
        # (a section's <h2> after the note, where the page shows its own title above the note — a
        # newsletter's post titled in its header — is the essay's first section, not its title; a bold
        # line there, read as a heading of the third level, is a post's own title line)
        shown = bool(title) and any(isinstance(b, Removed) and b.kind in (Kind.HEADER, Kind.TITLE)
                                    and title.casefold() in b.text.casefold() for b in blocks[:first])
        # (…nor is any heading there, where the issue's own contents list names the page's title as its piece:
        # "In today's issue: Opium and the Protests | Bottle of the week …" over "The long sniff")
        listed = bool(title) and any(isinstance(b, Removed) and b.kind == Kind.SITE_TOC
                                     and title.rpartition(": ")[2].casefold() in b.text.casefold() for b in blocks[:following or 0])
        if following is not None and _title_line(blocks[following], draft) \
                and not (shown and (isinstance(blocks[following], Heading) and blocks[following].level == 2 or listed)):
            title = _line(blocks[following])
            blocks[following] = Removed(Kind.TITLE, title)
            blocks = above_the_title(blocks, following, draft.rules.tuning)  # the subject, sender and date lines
    tail = _tail_from(blocks, draft)
    if tail is not None:
        blocks[tail:] = [as_removed(b, Kind.LETTER) for b in blocks[tail:]]
        closing = next((i for i in range(tail - 1, -1, -1) if not isinstance(blocks[i], Removed)), None)
        if closing is not None and signed_off(blocks[closing], draft):
            blocks[closing] = as_removed(blocks[closing], Kind.LETTER)
    return replace(draft, blocks=tuple(blocks), claimed_words=claimed, claimed_pages=pages, title=title)
