"""One page's reading of its elements' text: what an element reads as (its text, its line, its
words) computed once, however many of the finder's questions ask for it.

The finder asks the same elements again and again (a facts strip's items for every box around
them, a listing's cards for every candidate parent, a container's paragraphs on every rung of the
ladder): `dom.text` walks the element each time. A `Reading` remembers each answer. It belongs to
one page's conversion: made once the page is prepared (the invisible gone, the profile applied),
passed down to what reads, dropped with the page; nothing is shared between pages.

The tree still changes after that: the chrome pass sets elements aside and the ladder puts them
back (prune.py). Every such change tells the reading (`changed`), which forgets the element and
everything around it: an element's text is its strings, so taking a child out or putting it back
changes the text of its parent and of every ancestor, and of nothing else that is in the tree.
Code that changes the tree without telling it must not share its reading (a pass may keep one of
its own while it only reads: `Reading()`).
"""

from __future__ import annotations

from ..model import clean_whitespace
from .dom import Element, has_text, text


class Reading:
    """The text of the page's elements, each read once until the tree around it changes (see above)."""

    __slots__ = ("_texts", "_separators", "_lines", "_words", "_shown")

    def __init__(self) -> None:
        self._texts: dict[tuple[Element, str], str] = {}
        self._separators: set[str] = set()
        self._lines: dict[Element, str] = {}
        self._words: dict[Element, int] = {}
        self._shown: dict[Element, bool] = {}

    def text(self, element: Element, separator: str = " ") -> str:
        """`dom.text(element, separator)`."""
        key = (element, separator)
        found = self._texts.get(key)
        if found is None:
            self._separators.add(separator)
            found = self._texts[key] = text(element, separator)
        return found

    def line(self, element: Element) -> str:
        """The element read as one line: its strings joined by spaces, white space collapsed."""
        found = self._lines.get(element)
        if found is None:
            found = self._lines[element] = clean_whitespace(self.text(element, " ")).strip()
        return found

    def words(self, element: Element) -> int:
        """How many words the element's text holds (its strings joined by spaces, split at white space)."""
        found = self._words.get(element)
        if found is None:
            found = self._words[element] = len(self.text(element, " ").split())
        return found

    def has_text(self, element: Element) -> bool:
        """`dom.has_text(element)`."""
        found = self._shown.get(element)
        if found is None:
            found = self._shown[element] = has_text(element)
        return found

    def changed(self, element: Element | None) -> None:
        """Something under `element` was taken out, put in or rewritten: its text and its
        ancestors' are read again when next asked."""
        if element is None or not (self._texts or self._lines or self._words or self._shown):
            return
        for node in (element, *element.iterancestors()):
            for separator in self._separators:
                self._texts.pop((node, separator), None)
            self._lines.pop(node, None)
            self._words.pop(node, None)
            self._shown.pop(node, None)
