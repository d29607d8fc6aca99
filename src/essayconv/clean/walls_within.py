"""A wall in the middle of the text: the site hid a part between two parts it shows (a document viewer's locked
page, a plan's locked sections), the essay's prose on both sides. The wall's lines go and a gap marks the cut
(the cuts at the text's end are gaps.py's)."""

from __future__ import annotations

import itertools

from ..model import DraftBlock, Gap, Heading, Paragraph, Removed, count_words
from ..signals import Kind, ends_sentence
from ..tuning import Tuning
from .draft import Draft, removed, text_and_words


def mark_walls_within(draft: Draft) -> Draft:
    """A wall between two parts of the text (a document viewer's locked page: "This page is locked" /
    "Unlock the full document to read page 2 of 3" / "or upload 3 documents to get free unlocks", then the
    next page's text): a few short lines, one saying the text goes on behind them, with the essay's prose
    on both sides. The lines go, and a gap marks the cut."""
    tuning = draft.rules.tuning
    blocks = list(draft.blocks)
    kept = [i for i, b in enumerate(blocks) if not isinstance(b, Removed)]
    prose = [i for i in kept if isinstance(blocks[i], Paragraph) and text_and_words(blocks[i])[1] > tuning.prompt_prose_words]
    for first, last in zip(prose, prose[1:]):
        run = [i for i in kept if first < i < last]
        if run and isinstance(blocks[run[-1]], Heading):
            run = run[:-1]  # (the next section's heading over the prose after the wall)
        # (a wall is a box of lines, one a fragment at least: "This page is locked"; one sentence alone between
        # two paragraphs is the essay's, whatever it counts)
        if len(run) < 2 or len(run) > tuning.wall_lines_behind_a_wall_max or any(isinstance(blocks[i], Gap) for i in run) \
                or all(ends_sentence(text_and_words(blocks[i])[0].strip()) for i in run) \
                or not all(isinstance(blocks[i], Paragraph) and text_and_words(blocks[i])[1] <= tuning.wall_line_max_words for i in run) \
                or not any(draft.rules.continues.search(blocks[i].text if isinstance(blocks[i], Removed) else text_and_words(blocks[i])[0])
                           for i in range(first + 1, last)):  # (the wall's button or pitch the clutter pass took counts too)
            continue
        out = [removed(Kind.PAYWALL, text_and_words(b)[0]) if i in run else b for i, b in enumerate(blocks)]
        out.insert(run[0], Gap("truncated"))
        return mark_walls_within(draft.with_blocks(out))  # (another locked page further on)
    return _walls_set_aside_within(draft, prose)


_WALL_KINDS = frozenset((Kind.PAYWALL, Kind.AD, Kind.BUTTON, Kind.RELATED))
_LOCK_KINDS = frozenset((Kind.PAYWALL, Kind.AD, Kind.FORM))
"""What the finder makes of a lock box stating what it hides: a paywall, an advertisement, a form (its unlock
button posts one: "121 words of this essay are hidden. [Unwind the spool]")."""
"""What the clutter pass makes of a wall's lines: its pitch, its button, the lines after the button."""


def _walls_set_aside_within(draft: Draft, prose: list[int]) -> Draft:
    """A wall the finder set aside whole between two parts of the text ("The middle of this sample is
    hidden / Create a free account to read every paragraph", then the conclusion under its heading): a box
    the site's paywall rule takes, the essay's prose before it, and the essay going on after it (a heading
    over prose, or two paragraphs of it: one is as likely the site's note after a cut). A gap marks the cut."""
    blocks, walls, tuning = draft.blocks, [r for r in draft.rules.blocks if r.kind == Kind.PAYWALL], draft.rules.tuning
    cuts = []
    for index in range(1, len(blocks)):
        # (a run of records is one box, looked at from its first, right after the essay's prose, or right under a
        # section's heading after it: the section's body locked, "This section is for members · 67 words locked")
        if not isinstance(blocks[index], Removed) or not (index - 1 in prose or isinstance(blocks[index - 1], Heading)
                                                          and any(i < index - 1 for i in prose)):
            continue
        end = next((i for i in range(index, len(blocks)) if not isinstance(blocks[i], Removed)), len(blocks))
        if end < len(blocks) and isinstance(blocks[end], Gap):
            continue  # (the cut is marked at the wall already)
        after = [i for i in range(end, len(blocks)) if not isinstance(blocks[i], Removed)]
        goes_on = sum(1 for i in prose if i > index) >= 2 \
            or len(after) >= 2 and isinstance(blocks[after[0]], Heading) and after[1] in prose
        # (or any line of the box saying the text goes on behind it: "The middle of this essay is available with …")
        if goes_on and any(isinstance(r, Removed) and count_words(r.text) <= tuning.wall_box_max_words
                           and (r.kind in _LOCK_KINDS and (any(rule.finds(r.text) for rule in walls)
                                                                       or draft.rules.counter.rest_phrase.search(r.text))
                                or r.kind in _WALL_KINDS and draft.rules.continues.search(r.text))
                           for r in blocks[index:end]):
            cuts.append(index)
    out = list(blocks)
    for index in reversed(cuts):
        for line in _small_print_after(out, index, tuning):
            out[line] = removed(Kind.PAYWALL, text_and_words(out[line])[0])  # "Cancel anytime." under the wall's button
        out.insert(index, Gap("truncated"))
    return draft.with_blocks(out) if cuts else draft


def _small_print_after(blocks: list[DraftBlock], index: int, tuning: Tuning) -> list[int]:
    """The wall's own short lines left after its lines set aside at `index` (its small print, "Cancel anytime. Plus
    includes the checker."), before the text goes on under a heading: none when prose follows them directly."""
    end = next((i for i in range(index, len(blocks)) if not isinstance(blocks[i], Removed)), len(blocks))
    lines = list(itertools.takewhile(lambda i: isinstance(blocks[i], Paragraph)
                                     and text_and_words(blocks[i])[1] <= tuning.wall_line_max_words, range(end, len(blocks))))
    following = lines[-1] + 1 if lines else end
    heading_next = following < len(blocks) and isinstance(blocks[following], Heading)
    return lines if lines and len(lines) <= tuning.wall_lines_behind_a_wall_max and heading_next else []
