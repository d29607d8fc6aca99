"""Listings: a page made of teaser cards (title + excerpt + link to another page) is a listing of
other essays, not an essay."""

from __future__ import annotations

from collections import defaultdict
from itertools import islice

from lxml import etree

from ...tuning import Tuning
from ..dom import Element, child_tags, classes, first_string, has_attr, nodes_after, nodes_before, text, words_of
from ..prose import ProseMass
from ..reading import Reading
from .frames import name_words
from .tags import BLOCK_TAGS, REMOVED_TAG, tags_under


def cards_under(parent: Element) -> list[Element]:
    """The largest run of same-tag, same-class children: the cards of a listing, if it is one."""
    groups: dict[tuple[str, tuple[str, ...]], list[Element]] = defaultdict(list)
    for child in child_tags(parent):
        if child.tag != REMOVED_TAG:
            groups[(child.tag, tuple(sorted(classes(child))))].append(child)
    return max(groups.values(), key=len, default=[])


def teaser_link(card: Element, tuning: Tuning, reading: Reading) -> bool:
    """A card links elsewhere the way a teaser does: its title (its first words) is a link to
    another page, or links make up a good part of it. A paragraph with a link in a sentence is
    prose, never a card; a list item is a card only when its linked title is a line of its own."""
    if card.tag == "p":
        return False
    links = _links_elsewhere(card)
    if not links:
        return False
    first = first_string(card)
    holder = first[1] if first is not None else None
    title_link = next((parent for parent in ((holder, *holder.iterancestors()) if holder is not None else ())
                       if parent.tag == "a" and any(parent is a for a in links)), None)
    if title_link is not None and _names_the_writer(title_link, card):
        title_link = None  # a post's byline (a forum thread's posts each open on their writer's name)
    if title_link is not None and card.tag == "li":
        # a list item of an article opens with a linked name inside its sentence ("<a>Tool</a> –
        # a fast editor that…"); a card's linked title stands on a line of its own
        return _alone_on_its_line(title_link)
    if title_link is not None:
        return True
    # a linked heading inside the card is its title, whatever label stands above it
    if any(_all_linked(h, reading) for h in tags_under(card, _CARD_TITLES, limit=2)):
        return True
    linked = sum(reading.words(a) for a in links)
    return linked >= tuning.card_linked_share * max(1, reading.words(card))


_CARD_TITLES = ("h2", "h3", "h4", "h5")

_WRITER_PROPS = frozenset(("author", "creator"))
"""schema.org's properties (`itemprop`) and the link relation (`rel`) naming who wrote an item."""
_WRITER_NAME_WORDS = frozenset(("author", "creator", "byline", "username"))
"""Class and id words of a box holding the writer's name."""


def _names_the_writer(link: Element, card: Element) -> bool:
    """The link names who wrote the card (its byline: `itemprop="author"`, `rel="author"`, a
    `class="creator"` box), not a title leading to another page."""
    for node in (link, *link.iterancestors()):
        if node is card:
            return False
        if _WRITER_PROPS.intersection(words_of(node, "itemprop")) or "author" in words_of(node, "rel") \
                or _WRITER_NAME_WORDS.intersection(name_words([*classes(node), node.get("id") or ""])):
            return True
    return False


def _links_elsewhere(tag: Element) -> list[Element]:
    """The links under `tag` that lead to another page (not "#" anchors, not empty)."""
    return [a for a in tags_under(tag, "a") if has_attr(a, "href")
            if (href := (a.get("href") or "").strip()) and not href.startswith("#")]


def _all_linked(heading: Element, reading: Reading) -> bool:
    """Every word of the heading sits in a link to another page."""
    shown = reading.line(heading)
    linked = " ".join(reading.line(a) for a in _links_elsewhere(heading))
    return bool(shown) and linked == shown


def _alone_on_its_line(element: Element) -> bool:
    """Nothing but white space beside the element up to the nearest block boundary or <br>."""
    node = element
    while True:
        for siblings in (nodes_before(node), nodes_after(node)):
            for sibling in siblings:
                if not isinstance(sibling, str) and (sibling.tag in BLOCK_TAGS or sibling.tag in ("br", REMOVED_TAG)):
                    break
                if (text(sibling) if not isinstance(sibling, str) else sibling).strip():
                    return False
        parent = node.getparent()
        if parent is None or parent.tag in BLOCK_TAGS:
            return True
        node = parent


def listing_cards(root: Element, mass: ProseMass, tuning: Tuning, reading: Reading) -> int:
    """The essay's container is, or holds, a listing (a topic or category page): three or more
    same-class siblings, each short and linking to another page, that make up most of its text,
    with little prose anywhere else on the page. Returns how many cards, or 0."""
    up = root.getparent()
    candidates = [up, root, *islice(root.iterdescendants(etree.Element), 60)] if up is not None else [root]
    total = max(1, reading.words(root))
    for parent in candidates:
        cards = cards_under(parent)
        if len(cards) < tuning.listing_min_cards or (parent is up and not any(root is c for c in cards)):
            continue
        words = [reading.words(c) for c in cards]
        linked = sum(teaser_link(c, tuning, reading) for c in cards)
        in_root = parent is up or sum(words) >= 0.6 * total
        other_prose = mass.total - sum(mass.of(c) for c in cards)
        if in_root and max(words) <= tuning.card_max_words and linked >= 0.8 * len(cards) \
                and other_prose <= tuning.listing_max_other_prose:
            return len(cards)
    return 0
