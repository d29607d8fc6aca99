"""HTML → the essay's blocks, without knowing the site.

1. Read what the page says about itself (title, language, author, URL) before touching it.
2. Drop what is never content (scripts, hidden elements) and mark page chrome (nav, sidebars,
   footers, ads, share bars: by element and by class/id tokens from data/clutter.toml).
3. Score containers by the prose they hold (text length, commas, link density, class hints) the
   way readability does, pick the best one and widen it to its parent when the essay is split
   across siblings (teaser cuts do that).
4. Walk the chosen container into blocks; everything outside it becomes a `Removed` record.
"""

from __future__ import annotations

import base64
import itertools
import json
import re
import warnings
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable
from urllib.parse import parse_qs, unquote, urljoin, urlsplit

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from ..model import (TERMINAL, Block, BlockQuote, block_text, Emph, Heading, Inline, Inlines, Link, ListBlock, Paragraph, Removed,
                     Strong, Text, clean_whitespace, normalize, plain_text)
from ..rules import Rules, load_rules
from . import Extracted
from .prose import CORE_FRAGMENT_SHARE, ProseMass, prose_core, prose_mass, word_count
from .title import clean_title, words_claimed_in_title
from ..profiles import Profile, could_match, page_fingerprint, recognise

_INVISIBLE_TAGS = ("script", "style", "noscript", "template", "svg", "canvas", "iframe", "object",
                   "embed", "link", "meta", "head", "button", "input", "select", "textarea",
                   "option", "map", "audio", "video", "picture", "img", "source", "track")
# Form controls hold a label, never paragraphs: one that holds a <p> or an <article> was left
# unclosed by the page and the parser nested the rest of the page inside it.
_CONTROLS = frozenset(("button", "select", "label"))
_SWALLOWED = ("p", "article", "main", "section", "h1", "h2")
# Dropped, but each was a box on the rendered line, so what stood either side stays apart.
_BOXES = frozenset(("iframe", "img", "svg", "canvas", "object", "embed", "video", "audio", "picture", "button",
                    "input", "select", "textarea", "map"))
_CHROME_TAGS = {"nav": "navigation", "footer": "footer", "aside": "sidebar", "form": "form",
                "dialog": "popup", "menu": "navigation"}
_BLOCK_TAGS = frozenset("p div section article main header footer aside nav h1 h2 h3 h4 h5 h6 "
                        "blockquote ul ol li dl dt dd pre table thead tbody tfoot tr td th figure "
                        "figcaption hr address center details summary fieldset body html".split())
_EMPH_TAGS = frozenset(("em", "i", "cite", "dfn", "var"))
_STRONG_TAGS = frozenset(("strong", "b"))
_HEADING = re.compile(r"^h([1-6])$")
MAX_ELEMENT_DEPTH = 256
"""Elements nested deeper are flattened to text before anything else looks at the page."""
_MAX_DEPTH = MAX_ELEMENT_DEPTH + 8  # recursion guard for the walker, never reached after pruning
_REMOVED_TAG = "essayconv-removed"

_SUMMARY_CHARS = 300


# ---------------------------------------------------------------- page metadata

@dataclass(frozen=True)
class _HeadFacts:
    """What the page says about itself, gathered in one pass over the tree."""

    meta: dict[str, str]
    canonical: str | None
    base: str | None
    json_ld: tuple[str, ...]
    h1: tuple[str, ...]
    """The page's <h1> texts, less one that is the site's name (a link to its home page)."""
    menu_texts: frozenset[str]
    title: str | None
    lang: str | None

    def get(self, *names: str) -> str | None:
        return next((self.meta[n] for n in names if n in self.meta), None)


def _head_facts(soup: BeautifulSoup) -> _HeadFacts:
    meta: dict[str, str] = {}
    canonical = base = title = lang = None
    json_ld: list[str] = []
    h1: list[str] = []
    menu: set[str] = set()
    wanted = {"meta", "link", "base", "script", "title", "h1", "html", "a"}
    # a plain walk: bs4's find_all filter machinery costs more than the test it makes
    for tag in soup.descendants:
        if not isinstance(tag, Tag) or tag.name not in wanted:
            continue
        name = tag.name
        if name == "meta":
            key = tag.get("property") or tag.get("name") or tag.get("http-equiv")
            content = tag.get("content")
            if isinstance(key, str) and isinstance(content, str) and content.strip():
                meta.setdefault(key.strip().lower(), clean_whitespace(content).strip())
        elif name == "link" and canonical is None and "canonical" in (tag.get("rel") or []):
            canonical = tag.get("href") if isinstance(tag.get("href"), str) else None
        elif name == "base" and base is None and isinstance(tag.get("href"), str):
            base = tag["href"]
        elif name == "script" and tag.get("type") == "application/ld+json":
            json_ld.append(tag.string or "")
        elif name == "title" and title is None:
            title = tag.get_text()
        elif name == "h1" and not is_site_name_heading(tag):
            h1.append(clean_whitespace(tag.get_text(" ")).strip())
        elif name == "a":
            text = clean_whitespace(tag.get_text(" ")).strip()
            if text and len(text) <= _MENU_TEXT_CHARS:
                menu.add(text.casefold())
        elif name == "html" and lang is None and isinstance(tag.get("lang"), str) and tag["lang"].strip():
            lang = tag["lang"]
    return _HeadFacts(meta, canonical, base, tuple(json_ld), tuple(h1), frozenset(menu), title, lang)


_MENU_TEXT_CHARS = 60


def is_site_name_heading(heading: Tag) -> bool:
    """A blog theme's <h1> that is the blog's name, linking to its home page ("/"): the site, not
    the essay."""
    links = heading.find_all("a", href=True)
    if len(links) != 1 or clean_whitespace(links[0].get_text(" ")).strip() != clean_whitespace(heading.get_text(" ")).strip():
        return False
    try:
        parts = urlsplit(str(links[0]["href"]).strip())
    except ValueError:
        return False
    return parts.path in ("", "/") and not parts.query and not parts.fragment


_SAVED_FROM = re.compile(r"saved from url=\(\d+\)(\S+)", re.I)
_SINGLEFILE = re.compile(r"(?:Page saved with SingleFile|Archive processed by SingleFile).*?url:\s*(\S+)", re.I | re.S)


def decode_proxy_url(url: str) -> str:
    """Proxies wrap the real address (`?q=<base64>`, `?url=<percent-encoded>`, `/https/host/…`).
    A malformed address ("https://host]/…") is returned as the page gave it."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    query = parse_qs(parts.query)
    for key in ("url", "u", "q", "target"):
        for value in query.get(key, []):
            if value.startswith(("http://", "https://")):
                return value
            try:
                decoded = base64.b64decode(value + "=" * (-len(value) % 4), validate=False).decode("utf-8")
            except Exception:
                continue
            if decoded.startswith(("http://", "https://")):
                return decoded
    match = re.search(r"/(https?)/([a-z0-9.-]+\.[a-z]{2,})(/.*)?$", parts.path, re.I)
    if match and "proxy" in url.lower():
        return f"{match.group(1)}://{match.group(2)}{unquote(match.group(3) or '/')}"
    return url


def _page_url(facts: _HeadFacts, text: str) -> str | None:
    head = text[:4096]
    for pattern in (_SINGLEFILE, _SAVED_FROM):
        match = pattern.search(head)
        if match:
            return decode_proxy_url(match.group(1))
    if facts.canonical:
        return decode_proxy_url(facts.canonical)
    og = facts.get("og:url")
    return decode_proxy_url(og) if og else None


def _json_ld_author(facts: _HeadFacts) -> str | None:
    for script in facts.json_ld:
        try:
            data = json.loads(script)
        except (ValueError, TypeError):
            continue
        for item in data if isinstance(data, list) else [data]:
            author = item.get("author") if isinstance(item, dict) else None
            if isinstance(author, list) and author:
                author = author[0]
            if isinstance(author, dict):
                author = author.get("name")
            if isinstance(author, str) and author.strip():
                return clean_whitespace(author).strip()
    return None


def _title(facts: _HeadFacts, rules: Rules) -> str | None:
    site_name = facts.get("og:site_name")
    for text in facts.h1:
        if text and len(text) < 300:
            return clean_title(text, rules, site_name)
    for candidate in (facts.get("og:title", "twitter:title"), facts.title):
        if candidate and candidate.strip():
            return clean_title(candidate, rules, site_name)
    return None


# ---------------------------------------------------------------- pruning

def _tokens(tag: Tag) -> list[str]:
    values: list[str] = []
    for attr in ("class", "id", "role"):
        value = tag.get(attr)
        if isinstance(value, list):
            values.extend(value)
        elif isinstance(value, str):
            values.append(value)
    # camelCase names are words too: "inlinePromo" is "inline-promo", "entryContent" "entry-content"
    return [_CAMEL_HUMP.sub("-", v).lower() for v in values]


_CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


def _words(values: list[str]) -> set[str]:
    return {w for v in values for w in re.split(r"[-_\s]+", v) if w}


def _is_hidden(tag: Tag) -> bool:
    if tag.has_attr("hidden") or tag.get("aria-hidden") == "true":
        return True
    style = tag.get("style")
    return isinstance(style, str) and bool(re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", style, re.I))


_COLLAPSED_MIN_WORDS = 60


def _collapsed_prose(tag: Tag, rules: Rules) -> bool:
    """The rest of an essay behind a "Read more" button: a hidden block of paragraphs, not page
    chrome. It is text the page holds, so it is kept (hidden junk inside words is inline, and
    hidden menus and dialogs carry chrome tokens)."""
    if tag.name not in _BLOCK_TAGS or _chrome_kind(tag, rules) is not None:
        return False
    paragraphs = [p.get_text(" ") for p in tag.find_all("p", limit=50)]
    long_ones = [p for p in paragraphs if len(p.split()) >= 12 and re.search(r"[.!?]", p)]
    return len(long_ones) >= 2 and sum(len(p.split()) for p in long_ones) >= _COLLAPSED_MIN_WORDS


def _chrome_kind(tag: Tag, rules: Rules, by_tokens: bool = True, by_tags: bool = True) -> str | None:
    if tag.name in _CHROME_TAGS:
        return _CHROME_TAGS[tag.name] if by_tags else None
    if not by_tokens:
        return None
    values = _tokens(tag)
    if not values or any(v in rules.keep_tokens for v in values):
        return None
    words = _words(values)
    # a token of several parts ("author-box", "citation-box") names a whole class or id
    hits = (words | set(values)) & rules.chrome_tokens
    if not hits or words & rules.essay_tokens and not words & rules.chrome_despite_essay:
        return None
    return next((kind for kind, names in rules.chrome_kinds if hits & names), "ad")


def _label_columns(tag: Tag) -> str | None:
    """Metadata laid out as two columns, labels in one and values in the other ("Subject:
    Pages: Words:" | "Business 3 611"), read as the pairs a reader sees: "Words: 611 | …"."""
    columns = [c for c in tag.children if isinstance(c, Tag)]
    if len(columns) != 2:
        return None
    if any(isinstance(c, NavigableString) and c.strip() for column in columns for c in column.children):
        return None  # loose text: "<b>Paper Type:</b> Free Essay" is already read in pairs
    labels, values = ([c for c in column.children if isinstance(c, Tag)] for column in columns)
    if len(labels) < 2 or len(labels) != len(values):
        return None
    label_texts = [clean_whitespace(label.get_text(" ")).strip() for label in labels]
    if not all(text.endswith(":") and len(text) <= 30 for text in label_texts):
        return None
    if any(clean_whitespace(value.get_text(" ")).strip().endswith(":") for value in values):
        return None
    return " | ".join(f"{label} {clean_whitespace(value.get_text(' ')).strip()}"
                      for label, value in zip(label_texts, values))


def _summary(tag: Tag) -> str:
    text = _label_columns(tag) or clean_whitespace(tag.get_text(" ")).strip()
    return text if len(text) <= _SUMMARY_CHARS else text[:_SUMMARY_CHARS].rstrip() + " […]"


_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
# a text filter, not a backdrop (backdrop-filter) and not blur(0)
_BLUR = re.compile(r"(?<![\w-])filter\s*:\s*blur\(\s*(?!0(?:px|em|rem)?\s*\))", re.I)
_NEVER_PLACEHOLDER = frozenset(("html", "body", "main", "article"))


def _blurred_classes(soup: BeautifulSoup) -> frozenset[str]:
    """Classes the page's own style sheets blur (`.para--ghost{filter:blur(5px)}`): only a class
    of the rule's subject (`.card .thumb img{…}` blurs the image, not the card)."""
    found: set[str] = set()
    for style in soup.find_all("style"):
        for selectors, declarations in _CSS_RULE.findall(style.get_text()):
            if not _BLUR.search(declarations):
                continue
            for selector in selectors.split(","):
                subject = re.split(r"[\s>+~]+", selector.strip())[-1]
                found.update(re.findall(r"\.(-?[_a-zA-Z][\w-]*)", subject.split(":")[0]))
    return frozenset(found)


def _blurred(tag: Tag, rules: Rules, blurred_classes: frozenset[str]) -> bool:
    """Shown blurred: the site hides this text behind a wall and shows a placeholder. A page
    wrapper, or anything holding the page's <h1>, is styled, not hidden."""
    if tag.name in _NEVER_PLACEHOLDER:
        return False
    style = tag.get("style")
    blurred = (isinstance(style, str) and _BLUR.search(style) is not None) \
        or any(c in blurred_classes for c in tag.get("class") or []) \
        or bool(_words(_tokens(tag)) & rules.placeholder_tokens)
    return blurred and tag.find("h1") is None


def _drop_invisible(soup: BeautifulSoup, rules: Rules) -> None:
    """Comments, scripts and hidden elements go (never content, whatever else the page holds);
    anything nested deeper than MAX_ELEMENT_DEPTH is flattened to its text (real pages stay far
    below it; the limit is there so that no later step can be made slow or recursive by absurd
    nesting)."""
    blurred_classes = _blurred_classes(soup)
    stack: list[tuple[Tag, int]] = [(soup, 0)]
    swallowers: list[Tag] = []
    while stack:
        node, depth = stack.pop()
        for child in list(node.children):
            if isinstance(child, Comment) or (isinstance(child, NavigableString) and
                                              type(child).__name__ in ("Doctype", "Declaration", "ProcessingInstruction", "CData")):
                child.extract()
                continue
            if not isinstance(child, Tag):
                continue
            if child.name not in ("html", "body") and _blurred(child, rules, blurred_classes):
                text = _summary(child)
                if text:
                    marker = soup.new_tag(_REMOVED_TAG, attrs={"kind": "placeholder"})
                    marker.string = text
                    child.replace_with(marker)
                else:
                    child.decompose()
                continue
            if child.name in _CONTROLS and child.find(_SWALLOWED) is not None:
                swallowers.append(child)  # an unclosed <button> that swallowed the page: its content is the page
            elif child.name in _INVISIBLE_TAGS or (_is_hidden(child) and not _collapsed_prose(child, rules)):
                # a hidden block or a box stood between its neighbours; a hidden inline element
                # (junk letters some sites hide inside words) closes up
                if child.name in _BOXES or child.name in _BLOCK_TAGS:
                    child.replace_with(NavigableString(" "))  # it took room on the line: words stay apart
                else:
                    child.decompose()
                continue
            if depth + 1 >= MAX_ELEMENT_DEPTH:
                text = child.get_text(" ")
                child.clear()
                child.append(text)
                continue
            stack.append((child, depth + 1))
    for control in swallowers:
        control.unwrap()


@dataclass(frozen=True)
class Spared:
    """A chrome-looking element kept because it holds the page's prose (told by `inspect`)."""

    name: str
    kind: str
    share: float


Undo = list[tuple[Tag, Tag | None, int]]
"""Per change of the chrome pass: (the element taken out, the marker standing in its place — or
None and the parent it was taken from, its position there)."""


def _undo_chrome(undo: Undo) -> None:
    """Put every element the chrome pass removed back where it stood (newest change first), so that
    the next rung of the ladder starts from the same tree without parsing the page again."""
    for original, standing, position in reversed(undo):
        if isinstance(standing, Tag) and standing.name == _REMOVED_TAG:
            standing.replace_with(original)
        elif standing is not None:  # removed outright: back at its place in its parent
            standing.insert(position, original)


def _mark_chrome(soup: BeautifulSoup, rules: Rules, rung: "Rung", mass: ProseMass,
                 undo: Undo | None = None) -> list[Spared]:
    """Page chrome becomes a marker the walker turns into a `Removed` record, never descending
    into what it removes — except an element holding at least `rung.spare_share` of the page's
    prose: it is the article's home (a misnamed wrapper), so it is looked into instead."""
    spared: list[Spared] = []
    form_holders = _form_holders(soup) if rung.by_tags else set()
    spared_ids: set[int] = set()
    stack: list[Tag] = [soup]
    while stack:
        node = stack.pop()
        children = [c for c in node.children if isinstance(c, Tag)]
        kinds = [None if c.name in ("html", "body") else _chrome_kind(c, rules, rung.by_tokens, rung.by_tags)
                 for c in children]
        kinds = [kind if kind is not None or not rung.by_tags or c.name in ("html", "body")
                 else _chrome_by_shape(c, form_holders) for c, kind in zip(children, kinds)]
        # boxes of one kind side by side that together hold most of the prose are the article cut
        # into boxes (a page builder's widget per paragraph): spared together
        in_group = _spared_groups(children, kinds, mass, rung.spare_share, rules)
        for position, (child, kind) in enumerate(zip(children, kinds)):
            # …and the box inside a spared box that holds all its prose is the same box
            same_box = id(node) in spared_ids and (len(children) == 1 or
                                                   mass.of(child) >= _SAME_CONTAINER_SHARE * mass.of(node) > 0)
            if kind in rules.never_spared and mass.share(child) < WRAPS_THE_PAGE:
                pass  # a comment thread longer than the article is still the comments
            elif kind is not None and mass.total and (mass.share(child) >= rung.spare_share
                                                      or position in in_group or same_box):
                spared.append(Spared(_describe(child), kind, mass.share(child)))
                spared_ids.add(id(child))
                kind = None
            if kind is None:
                stack.append(child)
                continue
            text = _summary(child)
            if not text:
                if undo is not None:
                    undo.append((child, node, node.index(child)))
                child.extract()
                continue
            marker = soup.new_tag(_REMOVED_TAG, attrs={"kind": kind})
            marker.string = text
            child.replace_with(marker)
            if undo is not None:
                undo.append((child, marker, 0))
    return spared


_BOX_TAGS = frozenset(("div", "section", "article"))


def _spared_groups(children: list[Tag], kinds: list[str | None], mass: ProseMass, share: float,
                   rules: Rules) -> set[int]:
    """Positions of sibling boxes of one chrome kind that are the article cut into boxes: two or
    more of them hold prose and together hold `share` of the page's; boxes without prose count
    only between those (the headings between the paragraphs), not before or after them."""
    spared: set[int] = set()
    for kind in {k for k in kinds if k is not None and k not in rules.never_spared}:
        # boxes, not items: menu entries and carousel slides side by side are chrome however wordy
        members = [i for i, k in enumerate(kinds) if k == kind and children[i].name in _BOX_TAGS]
        holding = [i for i in members if mass.of(children[i])]
        if len(holding) >= 2 and sum(mass.share(children[i]) for i in holding) >= share:
            spared.update(i for i in members if holding[0] <= i <= holding[-1])
    return spared


FORM_BOX_MAX_WORDS = 50
"""A box around a form that says little else is a sign-up or newsletter box ("Get one good essay
every Sunday. Join 4,800 readers…"), whatever its class names."""


def _form_holders(soup: BeautifulSoup) -> set[int]:
    """Every element that holds a <form> (ids), found from the forms up."""
    holders: set[int] = set()
    for form in soup.find_all("form"):
        for parent in form.parents:
            if id(parent) in holders:
                break
            holders.add(id(parent))
    return holders


def _chrome_by_shape(tag: Tag, form_holders: set[int]) -> str | None:
    """Chrome told by its shape when its names say nothing (CSS-module hashes, utility classes):
    a small box around a form, or a grid of three or more teaser cards (linked titles over short
    excerpts). A listing page's own grid holds most of the page's prose and is spared."""
    if id(tag) in form_holders and tag.find("h1") is None and \
            len(tag.get_text(" ").split()) <= FORM_BOX_MAX_WORDS:
        return "form"
    cards = _cards_under(tag)
    if len(cards) >= _LISTING_MIN_CARDS and tag.find("h1") is None \
            and all(len(c.get_text(" ").split()) <= _CARD_MAX_WORDS for c in cards) \
            and sum(_teaser_link(c) for c in cards) >= 0.8 * len(cards):
        return "related"
    return None


WRAPS_THE_PAGE = 0.9
"""Chrome that is never spared for its prose (comments, menus) is spared all the same when it holds
nearly all of it: an unclosed <nav> the parser wrapped around the page, not a long thread."""


def _describe(tag: Tag) -> str:
    """`div.content-sidebar-wrap#main`: how inspect names an element."""
    classes = "".join(f".{c}" for c in (tag.get("class") or [])[:3])
    ident = tag.get("id")
    return f"{tag.name}{classes}" + (f"#{ident}" if isinstance(ident, str) and ident else "")


# ---------------------------------------------------------------- scoring

class _TextStats:
    """Text and linked-text length of every element under a root, from one pass over its
    strings: scoring asks for many overlapping subtrees, which would otherwise be re-read."""

    def __init__(self, root: Tag) -> None:
        self.total: dict[int, int] = defaultdict(int)
        self.linked: dict[int, int] = defaultdict(int)
        for string in root.descendants:
            if not isinstance(string, NavigableString) or isinstance(string, Comment):
                continue
            length = len(string.strip())
            if not length:
                continue
            chain: list[int] = []
            in_link = False
            node = string.parent
            while node is not None:
                chain.append(id(node))
                in_link = in_link or node.name == "a"
                if node is root:
                    break
                node = node.parent
            for key in chain:
                self.total[key] += length
                if in_link:
                    self.linked[key] += length
        # elements holding a block element: an inline wrapper (<font>, <span>) around paragraphs
        # and quotes is walked into, not flattened into one run of text
        self.holds_block: set[int] = set()
        for block in root.find_all(_BLOCK_TAGS):
            node = block.parent
            while node is not None and id(node) not in self.holds_block:
                self.holds_block.add(id(node))
                if node is root:
                    break
                node = node.parent

    def length(self, tag: Tag) -> int:
        return self.total.get(id(tag), 0)

    def link_density(self, tag: Tag) -> float:
        total = self.total.get(id(tag), 0)
        return min(1.0, self.linked.get(id(tag), 0) / total) if total else 0.0


def _own_text(tag: Tag) -> str:
    """Text of a prose element: a <p>, a div's direct text (pages that skip <p>), or a layout
    cell's text outside its nested blocks (old pages set the essay in <font> with <br>s)."""
    if tag.name == "td":
        return clean_whitespace(" ".join(_inline_strings(tag))).strip()
    if tag.name in ("p", "pre", "blockquote", "li", "dd"):
        return clean_whitespace(tag.get_text(" ")).strip()
    return clean_whitespace(" ".join(s for s in tag.find_all(string=True, recursive=False))).strip()


def _inline_strings(tag: Tag) -> list[str]:
    """The strings under `tag` that are not inside a nested block element."""
    out: list[str] = []
    stack = list(reversed(list(tag.children)))
    while stack:
        node = stack.pop()
        if isinstance(node, NavigableString):
            if not isinstance(node, Comment):
                out.append(str(node))
        elif isinstance(node, Tag) and node.name not in _BLOCK_TAGS:
            stack.extend(reversed(list(node.children)))
    return out

_PROSE_TAGS = frozenset(("p", "pre", "td", "blockquote", "div", "section", "article", "li", "dd"))


_TITLE_ANCHOR_BONUS = 25
_CONTENT_NAME_BONUS = 25  # a container named like content ("entry", "post-body") — evidence, as in readability
_HEADER_GROUP_CHARS = 400  # a title block (h1, banner, byline, date) — not a block of the essay


def _title_anchored(body: Tag) -> set[int]:
    """Containers tied to the page's <h1>: those holding it, and the block right after it (or
    after the header group holding it). The essay hangs from its title; a sidebar of excerpts
    with more words than a short essay does not."""
    heading = next((h for h in body.find_all("h1") if not is_site_name_heading(h)), None)
    if heading is None:
        return set()
    # only the tightest container, and only when its own paragraphs are most of its text: a
    # wrapper around the essay's block and a sidebar holds the <h1> too
    parent = heading.parent
    anchored = set()
    if isinstance(parent, Tag) and parent is not body:
        own = sum(len(p.get_text(" ")) for p in parent.find_all(("p", "blockquote"), recursive=False))
        if own >= 0.5 * len(parent.get_text(" ")):
            anchored.add(id(parent))
    node: Tag | None = heading
    for _ in range(3):  # the h1, its header group, that group's wrapper — while they hold no prose
        if node is None or node is body or (node is not heading and len(node.get_text(" ")) > _HEADER_GROUP_CHARS):
            break
        following = node.find_next_sibling()
        if isinstance(following, Tag):
            anchored.add(id(following))
        node = node.parent if isinstance(node.parent, Tag) else None
    return anchored


def _best_container(body: Tag, rules: Rules, stats: _TextStats, class_weights: bool = True) -> Tag:
    scores: dict[int, float] = defaultdict(float)
    tags: dict[int, Tag] = {}
    for tag in body.descendants:
        if not isinstance(tag, Tag) or tag.name not in _PROSE_TAGS:
            continue
        text = _own_text(tag)
        if len(text) < 25:
            continue
        score = 1 + text.count(",") + text.count("，") + min(len(text) / 100, 3)
        ancestors = [tag.parent, tag.parent.parent if tag.parent else None]
        if tag.name in ("div", "section", "article", "td"):
            ancestors = [tag, tag.parent]  # a box, or a layout cell of <font>/<br> text: it is the container
        for depth, ancestor in enumerate(ancestors):
            if isinstance(ancestor, Tag):
                tags[id(ancestor)] = ancestor
                scores[id(ancestor)] += score / (1 + depth)
    if not scores:
        return body
    anchored = _title_anchored(body)
    best, best_score = body, 0.0
    for key, score in scores.items():
        tag = tags[key]
        if class_weights and _words(_tokens(tag)) & rules.content_tokens:
            score += _CONTENT_NAME_BONUS
        if tag.name in ("article", "main"):
            score += 15
        if key in anchored:
            score += _TITLE_ANCHOR_BONUS
        score *= 1 - stats.link_density(tag)
        if score > best_score:
            best, best_score = tag, score
    # Essays split across sibling containers (visible part, teaser marker, hidden part; an article
    # built of one section element per step) share an ancestor: widen to it when a sibling holds a
    # comparable share of the prose, looking through wrappers that add no text of their own.
    widened = best
    for _ in range(_WIDEN_LEVELS):
        node, parent = widened, widened.parent
        while isinstance(parent, Tag) and parent is not body and \
                stats.length(node) >= _SAME_CONTAINER_SHARE * stats.length(parent):
            node, parent = parent, parent.parent
        if not isinstance(parent, Tag) or parent is body or parent.name in ("body", "html", "[document]"):
            break
        siblings = [s for s in parent.find_all(True, recursive=False) if s is not node]
        if not any(_continues_essay(s, scores.get(id(s), 0.0), best_score, rules, stats, widened) for s in siblings):
            break
        widened = parent
    return _to_prose_core(widened, body)


def _to_prose_core(chosen: Tag, body: Tag) -> Tag:
    """The scores reward containers whose own paragraphs carry the text; an article built of one
    box per paragraph spreads its score thin and a fragment wins. When the chosen container lies
    inside the page's prose core and holds only a small part of its prose, the core is the article."""
    mass = prose_mass(body)
    core = prose_core(body, mass)
    if core is body or chosen is core or not any(a is core for a in chosen.parents):
        return chosen
    if mass.of(chosen) < CORE_FRAGMENT_SHARE * mass.of(core):
        return core
    # a table or a quote inside the article outweighs any one of its paragraphs: when the rest of
    # the core's prose lies in loose paragraphs beside it (no other box holds a real share), the
    # core is the article
    branch = next(a for a in (chosen, *chosen.parents) if a.parent is core)
    others = [c for c in core.children if isinstance(c, Tag) and c is not branch]
    loose = all(mass.of(c) < CORE_OTHER_BOX_SHARE * mass.of(core) for c in others)
    return core if loose and mass.of(chosen) < CORE_LOOSE_SHARE * mass.of(core) else chosen


CORE_OTHER_BOX_SHARE = 0.25
"""A sibling box holding this share of the core's prose is a second article or a sidebar."""
CORE_LOOSE_SHARE = 0.85
"""…and a chosen container missing more than this share of the core's prose misses the article's
own paragraphs around it."""


_WIDEN_LEVELS = 3
"""How far up an essay split across sibling containers is gathered (a section per step, inside a
column, inside the article)."""
_SAME_CONTAINER_SHARE = 0.9
"""A wrapper whose child holds this share of its text is the same container, not a wider one."""


_HEADING_TAGS = re.compile(r"^h[1-6]$")
_SECTION_HEADINGS = re.compile(r"^h[2-6]$")  # the title's <h1> is not a section of the essay


def _continues_essay(sibling: Tag, score: float, best_score: float, rules: Rules, stats: _TextStats,
                     best: Tag) -> bool:
    """A sibling is more of the essay (not a list of other essays, not a sidebar) when it is the
    site's teaser marker, or prose of comparable weight with almost no links, no linked headings,
    and not a stack of headed boxes beside an essay that has no headings of its own."""
    text = clean_whitespace(sibling.get_text(" ")).strip()
    if len(text) < 200 and rules.teaser_combined.search(text):
        return True
    if score < best_score * 0.3 or stats.link_density(sibling) >= 0.1:
        return False
    headings = sibling.find_all(_HEADING_TAGS)
    if len(headings) >= 2 and best.find(_SECTION_HEADINGS) is None:
        return False
    return not any(h.find("a") or h.find_parent("a") for h in headings)


# ---------------------------------------------------------------- walking

_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")


def _string(node: NavigableString) -> str:
    """A text node as a browser shows it: runs of HTML white space (line breaks in the source
    included) are one space; only <br> breaks a line (<pre> is read separately)."""
    from ..sources.encoding import repair_mojibake

    return _HTML_SPACE.sub(" ", repair_mojibake(str(node)))


_BACKLINK = re.compile(r"[↩↑⤴^]\ufe0e?|back|return to text")


def _inline_spans(tag: Tag, depth: int, base: str | None, found: list[Removed]) -> list[Inline]:
    """One inline element (em, a, span…) as spans. Chrome set aside inside it (a share bar in a
    <p>) goes to `found`, never into the text."""
    if tag.name == _REMOVED_TAG:
        found.append(Removed(str(tag.get("kind")), tag.get_text()))
        return [Text(" ")]  # what stood there still separates its neighbours
    if tag.name == "br":
        return [Text("\n")]
    if depth > _MAX_DEPTH:
        return [Text(tag.get_text(" "))]
    inner = _inlines(tag, depth + 1, base, found)
    if tag.name in _EMPH_TAGS:
        return [Emph(tuple(inner))]
    if tag.name in _STRONG_TAGS:
        return [Strong(tuple(inner))]
    if tag.name == "a":
        if _BACKLINK.fullmatch(tag.get_text().strip()) and str(tag.get("href", "")).startswith("#"):
            return []  # a footnote's "↩" back to the text: navigation, not words
        href = _link_target(tag.get("href"), base)
        if href:
            return [Link(tuple(inner), href)]
    if tag.name == "q":
        return [Text("“"), *inner, Text("”")]
    if tag.name in _BLOCK_TAGS:
        # a block inside inline content (<cite>…<p>…</p></cite>): its own line, never glued on
        return [Text("\n"), *inner, Text("\n")]
    return inner


def _link_target(href: object, base: str | None) -> str | None:
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


def _inlines(node: Tag, depth: int, base: str | None, found: list[Removed]) -> list[Inline]:
    out: list[Inline] = []
    for child in node.children:
        if isinstance(child, NavigableString):
            if not isinstance(child, Comment):
                out.append(Text(_string(child)))
        elif isinstance(child, Tag):
            out.extend(_inline_spans(child, depth, base, found))
    return out


def _split_lines(spans: list[Inline], verse: bool = False) -> list[Inlines]:
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
        return [normalize(run) for run in runs if normalize(run)]
    stanzas: list[list[Inline]] = [[]]
    for run in runs:
        if not normalize(run):
            stanzas.append([])
        else:
            stanzas[-1].extend([Text(" "), *run] if stanzas[-1] else run)
    return [normalize(stanza) for stanza in stanzas if normalize(stanza)]


def _is_link_block(tag: Tag, stats: _TextStats) -> bool:
    if stats.link_density(tag) <= 0.8:
        return False
    return stats.length(tag) < 100 or len(tag.find_all("a", limit=2)) >= 2


@dataclass(frozen=True)
class _TextLayer:
    """The lines of a PDF page rendered as one element per line (document hosts' text layers)."""

    lines: tuple[str, ...]


_LAYER_MIN_LINES = 6
_LAYER_MAX_LINE = 160


def _text_layer_lines(tag: Tag) -> tuple[str, ...] | None:
    """A container whose children are single lines of wrapped text (most end mid-sentence) is a
    PDF text layer: its lines must be joined into paragraphs, not read as one paragraph each."""
    children = [c for c in tag.children if isinstance(c, Tag)]
    if len(children) < _LAYER_MIN_LINES or any(c.name not in ("div", "span", "p") for c in children):
        return None
    if any(c.find(_BLOCK_TAGS) is not None or c.find(_REMOVED_TAG) is not None or c.name == _REMOVED_TAG
           for c in children):
        return None
    lines = [clean_whitespace(c.get_text(" ")).strip() for c in children]
    lines = [line for line in lines if line]
    return tuple(lines) if _printed_lines(lines) else None


def _printed_lines(lines: list[str]) -> bool:
    """Lines of a printed page: enough of them, none longer than a page is wide, most of them
    ending mid-sentence (paragraphs, not lines, end in a full stop)."""
    filled = [line.strip() for line in lines if line.strip()]
    if len(filled) < _LAYER_MIN_LINES or any(len(line) > _LAYER_MAX_LINE for line in filled):
        return False
    return sum(not TERMINAL.search(line) for line in filled) >= 0.5 * len(filled)


_LISTING_MIN_CARDS = 3
_CARD_MAX_WORDS = 150


def _cards_under(parent: Tag) -> list[Tag]:
    """The largest run of same-tag, same-class children: the cards of a listing, if it is one."""
    groups: dict[tuple[str, tuple[str, ...]], list[Tag]] = defaultdict(list)
    for child in parent.children:
        if isinstance(child, Tag) and child.name != _REMOVED_TAG:
            groups[(child.name, tuple(sorted(child.get("class") or ())))].append(child)
    return max(groups.values(), key=len, default=[])


_CARD_LINKED_SHARE = 0.3


def _teaser_link(card: Tag) -> bool:
    """A card links elsewhere the way a teaser does: its title (its first words) is a link to
    another page, or links make up a good part of it. A paragraph with a link in a sentence is
    prose, never a card; a list item is a card only when its linked title is a line of its own."""
    if card.name == "p":
        return False
    links = _links_elsewhere(card)
    if not links:
        return False
    first = card.find(string=lambda t: bool(t.strip()))
    title_link = next((parent for parent in (first.parents if first is not None else ())
                       if parent.name == "a" and any(parent is a for a in links)), None)
    if title_link is not None and card.name == "li":
        # a list item of an article opens with a linked name inside its sentence ("<a>Tool</a> –
        # a fast editor that…"); a card's linked title stands on a line of its own
        return _alone_on_its_line(title_link)
    if title_link is not None:
        return True
    # a linked heading inside the card is its title, whatever label stands above it
    if any(_all_linked(h) for h in card.find_all(_CARD_TITLES, limit=2)):
        return True
    linked = sum(len(a.get_text(" ").split()) for a in links)
    return linked >= _CARD_LINKED_SHARE * max(1, len(card.get_text(" ").split()))


_CARD_TITLES = ("h2", "h3", "h4", "h5")


def _links_elsewhere(tag: Tag) -> list[Tag]:
    """The links under `tag` that lead to another page (not "#" anchors, not empty)."""
    return [a for a in tag.find_all("a", href=True)
            if (href := str(a.get("href", "")).strip()) and not href.startswith("#")]


def _all_linked(heading: Tag) -> bool:
    """Every word of the heading sits in a link to another page."""
    text = clean_whitespace(heading.get_text(" ")).strip()
    linked = " ".join(clean_whitespace(a.get_text(" ")).strip() for a in _links_elsewhere(heading))
    return bool(text) and linked == text


def _alone_on_its_line(element: Tag) -> bool:
    """Nothing but white space beside the element up to the nearest block boundary or <br>."""
    node = element
    while True:
        for siblings in (node.previous_siblings, node.next_siblings):
            for sibling in siblings:
                if isinstance(sibling, Tag) and (sibling.name in _BLOCK_TAGS or sibling.name in ("br", _REMOVED_TAG)):
                    break
                if (sibling.get_text() if isinstance(sibling, Tag) else str(sibling)).strip():
                    return False
        parent = node.parent
        if parent is None or parent.name in _BLOCK_TAGS:
            return True
        node = parent


LISTING_MAX_OTHER_PROSE = 150
"""A listing page may open with a paragraph about its topic; a page with more prose than this
outside its cards has an article, and the cards are its related stories."""


def _listing_cards(root: Tag, mass: ProseMass) -> int:
    """The essay's container is, or holds, a listing (a topic or category page): three or more
    same-class siblings, each short and linking to another page, that make up most of its text,
    with little prose anywhere else on the page. Returns how many cards, or 0."""
    candidates = [root.parent, root, *root.find_all(True, limit=60)] if isinstance(root.parent, Tag) else [root]
    total = max(1, len(root.get_text(" ").split()))
    for parent in candidates:
        cards = _cards_under(parent)
        if len(cards) < _LISTING_MIN_CARDS or (parent is root.parent and root not in cards):
            continue
        words = [len(c.get_text(" ").split()) for c in cards]
        linked = sum(_teaser_link(c) for c in cards)
        in_root = parent is root.parent or sum(words) >= 0.6 * total
        other_prose = mass.total - sum(mass.of(c) for c in cards)
        if in_root and max(words) <= _CARD_MAX_WORDS and linked >= 0.8 * len(cards) \
                and other_prose <= LISTING_MAX_OTHER_PROSE:
            return len(cards)
    return 0


def _widen_to_all_pages(root: Tag) -> Tag:
    """The densest text layer is one page of the document; its pages are the layers around it."""
    if _text_layer_lines(root) is None:
        return root
    node = root
    for _ in range(3):
        parent = node.parent
        if not isinstance(parent, Tag) or parent.name in ("body", "html"):
            break
        others = [t for t in parent.find_all(("div", "section")) if not any(t is a for a in (root, *root.parents))
                  and t not in root.descendants and _text_layer_lines(t) is not None]
        if others:
            root = parent
        node = parent
    return root


def _wrapped_lines(spans: list[Inline]) -> tuple[str, ...] | None:
    """Text broken with <br> at every line of a printed page ("…destroys a<br>good man."): the
    lines, blank ones kept, when most end mid-sentence; None for ordinary <br>-separated text."""
    lines = "".join(s.text if isinstance(s, Text) else plain_text((s,)) for s in spans).split("\n")
    return tuple(lines) if _printed_lines(lines) else None


def _resolve_text_layers(blocks: list[Block | _TextLayer], rules: Rules) -> list[Block]:
    """Consecutive text layers (the pages of one document) read as one text, so a paragraph
    runs on over a page break and page numbers are set aside as in a text dump."""
    from .text import blocks_from_lines

    out: list[Block] = []
    layer: list[str] = []
    for block in [*blocks, None]:
        if isinstance(block, _TextLayer):
            layer.extend(block.lines)
            continue
        if layer:
            out.extend(blocks_from_lines("\n".join(layer), rules, find_title=False)[1])
            layer = []
        if block is not None:
            out.append(block)
    return out


class _Walker:
    """Turns a container into blocks. Inline runs between block children become paragraphs."""

    def __init__(self, base: str | None, stats: _TextStats, verse: bool = False) -> None:
        self.base = base
        self.stats = stats
        self.verse = verse
        self.blocks: list[Block] = []
        self.found: list[Removed] = []  # chrome met inside inline content, recorded before its block
        self.pending: list[Inline] = []

    def flush(self) -> None:
        self._emit_found()
        wrapped = None if self.verse else _wrapped_lines(self.pending)
        if wrapped is not None:
            self.blocks.append(_TextLayer(wrapped))
        else:
            self.blocks.extend(_paragraph_block(run) for run in _split_lines(self.pending, self.verse))
        self.pending = []

    def _emit_found(self) -> None:
        self.blocks.extend(self.found)
        self.found = []

    def walk(self, node: Tag, depth: int = 0) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if not isinstance(child, Comment):
                    self.pending.append(Text(_string(child)))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            if name == _REMOVED_TAG:
                self.flush()
                self.blocks.append(Removed(str(child.get("kind")), child.get_text()))
            elif name not in _BLOCK_TAGS and id(child) in self.stats.holds_block and depth < _MAX_DEPTH:
                self.walk(child, depth + 1)  # <font> around the essay's paragraphs and quotes
            elif name not in _BLOCK_TAGS:
                self.pending.extend(_inline_spans(child, depth, self.base, self.found))
            else:
                self.flush()
                self.block(child, depth)

    def block(self, tag: Tag, depth: int) -> None:
        layer = _text_layer_lines(tag)
        if layer is not None:
            self.blocks.append(_TextLayer(layer))  # read with its neighbours once the walk is done
            return
        name = tag.name
        heading = _HEADING.match(name)
        if depth > _MAX_DEPTH:
            self.pending.append(Text(tag.get_text(" ")))
            self.flush()
        elif heading:
            spans = normalize(_inlines(tag, depth, self.base, self.found))
            self._emit_found()
            if spans:
                self.blocks.append(Heading(int(heading.group(1)), spans))
        elif name in ("ul", "ol"):
            items = [normalize(_inlines(li, depth, self.base, self.found)) for li in tag.find_all("li", recursive=True)
                     if not li.find(("ul", "ol"))] or [normalize(_inlines(tag, depth, self.base, self.found))]
            items = [i for i in items if i]
            self._emit_found()
            if not items:
                return
            if _is_link_block(tag, self.stats):
                self.blocks.append(Removed("links", _summary(tag)))
            else:
                self.blocks.append(ListBlock(name == "ol", tuple(items)))
        elif name == "blockquote":
            inner = _Walker(self.base, self.stats, verse=True)
            inner.walk(tag, depth + 1)
            inner.flush()
            for block in inner.blocks:
                if isinstance(block, (Heading, ListBlock, Removed)):
                    self.blocks.append(block)
                else:
                    self.blocks.append(BlockQuote(getattr(block, "inlines", ())))
        elif name == "tr":
            cells = [clean_whitespace(c.get_text(" ")).strip() for c in tag.find_all(("td", "th"), recursive=False)]
            text = " ".join(c for c in cells if c)
            if text:
                self.blocks.append(_paragraph_block(normalize([Text(text)])))
        elif name == "pre":
            # preformatted text keeps its own line breaks: read it as a text dump is read
            for marker in tag.find_all(_REMOVED_TAG):  # chrome set aside inside it stays set aside
                self.blocks.append(Removed(str(marker.get("kind")), marker.get_text()))
            text = "".join(str(s) for s in tag.find_all(string=True) if s.find_parent(_REMOVED_TAG) is None)
            self.blocks.append(_TextLayer(tuple(text.split("\n"))))
        elif name in ("p", "dt", "dd", "figcaption", "address", "summary") or not tag.find(_BLOCK_TAGS):
            if name == "hr":
                return
            # A block that is all links is navigation or a related list, unless it is a long
            # paragraph that happens to be linked (a reference entry, a quoted source).
            if _is_link_block(tag, self.stats) and (name != "p" or self.stats.length(tag) < 100):
                self.blocks.append(Removed("links", _summary(tag)))
                return
            spans = _inlines(tag, depth, self.base, self.found)
            self._emit_found()
            wrapped = None if self.verse else _wrapped_lines(spans)
            if wrapped is not None:
                self.blocks.append(_TextLayer(wrapped))
                return
            self.blocks.extend(_paragraph_block(run) for run in _split_lines(spans, self.verse))
        else:
            self.walk(tag, depth + 1)
            self.flush()


def _paragraph_block(spans: Inlines) -> Block:
    # A paragraph that is only bold text and short is a heading the page did not mark up.
    if len(spans) == 1 and isinstance(spans[0], Strong):
        text = plain_text(spans)
        if len(text) < 120 and not re.search(r"[.,;]$", text):
            return Heading(3, spans[0].children)
    return Paragraph(spans)


# ---------------------------------------------------------------- outside the essay



def _trailing_notes(root: Tag, rules: Rules) -> Tag | None:
    """The essay's notes or reference list, when the page keeps it in its own element just after
    the essay's container (blog themes put footnotes in a sibling <section class="footnotes">)."""
    node = root
    for _ in range(2):  # the container's next siblings, then its parent's
        sibling = node.next_sibling
        while sibling is not None and not (isinstance(sibling, Tag) and sibling.get_text(strip=True)):
            sibling = sibling.next_sibling
        if isinstance(sibling, Tag) and sibling.name != _REMOVED_TAG:
            tokens = {t for value in (sibling.get("id") or "", " ".join(sibling.get("class") or []))
                      for t in re.split(r"[\s_]+", str(value).lower()) if t}
            first = sibling.find(string=lambda s: bool(s.strip()))
            # Word's "Save as web page" marks its notes only in the style: mso-element:footnote-list
            word_notes = "footnote" in str(sibling.get("style") or "").lower()
            if (tokens & rules.notes_tokens or word_notes
                    or (first is not None and rules.reference_heading.match(str(first).strip()))):
                return sibling
        if not isinstance(node.parent, Tag) or node.parent.name in ("body", "html"):
            break
        node = node.parent
    return None


def _outside(root: Tag, skip: Tag | None = None) -> tuple[list[Removed], list[Removed]]:
    """Removed records for everything outside `root` (and `skip`), in page order: (before, after)."""
    before: list[list[Removed]] = []
    after: list[Removed] = []
    node = root
    while isinstance(node.parent, Tag) and node.name not in ("body", "html"):
        parent = node.parent
        prev_level: list[Removed] = []
        for sibling in node.previous_siblings:
            prev_level[:0] = _records(sibling)
        before.insert(0, prev_level)
        for sibling in node.next_siblings:
            if sibling is not skip:
                after.extend(_records(sibling))
        node = parent
    return [r for level in before for r in level], after


_SPLIT_UP_TO = 8


_SMALL_GROUP_NODES = 120


def _small(node: Tag) -> bool:
    """Few enough descendants to be a heading group, not a menu or a footer (counted with a cap)."""
    return sum(1 for _ in itertools.islice(node.descendants, _SMALL_GROUP_NODES)) < _SMALL_GROUP_NODES


def _records(node: object) -> list[Removed]:
    """A small group beside the essay (title, word banner, byline) gives one record per block, so
    later passes can read each line; a big one (a menu, a footer) stays one summary."""
    if (isinstance(node, Tag) and node.name != _REMOVED_TAG and _small(node)
            and node.find((_REMOVED_TAG, "ul", "ol", "table", "nav")) is None):
        if _label_columns(node):
            return [Removed("outside-essay", _summary(node))]
        leaves: list[Tag] = []
        for leaf in (t for t in node.find_all(_BLOCK_TAGS) if t.find(_BLOCK_TAGS) is None):
            # a column of a label/value pair is read with its partner, as one block
            pairs = [p for p in (leaf.parent, leaf.parent.parent if leaf.parent else None)
                     if isinstance(p, Tag) and _label_columns(p)]
            unit = pairs[0] if pairs else leaf
            if not any(unit is seen for seen in leaves):
                leaves.append(unit)
        if 2 <= len(leaves) <= _SPLIT_UP_TO:
            texts = [text for text in map(_summary, leaves) if text]
            # only when the blocks hold (nearly) all the text: loose links and words stay in one record
            if sum(map(len, texts)) >= 0.9 * len(_summary(node)):
                return [Removed("outside-essay", text) for text in texts]
    record = _record(node)
    return [record] if record else []


def _record(node: object) -> Removed | None:
    if isinstance(node, NavigableString):
        text = clean_whitespace(str(node)).strip()
        return Removed("outside-essay", text) if text and not isinstance(node, Comment) else None
    if not isinstance(node, Tag):
        return None
    if node.name == _REMOVED_TAG:
        return Removed(str(node.get("kind")), node.get_text())
    text = _summary(node)
    return Removed("outside-essay", text) if text else None


# ---------------------------------------------------------------- entry point

def _apply_profile(soup: BeautifulSoup, profile: Profile, rules: Rules,
                   present: set[str]) -> tuple[str | None, Tag | None]:
    """Mark the profile's clutter elements, and find its title and body where it says they are
    (a selector naming a class the page lacks is not searched for)."""
    for selector in profile.clutter_selectors:
        for element in soup.select(selector) if could_match(selector, present) else ():
            if element.parent is None:
                continue
            # named by its own class tokens when they say what it is, else later by the clutter rules
            marker = soup.new_tag(_REMOVED_TAG, attrs={"kind": _chrome_kind(element, rules) or "site-clutter"})
            marker.string = _summary(element)
            element.replace_with(marker)
    title = next((clean_whitespace(e.get_text(" ")).strip() for s in profile.title_selectors if could_match(s, present)
                  for e in soup.select(s) if e.get_text(strip=True)), None)
    body = next((e for s in profile.body_selectors if could_match(s, present)
                 for e in soup.select(s) if e.get_text(strip=True)), None)
    return (clean_title(title, rules) if title else None), body


@dataclass(frozen=True)
class Rung:
    """One way of looking for the essay, from strict to lenient (readability's flags ladder)."""

    name: str
    why: str
    by_tokens: bool = True
    """Elements are chrome by their class/id/role names (else only by tag: nav, aside, footer…)."""
    by_tags: bool = True
    """Elements are chrome by their tag."""
    class_weights: bool = True
    """Containers named like content ("entry", "post-body") score higher."""
    spare_share: float = 0.5
    """A chrome-looking element holding this share of the page's prose is looked into, not removed."""


RUNGS: tuple[Rung, ...] = (
    Rung("strict", "chrome removed by tag and by class/id names; elements holding most of the prose spared"),
    Rung("names-relaxed", "the strict pass kept little of the page's prose: chrome by tag only", by_tokens=False),
    Rung("no-class-weights", "still little prose: no chrome removal, no class weighting",
         by_tokens=False, by_tags=False, class_weights=False),
)
SHORT_SHARE = 0.25
"""A result holding less than this share of the page's prose words may have lost the article: the
next rung is tried (an essay page's related excerpts and comments rarely outweigh it 3 to 1)."""
SHORT_WORDS = 60
"""…and so is any result under this many words while the page holds more prose than that."""
RETRY_GAIN = 2.0
"""A later rung is taken only when it finds this many times the words: a close call keeps the strict
result, which knows the page's chrome best."""


@dataclass(frozen=True)
class _Attempt:
    rung: Rung
    title: str | None
    blocks: tuple[Block, ...]
    teasers: int
    words: int
    page_prose: int
    """Words of prose in the whole page before any chrome was removed (see prose.py)."""
    spared: tuple[Spared, ...]
    explicit: bool
    """The container came from a site profile's body selector, not from the finder."""


def _parse(text: str) -> BeautifulSoup:
    with warnings.catch_warnings():
        # bs4 warns on stderr about XHTML and URL-like markup; a page is parsed as HTML regardless
        warnings.simplefilter("ignore")
        return BeautifulSoup(text, "lxml")


@dataclass(frozen=True)
class _Prepared:
    """The page as every rung of the ladder starts from it: the profile applied, the invisible gone,
    the prose measured."""

    soup: BeautifulSoup
    title: str | None
    body_override: Tag | None
    mass: ProseMass


def _prepare(soup: BeautifulSoup, rules: Rules, title: str | None, profile: Profile | None,
             present: set[str]) -> _Prepared:
    body_override = None
    if profile is not None:
        profile_title, body_override = _apply_profile(soup, profile, rules, present)
        title = profile_title or title
    _drop_invisible(soup, rules)
    return _Prepared(soup, title, body_override, prose_mass(soup.body or soup))


def _attempt(prepared: _Prepared, rung: Rung, rules: Rules, base_url: str | None, undo: Undo) -> _Attempt:
    """One pass of the finder; what it changes in the tree is written to `undo`."""
    soup, title, body_override, mass = prepared.soup, prepared.title, prepared.body_override, prepared.mass
    body = soup.body or soup
    spared = _mark_chrome(soup, rules, rung, mass, undo)
    # a profile's body selector wins when its element survived pruning; else the generic finder
    stats = _TextStats(body)  # one pass: the container scoring and the walker's link checks share it
    explicit = body_override is not None and body_override.parent is not None
    root = body_override if explicit else _best_container(body, rules, stats, rung.class_weights)
    root = _widen_to_all_pages(root)
    teasers = _listing_cards(root, mass) if root is not body else 0
    notes = _trailing_notes(root, rules) if root is not body else None
    before, after = _outside(root, skip=notes) if root is not body else ([], [])
    walker = _Walker(base_url, stats)
    for part in (root, notes) if notes is not None else (root,):
        layer = _text_layer_lines(part)
        if layer is not None:
            walker.blocks.append(_TextLayer(layer))
        else:
            walker.walk(part)
            walker.flush()
    title = _visible_title(walker.blocks, title, soup) or title
    title_key = clean_whitespace(title or "").strip().lower()
    before = [Removed("title", r.text) if r.text.lower() == title_key else r for r in before]
    essay = _resolve_text_layers(walker.blocks, rules)
    words = sum(word_count(block_text(b)) for b in essay if not isinstance(b, Removed))
    return _Attempt(rung, title, (*before, *essay, *after), teasers, words, mass.total, tuple(spared), explicit)


def _short(attempt: _Attempt) -> bool:
    return attempt.words < SHORT_SHARE * attempt.page_prose or attempt.words < SHORT_WORDS < attempt.page_prose


def _ladder(attempt_on: Callable[[Rung], _Attempt]) -> tuple[_Attempt, str]:
    """Strict first; when the result is short against the page's prose, the next rung on the
    same tree with the chrome put back; the strict result stands unless a later one finds
    RETRY_GAIN times its words. A profile's body selector is knowledge, not a guess: no ladder
    then."""
    first = attempt_on(RUNGS[0])
    if first.explicit or not _short(first):
        return first, f"{first.rung.name}: {first.rung.why}"
    best = first
    for rung in RUNGS[1:]:
        attempt = attempt_on(rung)
        if attempt.words >= RETRY_GAIN * max(best.words, 1):
            best = attempt
        if not _short(best):
            break
    story = f"the strict pass kept {first.words} words of the page's {first.page_prose} words of prose"
    if best is first:
        return first, f"{first.rung.name}: {story}; no later rung found more"
    return best, f"{best.rung.name}: {story}; this rung ({best.rung.why}) found {best.words}"


def extract_html(text: str, *, encoding: str, url: str | None = None, rules: Rules | None = None,
                 profiles: tuple[Profile, ...] = ()) -> Extracted:
    from ..sources.encoding import repair_mojibake

    rules = rules or load_rules()
    soup = _parse(text)
    facts = _head_facts(soup)
    lang = facts.lang or facts.get("content-language", "og:locale")
    title = _title(facts, rules)
    page_url = url or _page_url(facts, text)
    author = (facts.get("author", "article:author", "dc.creator", "citation_author", "parsely-author")
              or _json_ld_author(facts))
    present = page_fingerprint(soup) if profiles else set()
    profile = recognise(profiles, url=page_url, site_name=facts.get("og:site_name"),
                        title=facts.title or facts.get("og:title"), text=text, soup=soup,
                        present=present) if profiles else None
    try:
        base_url = urljoin(page_url or "", facts.base) if facts.base else page_url
    except ValueError:
        base_url = page_url
    prepared = _prepare(soup, rules, title, profile, present)
    undo: Undo = []

    def attempt_on(rung: Rung) -> _Attempt:
        _undo_chrome(undo)  # the previous rung's chrome back in place
        undo.clear()
        return _attempt(prepared, rung, rules, base_url, undo)

    chosen, finder = _ladder(attempt_on)
    spared = "; ".join(f"spared {s.name} ({s.kind} by its name, {s.share:.0%} of the prose)" for s in chosen.spared[:3])
    return Extracted(title=repair_mojibake(chosen.title) if chosen.title else None, blocks=chosen.blocks,
                     site=profile.name if profile else "generic", encoding=encoding,
                     url=page_url, lang=_short_lang(lang), author=author,
                     claimed_words=words_claimed_in_title(facts.title), teasers=chosen.teasers,
                     menu_texts=facts.menu_texts,
                     finder=finder + (f"; {spared}" if spared else ""))


def _visible_title(blocks: list, title: str | None, soup: BeautifulSoup) -> str | None:
    """A page with no <h1> often shows its title as a bold line above the essay while its <title>
    says something longer ("Free Essays on the Role of …"). When that line opens the essay and
    shares most of its words with the <title>, the reader's title is the line."""
    if not title or soup.find("h1") is not None:
        return None
    first = next((b for b in blocks if not isinstance(b, (Removed, _TextLayer))), None)
    if not isinstance(first, Heading):
        return None
    line = clean_whitespace(plain_text(first.inlines)).strip()
    words = {w for w in re.findall(r"\w{4,}", line.casefold())}
    shared = words & set(re.findall(r"\w{4,}", title.casefold()))
    return line if words and len(shared) >= 0.6 * len(words) and len(line) <= 150 else None


def _short_lang(lang: str | None) -> str | None:
    if not lang:
        return None
    code = re.split(r"[-_]", lang.strip())[0].lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None
