"""Boxes of the page's own lines beside or inside the text: a narrow column floated to one side of the
essay (an email's "In this issue" column beside its first row) and a box of labelled facts set between
its paragraphs ("Quick facts": "When: 1840", "Where: …") hold the page's lines, not the essay's, whatever
their names say (an email builder names its columns `es-left` and `es-right`)."""

from __future__ import annotations

import re

from lxml import etree

from ...model import Heading, Paragraph, Removed, clean_whitespace, plain_text
from ...regexes import compile_regex
from ...signals import Kind
from ...tuning import Tuning
from ..dom import Element
from ..reading import Reading
from .tags import BLOCK_TAGS, boxes_named, first_under

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
    style = tag.get("style") or ""
    if not aligned and ("float" not in style or not _FLOATED.search(style)):  # (asked of every box: a substring first)
        return False
    width = _stated_width(tag)
    return width is not None and width <= tuning.side_box_max_px \
        and reading.words(tag) <= tuning.side_box_max_words and first_under(tag, _BOX_PARTS) is not None


_FIELD = compile_regex(r"^[^\W\d_][\w’' -]{0,24}:\s\S")
"""A labelled line of a facts box: "When: 1840", "Where: post offices across Britain"."""
_FACTS_BOX_MIN_FIELDS = 3
_FACTS_BOX_FIELD_MAX_WORDS = 10
_FACTS_BOX_TITLE_MAX_WORDS = 4
_FACTS_BOX_MAX_WORDS = 60
_FACTS_BOX_MAX_CHARS = 600


def box_lines(box: Element) -> list[str]:
    """The box's text as the lines it shows: one per block element and per line break."""
    lines: list[str] = []
    current: list[str] = []

    def end_line() -> None:
        if (line := " ".join(" ".join(current).split())):
            lines.append(line)
        current.clear()

    for event, element in etree.iterwalk(box, events=("start", "end")):
        if type(element.tag) is not str:
            if event == "end" and element.tail:
                current.append(element.tail)
            continue
        breaks = element.tag == "br" or element.tag in BLOCK_TAGS
        if event == "start":
            if breaks:
                end_line()
            current.append(element.text or "")
        else:
            if breaks and element.tag != "br":
                end_line()
            if element is not box and element.tail:
                current.append(element.tail)
    end_line()
    return lines


def facts_box(tag: Element, reading: Reading, length: int) -> list[str] | None:
    """A box of labelled lines set in the text ("Quick facts" over "When: 1840", "Where: …", "Who: …"):
    its lines, when three at least are short fields, none a sentence, under a short title. `length`:
    the box's characters as the finder counted them (a cheap first test: most boxes are longer; its lines
    are a line break or a block each, so it has children enough for three fields).
    None for any other box."""
    if tag.tag not in ("div", "aside", "section") or length > _FACTS_BOX_MAX_CHARS or len(tag) < _FACTS_BOX_MIN_FIELDS \
            or reading.words(tag) > _FACTS_BOX_MAX_WORDS \
            or reading.text(tag, " ").count(": ") < _FACTS_BOX_MIN_FIELDS \
            or first_under(tag, ("table", "ul", "ol", "blockquote")) is not None:
        return None  # (asked of every box the walker reads: its length and its labels' colons first)
    lines = box_lines(tag)
    title, fields = (lines[0], lines[1:]) if lines else ("", [])
    # (a title over them: a student's header of "Name:" and "Class:" lines is the header pass's to read)
    if len(fields) < _FACTS_BOX_MIN_FIELDS or _FIELD.match(title) or len(title.split()) > _FACTS_BOX_TITLE_MAX_WORDS \
            or title.endswith((".", "!", "?")):
        return None
    if not all(_FIELD.match(line) and len(line.split()) <= _FACTS_BOX_FIELD_MAX_WORDS and not line.endswith((".", "!", "?"))
               for line in fields):
        return None
    return lines


def summaries_shown(root: Element, names: frozenset[str], description: str | None) -> frozenset[str]:
    """The texts of the boxes a platform styles as the post's summary (`<p class="summary">`; `names`), read before
    anything is pruned: asked only when the page has a description to compare them with."""
    if not description:
        return frozenset()
    return frozenset(clean_whitespace("".join(box.itertext())).strip().casefold()
                     for box in boxes_named(root, ("p", "div", "span", "h2", "h3", "section"), names))


def without_the_pages_summary(blocks: tuple, description: str | None, titles: tuple[str | None, ...] = (),
                              shown: frozenset[str] = frozenset()) -> tuple:
    """A line over the essay's first paragraph of prose saying only the page's own description (its `<meta
    name="description">`) in a box styled as a summary (`shown`: a blogging app's summary under the title, "Notes
    on the Shirone kite battle, with a few detours."): the page's summary of the post, set aside, not the essay's
    opening. The same words in a plain paragraph are the essay's first (a description made of the opening), and a
    description that the page's `titles` hold is the title itself (a shared document's first line)."""
    wanted = clean_whitespace(description or "").strip().casefold()
    if not wanted or wanted not in shown or any(wanted in clean_whitespace(title).casefold() for title in titles if title):
        return blocks
    out = list(blocks)
    for index, block in enumerate(blocks):
        if isinstance(block, (Removed, Heading)):
            continue
        if not isinstance(block, Paragraph):
            break
        text = clean_whitespace(plain_text(block.inlines)).strip()
        if text.casefold() == wanted:
            out[index] = Removed(Kind.SUMMARY_BOX, text)
            break
        if len(text.split()) >= _SUMMARY_MAX_WORDS:
            break  # (the essay's prose began)
    return tuple(out)


_SUMMARY_MAX_WORDS = 40
"""A page's description is a line or two; a paragraph this long is the essay's."""
