"""What a page says about itself, read before anything is pruned: <title>, <meta>, JSON-LD,
language, the page's own address (canonical, og:url, "saved from", SingleFile), short menu texts."""

from __future__ import annotations

import base64
import itertools
import json
import re
from dataclasses import dataclass
from urllib.parse import parse_qs, parse_qsl, unquote, urlsplit

from lxml import etree

from ...model import clean_whitespace
from ...regexes import compile_regex
from ...rules import Rules
from ..dom import STRING_CONTAINERS, Element, classes, strings, strings_outside, text, words_of
from .badges import is_badge, kicker_of
from .tags import is_anchor_mark, strapline_of


@dataclass(frozen=True)
class HeadFacts:
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
    h2: tuple[str, ...] = ()
    """The page's first <h2> texts: a blog's post title under its name."""
    home_h1: tuple[str, ...] = ()
    """<h1>s that are the site's name (a link to its home page)."""
    bold_lines: tuple[str, ...] = ()
    """The page's first bold texts that end their line outside any paragraph: a story archive shows
    its work's title as a bold line in a header box, with no heading."""
    bold_after_h1: tuple[str, ...] = ()
    """Those of them after the page's first <h1> (under a homepage's name, its answer's title)."""
    nav_names: frozenset[str] = frozenset()
    """The short names a <nav> lists (casefolded): a heading saying one of them names the section shown
    ("Shared", the notes app's current folder), not a work."""
    logo_names: tuple[str, ...] = ()
    """What the page's first linked images say they are (`<a href="/Main"><img alt="orkut"></a>`), and its
    first links home: a logo names the site; read only where it is a part of the <title>."""

    def get(self, *names: str) -> str | None:
        return next((self.meta[n] for n in names if n in self.meta), None)


def head_facts(root: Element, rules: Rules) -> HeadFacts:
    tuning = rules.tuning
    meta: dict[str, str] = {}
    canonical = base = title = lang = None
    json_ld: list[str] = []
    h1: list[str] = []
    h2: list[str] = []
    home: list[str] = []
    bold: list[str] = []
    bold_after: list[str] = []
    menu: set[str] = set()
    logos: list[str] = []
    links = 0
    navs: set[str] = set()
    wanted = {"meta", "link", "base", "script", "title", "h1", "h2", "html", "a", "b", "strong", "img", "nav"}
    for tag in root.iter(*wanted):
        name = tag.tag
        if name == "meta":
            key = tag.get("property") or tag.get("name") or tag.get("http-equiv")
            content = tag.get("content")
            if key is not None and content is not None and content.strip():
                meta.setdefault(key.strip().lower(), clean_whitespace(content).strip())
        elif name == "link" and canonical is None and "canonical" in words_of(tag, "rel"):
            canonical = tag.get("href")
        elif name == "base" and base is None and tag.get("href") is not None:
            base = tag.get("href")
        elif name == "script" and tag.get("type") == "application/ld+json":
            json_ld.append(_only_string(tag) or "")
        elif name == "title" and title is None:
            title = text(tag)
        elif name == "h1" and (is_site_name_heading(tag) or _in_the_sites_banner(tag, rules.site_banner_names)
                               or _named_before_the_title(tag, title)):
            home.append(clean_whitespace(text(tag, " ")).strip())
        elif name == "h1" and _a_trail(tag):
            pass  # "PHYS 2210 Optics in Context » Group C": where the page stands, not what it is titled
        elif name == "h1" and not _for_screen_readers(tag) \
                and next(tag.iterancestors("noscript", "template"), None) is None:  # "You need JavaScript" is no title
            h1.append(_heading_text(tag, rules))
        elif name == "h2" and len(h2) < _H2_READ:
            h2.append(clean_whitespace(text(tag, " ")).strip())
        elif name == "a":
            shown = clean_whitespace(text(tag, " ")).strip()
            if shown and len(shown) <= tuning.menu_text_chars:
                menu.add(shown.casefold())
                links += 1
                if links <= _LOGO_LINKS_READ and len(logos) < _LOGOS_READ and tag.get("href") is not None and _links_home(tag):
                    logos.append(shown)  # the site's name as its link home says it (`<a class="logo" href="/">WorkFlowy</a>`)
        elif name == "img" and len(logos) < _LOGOS_READ and (tag.get("alt") or "").strip() \
                and next(tag.iterancestors("a"), None) is not None:
            logos.append(clean_whitespace(tag.get("alt")).strip())
        elif name == "nav":
            navs.update(shown.casefold() for leaf in tag.iter() if len(leaf) == 0 and leaf.text
                        and 0 < len(shown := clean_whitespace(leaf.text).strip()) <= tuning.menu_text_chars)
        elif name == "html" and lang is None and tag.get("lang") is not None and tag.get("lang").strip():
            lang = tag.get("lang")
        elif name in ("b", "strong") and len(bold) < _H2_READ and not (tag.tail or "").strip() \
                and _on_a_line_of_its_own(tag):
            shown = clean_whitespace(text(tag, " ")).strip()
            link = next(tag.iterancestors("a"), None)  # a post's title linking to the post is all its link says
            if link is None or clean_whitespace(text(link, " ")).strip() == shown:
                bold.append(shown)
                if h1 or home:
                    bold_after.append(shown)
    return HeadFacts(meta, canonical, base, tuple(json_ld), tuple(h1), frozenset(menu), title, lang, tuple(h2), tuple(home),
                      tuple(bold), tuple(bold_after), frozenset(navs), tuple(logos))


_RUNNING_TEXT = ("p", "li", "td", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "label", "button")
"""A bold text inside these is a word stressed in running text, a cell or a control, not a title line
(inside a link, only a bold text that is all the link says is a line)."""


def _on_a_line_of_its_own(bold: Element) -> bool:
    """Not inside running text: a paragraph, a heading, a control, a data table's cell; nor in the site's
    menu bar (its brand). A layout table's cell, which holds the page's paragraphs (a homepage laid out in
    a table), is a page, not a cell."""
    holder = next(bold.iterancestors(*_RUNNING_TEXT, "nav"), None)
    return holder is None or holder.tag == "td" and next(holder.iterdescendants("p", "div", "table"), None) is not None \
        and next(holder.iterancestors("nav"), None) is None


_TRAIL_MARK = compile_regex(r"\s[»›>/]\s")


def _a_trail(heading: Element) -> bool:
    """A heading that is a breadcrumb trail: linked steps joined by "»", "›", ">" or "/" (Redmine's project
    heading over a wiki page that has its own)."""
    return next(heading.iterdescendants("a"), None) is not None \
        and _TRAIL_MARK.search(clean_whitespace(text(heading, " "))) is not None


_LOGOS_READ = 3
_LOGO_LINKS_READ = 20
"""A site's logo is among the page's first linked images and links (its header comes first)."""

_H2_READ = 5
"""A post's title, set as an <h2> under the blog's name, is among the page's first few <h2>s."""


def _only_string(tag: Element) -> str | None:
    """The element's one string (bs4's `.string`): its text when it holds nothing else."""
    children = [c for c in tag if type(c.tag) is str or c.tail or c.text]
    if not children:
        return tag.text
    if len(children) == 1 and not tag.text and type(children[0].tag) is str and not children[0].tail:
        return _only_string(children[0])
    return None


def _heading_text(heading: Element, rules: Rules) -> str:
    """A heading's text without its badges (Bootstrap's `<span class="label">Discursive</span>`
    after a title) and its own anchor ("¶"): a badge labels the page, it is not part of its title."""
    strapline, kicker, badge_tokens = strapline_of(heading), kicker_of(heading, rules), rules.badge_tokens
    if strapline is None and kicker is None \
            and not any(is_badge(t, badge_tokens) or is_anchor_mark(t) for t in heading.iterdescendants(etree.Element)):
        shown = clean_whitespace(" ".join(strings(heading))).strip()
    else:
        in_badge = lambda node: node.tag in _OWN or node is strapline or node is kicker or is_badge(node, badge_tokens) or is_anchor_mark(node)  # noqa: E731
        shown = clean_whitespace(" ".join(strings_outside(heading, in_badge))).strip()
    return shown or clean_whitespace(text(heading, " ")).strip()


_OWN = frozenset(STRING_CONTAINERS)


# a web archive's address wraps the page's own: "/web/20130312084511/http://host/"
_ARCHIVED = compile_regex(r"/(https?://.+)$")


_BANNER_LEVELS = 3
"""The banner holds the site's <h1> near it: in it, or a box or two down."""


def _in_the_sites_banner(heading: Element, names: frozenset[str]) -> bool:
    """The <h1> stands in the page's banner (`<div id="banner"><h1>…`), or right after the site's logo in its box
    (`<img src="…/thirlby-logo.png" alt="Site logo"><h1>Thirlby Numismatic Society</h1>`): the site's name."""
    before = heading.getprevious()
    if before is not None and before.tag == "img" and "logo" in " ".join((before.get("src") or "", before.get("alt") or "",
                                                                             *classes(before))).casefold():
        return True
    for ancestor in itertools.islice(heading.iterancestors(), _BANNER_LEVELS):
        own = [ancestor.get("id") or "", *classes(ancestor)]
        if any(value.casefold().replace("-", "").replace("_", "") in names for value in own if value):
            return True
    return False


def _named_before_the_title(heading: Element, title: str | None) -> bool:
    """The <h1> is the site's name and the page's title follows it as bare text in its box, as the <title> says them
    both ("Russian Hill History Circle: His Imperial Majesty Norton I …" over `<div class="title"><h1>Russian Hill
    History Circle</h1>His Imperial Majesty Norton I …</div>`, a Fossil repository's page)."""
    after = clean_whitespace(heading.tail or "").strip()
    if not after or not title or heading.getnext() is not None:
        return False
    shown = clean_whitespace(text(heading, " ")).strip()
    return clean_whitespace(title).strip().casefold() in {f"{shown}: {after}".casefold(), f"{shown} - {after}".casefold()}


def is_site_name_heading(heading: Element) -> bool:
    """A blog theme's <h1> that is the blog's name, linking to its home page ("/", rel="home", or
    the home page as a web archive wraps it): the site, not the essay."""
    around = next((a for a in heading.iterancestors("a") if a.get("href") is not None), None)
    if around is not None:  # the logo: the heading inside the link home (`<a href="/"><h1>Site</h1></a>`)
        return _links_home(around)
    links = [a for a in heading.iterdescendants("a") if a.get("href") is not None]
    if len(links) != 1 or clean_whitespace(text(links[0], " ")).strip() != clean_whitespace(text(heading, " ")).strip():
        return False
    return _links_home(links[0])


def _links_home(link: Element) -> bool:
    """The link goes to the site's home page ("/", rel or class "home", or the home page as a web archive wraps it)."""
    if "home" in words_of(link, "rel") or any(word.startswith("home") for word in words_of(link, "class")):
        return True  # (`<a class="home" href="../index.html">`, Serendipity's "homelink1": a page in a folder links home so)
    href = link.get("href").strip()
    archived = _ARCHIVED.search(href)
    try:
        parts = urlsplit(archived.group(1) if archived else href)
    except ValueError:
        return False
    path = _INDEX_PAGE.sub("", parts.path.removeprefix("."))
    queried = {key.casefold() for key, _ in parse_qsl(parts.query, keep_blank_values=True)}
    return path in ("", "/") and queried <= _SESSION_KEYS and not parts.fragment


_INDEX_PAGE = compile_regex(r"/?index\.(?:php|html?|asp|aspx|jsp)$", re.I)
_SESSION_KEYS = frozenset(("sid", "phpsessid", "sessionid", "s"))
"""A forum's home link carries the visitor's session ("./index.php?sid=69ba…"): still its home page."""


_SAVED_FROM = compile_regex(r"saved from url=\(\d+\)(\S+)", re.I)
_SINGLEFILE = compile_regex(r"(?:Page saved with SingleFile|Archive processed by SingleFile).*?url:\s*(\S+)", re.I | re.S)


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


def stated_url(facts: HeadFacts, text: str) -> str | None:
    head = text[:4096]
    for pattern in (_SINGLEFILE, _SAVED_FROM):
        match = pattern.search(head)
        if match:
            return decode_proxy_url(match.group(1))
    if facts.canonical:
        return decode_proxy_url(facts.canonical)
    og = facts.get("og:url")
    return decode_proxy_url(og) if og else None


def json_ld_author(facts: HeadFacts) -> str | None:
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


def json_ld_types(facts: HeadFacts) -> tuple[str, ...]:
    """What the page's structured data says its items are ("Recipe", "Article", "Product"): the "@type"
    of each top-level item and of each item in a "@graph"."""
    found: list[str] = []
    for script in facts.json_ld:
        if "@type" not in script:
            continue  # (most pages hold none: no JSON read)
        try:
            data = json.loads(script)
        except (ValueError, TypeError):
            continue
        items = data if isinstance(data, list) else [data]
        items = [i for item in items if isinstance(item, dict) for i in (item, *(item.get("@graph") or ()))]
        for item in items:
            kind = item.get("@type") if isinstance(item, dict) else None
            found.extend(k for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str))
    return tuple(dict.fromkeys(found))


_SCREEN_READER_ONLY = frozenset(("sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "hide-accessible",
                                "a11y-hidden", "screenreader-only", "sr-only-focusable", "element-invisible"))


def _for_screen_readers(tag: Element) -> bool:
    """A heading drawn for screen readers only ("Navigation" over a menu): never the page's shown title."""
    return any(c in _SCREEN_READER_ONLY for c in classes(tag))


def short_lang(lang: str | None) -> str | None:
    if not lang:
        return None
    code = re.split(r"[-_]", lang.strip())[0].lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None
