"""The essay's own title line at the opening of its box, when the page is titled by something else (a
discussion's topic, a board's name): the box's one heading over its paragraphs, or a title set apart
over the essay's sections with its writers' line under it."""

from __future__ import annotations

from dataclasses import replace

from ..model import Heading, Paragraph, Removed
from ..regexes import compile_regex
from ..signals import Kind, ends_sentence
from .counters import count_in_a_note
from .draft import Draft, text_and_words
from .page_labels import TITLE_SEPARATORS

_SENTENCE_THEN_MORE = compile_regex(r"[a-z]\.\s+[A-Z]")
"""A sentence's end inside a line ("Registration at 8.35 am. Photo: the school's archive")."""


def title_from_sole_opening_heading(draft: Draft) -> Draft:
    """The page's title is shown outside the essay's box only (a breadcrumb, a topic banner), and the
    box opens with its one and only heading, over paragraphs: that heading is the essay's own title line (a post in a course's
    discussion, whose page is titled by the discussion's topic). A generic section name ("Introduction")
    opening a box is a section, never a title."""
    from ..sites.learning_data import is_essay_heading

    blocks = draft.blocks
    if not draft.title:
        return draft
    wanted = draft.title.casefold()
    # a "title" opening box after box is the name of who posts them (a channel's, over each message):
    # where it heads the essay's box, it is no title shown
    name_over_boxes = sum(1 for b in blocks if isinstance(b, Removed) and b.text.casefold().startswith(wanted)
                          and len(b.text) > len(wanted)) >= draft.rules.tuning.name_over_boxes_min
    content = [i for i, b in enumerate(blocks) if not isinstance(b, Removed)]
    above = blocks[:content[0]] if content else ()
    titled_at = [i for i, b in enumerate(above) if isinstance(b, Removed) and b.kind == Kind.TITLE]
    # the page's title set aside far above the box, the page's own parts between, outside the essay's box
    # (a task's due date, its prompt): it names the assignment, and the box's own heading is the essay's
    # (an essay's front matter between, its note, byline and date, leaves the title the essay's)
    apart = bool(titled_at) and sum(1 for b in above[titled_at[-1] + 1:] if b.kind == Kind.OUTSIDE_ESSAY) \
        >= draft.rules.tuning.title_apart_min_blocks
    if titled_at and not name_over_boxes and not apart:
        return draft
    if not apart and not _shown_within(wanted, [b.text.casefold() for b in above if isinstance(b, Removed)]):
        return draft  # the title is not shown above the box as part of something else (a breadcrumb, a topic)
    # the poster's word on the work above its title line ("This is my third real draft … 741 words"): a note
    preface = _poster_preface(blocks, content, draft)
    content = content[len(preface):]
    # (the reference list's heading is no section of the essay's: "Works Cited" under its one heading)
    headings = [i for i in content if isinstance(blocks[i], Heading)
                and not draft.rules.reference_heading.match(text_and_words(blocks[i])[0].strip())]
    if not headings or not content or headings[0] != content[0] or len(headings) > 1 and not _over_sections(blocks, headings, draft):
        return draft
    text, words = text_and_words(blocks[headings[0]])
    if text.partition(": ")[2].strip().casefold() == wanted:
        return draft  # a record's field naming the title the page has ("Title: Who Made Penicillin?")
    paragraphs = sum(1 for i in content if isinstance(blocks[i], Paragraph))
    # (the essay opens under its title, or under its writers' line there and its first section's heading;
    # a box's title is over its short note: "Still growing" / "This note is a seedling, so some wording
    # may still change.")
    opening = [blocks[i] for i in content[1:4]]
    under = opening[0] if opening else None
    writers = None
    if len(headings) > 1 and isinstance(under, Paragraph) and text_and_words(under)[1] <= draft.rules.tuning.title_line_max_words \
            and not ends_sentence(text_and_words(under)[0].strip()):
        opening = opening[1:]  # (the writers' line under the title: "ENGR 1010 Group 7: Leo Marsh, Hana Ito")
        writers = content[1] if _NAMES.match(text_and_words(under)[0].strip()) else None
    if len(headings) > 1 and opening and is_essay_heading(text_and_words(opening[0])[0]):
        opening = opening[1:]
    under = opening[0] if opening else None
    if not isinstance(under, Paragraph) or text_and_words(under)[1] <= draft.rules.tuning.prompt_prose_words:
        return draft
    if words > draft.rules.tuning.title_line_max_words or paragraphs < 2 \
            or is_essay_heading(text) or _SENTENCE_THEN_MORE.search(text):
        return draft  # (a line ending one sentence and starting another is a caption or a note, not a title)
    if text.strip().casefold().startswith(wanted) and not _SUBTITLE_AFTER.match(text.strip()[len(wanted):]):
        # the page's title with the box's word after it (Genius's "<title> Lyrics"), no subtitle: the title stands
        return draft.with_blocks([*blocks[:headings[0]], Removed(Kind.TITLE, text), *blocks[headings[0] + 1:]])
    out = [Removed(Kind.BYLINE, b.text) if isinstance(b, Removed) and b.kind == Kind.TITLE else b for b in blocks]
    out[headings[0]] = Removed(Kind.TITLE, text)
    counted = next((found for i in preface if (found := count_in_a_note(text_and_words(blocks[i])[0], draft))), None)
    for i in preface:
        out[i] = Removed(Kind.NOTE, text_and_words(blocks[i])[0])
    if counted and draft.claimed_words is None and draft.claimed_pages is None:
        draft = replace(draft, claimed_words=counted[0], claimed_pages=counted[1])
    if writers is not None:
        out[writers] = Removed(Kind.BYLINE, text_and_words(blocks[writers])[0])
    return replace(draft, title=text.strip(), blocks=tuple(out))


_SUBTITLE_AFTER = compile_regex(r"^\s*(?:[:–—-]|\(|$)")
"""A subtitle follows its title after a colon or a dash ("Let Us Sleep: The Case for …"), a note in brackets."""
_PREFACE_MAX = 2
"""Paragraphs of a poster's word on the work above its title line."""


def _poster_preface(blocks: tuple, content: list[int], draft: Draft) -> list[int]:
    """The paragraphs above the box's first heading that speak of the work or state its length ("This is my
    third real draft. Right now it's … 741 words"): a poster's preface, not the essay (a line merely short
    may be the essay's lede)."""
    from .essay_talk import names_the_work

    preface: list[int] = []
    for index in content[:_PREFACE_MAX + 1]:
        if isinstance(blocks[index], Heading):
            return preface
        text, words = text_and_words(blocks[index])
        if not isinstance(blocks[index], Paragraph) or words > draft.rules.tuning.note_above_title_max_words \
                or not (names_the_work(text, draft.rules) or count_in_a_note(text, draft) is not None):
            return []
        preface.append(index)
    return []


def _shown_within(title: str, lines: list[str]) -> bool:
    """The (case-folded) page title shown in one of the lines as part of something else (a breadcrumb, a
    topic banner), or all its parts shown in them (an app's header: its logo "Yellowdig", then the course's
    name, for a <title> "Yellowdig - HIST 201: US History")."""
    if any(title in line and line != title for line in lines):
        return True
    parts = [part for part in TITLE_SEPARATORS.split(title) if part.strip()]
    shown = " ".join(lines)
    return len(parts) >= 2 and all(part.strip() in shown for part in parts) and title not in lines


_NAME = r"[^\W\d_][\w'’-]+(?:\s[^\W\d_][\w'’.-]*){1,2}"
_NAMES = compile_regex(rf"^(?:[^:]{{1,40}}:\s)?{_NAME}(?:(?:,\s|\sand\s|\s&\s){_NAME})+$")
"""A line of writers' names, under a label or not ("ENGR 1010 Group 7: Leo Marsh, Hana Ito, Sam Achebe")."""


def _over_sections(blocks: tuple, headings: list[int], draft: Draft) -> bool:
    """The box's opening heading titles the sections under it: set as a title (`set_title_min_words` at
    least: "Crowded Orbit: Can We Prevent the Kessler Syndrome?") and set apart from them (a level none of
    them has: a wiki's first section is set as the others are), over headings one of which names a section
    of an essay ("Introduction", "Conclusion")."""
    from ..sites.learning_data import is_essay_heading

    text, words = text_and_words(blocks[headings[0]])
    level = blocks[headings[0]].level
    return words >= draft.rules.tuning.set_title_min_words and not is_essay_heading(text) \
        and all(blocks[i].level != level for i in headings[1:]) \
        and any(is_essay_heading(text_and_words(blocks[i])[0]) for i in headings[1:])
