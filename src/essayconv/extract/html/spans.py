"""Inline content as spans: text nodes as a browser shows them, emphasis, links, quotes, notes set
aside inside a line, and a run of spans split into lines at its <br>s. Read by the walker (walk.py)."""

from __future__ import annotations

from ...model import Emph, Inline, Inlines, Link, Removed, Strong, Text, normalize
from ...mojibake import repair_mojibake
from ...regexes import compile_regex
from ...signals import Kind
from ..dom import Element, nodes, text
from .tags import (
    BLOCK_TAGS,
    EMPH_TAGS,
    MAX_DEPTH,
    REMOVED_TAG,
    STRONG_TAGS,
    is_anchor_mark,
    lays_out_boxes,
    link_target,
    note_call,
)

_HTML_SPACE = compile_regex(r"[ \t\n\r\f]+")


def html_string(node: str) -> str:
    """A text node as a browser shows it: runs of HTML white space (line breaks in the source
    included) are one space; only <br> breaks a line (<pre> is read separately)."""
    return _HTML_SPACE.sub(" ", repair_mojibake(node))




def inline_spans(tag: Element, depth: int, base: str | None, found: list[Removed]) -> list[Inline]:
    """One inline element (em, a, span…) as spans. Chrome set aside inside it (a share bar in a
    <p>) goes to `found`, never into the text."""
    name = tag.tag
    if name == REMOVED_TAG:
        found.append(Removed(str(tag.get("kind")), text(tag)))
        return [Text(" ")]  # what stood there still separates its neighbours
    if name == "br":
        return [Text("\n")]
    if depth > MAX_DEPTH:
        return [Text(text(tag, " "))]
    if (number := note_call(tag)) is not None:
        found.append(Removed(Kind.NOTE_CALL, number))
        return []
    inner = inlines(tag, depth + 1, base, found)
    if name in EMPH_TAGS:
        return [Emph(tuple(inner))]
    if name in STRONG_TAGS:
        return [Strong(tuple(inner))]
    if name == "a":
        if is_anchor_mark(tag):
            return []  # a footnote's "↩" back to the text, a heading's "¶": navigation, not words
        href = link_target(tag.get("href"), base)
        if href:
            return [Link(tuple(inner), href)]
    if name == "q":
        return [Text("“"), *inner, Text("”")]
    if name in BLOCK_TAGS:
        # a block inside inline content (<cite>…<p>…</p></cite>): its own line, never glued on
        return [Text("\n"), *inner, Text("\n")]
    return inner


def inlines(node: Element, depth: int, base: str | None, found: list[Removed],
             skip: Element | None = None) -> list[Inline]:
    out: list[Inline] = []
    apart = lays_out_boxes(node)  # flex or grid items are boxes of their own: never glued together
    after_item = False
    for child in nodes(node):
        if child is skip:
            continue
        if isinstance(child, str):
            out.append(Text(html_string(child)))
            after_item = after_item and not child.strip()
        else:
            if apart and after_item:
                out.append(Text(" "))
            out.extend(inline_spans(child, depth, base, found))
            after_item = True
    return out


def split_lines(spans: list[Inline], verse: bool = False) -> list[Inlines]:
    """Split an inline run at <br> (kept as "\\n" text) into separate runs. In verse (a quotation)
    a single <br> ends a line of the same quotation; only an empty line starts a new block."""
    runs: list[list[Inline]] = [[]]
    for span in spans:
        if isinstance(span, Text) and "\n" in span.text:
            pieces = span.text.split("\n")
            runs[-1].append(Text(pieces[0]))
            for piece in pieces[1:]:
                runs.append([Text(piece)])
        else:
            runs[-1].append(span)
    if not verse:
        return [spans for run in runs if (spans := normalize(run))]
    stanzas: list[list[Inline]] = [[]]
    for run in runs:
        if not normalize(run):
            stanzas.append([])
        else:
            stanzas[-1].extend([Text(" "), *run] if stanzas[-1] else run)
    return [spans for stanza in stanzas if (spans := normalize(stanza))]
