"""The HTML vocabulary the finder reads: which elements are invisible, boxes, chrome, blocks,
emphasis; the marker element left where something was removed. Where a link points, and the marks
that are links only (a heading's "¶", a footnote's "↩")."""

from __future__ import annotations

import re
from itertools import islice
from urllib.parse import urljoin

from lxml import etree

from ...regexes import compile_regex
from ...signals import Kind
from ..dom import Element, classes, text

INVISIBLE_TAGS = frozenset(("script", "style", "noscript", "template", "svg", "canvas", "iframe", "object",
                             "embed", "link", "meta", "head", "button", "input", "select", "textarea",
                             "option", "map", "audio", "video", "picture", "img", "source", "track"))
# Form controls hold a label, never paragraphs: one that holds a <p> or an <article> was left
# unclosed by the page and the parser nested the rest of the page inside it.
CONTROLS = frozenset(("button", "select", "label"))
SWALLOWED = ("p", "article", "main", "section", "h1", "h2")
# Dropped, but each was a box on the rendered line, so what stood either side stays apart.
BOXES = frozenset(("iframe", "img", "svg", "canvas", "object", "embed", "video", "audio", "picture", "button",
                    "input", "select", "textarea", "map"))
CHROME_TAGS = {"nav": Kind.NAVIGATION, "footer": Kind.FOOTER, "aside": Kind.SIDEBAR, "form": Kind.FORM,
                "dialog": Kind.POPUP, "menu": Kind.NAVIGATION}
BLOCK_TAGS = frozenset("p div section article main header footer aside nav h1 h2 h3 h4 h5 h6 "
                        "blockquote ul ol li dl dt dd pre table thead tbody tfoot tr td th figure "
                        "figcaption hr address center details summary fieldset body html".split())
EMPH_TAGS = frozenset(("em", "i", "cite", "dfn", "var"))
# Class names of CSS frameworks that lay an element's children out as separate boxes (flex or grid):
# "<div class='flex gap-2'><span>4.7</span><span>from 208 votes</span>" reads "4.7 from 208 votes".
FLEX_CLASSES = frozenset(("flex", "inline-flex", "grid", "inline-grid", "d-flex", "d-inline-flex", "d-grid",
                          "hstack", "vstack", "columns", "level", "is-flex", "is-grouped", "MuiStack-root"))
FLEX_STYLE = compile_regex(r"display\s*:\s*(?:inline-)?(?:flex|grid)", re.I)


def lays_out_boxes(tag: Element) -> bool:
    """The element lays its children out as separate boxes (flex or grid), side by side or stacked."""
    return any(c in FLEX_CLASSES for c in classes(tag)) or bool(FLEX_STYLE.search(tag.get("style") or ""))
STRONG_TAGS = frozenset(("strong", "b"))
HEADING = compile_regex(r"^h([1-6])$")
MAX_ELEMENT_DEPTH = 256
"""Elements nested deeper are flattened to text before anything else looks at the page."""
MAX_DEPTH = MAX_ELEMENT_DEPTH + 8  # recursion guard for the walker, never reached after pruning
REMOVED_TAG = "essayconv-removed"

SUMMARY_CHARS = 300


# ---------------------------------------------------------------- tree searches
# lxml's iterators filter by tag name in C. They answer as bs4's find_all(names) did: a string is
# one tag name, a collection any of them, a compiled pattern is searched in the name, True is any
# element (comments and seams are never elements).

TagNames = str | frozenset[str] | tuple[str, ...] | re.Pattern[str] | bool


def _descendants(tag: Element, names: TagNames):
    if names is True:
        return tag.iterdescendants(etree.Element)
    if isinstance(names, str):
        return tag.iterdescendants(names)
    if isinstance(names, re.Pattern):
        return (node for node in tag.iterdescendants(etree.Element) if names.search(node.tag))
    return tag.iterdescendants(*names)


_MANY_NAMES = 8
_SMALL_SUBTREE = 24
"""lxml's search by tag name costs a few microseconds to set up for many names (BLOCK_TAGS: 40),
whatever the subtree's size; most subtrees asked about are small enough to read element by element
first (`_read_by_hand`)."""


def _read_by_hand(tag: Element, names: frozenset[str] | tuple[str, ...], limit: int | None) -> list[Element] | None:
    """The first `limit` matches among the first `_SMALL_SUBTREE` elements under `tag`; None when the
    subtree is larger and none of them ended the search."""
    found: list[Element] = []
    for seen, node in enumerate(tag.iterdescendants(etree.Element)):
        if seen == _SMALL_SUBTREE:
            return None
        if node.tag in names:
            found.append(node)
            if len(found) == limit:
                break
    return found


def tags_under(tag: Element, names: TagNames = True, *, limit: int | None = None) -> list[Element]:
    """The elements under `tag` (any depth, document order) whose name matches, as find_all."""
    if isinstance(names, (frozenset, tuple)) and len(names) >= _MANY_NAMES and limit != 0 \
            and (found := _read_by_hand(tag, names, limit)) is not None:
        return found
    matches = _descendants(tag, names)
    return list(islice(matches, limit)) if limit is not None else list(matches)


def boxes_named(root: Element, tags: tuple[str, ...], names: frozenset[str]) -> list[Element]:
    """The `tags` boxes whose class or id names one of `names`, each token compared with its "-" and "_" dropped,
    case-folded ("post-title" and "postTitle" both "posttitle")."""
    return [box for box in root.iter(*tags)
            if any(token.replace("-", "").replace("_", "").casefold() in names
                   for token in (*(box.get("class") or "").split(), box.get("id") or ""))]


def first_under(tag: Element, names: TagNames) -> Element | None:
    """The first element under `tag` whose name matches, as find."""
    if isinstance(names, (frozenset, tuple)) and len(names) >= _MANY_NAMES \
            and (found := _read_by_hand(tag, names, 1)) is not None:
        return found[0] if found else None
    return next(_descendants(tag, names), None)


def child_tags(tag: Element, names: TagNames = True) -> list[Element]:
    """The element children of `tag` whose name matches, as find_all(…, recursive=False)."""
    if names is True:
        return list(tag.iterchildren(etree.Element))
    if isinstance(names, str):
        return list(tag.iterchildren(names))
    if isinstance(names, re.Pattern):
        return [node for node in tag.iterchildren(etree.Element) if names.search(node.tag)]
    return list(tag.iterchildren(*names))


def child_strings(tag: Element) -> list[str]:
    """The strings right under `tag` (its text and its children's tails)."""
    found = [tag.text] if tag.text else []
    found.extend(child.tail for child in tag if child.tail)
    return found


_BACKLINK = compile_regex(r"[↩↵↑⤴^]\ufe0e?|back|return to text", re.I)
_PERMALINK = compile_regex(r"[¶#§🔗⚓]\ufe0f?|permalink|permanent link|link to this (?:heading|section)|")


def is_anchor_mark(tag: Element) -> bool:
    """A link into the page that is only a mark: a footnote's "↩" back to the text, or a heading's
    own anchor as documentation generators and blog themes write it (MkDocs, Sphinx, Hexo:
    "Title<a href="#title">¶</a>"): a symbol, a word or nothing. Navigation, never words of the text."""
    href = tag.get("href") or ""
    if tag.tag != "a" or not href.startswith("#"):
        return False
    label = "".join(tag.itertext()).strip().strip("\u200b\u200c\u200d\u2060\ufeff")  # VitePress writes a zero-width space
    return _BACKLINK.fullmatch(label) is not None or _PERMALINK.fullmatch(label.lower()) is not None \
        or _links_its_heading(tag, href[1:])


_NOTE_NUMBER = compile_regex(r"\d{1,3}|[*†‡§]")
_NOTE_TOKENS = compile_regex(r"(?:^|[-_\s])(?:fn|footnote|endnote|noteref|note|ref)(?:$|[-_\s\d])", re.I)


def note_call(tag: Element) -> str | None:
    """The number of a note call written as a superscript ("1914.<sup><a href="#fn-1">1</a></sup>"),
    else None: a bare number or mark, raised, that links to a place in the page or says in its own
    markup that it is a note's (role doc-noteref, a class naming a footnote). A raised number that is
    neither (m², a chemist's formula, an affiliation's mark) is the text's own."""
    if tag.tag == "a":
        parent = tag.getparent()
        if next(tag.iter("sup"), None) is None and (parent is None or parent.tag != "sup"):
            return None  # a plain link reading "3": a page number, a pagination link
    elif tag.tag != "sup":
        return None
    label = "".join(tag.itertext()).strip()
    if _NOTE_NUMBER.fullmatch(label) is None:
        return None
    links = [tag] if tag.tag == "a" else list(tag.iter("a"))
    in_page = any((link.get("href") or "").startswith("#") for link in links)
    marked = any(element.get("role") == "doc-noteref" or _NOTE_TOKENS.search(element.get("class") or "")
                 for element in (tag, *links))
    return label if in_page or marked else None


def _links_its_heading(tag: Element, target: str) -> bool:
    """The link points at the heading it stands in or right after, whatever its label says (Starlight's
    "Section titled “Setting the scene”", for screen readers): the heading's own anchor."""
    if not target:
        return False
    parent, before = tag.getparent(), tag.getprevious()
    if before is not None and HEADING.match(str(before.tag)) and before.get("id") == target:
        return True
    # (inside the heading, only beside its words: mdBook wraps the words themselves in the self-link)
    return parent is not None and HEADING.match(str(parent.tag)) is not None and parent.get("id") == target \
        and "".join(parent.itertext()).strip() != "".join(tag.itertext()).strip()


_CODE_CLASSES = compile_regex(r"highlight|hljs|language-|lang-|sourcecode|codehilite|prettyprint|syntax|brush:")


def is_code_block(pre: Element) -> bool:
    """A <pre> of code: it holds <code>, or it or its wrapper is named as highlighted source (Pygments'
    "highlight", highlight.js's "hljs", Prism's "language-…")."""
    if next(pre.iterdescendants("code"), None) is not None:
        return True
    named = " ".join(filter(None, (pre.get("class"), (pre.getparent().get("class") if pre.getparent() is not None else None))))
    return _CODE_CLASSES.search(named.lower()) is not None


_EDIT_TARGET = compile_regex(r"[?&](?:ve)?action=(?:edit|submit)\b|/edit(?:/|\?|$)", re.IGNORECASE)
_EDIT_LABEL = compile_regex(r"(?:edit|bearbeiten|modifier|editar|modifica|bewerken|redigera|rediger|edytuj|править|編集|编辑)"
                         r"(?:\s+(?:source|section|this section|wikitext|quelltext|le code|código|wikitesto|bron|kod|код))?",
                         re.IGNORECASE)
_CONTROL_PUNCTUATION = compile_regex(r"[\s\[\]()|·•/–-]*")


def is_edit_control(tag: Element) -> bool:
    """A wiki's "[edit | edit source]" after a heading (MediaWiki's `mw-editsection`, and any wiki
    alike): links labelled as an edit that lead to the page's editor, with only brackets and
    separators between them. The page's controls, never its words."""
    if tag.tag == "a":
        return _edit_link(tag)
    links = 0
    for link in tag.iterdescendants("a"):
        if not _edit_link(link):
            return False
        links += 1
    if not links:
        return False
    outside = "".join(s for s in tag.xpath(".//text()[not(ancestor::a)]"))
    return _CONTROL_PUNCTUATION.fullmatch(outside) is not None


def edit_controls(root: Element) -> list[Element]:
    """Every wiki edit control on the page (see `is_edit_control`): the group around an edit link when
    the group holds only edit links, else the link. Found once, from the links whose target says edit."""
    found: list[Element] = []
    for link in root.xpath('.//a[contains(@href, "edit") or contains(@href, "submit")]'):
        if not _edit_link(link) or any(any(f is a for a in link.iterancestors()) for f in found):
            continue
        group = link.getparent()
        found.append(group if group is not None and group.tag in ("span", "small", "div") and is_edit_control(group) else link)
    return found


def _edit_link(link: Element) -> bool:
    href = link.get("href") or ""
    return ("edit" in href or "submit" in href) and _EDIT_TARGET.search(href) is not None \
        and _EDIT_LABEL.fullmatch(" ".join("".join(link.itertext()).split())) is not None


def link_target(href: object, base: str | None) -> str | None:
    """Where a link points, made absolute against the page's address when known. In-page anchors
    and script links are not links in a clean document."""
    if not isinstance(href, str):
        return None
    href = href.strip()
    lowered = href.lower()
    if not href or lowered.startswith(("#", "javascript:", "data:", "vbscript:", "about:")):
        return None
    if base and not lowered.startswith(("http://", "https://", "mailto:")):
        try:
            return urljoin(base, href)
        except ValueError:  # a malformed base or link ("http://[x") is not a link
            return None
    return href


_FACTS_LINE = compile_regex(r"\d|\s[·•|]\s")
"""A line of facts under a title: a number (a course, a count, a date) or parts apart by "·"."""


def strapline_of(heading: Element) -> Element | None:
    """A block set inside a heading after its own words (Semantic UI's `<h1>Title<div class="sub
    header">Research paper · History</div></h1>`), or a span on a line of its own after a break: a line
    under the title, not a part of it."""
    children = child_tags(heading)
    last = children[-1] if children else None
    if last is None or last.tail and last.tail.strip():
        return None
    # …or a line of facts of its own after a break (Org mode's `Title<br/><span class="subtitle">PHIL 110 ·
    # Essay 2 · 646 words</span>`), or one it names its subtitle ("First of two parts"); a title's own words set on a second line ("WEEKEND CODING<br/><span>AGENT
    # </span>", "Cosmetic Packaging<br/><span>Design</span>") hold no number and no "·"
    broken = last.tag in ("span", "small", "em", "i") and len(children) >= 2 and children[-2].tag == "br" \
        and not (children[-2].tail or "").strip() and (_FACTS_LINE.search(text(last)) is not None
                                                       or "subtitle" in (last.get("class") or "").casefold().split())
    # …or a span the page names as the page's facts (Mahara's `<h1><span>Title</span> <span class="metadata">by
    # Grace Pickup</span></h1>`)
    named = last.tag in ("span", "small", "div") and bool(_META_CLASS & set(re.split(r"[\s_-]+", (last.get("class") or "").casefold())))
    if last.tag not in ("div", "p") and not broken and not named:
        return None
    before = (heading.text or "") + "".join(text(c) + (c.tail or "") for c in child_tags(heading) if c is not last)
    return last if before.strip() and text(last).strip() else None


_META_CLASS = frozenset(("metadata", "meta", "byline", "author", "postmeta", "dateline", "note", "footnote", "thanks"))
"""Class words of a span inside a heading that holds the page's facts or a note on the title (LaTeXML's
`\\thanks`: `<span class="ltx_note ltx_role_thanks">`), not the title's words."""


_QUOTE_HEADER_MAX_WORDS = 5
"""A quote box's header names who is quoted ("Quote:", "Anna wrote:", "Zitat von Ben:"): a few words."""


def quote_header(quote: Element) -> str | None:
    """The text of a quote box's header: its first child a <cite> (or a box's title) of a few words
    ending in a colon, with the quotation after it."""
    first = next(iter(child_tags(quote)), None)
    if first is None or first.tag not in ("cite", "div", "span", "strong", "b") or (quote.text or "").strip():
        return None
    label = " ".join(text(first).split())
    if not label.endswith(":") or len(label.split()) > _QUOTE_HEADER_MAX_WORDS:
        return None
    return label if " ".join(text(quote).split()) != label else None


HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
SECTION_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
"""The ranks of an essay's section headings: its title's <h1> heads no section."""


def holds_paragraphs(tag: Element) -> bool:
    """Paragraphs or headings inside (a story site sets its chapter's paragraphs in a <pre>), not the
    spans of highlighted code."""
    return next(tag.iterdescendants("p", "blockquote", *HEADING_TAGS), None) is not None


LINES_LAYOUT_MIN_BLANK_LINES = 2
"""Blank lines inside an element's own text (not between its tags) that show its text is laid out by
its line breaks, as a <pre> is (CSS `white-space: pre-wrap`: a mailing-list archive's mail body, a
forum's plain-text post). An editor's source wraps a paragraph's text over lines, but leaves no blank
line inside it."""


def laid_out_by_lines(tag: Element) -> bool:
    """An element (not a paragraph) whose own text holds paragraphs apart by blank lines."""
    if tag.tag in ("p", "pre") or tag.text is None:
        return False
    own = [tag.text, *(child.tail for child in tag if child.tail)]
    if sum(piece.count("\n") for piece in own) < 2 * LINES_LAYOUT_MIN_BLANK_LINES:
        return False  # (asked of every block: a line break or two is an editor's wrapping)
    return sum(len(_BLANK_LINE.findall(piece)) for piece in own) >= LINES_LAYOUT_MIN_BLANK_LINES


_BLANK_LINE = compile_regex(r"\S[ \t]*\n[ \t]*\n\s*\S")


LANDMARKS = frozenset(("footer", "header", "aside", "nav"))
"""The page's landmarks beside its <main>: never the article's home, however much prose they hold."""


def beside_the_main(box: Element, mains: tuple[Element, ...], landmarks_only: bool = False) -> bool:
    """The page declares where its text is (a <main> holding prose) and `box` (a landmark, with `landmarks_only`) is
    neither in it nor around it: a legal notice in the page's footer under a short guide."""
    return bool(mains) and (not landmarks_only or box.tag in LANDMARKS) and all(m is not box and box not in m.iterancestors() and m not in box.iterancestors()
                               for m in mains)
