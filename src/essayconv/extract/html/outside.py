"""Everything outside the chosen container becomes `Removed` records, in page order, named by what
the element was (navigation, sidebar, related…); trailing notes after the container are kept."""

from __future__ import annotations

import itertools
import re

from lxml import etree

from ...model import Removed, clean_whitespace
from ...rules import Rules
from ...signals import Kind
from ..dom import (
    Element,
    child_tags,
    classes,
    first_string,
    has_text,
    next_tag,
    nodes_after,
    nodes_before,
    previous_tag,
    readable_pieces,
    text,
)
from .fact_tables import facts_table, record_rows
from .prune import element_summary, label_columns
from .tags import BLOCK_TAGS, HEADING, REMOVED_TAG, first_under, tags_under


def trailing_notes(root: Element, rules: Rules) -> Element | None:
    """The essay's notes or reference list, when the page keeps it in its own element just after
    the essay's container (blog themes put footnotes in a sibling <section class="footnotes">)."""
    node = root
    for _ in range(2):  # the container's next siblings, then its parent's
        sibling = next((s for s in node.itersiblings(etree.Element) if has_text(s)), None)
        if sibling is not None and sibling.tag != REMOVED_TAG:
            tokens = {t for value in (sibling.get("id") or "", " ".join(classes(sibling)))
                      for t in re.split(r"[\s_]+", value.lower()) if t}
            first = first_string(sibling)
            # Word's "Save as web page" marks its notes only in the style: mso-element:footnote-list
            word_notes = "footnote" in (sibling.get("style") or "").lower()
            if (tokens & rules.notes_tokens or word_notes
                    or (first is not None and rules.reference_heading.match(first[0].strip()))):
                return sibling
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        node = parent
    return None


def records_outside(root: Element, skip: Element | None = None, label_tokens: frozenset[str] = frozenset(),
                    rules: Rules | None = None) -> tuple[list[Removed], list[Removed]]:
    """Removed records for everything outside `root` (and `skip`), in page order: (before, after).
    With `rules`, a record table summarised as one record (and cut at the summary's length) also
    gives its title and length rows as records of their own, for the passes to read."""
    before: list[list[Removed]] = []
    after: list[Removed] = []
    node = root
    while node.getparent() is not None and node.tag not in ("body", "html"):
        parent = node.getparent()
        prev_level: list[Removed] = []
        for sibling in nodes_before(node):
            prev_level[:0] = _with_record_rows(_records(sibling, label_tokens), sibling, rules)
        before.insert(0, prev_level)
        for sibling in nodes_after(node):
            if sibling is not skip:
                after.extend(_with_record_rows(_records(sibling, label_tokens), sibling, rules))
        node = parent
    return [r for level in before for r in level], after


_SPLIT_UP_TO = 8


_SMALL_GROUP_NODES = 120


def _small(node: Element) -> bool:
    """Few enough descendants to be a heading group, not a menu or a footer (counted with a cap):
    elements and strings, as a reader would count the boxes and lines."""
    return sum(1 for _ in itertools.islice(_descendant_nodes(node), _SMALL_GROUP_NODES)) < _SMALL_GROUP_NODES


def _descendant_nodes(node: Element):
    """Every element and string under `node` (seams give only their tail)."""
    for event, element in etree.iterwalk(node, events=("start", "end", "comment", "pi")):
        if event == "start":
            if element is not node:
                yield element
            if element.text:
                yield element.text
        elif element is not node and element.tail:
            yield element.tail


def _records(node: str | Element, label_tokens: frozenset[str]) -> list[Removed]:
    """A small group beside the essay (title, word banner, byline) gives one record per block, so
    later passes can read each line; a big one (a menu, a footer) stays one summary. A group that
    opens with text the site blurred keeps that placeholder apart: the essay goes on hidden there."""
    hidden = _leading_placeholder(node)
    if hidden is not None:
        rest = clean_whitespace(" ".join(_strings_outside(node, hidden))).strip()
        return [Removed(Kind.PLACEHOLDER, text(hidden)), *([Removed(Kind.OUTSIDE_ESSAY, rest)] if rest else [])]
    if (not isinstance(node, str) and node.tag != REMOVED_TAG and _small(node)
            and first_under(node, (REMOVED_TAG, "ul", "ol", "table", "nav")) is None):
        if label_columns(node):
            return [Removed(Kind.OUTSIDE_ESSAY, element_summary(node))]
        leaves: list[tuple[Element, ...]] = []
        for leaf in (t for t in tags_under(node, BLOCK_TAGS) if first_under(t, BLOCK_TAGS) is None):
            unit = _pair_of(leaf, label_tokens)
            if not any(unit[0] is seen[0] for seen in leaves):
                leaves.append(unit)
        if 2 <= len(leaves) <= _SPLIT_UP_TO:
            texts = [line for line in map(_unit_line, leaves) if line]
            # only when the blocks hold (nearly) all the text: loose links and words stay in one record
            if sum(map(len, texts)) >= 0.9 * len(element_summary(node)):
                return [Removed(Kind.OUTSIDE_ESSAY, line) for line in texts]
        # (one block of lines set apart by <br>s: an old page's centred title over its length line)
        lines = _lines_at_breaks(node) if len(leaves) <= 1 else []
        if 2 <= len(lines) <= _SPLIT_UP_TO:
            return [Removed(Kind.OUTSIDE_ESSAY, line) for line in lines]
    record = _record(node)
    return [record] if record else []


def _lines_at_breaks(node: Element) -> list[str]:
    """The node's text in the lines its <br>s make (none inside a list or a table: `_records` asks first)."""
    lines: list[list[str]] = [[]]

    def read(element: Element) -> None:
        lines[-1].append(element.text or "")
        for child in element:
            if child.tag == "br":
                lines.append([])
            elif isinstance(child.tag, str) and child.tag not in ("script", "style"):
                read(child)
            lines[-1].append(child.tail or "")

    read(node)
    return [line for line in (clean_whitespace("".join(parts)).strip() for parts in lines) if line]


def _pair_of(leaf: Element, label_tokens: frozenset[str]) -> tuple[Element, ...]:
    """The unit a small group's line is read in: a column of a label/value pair with its partner,
    a term of a description list with its description ("Word tally:" · "320"), a box named as a
    label beside its value ("Word count" · "1,111" in a CMS's field), else the leaf."""
    parent = leaf.getparent()
    pairs = [p for p in (parent, parent.getparent() if parent is not None else None)
             if p is not None and label_columns(p)]
    if pairs:
        return (pairs[0],)
    if parent is not None:
        children = child_tags(parent)
        if len(children) == 2 and any(leaf is c for c in children) and not any(HEADING.match(c.tag) for c in children):
            words = {w for c in classes(children[0]) for w in re.split(r"[-_]+", c.lower())}
            if not words.isdisjoint(label_tokens):
                return tuple(children)
    if leaf.tag in _CELLS:  # (a row of fields side by side: "Word count:" · "436" · "Pages:" · "2")
        before, after = previous_tag(leaf), next_tag(leaf)
        if leaf.tag == "th" and after is not None and after.tag == "td" and len(child_tags(parent)) == 2:
            return (leaf, after)  # (a row's header cell names its value: "Title" · "The Pier at Dunmore")
        if leaf.tag == "td" and before is not None and before.tag == "th" and len(child_tags(parent)) == 2:
            return (before, leaf)
        if _a_label_cell(leaf) and after is not None and after.tag in _CELLS and not _a_label_cell(after):
            return (leaf, after)
        if before is not None and before.tag in _CELLS and _a_label_cell(before) and not _a_label_cell(leaf):
            return (before, leaf)
    if leaf.tag == "dd":
        term = previous_tag(leaf)
        return (term, leaf) if term is not None and term.tag == "dt" else (leaf,)
    if leaf.tag == "dt":
        description = next_tag(leaf)
        return (leaf, description) if description is not None and description.tag == "dd" else (leaf,)
    return (leaf,)


def _unit_line(unit: tuple[Element, ...]) -> str:
    """A unit's line: a row's header cell and its value read as a field ("Title: The Pier at Dunmore")."""
    shown = [line for line in map(element_summary, unit) if line]
    if len(unit) == 2 and unit[0].tag == "th" and len(shown) == 2 and not shown[0].endswith((":", "：")):
        return f"{shown[0]}: {shown[1]}"
    return " ".join(shown)


_CELLS = ("td", "th")
_LABEL_CELL_MAX_CHARS = 30
"""A label cell names a field in a few words and ends in a colon ("Word count:", "Submitted:")."""


def _a_label_cell(cell: Element) -> bool:
    shown = element_summary(cell)
    return shown.endswith((":", "：")) and len(shown) <= _LABEL_CELL_MAX_CHARS


def _strings_outside(node: Element, inside: Element) -> list[str]:
    """The node's readable strings that are not under `inside`."""
    return [s for s, holder in readable_pieces(node)
            if not (holder is inside or any(p is inside for p in holder.iterancestors()))]


def _leading_placeholder(node: str | Element) -> Element | None:
    """The placeholder marker (blurred text) that opens `node`, if its first text is one."""
    if isinstance(node, str) or node.tag == REMOVED_TAG:
        return None
    first = next(((s, holder) for s, holder in readable_pieces(node) if s.strip()), None)
    holder = first[1] if first is not None else None
    marker = next((p for p in (holder, *holder.iterancestors()) if p.tag == REMOVED_TAG), None) if holder is not None else None
    return marker if marker is not None and marker.get("kind") == Kind.PLACEHOLDER else None


_TABLES_READ = 2
"""A box beside the essay holding a record table holds one or two (a page's metadata, its rights)."""


def _with_record_rows(records: list[Removed], node: str | Element, rules: Rules | None) -> list[Removed]:
    """The records of a node, and when it was summarised whole, the title and length rows of the record
    tables in it ("Words declared on entry form: 470" past the summary's cut)."""
    if rules is None or len(records) != 1 or isinstance(node, str) or node.tag == REMOVED_TAG:
        return records
    if not records[0].text.endswith("[…]") and not (node.tag == "table" and facts_table(node, rules)):
        return records  # (the summary holds the whole record, and no table whose rows it ran together: the passes read it there)
    tables = [node] if node.tag in ("table", "dl") else tags_under(node, ("table", "dl"), limit=_TABLES_READ)
    rows = [line for table in tables for line in record_rows(table, rules)]
    return [*records, *(Removed(Kind.OUTSIDE_ESSAY, line) for line in rows)]


def _record(node: str | Element) -> Removed | None:
    if isinstance(node, str):
        shown = clean_whitespace(node).strip()
        return Removed(Kind.OUTSIDE_ESSAY, shown) if shown else None
    if node.tag == REMOVED_TAG:
        return Removed(str(node.get("kind")), text(node))
    shown = element_summary(node)
    return Removed(Kind.OUTSIDE_ESSAY, shown) if shown else None
