"""Site learning in a batch (`--learn-sites`, issue 13): two short passes before the conversion.

1. **Sites**: every page's site from its bytes (sites/group.py), in a worker; the parent assigns
   sites as results stream back in task order and keeps, per site, a count and the keys of its
   first `sample` pages — never the pages themselves, so memory stays flat however many there are.
2. **Sample**: the sampled pages of every site with at least `min_group` pages are converted in a
   worker and sent back as their blocks' learning views; the parent learns each site's template.

The conversion pass then finds each page's site again (a worker reads the bytes anyway) and
removes its site's template (sites/template.py). Both passes run on the batch's engine (process
pool or Dask) like the conversion itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Callable, Iterator, Mapping

from ..model import Document
from ..regexes import compile_regex
from ..sites.group import KEPT_SIGNATURES, Grouper, PageSite, SiteIndex, page_site
from ..sites.template import (
    LEARNING_THRESHOLDS,
    Applied,
    BlockView,
    LearningThresholds,
    SiteTemplate,
    apply_template,
    learn,
    page_blocks,
)
from .plan import Plan, Task
from .report import Record

_TITLE = compile_regex(rb"<title[^>]*>(.{0,400}?)</title>", re.I | re.S)
_SITE_NAME = compile_regex(rb"""<meta[^>]{0,200}?og:site_name[^>]{0,200}?content\s*=\s*["']([^"']{1,120})""", re.I)


@dataclass(frozen=True)
class Learning:
    """What workers need of site learning (part of the batch Settings)."""

    tuning: LearningThresholds = LEARNING_THRESHOLDS
    sample: Mapping[str, str] = field(default_factory=dict)
    """The sample pass: record key → site, for the pages learned from."""
    index: SiteIndex = SiteIndex()
    templates: Mapping[str, SiteTemplate] = field(default_factory=dict)


@dataclass(frozen=True)
class SiteSummary:
    site: str
    pages: int
    template: SiteTemplate

    def to_json(self) -> dict:
        t = self.template
        return {"site": self.site, "pages": self.pages, "sample": t.pages, "essays": t.essays,
                "learned": [{"rule": rule, "pages": n} for rule, n in t.blocks.items()],
                "labels": [{"rule": rule, "pages": n} for rule, n in t.labels.items()],
                "tails": list(t.tails), "banners": list(t.banners)}


def _decoded(data: bytes | None) -> str | None:
    return data.decode("utf-8", "replace").strip() if data else None


def _profile_named(data: bytes, url: str | None, options) -> str | None:  # noqa: ANN001 - Options
    """The profile a page points to, judged from its bytes without parsing (host, og:site_name,
    <title>, text markers): the site of a page with no URL that a profile knows."""
    if not options.site_profiles:
        return None
    from ..profiles import load_profiles, recognise

    profiles = load_profiles(tuple(options.profile_dirs))
    head = data[:1 << 16]
    title, name = _TITLE.search(head), _SITE_NAME.search(head)
    profile = recognise(profiles, url=url, site_name=_decoded(name.group(1) if name else None),
                        title=_decoded(title.group(1) if title else None), text=data[:200_000].decode("utf-8", "replace"))
    return profile.name if profile else None


def page_site_of(data: bytes, url: str | None, options) -> PageSite:  # noqa: ANN001
    return page_site(data, url, lambda: _profile_named(data, url, options))


def _key(item) -> str:  # noqa: ANN001 - work.Item
    from ..sources.page import display_name

    return Record(display_name(item.source), display_name(item.member) if item.member is not None else None, "").key


def _pages(task: Task, settings, stop) -> Iterator:  # noqa: ANN001
    from .work import ITEM_READERS

    for item in ITEM_READERS[task.kind](task, settings.options.max_input_bytes):
        if stop is not None and stop.is_set():
            return
        if item.problem is None and item.data is not None:
            yield item


def sites_task(task: Task, settings, stop=None) -> tuple[int, list[tuple[str, PageSite]]]:  # noqa: ANN001
    """Pass 1, in a worker: each page's key and what it says about its site. Never raises (a page
    that cannot be read is the conversion pass's to report)."""
    found: list[tuple[str, PageSite]] = []
    try:
        for item in _pages(task, settings, stop):
            found.append((_key(item), page_site_of(item.data, item.url, settings.options)))
    except Exception:  # noqa: BLE001 - an archive that breaks: its pages are not learned from
        pass
    return task.index, found


def _with_body_selector(document: Document, options) -> bool:  # noqa: ANN001
    """Whether a profile with its own body selector read the page: learning never overrides it."""
    from ..profiles import load_profiles

    if not options.site_profiles or document.metadata.site in ("generic", "text"):
        return False
    return any(p.name == document.metadata.site and p.body_selectors for p in load_profiles(tuple(options.profile_dirs)))


def sample_task(task: Task, settings, stop=None) -> tuple[int, list[tuple[str, str, tuple[BlockView, ...], str | None]]]:  # noqa: ANN001
    """Pass 2, in a worker: the learning views of the sampled pages of `task`, with their titles."""
    from ..api import load_page
    from ..sources import page_from_bytes

    learning: Learning = settings.learning
    found: list[tuple[str, str, tuple[BlockView, ...], str | None]] = []
    try:
        for item in _pages(task, settings, stop):
            key = _key(item)
            site = learning.sample.get(key)
            if site is None:
                continue
            try:
                document = load_page(page_from_bytes(item.data, item.source, charset=item.charset, url=item.url),
                                     settings.options)
            except Exception:  # noqa: BLE001 - no essay, or a page that fails: nothing to learn from it
                continue
            if not _with_body_selector(document, settings.options):
                found.append((key, site, page_blocks(document, learning.tuning), document.title))
    except Exception:  # noqa: BLE001
        pass
    return task.index, found


def _tasks_holding(tasks: list[Task], keys: Mapping[str, str]) -> list[Task]:
    """Tasks with a sampled page (a stream's pages are known only as it is read: kept whole)."""
    from ..sources.page import display_name

    wanted = []
    for task in tasks:
        if task.kind == "files":
            names = [Record(display_name(p), None, "").key for p in task.items]
        elif task.kind in ("zip", "warc"):
            names = [Record(display_name(task.source), m, "").key for m in task.members]
        else:
            wanted.append(task)
            continue
        if any(name in keys for name in names):
            wanted.append(task)
    return wanted


def _warm(options) -> None:  # noqa: ANN001 - Options
    """Import the conversion modules and read the rules and profiles once in the parent: the
    learning passes start a pool each, and forked workers then begin warm instead of importing
    the same modules three times over."""
    import importlib
    from pathlib import Path

    from ..profiles import load_profiles
    from ..rules import load_rules

    for module in ("essayconv.api", "essayconv.clean", "essayconv.extract.html", "essayconv.extract.text",
                   "essayconv.sources.encoding", "essayconv.write.json_writer"):
        try:
            importlib.import_module(module)
        except ImportError:  # a module moved: the workers import what they need themselves
            pass
    load_rules(tuple(Path(f) for f in options.rules_files))
    load_profiles(tuple(options.profile_dirs))


Runner = Callable[[list[Task], object, Callable], Iterator[tuple[int, list]]]


def learn_sites(plan: Plan, settings, run: Runner, tuning: LearningThresholds = LEARNING_THRESHOLDS) -> tuple[Learning, list[SiteSummary]]:  # noqa: ANN001
    """The two learning passes over `plan`, on the engine `run` (tasks, settings, function)."""
    from pathlib import Path

    from ..rules import load_rules

    _warm(settings.options)
    grouper = Grouper(keep_bands=KEPT_SIGNATURES)
    sample: dict[str, str] = {}
    for _, found in run(plan.tasks, settings, sites_task):
        for key, page in found:
            site = grouper.add(page)
            if site is not None and grouper.counts[site] <= tuning.sample:
                sample[key] = site
    big = {site for site, n in grouper.counts.items() if n >= tuning.min_group}
    sample = {key: site for key, site in sample.items() if site in big}
    views: dict[str, list[tuple[BlockView, ...]]] = {site: [] for site in big}
    titles: dict[str, list[str | None]] = {site: [] for site in big}
    if sample:
        probe = replace(settings, learning=Learning(tuning, sample))
        order: dict[str, int] = {key: n for n, key in enumerate(sample)}
        got: list[tuple[int, str, tuple[BlockView, ...], str | None]] = []
        for _, found in run(_tasks_holding(plan.tasks, sample), probe, sample_task):
            got.extend((order[key], site, blocks, title) for key, site, blocks, title in found)
        for _, site, blocks, title in sorted(got, key=lambda g: g[0]):
            views[site].append(blocks)
            titles[site].append(title)
    counter = load_rules(tuple(Path(f) for f in settings.options.rules_files)).counter.number_unit
    templates = {site: learn(site, views[site], counter, tuning, titles[site]) for site in sorted(big, key=grouper.order.get)}
    learned = {site: t for site, t in templates.items() if t}
    summaries = [SiteSummary(site, grouper.counts[site], t) for site, t in templates.items()]
    return Learning(tuning, {}, grouper.index(learned), learned), summaries


def apply_learned(document: Document, data: bytes, url: str | None, settings) -> Applied:  # noqa: ANN001
    """The conversion pass: the page's site's template removed from its document."""
    learning: Learning | None = settings.learning
    if learning is None or not learning.templates or _with_body_selector(document, settings.options):
        return Applied(document, ())
    site = learning.index.site_of(page_site_of(data, url, settings.options))
    template = learning.templates.get(site) if site else None
    if template is None:
        return Applied(document, ())
    from pathlib import Path

    from ..rules import load_rules

    counting = load_rules(tuple(Path(f) for f in settings.options.rules_files)).counter
    return apply_template(document, template, counting.number_unit, learning.tuning, settings.options.complete_ratio,
                          rest=counting.rest_phrase)
