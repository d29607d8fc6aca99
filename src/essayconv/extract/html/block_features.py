"""The features the learned block votes read (extract/html/blocks_model.py): per text block of the
chosen container, and per element beside it. Shallow, as boilerpipe's and dragnet's are: length,
link density, punctuation, stop words, position, tag and tag path, class/id word families, the
neighbours, and likeness to the essay's core. Each is a float; the order is the models' (FEATURES,
SEGMENT_FEATURES), checked against the model file when it loads."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from ...languages import frequent_words, function_words
from ...model import clean_whitespace
from ...regexes import compile_regex
from ...rules import Rules
from ..dom import Element, child_tags, has_text, text
from ..prose import word_runs
from .container import TextStats
from .prune import name_tokens, name_words
from .tags import BLOCK_TAGS, REMOVED_TAG

_WORD = compile_regex(r"\w+")
_CONTENT_WORD = compile_regex(r"[^\W\d_]{4,}")
_SENTENCE_END = compile_regex(r"[.!?。！？।॥؟۔](?:[\"'”’)\]]*)(?:\s|$)")
_MID_PUNCT = compile_regex(r"[,;:，、]")
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_CELLS = frozenset(("td", "th", "dt", "dd"))
_FURNITURE_TAGS = frozenset(("header", "footer", "aside", "nav", "figure", "figcaption", "address"))
_LEAF_SKIP = frozenset(("html", "body"))
PROSE_WORDS = 25
"""A block of this many words with few links is prose: it anchors the essay's core and its edges."""

# Class/id word families that name page furniture or content (matched as prefixes of the words of
# the class and id names of the block and its ancestors up to the container). These are features
# the model weighs, not rules: a family's weight comes from the training pages.
TOKEN_FAMILIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("comment", ("comment", "reply", "respond", "discuss", "disqus")),
    ("share", ("share", "social", "sharing", "facebook", "twitter", "whatsapp", "pinterest", "linkedin")),
    ("related", ("related", "recommend", "popular", "more", "also", "next", "prev", "trending", "read")),
    ("author", ("author", "bio", "byline", "avatar", "profile", "writer", "contributor")),
    ("tags", ("tag", "categor", "topic", "label", "keyword", "taxonom")),
    ("meta", ("meta", "date", "time", "posted", "publish", "updated", "info", "detail", "stamp")),
    ("signup", ("newsletter", "subscri", "signup", "sign", "optin", "email", "cta", "join", "register")),
    ("crumb", ("breadcrumb", "crumb", "path")),
    ("nav", ("nav", "menu", "pagination", "pager", "paging", "toc")),
    ("footer", ("footer", "foot", "bottom", "copyright", "legal")),
    ("sidebar", ("sidebar", "widget", "aside", "rail", "column", "sticky")),
    ("ad", ("ad", "ads", "advert", "sponsor", "promo", "banner", "affiliate", "partner")),
    ("caption", ("caption", "credit", "figure", "image", "img", "photo", "media", "gallery", "video")),
    ("content", ("content", "entry", "article", "post", "body", "text", "story", "main", "prose", "rich")),
)

FEATURES: tuple[str, ...] = (
    "log_words", "link_density", "sentence_ends", "mid_punct", "stopword_ratio", "digit_ratio",
    "capitalised_ratio", "mean_word_chars", "ends_colon",
    "rel_index", "words_before", "words_after", "prose_before", "prose_after",
    "tag_heading", "tag_li", "tag_cell", "tag_p", "tag_other",
    "in_list", "in_table", "in_furniture_tag", "in_link_box", "log_depth",
    "chrome_token", "content_token",
    *(f"tok_{name}" for name, _ in TOKEN_FAMILIES),
    "core_similarity",
    "prev_log_words", "prev_link_density", "next_log_words", "next_link_density",
)


@dataclass(frozen=True, eq=False)
class BlockView:
    """One text block of the container: the element, its text and its features (in FEATURES order)."""

    tag: Element
    text: str
    words: int
    features: tuple[float, ...]


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    return frozenset(w for words in frequent_words().values() for w in words) | function_words()


# ---------------------------------------------------------------- blocks and their features

def text_blocks(root: Element) -> list[Element]:
    """The container's leaf blocks that hold text (block elements with no block inside), in page
    order; what the chrome pass already set aside (a marker) is not a block, and holds none."""
    blocks: list[Element] = []
    holders: set[Element] = set()
    for node in root.iterdescendants(*BLOCK_TAGS, REMOVED_TAG):
        if node.tag != REMOVED_TAG and node.tag not in _LEAF_SKIP:
            blocks.append(node)
        parent = node.getparent()
        while parent is not None and parent is not root and parent not in holders:
            holders.add(parent)
            parent = parent.getparent()
    return [b for b in blocks if b not in holders and has_text(b)]


def _families(words: set[str]) -> tuple[float, ...]:
    return tuple(float(any(w.startswith(prefixes) for w in words)) for _, prefixes in TOKEN_FAMILIES)


def _path_facts(tag: Element, root: Element, rules: Rules, stats: TextStats) -> tuple[float, ...]:
    """What the block's own tag path up to the container says: lists, tables, furniture tags, a box
    that is mostly links, the depth, and the class/id words on the way."""
    in_list = in_table = in_furniture = in_link_box = 0.0
    depth = 0
    values: list[str] = list(name_tokens(tag))
    node = tag.getparent()
    while node is not None and node is not root:
        depth += 1
        in_list = in_list or float(node.tag in ("ul", "ol", "dl"))
        in_table = in_table or float(node.tag == "table")
        in_furniture = in_furniture or float(node.tag in _FURNITURE_TAGS)
        if stats.length(node) and stats.link_density(node) > 0.5:
            in_link_box = 1.0
        values.extend(name_tokens(node))
        node = node.getparent()
    words = name_words(values)
    chrome = float(bool((words | set(values)) & rules.chrome_tokens))
    content = float(bool(words & rules.content_tokens))
    return (in_list, in_table, in_furniture, in_link_box, math.log1p(depth), chrome, content, *_families(words))


def _text_facts(text: str) -> tuple[float, ...]:
    tokens = _WORD.findall(text)
    n = max(len(tokens), 1)
    lowered = [t.lower() for t in tokens]
    stop = _stop_words()
    letters = sum(c.isalpha() for c in text) or 1
    return (
        math.log1p(len(tokens)),
        min(len(_SENTENCE_END.findall(text)) / n * 10, 3.0),
        min(len(_MID_PUNCT.findall(text)) / n * 10, 3.0),
        sum(t in stop for t in lowered) / n,
        sum(c.isdigit() for c in text) / (letters + sum(c.isdigit() for c in text)),
        sum(t[:1].isupper() for t in tokens) / n,
        min(sum(map(len, tokens)) / n, 15.0) / 10,
        float(text.rstrip().endswith(":")),
    )


def _content_words(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    stop = _stop_words()  # (asked once, not once per word)
    for w in _CONTENT_WORD.findall(text.casefold()):
        if w not in stop:
            counts[w] = counts.get(w, 0) + 1
    return counts


def block_views(root: Element, rules: Rules, stats: TextStats) -> list[BlockView]:
    """Every text block of the container with its features."""
    tags = text_blocks(root)
    texts = [clean_whitespace(text(t, " ")).strip() for t in tags]
    text_facts = [_text_facts(text) for text in texts]
    words = [word_runs(text) for text in texts]
    density = [stats.link_density(t) for t in tags]
    prose = [w >= PROSE_WORDS and d < 0.3 for w, d in zip(words, density)]
    # the essay's core vocabulary: the content words of its prose blocks (a block is compared with
    # the others, never with itself)
    own = [_content_words(text) if p else {} for text, p in zip(texts, prose)]
    core: dict[str, int] = {}
    for counts in own:
        for w, c in counts.items():
            core[w] = core.get(w, 0) + c
    total = sum(words) or 1
    n = len(tags)
    views: list[BlockView] = []
    before_words = 0
    prose_before = 0
    prose_total = sum(prose)
    for i, tag in enumerate(tags):
        mine = _content_words(texts[i])
        others = {w for w in mine if core.get(w, 0) - own[i].get(w, 0) > 0}
        similarity = len(others) / len(mine) if mine else 0.0
        prev_i, next_i = i - 1, i + 1
        features = (
            text_facts[i][0], density[i], *text_facts[i][1:],
            i / (n - 1) if n > 1 else 0.0, before_words / total, (total - before_words - words[i]) / total,
            math.log1p(prose_before), math.log1p(prose_total - prose_before - prose[i]),
            float(tag.tag in _HEADINGS), float(tag.tag == "li"), float(tag.tag in _CELLS), float(tag.tag == "p"),
            float(tag.tag not in _HEADINGS and tag.tag not in _CELLS and tag.tag not in ("li", "p")),
            *_path_facts(tag, root, rules, stats),
            similarity,
            text_facts[prev_i][0] if prev_i >= 0 else 0.0, density[prev_i] if prev_i >= 0 else 0.0,
            text_facts[next_i][0] if next_i < n else 0.0, density[next_i] if next_i < n else 0.0,
        )
        views.append(BlockView(tag, texts[i], words[i], tuple(float(f) for f in features)))
        before_words += words[i]
        prose_before += prose[i]
    return views


# ---------------------------------------------------------------- beside the container

SEGMENT_FEATURES: tuple[str, ...] = (
    "log_words", "words_vs_root", "link_density", "sentence_ends", "mid_punct", "stopword_ratio", "digit_ratio",
    "capitalised_ratio", "mean_word_chars", "ends_colon",
    "level", "after", "adjacent", "log_prose_blocks", "log_headings", "log_linked_headings", "log_list_items",
    "tag_p", "tag_heading", "tag_list", "tag_table", "furniture_tag", "has_form",
    "chrome_token", "content_token", *(f"tok_{name}" for name, _ in TOKEN_FAMILIES),
    "core_similarity",
)
EXTEND_LEVELS = 3
"""How far up the container's siblings are weighed for training: as far as the rules' own widening
looks (the vote itself may look less far: `block_model_extend_levels`)."""


@dataclass(frozen=True, eq=False)
class SegmentView:
    """An element beside the chosen container (a sibling of it or of one of its first ancestors)."""

    tag: Element
    level: int
    text: str
    words: int
    features: tuple[float, ...]


def _segment_features(tag: Element, shown: str, level: int, after: bool, adjacent: bool, root_words: int,
                      core: dict[str, int], rules: Rules, stats: TextStats) -> tuple[float, ...]:
    words = word_runs(shown)
    text_facts = _text_facts(shown)
    blocks = text_blocks(tag) or [tag]  # a lone paragraph beside the container is its own block
    prose = sum(1 for b in blocks if word_runs(stats.reading.text(b)) >= PROSE_WORDS and stats.link_density(b) < 0.3)
    headings = list(tag.iterdescendants(*_HEADINGS))
    if tag.tag in _HEADINGS:
        headings.append(tag)
    linked = sum(1 for h in headings
                 if next(h.iterdescendants("a"), None) is not None or next(h.iterancestors("a"), None) is not None)
    items = sum(1 for _ in tag.iterdescendants("li"))
    values = list(name_tokens(tag))
    for d in tag.iterdescendants(*BLOCK_TAGS):
        values.extend(name_tokens(d))
        if len(values) > 60:
            break
    names = name_words(values)
    mine = _content_words(shown)
    similarity = sum(1 for w in mine if core.get(w)) / len(mine) if mine else 0.0
    return (
        text_facts[0], math.log1p(words / max(root_words, 1)), stats.link_density(tag), *text_facts[1:],
        float(level), float(after), float(adjacent), math.log1p(prose), math.log1p(len(headings)), math.log1p(linked),
        math.log1p(items),
        float(tag.tag == "p"), float(tag.tag in _HEADINGS), float(tag.tag in ("ul", "ol", "dl")),
        float(tag.tag == "table"), float(tag.tag in _FURNITURE_TAGS), float(next(tag.iterdescendants("form"), None) is not None),
        float(bool((names | set(values)) & rules.chrome_tokens)), float(bool(names & rules.content_tokens)),
        *_families(names), similarity,
    )


def segment_views(root: Element, rules: Rules, stats: TextStats, levels: int = EXTEND_LEVELS) -> list[SegmentView]:
    """The elements beside the container, up to `levels` ancestors, with their features; what the
    chrome pass set aside is not weighed again."""
    root_text = clean_whitespace(stats.reading.text(root))
    root_words = word_runs(root_text)
    core = _content_words(root_text)
    views: list[SegmentView] = []
    node = root
    for level in range(levels):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        children = child_tags(parent)
        at = next(i for i, c in enumerate(children) if c is node)
        for i, child in enumerate(children):
            if child is node or child.tag == REMOVED_TAG:
                continue
            shown = stats.reading.line(child)
            if not shown:
                continue
            between = children[min(i, at) + 1: max(i, at)]
            adjacent = not any(c.tag != REMOVED_TAG and stats.reading.has_text(c) for c in between)
            features = _segment_features(child, shown, level, i > at, adjacent, root_words, core, rules, stats)
            views.append(SegmentView(child, level, shown, word_runs(shown), features))
        node = parent
    return views
