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
import zlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Mapping
from urllib.parse import urlsplit

HEAD_BYTES = 1 << 16
"""Where a page states its own URL: in its head (or a saved page's first comment)."""
LAYOUT_BYTES = 1 << 19
"""How much of a page its layout vocabulary is read from: the template's names are all there."""
MIN_LAYOUT_TOKENS = 4
"""A page naming fewer classes and ids than this has no layout to recognise (a bare or text page)."""
HASHES, ROWS = 40, 4
"""MinHash signature length and rows per band (10 bands): pages sharing 85% of their names meet in
a band with probability 0.999; pages sharing 30% with probability 0.08."""
_PRIME = (1 << 61) - 1
_SEEDS = tuple((int.from_bytes(hashlib.sha1(f"a{i}".encode()).digest()[:7], "big") | 1,
                int.from_bytes(hashlib.sha1(f"b{i}".encode()).digest()[:7], "big")) for i in range(HASHES))

_TAG = re.compile(rb"<(?:link|meta)\b[^>]{0,600}>", re.I)
_ATTR = re.compile(rb"""\b(rel|property|name|href|content)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_SAVED = re.compile(rb"saved from url=\(\d+\)(\S+)|SingleFile.{0,200}?url:\s*(\S+)|"
                    rb"^(?:Snapshot-)?Content-Location:\s*(\S+)", re.I | re.S | re.M)
_NAMES = re.compile(rb"""\s(?:class|id)\s*=\s*(?:"([^"]{1,400})"|'([^']{1,400})')""", re.I)
_DIGITS = re.compile(rb"\d+")


def _attrs(tag: bytes) -> dict[bytes, bytes]:
    return {m.group(1).lower(): (m.group(2) or m.group(3) or m.group(4) or b"") for m in _ATTR.finditer(tag)}


def page_url(data: bytes, known: str | None = None) -> str | None:
    """The page's own address: the one its reader knows (a WARC record's), else its canonical
    link, og:url, or the address a saving browser wrote into it."""
    if known:
        return known
    head = data[:HEAD_BYTES]
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


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return None
    host = host.removeprefix("www.")
    return host if "." in host else None


def layout_tokens(data: bytes) -> frozenset[bytes]:
    """The class and id names of the page (digits masked: "post-4471" is "post-#")."""
    tokens: set[bytes] = set()
    for match in _NAMES.finditer(data[:LAYOUT_BYTES]):
        for token in (match.group(1) or match.group(2) or b"").split():
            tokens.add(_DIGITS.sub(b"#", token))
    return frozenset(tokens)


def layout_bands(tokens: Iterable[bytes]) -> tuple[str, ...]:
    """MinHash bands of a page's names; () when the page names too few to be a layout."""
    hashes = [zlib.crc32(t) for t in tokens]
    if len(hashes) < MIN_LAYOUT_TOKENS:
        return ()
    signature = [min((a * h + b) % _PRIME for h in hashes) for a, b in _SEEDS]
    return tuple(f"{i}:" + hashlib.sha1(repr(signature[i * ROWS:(i + 1) * ROWS]).encode()).hexdigest()[:12]
                 for i in range(HASHES // ROWS))


@dataclass(frozen=True)
class PageSite:
    """What a page says about its site: computed in a worker, small enough to send back."""

    host: str | None
    profile: str | None
    bands: tuple[str, ...]


def page_site(data: bytes, url: str | None, profile: str | None) -> PageSite:
    host = host_of(page_url(data, url))
    bands = () if host or profile else layout_bands(layout_tokens(data))
    return PageSite(host, profile, bands)


APPLY_MIN_BANDS = 3
"""In the conversion pass a page's layout must meet a learned site's in this many bands (of 10):
the index holds only learned sites, so a page of another layout must not fall to the nearest one
(pages sharing 85% of their names meet in 3 bands with probability 0.97, 90%: 0.9996; pages
sharing half their names: 0.025). A page that misses converts as it would without learning."""


def _by_bands(bands: tuple[str, ...], band_map: Mapping[str, str], order: Mapping[str, int],
              min_bands: int) -> str | None:
    votes = Counter(band_map[b] for b in bands if b in band_map)
    if not votes:
        return None
    best = min(votes, key=lambda site: (-votes[site], order.get(site, 0), site))
    return best if votes[best] >= min_bands else None


def site_key(page: PageSite, band_map: Mapping[str, str], order: Mapping[str, int], min_bands: int = 1) -> str | None:
    if page.host:
        return f"host:{page.host}"
    if page.profile:
        return f"profile:{page.profile}"
    return _by_bands(page.bands, band_map, order, min_bands)


@dataclass(frozen=True)
class SiteIndex:
    """What a worker needs to find a page's site again in the conversion pass."""

    bands: Mapping[str, str] = field(default_factory=dict)
    order: Mapping[str, int] = field(default_factory=dict)

    def site_of(self, page: PageSite) -> str | None:
        return site_key(page, self.bands, self.order, APPLY_MIN_BANDS)


class Grouper:
    """Sites assigned as pages stream past, in input order. Keeps per site a page count and the
    bands of its first `keep_bands` pages (the layout a later page without a URL is matched to)."""

    def __init__(self, keep_bands: int) -> None:
        self.keep_bands = keep_bands
        self.counts: Counter[str] = Counter()
        self.band_map: dict[str, str] = {}
        self.order: dict[str, int] = {}

    def add(self, page: PageSite) -> str | None:
        site = site_key(page, self.band_map, self.order)
        if site is None and page.bands:
            site = "layout:" + page.bands[0].split(":", 1)[1]
        if site is None:
            return None
        self.order.setdefault(site, len(self.order))
        self.counts[site] += 1
        if self.counts[site] <= self.keep_bands:
            for band in page.bands:
                self.band_map.setdefault(band, site)
        return site

    def index(self, sites: Iterable[str]) -> SiteIndex:
        """The index for the sites named (those with a template): other sites' bands stay behind."""
        wanted = set(sites)
        return SiteIndex({b: s for b, s in self.band_map.items() if s in wanted},
                         {s: n for s, n in self.order.items() if s in wanted})
