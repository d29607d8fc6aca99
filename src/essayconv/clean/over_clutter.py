"""Labels over what was taken out: a heading whose whole section was clutter, a facts box's label, a
line closing on a colon over notes set aside. They go with what they labelled."""

from __future__ import annotations

import itertools

from ..model import DraftBlock, Heading, Paragraph, Removed, block_text, count_words
from ..signals import ADVERTISING, HIDES_TEXT, SET_ASIDE_WHOLE, Kind, ends_sentence
from ..tuning import Tuning
from .clutter import has_essay_before
from .draft import Draft, as_removed, text_and_words
from .facts import labels_facts
from .page_labels import set_as_a_title
from .titles import may_be_title


def drop_headings_over_clutter(draft: Draft) -> Draft:
    """A heading whose whole section was taken out as clutter was that clutter's label ("So zitierst
    du diesen Text" over a cite box, "Share this essay" over the share bar): it goes with it, under
    the same kind. A section cut off by the site (a gap, a placeholder) is the essay's own, and so
    is one set aside by the finder (outside the essay's box: the heading is the last thing in it).
    Headings above the essay's first prose are the title's business (drop_title_heading). A line
    closing on a colon over notes set aside is their label."""
    blocks = list(draft.blocks)
    essay_seen = False
    for index, block in enumerate(blocks):
        if draft.title and labels_facts(blocks, index, draft.rules.tuning, after_the_essay=essay_seen) \
                and not may_be_title(block_text(block), draft.title) and not _heads_the_essay_under_a_label(block, draft):
            blocks[index] = as_removed(block, Kind.METADATA)  # "Sample card" over the facts strip and counter
            continue
        if _labels_the_notes(blocks, index, draft.rules.tuning) or essay_seen and _labels_a_closing_note(blocks, index, draft.rules.tuning):
            blocks[index] = as_removed(block, Kind.NOTE)  # "How long each bit took me:" over the timings
            continue
        if essay_seen and _titles_an_embed(blocks, index, draft.rules.tuning):
            blocks[index] = as_removed(block, Kind.CAPTION)  # "Interactive timeline, 1631" over its Flash stand-in
            continue
        if not isinstance(block, Heading) or not essay_seen:
            essay_seen = essay_seen or has_essay_before([block])
            continue
        section = []
        for following in itertools.islice(blocks, index + 1, None):  # no copy of the tail per heading
            if isinstance(following, Heading):
                break
            section.append(following)
        # (a box counting what it hides, "This section is for members · 67 words locked", hides the section's body)
        if section and all(isinstance(b, Removed) and b.kind not in SET_ASIDE_WHOLE and b.kind not in HIDES_TEXT
                           and not draft.rules.counter.rest_phrase.search(b.text)
                           for b in section) and not _brings_its_own_headline(section, draft.rules.tuning):
            blocks[index] = as_removed(block, section[0].kind)
        elif _mostly_comments(section, draft.rules.tuning):
            # a thread under the essay ("Corrections (3)"): what the comment pass left of it between the
            # comments it took (each commenter's line, their copy of the essay's sentences, the thanks) is the thread's
            for at in range(index, index + 1 + len(section)):
                if not isinstance(blocks[at], Removed):
                    blocks[at] = as_removed(blocks[at], Kind.COMMENTS)
    return draft.with_blocks(blocks)


def _mostly_comments(section: list[DraftBlock], tuning: Tuning) -> bool:
    """A section after the essay that the comment pass took most of: `thread_min_comments` comments at
    least, at least as many blocks taken as comments as blocks left, and no prose before the first
    comment but a commenter's line (the essay's last section, the thread run on under it, keeps its prose)."""
    taken = [i for i, b in enumerate(section) if isinstance(b, Removed) and b.kind == Kind.COMMENTS]
    return len(taken) >= tuning.thread_min_comments and 2 * len(taken) >= len(section) and all(
        text_and_words(b)[1] <= tuning.title_line_max_words for b in section[:taken[0]] if not isinstance(b, Removed))


def _brings_its_own_headline(section: list[DraftBlock], tuning: Tuning) -> bool:
    """A call to action or an advertisement that opens with a headline of its own ("Need it by
    tomorrow?" over its pitch) was dropped between two of the essay's headings: the heading above it
    is the essay's, not its label."""
    first = section[0]
    return len(section) >= 2 and isinstance(first, Removed) and first.kind in ADVERTISING \
        and count_words(first.text) <= tuning.action_headline_max_words and first.text.rstrip().endswith(("?", "!"))


def _heads_the_essay_under_a_label(block: DraftBlock, draft: Draft) -> bool:
    """On a page titled by a label ("Model answer 4"), a heading over the answer's facts (paper, question,
    length) set as a title of a few words is the essay's own title ("Let Him Have It"): the title passes'."""
    text = block_text(block).strip()
    return isinstance(block, Heading) and draft.rules.title_page_label.search(draft.title or "") is not None \
        and set_as_a_title(text, draft)  # (four words at least: "Sample card" over the facts is a box's label)


def _titles_an_embed(blocks: list[DraftBlock], index: int, tuning: Tuning) -> bool:
    """A short line ending no sentence right over a picture's or an embed's caption set aside, the essay
    going on after it: the embed's title."""
    block, after = blocks[index], blocks[index + 1] if index + 1 < len(blocks) else None
    if not isinstance(block, Paragraph) or not isinstance(after, Removed) or after.kind != Kind.CAPTION:
        return False
    text, words = text_and_words(block)
    return words <= tuning.tail_line_max_words and not ends_sentence(text.strip())


def _labels_the_notes(blocks: list[DraftBlock], index: int, tuning: Tuning) -> bool:
    """A line closing on a colon right over two or more notes set aside, the essay going on after them
    ("How long each bit took me (I actually timed it for once):" over the timings): their label."""
    block = blocks[index]
    if not isinstance(block, Paragraph):
        return False
    text, words = text_and_words(block)
    if words > tuning.box_label_max_words or not text.rstrip().endswith(":"):
        return False
    notes = list(itertools.takewhile(lambda b: isinstance(b, Removed), blocks[index + 1:index + 1 + _NOTES_MAX]))
    return len(notes) >= 2 and all(b.kind == Kind.NOTE for b in notes)


def _labels_a_closing_note(blocks: list[DraftBlock], index: int, tuning: Tuning) -> bool:
    """A short line that ends no sentence right over the note set aside after the essay, nothing of the
    essay after them ("Teacher’s introduction (Ms Quist)" over the note naming the pupil): the note's label."""
    block = blocks[index]
    if not isinstance(block, Paragraph):
        return False
    text, words = text_and_words(block)
    if words > tuning.box_label_max_words or text.strip().rstrip(")]”’\"'").endswith((".", "!", "?", ":")):
        return False  # (a label, its writer in brackets: "Teacher’s introduction (Ms Quist)")
    after = blocks[index + 1:]
    return bool(after) and isinstance(after[0], Removed) and after[0].kind in (Kind.NOTE, Kind.AUTHOR_BIO) \
        and all(isinstance(b, Removed) for b in after)


_NOTES_MAX = 12
"""Lines a colon label may stand over (a list of timings, a plan): a box's, not a section's."""
