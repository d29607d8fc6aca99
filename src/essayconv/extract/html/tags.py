"""The HTML vocabulary the finder reads: which elements are invisible, boxes, chrome, blocks,
emphasis; the marker element left where something was removed."""

from __future__ import annotations

import re
from typing import Callable

from bs4 import NavigableString, Tag

from ...signals import Kind

INVISIBLE_TAGS = ("script", "style", "noscript", "template", "svg", "canvas", "iframe", "object",
                   "embed", "link", "meta", "head", "button", "input", "select", "textarea",
                   "option", "map", "audio", "video", "picture", "img", "source", "track")
# Form controls hold a label, never paragraphs: one that holds a <p> or an <article> was left
# unclosed by the page and the parser nested the rest of the page inside it.
CONTROLS = frozenset(("button", "select", "label"))
SWALLOWED = ("p", "article", "main", "section", "h1", "h2")
# Dropped, but each was a box on the rendered line, so what stood either side stays apart.
BOXES = frozenset(("iframe", "img", "svg", "canvas", "object", "embed", "video", "audio", "picture", "button",
                    "input", "select", "textarea", "map"))
CHROME_TAGS = {"nav": Kind.NAVIGATION, "footer": Kind.FOOTER, "aside": Kind.SIDEBAR, "form": Kind.FORM,
                "dialog": Kind.POPUP, "menu": Kind.NAVIGATION}
BLOCK_TAGS = frozenset("p div section article main header footer aside nav h1 h2 h3 h4 h5 h6 "
                        "blockquote ul ol li dl dt dd pre table thead tbody tfoot tr td th figure "
                        "figcaption hr address center details summary fieldset body html".split())
EMPH_TAGS = frozenset(("em", "i", "cite", "dfn", "var"))
# Class names of CSS frameworks that lay an element's children out as separate boxes (flex or grid):
# "<div class='flex gap-2'><span>4.7</span><span>from 208 votes</span>" reads "4.7 from 208 votes".
FLEX_CLASSES = frozenset(("flex", "inline-flex", "grid", "inline-grid", "d-flex", "d-inline-flex", "d-grid",
                          "hstack", "vstack", "columns", "level", "is-flex", "is-grouped", "MuiStack-root"))
FLEX_STYLE = re.compile(r"display\s*:\s*(?:inline-)?(?:flex|grid)", re.I)


def lays_out_boxes(tag: Tag) -> bool:
    """The element lays its children out as separate boxes (flex or grid), side by side or stacked."""
    classes = tag.get("class") or []
    return any(c in FLEX_CLASSES for c in classes) or bool(FLEX_STYLE.search(str(tag.get("style") or "")))
STRONG_TAGS = frozenset(("strong", "b"))
HEADING = re.compile(r"^h([1-6])$")
MAX_ELEMENT_DEPTH = 256
"""Elements nested deeper are flattened to text before anything else looks at the page."""
MAX_DEPTH = MAX_ELEMENT_DEPTH + 8  # recursion guard for the walker, never reached after pruning
REMOVED_TAG = "essayconv-removed"

SUMMARY_CHARS = 300


# ---------------------------------------------------------------- fast tree searches
# bs4's find()/find_all() build a matcher object on every call; the finder asks tens of thousands
# of small questions per page, so these walk `.descendants` with a plain name test instead. They
# answer as find_all(names) does: a string is one tag name, a collection any of them, a compiled
# pattern is searched in the name, True is any tag.

TagNames = str | frozenset[str] | tuple[str, ...] | re.Pattern[str] | bool


def _name_test(names: TagNames) -> Callable[[str], bool]:
    if names is True:
        return lambda name: True
    if isinstance(names, str):
        return names.__eq__
    if isinstance(names, re.Pattern):
        return lambda name: names.search(name) is not None
    return frozenset(names).__contains__


def tags_under(tag: Tag, names: TagNames = True, *, limit: int | None = None) -> list[Tag]:
    """The elements under `tag` (any depth, document order) whose name matches, as find_all."""
    test, found = _name_test(names), []
    for node in tag.descendants:
        if isinstance(node, Tag) and test(node.name):
            found.append(node)
            if limit is not None and len(found) >= limit:
                break
    return found


def first_under(tag: Tag, names: TagNames) -> Tag | None:
    """The first element under `tag` whose name matches, as find."""
    test = _name_test(names)
    return next((node for node in tag.descendants if isinstance(node, Tag) and test(node.name)), None)


def child_tags(tag: Tag, names: TagNames = True) -> list[Tag]:
    """The element children of `tag` whose name matches, as find_all(…, recursive=False)."""
    test = _name_test(names)
    return [node for node in tag.children if isinstance(node, Tag) and test(node.name)]


def child_strings(tag: Tag) -> list[NavigableString]:
    """The text nodes right under `tag` (comments included), as find_all(string=True, recursive=False)."""
    return [node for node in tag.children if isinstance(node, NavigableString)]
