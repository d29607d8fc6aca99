"""Everything outside the chosen container becomes `Removed` records, in page order, named by what
the element was (navigation, sidebar, related…); trailing notes after the container are kept."""

from __future__ import annotations

import itertools
import re

from bs4 import Comment, NavigableString, Tag

from ...model import Removed, clean_whitespace
from ...rules import Rules
from ...signals import Kind
from .prune import element_summary, label_columns
from .tags import BLOCK_TAGS, HEADING, REMOVED_TAG, first_under, tags_under


def trailing_notes(root: Tag, rules: Rules) -> Tag | None:
    """The essay's notes or reference list, when the page keeps it in its own element just after
    the essay's container (blog themes put footnotes in a sibling <section class="footnotes">)."""
    node = root
    for _ in range(2):  # the container's next siblings, then its parent's
        sibling = node.next_sibling
        while sibling is not None and not (isinstance(sibling, Tag) and sibling.get_text(strip=True)):
            sibling = sibling.next_sibling
        if isinstance(sibling, Tag) and sibling.name != REMOVED_TAG:
            tokens = {t for value in (sibling.get("id") or "", " ".join(sibling.get("class") or []))
                      for t in re.split(r"[\s_]+", str(value).lower()) if t}
            first = sibling.find(string=lambda s: bool(s.strip()))
            # Word's "Save as web page" marks its notes only in the style: mso-element:footnote-list
            word_notes = "footnote" in str(sibling.get("style") or "").lower()
            if (tokens & rules.notes_tokens or word_notes
                    or (first is not None and rules.reference_heading.match(str(first).strip()))):
                return sibling
        if not isinstance(node.parent, Tag) or node.parent.name in ("body", "html"):
            break
        node = node.parent
    return None


def records_outside(root: Tag, skip: Tag | None = None,
                    label_tokens: frozenset[str] = frozenset()) -> tuple[list[Removed], list[Removed]]:
    """Removed records for everything outside `root` (and `skip`), in page order: (before, after)."""
    before: list[list[Removed]] = []
    after: list[Removed] = []
    node = root
    while isinstance(node.parent, Tag) and node.name not in ("body", "html"):
        parent = node.parent
        prev_level: list[Removed] = []
        for sibling in node.previous_siblings:
            prev_level[:0] = _records(sibling, label_tokens)
        before.insert(0, prev_level)
        for sibling in node.next_siblings:
            if sibling is not skip:
                after.extend(_records(sibling, label_tokens))
        node = parent
    return [r for level in before for r in level], after


_SPLIT_UP_TO = 8


_SMALL_GROUP_NODES = 120


def _small(node: Tag) -> bool:
    """Few enough descendants to be a heading group, not a menu or a footer (counted with a cap)."""
    return sum(1 for _ in itertools.islice(node.descendants, _SMALL_GROUP_NODES)) < _SMALL_GROUP_NODES


def _records(node: object, label_tokens: frozenset[str]) -> list[Removed]:
    """A small group beside the essay (title, word banner, byline) gives one record per block, so
    later passes can read each line; a big one (a menu, a footer) stays one summary. A group that
    opens with text the site blurred keeps that placeholder apart: the essay goes on hidden there."""
    hidden = _leading_placeholder(node)
    if hidden is not None:
        rest = clean_whitespace(" ".join(s for s in node.strings if not any(p is hidden for p in s.parents))).strip()
        return [Removed(Kind.PLACEHOLDER, hidden.get_text()), *([Removed(Kind.OUTSIDE_ESSAY, rest)] if rest else [])]
    if (isinstance(node, Tag) and node.name != REMOVED_TAG and _small(node)
            and node.find((REMOVED_TAG, "ul", "ol", "table", "nav")) is None):
        if label_columns(node):
            return [Removed(Kind.OUTSIDE_ESSAY, element_summary(node))]
        leaves: list[tuple[Tag, ...]] = []
        for leaf in (t for t in tags_under(node, BLOCK_TAGS) if first_under(t, BLOCK_TAGS) is None):
            unit = _pair_of(leaf, label_tokens)
            if not any(unit[0] is seen[0] for seen in leaves):
                leaves.append(unit)
        if 2 <= len(leaves) <= _SPLIT_UP_TO:
            texts = [text for text in (" ".join(filter(None, map(element_summary, unit))) for unit in leaves) if text]
            # only when the blocks hold (nearly) all the text: loose links and words stay in one record
            if sum(map(len, texts)) >= 0.9 * len(element_summary(node)):
                return [Removed(Kind.OUTSIDE_ESSAY, text) for text in texts]
    record = _record(node)
    return [record] if record else []


def _pair_of(leaf: Tag, label_tokens: frozenset[str]) -> tuple[Tag, ...]:
    """The unit a small group's line is read in: a column of a label/value pair with its partner,
    a term of a description list with its description ("Word tally:" · "320"), a box named as a
    label beside its value ("Word count" · "1,111" in a CMS's field), else the leaf."""
    pairs = [p for p in (leaf.parent, leaf.parent.parent if leaf.parent else None)
             if isinstance(p, Tag) and label_columns(p)]
    if pairs:
        return (pairs[0],)
    parent = leaf.parent
    if isinstance(parent, Tag):
        children = [c for c in parent.children if isinstance(c, Tag)]
        if len(children) == 2 and leaf in children and not any(HEADING.match(c.name) for c in children):
            words = {w for c in (children[0].get("class") or []) for w in re.split(r"[-_]+", c.lower())}
            if not words.isdisjoint(label_tokens):
                return tuple(children)
    if leaf.name == "dd":
        term = leaf.find_previous_sibling(True)
        return (term, leaf) if isinstance(term, Tag) and term.name == "dt" else (leaf,)
    if leaf.name == "dt":
        description = leaf.find_next_sibling(True)
        return (leaf, description) if isinstance(description, Tag) and description.name == "dd" else (leaf,)
    return (leaf,)


def _leading_placeholder(node: object) -> Tag | None:
    """The placeholder marker (blurred text) that opens `node`, if its first text is one."""
    if not isinstance(node, Tag) or node.name == REMOVED_TAG:
        return None
    first = next((s for s in node.strings if s.strip()), None)
    marker = next((p for p in first.parents if p.name == REMOVED_TAG), None) if first is not None else None
    return marker if marker is not None and marker.get("kind") == Kind.PLACEHOLDER else None


def _record(node: object) -> Removed | None:
    if isinstance(node, NavigableString):
        text = clean_whitespace(str(node)).strip()
        return Removed(Kind.OUTSIDE_ESSAY, text) if text and not isinstance(node, Comment) else None
    if not isinstance(node, Tag):
        return None
    if node.name == REMOVED_TAG:
        return Removed(str(node.get("kind")), node.get_text())
    text = element_summary(node)
    return Removed(Kind.OUTSIDE_ESSAY, text) if text else None
