"""A page titled by a label ("Exemplar essay: …", "Sample essay: nature prescriptions", a homework
question asked in sentences) over the essay's own title heading or title line: that line is the title,
and the page's notes between the label and it are notes."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import DraftBlock, Heading, ListBlock, Paragraph, Removed, clean_whitespace, count_words, plain_text
from ..regexes import compile_regex
from ..rules import first_block_rule
from ..signals import DATE_IN_LINE, Kind, ends_sentence, line_shape, topic_words
from .counters import count_in_a_note, counter_in
from .draft import FUNCTION_WORDS, Draft, text_and_words

_LONG_WORD = compile_regex(r"[^\W\d_][\w’\x27-]{3,}")


def title_case_question(block: DraftBlock, draft: Draft) -> bool:
    """A short line asking in title case ("Should Organ Donation Be Opt-Out?"): an essay's title set
    as a plain line; a note's own question is a sentence ("Any feedback on the ending?")."""
    text, words = text_and_words(block)
    long_words = _LONG_WORD.findall(text)
    return isinstance(block, Paragraph) and 0 < words <= draft.rules.tuning.title_line_max_words \
        and text.rstrip().endswith("?") and bool(long_words) and all(w[0].isupper() for w in long_words)


NOTES_ABOVE_THE_TITLE = 3
"""Paragraphs a page may set between its label title and the essay's own title line."""


def _note_above_the_title(block: DraftBlock, draft: Draft) -> bool:
    """A shop's or a poster's paragraph above the essay's own title: a line or two ("Preview the
    opening below."), or a post's preface naming the work ("Mock is in two weeks and my teacher
    only marks one practice essay… It's 479 words… please be brutal")."""
    from .essay_talk import names_the_work

    if isinstance(block, ListBlock):  # the poster's questions about it ("Are 'On the one hand' … too old-fashioned?")
        return all(plain_text(item).rstrip().endswith("?") for item in block.items)
    if not isinstance(block, Paragraph):
        return False
    text, words = text_and_words(block)
    tuning = draft.rules.tuning
    return words <= tuning.prompt_prose_words * 2 or (words <= tuning.note_above_title_max_words
                                                      and (names_the_work(text, draft.rules) or count_in_a_note(text, draft) is not None))


def _a_question_asked(title: str, draft: Draft) -> bool:
    """A page titled by the question a homework site's pupil asked ("Write an essay about mangroves
    in our coasts. At least 300 words. Please answer properly, due tomorrow."): sentences, not a title."""
    return len(_SENTENCE_ENDS.findall(title.strip() + " ")) >= 2 and count_words(title) > draft.rules.tuning.title_line_max_words


_SENTENCE_ENDS = compile_regex(r"[.!?](?=\s)")


def set_as_a_title(text: str, draft: Draft, min_words: int | None = None) -> bool:
    """A line of four words or more (`min_words`, else `set_title_min_words`) capitalised as a title
    ("Amateurs in Name Only: Why College Athletes Should Share the Profits")."""
    shape = line_shape(text, FUNCTION_WORDS)
    least = draft.rules.tuning.set_title_min_words if min_words is None else min_words
    return len(shape.words) >= least and shape.capitalised_share >= draft.rules.tuning.title_line_capitalised_share


_BY = compile_regex(r"\s(?=by\s)", re.I)


def _without_a_byline(line: str, draft: Draft) -> str:
    """A title line the page set with its byline on one line ("Why Amundsen Won the Race by Kayla M.,
    Period 2"): the title alone."""
    for at in _BY.finditer(line):
        if any(pattern.match(line[at.end():]) for pattern in draft.rules.bylines):
            return line[:at.start()].strip()
    return line


_SHORT_NAME_MAX_WORDS = 3
"""A page title's last part of this many words at most is a short name for its essay ("… - Amundsen")."""


def names_it_shortly(page_title: str, line: str) -> bool:
    """The page's title ends on a short name of its essay that the title line set above the essay holds
    whole ("Room 14 Student Essays - Amundsen" over "Why Amundsen Won the Race to the South Pole")."""
    parts = [part.strip() for part in TITLE_SEPARATORS.split(page_title) if part.strip()]
    if len(parts) < 2:
        return False
    name = parts[-1].casefold().split()
    said = [w.casefold() for w in re.findall(r"[\w’'-]+", line)]
    return len(name) <= _SHORT_NAME_MAX_WORDS and len(said) > len(name) \
        and any(said[i:i + len(name)] == name for i in range(len(said)))


_BY_WORD = compile_regex(r"(?:^|\s)by\s(?-i:[A-Z])", re.I)
_FIELD_NAMING_SOMEONE = compile_regex(r"^(?-i:[A-Z])[\w’'-]*(?: (?-i:[a-z])[\w’'-]*){0,3}\s?:\s?(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s(?-i:[A-Z])")
"""A field naming a person by title in sentence case ("Teacher sponsor: Mr. Sandling", "Advisor: Dr. Okoro")."""


def _a_facts_line(line: str, draft: Draft) -> bool:
    """A line the clutter rules take as a card's facts or the site's (a sponsor's field, a byline), set as a
    title or not: no title."""
    line = clean_whitespace(line).strip()
    if draft.rules.label_clutter.match(line) or _FIELD_NAMING_SOMEONE.match(line):
        return True  # (a field the page labels: "Submitted: …", "Teacher sponsor: Mr. Sandling")
    if any(pattern.match(line) for pattern in draft.rules.bylines) or _BY_WORD.search(line) and DATE_IN_LINE.search(line):
        return True  # (a byline, dated or not: "By Hannah Salazar 11 September 2024", "Presented by … on 10 October 2017")
    rule = first_block_rule(draft.rules.blocks, line, count_words(line))
    return rule is not None and rule.kind in (Kind.METADATA, Kind.BYLINE, Kind.BANNER)


_TITLE_OVER_ITS_FACTS = 2
"""The page's own title shown this close above a line over the essay's count titles the essay itself (its
writer's line and the original's source between: "by … · translated by …", "Original: …")."""
_SET_ASIDE_LINES = (Kind.OUTSIDE_ESSAY, Kind.SIDEBAR)
"""Lines the finder set aside around the essay's box, by place or by a name (a page builder's "widget")."""
_NOTES_UNDER_A_COUNT = (Kind.NOTE, Kind.METADATA, Kind.BYLINE)
"""What may stand between a card's count and its essay ("Mentor's comment: …")."""


def _a_count_line(block: DraftBlock, draft: Draft) -> bool:
    """A line set aside that states the essay's count: read as a banner, or (a box set aside by its name)
    stating one ("Award essay: 493 words, against a ceiling of 550 · 2 pages")."""
    if not isinstance(block, Removed):
        return False
    return block.kind == Kind.BANNER or block.kind in _SET_ASIDE_LINES \
        and count_words(block.text) <= draft.rules.tuning.title_line_max_words \
        and counter_in(block.text, draft.rules.counter, draft.title, windowed=True) is not None


def title_set_aside_above(blocks: list[DraftBlock], content: list[int], draft: Draft) -> tuple[str, bool] | None:
    """The essay's title line the finder left outside its box, right above the essay ("Should Animal
    Testing Be Banned?", a card's header over its body), set as a title and naming what the label
    names, or standing right over the essay's first paragraph or its count: the title, and whether
    it stands right over the essay's count (a card's "What the Dryers Taught Me" / "Essay · 500
    words" / its body: the card's title, whatever the page is titled)."""
    if not content or not content[0]:
        return None
    at = content[0] - 1  # (past the card's facts, read as its banner, and the site's note on it)
    while at > 0 and content[0] - at <= _FACTS_UNDER_THE_TITLE and isinstance(blocks[at], Removed) \
            and (blocks[at].kind in (Kind.BANNER, Kind.METADATA, Kind.DISCLAIMER, Kind.BYLINE)
                 or blocks[at].kind in (*_SET_ASIDE_LINES, Kind.NOTE) and (not set_as_a_title(blocks[at].text, draft)
                                                                          or _a_facts_line(blocks[at].text, draft))):
        at -= 1  # (a card's facts the finder left outside the box as lines: "Length 441 words (2 pages)", "Teacher sponsor: Mr. Sandling")
    above = blocks[at]
    if not (isinstance(above, Removed) and above.kind in _SET_ASIDE_LINES):
        return None
    text = draft.rules.title_genre_label.sub("", _without_a_byline(clean_whitespace(above.text).strip(), draft), count=1)
    if draft.rules.title_page_label.search(text):
        return None  # the page's own label shown again above the essay, not its title
    topic = topic_words(draft.rules.title_page_label.sub(" ", draft.title or ""))
    # (over a count, the two not showing the page's title already, and not a menu's run of links)
    shown = (draft.title or "").casefold()
    # (the count may stand under the writer's line: "Presented by … on Tuesday 10 October 2017" / "591 words";
    # not where the page showed its own title above: that title stands)
    counted_at = next((i for i in range(at + 1, content[0]) if _a_count_line(blocks[i], draft)), None)
    over_its_count = counted_at is not None \
        and all(_a_facts_line(b.text, draft) for b in blocks[at + 1:counted_at] if isinstance(b, Removed)) \
        and all(isinstance(b, Removed) and b.kind in _NOTES_UNDER_A_COUNT for b in blocks[counted_at + 1:content[0]]) \
        and not any(isinstance(b, Removed) and b.kind == Kind.TITLE and not draft.rules.title_page_label.search(b.text)
                    for b in blocks[max(0, at - _TITLE_OVER_ITS_FACTS):at]) \
        and not (shown and (shown in blocks[counted_at].text.casefold() or shown in text.casefold())) and not links_run(text, draft) \
        and text.partition(":")[0].strip().casefold() not in draft.rules.title_field_labels  # (a record's "title: …", read as a field)
    # (right over the essay's first paragraph, a line set as a title is its title whatever it names: a
    # label page "Shipping Container Essay Example" over "Malcom McLean and the Box That Changed …")
    if count_words(text) <= draft.rules.tuning.title_line_max_words \
            and (topic & topic_words(text) or at == content[0] - 1 or over_its_count) and set_as_a_title(text, draft):
        return text, over_its_count
    return None


TITLE_SEPARATORS = compile_regex(r"\s+(?:::|[-–—|:·»›/])\s+|\s*\|\s*|(?<=\w):\s+")
"""How sites join a title to their name and sections: "Site :: Section :: Title", "Title | Site",
"LanguageTool – Editor" (read by the title passes, titles.py, and by the site's-name test here)."""


def _the_sites_name(blocks: list[DraftBlock], first: int, draft: Draft) -> bool:
    """The page's title is the site's name (a few words): a line above the essay, the site's menu bar, opens
    with it, then the page's links ("Hemingway Editor Features Pricing Desktop app Log in")."""
    name = TITLE_SEPARATORS.sub(" ", clean_whitespace(draft.title or "").strip().casefold())  # ("LanguageTool – Editor")
    # (a site's name is short: a page titled "Exemplar essay: working from home" over a breadcrumb opening
    # with it names a page, not a site)
    return 0 < len(name.split()) <= draft.rules.tuning.site_name_max_words and any(
        isinstance(b, Removed) and b.kind in (Kind.OUTSIDE_ESSAY, Kind.HEADER, Kind.NAVIGATION)
        and (line := clean_whitespace(b.text).strip()).casefold().startswith(name + " ") and links_run(line[len(name):], draft)
        for b in blocks[:first])


def _short_title_line(text: str, draft: Draft) -> bool:
    """A line of a few capitalised words ending no sentence: a title, however short ("The Last Flock")."""
    text = clean_whitespace(text).strip()
    return count_words(text) <= draft.rules.tuning.title_line_max_words and not ends_sentence(text) \
        and set_as_a_title(text, draft, min_words=1) and not DATE_IN_LINE.search(text)


def links_run(text: str, draft: Draft) -> bool:
    """A line made mostly of the page's link texts ("Draftwise Samples Pricing Our writers Log in")."""
    folded = clean_whitespace(text).casefold()
    return sum(len(link) for link in draft.menu_texts if len(link) > 2 and link in folded) >= 0.5 * len(folded)


_FACTS_UNDER_THE_TITLE = 8
"""Lines set aside between a card's title and its body that leave the title the card's: its facts (a
label and its value may stand as two lines each), a note."""


def _under_notes_set_aside(blocks: list[DraftBlock], index: int) -> bool:
    """The line stands right under the page's word on the essay, already set aside as a note or a
    letter ("Hi 9H2, as promised, here is a model answer …")."""
    # (past the title, banners and a facts box the finder set aside between: "About this entry …")
    above = next((b for b in reversed(blocks[:index])
                  if not isinstance(b, Removed) or b.kind not in (Kind.TITLE, Kind.BANNER, Kind.OUTSIDE_ESSAY)), None)
    return isinstance(above, Removed) and above.kind in (Kind.NOTE, Kind.LETTER)


def _heads_a_note(below: list[int], blocks: list[DraftBlock], draft: Draft) -> bool:
    """A heading's section is the page's note above the essay's title: a paragraph or a few of the
    page's word (`NOTES_ABOVE_THE_TITLE`), then a heading or a title line."""
    notes = 0
    while notes < min(NOTES_ABOVE_THE_TITLE, len(below)) and _note_above_the_title(blocks[below[notes]], draft):
        notes += 1
    return 0 < notes < len(below) and (isinstance(blocks[below[notes]], Heading) or title_case_question(blocks[below[notes]], draft))


def _said_again_in_full(title: str, blocks: list[DraftBlock], content: list[int]) -> bool:
    """The page's title is the short form of a heading opening the essay, under the page's note on it (a
    blog titling the post "Let Us Sleep" over "Let Us Sleep: The Case for a Later School Start")."""
    wanted = clean_whitespace(title).strip().casefold()
    for index in content[:NOTES_ABOVE_THE_TITLE + 1]:
        if isinstance(blocks[index], Heading):
            heading = clean_whitespace(text_and_words(blocks[index])[0]).strip().casefold()
            # (its subtitle after a colon or a dash: a bracket after it is a note on the title, "(draft 2)")
            return heading.startswith(wanted) and heading[len(wanted):].startswith((": ", " – ", " — ", " - "))
    return False


def title_under_a_page_label(draft: Draft) -> Draft:
    """A page titled by a label ("Exemplar essay: working from home", "Sample essay: nature
    prescriptions") over an essay that opens with its own title heading ("Does Working from Home Make
    Us More Productive?"): that heading is the essay's title, when it speaks of what the label names.
    Headings above it over nothing (their sections taken out as clutter) were the page's labels; a line
    or two of the page's may stand above it. The title may be set as a plain line asking in title case."""
    from ..sites.learning_data import is_essay_heading

    if not draft.title or draft.rules.guide_title.search(draft.title):
        return draft  # (a guide's title names what the page is: "How to Write a Discursive Essay")
    blocks = list(draft.blocks)
    content = [i for i, b in enumerate(blocks) if not isinstance(b, Removed)]
    set_aside = title_set_aside_above(blocks, content, draft)
    if set_aside is not None and set_aside[1]:
        return replace(draft, title=set_aside[0])  # right over the essay's count: the card's title
    if content and _the_sites_name(blocks, content[0], draft):
        # the page is titled by the site's (the app's) name alone: the line right over the essay is its
        # title, however short ("Hemingway Editor" over a document named "The Last Flock")
        above = blocks[content[0] - 1] if content[0] else None
        site = TITLE_SEPARATORS.sub(" ", clean_whitespace(draft.title or "").strip().casefold())
        if isinstance(above, Removed) and above.kind == Kind.OUTSIDE_ESSAY and _short_title_line(above.text, draft) \
                and not clean_whitespace(above.text).casefold().startswith(site):  # (not the site's menu bar itself)
            return replace(draft, title=clean_whitespace(above.text).strip())
        # …or the document's own first line, over its prose (an editor's text typed title first)
        opening, following = blocks[content[0]], blocks[content[1]] if len(content) > 1 else None
        apps = any(site.startswith(name.casefold()) for name in draft.site_names)  # (the app's name as its logo says it)
        if apps and isinstance(opening, (Paragraph, Heading)) and _short_title_line(text_and_words(opening)[0], draft) \
                and not is_essay_heading(text_and_words(opening)[0]) and not text_and_words(opening)[0][:1].isdigit() \
                and isinstance(following, Paragraph) and text_and_words(following)[1] >= draft.rules.tuning.essay_run_words:
            title = clean_whitespace(text_and_words(opening)[0]).strip()
            blocks[content[0]] = Removed(Kind.TITLE, title)
            return replace(draft, title=title, blocks=tuple(blocks))
    if set_aside is not None and names_it_shortly(draft.title, set_aside[0]):
        return replace(draft, title=set_aside[0])  # ("Room 14 Student Essays - Amundsen" over "Why Amundsen Won …")
    if not (draft.rules.title_page_label.search(draft.title) or _a_question_asked(draft.title, draft)
            or _said_again_in_full(draft.title, blocks, content)):
        return draft
    if set_aside is not None:
        return replace(draft, title=set_aside[0])
    labels: list[int] = []
    notes: list[int] = []
    for position, index in enumerate(content):
        block = blocks[index]
        following = blocks[content[position + 1]] if position + 1 < len(content) else None
        after = blocks[content[position + 2]] if position + 2 < len(content) else None
        if isinstance(following, Heading) and isinstance(after, ListBlock) and position + 3 < len(content):
            following = blocks[content[position + 3]]  # (past the page's box over the essay: "What to look for" / its list)
        if not isinstance(block, Heading) and not title_case_question(block, draft):
            if _note_above_the_title(block, draft) and len(notes) < NOTES_ABOVE_THE_TITLE:
                notes.append(index)
                continue
            return draft  # prose before any heading: the essay opens untitled
        if isinstance(following, Heading):
            labels.append(index)  # a heading over nothing left: the page's label for what went
            continue
        text, words = text_and_words(block)
        topic = topic_words(draft.rules.title_page_label.sub(" ", draft.title))
        # (under a label naming no topic, "Model answer 4", a heading set as a title is the essay's; one that is
        # not, "Exemplar 3: opinion article (fireworks)", still labels the note under it)
        unnamed = not topic & topic_words(text) if topic else not set_as_a_title(text, draft)
        if isinstance(block, Heading) and unnamed and _heads_a_note(content[position + 1:], blocks, draft):
            labels.append(index)  # "Before you read" over the page's word on the essay, then its title
            continue
        # the heading names what the label names ("…(green belt)" over "Should New Homes Be Built on the
        # Green Belt?"), or, under the page's note on the essay, is set as a title (a label naming
        # no topic: "Exemplar essay for Unit 3 (argument)"), or under a label that is all the title
        # ("Model answer") is set as one
        named = bool(topic & topic_words(text)) or ((bool(notes) or not topic or _under_notes_set_aside(blocks, index)
                                                      or draft.rules.title_task_label.search(draft.title) is not None)
                                                     and set_as_a_title(text, draft))
        if not isinstance(following, Paragraph) or words > draft.rules.tuning.title_line_max_words \
                or is_essay_heading(text) or not named:
            return draft
        for label in labels:
            blocks[label] = Removed(Kind.OUTSIDE_ESSAY, text_and_words(blocks[label])[0])
        words_claimed, pages_claimed = draft.claimed_words, draft.claimed_pages
        for note in notes:  # the page's word above the essay, not the essay; its count is the essay's
            note_text = text_and_words(blocks[note])[0]
            counted = count_in_a_note(note_text, draft)
            if counted and words_claimed is None and pages_claimed is None:
                words_claimed, pages_claimed = counted
            blocks[note] = Removed(Kind.NOTE, note_text)
        blocks[index] = Removed(Kind.TITLE, text)
        return replace(draft, title=text.strip(), blocks=tuple(blocks),
                       claimed_words=words_claimed, claimed_pages=pages_claimed)
    return draft
