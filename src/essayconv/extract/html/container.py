"""Choosing the container: score elements by the prose they hold (text, commas, link density,
class hints, the title's position) as readability does, widen to siblings that continue the
essay, and tighten a fragment to the page's prose core."""

from __future__ import annotations

import re
from collections import defaultdict

from bs4 import Comment, NavigableString, Tag

from ...model import clean_whitespace
from ...rules import Rules
from ...tuning import Tuning
from ..prose import prose_core, prose_mass
from .facts import is_site_name_heading
from .prune import name_tokens, name_words
from .tags import BLOCK_TAGS, child_strings, tags_under


class TextStats:
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
        for block in tags_under(root, BLOCK_TAGS):
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
    return clean_whitespace(" ".join(s for s in child_strings(tag))).strip()


def _inline_strings(tag: Tag) -> list[str]:
    """The strings under `tag` that are not inside a nested block element."""
    out: list[str] = []
    stack = list(reversed(list(tag.children)))
    while stack:
        node = stack.pop()
        if isinstance(node, NavigableString):
            if not isinstance(node, Comment):
                out.append(str(node))
        elif isinstance(node, Tag) and node.name not in BLOCK_TAGS:
            stack.extend(reversed(list(node.children)))
    return out

_PROSE_TAGS = frozenset(("p", "pre", "td", "blockquote", "div", "section", "article", "li", "dd"))


def _title_anchored(body: Tag, tuning: Tuning) -> set[int]:
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
        if node is None or node is body or (node is not heading and len(node.get_text(" ")) > tuning.header_group_chars):
            break
        following = node.find_next_sibling()
        if isinstance(following, Tag):
            anchored.add(id(following))
        node = node.parent if isinstance(node.parent, Tag) else None
    return anchored


def best_container(body: Tag, rules: Rules, stats: TextStats, class_weights: bool = True) -> Tag:
    tuning = rules.tuning
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
    anchored = _title_anchored(body, tuning)
    best, best_score = body, 0.0
    for key, score in scores.items():
        tag = tags[key]
        if class_weights and name_words(name_tokens(tag)) & rules.content_tokens:
            score += tuning.content_name_bonus
        if tag.name in ("article", "main"):
            score += 15
        if key in anchored:
            score += tuning.title_anchor_bonus
        score *= 1 - stats.link_density(tag)
        if score > best_score:
            best, best_score = tag, score
    # Essays split across sibling containers (visible part, teaser marker, hidden part; an article
    # built of one section element per step) share an ancestor: widen to it when a sibling holds a
    # comparable share of the prose, looking through wrappers that add no text of their own.
    widened = best
    for _ in range(tuning.widen_levels):
        node, parent = widened, widened.parent
        while isinstance(parent, Tag) and parent is not body and \
                stats.length(node) >= tuning.same_container_share * stats.length(parent):
            node, parent = parent, parent.parent
        if not isinstance(parent, Tag) or parent is body or parent.name in ("body", "html", "[document]"):
            break
        siblings = [s for s in parent.find_all(True, recursive=False) if s is not node]
        if not any(_continues_essay(s, _inner_score(s, scores), best_score, rules, stats, widened) for s in siblings) \
                and not _sections_continue(node, siblings, scores, best_score, stats, widened):
            break
        widened = parent
    return _to_prose_core(widened, body, tuning)


def _inner_score(sibling: Tag, scores: dict[int, float]) -> float:
    """The weight of a sibling's prose: the best score among it and the boxes inside it (a page
    builder wraps each part of the essay in a row, a column and a block; only the innermost boxes
    scored, the row that is the sibling did not)."""
    best = scores.get(id(sibling), 0.0)
    for tag in sibling.descendants:
        if isinstance(tag, Tag):
            best = max(best, scores.get(id(tag), 0.0))
    return best


def _to_prose_core(chosen: Tag, body: Tag, tuning: Tuning) -> Tag:
    """The scores reward containers whose own paragraphs carry the text; an article built of one
    box per paragraph spreads its score thin and a fragment wins. When the chosen container lies
    inside the page's prose core and holds only a small part of its prose, the core is the article."""
    mass = prose_mass(body, tuning)
    core = prose_core(body, mass, tuning)
    if core is body or chosen is core or any(a is chosen for a in core.parents):
        return chosen
    if mass.of(chosen) < tuning.core_fragment_share * mass.of(core):
        # a fragment of the core, or a box beside it that holds little of its prose (a facts list
        # right under the title, which the title's bonus lifted over a short essay)
        return core
    if not any(a is core for a in chosen.parents):
        return chosen
    # a table or a quote inside the article outweighs any one of its paragraphs: when the rest of
    # the core's prose lies in loose paragraphs beside it (no other box holds a real share), the
    # core is the article
    branch = next(a for a in (chosen, *chosen.parents) if a.parent is core)
    others = [c for c in core.children if isinstance(c, Tag) and c is not branch]
    loose = all(mass.of(c) < tuning.core_other_box_share * mass.of(core) for c in others)
    return core if loose and mass.of(chosen) < tuning.core_loose_share * mass.of(core) else chosen


_HEADING_TAGS = re.compile(r"^h[1-6]$")
_SECTION_HEADINGS = re.compile(r"^h[2-6]$")  # the title's <h1> is not a section of the essay


def _continues_essay(sibling: Tag, score: float, best_score: float, rules: Rules, stats: TextStats,
                     best: Tag) -> bool:
    """A sibling is more of the essay (not a list of other essays, not a sidebar) when it is the
    site's teaser marker, or prose of comparable weight with almost no links, no linked headings,
    and not a stack of headed boxes beside an essay that has no headings of its own."""
    text = clean_whitespace(sibling.get_text(" ")).strip()
    if len(text) < 200 and rules.teaser_combined.search(text):
        return True
    return score >= best_score * 0.3 and _prose_like(sibling, stats, best)


def _prose_like(sibling: Tag, stats: TextStats, best: Tag) -> bool:
    """Almost no links, no linked headings, not a stack of headed boxes beside an essay with none."""
    if stats.link_density(sibling) >= 0.1:
        return False
    headings = sibling.find_all(_HEADING_TAGS)
    if len(headings) >= 2 and best.find(_SECTION_HEADINGS) is None:
        return False
    return not any(h.find("a") or h.find_parent("a") for h in headings)


def _sections_continue(node: Tag, siblings: list[Tag], scores: dict[int, float], best_score: float,
                       stats: TextStats, best: Tag) -> bool:
    """An article cut into one element per section (`<section><h2>…</h2><p>…</p></section>` after
    another): the other sections together weigh as much as one part of the essay would, though
    none does alone."""
    same = [s for s in siblings if s.name == node.name and _prose_like(s, stats, best)]
    return len(same) >= 2 and sum(_inner_score(s, scores) for s in same) >= best_score * 0.3
