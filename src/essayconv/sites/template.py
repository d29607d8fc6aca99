"""A site's template, learned from its own pages: what stays the same while the essay changes.

The unit is the converted block (what the finder kept and the cleaner left): a block whose text,
numbers, month and day names masked ("591 Words3 Pages" ≡ "812 Words4 Pages"), recurs on most
pages of one site, with different essays on them, is the site's, not the essay's. A recurring
block after which the page holds only the site's linked cards (related essays whose titles change
from page to page) opens the site's tail: it goes, and the linked cards after it.

Pure functions over plain values: `page_blocks` (a Document → the blocks learning reads),
`learn` (pages' blocks → SiteTemplate), `apply_template` (Document → Document and the rules that
fired). The batch (batch/learning.py) and `essayconv learn` (sites/profile.py) call them.
"""

from __future__ import annotations

import bisect
import hashlib
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterable, Mapping

from ..clean.tail import signs_off
from ..model import (
    BlockQuote,
    Document,
    Gap,
    Heading,
    Link,
    ListBlock,
    Paragraph,
    References,
    Removed,
    Text,
    block_text,
    count_words,
    paragraph,
    plain_text,
)
from ..regexes import compile_regex
from ..signals import Kind
from .learning_data import essay_headings, learning_data

KIND = Kind.SITE_TEMPLATE
"""The removal kind of everything site learning takes out."""


@dataclass(frozen=True)
class LearningThresholds:
    """Every threshold of site learning, with its reason."""

    min_group: int = 5
    """A site needs this many pages before anything is learned from it: with fewer, a line that
    recurs is as likely the same essay saved again as the site's own; and single pages (groups of
    1-4) then convert exactly as they do alone."""
    sample: int = 25
    """Pages per site learned from (the first ones, in input order). The template is on every page;
    25 show it a dozen times over with different essays, and the learning pass (these pages are
    converted twice) stays near 5% of a 2,000-page batch of four sites."""
    min_seen: int = 3
    """A block is the site's only when seen with at least this many different essays: two pages
    sharing a line may be one essay saved twice, or two essays quoting one source."""
    share: float = 0.3
    """…and with at least this share of the different essays in the sample: sites rotate a few
    wordings of one call to action or banner (three, at most, in the sites measured), each then on
    a third of the pages; an essay's own line recurs with no other essay."""
    long_words: int = 40
    """A block this long is prose; it is the site's (a standard disclaimer) only verbatim, numbers
    included, and on `long_share` of the different essays."""
    long_share: float = 0.8
    headline_words: int = 12
    """A call-to-action box's headline, over a pitch learned as the site's, is this short at most."""
    shape_words: int = 3
    """A short block's shape is its first and last this many words (masked): "Don't have time to
    write about {topic}? … draft it for you today." recurs whatever topic the site fills in."""
    shape_min_words: int = 8
    shape_max_words: int = 25
    """Shapes are read of blocks this long: a call to action or a notice, not a paragraph of prose
    (whose first and last words two essays rarely share, but a formula might). Labels are read of
    any line shorter than `long_words` ("Category: Sociology", "Editor's note: …", "To reference:
    <a citation of 28 words>", whose text changes per page) that opens with a label of a few words
    and a colon; an essay's own "Note: …" line does not recur across a third of a site's different
    essays."""
    rare_min_words: int = 3
    """A line the site prints on only a few pages (a notice or an appeal it rotates in two wordings,
    each on a sixth of its pages) is the site's when seen verbatim with `min_seen` different essays,
    whatever the share: three different essays do not share a line of their own. Only paragraphs
    and lists of at least this many words and shorter than `long_words`, never a heading or a block
    quote (essays share headings, and quote one source)."""
    lead_words: int = 3
    lead_max_words: int = 7
    """A line too short for a shape, whose first words recur while the rest changes ("Written up by
    <a name>"): its first `lead_words` words (masked) are its lead."""
    wording_words: int = 4
    """A line opening with the first this many words of a line the site repeats verbatim, or with its
    label (the words before a colon), is another wording of that box (see `_other_wordings`)."""
    tail_share: float = 0.8
    """A recurring block opens the site's tail when on this share of its pages only linked cards
    (and other template blocks) follow it."""
    title_min_words: int = 2
    """The page's own title is masked ("{title}") in its lines when it has this many words: a site's
    licence or cite line names each page's title ("“{title}” by {author} is licensed under…"); a title of
    one word is a word its essay's own lines use too."""
    author_min_letters: int = 3
    """…and each word of its author's name this long ("{author} wrote this essay as a…"): not initials."""
    label_max_words: int = 4
    """A label is this many words at most before its colon: a name or a kind of note ("Mr Treharne:",
    "Elsewhere at the time:", "For the exam, S5:"); a sentence holding a colon runs longer before it."""
    title_affix_share: float = 0.2
    title_affix_max_words: int = 4
    """A label the site sets before or after its titles ("Ski history: …", "…: a look back", "… (long read)"): a
    few words, before a colon or after one or in brackets, on `min_seen` different titles and this share of
    them at least (a site labels a series, a fifth of its pages or more); the rest of each title two words at
    least. Taken off the page's title, not the essay's words."""
    box_label_words: int = 3
    """A line this short, with no sentence end, may head a box as a heading does ("Shared" over "with
    Priya's permission, April 2018" in a facts list the page left as lines): a label, not prose."""


LEARNING_THRESHOLDS = LearningThresholds()


@dataclass(frozen=True)
class BlockView:
    """What learning reads of one converted block."""

    key: str
    """The masked text (see `mask`), or for a long block its exact text behind "=" (verbatim only)."""
    words: int
    linked: bool
    """A card: the block opens with a link (a related essay's title) or is mostly link text."""
    heading: bool
    label: str | None = None
    """For a short line that opens with a label and a colon, the label's key ("label:category"):
    the site's label lines recur while their values change per page."""
    shape: str | None = None
    """For a short block, its first and last words ("shape:don't have time…for you today."): the
    site's lines with a slot it fills per page (a topic, a name) share it."""
    lead: str | None = None
    """For a line of a few words, its first words ("lead:written up by"): a credit line whose name
    changes per page."""
    rare: bool = False
    """A paragraph or list that may be learned on a few pages (see `rare_min_words`)."""
    removed: bool = False
    """A line the page's own passes took out: counted where it is seen, never an essay's own or a card."""
    beside: bool = False
    """A `removed` line the finder left outside the essay."""
    note: bool = False
    """A `removed` line the page's own passes took as a remark on the essay (a note, a warning; see
    `_REMARKS`): the site sets its notes there, under the labels it draws (see
    `_labels_between_paragraphs`)."""
    short_items: bool = False
    """A list whose items are each a line (shorter than `shape_max_words`: a box's "three things to take
    away"): a box's heading may stand over it, however long the list."""
    opening: tuple[str, str] = ("", "")
    """For a `rare` line, its first `wording_words` words and the label before its colon, if any
    ("lead:tip from our editors"): another wording of a box the site repeats opens as that one does."""


@dataclass(frozen=True)
class SiteTemplate:
    site: str
    pages: int
    """Pages learned from."""
    essays: int
    """Different essays among them."""
    blocks: Mapping[str, int] = field(default_factory=dict)
    """Masked key → pages it was seen on."""
    tails: Mapping[str, int] = field(default_factory=dict)
    """Keys (also in `blocks`) after which only the site's linked cards follow."""
    banners: Mapping[str, int] = field(default_factory=dict)
    """Keys (also in `blocks`) that state the essay's word or page count."""
    labels: Mapping[str, int] = field(default_factory=dict)
    """Label keys ("label:category") of the site's label lines, whatever their values."""
    shapes: Mapping[str, int] = field(default_factory=dict)
    """Shape keys of the site's lines with a per-page slot, whatever fills it."""
    leads: Mapping[str, int] = field(default_factory=dict)
    """Lead keys of the site's short lines whose end changes per page."""
    boxes: Mapping[str, int] = field(default_factory=dict)
    """Headings of the site's boxes ("Library tip") whose one short line changes from page to page:
    the heading goes, and the line under it."""
    titles: tuple[str, ...] = ()
    """The titles of the pages learned from (see `title_key`): another page's title in a line is
    "{other}" to the rules, as it was when they were learned."""
    title_affixes: Mapping[str, int] = field(default_factory=dict)
    """The site's labels on its titles ("prefix:Ski history: ", "suffix: (long read)") → titles seen with."""

    def __bool__(self) -> bool:
        return bool(self.blocks or self.labels or self.shapes or self.leads or self.boxes or self.title_affixes)

    def matches(self, seen: "BlockView") -> str | None:
        """The rule that takes this block, or None."""
        if seen.key in self.blocks:
            return seen.key
        if seen.key in self.boxes and _heads_a_box(seen):
            return seen.key
        if seen.label is not None and seen.label in self.labels:
            return seen.label
        if seen.shape is not None and seen.shape in self.shapes:
            return seen.shape
        if seen.lead is not None and seen.lead in self.leads:
            return seen.lead
        return next((o for o in seen.opening if o and o in self.leads), None)


# ---------------------------------------------------------------- masking


@lru_cache(maxsize=1)
def _word_masks() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = learning_data()["mask"]

    def alternation(words: list[str]) -> re.Pattern[str]:
        ordered = sorted(set(words), key=lambda w: (-len(w), w))  # (one order every run: see rules._alternation)
        return compile_regex(r"\b(?:" + "|".join(re.escape(w) for w in ordered) + r")\b\.?")

    return alternation(data["months"]), alternation(data["days"])


_NUMBER = compile_regex(r"\d(?:[\d,.\u00a0 ]*\d)?")
_SPACE = compile_regex(r"\s+")


@dataclass(frozen=True)
class PageNames:
    """The page's own title and author, which its site's template lines fill in per page."""

    title: str = ""
    """Case-folded, white space collapsed; "" when too short to mask (see `title_min_words`)."""
    author: re.Pattern[str] | None = None
    """Any word of the author's name, case-folded."""
    others: tuple[str, ...] = ()
    """The titles of the site's other pages learned from, case-folded: "{other}" in its lines (a related
    card's "— quoted in <another essay's title>")."""


NO_NAMES = PageNames()
_NAME_WORD = compile_regex(r"[^\W\d_][\w'’-]*")
_AUTHOR_RUN = compile_regex(r"\{author\}(?: \{author\})+")


def title_key(title: str | None, tuning: LearningThresholds = LEARNING_THRESHOLDS) -> str:
    """A page's title as the template masks it: case-folded, white space collapsed; "" when too short."""
    key = _SPACE.sub(" ", title or "").strip().casefold()
    return key if len(key.split()) >= tuning.title_min_words else ""


def page_names(document: Document, tuning: LearningThresholds = LEARNING_THRESHOLDS,
               site_titles: tuple[str, ...] = ()) -> PageNames:
    title = title_key(document.title, tuning)
    words = sorted({w.casefold() for w in _NAME_WORD.findall(document.metadata.author or "")
                    if len(w) >= tuning.author_min_letters and w[0].isupper()}, key=lambda w: (-len(w), w))
    author = compile_regex(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b") if words else None
    return PageNames(title, author, tuple(t for t in site_titles if t and t != title))


def mask(text: str, names: PageNames = NO_NAMES) -> str:
    """A block's text as the template sees it: case-folded, white space collapsed, the page's own title
    "{title}" and its author's names "{author}", every number "{n}", month names "{month}", day names
    "{day}"."""
    months, days = _word_masks()
    text = _SPACE.sub(" ", text).strip().casefold()
    if names.title:
        text = text.replace(names.title, "{title}")
    if names.author is not None:
        text = _AUTHOR_RUN.sub("{author}", names.author.sub("{author}", text))
    for other in names.others:
        if other in text:
            text = text.replace(other, "{other}")
    text = _NUMBER.sub("{n}", text)
    return days.sub("{day}", months.sub("{month}", text))


def _is_essay_heading(key: str) -> bool:
    return key.replace("{n}", "").strip(" .:-").strip() in essay_headings()


_LABEL = compile_regex(r"^(?:([^\W\d_][^:：]{0,40}?)(?:\s?[:：]|\s[—–])|(#[^\W\d_][\w-]{0,30}|\[[^\W\d_][^:：\]]{0,40}?\s?[:：]))\s?\S")
"""A label and its colon, or a spaced dash ("Margin — watch the verbs here"), or a tag opening the line
("#revisit If I wrote this again…", as a notes app writes them), or a label inside brackets ("[Side
note: …]", a poster's aside set in the post): a note's label either way."""


def label_key(text: str, tuning: LearningThresholds = LEARNING_THRESHOLDS) -> str | None:
    """ "Category: Sociology" → "label:category"; None for anything but a short label line."""
    text = _SPACE.sub(" ", text).strip()
    match = _LABEL.match(text)
    label = match and (match.group(1) or match.group(2))
    if not label or len(text.split()) >= tuning.long_words or len(label.split()) > tuning.label_max_words:
        return None
    # (tags are one label, whichever the writer picked: "#idea", "#revisit", "#tutor-said"; so are labels
    # in brackets: "[Side note:", "[PS:", "[Teacher wrote here:")
    return "label:" + label[0] if label.startswith(("#", "[")) else "label:" + mask(label)


def _linked(block: object) -> bool:
    if not isinstance(block, (Paragraph, Heading, ListBlock)):
        return False
    spans = block.items[0] if isinstance(block, ListBlock) and block.items else getattr(block, "inlines", ())
    if not spans:
        return False
    first = next((s for s in spans if not (isinstance(s, Text) and not s.text.strip())), None)
    total = len(plain_text(spans)) or 1
    in_links = sum(len(plain_text(s.children)) for s in spans if isinstance(s, Link))
    return isinstance(first, Link) or in_links / total > 0.5


def view(block: object, tuning: LearningThresholds = LEARNING_THRESHOLDS, names: PageNames = NO_NAMES) -> BlockView | None:
    """The learning view of a converted block, or None for what is not text (a gap)."""
    if isinstance(block, (Gap, Removed)):
        return None
    text = block_text(block)  # type: ignore[arg-type]
    if not text.strip():
        return None
    words = len(text.split())  # the measure apply_template's fast path uses too
    key = ("=" + _SPACE.sub(" ", text).strip().casefold()) if words >= tuning.long_words else mask(text, names)
    heading = isinstance(block, Heading)
    label = None if heading or words >= tuning.long_words else label_key(text, tuning)
    lead = None  # a heading's too: learned of lines only, it takes a line the page set as a heading
    if tuning.lead_words < words <= tuning.lead_max_words:
        lead = "lead:" + " ".join(key.split()[:tuning.lead_words])
    rare = isinstance(block, (Paragraph, ListBlock)) and tuning.rare_min_words <= words < tuning.long_words
    short_items = isinstance(block, ListBlock) and all(len(plain_text(item).split()) < tuning.shape_max_words for item in block.items)
    return BlockView(key, words, _linked(block), heading, label, _shape(key, words, heading, tuning), lead, rare,
                     short_items=short_items, opening=_opening(key, tuning) if rare else ("", ""))


def _opening(key: str, tuning: LearningThresholds) -> tuple[str, str]:
    """(its first `wording_words` words, the label before its colon), each "" when it has none."""
    parts = key.split()
    first = "lead:" + " ".join(parts[:tuning.wording_words]) if len(parts) > tuning.wording_words else ""
    label = next((parts[:i + 1] for i, part in enumerate(parts[:tuning.wording_words + 1]) if part.endswith((":", "："))), [])
    return first, "lead:" + " ".join(label).rstrip(":：") if len(label) >= 2 else ""


def _heads_a_box(seen: BlockView, tuning: LearningThresholds = LEARNING_THRESHOLDS) -> bool:
    """A heading, or a label line set as a paragraph (see `box_label_words`)."""
    return seen.heading or (seen.words <= tuning.box_label_words and not seen.key.endswith((".", "!", "?")))


def _a_value(seen: BlockView, tuning: LearningThresholds) -> bool:
    """A value line under its label, a line as short as a label and no sentence ("Umpire" / "Nigel Fazackerley",
    a definition list's term over its value): the box's line, worded anew per page."""
    return not seen.heading and 0 < seen.words <= tuning.box_label_words and not seen.key.endswith((".", "!", "?"))


def _one_box(repeated: BlockView, other: BlockView) -> str | None:
    """The lead two wordings of one box share: a label one opens with and the other opens with too
    (with a colon or without), else their first words."""
    for one, two in ((repeated, other), (other, repeated)):
        label = one.opening[1]
        if label and (two.opening[1] == label or two.key.startswith(label.removeprefix("lead:") + " ")):
            return label
    return repeated.opening[0] if repeated.opening[0] and repeated.opening[0] == other.opening[0] else None


def _shape(key: str, words: int, heading: bool, tuning: LearningThresholds) -> str | None:
    if heading or not tuning.shape_min_words <= words <= tuning.shape_max_words:
        return None
    parts = key.split()
    return f"shape:{' '.join(parts[:tuning.shape_words])}…{' '.join(parts[-tuning.shape_words:])}"


_SPOKEN_IN_THE_ESSAY = frozenset((Kind.AD, Kind.DISCLAIMER, Kind.NOTE, Kind.BUTTON, Kind.SITE_PROMO, Kind.METADATA,
                                  Kind.BANNER, Kind.BYLINE, Kind.PAYWALL, Kind.AUTHOR_BIO))
"""Removals the page's own passes made between the essay's blocks: the site's lines too, counted by
learning (a disclaimer the page took on 16 pages and kept on 2 is learned from all 18), never applied."""


_REMARKS = frozenset((Kind.NOTE, Kind.DISCLAIMER))
"""Removals the page's own passes made of a remark set in the essay: a note on it, a warning about it
("later addition: don't copy this word for word")."""


def _counted(removed: Removed, tuning: LearningThresholds) -> bool:
    """A removal learning counts: a line the page's passes took between the essay's blocks, or a line
    of a few words the finder left outside the essay (a notice box beside the essay on most pages is
    the site's where it stands inside it, as on a page whose container took it in). Prose is not
    counted: a related card's excerpt of another essay is that essay's opening, not the site's."""
    words = len(removed.text.split())
    if words >= tuning.long_words:
        return False
    return removed.kind in _SPOKEN_IN_THE_ESSAY or (removed.kind == Kind.OUTSIDE_ESSAY and words >= tuning.rare_min_words)


def page_blocks(document: Document, tuning: LearningThresholds = LEARNING_THRESHOLDS) -> tuple[BlockView, ...]:
    """The views learning reads of a page: its kept blocks in order, then the lines its own passes took
    out of the essay or left outside it (marked `removed`: they count where a line is seen, nothing else)."""
    names = page_names(document, tuning)
    kept = tuple(v for v in (view(b, tuning, names) for b in document.blocks) if v is not None)
    taken = tuple(replace(v, removed=True, beside=r.kind == Kind.OUTSIDE_ESSAY, note=r.kind in _REMARKS) for r in document.removed
                  if _counted(r, tuning) and (v := view(paragraph(r.text), tuning, names)) is not None)
    return kept + taken


# ---------------------------------------------------------------- learning


def _essay_id(blocks: tuple[BlockView, ...], frequent: set[str], on_pages: Mapping[str, int]) -> str:
    """Which essay a page holds: its longest block that is not frequent across the site, among those on
    the fewest pages (two saves of one essay share it; a different essay does not; a diary post the site
    shows beside essay after essay, on a few pages, is no page's essay)."""
    own = [b for b in blocks if b.key not in frequent and not b.removed]
    if not own:
        return hashlib.sha1("\n".join(b.key for b in blocks if not b.removed).encode()).hexdigest()
    return min(own, key=lambda b: (on_pages[b.key], -b.words, b.key)).key


def learn(site: str, pages: Iterable[tuple[BlockView, ...]], counter: re.Pattern[str] | None = None,
          tuning: LearningThresholds = LEARNING_THRESHOLDS, titles: Iterable[str | None] | None = None) -> SiteTemplate:
    """The template of one site from the blocks of its sample pages (in input order), with their
    titles when known (`titles`, one per page): another page's title in a line is "{other}". Nothing is
    learned from fewer than `tuning.min_group` pages."""
    pages = list(pages)
    titles = list(titles) if titles is not None else None
    keys = [title_key(t, tuning) for t in titles] if titles is not None else [""] * len(pages)
    kept = [(p, k) for p, k in zip(pages, keys) if p]
    pages = [_with_other_titles(p, k, [t for _, t in kept], tuning) for p, k in kept]
    site_titles = tuple(sorted({t for _, t in kept if t}))
    if len(pages) < tuning.min_group:
        return SiteTemplate(site, len(pages), len(pages))
    on_pages: Counter[str] = Counter()
    for blocks in pages:
        on_pages.update({b.key for b in blocks})
    loose = max(tuning.min_seen, math.ceil(tuning.share * len(pages)))
    frequent = {k for k, n in on_pages.items() if n >= loose}
    essays = [_essay_id(blocks, frequent, on_pages) for blocks in pages]
    distinct_essays = len(set(essays))
    need = max(tuning.min_seen, math.ceil(tuning.share * distinct_essays))
    need_long = max(need, math.ceil(tuning.long_share * distinct_essays))
    headings = {b.key for blocks in pages for b in blocks if b.heading}
    with_essays: dict[str, set[str]] = defaultdict(set)
    for blocks, essay in zip(pages, essays):
        for block in blocks:
            if not (block.beside and block.key in headings):  # a related card's title is an essay's heading
                with_essays[block.key].add(essay)
    template: dict[str, int] = {}
    for blocks in pages:
        for block in blocks:
            if block.key in template or _is_essay_heading(block.key):
                continue
            wanted = need_long if block.key.startswith("=") else tuning.min_seen if block.rare else need
            if len(with_essays[block.key]) >= wanted:
                template[block.key] = on_pages[block.key]
    template.update(_box_headings(pages, essays, template, on_pages, tuning))
    labels = _varying(pages, essays, template, need, "label")
    labels |= _sibling_labels(pages, labels, tuning)
    labels |= _labels_between_paragraphs(pages, essays, labels, need, tuning)
    shapes = _varying(pages, essays, template, need, "shape")
    leads = _varying(pages, essays, template, need, "lead") | _other_wordings(pages, template) \
        | _openings(pages, essays, template, need, need_long, tuning)
    tails = _tails(pages, template, labels, tuning)
    boxes = _boxes(pages, essays, tuning)
    banners = {k: n for k, n in template.items()
               if counter is not None and not k.startswith("=") and counter.search(k.replace("{n}", "2"))}
    return SiteTemplate(site, len(pages), distinct_essays, dict(sorted(template.items())), tails, banners, labels, shapes,
                        leads, boxes, site_titles, _title_affixes([t for t in titles or () if t], tuning))


_TITLE_SUFFIX = compile_regex(r"(?::\s[^:]+|\s\([^()]+\))$")


def _affixes_of(title: str, tuning: LearningThresholds) -> set[str]:
    """The labels a title may carry: its words before its first colon, after its last colon, or in closing brackets."""
    found = set()
    head, colon, rest = title.partition(": ")
    if colon and 0 < len(head.split()) <= tuning.title_affix_max_words and len(rest.split()) >= 2:
        found.add(f"prefix:{head}: ")
    if (tail := _TITLE_SUFFIX.search(title)) and len(tail.group(0).split()) <= tuning.title_affix_max_words + 1 \
            and len(title[:tail.start()].split()) >= 2:
        found.add(f"suffix:{tail.group(0)}")
    return found


def _title_affixes(titles: list[str], tuning: LearningThresholds) -> dict[str, int]:
    """The labels on the site's titles (see `LearningThresholds.title_affix_share`)."""
    distinct = sorted(set(titles))
    seen: Counter[str] = Counter(affix for title in distinct for affix in _affixes_of(title, tuning))
    need = max(tuning.min_seen, math.ceil(tuning.title_affix_share * len(distinct)))
    return {affix: n for affix, n in sorted(seen.items()) if n >= need}


def _without_title_affix(document: Document, affixes: Mapping[str, int]) -> tuple[Document, str | None]:
    """The page's title without the site's label on it, and the label taken."""
    title = document.title or ""
    for affix in affixes:
        kind, _, text = affix.partition(":")
        if kind == "prefix" and title.startswith(text) and len(title) > len(text):
            return replace(document, title=title[len(text):].strip()), affix
        if kind == "suffix" and title.endswith(text) and len(title) > len(text):
            return replace(document, title=title[:-len(text)].strip()), affix
    return document, None


def _with_other_titles(blocks: tuple[BlockView, ...], own: str, titles: list[str],
                       tuning: LearningThresholds) -> tuple[BlockView, ...]:
    """A page's views with the other pages' titles masked "{other}" (as `mask` masks them when applying)."""
    others = [mask(t) for t in dict.fromkeys(titles) if t and t != own]
    if not others:
        return blocks
    out = []
    for block in blocks:
        key = block.key
        if not key.startswith("="):
            for other in others:
                key = key.replace(other, "{other}")
        if key == block.key:
            out.append(block)
            continue
        lead = ("lead:" + " ".join(key.split()[:tuning.lead_words])) if block.lead is not None else None
        out.append(replace(block, key=key, lead=lead, shape=_shape(key, block.words, block.heading, tuning),
                           opening=_opening(key, tuning) if block.rare else ("", "")))
    return tuple(out)


def _box_headings(pages: list[tuple[BlockView, ...]], essays: list[str], template: Mapping[str, int],
                  on_pages: Mapping[str, int], tuning: LearningThresholds) -> dict[str, int]:
    """A heading over the site's box ("Turn a good essay into a great one" over a pitch it rotates):
    seen with `min_seen` different essays, and on every page right above a line learned as the site's."""
    over: dict[str, set[str]] = defaultdict(set)
    seen: dict[str, set[str]] = defaultdict(set)
    for blocks, essay in zip(pages, essays):
        kept = [b for b in blocks if not b.removed]
        for taken in (b for b in blocks if b.removed):  # the box the page took out, its heading with it
            over[taken.key].add(essay)
            seen[taken.key].add(essay)
        for heading, following in zip(kept, kept[1:]):
            if heading.heading and heading.key not in template and not _is_essay_heading(heading.key):
                seen[heading.key].add(essay)
                if following.key in template:
                    over[heading.key].add(essay)
    kept_headings = {b.key for blocks in pages for b in blocks if b.heading}
    return {k: on_pages[k] for k, with_essays in over.items()
            if k in kept_headings and len(with_essays) >= tuning.min_seen and with_essays == seen[k]}


def _boxes(pages: list[tuple[BlockView, ...]], essays: list[str], tuning: LearningThresholds) -> dict[str, int]:
    """Headings of the site's boxes whose line changes ("Library tip" over one of several tips, each on
    a page or two): seen with `min_seen` different essays, on every page right over one short line
    (a paragraph or list shorter than prose), and over more than one wording. An essay's own section
    heading is over its prose."""
    seen: dict[str, set[str]] = defaultdict(set)
    lines: dict[str, set[str]] = defaultdict(set)
    failed: set[str] = set()
    for blocks, essay in zip(pages, essays):
        kept = [b for b in blocks if not b.removed]
        for index, heading in enumerate(kept):
            if not _heads_a_box(heading, tuning) or _is_essay_heading(heading.key):
                continue  # (a heading learned as the site's line may head a box too: its line goes with it)
            following = kept[index + 1] if index + 1 < len(kept) else None
            if following is None or not (following.rare or following.short_items or _a_value(following, tuning)):
                failed.add(heading.key)
                continue
            seen[heading.key].add(essay)
            lines[heading.key].add(following.key)
    return {k: len(with_essays) for k, with_essays in sorted(seen.items())
            if k not in failed and len(with_essays) >= tuning.min_seen and len(lines[k]) > 1}


def _varying(pages: list[tuple[BlockView, ...]], essays: list[str], template: Mapping[str, int], need: int,
             part: str) -> dict[str, int]:
    """Lines the site prints with a part that recurs while the rest changes per page: a label line
    ("Category: Sociology" / "Category: History", `part="label"`) or a line with a slot it fills
    ("…write about {topic}? …", `part="shape"`). Learned by that part when it is seen with enough
    different essays and in more than one wording (one wording alone is a plain key)."""
    with_essays: dict[str, set[str]] = defaultdict(set)
    wordings: dict[str, set[str]] = defaultdict(set)
    on_pages: Counter[str] = Counter()
    for blocks, essay in zip(pages, essays):
        found = {getattr(b, part): b.key for b in blocks
                 if getattr(b, part) and b.key not in template and not (part == "lead" and b.heading)}
        on_pages.update(found.keys())
        for key, wording in found.items():
            with_essays[key].add(essay)
            wordings[key].add(wording)
    return {key: on_pages[key] for key in sorted(with_essays)
            if len(with_essays[key]) >= need and len(wordings[key]) > 1
            and not (part == "label" and _is_essay_heading(key.removeprefix("label:")))}


def _labels_between_paragraphs(pages: list[tuple[BlockView, ...]], essays: list[str], labels: Mapping[str, int],
                               need: int, tuning: LearningThresholds) -> dict[str, int]:
    """The site's notes set between the essay's paragraphs under a few labels it draws per page
    ("Note to self: …", "Reflection: …", "After feedback: …", each on a few pages): labels seen there
    with two different essays or more, when together they stand in as many essays as any line the
    site repeats (`need`). An essay's own "Note:" line is one label, on one or two essays. The notes
    and warnings the pages' own passes took (a label naming a note: "Author's aside:"), those learned
    word for word (one wording on three pages) and labels seen there on a third of the essays or learned
    already ("Random fact:" on seven) stand in that box too: the site's other labels are drawn beside
    them ("Since writing this:", "Correction made:", on two or three pages each). A label on nearly every
    page is a box of its own, which says nothing of an essay's own labels (a site's "Editor's note" on
    every page, an essay's "Tip:" on two)."""
    with_essays: dict[str, set[str]] = defaultdict(set)
    for blocks, essay in zip(pages, essays):
        kept = [b for b in blocks if not b.removed]
        for before, line, after in zip(kept, kept[1:], kept[2:]):
            # (after the essay's own block, a paragraph or its quotation, before the next or a heading)
            if line.label and not line.heading and not before.heading \
                    and before.label is None and before.words >= tuning.rare_min_words:
                with_essays[line.label].add(essay)
        for line in blocks:
            if line.note and line.label:
                with_essays[line.label].add(essay)
    # (the labels to learn: drawn per page, each on too few essays to learn alone)
    drawn = {label: seen for label, seen in with_essays.items() if label not in labels and 2 <= len(seen) < need}
    # (the box's evidence: those, and the labels seen there on more essays or learned already — not on
    # nearly every page)
    often = tuning.long_share * len(set(essays))
    box = {label: seen for label, seen in with_essays.items()
           if (label in drawn or label in labels or len(seen) >= need) and len(seen) < often}
    pooled = set().union(*box.values()) if box else set()
    return {label: len(seen) for label, seen in sorted(drawn.items())} if drawn and len(box) >= 2 and len(pooled) >= need else {}


_LABEL_VALUE = compile_regex(r"^(?:\[?[^:：]{1,41}?(?:\s?[:：]|\s[—–])|#[^\W\d_][\w-]{0,30})\s?(\S.*)$")


def _sibling_labels(pages: list[tuple[BlockView, ...]], labels: Mapping[str, int],
                    tuning: LearningThresholds) -> dict[str, int]:
    """Other labels of a learned label's notes: a label line whose text after its label is a text the site
    also prints under a learned one ("Coach's note — the source arrives with a name…" where "Margin — the
    source arrives with a name…" is learned): one box of notes, its label drawn per page."""
    def value(block: BlockView) -> str | None:
        match = _LABEL_VALUE.match(block.key)
        return match.group(1) if match and len(match.group(1).split()) >= tuning.rare_min_words else None

    values = {v for blocks in pages for b in blocks if b.label in labels and (v := value(b))}
    found: Counter[str] = Counter()
    for blocks in pages:
        found.update({b.label for b in blocks if b.label and b.label not in labels and value(b) in values})
    return dict(sorted(found.items()))


def _other_wordings(pages: list[tuple[BlockView, ...]], template: Mapping[str, int]) -> dict[str, int]:
    """Leads of the site's boxes seen in another wording: a line learned verbatim (a tip on a third
    of the pages) and, on another page, a line opening as it does: with its label ("Tip from our
    editors: read your conclusion aloud…" / "Tip from our editors: open each paragraph…", "Trellis
    Workshops: a six-week course" / "Trellis Workshops now meet online…") or with its first
    `wording_words` words. The box the site rotates, its rarer wording too rare to learn alone. Learned
    only from a line the site repeats verbatim: essays sharing an opening ("In this essay, …") teach
    nothing."""
    repeated = {block.key: block for blocks in pages for block in blocks if block.rare and block.key in template}
    found: Counter[str] = Counter()
    for blocks in pages:
        for block in blocks:
            if block.rare and block.key not in template:
                shared = next(((lead, key) for key, line in repeated.items() if (lead := _one_box(line, block))), None)
                if shared:
                    found[shared[0]] += 1 + template[shared[1]]  # this page, and those of the box it rewords
    return dict(sorted(found.items()))


def _openings(pages: list[tuple[BlockView, ...]], essays: list[str], template: Mapping[str, int], need: int,
              need_long: int, tuning: LearningThresholds) -> dict[str, int]:
    """The site's greeting or box worded anew for each essay ("Good morning, and welcome to issue 44 of
    <the newsletter>. This week's essay is by <a writer>…", "Quoting from this essay? Acknowledge it
    as: <its citation>"): a line shorter than prose whose first `wording_words` words recur, in a
    different wording on each page, with `long_share` of the different essays — or with as many as
    any line the site repeats (`share`) when those words end on a question or a label's colon, the
    site's formula. Essays share openings ("In this essay, I…"), never on nearly every page of a site.
    The site's line after the essay's close (its last paragraph of prose) is its formula too ("Released to
    the network by <a school>, <a month>."): an essay's own lines stand before its close."""
    with_essays: dict[str, set[str]] = defaultdict(set)
    after_the_close: dict[str, set[str]] = defaultdict(set)
    wordings: dict[str, set[str]] = defaultdict(set)
    for blocks, essay in zip(pages, essays):
        close = max((i for i, b in enumerate(blocks) if not b.removed and b.words >= tuning.long_words), default=len(blocks))
        for position, block in enumerate(blocks):
            first = block.opening[0]
            # (a line the page's own passes took as the site's, a wall's line, counts as seen: not a remark)
            if first and block.key not in template and not (block.removed and not block.beside and (block.note or block.words < tuning.rare_min_words)):
                with_essays[first].add(essay)
                wordings[first].add(block.key)
                if position > close and not block.note:
                    after_the_close[first].add(essay)
    return {first: len(seen) for first, seen in sorted(with_essays.items())
            if len(seen) >= (need if first.endswith(("?", ":", "：")) or len(after_the_close[first]) >= need else need_long)
            and len(wordings[first]) >= tuning.min_seen}


def _tails(pages: list[tuple[BlockView, ...]], template: Mapping[str, int], labels: Mapping[str, int],
           tuning: LearningThresholds) -> dict[str, int]:
    """Template blocks after which, on most of their pages, linked cards follow (other template blocks
    aside): a run of the site's cards, which lasts while they do ("Compare with:" over three other
    chapters, then the contributor's note), as does the tail of related essays at the page's end."""
    good: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for blocks in pages:
        blocks = tuple(b for b in blocks if not b.removed)
        for index, block in enumerate(blocks):
            if block.key not in template:
                continue
            seen[block.key] += 1
            # (a linked card the site shows on every page, learned by its shape — "(TXT) {date} {other}" — is a card all the same)
            following = next((b for b in blocks[index + 1:] if b.linked or b.key not in template and b.label not in labels), None)
            if following is not None and following.linked:  # a run of cards: it lasts while they do
                good[block.key] += 1
    return {k: template[k] for k, n in sorted(good.items()) if n >= tuning.tail_share * seen[k]}


def profile_template(profile: object) -> SiteTemplate:
    """The template a site profile carries ([template], as `essayconv learn` writes it). The
    counts are not kept in a profile: each rule fires with 0 as its page count."""
    blocks = {mask(k): 0 for k in getattr(profile, "template_blocks", ())}
    blocks.update({"=" + _SPACE.sub(" ", k).strip().casefold(): 0 for k in getattr(profile, "template_paragraphs", ())})
    tails = {mask(k): 0 for k in getattr(profile, "template_tails", ())}
    banners = {mask(k): 0 for k in getattr(profile, "template_banners", ())}
    labels = {"label:" + mask(k.rstrip(":： ")): 0 for k in getattr(profile, "template_labels", ())}
    leads = {"lead:" + mask(k): 0 for k in getattr(profile, "template_leads", ())}
    boxes = {mask(k): 0 for k in getattr(profile, "template_boxes", ())}
    affixes = {affix: 0 for affix in getattr(profile, "template_title_affixes", ())}  # (checked when the profile was read)
    return SiteTemplate(getattr(profile, "name", ""), 0, 0, {**blocks, **tails, **banners}, tails, banners, labels,
                        leads=leads, boxes=boxes, title_affixes=affixes)


# ---------------------------------------------------------------- applying


def _count(number: str, pages: bool = False) -> int:
    """"1,046" → 1046; a page count "2.5" → 2 (whole pages, as the banners state them)."""
    if pages:
        number = re.split(r"[.,]\d$", number)[0]
    return int(re.sub(r"\D", "", number) or 0)


@dataclass(frozen=True)
class Applied:
    document: Document
    fired: tuple[tuple[str, int], ...]
    """(rule, pages it was seen on) of the blocks removed, in page order, each rule once."""


def _headline_of(block: object, tuning: LearningThresholds) -> bool:
    """A short line asking or calling out ("Short on time for your design paper?"): a box's headline."""
    if isinstance(block, (Gap, ListBlock)):
        return False
    text = block_text(block).strip()  # type: ignore[arg-type]
    return 0 < len(text.split()) <= tuning.headline_words and text.endswith(("?", "!"))


def _record_line(block: object, tuning: LearningThresholds) -> bool:
    """A short line that ends no sentence and leads into nothing ("Writer Leila N.", "Shared 1 May")."""
    text = block_text(block).strip()  # type: ignore[arg-type]
    return not isinstance(block, (Gap, ListBlock)) and 0 < len(text.split()) <= tuning.headline_words \
        and not text.endswith((":", "?", "!")) and not (text.endswith(".") and not _INITIAL_END.search(text))


_INITIAL_END = compile_regex(r"\b[A-Z]\.$")
"""A name's initial closing the line ("Leila N."): no sentence's end."""


_DRAWN_BY_THE_LINE_ABOVE = frozenset(("unmarked-cut",))
"""Gaps the cleaner infers between two paragraphs from one that stops without a stop ("#note-to-self Link
this to my notes"): no gap once that line is the site's. (A "truncated" end may be a wall's: it stays.)"""


def _in_page_order(earlier: tuple[Removed, ...], learned: list[Removed]) -> tuple[Removed, ...]:
    """The page's removals and the template's, merged in page order: a removal `at` n stood before the
    page's block n; a learned one was block n itself, so it follows those. Then every `at` counts the
    blocks still kept."""
    taken = sorted(r.at for r in learned)
    merged = sorted([(r.at, 0, i, r) for i, r in enumerate(earlier)] + [(r.at, 1, i, r) for i, r in enumerate(learned)],
                    key=lambda entry: entry[:3])
    return tuple(replace(r, at=r.at - bisect.bisect_left(taken, r.at)) for *_, r in merged)


def apply_template(document: Document, template: SiteTemplate | None, counter: re.Pattern[str] | None = None,
                   tuning: LearningThresholds = LEARNING_THRESHOLDS, complete_ratio: float = 0.0,
                   rest: re.Pattern[str] | None = None) -> Applied:
    """The document without the site's template blocks (recorded as removals of kind
    "site-template", after the page's own removals) and the rules that fired, its title without the
    site's label on it. A banner among them gives the claims the page did not otherwise state."""
    if not template:
        return Applied(document, ())
    document, affix = _without_title_affix(document, template.title_affixes)
    applied = _apply_blocks(document, template, counter, tuning, complete_ratio, rest)
    return replace(applied, fired=applied.fired + ((f"title {affix}", template.title_affixes[affix]),)) if affix else applied


def _apply_blocks(document: Document, template: SiteTemplate, counter: re.Pattern[str] | None, tuning: LearningThresholds,
                  complete_ratio: float, rest: re.Pattern[str] | None) -> Applied:
    kept, taken, fired = [], [], []
    taken_at: list[tuple[int, int]] = []  # (position among the page's blocks, pages seen on) per taken block
    kept_at: list[int] = []
    in_tail = None
    in_box = None  # a box heading was just taken: its one short line goes with it
    verbatim = any(k.startswith("=") for k in template.blocks)
    names = page_names(document, tuning, template.titles)
    set_aside_before = {r.at for r in document.removed}
    for position, block in enumerate(document.blocks):
        if in_tail is not None and isinstance(block, Gap):
            continue  # a card's own "…" cut: it goes with the card
        if isinstance(block, Gap) and block.reason in _DRAWN_BY_THE_LINE_ABOVE and taken_at and taken_at[-1][0] == position - 1:
            continue  # the site's line taken above had no stop: the cut was read from it, not from the essay
        if in_tail is None and not verbatim and len(block_text(block).split()) >= tuning.long_words \
                and not (in_box is not None and isinstance(block, ListBlock)):  # (a box's list of lines: see below)
            kept.append(block)  # prose: only a verbatim template paragraph could match it
            kept_at.append(position)
            in_box = None
            continue
        seen = view(block, tuning, names)
        rule = template.matches(seen) if seen else None
        box, in_box = in_box, None
        # (where the page's own cleaning already set the box's line aside, only a short line of a record
        # goes with the box — "Writer Leila N." — never the essay's lead-in to its list)
        if box is not None and rule is None and seen is not None and (seen.rare or seen.short_items or _a_value(seen, tuning)) \
                and (position not in set_aside_before or _record_line(block, tuning)):
            taken.append(block)
            fired.append((f"under: {box}", template.boxes[box]))
            taken_at.append((position, template.boxes[box]))
            continue
        if in_tail is not None and seen is not None and (seen.linked or rule or _a_cards_excerpt(block, tuning)):
            taken.append(block)
            fired.append((f"after: {in_tail}", template.blocks[in_tail]))
            taken_at.append((position, template.blocks[in_tail]))
            continue
        in_tail = None
        if rule is not None:
            count = template.blocks.get(rule) or template.labels.get(rule) or template.shapes.get(rule) \
                or template.leads.get(rule) or template.boxes.get(rule, 0)
            if kept and kept_at and kept_at[-1] == position - 1 and (
                    _headline_of(kept[-1], tuning) or ("{other}" in rule and isinstance(kept[-1], BlockQuote))):
                # (or a card's quotation over its line naming another page's essay: "— quoted in {other}")
                # the box's headline, its topic filled in per page ("Need another pair of eyes on your
                # fitness essay?"), over the pitch the site repeats: it goes with the pitch
                taken.append(kept.pop())
                taken_at.append((kept_at.pop(), count))
            taken.append(block)
            fired.append((rule, count))
            taken_at.append((position, count))
            if rule in template.tails:
                in_tail = rule
            elif rule in template.boxes and _heads_a_box(seen, tuning):  # (a tail's cards are not its box's line)
                in_box = rule
            continue
        kept.append(block)
        kept_at.append(position)
    signed = None  # the writer's sign-off, last once the site's lines under it are gone ("73 de Dave, M0DPX")
    if taken and len(kept) >= 2 and signs_off(kept[-1], kept[-2], [r.text for r in document.removed if r.kind == Kind.BYLINE],
                                              tuning.long_words):
        signed = Removed(Kind.BYLINE, _SPACE.sub(" ", block_text(kept.pop())).strip(), at=kept_at.pop())
    references, site_entries = _site_entries(document.references, template, tuning, names)
    for entry, key in site_entries:
        taken.append(entry)
        fired.append((key, template.blocks[key]))
        taken_at.append((len(document.blocks), template.blocks[key]))
    if not taken:
        return Applied(document, ())
    meta = document.metadata
    claimed_words, claimed_pages = meta.claimed_words, meta.claimed_pages
    if counter is not None:
        for block in taken:
            if seen := view(block, tuning, names):
                # (a count of what the site left out is no count of the essay: "the rest, 231 words long, is printed …")
                if seen.key in template.banners and not (rest is not None and rest.search(block_text(block))):
                    for match in counter.finditer(block_text(block)):
                        if match.group("w") and claimed_words is None:
                            claimed_words = _count(match.group("n"))
                        elif match.group("p") and claimed_pages is None:
                            claimed_pages = _count(match.group("n"), pages=True)
    removed = _in_page_order(document.removed, [Removed(KIND, _SPACE.sub(" ", block_text(b)).strip(), at=at, pages=count)
                                                for b, (at, count) in zip(taken, taken_at)] + ([signed] if signed else []))
    words = count_words(" ".join(block_text(b) for b in kept))
    if references:
        words += count_words(" ".join(plain_text(e) for e in references.entries))
    short = claimed_words is not None and words < complete_ratio * claimed_words
    has_gap = any(isinstance(b, Gap) for b in kept)
    metadata = replace(meta, words=words, claimed_words=claimed_words, claimed_pages=claimed_pages,
                       complete=not has_gap and not short)
    return Applied(replace(document, blocks=tuple(kept), references=references, removed=removed, metadata=metadata),
                   tuple(dict.fromkeys(fired)))


_QUOTED = compile_regex(r"^[“\"«„‘]")


def _a_cards_excerpt(block: object, tuning: LearningThresholds) -> bool:
    """A line quoted from another page's essay under its card's linked title, in the site's tail of cards
    ("(TXT) 2021-01-06 Robes Buttoned at the Back" / "“Nothing in the archive is louder than …”"): a short
    quotation, set as one or opening on its quotation mark."""
    shown = block_text(block).strip()  # type: ignore[arg-type]
    return len(shown.split()) < tuning.long_words and (isinstance(block, BlockQuote) or _QUOTED.match(shown) is not None)


def _site_entries(references: References | None, template: SiteTemplate, tuning: LearningThresholds,
                  names: PageNames) -> tuple[References | None, list[tuple[Paragraph, str]]]:
    """The reference list without the site's own lines the page read as entries (the integrity line
    after the Works Cited), and those lines with their keys. Only a line learned word for word from
    other pages' blocks: no other rule reads a citation."""
    if references is None:
        return None, []
    found = [(line, seen.key) for entry in references.entries
             if (seen := view(line := paragraph(plain_text(entry)), tuning, names)) is not None and seen.key in template.blocks]
    if not found:
        return references, []
    entries = tuple(e for e in references.entries if paragraph(plain_text(e)) not in {line for line, _ in found})
    return (replace(references, entries=entries) if entries else None), found


__all__ = ["KIND", "LEARNING_THRESHOLDS", "Applied", "BlockView", "SiteTemplate", "LearningThresholds", "apply_template", "label_key", "learn",
           "mask", "page_blocks", "page_names", "PageNames", "title_key", "profile_template", "view"]
