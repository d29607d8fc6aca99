"""A source view's line numbers: an editor's or a code viewer's HTML export (Vim's `:TOhtml`, a repository's
file view, Pygments' `linenos`) sets each line of a `<pre>` after its number in an element of its own. The
numbers count the file's lines, not the text's words: they go, and the lines read as the text they number."""

from __future__ import annotations

from ..dom import Element, remove, text

_GUTTER_MIN_LINES = 5
"""A gutter numbers a file's lines: five at least (a short listing's "1" and "2" may be anything)."""
_GUTTER_SHARE = 0.8
"""…nearly every line of the `<pre>`: a blank line may go without its number in some exports."""


def drop_line_numbers(root: Element) -> None:
    """In each `<pre>`, the children that hold nothing but a number counting up one by one from the
    first line, one to a line, go (their tails, the lines' text, stay)."""
    for pre in list(root.iter("pre")):
        numbers = [child for child in pre if isinstance(child.tag, str) and text(child).strip().isdigit() and _opens_a_line(child, pre)]
        if len(numbers) < _GUTTER_MIN_LINES:
            continue
        counted = [int(text(child).strip()) for child in numbers]
        lines = text(pre).count("\n") + 1
        if counted != list(range(counted[0], counted[0] + len(counted))) or len(numbers) < _GUTTER_SHARE * lines:
            continue
        for child in numbers:
            remove(child)


def _opens_a_line(element: Element, pre: Element) -> bool:
    """Nothing but white space between the line's start and the element (a code's own "1" in "[1, 2]" is not)."""
    before = element.getprevious()
    previous = (before.tail if before is not None else pre.text) or ""
    if before is not None and not previous.strip("\r\t "):
        return "\n" in previous  # (a line's number right after the previous line's last element: its tail holds the break)
    return previous == "" and before is None or previous.rstrip("\r\t ").endswith("\n") or not previous.strip()
