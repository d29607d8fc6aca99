"""The page's reading (extract/reading.py): an element's text read once, and read again once the
chrome pass has set something aside under it or put it back."""

from __future__ import annotations

from essayconv.extract.dom import parse, text
from essayconv.extract.html.prune import Undo, set_aside, undo_chrome
from essayconv.extract.reading import Reading
from essayconv.signals import Kind

PAGE = ("<html><body><div id='a'><div id='b'><p id='p'>One two three.</p><nav id='n'>\n  Home\n  <b>About</b>\n</nav></div>"
        "<p id='q'>Four five.</p></div></body></html>")


def _by_id(root, name):
    return next(e for e in root.iter() if e.get("id") == name)


def test_a_reading_answers_as_the_tree_reads_before_and_after_each_change() -> None:
    root = parse(PAGE)
    reading = Reading()
    a, b, p, nav = (_by_id(root, name) for name in ("a", "b", "p", "n"))
    watched = (a, b, p, nav)
    before = {e: (reading.text(e), reading.line(e), reading.words(e), reading.has_text(e)) for e in watched}
    assert reading.text(a) == text(a, " ")
    undo: Undo = []
    set_aside(nav, Kind.NAVIGATION, undo, reading=reading)
    for element in (a, b, p):
        assert reading.text(element) == text(element, " ")
        assert reading.words(element) == len(text(element, " ").split())
    assert reading.text(a) != before[a][0]  # the menu left the boxes around it, its summary in its place
    assert reading.line(p) == before[p][1]  # the paragraph beside it reads as it did
    undo_chrome(undo, reading)
    assert {e: (reading.text(e), reading.line(e), reading.words(e), reading.has_text(e)) for e in watched} == before
