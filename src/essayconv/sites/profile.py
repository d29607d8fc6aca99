"""`essayconv learn PAGE... -o site.toml`: what a site's pages teach, written as a site profile in
the shipped TOML format, commented for the person who reviews it, and usable with `--profiles DIR`
for single pages later.

Recognition is the pages' host when they state one, else two class names every page carries and
one of the site's own lines as a text marker; the title and body selectors are kept only when one
selector holds the title (the essay) on every page and converting the pages with it gives the same
essay; clutter selectors are elements that hold nothing but the site's template; the template
itself (blocks, verbatim paragraphs, tails, banners) goes in [template].
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterable

from ..errors import InputError
from ..model import Document, Paragraph, block_text
from ..options import Options
from .group import layout_tokens, page_site
from .template import LEARNING_THRESHOLDS, LearningThresholds, SiteTemplate, apply_template, learn, mask, page_blocks

GENERIC_NAMES = frozenset({"container", "wrapper", "wrap", "row", "col", "content", "main", "page", "site", "inner",
                           "clearfix", "body", "header", "footer", "nav", "menu", "active", "left", "right", "top",
                           "bottom", "title", "text", "entry", "post", "article", "section", "block", "box"})
"""Class names too common across sites to recognise one by."""
RECOGNISING_SELECTORS = 2
"""Two element fingerprints score 40 points, what a profile needs to recognise a page (profiles.py)."""


@dataclass(frozen=True)
class LearnedPage:
    path: str
    data: bytes
    document: Document


@dataclass(frozen=True)
class Learned:
    name: str
    pages: int
    template: SiteTemplate
    hosts: tuple[str, ...]
    selectors: tuple[str, ...]
    markers: tuple[str, ...]
    title: tuple[str, ...]
    body: tuple[str, ...]
    body_note: str
    clutter: tuple[str, ...]


def read_pages(paths: Iterable[str], options: Options) -> tuple[list[LearnedPage], list[str]]:
    """The pages that hold an essay, and one warning line per page that does not or cannot be read."""
    from ..api import load_page
    from ..errors import EssayconvError
    from ..sources import read_page

    pages, warnings = [], []
    for path in paths:
        try:
            page = read_page(path, max_bytes=options.max_input_bytes)
            pages.append(LearnedPage(path, page.data, load_page(page, options)))
        except EssayconvError as error:
            warnings.append(f"{path}: {error.reason}; not learned from")
    return pages, warnings


def _soup(data: bytes) -> Any:
    from bs4 import BeautifulSoup

    return BeautifulSoup(data, "lxml")


def _selector(element: Any) -> str | None:
    if element.get("id") and not re.search(r"\d", str(element["id"])):
        return f"#{element['id']}"
    classes = [c for c in element.get("class") or () if not re.search(r"\d", c)]
    return f"{element.name}.{classes[0]}" if classes else None


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _title_selectors(pages: list[LearnedPage], soups: list[Any]) -> tuple[str, ...]:
    found: Counter[str] = Counter()
    for page, soup in zip(pages, soups):
        title = _norm(page.document.title or "")
        for element in soup.find_all(["h1", "h2"]):
            if title and _norm(element.get_text(" ")) == title:
                found[_selector(element) or element.name] += 1
                break
    best = found.most_common(1)
    return (best[0][0],) if best and best[0][1] == len(pages) else ()


def _body_selectors(pages: list[LearnedPage], soups: list[Any], template: SiteTemplate) -> tuple[str, ...]:
    """The tightest named element holding the essay's first and last paragraphs, when it is the
    same on every page."""
    found: Counter[str] = Counter()
    for page, soup in zip(pages, soups):
        kept = apply_template(page.document, template).document
        paragraphs = [_norm(block_text(b)) for b in kept.blocks if isinstance(b, Paragraph)]
        if not paragraphs:
            return ()
        best = None
        for element in soup.find_all(True):
            if _selector(element) is None:
                continue
            text = _norm(element.get_text(" "))
            if paragraphs[0][:200] in text and paragraphs[-1][:200] in text:
                best = element  # find_all is in document order: a later hit is deeper
        if best is None:
            return ()
        found[_selector(best) or ""] += 1
    best_selector = found.most_common(1)
    return (best_selector[0][0],) if best_selector and best_selector[0][1] == len(pages) else ()


def _clutter_selectors(soups: list[Any], template: SiteTemplate) -> tuple[str, ...]:
    """Named elements whose whole text is one of the site's template lines on every page they are on."""
    hits: Counter[str] = Counter()
    present: Counter[str] = Counter()
    for soup in soups:
        seen: set[str] = set()
        for element in soup.find_all(True):
            selector = _selector(element)
            if selector is None or selector in seen:
                continue
            seen.add(selector)
            present[selector] += 1
            if mask(element.get_text(" ")) in template.blocks:
                hits[selector] += 1
    return tuple(sorted(s for s, n in hits.items() if n == present[s] and n >= LEARNING_THRESHOLDS.min_seen))


def _recognising(pages: list[LearnedPage]) -> tuple[str, ...]:
    """Class names every page carries, the most specific first (hyphenated, long), two of them."""
    common = None
    for page in pages:
        names = {t[1:].decode("utf-8", "replace") for t in layout_tokens(page.data) if t.startswith(b".")}
        common = names if common is None else common & names
    ranked = sorted((n for n in common or () if "#" not in n and n.casefold() not in GENERIC_NAMES and re.fullmatch(r"[\w-]+", n)),
                    key=lambda n: (-("-" in n or "_" in n), -len(n), n))
    return tuple(f".{n}" for n in ranked[:RECOGNISING_SELECTORS])


def _marker(template: SiteTemplate) -> tuple[str, ...]:
    """One of the site's own lines as a text marker (numbers as any number)."""
    lines = sorted((k for k in template.blocks if not k.startswith("=") and len(k) >= 12
                    and "{title}" not in k and "{author}" not in k), key=lambda k: (-template.blocks[k], -len(k), k))
    if not lines:
        return ()
    escaped = re.sub(r"([.^$*+?{}\[\]\\|()])", r"\\\1", lines[0])
    pattern = escaped.replace(r"\{n\}", r"\d[\d,.]*").replace(r"\{month\}", r"\w+").replace(r"\{day\}", r"\w+")
    return (pattern,)


def learn_site(paths: list[str], options: Options, name: str | None, output: str,
               tuning: LearningThresholds = LEARNING_THRESHOLDS) -> tuple[Learned, list[str]]:
    """What `paths` (pages of one site) teach; `name` defaults to their host, else `output`'s stem."""
    from ..rules import load_rules

    pages, warnings = read_pages(paths, options)
    if len(pages) < tuning.min_group:
        raise InputError(f"site learning needs at least {tuning.min_group} pages of one site that hold an essay "
                         f"(got {len(pages)})", paths[0] if paths else "learn")
    counter = load_rules(tuple(Path(f) for f in options.rules_files)).counter.number_unit
    hosts = Counter(h for h in (page_site(p.data, p.document.metadata.url, None).host for p in pages) if h)
    name = name or profile_name((h for h, _ in hosts.most_common(1)), output)
    template = learn(name, [page_blocks(p.document, tuning) for p in pages], counter, tuning,
                     [p.document.title for p in pages])
    soups = [_soup(p.data) for p in pages]
    title = _title_selectors(pages, soups)
    body = _body_selectors(pages, soups, template)
    learned = Learned(name, len(pages), template, tuple(h for h, _ in hosts.most_common(3)), _recognising(pages),
                      _marker(template), title, body, "", _clutter_selectors(soups, template))
    if body:
        learned = _check_body(learned, pages, options)
    return learned, warnings


def _check_body(learned: Learned, pages: list[LearnedPage], options: Options) -> Learned:
    """Keep the title and body selectors only if converting the pages with them gives the same essay."""
    import tempfile

    from ..api import load_page
    from ..profiles import load_profiles
    from ..sources import page_from_bytes

    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "learned.toml").write_text(profile_toml(learned), "utf-8")
        trial = replace(options, profile_dirs=(*options.profile_dirs, folder))
        changed = 0
        for page in pages:
            before = apply_template(page.document, learned.template).document
            try:
                after = load_page(page_from_bytes(page.data, page.path), trial)
            except Exception:  # noqa: BLE001 - any failure is a change
                changed += 1
                continue
            if [block_text(b) for b in after.blocks] != [block_text(b) for b in before.blocks]:
                changed += 1
        load_profiles.cache_clear()  # the trial folder is gone
    if changed:
        return replace(learned, title=(), body=(), body_note=(
            f"{learned.body[0]} and {learned.title[0] if learned.title else 'no title selector'} changed the essay on "
            f"{changed} of {len(pages)} pages"))
    return learned


def _string(value: str) -> str:
    """A TOML string: literal ('…') when it can be, for regular expressions to read as written."""
    if "'" not in value and "\n" not in value and not re.search(r"[\x00-\x1f\x7f]", value):
        return f"'{value}'"
    return json.dumps(value, ensure_ascii=False)


def _list(values: Iterable[str], indent: str = "  ") -> str:
    values = list(values)
    if not values:
        return "[]"
    return "[\n" + "".join(f"{indent}{_string(v)},\n" for v in values) + "]"


def _entries(key: str, comment: str | None, entries: list[tuple[str, int]], pages: int) -> list[str]:
    """One [template] list, each entry with the count of pages it was seen on."""
    lines = [f"# {comment}"] if comment else []
    if not entries:
        return [*lines, f"{key} = []"]
    return [*lines, f"{key} = [", *(f"  {_string(text)},  # on {n} of {pages} pages" for text, n in entries), "]"]


def profile_toml(learned: Learned) -> str:
    t = learned.template
    lines = [
        f"# Learned by `essayconv learn` from {learned.pages} pages of one site ({t.essays} different essays).",
        "# Review it before use: every line below is what recurred on most pages while the essay changed.",
        f"name = {_string(learned.name)}",
        f"description = {_string('learned from ' + str(learned.pages) + ' pages by essayconv learn')}",
        "",
        "[recognise]",
    ]
    if learned.hosts:
        lines.append("# the host the pages state (canonical link, og:url, saved-from address): 100 points")
        lines.append(f"hosts = {json.dumps(list(learned.hosts))}")
    lines.append("# class names every page carries: 20 points each, two recognise a page")
    lines.append(f"selectors = {json.dumps(list(learned.selectors))}")
    if learned.markers:
        lines.append("# one of the site's own lines (20 points)")
        lines.append(f"markers = {_list(learned.markers)}")
    lines += ["", "[extract]"]
    if learned.body:
        lines.append("# one selector held the title / the essay on every page, and converting with it gave the same essay")
        lines.append(f"title = {json.dumps(list(learned.title))}")
        lines.append(f"body = {json.dumps(list(learned.body))}")
    else:
        lines.append("# no stable title/body selector" + (f" ({learned.body_note})" if learned.body_note else "")
                     + ": the generic finder reads these pages")
    lines += ["", "[clutter]", "# elements whose whole text is one of the site's lines on every page"]
    lines.append(f"selectors = {json.dumps(list(learned.clutter))}")
    lines += ["", "[template]",
              "# Whole blocks the site prints around its essays, compared case-folded with a block's whole text;",
              "# {n} is any number, {month} a month name, {day} a day name."]
    # (a line naming another page's title is learned for the batch only: a profile keeps no titles)
    blocks = [k for k in t.blocks if not k.startswith("=") and k not in t.tails and k not in t.banners and "{other}" not in k]
    paragraphs = [k for k in t.blocks if k.startswith("=")]
    lines += _entries("blocks", None, [(k, t.blocks[k]) for k in blocks], t.pages)
    lines += _entries("paragraphs", "long paragraphs the site prints verbatim on its pages (a disclaimer)",
                      [(k[1:], t.blocks[k]) for k in paragraphs], t.pages)
    lines += _entries("tails", "lines after which a page holds only the site's linked cards (related essays): they go too",
                      [(k, n) for k, n in t.tails.items() if "{other}" not in k], t.pages)
    lines += _entries("labels", "the site's label lines, whatever their value on a page (\"category: sociology\")",
                      [(k.removeprefix("label:") + ":", n) for k, n in t.labels.items()], t.pages)
    lines += _entries("banners", "the site's length banner: its word and page counts are the page's claims",
                      list(t.banners.items()), t.pages)
    lines += _entries("leads", "the first words of the site's short lines whose end changes per page (\"written up by\" a name)",
                      [(k.removeprefix("lead:"), n) for k, n in t.leads.items() if "{other}" not in k], t.pages)
    lines += _entries("boxes", "headings of the site's boxes: the one short line under such a heading goes too",
                      [(k, n) for k, n in t.boxes.items() if "{other}" not in k], t.pages)
    lines += _entries("title_affixes", "the site's labels on its titles (\"prefix:Ski history: \"): taken off a page's title",
                      list(t.title_affixes.items()), t.pages)
    return "\n".join(lines) + "\n"


def profile_name(learned_hosts: Iterable[str], output: str) -> str:
    hosts = list(learned_hosts)
    return hosts[0] if hosts else Path(output).stem
