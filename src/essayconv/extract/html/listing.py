"""Listings: a page made of teaser cards (title + excerpt + link to another page) is a listing of
other essays, not an essay."""

from __future__ import annotations

from collections import defaultdict

from bs4 import Tag

from ...model import clean_whitespace
from ...tuning import Tuning
from ..prose import ProseMass
from .tags import BLOCK_TAGS, REMOVED_TAG, tags_under


def cards_under(parent: Tag) -> list[Tag]:
    """The largest run of same-tag, same-class children: the cards of a listing, if it is one."""
    groups: dict[tuple[str, tuple[str, ...]], list[Tag]] = defaultdict(list)
    for child in parent.children:
        if isinstance(child, Tag) and child.name != REMOVED_TAG:
            groups[(child.name, tuple(sorted(child.get("class") or ())))].append(child)
    return max(groups.values(), key=len, default=[])


def teaser_link(card: Tag, tuning: Tuning) -> bool:
    """A card links elsewhere the way a teaser does: its title (its first words) is a link to
    another page, or links make up a good part of it. A paragraph with a link in a sentence is
    prose, never a card; a list item is a card only when its linked title is a line of its own."""
    if card.name == "p":
        return False
    links = _links_elsewhere(card)
    if not links:
        return False
    first = card.find(string=lambda t: bool(t.strip()))
    title_link = next((parent for parent in (first.parents if first is not None else ())
                       if parent.name == "a" and any(parent is a for a in links)), None)
    if title_link is not None and card.name == "li":
        # a list item of an article opens with a linked name inside its sentence ("<a>Tool</a> –
        # a fast editor that…"); a card's linked title stands on a line of its own
        return _alone_on_its_line(title_link)
    if title_link is not None:
        return True
    # a linked heading inside the card is its title, whatever label stands above it
    if any(_all_linked(h) for h in tags_under(card, _CARD_TITLES, limit=2)):
        return True
    linked = sum(len(a.get_text(" ").split()) for a in links)
    return linked >= tuning.card_linked_share * max(1, len(card.get_text(" ").split()))


_CARD_TITLES = ("h2", "h3", "h4", "h5")


def _links_elsewhere(tag: Tag) -> list[Tag]:
    """The links under `tag` that lead to another page (not "#" anchors, not empty)."""
    return [a for a in tags_under(tag, "a") if a.has_attr("href")
            if (href := str(a.get("href", "")).strip()) and not href.startswith("#")]


def _all_linked(heading: Tag) -> bool:
    """Every word of the heading sits in a link to another page."""
    text = clean_whitespace(heading.get_text(" ")).strip()
    linked = " ".join(clean_whitespace(a.get_text(" ")).strip() for a in _links_elsewhere(heading))
    return bool(text) and linked == text


def _alone_on_its_line(element: Tag) -> bool:
    """Nothing but white space beside the element up to the nearest block boundary or <br>."""
    node = element
    while True:
        for siblings in (node.previous_siblings, node.next_siblings):
            for sibling in siblings:
                if isinstance(sibling, Tag) and (sibling.name in BLOCK_TAGS or sibling.name in ("br", REMOVED_TAG)):
                    break
                if (sibling.get_text() if isinstance(sibling, Tag) else str(sibling)).strip():
                    return False
        parent = node.parent
        if parent is None or parent.name in BLOCK_TAGS:
            return True
        node = parent


def listing_cards(root: Tag, mass: ProseMass, tuning: Tuning) -> int:
    """The essay's container is, or holds, a listing (a topic or category page): three or more
    same-class siblings, each short and linking to another page, that make up most of its text,
    with little prose anywhere else on the page. Returns how many cards, or 0."""
    candidates = [root.parent, root, *root.find_all(True, limit=60)] if isinstance(root.parent, Tag) else [root]
    total = max(1, len(root.get_text(" ").split()))
    for parent in candidates:
        cards = cards_under(parent)
        if len(cards) < tuning.listing_min_cards or (parent is root.parent and root not in cards):
            continue
        words = [len(c.get_text(" ").split()) for c in cards]
        linked = sum(teaser_link(c, tuning) for c in cards)
        in_root = parent is root.parent or sum(words) >= 0.6 * total
        other_prose = mass.total - sum(mass.of(c) for c in cards)
        if in_root and max(words) <= tuning.card_max_words and linked >= 0.8 * len(cards) \
                and other_prose <= tuning.listing_max_other_prose:
            return len(cards)
    return 0
