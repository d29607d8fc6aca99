"""Choosing the container: score elements by the prose they hold (text, commas, link density,
class hints, the title's position) as readability does, widen to siblings that continue the
essay, and tighten a fragment to the page's prose core."""

from __future__ import annotations

from collections import defaultdict

from lxml import etree

from ...model import clean_whitespace
from ...rules import Rules
from ...tuning import Tuning
from ..dom import Element, child_tags, next_tag, strings_outside, text, text_length
from ..prose import ProseMass, prose_core, prose_mass, unordered_pieces
from ..reading import Reading
from .facts import is_site_name_heading
from .frames import made_alike, opened_in_earlier_boxes, paragraphs_of_prose, post_of_a_thread, with_its_pages
from .invisible import TYPED
from .prune import name_tokens, name_words
from .tags import BLOCK_TAGS, HEADING_TAGS, REMOVED_TAG, SECTION_HEADINGS, child_strings


class TextStats:
    """Text and linked-text length of every element under a root (keyed by the element), from one
    pass over its strings and one over its elements, children before parents: scoring asks for
    many overlapping subtrees, which would otherwise be re-read."""

    def __init__(self, root: Element, found: list[tuple[str, Element]] | None = None, reading: Reading | None = None) -> None:
        """`found`: `unordered_pieces(root)` when the caller read them for another tally of the same tree;
        `reading`: the page's (reading.py), told of every change the finder makes after this."""
        self.reading = reading if reading is not None else Reading()
        own: dict[Element, int] = defaultdict(int)
        for string, holder in unordered_pieces(root) if found is None else found:  # (lengths add up: order is no matter)
            length = len(string.strip())
            if length:
                own[holder] += length
        elements = list(root.iter(etree.Element))
        in_link: dict[Element, bool] = {root: root.tag == "a"}
        parents: dict[Element, Element] = {}
        for element in elements[1:]:
            parent = element.getparent()
            parents[element] = parent
            in_link[element] = element.tag == "a" or in_link[parent]
        self.total: dict[Element, int] = {}
        self.linked: dict[Element, int] = {}
        # elements holding a block element: an inline wrapper (<font>, <span>) around paragraphs
        # and quotes is walked into, not flattened into one run of text
        self.holds_block: set[Element] = set()
        total, linked, holds = self.total, self.linked, self.holds_block
        for element in reversed(elements):  # every element after all of its descendants
            length = total.get(element, 0) + own.get(element, 0)
            if length:
                total[element] = length
                if in_link[element]:
                    linked[element] = length
            parent = parents.get(element)
            if parent is None:
                continue
            if length:
                total[parent] = total.get(parent, 0) + length
                if not in_link[parent] and element in linked:
                    linked[parent] = linked.get(parent, 0) + linked[element]
            if element.tag in BLOCK_TAGS or element in holds:
                holds.add(parent)
        self.card_links = sum(1 for element in holds if element.tag == "a")
        """Links around blocks (a heading and a paragraph): cards for other pages."""

    def length(self, tag: Element) -> int:
        return self.total.get(tag, 0)

    def is_card(self, link: Element, min_excerpt: int) -> bool:
        """A link around a heading and an excerpt of another page of at least `min_excerpt`
        characters (a linked heading alone, or over a button, is a menu entry)."""
        headings = list(link.iterdescendants(*HEADING_TAGS))
        return bool(headings) and self.length(link) - sum(self.length(h) for h in headings) >= min_excerpt

    def link_density(self, tag: Element) -> float:
        total = self.total.get(tag, 0)
        return min(1.0, self.linked.get(tag, 0) / total) if total else 0.0


def _own_text(tag: Element, reading: Reading) -> str:
    """Text of a prose element: a <p>, a div's direct text (pages that skip <p>), or a layout
    cell's text outside its nested blocks (old pages set the essay in <font> with <br>s)."""
    if tag.tag == "td":
        return clean_whitespace(" ".join(_inline_strings(tag))).strip()
    if tag.tag in ("p", "pre", "blockquote", "li", "dd"):
        return reading.line(tag)
    return clean_whitespace(" ".join(s for s in child_strings(tag))).strip()


def _inline_strings(tag: Element) -> list[str]:
    """The strings under `tag` that are not inside a nested block element."""
    return list(strings_outside(tag, lambda node: node.tag in BLOCK_TAGS))

_PROSE_TAGS = frozenset(("p", "pre", "td", "blockquote", "div", "section", "article", "li", "dd", "tt"))
"""Where prose is set: paragraphs and boxes, and a mail archive's `<tt>` of hard-wrapped lines (eGroups, a list's web
archive: the message in typewriter type, `<br>` at every line end)."""


def _title_anchored(body: Element, tuning: Tuning) -> set[Element]:
    """Containers tied to the page's <h1>: those holding it, and the block right after it (or
    after the header group holding it). The essay hangs from its title; a sidebar of excerpts
    with more words than a short essay does not."""
    heading = next((h for h in body.iterdescendants("h1") if not is_site_name_heading(h)), None)
    if heading is None:
        return set()
    # only the tightest container, and only when its own paragraphs are most of its text: a
    # wrapper around the essay's block and a sidebar holds the <h1> too
    parent = heading.getparent()
    anchored = set()
    if parent is not None and parent is not body:
        own = sum(text_length(p, " ") for p in child_tags(parent, ("p", "blockquote")))
        if own >= 0.5 * text_length(parent, " "):
            anchored.add(parent)
    node: Element | None = heading
    for _ in range(3):  # the h1, its header group, that group's wrapper — while they hold no prose
        if node is None or node is body or (node is not heading and text_length(node, " ") > tuning.header_group_chars):
            break
        following = next_tag(node)
        if following is not None:
            anchored.add(following)
        node = node.getparent()
    return anchored


def best_container(body: Element, rules: Rules, stats: TextStats, class_weights: bool = True,
                   mass: ProseMass | None = None) -> Element:
    tuning = rules.tuning
    scores: dict[Element, float] = defaultdict(float)
    for tag in body.iterdescendants(*_PROSE_TAGS):
        own = _own_text(tag, stats.reading)
        if len(own) < 25:
            continue
        score = 1 + own.count(",") + own.count("，") + min(len(own) / 100, 3)
        parent = tag.getparent()
        ancestors = [parent, parent.getparent() if parent is not None else None]
        if tag.tag in ("div", "section", "article", "td", "tt"):
            ancestors = [tag, parent]  # a box, or a layout cell of <font>/<br> text: it is the container
        for depth, ancestor in enumerate(ancestors):
            if ancestor is not None:
                scores[ancestor] += score / (1 + depth)
    if not scores:
        return body
    anchored = _title_anchored(body, tuning)
    best, best_score = body, 0.0
    for tag, score in scores.items():
        if class_weights and name_words(name_tokens(tag)) & rules.content_tokens:
            score += tuning.content_name_bonus
        if tag.tag in ("article", "main"):
            score += 15
        if tag in anchored:
            score += tuning.title_anchor_bonus
        score *= 1 - stats.link_density(tag)
        if score > best_score:
            best, best_score = tag, score
    # Essays split across sibling containers (visible part, teaser marker, hidden part; an article
    # built of one section element per step) share an ancestor: widen to it when a sibling holds a
    # comparable share of the prose, looking through wrappers that add no text of their own.
    widened = best
    # (a box made like its own beside it is weighed against its prose alone, not against the bonuses its
    # name, its tag or the title above it earned: a page builder's next text widget is the essay going on)
    weight = scores.get(best, best_score) * (1 - stats.link_density(best))
    mass = mass or prose_mass(body, tuning)  # the pruned page's prose, measured once per attempt by the ladder
    for _ in range(tuning.widen_levels):
        node, parent = widened, widened.getparent()
        while parent is not None and parent is not body and \
                stats.length(node) >= tuning.same_container_share * stats.length(parent):
            node, parent = parent, parent.getparent()
        if parent is None or parent is body or parent.tag in ("body", "html"):
            break
        siblings = [s for s in child_tags(parent) if s is not node]
        # (the make of a sibling looked at only where it decides: weighed light against the bonuses, heavy without)
        if not any(_continues_essay(s, score, weight if best_score * _SIBLING_SHARE > score >= weight * _SIBLING_SHARE
                                    and made_alike(s, node, tuning) and paragraphs_of_prose(s, stats.length, tuning) else best_score, rules, stats, widened)
                   for s in siblings for score in (_inner_score(s, scores),)) \
                and not _sections_continue(node, siblings, scores, best_score, stats, widened) \
                and not opened_in_earlier_boxes(node, mass, tuning, lambda box: _prose_like(box, stats, widened),
                                                rules.continuation_parts):
            break
        widened = parent
    chosen = _gather_nested_sections(_to_prose_core(widened, body, mass, rules), body, mass, stats, tuning)
    return with_its_pages(chosen, body, mass, rules, lambda frame: _prose_like(frame, stats, chosen))


def typed_answer(body: Element, mass: ProseMass, tuning: Tuning) -> Element | None:
    """The prose typed into a text box (invisible.TYPED) when it holds `typed_answer_share` of the
    page's prose: the page shows it as the writer's own text (an essay answering a quiz's question),
    so it is the essay whatever the scores; the question above it and the marker's feedback under
    it are the platform's. None when the page holds no such box."""
    for block in body.iterfind(f".//div[@{TYPED}]"):
        if mass.total and mass.of(block) >= tuning.typed_answer_share * mass.total:
            return block
    return None


def _inner_score(sibling: Element, scores: dict[Element, float]) -> float:
    """The weight of a sibling's prose: the best score among it and the boxes inside it (a page
    builder wraps each part of the essay in a row, a column and a block; only the innermost boxes
    scored, the row that is the sibling did not)."""
    best = scores.get(sibling, 0.0)
    for tag in sibling.iterdescendants(etree.Element):
        best = max(best, scores.get(tag, 0.0))
    return best


def _gather_nested_sections(chosen: Element, body: Element, mass: ProseMass, stats: TextStats, tuning: Tuning) -> Element:
    """An article whose sections nest (each heading's `<section>` holds its paragraphs, then the next
    section): the container chosen is the innermost run of sections, and the essay's opening and
    first sections sit beside its ancestors, a level each, none weighing much alone. Up from the
    container while everything beside the way is prose (few links, no linked headings) or holds
    none, the highest ancestor at which that prose reaches `nested_rest_share` of the container's
    is the article. A sidebar or a list of cards beside the way (`nested_stop_share` of the
    container's prose) stops the walk, and so does the page's `<article>`: above it are the page's
    other sections (a newsletter's sign-up, a hero)."""
    article = next(chosen.iterancestors("article"), None)
    if article is None:
        return chosen  # the walk stays inside the page's <article>: above it are the page's other sections
    target = node = chosen
    rest = 0
    for _ in range(tuning.nested_levels):
        if node is article:
            break
        parent = node.getparent()
        for sibling in child_tags(parent):
            if sibling is node or not mass.of(sibling):
                continue
            if not _prose_like(sibling, stats, chosen):
                if mass.of(sibling) >= tuning.nested_stop_share * mass.of(chosen):
                    return target
                continue  # a box of a few sentences (a tip with its links) neither stops nor counts
            rest += mass.of(sibling)
        node = parent
        if rest >= tuning.nested_rest_share * mass.of(chosen):
            target = parent
    return target


def top_level_run(chosen: Element, body: Element, stats: TextStats, mass: ProseMass, tuning: Tuning) -> list[Element] | None:
    """A page builder's page (Mobirise, Carrd): every block its own `<section>` at the page's top level,
    the essay's paragraphs and headings each in one, a writer's card or a numbers strip between them.
    When the container's top-level section holds under `top_run_share` of the page's prose while the
    sections around it, prose like it (or holding none), make up the essay: the top-level elements
    outside that run, to be set aside; the body is then read. None for any other page."""
    top = chosen
    while top.getparent() is not None and top.getparent() is not body:
        top = top.getparent()
    if top is body or top.getparent() is not body or mass.of(top) >= tuning.top_run_share * mass.total:
        return None
    children = child_tags(body)
    at = next(i for i, c in enumerate(children) if c is top)

    own_words = set(text(top, " ").casefold().split())

    def part(child: Element) -> bool:  # a part of the essay: prose like the container's, not a copy of it
        if not mass.of(child) or not _prose_like(child, stats, chosen):
            return False
        words = set(text(child, " ").casefold().split())  # (a mobile layout repeats the desktop one)
        return len(words & own_words) < tuning.top_run_copy_share * max(1, min(len(words), len(own_words)))

    def between(child: Element) -> bool:  # holds no prose to speak of (a heading's section, a card)
        return child.tag != REMOVED_TAG and mass.of(child) < tuning.nested_stop_share * mass.total

    first = last = at
    for step in (-1, 1):
        index = at + step
        while 0 <= index < len(children) and (part(children[index]) or between(children[index])):
            if part(children[index]):
                first, last = min(first, index), max(last, index)
            index += step
    run = children[first:last + 1]
    parts = [c for c in run if part(c)]
    if len(parts) < tuning.top_run_min_parts or sum(mass.of(c) for c in parts) < tuning.top_run_share * mass.total:
        return None
    return [c for i, c in enumerate(children) if (i < first or i > last) and c.tag != REMOVED_TAG]


def _to_prose_core(chosen: Element, body: Element, mass: ProseMass, rules: Rules) -> Element:
    """The scores reward containers whose own paragraphs carry the text; an article built of one
    box per paragraph spreads its score thin and a fragment wins. When the chosen container lies
    inside the page's prose core and holds only a small part of its prose, the core is the article."""
    tuning = rules.tuning
    core = prose_core(body, mass, tuning)
    if core is body or chosen is core or any(a is chosen for a in core.iterancestors()):
        return chosen
    if (post := post_of_a_thread(chosen, core, mass, rules)) is not None \
            and mass.of(post) >= tuning.thread_post_share * mass.of(core):
        # the core is a forum's thread, the replies under an essay posted for them: the post is the essay
        return chosen if mass.of(chosen) >= tuning.core_fragment_share * mass.of(post) else post
    if mass.of(chosen) < tuning.core_fragment_share * mass.of(core):
        # a fragment of the core, or a box beside it that holds little of its prose (a facts list
        # right under the title, which the title's bonus lifted over a short essay)
        return core
    if not any(a is core for a in chosen.iterancestors()):
        return chosen
    # a table or a quote inside the article outweighs any one of its paragraphs: when the rest of
    # the core's prose lies in loose paragraphs beside it (no other box holds a real share), the
    # core is the article
    branch = next(a for a in (chosen, *chosen.iterancestors()) if a.getparent() is core)
    others = [c for c in child_tags(core) if c is not branch]
    loose = all(mass.of(c) < tuning.core_other_box_share * mass.of(core) for c in others)
    return core if loose and mass.of(chosen) < tuning.core_loose_share * mass.of(core) else chosen




def _continues_essay(sibling: Element, score: float, best_score: float, rules: Rules, stats: TextStats,
                     best: Element) -> bool:
    """A sibling is more of the essay (not a list of other essays, not a sidebar) when it is the
    site's teaser marker, or prose of comparable weight with almost no links, no linked headings,
    and not a stack of headed boxes beside an essay that has no headings of its own."""
    shown = clean_whitespace(text(sibling, " ")).strip()
    if len(shown) < 200 and rules.teaser_combined.search(shown):
        return True
    return score >= best_score * _SIBLING_SHARE and _prose_like(sibling, stats, best)


_SIBLING_SHARE = 0.3
"""A sibling weighing this share of the chosen box's prose at least may be more of the essay."""


def _prose_like(sibling: Element, stats: TextStats, best: Element) -> bool:
    """Almost no links, no linked headings (unless the essay's own are), not a stack of headed boxes
    beside an essay with none."""
    if stats.link_density(sibling) >= 0.1:
        return False
    headings = list(sibling.iterdescendants(*HEADING_TAGS))
    if len(headings) >= 2 and next(best.iterdescendants(*SECTION_HEADINGS), None) is None:
        return False
    if _linked_headings(best):
        return True  # the essay links its own headings (the products it reviews): its sections do too
    return not _linked_headings(sibling, headings)


def _linked_headings(element: Element, headings: list[Element] | None = None) -> bool:
    """A heading under `element` is a link or holds one (a card's title)."""
    if headings is None:
        headings = list(element.iterdescendants(*HEADING_TAGS))
    return any(next(h.iterdescendants("a"), None) is not None or next(h.iterancestors("a"), None) is not None
               for h in headings)


def _sections_continue(node: Element, siblings: list[Element], scores: dict[Element, float], best_score: float,
                       stats: TextStats, best: Element) -> bool:
    """An article cut into one element per section (`<section><h2>…</h2><p>…</p></section>` after
    another): the other sections together weigh as much as one part of the essay would, though
    none does alone."""
    same = [s for s in siblings if s.tag == node.tag and _prose_like(s, stats, best)]
    return len(same) >= 2 and sum(_inner_score(s, scores) for s in same) >= best_score * 0.3
