"""Boxes laid beside the text: a narrow column floated to one side of the essay (an email's "In this
issue" column beside its first row, a magazine's fact box) holds the page's own lines, not the
essay's, whatever its names say (an email builder names its columns `es-left` and `es-right`)."""

from __future__ import annotations

import re

from ...regexes import compile_regex
from ...tuning import Tuning
from ..dom import Element
from ..reading import Reading
from .tags import first_under

_FLOATED = compile_regex(r"(?<![-\w])float\s*:\s*(?:right|left)\b", re.I)
_WIDTH = compile_regex(r"(?<![-\w])width\s*:\s*(\d{1,4})px", re.I)
_BOX_PARTS = ("h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol")
"""A side box has a heading or a list of its own (a picture floated beside the text, under its caption, has not)."""


def _stated_width(tag: Element) -> int | None:
    """The width in pixels the element, or its first cell (an email's column states it there), is given."""
    for element in (tag, next(tag.iterdescendants("td"), None)):
        if element is None:
            continue
        width = (element.get("width") or "").strip()
        if width.isdigit():
            return int(width)
        found = _WIDTH.search(element.get("style") or "")
        if found is not None:
            return int(found.group(1))
    return None


def side_box(tag: Element, tuning: Tuning, reading: Reading) -> bool:
    """A narrow box floated beside the text (`float` in its style, or a table or a box aligned to one
    side), `side_box_max_px` wide at most, holding a heading or a list and few words."""
    aligned = tag.tag in ("table", "div") and (tag.get("align") or "").strip().lower() in ("left", "right")
    if not aligned and not _FLOATED.search(tag.get("style") or ""):
        return False
    width = _stated_width(tag)
    return width is not None and width <= tuning.side_box_max_px \
        and reading.words(tag) <= tuning.side_box_max_words and first_under(tag, _BOX_PARTS) is not None
