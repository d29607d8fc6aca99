"""PDF text layers: a document host renders each printed line as its own element; the lines are read
together, by the line reader, so a paragraph runs on over a line and a page break."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from ...model import DraftBlock, Inline, Inlines, Link, Paragraph, Removed, Text, clean_whitespace, normalize, plain_text
from ...regexes import compile_regex
from ...rules import Rules
from ...signals import Kind, ends_sentence
from ...tuning import Tuning
from ..dom import Element, child_tags, text
from ..reading import Reading
from .tags import BLOCK_TAGS, REMOVED_TAG, first_under, link_target


@dataclass(frozen=True)
class TextLayer:
    """The lines of a PDF page rendered as one element per line (document hosts' text layers)."""

    lines: tuple[str, ...]
    links: tuple[tuple[str, str], ...] = ()
    """The links the lines hold, (their text, their target): a `<pre>`'s menu of other files ("(TXT) <a>2021-01-06
    Robes Buttoned at the Back</a>") is read as links again once the lines are paragraphs."""


def text_layer_lines(tag: Element, tuning: Tuning, reading: Reading | None = None) -> tuple[str, ...] | None:
    """A container whose children are single lines of wrapped text (most end mid-sentence) is a
    PDF text layer: its lines must be joined into paragraphs, not read as one paragraph each."""
    if tag.tag in ("pre", "code"):
        return None  # highlighted code (a <span> per token) keeps its own line breaks: it is no text layer
    children = child_tags(tag)
    placed = _placed_blocks(children)
    if placed is not None:  # (placed so, its lines are printed lines however few: a document's last page)
        return tuple(placed) if all(len(line) <= tuning.text_layer_max_line for line in placed) else None
    if len(children) < tuning.text_layer_min_lines or any(c.tag not in ("div", "span", "p") for c in children):
        return None
    if tag.tag == "p" and all(c.tag == "span" for c in children):
        return None  # a paragraph's runs (Word for the web writes a span per run of one style), not a layer's lines
    if any(first_under(c, BLOCK_TAGS) is not None or first_under(c, REMOVED_TAG) is not None or c.tag == REMOVED_TAG
           for c in children):
        return None
    lines = [reading.line(c) for c in children] if reading is not None \
        else [clean_whitespace(text(c, " ")).strip() for c in children]
    lines = [line for line in lines if line]
    return tuple(lines) if _printed_lines(lines, tuning) else None


_PLACED = compile_regex(r"position\s*:\s*absolute", re.I)
_LEFT = compile_regex(r"\bleft\s*:\s*(\d+)", re.I)
_PX_PER_SPACE = 8
"""A printed page's character is about 8 px wide at a body font's size: a block standing 50 px right of
the text's edge is indented six spaces, as a quotation is in a text dump."""


def _placed_blocks(children: list[Element]) -> list[str] | None:
    """A PDF page converted by pdftohtml: each block of print an absolutely placed <p> (or <div>), its
    lines broken with <br>. The lines, as a dump prints them: a blank line between blocks; a block that
    goes on in the same font, unfinished, carries its line on (a title over two lines); a block indented as far as it
    stands right of the page's text edge (a quotation). None when the children are not placed so."""
    # (most containers' first child has no style at all: asked of every container, the cheap test first)
    if len(children) < 2 or any(c.tag not in ("div", "p") or "bsolute" not in (c.get("style") or "")
                                or not _PLACED.search(c.get("style")) for c in children) \
            or all(first_under(c, "br") is None for c in children):
        return None
    lefts = [int(m.group(1)) if (m := _LEFT.search(c.get("style") or "")) else 0 for c in children]
    edge = min(lefts)
    out: list[str] = []
    previous: Element | None = None
    for child, left in zip(children, lefts):
        lines = [line for line in (clean_whitespace(part).strip() for part in _text_at_breaks(child).split("\n")) if line]
        if not lines:
            continue
        if out and previous is not None and previous.get("class") == child.get("class") and not ends_sentence(out[-1]):
            out[-1] = f"{out[-1]} {lines.pop(0)}"  # the block's next line, set a little lower (a title's second line)
        elif out:
            out.append("")
        out.extend(" " * ((left - edge) // _PX_PER_SPACE) + line for line in lines)
        previous = child
    return out


def _text_at_breaks(element: Element) -> str:
    """The element's text with a new line at each <br>, its strings joined as they stand ("<i>Piers</i>."
    stays "Piers."; `sides.box_lines` puts a space between the pieces of a box's line)."""
    parts: list[str] = []
    for event, node in etree.iterwalk(element, events=("start", "end", "comment", "pi")):
        if event == "start":
            parts.append("\n" if node.tag == "br" else node.text or "")
        elif node is not element:  # an element's end, or a comment: what follows it
            parts.append(node.tail or "")
    return "".join(parts)


_INDENTED_MIN_LINES = 2
_INDENT = compile_regex(r"^[\xa0 \t]{2,}\S")
"""A typed paragraph's first line indent: two spaces or more (`&nbsp;` as a web page keeps them)."""


def _printed_lines(lines: list[str], tuning: Tuning) -> bool:
    """Lines of a printed page: enough of them, none longer than a page is wide, most of them
    ending mid-sentence (paragraphs, not lines, end in a full stop)."""
    filled = [line.strip() for line in lines if line.strip()]
    # (a paragraph retyped line by line, its first line indented as typed: "     The tinted lens is …<br>one they …")
    indented = next((line for line in lines if line.strip()), "")[:1] in ("\xa0", " ", "\t") \
        and len(filled) >= _INDENTED_MIN_LINES and _INDENT.match(next(line for line in lines if line.strip())) is not None
    if len(filled) < tuning.text_layer_min_lines and not indented or any(len(line) > tuning.text_layer_max_line for line in filled):
        return False
    return sum(not ends_sentence(line) for line in filled) >= 0.5 * len(filled)


def widen_to_all_pages(root: Element, tuning: Tuning) -> Element:
    """The densest text layer is one page of the document; its pages are the layers around it."""
    if text_layer_lines(root, tuning) is None:
        return root
    node = root
    for _ in range(3):
        parent = node.getparent()
        if parent is not None and parent.tag == "body" and _all_pages(parent, tuning):
            return parent  # a converted PDF's pages, the body's only text (pdftohtml)
        if parent is None or parent.tag in ("body", "html"):
            break
        inside = set(root.iterdescendants())
        others = [t for t in parent.iterdescendants("div", "section") if not any(t is a for a in (root, *root.iterancestors()))
                  and t not in inside and text_layer_lines(t, tuning) is not None]
        if others:
            root = parent
        node = parent
    return root


def _all_pages(body: Element, tuning: Tuning) -> bool:
    """Every box in the body that holds text is a text layer: the body is the document's pages."""
    boxes = [c for c in child_tags(body) if text(c).strip()]
    return len(boxes) >= 2 and all(text_layer_lines(c, tuning) is not None for c in boxes)


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
    links: list[tuple[str, str]] = []
    for block in [*blocks, None]:
        if isinstance(block, TextLayer):
            layer.extend(block.lines)
            links.extend(block.links)
            continue
        if layer:
            read = blocks_from_lines("\n".join(layer), rules)
            out.extend(_with_links(read, links) if links else read)
            layer, links = [], []
        if block is not None:
            out.append(block)
    return out


_LINK_MIN_WORDS = 2
"""A link's text this long at least is found again in the lines (a one-word link's text may be any word)."""


def _with_links(blocks: list[DraftBlock], links: list[tuple[str, str]]) -> list[DraftBlock]:
    """The paragraphs read from the lines with the links the lines held put back: where a paragraph's text
    holds a link's text (of `_LINK_MIN_WORDS` words at least), that text is the link again."""
    wanted = [(label, url) for label, url in links if len(label.split()) >= _LINK_MIN_WORDS]
    out: list[DraftBlock] = []
    for block in blocks:
        shown = plain_text(block.inlines) if isinstance(block, Paragraph) else ""
        found = next(((label, url, at) for label, url in wanted if (at := shown.find(label)) >= 0), None) if shown else None
        if found is None:
            out.append(block)
            continue
        label, url, at = found
        spans = normalize([Text(shown[:at]), Link((Text(label),), url), Text(shown[at + len(label):])])
        out.append(a_files_line(spans) or Paragraph(spans))
    return out


def links_in(tag: Element, base: str | None) -> tuple[tuple[str, str], ...]:
    """The links a preformatted text holds, (their text as one line, their target), for its text layer."""
    found = []
    for anchor in tag.iter("a"):
        target = link_target(anchor.get("href"), base)
        label = clean_whitespace(text(anchor, " ")).strip()
        if target and label:
            found.append((label, target))
    return tuple(found)


def spans_links(spans: list[Inline]) -> tuple[tuple[str, str], ...]:
    """The links to files among a run of spans read as printed lines, (their text as one line, their target):
    a line that is only one is the file's link, not the text (`a_files_line`). Links to pages are left as the
    lines' text, as a printed page shows them."""
    return tuple((" ".join(plain_text(s.children).split()), s.url) for s in spans
                 if isinstance(s, Link) and plain_text(s.children).strip() and _A_FILE.search(s.url))


def a_files_line(spans: Inlines) -> Removed | None:
    """A line that is only a link to a picture or a scan ("Illustration from the printed page: a cover postmarked
    March 1972 (scan, 340 KB)", "See the original pages … as scanned"): the file's link, not the text. None for
    any other line."""
    shown = [span for span in spans if not (isinstance(span, Text) and not span.text.strip())]
    if len(shown) == 1 and isinstance(shown[0], Link) and _A_FILE.search(shown[0].url):
        return Removed(Kind.DOWNLOAD, plain_text(spans).strip())
    return None


_A_FILE = compile_regex(r"\.(?:jpe?g|png|gif|tiff?|webp|pdf|djvu)(?:[?#].*)?$|(?:^|/)(?:images?|img|scans?)/", re.I)
"""A link to a picture, a scan or a document file (or a folder of them), not to a page."""