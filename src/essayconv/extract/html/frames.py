"""An essay spread over boxes of one make, and the pages of one document laid out as frames of the same
make (a Readymag magazine's pages, a deck's slides exported as HTML), each frame holding its own boxes
named alike:
- the chrome pass spares sibling boxes of one chrome kind that together are the article cut into
  boxes (`spared_groups`), and then the boxes of the same name in the frames made like theirs
  (`in_spared_frames`): a frame holding a smaller part of the prose would otherwise lose them to
  their name ("widget");
- the container widens over the document's other pages (`with_its_pages`) and over the earlier boxes
  of its own make that open the essay (`opened_in_earlier_boxes`: a lens's modules)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ...rules import Rules
from ...tuning import Tuning
from ..dom import Element, child_tags, classes
from ..prose import ProseMass
from .tags import SECTION_HEADINGS

Name = tuple[str, tuple[str, ...]]
"""A box's make: its tag and its classes."""


def name_words(values: list[str]) -> set[str]:
    """The words of class and id names ("content-sidebar_wrap" → content, sidebar, wrap)."""
    return {w for v in values for w in re.split(r"[-_\s]+", v) if w}


def name_of(tag: Element) -> Name:
    return tag.tag, tuple(sorted(classes(tag)))


def frame_of(parent: Element) -> tuple[Name, Name | None]:
    """The make of the frame that holds a box: its parent and the parent's parent (a page's content
    box inside the page)."""
    above = parent.getparent()
    return name_of(parent), name_of(above) if above is not None else None


def in_spared_frames(candidates: Iterable[tuple[Element, Element, str]], frames: dict[tuple[Name, Name | None], set[Name]],
                     holds_prose: set[Element]) -> list[tuple[Element, Element, str]]:
    """Of the boxes set aside by name ((parent, box, kind)), those in a frame made like a frame whose
    boxes of that name were spared, when one box of that name in their own frame holds prose: all
    the frame's boxes of that name (its title and byline boxes with its paragraphs)."""
    candidates = list(candidates)
    matching = [(parent, box, kind) for parent, box, kind in candidates
                if name_of(box) in frames.get(frame_of(parent), ())]
    with_prose = {(id(parent), name_of(box)) for parent, box, _ in matching if box in holds_prose}
    return [(parent, box, kind) for parent, box, kind in matching if (id(parent), name_of(box)) in with_prose]


_BOX_TAGS = frozenset(("div", "section", "article"))


def spared_groups(children: list[Element], kinds: list[str | None], mass: ProseMass, share: float,
                  never_spared: frozenset[str]) -> set[int]:
    """Positions of sibling boxes of one chrome kind that are the article cut into boxes: two or
    more of them hold prose and together hold `share` of the page's; boxes without prose count
    only between those (the headings between the paragraphs), not before or after them."""
    spared: set[int] = set()
    for kind in {k for k in kinds if k is not None and k not in never_spared}:
        # boxes, not items: menu entries and carousel slides side by side are chrome however wordy
        members = [i for i, k in enumerate(kinds) if k == kind and children[i].tag in _BOX_TAGS]
        holding = [i for i in members if mass.of(children[i])]
        if len(holding) >= 2 and sum(mass.share(children[i]) for i in holding) >= share:
            spared.update(i for i in members if holding[0] <= i <= holding[-1])
    return spared


def with_its_pages(chosen: Element, body: Element, mass: ProseMass, rules: Rules,
                   prose_like: Callable[[Element], bool]) -> Element:
    """The container widened over the document's other pages, when it is a page frame or lies in one:
    the frames' parent. A page is a frame named as one ([html] page_frame_tokens) and made like the
    essay's (the same tag and classes: a magazine's `div.page` after `div.page`) holding prose like it
    (`prose_like`), `frame_min_share` of its weight at least, whatever the scores say (the title's bonus
    weighs on the first page only)."""
    node = chosen
    for _ in range(rules.tuning.page_frame_levels + 1):
        parent = node.getparent()
        if parent is None or parent is body or parent.tag in ("body", "html"):
            break
        if not rules.page_frame_tokens.isdisjoint(name_words(classes(node))) and any(
                name_of(sibling) == name_of(node) and mass.of(sibling) >= rules.tuning.frame_min_share * mass.of(node) > 0
                and prose_like(sibling) for sibling in child_tags(parent) if sibling is not node):
            return parent
        node = parent
    return chosen


def opened_in_earlier_boxes(node: Element, mass: ProseMass, tuning: Tuning, prose_like: Callable[[Element], bool],
                            continuation_parts: frozenset[str] = frozenset()) -> bool:
    """The essay opened in boxes made like its own before it (a lens's text modules, each a section
    under its own title: the chosen one holds its longest section): together they hold
    `earlier_boxes_share` of its prose, in `earlier_boxes_min` boxes at least. Replies and comments come after a post,
    not before it. Boxes of one make here share their tag and a class ("module intro_module", "module
    text_module"); boxes with no class are any article's sections."""
    own = set(classes(node))
    if not own:
        return False  # (boxes named by nothing but their tag, an article's <section>s, are no make of their own)
    # (each a section of the essay, a fifth of the chosen one's prose at least: a shop's tiles are not)
    earlier = [s for s in node.itersiblings(preceding=True) if s.tag == node.tag and not own.isdisjoint(classes(s))
               and mass.of(s) >= tuning.frame_min_share * mass.of(node) and prose_like(s)]
    if len(earlier) == 1 and mass.share(node) >= tuning.one_earlier_frame_share and _goes_on_from(node, earlier[0]):
        return True  # (one box before it whose sections the chosen one goes on with: a layout's first text frame)
    before = node.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    if before is not None and before.tag == node.tag and _parts_of_one_name(node, before, continuation_parts) \
            and mass.of(before) >= tuning.frame_min_share * mass.of(node) and prose_like(before):
        return True  # (the entry's body before its "continue reading" part: "serendipity_entry_body", "…_extended")
    return len(earlier) >= tuning.earlier_boxes_min and sum(mass.of(s) for s in earlier) >= tuning.earlier_boxes_share * mass.of(node) > 0


_STEM_MIN_CHARS = 6
"""A name's stem shared by two parts of one thing ("serendipity_entry_" of "…_body" and "…_extended")."""


def _parts_of_one_name(node: Element, before: Element, continuation_parts: frozenset[str]) -> bool:
    """The box's class names the continuation of the one before it: the same stem, its last part one of
    `continuation_parts` ("serendipity_entry_body" then "serendipity_entry_extended")."""
    stems = {c.rpartition(sep)[0] for c in classes(before) for sep in "_-" if sep in c}
    return any(part.casefold() in continuation_parts and len(stem) >= _STEM_MIN_CHARS and stem in stems
               for c in classes(node) for sep in "_-" if sep in c for stem, _, part in (c.rpartition(sep),))


def _goes_on_from(node: Element, before: Element) -> bool:
    """The box opens on a section's heading, and the box before it holds sections under headings of that rank:
    the text runs on from one frame into the next (a layout program's text frames around an advert)."""
    first = next(iter(child_tags(node)), None)
    return first is not None and first.tag in SECTION_HEADINGS and next(before.iter(first.tag), None) is not None


def post_of_a_thread(chosen: Element, core: Element, mass: ProseMass, rules: Rules) -> Element | None:
    """The post of a forum's thread that holds the chosen container, below the prose core (the thread);
    None when no box on the way is a post beside others, or the chosen container is not inside the core."""
    if not any(ancestor is core for ancestor in chosen.iterancestors()):
        return None
    for box in (chosen, *chosen.iterancestors()):
        parent = box.getparent()
        if box is core or parent is None:
            return None
        if posts_of_a_thread(box, [other for other in child_tags(parent) if other is not box], mass, rules):
            return box
    return None


def posts_of_a_thread(box: Element, others: list[Element], mass: ProseMass, rules: Rules) -> bool:
    """The box is one post of a forum thread and the boxes of prose beside it are its other posts: made
    alike (the same tag, a class shared: phpBB alternates "post bg1" and "post bg2"), each holding a box
    that names its writer ([html] poster_tokens). A reply is its writer's own text, not a loose part of
    the essay posted above it."""
    own = set(classes(box))
    alike = [other for other in others if mass.of(other) and other.tag == box.tag and not own.isdisjoint(classes(other))]
    return bool(alike) and all(_names_its_poster(post, rules.poster_tokens) for post in (box, *alike))


def _names_its_poster(post: Element, tokens: frozenset[str]) -> bool:
    return any(not tokens.isdisjoint(name_words([*classes(element), element.get("id") or ""]))
               for element in post.iterdescendants() if isinstance(element.tag, str))


def made_alike(box: Element, other: Element, tuning: Tuning) -> bool:
    """Two boxes of one make: the same tag and most of their classes in common (a page builder's text widgets,
    "elementor-widget elementor-widget-text-editor" and their own ids). Utility classes ("w-full", "flex")
    any two boxes of a page may share make no make."""
    own, theirs = set(classes(box)), set(classes(other))
    shared = len(own & theirs)
    return box.tag == other.tag and shared >= tuning.made_alike_min_classes and shared >= tuning.made_alike_share * len(own | theirs)


def paragraphs_of_prose(box: Element, length: Callable[[Element], int], tuning: Tuning) -> bool:
    """The box holds paragraphs of prose, two at least (a shop's panel of a product's attributes holds a table)."""
    return sum(1 for paragraph in box.iter("p") if length(paragraph) >= tuning.sibling_paragraph_min_chars) >= 2

