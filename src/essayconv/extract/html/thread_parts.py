"""An essay posted in two messages of a thread, when the board cut it short ("(More in the next message, the post
button keeps timing out on me.)" / the next message opening "Continued from above:"): the two parts joined into
one box before the boxes are weighed, so the finder keeps the whole essay and not its longer half."""

from __future__ import annotations

from ...regexes import compile_regex
from ..dom import Element, text

_PART_MIN_WORDS = 40
"""The earlier part is prose: a message of this many words at least."""
_BETWEEN_MAX_WORDS = 30
"""Between the two parts stand the next message's header lines (its poster and date), no prose."""
_OPENING_CHARS = 200
"""The continuation says so in the message's first line."""


def join_continued_posts(root: Element, opening_pattern: str) -> None:
    """Each box whose text opens on a continuation line (`opening_pattern`, [html] continued_post_opening) takes
    in the box of the same make before it, when only short lines (a message's header) stand between them: the
    earlier part moves into it, its first, the continuation line after it (a line the cleaning drops)."""
    opening = compile_regex(opening_pattern)
    for box in [b for b in root.iter() if isinstance(b.tag, str) and (b.text or "").strip()
                and opening.match((b.text or "").strip()[:_OPENING_CHARS])]:
        earlier = _earlier_part(box)
        if earlier is None:
            continue
        marker, box.text = box.text, None
        box.insert(0, earlier)
        earlier.tail = marker


def _earlier_part(box: Element) -> Element | None:
    """The nearest box before `box` of its tag and classes holding prose, with only short lines between them."""
    between = 0
    for sibling in box.itersiblings(preceding=True):
        if not isinstance(sibling.tag, str):
            continue
        words = len(text(sibling, " ").split())
        if sibling.tag == box.tag and sibling.get("class") == box.get("class") and words >= _PART_MIN_WORDS:
            return sibling
        between += words
        if between > _BETWEEN_MAX_WORDS:
            return None
    return None
