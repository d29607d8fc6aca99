"""The page's tree as lxml elements, read with one text model for the whole finder.

The page is parsed by libxml2's HTML parser, fed the decoded text in one piece (`etree.HTMLParser`,
recover on, as BeautifulSoup's lxml builder fed it before issue 17): the tree is built in C, and
the passes walk it with lxml's C iterators (`iter`, `iterdescendants`, `iterancestors`, `itertext`).

Text lives in an element's `text` (before its first child) and in each child's `tail` (after it).
A *string* is one of those runs; the finder reads strings the way it always has:

- A comment's own text is never text, but it parts the strings either side of it. Where the finder
  takes something out and the text on either side must stay two strings (a comment, an element
  hidden inside a word, an empty box of chrome), it leaves a *seam*: an empty comment carrying the
  tail (`seam_for`). Joining strings with a separator ("a b", not "ab") then reads the same as
  before anything was taken out, and putting the element back is one replace.
- Text inside `<script>`, `<style>`, `<template>`, `<rt>` and `<rp>` belongs to that element:
  an ancestor's text (`text`, `strings`) leaves it out, as a reader never sees it in the line.
- White space alone between two elements is one space or one line break (`text_length`).
- Elements taken out keep their tail in the tree (`replace`): the words after a removed box stay.

Element identity: lxml keeps one Python object per node while anything refers to it, so the finder
keys its measures by the elements themselves (never by `id()`, which a freed proxy would reuse).
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator

from lxml import etree

from ..regexes import compile_regex

Element = etree._Element
STRING_CONTAINERS = ("script", "style", "template", "rt", "rp")
"""Elements whose text is their own, never their ancestors' (a reader never reads it in the line)."""
_CONTAINERS = frozenset(STRING_CONTAINERS)
_WHITESPACE_KEPT = ("pre", "textarea")
_ASCII_SPACE = compile_regex(r"[ \t\n\r\f]*")


def parse(text: str) -> Element:
    """The page's root element (`<html>`; an empty one for a page with no markup at all)."""
    if text[:1] == "\ufeff":
        text = text[1:]
    try:
        parser = etree.HTMLParser(recover=True)
        parser.feed(text)
        root = parser.close()
    except (UnicodeDecodeError, LookupError, etree.ParserError):
        parser = etree.HTMLParser(recover=True, encoding="utf-8")
        parser.feed(text.encode("utf-8", "surrogatepass"))
        root = parser.close()
    return root if root is not None else etree.Element("html")


def new_element(name: str, text: str | None = None, **attributes: str) -> Element:
    element = etree.Element(name, {k: str(v) for k, v in attributes.items()})
    _set(element, "text", text or None)
    return element


_NOT_XML = compile_regex("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _set(node: Element, attribute: str, value: str | None) -> None:
    """Set a node's text or tail. libxml2's HTML parser keeps control characters in the page's text
    that lxml refuses to be given back: where a string is moved, each is a space, as a reader (and
    `clean_whitespace`) takes a control character inside a line."""
    try:
        setattr(node, attribute, value)
    except ValueError:
        setattr(node, attribute, _NOT_XML.sub(" ", value or ""))


def classes(element: Element) -> list[str]:
    """The element's class names (an absent or empty class is no names)."""
    value = element.get("class")
    return value.split() if value else []


def words_of(element: Element, attribute: str) -> list[str]:
    """A space-separated attribute (rel) as its words."""
    value = element.get(attribute)
    return value.split() if value else []


def has_attr(element: Element, attribute: str) -> bool:
    return element.get(attribute) is not None


# ---------------------------------------------------------------- navigation


def child_tags(element: Element, names: Iterable[str] | str | None = None) -> list[Element]:
    if names is None:
        return list(element.iterchildren(etree.Element))
    return list(element.iterchildren(*((names,) if isinstance(names, str) else names)))


def nodes(element: Element) -> list[str | Element]:
    """The element's children as strings and elements in page order (a comment or seam gives only
    its tail, a string of its own)."""
    out: list[str | Element] = [text] if (text := element.text) else []  # (each read decodes the string anew)
    for child in element:
        if type(child.tag) is str:
            out.append(child)
        if tail := child.tail:
            out.append(tail)
    return out


def nodes_before(element: Element) -> list[str | Element]:
    """The strings and elements before `element` in its parent, nearest first."""
    out: list[str | Element] = []
    node = element.getprevious()
    while node is not None:
        if node.tail:
            out.append(node.tail)
        if type(node.tag) is str:
            out.append(node)
        node = node.getprevious()
    parent = element.getparent()
    if parent is not None and parent.text:
        out.append(parent.text)
    return out


def nodes_after(element: Element) -> list[str | Element]:
    """The strings and elements after `element` in its parent, nearest first."""
    out: list[str | Element] = [element.tail] if element.tail else []
    node = element.getnext()
    while node is not None:
        if type(node.tag) is str:
            out.append(node)
        if node.tail:
            out.append(node.tail)
        node = node.getnext()
    return out


def next_tag(element: Element) -> Element | None:
    return next(element.itersiblings(etree.Element), None)


def previous_tag(element: Element) -> Element | None:
    return next(element.itersiblings(etree.Element, preceding=True), None)


# ---------------------------------------------------------------- text

def pieces(root: Element) -> Iterator[tuple[str, Element]]:
    """Every string under `root` (its text, its descendants' texts and tails; whatever element
    holds it) with the element it sits in, in page order. A comment's own text is not a string."""
    for event, node in etree.iterwalk(root, events=("start", "end", "comment", "pi")):
        if event == "start":
            if text := node.text:  # (each read decodes the string anew)
                yield text, node
        elif (tail := node.tail) and node is not root:
            yield tail, node.getparent()


def strings_outside(root: Element, skip: Callable[[Element], bool], stand_in: str | None = None) -> Iterator[str]:
    """The strings under `root` in page order, leaving out what is under the elements `skip`
    accepts (their tails stay): each of those reads as `stand_in` when one is given."""
    walk = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, node in walk:
        if event == "start":
            if node is not root and skip(node):
                walk.skip_subtree()
                if stand_in is not None:
                    yield stand_in
            elif node.text:
                yield node.text
        elif node.tail and node is not root:
            yield node.tail


def _is_container(node: Element) -> bool:
    return node.tag in _CONTAINERS


def _container_of(node: Element, root: Element) -> str | None:
    while node is not None:
        if node.tag in _CONTAINERS:
            return node.tag
        if node is root:
            return None
        node = node.getparent()
    return None


def readable_pieces(element: Element) -> Iterator[tuple[str, Element]]:
    """(string, the element holding it) for the strings `strings` reads, in page order."""
    own = element.tag if element.tag in _CONTAINERS else None
    if own is None and next(element.iterancestors(*STRING_CONTAINERS), None) is not None:
        return
    for string, holder in pieces(element):
        if _container_of(holder, element) == own:
            yield string, holder


all_strings: Callable[[Element], list[str]] = etree.XPath(".//text()", smart_strings=False)
"""Every string under an element in page order, a container's too: `list(itertext())`, built by
libxml2's XPath in C as plain strings (a third of the time: itertext makes a call per string)."""


def strings(element: Element) -> list[str]:
    """The element's readable strings in page order: what a container element (script, style,
    template, rt, rp) holds belongs to it alone."""
    own = element.tag if element.tag in _CONTAINERS else None
    if own is None:
        if next(element.iterancestors(*STRING_CONTAINERS), None) is not None:
            return []
        if not len(element):  # a leaf (most links and labels): its text, with no walk set up for it
            return [found] if (found := element.text) else []
        if next(element.iterdescendants(*STRING_CONTAINERS), None) is None:
            return all_strings(element)
        return list(strings_outside(element, _is_container))
    return [string for string, _ in readable_pieces(element)]


def text(element: Element, separator: str = "", strip: bool = False) -> str:
    """The element's readable text, its strings joined by `separator` (stripped, blank ones left
    out, with `strip`)."""
    found = strings(element)
    if strip:
        found = [s for s in (s.strip() for s in found) if s]
    return separator.join(found)


def has_text(element: Element) -> bool:
    """Any readable non-blank text under the element."""
    return any(s.strip() for s in strings(element))


def first_string(element: Element) -> tuple[str, Element] | None:
    """The first non-blank string under the element (any kind), with the element holding it."""
    return next(((s, holder) for s, holder in pieces(element) if s.strip()), None)


def text_length(element: Element, separator: str = "") -> int:
    """The length of `text(element, separator)` with white space alone between two elements counted
    as one character (one space or line break), except in `<pre>` and `<textarea>`."""
    found = list(readable_pieces(element))
    if not found:
        return 0
    total = len(separator) * (len(found) - 1)
    for string, holder in found:
        if len(string) > 1 and _ASCII_SPACE.fullmatch(string) and not _keeps_whitespace(holder):
            total += 1
        else:
            total += len(string)
    return total


def _keeps_whitespace(holder: Element) -> bool:
    return holder.tag in _WHITESPACE_KEPT or next(holder.iterancestors(*_WHITESPACE_KEPT), None) is not None


# ---------------------------------------------------------------- changes

def seam_for(tail: str | None) -> Element:
    """An empty comment standing where something was taken out: the strings either side of it stay
    apart, and `tail` (the taken element's) stays in the tree."""
    seam = etree.Comment("")
    _set(seam, "tail", tail)
    return seam


def replace(old: Element, new: Element) -> None:
    """`new` where `old` stood; `old` keeps nothing of the tree (its tail stays, now `new`'s)."""
    parent = old.getparent()
    if parent is None:
        return
    tail = old.tail
    old.tail = None
    _set(new, "tail", tail)
    parent.replace(old, new)


def remove(element: Element) -> Element | None:
    """Take the element out, its tail staying as a string of its own (a seam); returns the seam."""
    if element.getparent() is None:
        return None
    seam = seam_for(None)
    replace(element, seam)
    return seam


def replace_with_text(element: Element, string: str) -> None:
    """The element becomes a string of its own between its neighbours (its tail another)."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    first = seam_for(None)
    replace(element, first)
    _set(first, "tail", string)
    if tail:
        first.addnext(seam_for(tail))


def insert_strings_before(anchor: Element, items: list[str | Element]) -> None:
    """Put strings and elements before `anchor`, in order, each string a string of its own."""
    for item in items:
        anchor.addprevious(seam_for(item) if isinstance(item, str) else item)


def append_items(target: Element, items: list[str | Element]) -> None:
    """Append strings and elements to `target`, in order, each string a string of its own."""
    for item in items:
        target.append(seam_for(item) if isinstance(item, str) else item)


def detach_children(element: Element) -> list[str | Element]:
    """Take out the element's children as strings and elements (each element without its tail,
    which becomes a string of its own), leaving it empty."""
    items: list[str | Element] = [element.text] if element.text else []
    element.text = None
    for child in list(element):
        tail = child.tail
        child.tail = None
        element.remove(child)
        if type(child.tag) is str:
            items.append(child)
        if tail:
            items.append(tail)
    return items


def unwrap(element: Element) -> None:
    """The element's content in its place, the element gone (strings kept apart)."""
    parent = element.getparent()
    if parent is None:
        return
    items = detach_children(element)
    insert_strings_before(element, items)
    remove(element)


def set_text(element: Element, string: str) -> None:
    """The element holds only `string` (its attributes and its tail stay)."""
    for child in list(element):
        element.remove(child)
    _set(element, "text", string)


def find_first(root: Element, name: str) -> Element | None:
    """The first element named `name` at or under `root`."""
    return next(root.iter(name), None)
