"""Text whose line breaks the page shows as they were typed: an element the page's own style sheet (or
its style attribute) sets to `white-space: pre-wrap` (a chat export's messages, a forum's plain-text
posts) shows a blank line as a paragraph break and a line end as a line break, where HTML would
run the lines together. Such breaks are written into the tree as `<br>`s before anything reads it."""

from __future__ import annotations

import re

from lxml import etree

from ...regexes import compile_regex
from ..dom import Element, new_element, text
from .tags import first_under

_KEEPS_LINES = compile_regex(r"white-space\s*:\s*(?:pre-wrap|pre-line|break-spaces)\b", re.I)
_CLASS = compile_regex(r"\.(-?[_a-zA-Z][\w-]*)\s*$")
_STYLED = etree.XPath("//*[contains(@style, 'white-space')]")
_MIN_BREAKS = 2
"""A text with a blank line in it, at least: a single wrapped line is no typed layout."""


def _line_keeping_classes(root: Element) -> frozenset[str]:
    """Classes the page's style sheets set to keep typed line breaks (only a rule's plain class subject:
    `.chatlog__markdown-preserve { white-space: pre-wrap }`). Found from each such declaration outwards
    to its rule's selectors: a large sheet holding none costs one scan."""
    found: set[str] = set()
    for style in root.iter("style"):
        sheet = text(style)
        for declaration in _KEEPS_LINES.finditer(sheet):
            opening = sheet.rfind("{", 0, declaration.start())
            if opening < 0 or sheet.rfind("}", 0, declaration.start()) > opening:
                continue  # not inside a rule's declarations
            before = max(sheet.rfind("{", 0, opening), sheet.rfind("}", 0, opening))
            found.update(m.group(1) for selector in sheet[before + 1:opening].split(",")
                         if (m := _CLASS.search(selector.strip())))
    return frozenset(found)


def _classed(root: Element, classes: frozenset[str]) -> list[Element]:
    """The elements carrying one of the classes (an XPath made for the page's few such classes: class
    names are word characters and hyphens, nothing to escape)."""
    tests = " or ".join(f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')" for name in sorted(classes))
    return etree.XPath(f"//*[{tests}]")(root)


def _write_breaks(node: Element, attribute: str) -> None:
    """The node's text (or tail) cut at its line ends, a `<br>` for each, two for a blank line."""
    value = getattr(node, attribute)
    parts = value.split("\n")
    setattr(node, attribute, parts[0])
    anchor, inside = (node, True) if attribute == "text" else (node, False)
    breaks = [new_element("br") for _ in parts[1:]]
    for br, part in zip(breaks, parts[1:]):
        br.tail = part
    if inside:
        for at, br in enumerate(breaks):
            node.insert(at, br)
    else:
        for br in reversed(breaks):
            anchor.addnext(br)


def keep_typed_line_breaks(root: Element) -> None:
    """Each element set to keep its typed line breaks holding a blank line: its line ends written as
    `<br>`s (an element holding blocks of its own is left as it is)."""
    classes = _line_keeping_classes(root)
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
