"""Text whose line breaks the page shows as they were typed: an element the page's own style sheet (or
its style attribute) sets to `white-space: pre-wrap` (a chat export's messages, a forum's plain-text
posts) shows a blank line as a paragraph break and a line end as a line break, where HTML would
run the lines together. Such breaks are written into the tree as `<br>`s before anything reads it."""

from __future__ import annotations

import re

from lxml import etree

from ...regexes import compile_regex
from ..dom import Element, new_element
from .sheets import classes_styled
from .tags import first_under

_KEEPS_LINES = compile_regex(r"white-space\s*:\s*(?:pre-wrap|pre-line|break-spaces)\b", re.I)
_STYLED = etree.XPath("//*[contains(@style, 'white-space')]")
_MIN_BREAKS = 2
"""A text with a blank line in it, at least: a single wrapped line is no typed layout."""


def _classed(root: Element, classes: frozenset[str]) -> list[Element]:
    """The elements carrying one of the classes (an XPath made for the page's few such classes: class
    names are word characters and hyphens, nothing to escape)."""
    tests = " or ".join(f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')" for name in sorted(classes))
    return etree.XPath(f"//*[{tests}]")(root)


def _write_breaks(node: Element, attribute: str) -> None:
    """The node's text (or tail) cut at its line ends, a `<br>` for each, two for a blank line."""
    first, *rest = getattr(node, attribute).split("\n")
    setattr(node, attribute, first)
    breaks = [new_element("br") for _ in rest]
    for br, part in zip(breaks, rest):
        br.tail = part
    for br in reversed(breaks):  # inside the node before its first child, or after it before its next sibling
        node.insert(0, br) if attribute == "text" else node.addnext(br)


def keep_typed_line_breaks(root: Element) -> None:
    """Each element set to keep its typed line breaks holding a blank line: its line ends written as
    `<br>`s (an element holding blocks of its own is left as it is)."""
    classes = classes_styled(root, _KEEPS_LINES.finditer)
    candidates = [*_STYLED(root), *(_classed(root, classes) if classes else ())]
    for element in candidates:
        names = set((element.get("class") or "").split())
        if not (names & classes or _KEEPS_LINES.search(element.get("style") or "")):
            continue
        if element.tag in ("pre", "textarea") or first_under(element, ("p", "div", "pre")) is not None:
            continue
        strings = [(node, attribute) for node in element.iter() if type(node.tag) is str
                   for attribute in ("text", "tail") if (node is not element or attribute == "text")
                   and (value := getattr(node, attribute)) and "\n" in value]
        if sum(getattr(node, attribute).count("\n") for node, attribute in strings) < _MIN_BREAKS:
            continue
        for node, attribute in strings:
            _write_breaks(node, attribute)


_QUOTED_LINES_MAX = 16
"""A passage quoted in its lines between two paragraphs is a stanza or an inscription, a few lines long."""
_PROSE_AROUND_MIN_CHARS = 120
"""The paragraphs on both sides are prose, a sentence or two at least."""


def quoted_between_paragraphs(pre: Element, written: str) -> bool:
    """A <pre> that is no code, of a few lines, set between two paragraphs of prose: the essay's quotation kept in
    its lines (a documentation tool writes an indented passage so: RDoc's verbatim text, an epitaph quoted in a
    story's essay)."""
    lines = [line for line in written.split("\n") if line.strip()]
    before, after = pre.getprevious(), pre.getnext()
    return 0 < len(lines) <= _QUOTED_LINES_MAX and all(
        side is not None and side.tag == "p" and len("".join(side.itertext()).strip()) >= _PROSE_AROUND_MIN_CHARS
        for side in (before, after))
