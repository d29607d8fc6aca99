"""The page's tree as a browser builds it: parsed once (dom.parse), a second <html> joined to the
first, React's streamed parts put in their places, boxes marked as headings for a screen reader read as
headings."""

from __future__ import annotations

from lxml import etree

from ...regexes import compile_regex
from ..dom import Element, append_items, detach_children, find_first, insert_strings_before, parse, remove
from .tags import BLOCK_TAGS, boxes_named


def parse_page(text: str) -> Element:
    """The page's tree: parsed once (dom.parse), one document as a browser reads it, React's
    streamed parts in their places."""
    root = parse(text)
    _one_document(root)
    _place_streamed_segments(root, text)
    if 'role="heading"' in text or "role='heading'" in text:  # (asked of every page: a plain substring test first)
        _aria_headings(root)
    return root


_ARIA_HEADING_MAX_WORDS = 25
"""A heading is a line: a box marked as one around more than this is a section, not its heading."""


def _aria_headings(root: Element) -> None:
    """Boxes the page marks as headings for a screen reader (`role="heading"` with its `aria-level`, as
    Microsoft Sway and other app-made pages mark their titles and headings, with no <h1>–<h6>) are
    headings, as a screen reader reads them: a line of text, no block inside."""
    for box in list(root.iterfind(".//*[@role='heading']")):
        if box.tag not in ("div", "p") or next(box.iterdescendants(*BLOCK_TAGS), None) is not None:
            continue
        words = len("".join(box.itertext()).split())
        level = (box.get("aria-level") or "2").strip()
        if 0 < words <= _ARIA_HEADING_MAX_WORDS:
            box.tag = f"h{min(6, max(1, int(level)))}" if level.isdigit() else "h2"


_TITLE_BOX_MAX_WORDS = 25


def title_box_as_heading(root: Element, names: frozenset[str]) -> None:
    """On a page with no <h1>, the one box whose class names it the post's title (`<div class="articletitle">`,
    `<p class="post-title">`: a blogging platform styles the title, it does not mark it) is the <h1> a reader
    sees: a line of text, no block inside. Two such boxes or more are a front page's teasers."""
    if next(root.iter("h1"), None) is not None:
        return
    named = boxes_named(root, ("div", "p", "span", "td"), names)
    if len(named) != 1 or next(named[0].iterdescendants(*BLOCK_TAGS), None) is not None:
        return
    if 0 < len("".join(named[0].itertext()).split()) <= _TITLE_BOX_MAX_WORDS:
        named[0].tag = "h1"


_STREAMED = compile_regex(r"""id=["']?S:[0-9a-f]""")
_STREAM_SWAP = compile_regex(r"""\$RC\(\s*["'](B:[0-9a-f]+)["']\s*,\s*["'](S:[0-9a-f]+)["']""")
_STREAM_SEGMENT = compile_regex(r"""\$RS\(\s*["'](S:[0-9a-f]+)["']\s*,\s*["'](P:[0-9a-f]+)["']""")
_PLACEHOLDER_ID = compile_regex(r"^[BP]:[0-9a-f]+$")
_SEGMENT_ID = compile_regex(r"^S:[0-9a-f]+$")


def _place_streamed_segments(root: Element, text: str) -> None:
    """A page rendered by React's streaming server (Next.js and others) sends the article's parts late,
    as hidden `<div id="S:n">` segments at the end of <body>, with a script that swaps each into
    its placeholder (`<template id="B:n">` for a boundary, `<template id="P:n">` for a pending part). A browser runs the swap; a saved page keeps both halves:
    the parts are put in their places here, as the page is shown. The script's pairs are used when
    it is there; else a placeholder takes the segment of its own number, as React numbers them."""
    if "<template" not in text or not _STREAMED.search(text):
        return  # asked of every page: a plain substring test first
    placeholders = {t.get("id"): t for t in root.iter("template") if _PLACEHOLDER_ID.search(t.get("id") or "")}
    segments = {d.get("id"): d for d in root.iter("div")
                if _SEGMENT_ID.search(d.get("id") or "") and d.get("hidden") is not None}
    if not placeholders or not segments:
        return
    pairs = dict(_STREAM_SWAP.findall(text)) | {placeholder: segment for segment, placeholder in _STREAM_SEGMENT.findall(text)}
    if not pairs:
        pairs = {kind + key[2:]: key for key in segments for kind in ("B:", "P:") if kind + key[2:] in placeholders}
    for boundary, segment_id in pairs.items():
        template, segment = placeholders.get(boundary), segments.get(segment_id)
        if template is None or segment is None or template.getparent() is None:
            continue
        insert_strings_before(template, detach_children(segment))
        remove(template)
        remove(segment)


def _one_document(root: Element) -> None:
    """A page that opens a second <html> (a theme's template pasted into another, a server echoing a
    document inside one) is one document to a browser, which ignores the second <html>, <head> and
    <body> tags: their content joins the first document's <head> and <body>. libxml2 starts a second
    tree instead (a sibling of the first root), and the finder, looking in the first <body>, would
    miss the article in it."""
    tops = [c for c in root.itersiblings() if type(c.tag) is str]
    body = find_first(root, "body")
    if not tops or body is None:
        return
    head = find_first(root, "head")
    head = head if head is not None else body
    for extra in tops:
        if extra.tag == "html":
            for part in detach_children(extra):
                if not isinstance(part, str) and part.tag in ("head", "body"):
                    append_items(head if part.tag == "head" else body, detach_children(part))
                else:
                    append_items(body, [part])
        _detach_top(extra)  # (any other element at the top is no part of the page)


def _detach_top(element: Element) -> None:
    """Take a top-level sibling of the root element out of the document."""
    etree.Element("essayconv-detached").append(element)
