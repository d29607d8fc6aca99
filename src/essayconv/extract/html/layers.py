"""PDF text layers: a document host renders each printed line as its own element; the lines are read
together, by the line reader, so a paragraph runs on over a line and a page break."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import DraftBlock, Inline, Text, clean_whitespace, plain_text
from ...rules import Rules
from ...signals import ends_sentence
from ...tuning import Tuning
from ..dom import Element, child_tags, text
from ..reading import Reading
from .tags import BLOCK_TAGS, REMOVED_TAG, first_under


@dataclass(frozen=True)
class TextLayer:
    """The lines of a PDF page rendered as one element per line (document hosts' text layers)."""

    lines: tuple[str, ...]


def text_layer_lines(tag: Element, tuning: Tuning, reading: Reading | None = None) -> tuple[str, ...] | None:
    """A container whose children are single lines of wrapped text (most end mid-sentence) is a
    PDF text layer: its lines must be joined into paragraphs, not read as one paragraph each."""
    if tag.tag in ("pre", "code"):
        return None  # highlighted code (a <span> per token) keeps its own line breaks: it is no text layer
    children = child_tags(tag)
    if len(children) < tuning.text_layer_min_lines or any(c.tag not in ("div", "span", "p") for c in children):
        return None
    if any(first_under(c, BLOCK_TAGS) is not None or first_under(c, REMOVED_TAG) is not None or c.tag == REMOVED_TAG
           for c in children):
        return None
    lines = [reading.line(c) for c in children] if reading is not None \
        else [clean_whitespace(text(c, " ")).strip() for c in children]
    lines = [line for line in lines if line]
    return tuple(lines) if _printed_lines(lines, tuning) else None


def _printed_lines(lines: list[str], tuning: Tuning) -> bool:
    """Lines of a printed page: enough of them, none longer than a page is wide, most of them
    ending mid-sentence (paragraphs, not lines, end in a full stop)."""
    filled = [line.strip() for line in lines if line.strip()]
    if len(filled) < tuning.text_layer_min_lines or any(len(line) > tuning.text_layer_max_line for line in filled):
        return False
    return sum(not ends_sentence(line) for line in filled) >= 0.5 * len(filled)


def widen_to_all_pages(root: Element, tuning: Tuning) -> Element:
    """The densest text layer is one page of the document; its pages are the layers around it."""
    if text_layer_lines(root, tuning) is None:
        return root
    node = root
    for _ in range(3):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        inside = set(root.iterdescendants())
        others = [t for t in parent.iterdescendants("div", "section") if not any(t is a for a in (root, *root.iterancestors()))
                  and t not in inside and text_layer_lines(t, tuning) is not None]
        if others:
            root = parent
        node = parent
    return root


def wrapped_lines(spans: list[Inline], tuning: Tuning) -> tuple[str, ...] | None:
    """Text broken with <br> at every line of a printed page ("…destroys a<br>good man."): the
    lines, blank ones kept, when most end mid-sentence; None for ordinary <br>-separated text."""
    lines = "".join(s.text if isinstance(s, Text) else plain_text((s,)) for s in spans).split("\n")
    return tuple(lines) if _printed_lines(lines, tuning) else None


def resolve_text_layers(blocks: list[DraftBlock | TextLayer], rules: Rules) -> list[DraftBlock]:
    """Consecutive text layers (the pages of one document) read as one text, so a paragraph
    runs on over a page break and page numbers are set aside as in a text dump."""
    from ..lines import blocks_from_lines

    out: list[DraftBlock] = []
    layer: list[str] = []
    for block in [*blocks, None]:
        if isinstance(block, TextLayer):
            layer.extend(block.lines)
            continue
        if layer:
            out.extend(blocks_from_lines("\n".join(layer), rules))
            layer = []
        if block is not None:
            out.append(block)
    return out
