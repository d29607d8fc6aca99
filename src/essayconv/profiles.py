"""Site profiles: what essayconv knows about one essay site, as a TOML file (data/profiles/*.toml,
plus any a user adds with --profiles DIR or the config file). A profile says how to recognise the
site from the page itself (host of the page's own URL, og:site_name, <title> decorations, DOM
fingerprints, text markers) and, optionally, where its title and body live and which of its
elements are clutter. A page no profile recognises goes down the generic path, which uses the same
clutter knowledge (clones copy the clutter of the sites they copy)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .errors import InputError
from .literals import prefilter_safe, required_literals
from .regexes import compile_regex

RECOGNISED_AT = 40  # points a profile needs: a host alone (100) or a site name (60) suffices
# A text dump has lost its URL, metadata and elements; the site's own phrasing (one marker) is all
# that is left, and a dump is only labelled by it (no selector applies to text).
TEXT_RECOGNISED_AT = 20


@dataclass(frozen=True)
class Profile:
    name: str
    description: str
    hosts: tuple[str, ...]
    site_names: frozenset[str]
    title_suffixes: tuple[re.Pattern[str], ...]
    markers: tuple[re.Pattern[str], ...]
    selectors: tuple[str, ...]
    title_selectors: tuple[str, ...]
    body_selectors: tuple[str, ...]
    clutter_selectors: tuple[str, ...]
    source: str
    template_blocks: tuple[str, ...] = ()
    """[template] blocks: the site's own lines, as site learning writes them (masked: {n} any
    number, {month} a month name, {day} a day name; compared case-folded with the whole block)."""
    template_paragraphs: tuple[str, ...] = ()
    """[template] paragraphs: long blocks the site prints verbatim (a standard disclaimer)."""
    template_tails: tuple[str, ...] = ()
    """[template] tails: lines after which the rest is the site's linked cards (related essays)."""
    template_banners: tuple[str, ...] = ()
    """[template] banners: lines stating the essay's length; their counts are the page's claims."""
    template_labels: tuple[str, ...] = ()
    """[template] labels: "category:" — the site's short label lines, whatever their value."""
    template_leads: tuple[str, ...] = ()
    """[template] leads: "written up by" — the first words of the site's short lines whose end changes."""
    template_boxes: tuple[str, ...] = ()
    """[template] boxes: "library tip" — headings of the site's boxes; the short line under one goes too."""
    template_title_affixes: tuple[str, ...] = ()
    """[template] title_affixes: "prefix:Ski history: ", "suffix: (long read)" — the site's labels on its titles."""

    @property
    def has_template(self) -> bool:
        return bool(self.template_blocks or self.template_paragraphs or self.template_tails
                    or self.template_banners or self.template_labels or self.template_leads or self.template_boxes
                    or self.template_title_affixes)


def _selectors(values: list[str], validate: bool) -> tuple[str, ...]:
    if validate:
        for value in values:
            compiled_selector(value)  # a bad selector is the user profile's error, found when it loads
    return tuple(values)


@lru_cache(maxsize=512)
def compiled_selector(selector: str) -> Any:
    """A profile's CSS selector as lxml's XPath (cssselect, HTML rules: tag names in any case)."""
    from lxml.cssselect import CSSSelector

    return CSSSelector(selector, translator="html")


def select(root: Any, selector: str) -> list[Any]:
    """The elements at or under `root` that the selector matches, in page order."""
    return compiled_selector(selector)(root)


def _strings(table: dict[str, Any], key: str) -> tuple[str, ...]:
    values = table.get(key, [])
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise TypeError(f"[template] {key} must be a list of strings")
    return tuple(values)


def _title_affixes(table: dict[str, Any]) -> tuple[str, ...]:
    """[template] title_affixes: each "prefix:<label>" or "suffix:<label>", as `essayconv learn` writes them."""
    affixes = _strings(table, "title_affixes")
    wrong = [a for a in affixes if not a.startswith(("prefix:", "suffix:")) or len(a) <= len("prefix:")]
    if wrong:
        raise ValueError(f"[template] title_affixes must each start 'prefix:' or 'suffix:' and name a label (got {wrong[0]!r})")
    return affixes


def _profile(data: dict[str, Any], source: str, validate: bool = True) -> Profile:
    """A profile from its TOML. The shipped ones are not validated at each start (the test suite
    compiles every selector they hold); a user's are, so a typo is one clear line at once."""
    recognise, extract, clutter = data.get("recognise", {}), data.get("extract", {}), data.get("clutter", {})
    template = data.get("template", {})
    flags = re.IGNORECASE
    return Profile(
        name=str(data["name"]), description=str(data.get("description", "")),
        hosts=tuple(h.lower().lstrip(".") for h in recognise.get("hosts", [])),
        site_names=frozenset(n.casefold() for n in recognise.get("site_names", [])),
        title_suffixes=tuple(compile_regex(p, flags) for p in recognise.get("title_suffixes", [])),
        markers=tuple(compile_regex(p, flags | re.MULTILINE) for p in recognise.get("markers", [])),
        selectors=_selectors(recognise.get("selectors", []), validate),
        title_selectors=_selectors(extract.get("title", []), validate),
        body_selectors=_selectors(extract.get("body", []), validate),
        clutter_selectors=_selectors(clutter.get("selectors", []), validate), source=source,
        template_blocks=_strings(template, "blocks"), template_paragraphs=_strings(template, "paragraphs"),
        template_tails=_strings(template, "tails"), template_banners=_strings(template, "banners"),
        template_labels=_strings(template, "labels"), template_leads=_strings(template, "leads"),
        template_boxes=_strings(template, "boxes"), template_title_affixes=_title_affixes(template))


def _read(path: Path) -> Profile:
    from cssselect import SelectorError

    try:
        return _profile(tomllib.loads(path.read_text("utf-8")), str(path))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError, re.error, ValueError,
            SelectorError) as error:
        raise InputError(f"bad site profile ({type(error).__name__}: {error})", str(path)) from None


@lru_cache(maxsize=1)
def _shipped_tables() -> tuple[tuple[str, dict[str, Any]], ...]:
    """(file name, TOML table) of every shipped profile, by name: read once for the profiles and
    for the site names the clutter rules need (each start needs both)."""
    shipped = resources.files("essayconv.data").joinpath("profiles")
    return tuple((entry.name, tomllib.loads(entry.read_text("utf-8")))
                 for entry in sorted(shipped.iterdir(), key=lambda e: e.name) if entry.name.endswith(".toml"))


@lru_cache(maxsize=8)
def load_profiles(extra_dirs: tuple[str, ...] = ()) -> tuple[Profile, ...]:
    """The shipped profiles, then each user folder's; a user profile replaces a shipped one of the
    same name."""
    profiles: dict[str, Profile] = {}
    for name, table in _shipped_tables():
        profile = _profile(table, f"essayconv/data/profiles/{name}", validate=False)
        profiles[profile.name] = profile
    for folder in extra_dirs:
        directory = Path(folder)
        if not directory.is_dir():
            raise InputError("the profiles folder does not exist", folder)
        for path in sorted(directory.glob("*.toml")):
            profile = _read(path)
            profiles[profile.name] = profile
    return tuple(profiles.values())


@lru_cache(maxsize=1)
def shipped_site_names() -> tuple[str, ...]:
    """Every name the shipped profiles give their sites ([recognise] site_names): the one list of
    essay-site names, read also when profiles are off (a " - Bartleby" after a title is decoration
    whichever path reads the page)."""
    names: set[str] = set()
    for _, table in _shipped_tables():
        names.update(table.get("recognise", {}).get("site_names", []))
    return tuple(sorted(names, key=lambda name: (-len(name), name)))


def host_of(url: str | None) -> str | None:
    """A page address's host, lower-cased, without "www." (None for no address or no dotted host)."""
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return None
    host = host.removeprefix("www.")
    return host if "." in host else None


def _host_matches(url: str | None, hosts: tuple[str, ...]) -> bool:
    host = host_of(url)
    return host is not None and any(host == h or host.endswith("." + h) for h in hosts)


_SIMPLE_SELECTOR = compile_regex(r"^[a-z][a-z0-9]*$|^(?:[a-z][a-z0-9]*)?(?:[.#][\w-]+)+$", re.IGNORECASE)


def page_fingerprint(root: Any) -> set[str]:
    """Every tag name, ".class" and "#id" on the page (lxml elements), in one walk: a fingerprint
    test then costs a set lookup instead of a selector search over the whole tree per profile."""
    from lxml import etree

    found = {element.tag for element in root.iter(etree.Element)}
    found.update("." + token for token in " ".join(_xpath("descendant-or-self::*/@class")(root)).split())
    found.update("#" + ident for ident in _xpath("descendant-or-self::*/@id")(root) if ident)
    return found


@lru_cache(maxsize=None)
def _xpath(expression: str) -> Any:
    from lxml import etree

    return etree.XPath(expression, smart_strings=False)


def _parts_present(compound: str, present: set[str]) -> bool:
    parts = re.findall(r"^[a-z][a-z0-9]*|[.#][\w-]+", compound, re.IGNORECASE)
    return all(part.lower() in present if part[0] not in ".#" else part in present for part in parts)


def could_match(selector: str, present: set[str]) -> bool:
    """False when the selector names a class, id or tag the page does not have at all."""
    compounds = re.split(r"\s*[>+~]\s*|\s+", selector.strip())
    return not all(_SIMPLE_SELECTOR.match(c) for c in compounds) or all(_parts_present(c, present) for c in compounds)


def _selector_found(selector: str, root: Any, present: set[str]) -> bool:
    if not could_match(selector, present):
        return False  # no need to search the tree
    if _SIMPLE_SELECTOR.match(selector.strip()):
        return True  # "div.custom-banner": each part present is a close enough fingerprint test
    return bool(select(root, selector))  # structure or attributes: ask the selector


@lru_cache(maxsize=8)
def _marker_tests(profiles: tuple[Profile, ...]) -> tuple[tuple[int, tuple[str, ...] | None, re.Pattern[str]], ...]:
    """(profile index, required literals, pattern) for every text marker, case-insensitive."""
    return tuple((i, required_literals(p.pattern), compile_regex(p.pattern, re.IGNORECASE | re.MULTILINE))
                 for i, profile in enumerate(profiles) for p in profile.markers)


def _marked(profiles: tuple[Profile, ...], sample: str) -> set[int]:
    """The profiles whose text markers occur in `sample`. A marker's pattern runs only where its
    required literal (one of them) is present (a substring test in C): a page holds none of most sites' phrases,
    and a regex with no literal prefix would otherwise be tried at every position."""
    filtered = prefilter_safe(sample)  # a long s or a Kelvin sign: every marker's pattern runs
    views = _LoweredViews(sample)
    found: set[int] = set()
    for index, literals, pattern in _marker_tests(profiles):
        if index in found or (filtered and literals is not None and not any(views.holds(x) for x in literals)):
            continue
        if pattern.search(sample):
            found.add(index)
    return found


class _LoweredViews:
    """A page's sample lowered for the markers' substring tests, made when first asked for. An
    ASCII literal is looked for in the UTF-8 bytes with ASCII letters lowered: in a sample without
    the letters that lower to ASCII (`prefilter_safe`), it is in those bytes where it is in the
    lowered text, and bytes.lower() costs a fraction of str.lower() over a page that holds one
    letter beyond ASCII (nearly every page)."""

    def __init__(self, sample: str) -> None:
        self.sample = sample
        self.text: str | None = None
        self.ascii: bytes | None = None

    def holds(self, literal: str) -> bool:
        if literal.isascii():
            if self.ascii is None:
                self.ascii = self.sample.encode("utf-8", "surrogatepass").lower()
            return literal.encode("ascii") in self.ascii
        if self.text is None:
            self.text = self.sample.lower()
        return literal in self.text


def recognise(profiles: tuple[Profile, ...], *, url: str | None, site_name: str | None, title: str | None,
              text: str, root: Any = None, threshold: int = RECOGNISED_AT,
              present: set[str] | None = None) -> Profile | None:
    """The profile the page itself points to most strongly, or None (the generic path).
    `present` is the page's fingerprint (page_fingerprint), when the caller already has it."""
    best, best_score = None, 0
    name = (site_name or "").casefold()
    marked = _marked(profiles, text[:200_000])
    for index, profile in enumerate(profiles):
        score = 100 if _host_matches(url, profile.hosts) else 0
        if name and name in profile.site_names:
            score += 60
        if title and any(p.search(title) for p in profile.title_suffixes):
            score += 50
        if root is not None and profile.selectors:
            present = present if present is not None else page_fingerprint(root)
            score += 20 * min(2, sum(_selector_found(s, root, present) for s in profile.selectors))
        if index in marked:
            score += 20
        if score > best_score:
            best, best_score = profile, score
    return best if best_score >= threshold else None


def describe(profile: Profile) -> str:
    parts = []
    if profile.hosts:
        parts.append("hosts " + ", ".join(profile.hosts))
    if profile.site_names:
        parts.append("site names " + ", ".join(sorted(profile.site_names)))
    if profile.title_suffixes:
        parts.append(f"{len(profile.title_suffixes)} title pattern(s)")
    if profile.selectors:
        parts.append("elements " + ", ".join(profile.selectors))
    if profile.markers:
        parts.append(f"{len(profile.markers)} text marker(s)")
    if profile.body_selectors:
        parts.append("body " + ", ".join(profile.body_selectors))
    if profile.has_template:
        lines = len(profile.template_blocks) + len(profile.template_paragraphs) + len(profile.template_tails)
        lines += len(profile.template_banners) + len(profile.template_labels) + len(profile.template_leads)
        lines += len(profile.template_boxes) + len(profile.template_title_affixes)
        parts.append(f"a learned template ({lines} rules)")
    return "; ".join(parts)
