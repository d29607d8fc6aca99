"""What a block of a page is made of, read before the walker turns it into blocks: whether a list's
items are sections of prose (a review's products, a forum's posts) rather than lines, and whether a
<figcaption> is a picture's caption."""

from __future__ import annotations

import re
from itertools import islice

from ...regexes import compile_regex
from ...rules import Rules
from ..dom import Element, classes, text
from .tags import HEADING

SECTION_ITEM_MIN_WORDS = 60
"""A list item this long, with a heading or paragraphs of its own, is a section, not a line or a card."""


def items_are_sections(listing: Element) -> bool:
    """A list whose items are sections (a heading that is no link, or two paragraphs, of their own and
    prose enough: a review page's products, each with its specs, prose and a list of pros), read as
    blocks, not lines. Other essays' cards (a linked title over an excerpt) stay a list."""
    for item in listing.iterchildren("li"):
        heading = next(item.iterchildren("h1", "h2", "h3", "h4", "h5", "h6"), None)
        headed = heading is not None and next(heading.iter("a"), None) is None and next(heading.iterancestors("a"), None) is None
        # (or a post: boxes around a quote box that holds its text, as vBulletin lists a thread's posts,
        # <ol id="posts"><li class="postbit">…<blockquote class="postcontent">; a shop's cards have none)
        post = next(item.iterdescendants("blockquote"), None) is not None \
            and sum(1 for _ in item.iterdescendants("div")) >= _POST_MIN_BOXES
        # (paragraphs a few boxes down count when no heading is a link: a shop's card links its title)
        paragraphs = sum(1 for _ in item.iterchildren("p")) >= 2 or _prose_paragraphs(item) >= 2 and not any(
            next(h.iter("a"), None) is not None or next(h.iterancestors("a"), None) is not None
            for h in item.iter("h1", "h2", "h3", "h4", "h5", "h6"))
        if (headed or post or paragraphs) and len("".join(item.itertext()).split()) >= SECTION_ITEM_MIN_WORDS:
            return True
    return False


def _prose_paragraphs(item: Element) -> int:
    """The item's paragraphs of prose, at any depth (a forum's post list holds each post's <article>
    in an <li>, its paragraphs a few boxes down), a linked paragraph not counted (a card's title)."""
    return sum(1 for p in islice(item.iter("p"), 40) if next(p.iter("a"), None) is None
               and len("".join(p.itertext()).split()) >= SECTION_PARAGRAPH_MIN_WORDS)


SECTION_PARAGRAPH_MIN_WORDS = 8
"""A paragraph of a section's prose: a sentence or more, not a card's date or label line."""


def caption_only(tag: Element, rules: Rules) -> bool:
    """A picture's <figcaption> (its figure holds no other text: the picture was an image, a video, a
    drawing), or a box whose only text is one (a theme's featured image). A figure around a quotation
    or a table keeps its caption (its source or its title), and so does a numbered figure ("Figure 2.
    Gas use per block"): the text speaks of it. Beside the caption, the figure may hold the picture's
    credit or its button (a line, `caption_max_words` at most, in no block of prose)."""
    if tag.tag != "figcaption" and named_a_caption(tag):
        # a box the page names a caption (a media embed's, with no <figure>: Scalar's "media_caption"): a
        # caption all the same when short, crediting its picture and not numbering its figure (a class named
        # so holds a card's label, or an article's line under its photo, as often)
        said = text(tag, " ").strip()
        return 0 < len(said.split()) <= rules.tuning.caption_max_words and not rules.numbered_figure.match(said) \
            and rules.caption_credit.search(said) is not None
    caption = tag if tag.tag == "figcaption" else next(tag.iter("figcaption"), None)
    figure = caption.getparent() if caption is not None else None
    if figure is None or figure.tag != "figure" or rules.numbered_figure.match(text(caption, " ").strip()):
        return False
    words = text(caption, " ").split()
    beside = len(text(figure, " ").split()) - len(words)
    return bool(words) and (beside == 0 or beside <= rules.tuning.caption_max_words
                            and next(figure.iterdescendants(*_PROSE_IN_A_FIGURE), None) is None) \
        and (caption is tag or text(tag, " ").split() == words)


_CAPTION_NAME = compile_regex(r"(?:^|[-_])caption(?:$|[-_])", re.I)
"""A class or id naming its box a caption ("media_caption", "wp-caption-text", "image-caption")."""


def named_a_caption(tag: Element) -> bool:
    return any(_CAPTION_NAME.search(name) for name in (*classes(tag), tag.get("id") or ""))


_PROSE_IN_A_FIGURE = ("blockquote", "table", "pre", "code", "p", "li", "ol", "ul", "dl")
"""A figure holding these shows text of its own (a quotation, a table, a listing): its caption is their source or title."""


_POST_MIN_BOXES = 3
"""Boxes (<div>s) in a list item around its quote box: a post's head, its poster's card, its body."""


def task_list(listing: Element) -> bool:
    """A Markdown task list ("- [x] intro + conclusion headed", GitHub, MarkText and Typora render each item
    as `li.task-list-item` with a checkbox) beside the essay: the writer's to-do, not its text. One that is
    a section's content, right under its heading ("Current Capabilities" / "[x] Media streaming …" in a
    blog post), is the text's own (the <h1> over it is the document's title, not a section's)."""
    items = [item for item in listing.iterchildren("li")]
    above = listing.getprevious()
    return bool(items) and all("task-list-item" in (item.get("class") or "").split() for item in items) \
        and not (above is not None and isinstance(above.tag, str) and HEADING.match(above.tag) and above.tag != "h1")

