"""Boxes placed on the page by absolute position (Apple iWeb, a PDF converter's text boxes): the page's
source holds them in any order, often the order they were drawn in (a title box added last comes
after the essay), while a reader reads them as they stand, from the top down. Siblings placed so are
put in that order before anything reads the tree."""

from __future__ import annotations

import re

from ...regexes import compile_regex
from ..dom import Element, child_tags, classes
from ..reading import Reading
from .sheets import classes_styled

_ABSOLUTE = compile_regex(r"(?<![-\w])position\s*:\s*absolute", re.I)
_TOP = compile_regex(r"(?<![-\w])top\s*:\s*(-?\d+(?:\.\d+)?)px", re.I)
_LEFT = compile_regex(r"(?<![-\w])left\s*:\s*(-?\d+(?:\.\d+)?)px", re.I)
_WIDTH = compile_regex(r"(?<![-\w])width\s*:\s*(\d+(?:\.\d+)?)px", re.I)
_MIN_PLACED = 3
"""A layout of placed boxes has several (a lone positioned badge or pop-up is no layout)."""


def _position(box: Element, styled: frozenset[str]) -> tuple[float, float, float] | None:
    """The box's top, left and width in pixels (width 0 when the page gives none), when its style or its
    class's rule in the page's sheets (`styled`) places it by absolute position."""
    style = box.get("style") or ""
    absolute = _ABSOLUTE.search(style) is not None or not styled.isdisjoint(classes(box))
    top = _TOP.search(style) if absolute else None
    if top is None:
        return None
    left, width = _LEFT.search(style), _WIDTH.search(style)
    return float(top.group(1)), float(left.group(1)) if left is not None else 0.0, float(width.group(1)) if width else 0.0


def _reading_order(placed: list[tuple[tuple[float, float, float], int, Element]],
                   reading: Reading) -> list[tuple[tuple[float, float, float], int, Element]]:
    """The main column first, top down (the boxes across the span of the box holding the most words:
    the essay's), then the column beside it, top down (a sidebar of other essays, a facts box)."""
    (_, left, width), _, _ = max(placed, key=lambda item: reading.words(item[2]))
    right = left + width if width else float("inf")

    def beside(item: tuple[tuple[float, float, float], int, Element]) -> bool:
        (_, box_left, box_width) = item[0]
        return box_left >= right or (box_width and box_left + box_width <= left)

    return sorted(placed, key=lambda item: (beside(item), item[0][0], item[0][1]))


def placed_by_class(root: Element, source: str) -> tuple[list[Element], frozenset[str]]:
    """The elements given a top in their own style whose class the page's sheets place by absolute
    position (a Readymag page's `.widget{position:absolute}`, each widget's top and left in its own
    style), and those classes. The sheets are read only on a page with a layout's worth of such
    elements (most pages name "absolute" somewhere in their sheets: a menu, a badge)."""
    if "absolute" not in source:
        return [], frozenset()
    topped = [box for box in root.xpath("//*[contains(@style, 'top')][@class]") if not _ABSOLUTE.search(box.get("style"))]
    if len(topped) < _MIN_PLACED:
        return [], frozenset()
    styled = classes_styled(root, lambda sheet: _ABSOLUTE.finditer(sheet) if "absolute" in sheet else ())
    return [box for box in topped if not styled.isdisjoint(classes(box))], styled


def order_placed_boxes(boxes: list[Element], reading: Reading, styled: frozenset[str] = frozenset()) -> None:
    """`boxes`: the page's elements whose style names an absolute position (gathered by the walk that
    drops the invisible), or whose class the page's sheets place so (`styled`). Under each element whose boxes holding text are all placed by absolute position (three at
    least), those boxes in the order a reader takes them: the main column top down, then the column
    beside it. Empty spacers stay first; a parent with loose text between its boxes is left as it is."""
    counted: dict[Element, int] = {}
    for box in boxes:
        parent = box.getparent()
        if parent is not None:
            counted[parent] = counted.get(parent, 0) + 1
    for parent in (p for p, placed_here in counted.items() if placed_here >= _MIN_PLACED):  # (a lone pop-up is asked no more)
        children = child_tags(parent)
        positions = [(_position(child, styled), at, child) for at, child in enumerate(children)]
        placed = [(position, at, child) for position, at, child in positions if position is not None]
        if len(placed) < _MIN_PLACED or any((c.tail or "").strip() for c in children) or (parent.text or "").strip():
            continue
        if any(reading.has_text(child) for position, _, child in positions if position is None):
            continue  # text outside the placed boxes: the source order is the reading order there
        ordered = _reading_order(placed, reading)
        if [child for _, _, child in ordered] == [child for _, _, child in placed]:
            continue
        for _, _, child in ordered:
            parent.append(child)  # (moved to the end in turn, with its blank tail)
