"""The title the page shows over the essay, when what titles the page is something else: a listing's
rewrite of it for search engines ("Lamb to the Slaughter Essay - Irony | <site>" over a heading "Nothing
Is What It Seems: Irony in …"), a file's or a post's name typed in lower case ("owl creek final", a
forum's subject line "cask of amontillado essay - can someone check my thesis??"), or the site's own
name, its banner's first words. The line set as a title right over the essay's prose is then its title."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Gap, Heading, Paragraph, Removed
from ..regexes import compile_regex
from ..signals import Kind, ends_sentence, line_shape
from .draft import FUNCTION_WORDS, Draft, text_and_words
from .labels import STRIP_PARTS
from .page_labels import TITLE_SEPARATORS, links_run, names_it_shortly, set_as_a_title, topic_words


def title_shown_over_the_essay(draft: Draft) -> Draft:
    blocks = list(draft.blocks)
    content = [i for i, b in enumerate(blocks) if not isinstance(b, Removed)]
    if not content:
        return draft
    if not draft.title:  # (a page titled by its catalogue number, "<site> - Paper #1042": the line over its count)
        shown = _line_set_aside_above(blocks, content[0], draft)
        return replace(draft, title=shown) if shown is not None and _over_its_count(shown, blocks, content[0]) else draft
    wanted = draft.title.strip().casefold()
    title_shown = any(text_and_words(b)[0].strip().casefold() == wanted for b in blocks if not isinstance(b, Gap))
    # (under a section's title the caption set over the post may be short: "Elbow Pipes [newsletter]")
    shown = _line_set_aside_above(blocks, content[0], draft, _SHORT_TITLE_WORDS if _names_a_section(draft.title, draft) else None)
    if shown is not None and wanted in shown.casefold():
        shown = None  # (the title itself under a label: "title: When the Software Was Trusted: …")
    # ("Room 14 Student Essays - Amundsen" over "Why Amundsen Won …"; a title the page shows itself stands
    # over a line that shares its words: a contents line, a tag list)
    if shown is not None and (names_it_shortly(draft.title, shown) or _a_category(draft.title, blocks[:content[0]])
                              or _names_a_section(draft.title, draft)
                              or not title_shown and _rewritten_for_a_listing(draft.title, shown, draft)):
        return replace(draft, title=shown)
    opening = blocks[content[0]]
    following = blocks[content[1]] if len(content) > 1 else None
    text = text_and_words(opening)[0].strip()
    # (a site's name shares no word with the essay's title: a page's hero banner opening on its own title,
    # "Cybersecurity Best Practices Protect your organization …", does, over its sections' headings)
    # (or a label for the page, "… Model Essays", over a title line set as a paragraph)
    if not (_typed_not_set(draft.title) or _one_word_it_holds(draft.title, text) or draft.rules.title_page_label.search(draft.title)
            or _names_a_section(draft.title, draft)
            or _the_banners_name(draft.title, blocks[:content[0]], draft) and not topic_words(draft.title) & topic_words(text)):
        return draft
    if isinstance(opening, (Paragraph, Heading)) and _a_title_line(text, draft) and isinstance(following, Paragraph) \
            and text_and_words(following)[1] >= draft.rules.tuning.essay_run_words:
        blocks[content[0]] = Removed(Kind.TITLE, text)
        return replace(draft, title=text, blocks=tuple(blocks))
    return draft


_LINES_ABOVE = 12
"""How far above the essay a title line set aside may stand: past the card's facts and its tool links
("Essay span: 418 words · …", "Print", "Email to a friend", "Add to favorites")."""
_SET_ASIDE = (Kind.OUTSIDE_ESSAY, Kind.SIDEBAR)


_SHORT_TITLE_WORDS = 2
_TRAILING_TAG = compile_regex(r"\s*\[[^\[\]\d]{1,20}\]$")
"""A board's tag after a post's caption ("Elbow Pipes [newsletter]"): no word of the title (clean_title drops it)."""


def _line_set_aside_above(blocks: list, first: int, draft: Draft, min_words: int | None = None) -> str | None:
    """The nearest line set as a title that the finder left outside the essay's box, above it."""
    for block in reversed(blocks[max(0, first - _LINES_ABOVE):first]):
        if isinstance(block, Removed) and block.kind in _SET_ASIDE \
                and _a_title_line(_TRAILING_TAG.sub("", block.text.strip()), draft, min_words):
            return block.text.strip()
    return None


def _over_its_count(line: str, blocks: list, first: int) -> bool:
    """The line stands right over the essay's count line, read as a banner, or right over the essay."""
    at = max(i for i in range(first) if isinstance(blocks[i], Removed) and blocks[i].text.strip() == line)
    return at == first - 1 or isinstance(blocks[at + 1], Removed) and blocks[at + 1].kind == Kind.BANNER


_SHARED_TOPIC_MIN = 2
"""Topic words a listing's <title> shares with the line shown over the essay ("lamb", "slaughter"): two
make the line a fuller form of the same title, one may be chance."""


def _rewritten_for_a_listing(title: str, shown: str, draft: Draft) -> bool:
    """The page's title is a listing's rewrite of the title shown over the essay: it names two of its
    topic words or more (all of its own, the site's name and its genre labels apart), and is not shown
    itself in the line."""
    parts = [p for p in TITLE_SEPARATORS.split(title) if p.strip()
             and p.strip().casefold() not in {n.casefold() for n in draft.site_names}]
    topic = topic_words(draft.rules.title_page_label.sub(" ", " ".join(parts)))
    shared = topic & topic_words(shown)
    return len(shared) >= _SHARED_TOPIC_MIN and title.strip().casefold() not in shown.casefold()


def _typed_not_set(title: str) -> bool:
    """A name typed in lower case, two words or more, none capitalised (a file's "owl creek final", a
    post's subject line): no title set for readers."""
    shape = line_shape(title, FUNCTION_WORDS)
    return len(shape.words) >= 2 and shape.significant > 0 and not any(w[:1].isupper() for w in shape.words)


def _one_word_it_holds(title: str, line: str) -> bool:
    """A title of one word that the line over the prose holds (a word processor's file name, "CRANE", over
    "Four Men and an Indifferent Sea in Stephen Crane's …"): the line is the title in full."""
    word = title.strip().casefold()
    return len(word.split()) == 1 and word in {w.casefold().removesuffix("'s").removesuffix("’s") for w in line.split()}


_CATEGORY_MAX_WORDS = 2
_CRUMBS = compile_regex(r"\s[»›>/|]\s")


def _a_category(title: str, above: list) -> bool:
    """The page's title is a category its breadcrumb lists ("Literature" under "Home » Literature » …", a mill's
    SEO heading "Free Essay Samples: Literature" stripped of its label): the site's shelf, not the essay."""
    name = title.strip().casefold()
    # (a shelf above the page, not the crumb's last step: that one is the page itself, "Home > Prize > Grey Bread")
    return 0 < len(name.split()) <= _CATEGORY_MAX_WORDS and any(
        isinstance(b, Removed) and name in {part.strip().casefold() for part in _CRUMBS.split(b.text)[:-1]}
        for b in above)


def _the_banners_name(title: str, above: list, draft: Draft) -> bool:
    """The page's title is the first words of the site's banner set aside above the essay (a personal
    site's name over its tagline, "Leena's Corner school stuff, photos and …"); not of the essay's own title
    box, its byline after it ("updates at OSSO Submitted by Liam Haskins")."""
    name = TITLE_SEPARATORS.sub(" ", title).strip().casefold()
    for block in above:
        shown = block.text.strip() if isinstance(block, Removed) and block.kind == Kind.HEADER else ""
        if name and shown.casefold().startswith(name + " "):
            rest = shown[len(name):].strip()
            return not _BYLINE_START.match(rest) and not any(pattern.match(rest) for pattern in draft.rules.bylines)
    return False


_BYLINE_START = compile_regex(r"(?:submitted|posted|written|shared|uploaded)?\s?by\s", re.IGNORECASE)


def _a_title_line(text: str, draft: Draft, min_words: int | None = None) -> bool:
    from ..sites.learning_data import is_essay_heading

    # (a title may close on a quoted work's name: "… in \"An Occurrence at Owl Creek Bridge\"")
    # (a title and its subtitle after a colon run longer than a title line: up to twice its words)
    # (never a strip of links or facts: "Home · News · Forum · Gallery"; nor a header's run of the page's
    # link texts, its name and menu read as one line: "Draftwise Samples Pricing Our writers Log in")
    return len(text.split()) <= 2 * draft.rules.tuning.title_line_max_words and not ends_sentence(text.rstrip(_CLOSING)) \
        and len(STRIP_PARTS.split(text)) < _STRIP_MIN_PARTS and set_as_a_title(text, draft, min_words) and not is_essay_heading(text) \
        and not links_run(text, draft)


_STRIP_MIN_PARTS = 3


def _names_a_section(title: str, draft: Draft) -> bool:
    """The page's title names one of the site's sections beside its name ("Glenmorven Pipe Band / News"): it
    titles the section, and the line shown over the essay titles the essay."""
    parts = [part.strip().casefold() for part in TITLE_SEPARATORS.split(title) if part.strip()]
    return len(parts) >= 2 and any(part in draft.rules.site_sections for part in parts)


_CLOSING = "\"”’')]"
