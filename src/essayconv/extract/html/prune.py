"""Pruning: mark page chrome by tag, by class/id/role tokens and by shape — sparing any element that
holds the page's prose. Every change is written to an undo list so that a later rung of the ladder
can put it back. (What a reader never sees goes before, in invisible.py.)"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bs4 import BeautifulSoup, NavigableString, Tag

from ...model import clean_whitespace
from ...rules import Rules
from ...signals import Kind
from ...tuning import Tuning
from ..prose import ProseMass
from .listing import cards_under, teaser_link
from .tags import CHROME_TAGS, REMOVED_TAG, SUMMARY_CHARS, first_under, tags_under

if TYPE_CHECKING:
    from .ladder import Rung


def name_tokens(tag: Tag) -> list[str]:
    values: list[str] = []
    for attr in ("class", "id", "role"):
        value = tag.get(attr)
        if isinstance(value, list):
            values.extend(value)
        elif isinstance(value, str):
            values.append(value)
    # camelCase names are words too: "inlinePromo" is "inline-promo", "entryContent" "entry-content"
    return [_CAMEL_HUMP.sub("-", v).lower() for v in values]


_CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


def name_words(values: list[str]) -> set[str]:
    return {w for v in values for w in re.split(r"[-_\s]+", v) if w}


def chrome_kind(tag: Tag, rules: Rules, by_tokens: bool = True, by_tags: bool = True) -> str | None:
    if tag.name in CHROME_TAGS:
        return CHROME_TAGS[tag.name] if by_tags else None
    if not by_tokens:
        return None
    role = tag.get("role")
    if isinstance(role, str) and (kind := next((k for r, k in rules.role_kinds if r == role.strip().lower()), None)):
        return kind
    values = name_tokens(tag)
    if not values or any(v in rules.keep_tokens for v in values):
        return None
    words = name_words(values)
    # a token of several parts ("author-box", "citation-box") names a whole class or id; a word glued
    # from a token and a suffix ("relatedposts") names it too
    glued = {m.group(1) for w in words if (m := rules.compound_suffix.match(w))}
    hits = (words | glued | set(values)) & rules.chrome_tokens
    if not hits or words & rules.essay_tokens and not words & rules.chrome_despite_essay:
        return None
    kind = next((kind for kind, names in rules.chrome_kinds if hits & names), Kind.AD)
    return None if kind == Kind.HEADER and _section_heading_box(tag) else kind


_SECTION_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _section_heading_box(tag: Tag) -> bool:
    """A box around one section heading of the essay (<div class="sub_header-block"><h3>Cost</h3>),
    named like a header by a page builder: a site's header holds a logo, links and a menu."""
    headings = tags_under(tag, _SECTION_HEADINGS, limit=2)
    if len(headings) != 1 or first_under(tag, "a") is not None:
        return False
    return clean_whitespace(headings[0].get_text(" ")).strip() == clean_whitespace(tag.get_text(" ")).strip()


def label_columns(tag: Tag) -> str | None:
    """Metadata laid out as two columns, labels in one and values in the other ("Subject:
    Pages: Words:" | "Business 3 611"), read as the pairs a reader sees: "Words: 611 | …"."""
    columns = [c for c in tag.children if isinstance(c, Tag)]
    if len(columns) != 2:
        return None
    if any(isinstance(c, NavigableString) and c.strip() for column in columns for c in column.children):
        return None  # loose text: "<b>Paper Type:</b> Free Essay" is already read in pairs
    labels, values = ([c for c in column.children if isinstance(c, Tag)] for column in columns)
    if len(labels) < 2 or len(labels) != len(values):
        return None
    label_texts = [clean_whitespace(label.get_text(" ")).strip() for label in labels]
    if not all(text.endswith(":") and len(text) <= 30 for text in label_texts):
        return None
    if any(clean_whitespace(value.get_text(" ")).strip().endswith(":") for value in values):
        return None
    return " | ".join(f"{label} {clean_whitespace(value.get_text(' ')).strip()}"
                      for label, value in zip(label_texts, values))


def element_summary(tag: Tag) -> str:
    text = label_columns(tag) or clean_whitespace(tag.get_text(" ")).strip()
    return text if len(text) <= SUMMARY_CHARS else text[:SUMMARY_CHARS].rstrip() + " […]"


@dataclass(frozen=True)
class Spared:
    """A chrome-looking element kept because it holds the page's prose (told by `inspect`)."""

    name: str
    kind: str
    share: float


Undo = list[tuple[Tag, Tag | None, int]]
"""Per change of the chrome pass: (the element taken out, the marker standing in its place — or
None and the parent it was taken from, its position there)."""


def undo_chrome(undo: Undo) -> None:
    """Put every element the chrome pass removed back where it stood (newest change first), so that
    the next rung of the ladder starts from the same tree without parsing the page again."""
    for original, standing, position in reversed(undo):
        if isinstance(standing, Tag) and standing.name == REMOVED_TAG:
            standing.replace_with(original)
        elif standing is not None:  # removed outright: back at its place in its parent
            standing.insert(position, original)


def mark_chrome(soup: BeautifulSoup, rules: Rules, rung: "Rung", mass: ProseMass,
                 undo: Undo | None = None, action_boxes: dict[int, str] | None = None) -> list[Spared]:
    """Page chrome becomes a marker the walker turns into a `Removed` record, never descending
    into what it removes — except an element holding at least `rung.spare_share` of the page's
    prose: it is the article's home (a misnamed wrapper), so it is looked into instead."""
    tuning = rules.tuning
    spared: list[Spared] = []
    form_holders = _form_holders(soup) if rung.by_tags else set()
    spared_ids: set[int] = set()
    stack: list[Tag] = [soup]
    while stack:
        node = stack.pop()
        children = [c for c in node.children if isinstance(c, Tag)]
        kinds = [None if c.name in ("html", "body") else chrome_kind(c, rules, rung.by_tokens, rung.by_tags)
                 for c in children]
        kinds = [kind if kind is not None or not rung.by_tags or c.name in ("html", "body")
                 else _chrome_by_shape(c, form_holders, action_boxes or {}, rules.tuning) for c, kind in zip(children, kinds)]
        # boxes of one kind side by side that together hold most of the prose are the article cut
        # into boxes (a page builder's widget per paragraph): spared together
        in_group = _spared_groups(children, kinds, mass, rung.spare_share, rules)
        for position, (child, kind) in enumerate(zip(children, kinds)):
            # …and the box inside a spared box that holds all its prose is the same box
            same_box = id(node) in spared_ids and (len(children) == 1 or
                                                   mass.of(child) >= tuning.same_container_share * mass.of(node) > 0)
            if kind in rules.never_spared and mass.share(child) < tuning.wraps_the_page:
                pass  # a comment thread longer than the article is still the comments
            elif kind is not None and mass.total and (mass.share(child) >= rung.spare_share
                                                      or position in in_group or same_box):
                spared.append(Spared(_describe(child), kind, mass.share(child)))
                spared_ids.add(id(child))
                kind = None
            if kind is None:
                stack.append(child)
                continue
            text = element_summary(child)
            if not text:
                if undo is not None:
                    undo.append((child, node, node.index(child)))
                child.extract()
                continue
            marker = soup.new_tag(REMOVED_TAG, attrs={"kind": kind})
            marker.string = text
            child.replace_with(marker)
            if undo is not None:
                undo.append((child, marker, 0))
    return spared


_BOX_TAGS = frozenset(("div", "section", "article"))


def _spared_groups(children: list[Tag], kinds: list[str | None], mass: ProseMass, share: float,
                   rules: Rules) -> set[int]:
    """Positions of sibling boxes of one chrome kind that are the article cut into boxes: two or
    more of them hold prose and together hold `share` of the page's; boxes without prose count
    only between those (the headings between the paragraphs), not before or after them."""
    spared: set[int] = set()
    for kind in {k for k in kinds if k is not None and k not in rules.never_spared}:
        # boxes, not items: menu entries and carousel slides side by side are chrome however wordy
        members = [i for i, k in enumerate(kinds) if k == kind and children[i].name in _BOX_TAGS]
        holding = [i for i in members if mass.of(children[i])]
        if len(holding) >= 2 and sum(mass.share(children[i]) for i in holding) >= share:
            spared.update(i for i in members if holding[0] <= i <= holding[-1])
    return spared


def _form_holders(soup: BeautifulSoup) -> set[int]:
    """Every element that holds a <form> (ids), found from the forms up."""
    holders: set[int] = set()
    for form in soup.find_all("form"):
        for parent in form.parents:
            if id(parent) in holders:
                break
            holders.add(id(parent))
    return holders


def _chrome_by_shape(tag: Tag, form_holders: set[int], action_boxes: dict[int, str], tuning: Tuning) -> str | None:
    """Chrome told by its shape when its names say nothing (CSS-module hashes, utility classes):
    a small box around a form, a grid of three or more teaser cards (linked titles over short
    excerpts), a call-to-action box (actions.py). A listing page's own grid holds most of the
    page's prose and is spared."""
    if id(tag) in form_holders and first_under(tag, "h1") is None and \
            len(tag.get_text(" ").split()) <= tuning.form_box_max_words:
        return Kind.FORM
    cards = cards_under(tag)
    if len(cards) >= tuning.listing_min_cards and first_under(tag, "h1") is None \
            and all(len(c.get_text(" ").split()) <= tuning.card_max_words for c in cards) \
            and sum(teaser_link(c, tuning) for c in cards) >= 0.8 * len(cards):
        return Kind.RELATED
    return action_boxes.get(id(tag))


def _describe(tag: Tag) -> str:
    """`div.content-sidebar-wrap#main`: how inspect names an element."""
    classes = "".join(f".{c}" for c in (tag.get("class") or [])[:3])
    ident = tag.get("id")
    return f"{tag.name}{classes}" + (f"#{ident}" if isinstance(ident, str) and ident else "")
