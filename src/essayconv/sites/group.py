"""Which site a page belongs to, from its bytes alone and cheaply (no parse): the host of the page's
own URL (canonical, og:url, a browser's or SingleFile's "saved from", MHTML's location, the WARC
record's target URI), else the profile it points to, else its layout — the vocabulary of class and
id names its template writes, compared by MinHash so that pages of one template meet in a band
even when a page adds a class of its own.

`Grouper` assigns sites while pages stream past (memory: per site a count and the bands of its
first pages); `SiteIndex` is the frozen part a worker needs to find a page's site again.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping

from ..profiles import host_of
from ..regexes import compile_regex

HEAD_BYTES = 1 << 16
"""Where a page states its own URL: in its head (or a saved page's first comment)."""
LAYOUT_BYTES = 1 << 19
"""How much of a page its layout vocabulary is read from: the template's names are all there."""
MIN_LAYOUT_TOKENS = 4
"""A page naming fewer classes and ids than this has no layout to recognise (a bare or text page)."""
HASHES, ROWS = 40, 4
"""MinHash bins and rows per band (10 bands): pages sharing 80% of their names meet in a band with
probability 0.99; pages sharing 30% with probability 0.08."""
_PRIME = 1 << 64  # above any bin's value: a borrowed value never equals a bin's own

_TAG = compile_regex(rb"<(?:link|meta)\b[^>]{0,600}>", re.I)
_ATTR = compile_regex(rb"""\b(rel|property|name|href|content)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_SAVED = compile_regex(rb"saved from url=\(\d+\)(\S+)|SingleFile.{0,200}?url:\s*(\S+)|"
                    rb"^(?:Snapshot-)?Content-Location:\s*(\S+)", re.I | re.S | re.M)
_START_TAG = compile_regex(rb"<([a-zA-Z][a-zA-Z0-9]{0,15})(\s[^<>]{0,1000})?>")
_TAG_ATTR = compile_regex(rb"""([a-zA-Z_:][-\w:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
LAYOUT_ATTRIBUTES = frozenset({b"class", b"id", b"role", b"itemprop", b"align", b"valign", b"width", b"bgcolor",
                               b"border", b"cellpadding", b"cellspacing", b"style", b"rel", b"name", b"type"})
"""Attributes a template writes the same on every page (the essay's own elements carry few):
class and id, and for pages with no class names (bare divs, 2000s tables) the table geometry,
colours and inline styles."""
_DIGITS = compile_regex(rb"\d+")


def _attrs(tag: bytes) -> dict[bytes, bytes]:
    return {m.group(1).lower(): (m.group(2) or m.group(3) or m.group(4) or b"") for m in _ATTR.finditer(tag)}


def page_url(data: bytes, known: str | None = None) -> str | None:
    """The page's own address: the one its reader knows (a WARC record's), else its canonical
    link, og:url, or the address a saving browser wrote into it."""
    if known:
        return known
    head = data[:HEAD_BYTES]
    end = head.find(b"</head>")
    head = head[:end] if end > 0 else head
    found: dict[str, bytes] = {}
    for tag in _TAG.finditer(head):
        attrs = _attrs(tag.group(0))
        if b"canonical" in attrs.get(b"rel", b"").lower().split() and attrs.get(b"href"):
            found.setdefault("canonical", attrs[b"href"])
        elif attrs.get(b"property", attrs.get(b"name", b"")).lower() == b"og:url" and attrs.get(b"content"):
            found.setdefault("og", attrs[b"content"])
    saved = _SAVED.search(head)
    if saved:
        found.setdefault("saved", next(g for g in saved.groups() if g))
    for kind in ("saved", "canonical", "og"):
        if kind in found:
            return found[kind].decode("utf-8", "replace").strip()
    return None


EDGE_TAGS = 60
"""How many start tags at each end of a page are its header and footer: the template's own
structure, a fingerprint even for pages that name no class (bare divs, old tables)."""


def _href_token(value: bytes) -> bytes | None:
    """A link's place in the site: its host (if absolute) and first path segment ("/essays/…")."""
    if value[:1] in (b"#", b"") or value.lower().startswith((b"javascript:", b"mailto:", b"data:")):
        return None
    value = value.split(b"?")[0].split(b"#")[0]
    if b"://" in value:
        value = value.split(b"://", 1)[1]
    head, _, rest = value.lstrip(b"/").partition(b"/")
    return b"href=" + head[:60] + (b"/" + rest.split(b"/")[0][:40] if b"://" not in value and rest else b"")


CONTENT_TAGS = frozenset({b"p", b"br", b"a", b"em", b"strong", b"b", b"i", b"u", b"span", b"h1", b"h2", b"h3", b"h4",
                          b"h5", b"h6", b"li", b"img", b"sup", b"sub", b"blockquote", b"code", b"small", b"font"})
"""Tags an essay's own text is made of: left out of the runs of tags at a page's ends, which
should be its template's structure."""


def layout_tokens(data: bytes) -> frozenset[bytes]:
    """A page's layout vocabulary, digits masked ("post-4471" is "post-#"): each class name and id,
    each element's tag with its layout attributes, where its links lead within the site (the menu
    and footer every page repeats), and the run of tags at its two ends."""
    tokens: set[bytes] = set()
    names: list[bytes] = []
    for tag in _START_TAG.finditer(data[:LAYOUT_BYTES]):
        name, attributes = tag.group(1).lower(), tag.group(2) or b""
        signature = [name]
        for attribute in _TAG_ATTR.finditer(attributes):
            key = attribute.group(1).lower()
            value = _DIGITS.sub(b"#", attribute.group(2) or attribute.group(3) or attribute.group(4) or b"")
            if key in (b"class", b"id"):
                tokens.update((b"." if key == b"class" else b"#") + t for t in value.split()[:8])
            if key in LAYOUT_ATTRIBUTES:
                signature.append(key + b"=" + value[:80])
            elif key == b"href" and name == b"a" and (token := _href_token(value)):
                tokens.add(token)
        if len(signature) > 1:
            tokens.add(b" ".join(signature))
        if name not in CONTENT_TAGS:
            names.append(name)
    for edge in (names[:EDGE_TAGS], names[-EDGE_TAGS:]):
        tokens.update(b"tags:" + b">".join(edge[i:i + 3]) for i in range(max(0, len(edge) - 2)))
    return frozenset(tokens)


def _token_hash(token: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(token, digest_size=8).digest(), "big")


def layout_signature(tokens: Iterable[bytes]) -> tuple[int, ...]:
    """The MinHash signature of a page's layout vocabulary, by one-permutation hashing (each name
    hashed once into one of HASHES bins, the least value kept; an empty bin borrows from the next
    full one, rotated, so two pages' bins stay comparable); () when it names too little."""
    hashes = [_token_hash(t) for t in tokens]
    if len(hashes) < MIN_LAYOUT_TOKENS:
        return ()
    bins: list[int | None] = [None] * HASHES
    for value in hashes:
        slot, rest = value % HASHES, value // HASHES
        if bins[slot] is None or rest < bins[slot]:  # type: ignore[operator]
            bins[slot] = rest
    signature = []
    for slot in range(HASHES):
        for distance in range(HASHES):
            borrowed = bins[(slot + distance) % HASHES]
            if borrowed is not None:
                signature.append(borrowed + distance * _PRIME)
                break
    return tuple(signature)


def layout_bands(signature: tuple[int, ...]) -> tuple[str, ...]:
    """The signature's bands: two pages that share one are candidates for one layout."""
    if not signature:
        return ()
    return tuple(f"{i}:" + hashlib.sha1(repr(signature[i * ROWS:(i + 1) * ROWS]).encode()).hexdigest()[:12]
                 for i in range(HASHES // ROWS))


def similarity(one: tuple[int, ...], other: tuple[int, ...]) -> float:
    """The estimated share of layout names two pages have in common (equal MinHash values)."""
    return sum(a == b for a, b in zip(one, other)) / HASHES if one and other else 0.0


@dataclass(frozen=True)
class PageSite:
    """What a page says about its site: computed in a worker, small enough to send back."""

    host: str | None
    profile: str | None
    signature: tuple[int, ...]

    @property
    def bands(self) -> tuple[str, ...]:
        return layout_bands(self.signature)


def page_site(data: bytes, url: str | None, profile: str | None | Callable[[], str | None]) -> PageSite:
    """A page's site facts; `profile` may be a function, asked only when the page states no host."""
    host = host_of(page_url(data, url))
    if host:
        return PageSite(host, None, ())
    named = profile() if callable(profile) else profile
    return PageSite(None, named, () if named else layout_signature(layout_tokens(data)))


APPLY_SIMILARITY = 0.6
"""In the conversion pass a page joins a learned site only when its layout shares about this much
with one of the site's first pages (estimated from 40 MinHash values): the index holds only
learned sites, so a page of another layout must not fall to the nearest one. Pages of one template
share 80-95% of their names; pages of different sites, under 20% (bench/site_folders.py). A page
that misses converts as it would without learning."""
KEPT_SIGNATURES = 10
"""Pages per site whose bands and signature are kept (its first ten): what later pages with no
address are matched to, in the grouping pass and the conversion pass alike."""


def _by_bands(bands: tuple[str, ...], band_map: Mapping[str, str], order: Mapping[str, int]) -> str | None:
    votes = Counter(band_map[b] for b in bands if b in band_map)
    if not votes:
        return None
    return min(votes, key=lambda site: (-votes[site], order.get(site, 0), site))


def site_key(page: PageSite, band_map: Mapping[str, str], order: Mapping[str, int]) -> str | None:
    if page.host:
        return f"host:{page.host}"
    if page.profile:
        return f"profile:{page.profile}"
    return _by_bands(page.bands, band_map, order)


@dataclass(frozen=True)
class SiteIndex:
    """What a worker needs to find a page's site again in the conversion pass."""

    bands: Mapping[str, str] = field(default_factory=dict)
    order: Mapping[str, int] = field(default_factory=dict)
    signatures: Mapping[str, tuple[tuple[int, ...], ...]] = field(default_factory=dict)

    def site_of(self, page: PageSite) -> str | None:
        if page.host or page.profile:
            return site_key(page, self.bands, self.order)
        candidates = {self.bands[b] for b in page.bands if b in self.bands}
        scored = [(max((similarity(page.signature, s) for s in self.signatures.get(site, ())), default=0.0),
                   -self.order.get(site, 0), site) for site in candidates]
        best = max(scored, default=None)
        return best[2] if best and best[0] >= APPLY_SIMILARITY else None


class Grouper:
    """Sites assigned as pages stream past, in input order. Keeps per site a page count and the
    bands of its first `keep_bands` pages (the layout a later page without a URL is matched to)."""

    def __init__(self, keep_bands: int) -> None:
        self.keep_bands = keep_bands
        self.counts: Counter[str] = Counter()
        self.band_map: dict[str, str] = {}
        self.order: dict[str, int] = {}
        self.signatures: dict[str, list[tuple[int, ...]]] = {}

    def add(self, page: PageSite) -> str | None:
        site = site_key(page, self.band_map, self.order)
        bands = page.bands
        if site is None and bands:
            site = "layout:" + bands[0].split(":", 1)[1]
        if site is None:
            return None
        self.order.setdefault(site, len(self.order))
        self.counts[site] += 1
        if self.counts[site] <= self.keep_bands:
            for band in bands:
                self.band_map.setdefault(band, site)
            if page.signature and len(self.signatures.setdefault(site, [])) < KEPT_SIGNATURES:
                self.signatures[site].append(page.signature)
        return site

    def index(self, sites: Iterable[str]) -> SiteIndex:
        """The index for the sites named (those with a template): other sites' bands stay behind."""
        wanted = set(sites)
        return SiteIndex({b: s for b, s in self.band_map.items() if s in wanted},
                         {s: n for s, n in self.order.items() if s in wanted},
                         {s: tuple(v) for s, v in self.signatures.items() if s in wanted})
