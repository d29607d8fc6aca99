"""The finder's ladder (readability's flags): a strict pass first; when the result holds little of
the page's prose, later rungs relax chrome-by-name and class weighting on the same tree."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable
from urllib.parse import urljoin

from ...model import DraftBlock, Heading, Removed, block_text, clean_whitespace, plain_text
from ...profiles import Profile, page_fingerprint, recognise
from ...rules import Rules, load_rules
from ...signals import Kind
from ...tuning import Tuning
from .. import Extracted
from ..dom import Element, child_tags, find_first, remove, text
from ..prose import ProseMass, prose_core, prose_mass, unordered_pieces, word_count
from ..reading import Reading
from ..title import inner_title, words_claimed_in_title
from .actions import action_boxes
from .badges import mark_heading_badges
from .blocks_model import extend_container
from .container import TextStats, best_container, top_level_run, typed_answer
from .document import parse_page, title_box_as_heading
from .embeds import mark_embeds
from .facts import head_facts, json_ld_author, json_ld_types, short_lang, stated_url
from .gutters import drop_line_numbers
from .invisible import drop_invisible
from .layers import TextLayer, resolve_text_layers, text_layer_lines, widen_to_all_pages
from .listing import listing_cards
from .outside import records_outside, trailing_notes
from .page_title import essay_h1s, page_site_names, page_title, visible_title
from .placed import order_placed_boxes, placed_by_class
from .prewrap import keep_typed_line_breaks
from .profile import apply_profile
from .prune import Spared, Undo, chrome_kind, mark_chrome, set_aside, slideshow, undo_chrome
from .records import record_with_its_text
from .sides import summaries_shown, without_the_pages_summary
from .strips import annotated_rows
from .tags import beside_the_main, edit_controls, laid_out_by_lines
from .thread_parts import join_continued_posts
from .walk import Walker


@dataclass(frozen=True)
class Rung:
    """One way of looking for the essay, from strict to lenient (readability's flags ladder)."""

    name: str
    why: str
    by_tokens: bool = True
    """Elements are chrome by their class/id/role names (else only by tag: nav, aside, footer…)."""
    by_tags: bool = True
    """Elements are chrome by their tag."""
    class_weights: bool = True
    """Containers named like content ("entry", "post-body") score higher."""
    spare_share: float = 0.5
    """A chrome-looking element holding this share of the page's prose is looked into, not removed."""
    by_prose: bool = False
    """The container is the tightest element holding most of the page's prose (prose.prose_core),
    whatever the scores: a landing page's text lies in many small boxes, none of which outweighs the
    hero line under the title, and the scores keep choosing a box that holds a few per cent of it."""


RUNGS: tuple[Rung, ...] = (
    Rung("strict", "chrome removed by tag and by class/id names; elements holding most of the prose spared"),
    Rung("names-relaxed", "the strict pass kept little of the page's prose: chrome by tag only", by_tokens=False),
    Rung("no-class-weights", "still little prose: no chrome removal, no class weighting",
         by_tokens=False, by_tags=False, class_weights=False),
    Rung("prose-core", "still little prose: the element holding most of the page's prose, chrome removed by tag and name",
         by_prose=True),
)


@dataclass(frozen=True)
class _Attempt:
    rung: Rung
    title: str | None
    blocks: tuple[DraftBlock, ...]
    teasers: int
    words: int
    page_prose: int
    """Words of prose in the whole page before any chrome was removed (see prose.py)."""
    spared: tuple[Spared, ...]
    explicit: bool
    """The container came from a site profile's body selector, not from the finder."""
    outside_main: bool = False
    """The page declares its <main>, holding prose, and the container lies beside it (in the page's footer)."""


@dataclass(frozen=True)
class _Prepared:
    """The page as every rung of the ladder starts from it: the profile applied, the invisible gone,
    the prose measured."""

    root: Element
    title: str | None
    body_override: Element | None
    mass: ProseMass
    action_boxes: dict[Element, str]
    titled: bool = True
    """The page has an <h1> that may title the essay (not only the site's name)."""
    mains: tuple[Element, ...] = ()
    """The <main>s the page declares, holding prose (tags.beside_the_main): found once, asked by every rung."""

    @property
    def body(self) -> Element:
        body = find_first(self.root, "body")
        return body if body is not None else self.root


def _prepare(root: Element, rules: Rules, title: str | None, profile: Profile | None,
             present: set[str], source: str = "") -> _Prepared:
    """`source`: the page's text as it came, asked cheaply whether it holds a layout's words at all
    ("absolute", "pre-wrap") before the tree is searched for them."""
    body_override = None
    if profile is not None:
        profile_title, body_override = apply_profile(root, profile, rules, present)
        title = profile_title or title
    actions = action_boxes(root, rules)  # before the buttons go with the invisible
    if "pre-" in source and ("pre-wrap" in source or "pre-line" in source) or "break-spaces" in source:
        keep_typed_line_breaks(root)  # (while the page's style sheets are there to say so)
    placed, placed_classes = placed_by_class(root, source)  # (read while the page's style sheets are there)
    drop_invisible(root, rules, placed)
    mark_embeds(root)
    drop_line_numbers(root)
    if placed:
        order_placed_boxes(placed, Reading(), placed_classes)  # (before any reading of the page is kept)
    for control in edit_controls(root):
        remove(control)  # "[edit | edit source]" after a wiki's headings: the page's controls, never its words
    mark_heading_badges(root, rules)
    body = find_first(root, "body")
    mass = prose_mass(body if body is not None else root, rules.tuning)
    mains = tuple(m for m in (body if body is not None else root).iter("main") if mass.of(m))
    return _Prepared(root, title, body_override, mass, actions, mains=mains)


def _attempt(prepared: _Prepared, rung: Rung, rules: Rules, base_url: str | None, undo: Undo,
             reading: Reading) -> _Attempt:
    """One pass of the finder; what it changes in the tree is written to `undo`."""
    page, title, body_override, mass = prepared.root, prepared.title, prepared.body_override, prepared.mass
    body = prepared.body
    spared = mark_chrome(page, rules, rung, mass, undo, prepared.action_boxes, reading, prepared.mains)
    # a profile's body selector wins when its element survived pruning; else the generic finder
    found = unordered_pieces(body)  # the pruned page's strings, read once for both tallies below
    stats = TextStats(body, found, reading)  # one pass: the container scoring and the walker's link checks share it
    explicit = body_override is not None and body_override.getparent() is not None
    # the prose left once the chrome is marked, measured once: the container's scoring and the run share it
    pruned = None if explicit else prose_mass(body, rules.tuning, found)
    typed = None if explicit else typed_answer(body, pruned, rules.tuning)
    fixed = explicit or typed is not None  # the page itself says where the essay is: no widening
    root = body_override if explicit else typed if typed is not None \
        else prose_core(body, pruned, rules.tuning) if rung.by_prose else best_container(body, rules, stats, rung.class_weights, pruned)
    root = widen_to_all_pages(root, rules.tuning)
    outside_run = top_level_run(root, body, stats, pruned, rules.tuning) \
        if not fixed and root is not body and rung is RUNGS[0] else None
    for element in outside_run or ():  # the essay cut into the page's top-level sections: read them all
        set_aside(element, Kind.OUTSIDE_ESSAY, undo, reading=reading)
    root = body if outside_run is not None else root
    if not fixed and root is not body and rung is RUNGS[0]:  # the ladder's fallbacks stay the rules'
        root = extend_container(root, rules, stats, undo)  # the learned vote on the elements beside it
    teasers = listing_cards(root, mass, rules.tuning, reading) if root is not body else 0
    notes = trailing_notes(root, rules) if root is not body else None
    before, after = records_outside(root, skip=notes, label_tokens=rules.label_tokens, rules=rules) if root is not body else ([], [])
    walker = Walker(base_url, stats, rules)
    for part in (root, notes) if notes is not None else (root,):
        layer = text_layer_lines(part, rules.tuning, reading)
        if layer is not None:
            walker.blocks.append(TextLayer(layer))
        elif part.tag in ("table", "tbody") and annotated_rows(part) is not None or laid_out_by_lines(part) \
                or part.tag == "table" and record_with_its_text(part, rules) is not None:
            # the essay is a table's column, comments beside it, or a record's field; or text laid out by lines
            walker.block(part, 0)
        else:
            walker.walk(part)
            walker.flush()
    typed_title = typed[0] if typed is not None and len(typed) and typed[0].tag == "h1" else None
    title = text(typed_title).strip() if typed_title is not None else title  # the writer typed it over the essay
    title = visible_title([b for b in walker.blocks if not isinstance(b, TextLayer)], title, prepared.titled, rules.tuning) or inner_title(walker.blocks, title, rules.tuning) \
        or _own_heading(walker.blocks, title, root, (*before, *walker.blocks)) or title
    title_key = clean_whitespace(title or "").strip().lower()
    before = [Removed(Kind.TITLE, r.text) if r.text.lower() == title_key else r for r in before]
    essay = resolve_text_layers(walker.blocks, rules)
    words = sum(word_count(block_text(b)) for b in essay if not isinstance(b, Removed))
    return _Attempt(rung, title, (*before, *essay, *after), teasers, words, mass.total, tuple(spared), explicit,
                    beside_the_main(root, prepared.mains))



def _discussion_prose(prepared: _Prepared, rules: Rules) -> tuple[int, int]:
    """Words of prose in the page's comment threads (elements named as kinds never spared:
    comments) and slideshows (fifty captions beside the article), outermost first, and the most
    any one reply holds; asked only when the strict pass came back short."""
    total = largest = 0
    stack: list[Element] = [prepared.body]
    while stack:
        node = stack.pop()
        for child in child_tags(node):
            if (chrome_kind(child, rules, by_tags=False) in rules.never_spared or slideshow(child, rules.tuning)) \
                    and prepared.mass.of(child):
                total += prepared.mass.of(child)
                largest = max(largest, _largest_reply(child, prepared))
            else:
                stack.append(child)
    return total, largest


_NEARLY_ALL = 0.9


def _largest_reply(thread: Element, prepared: _Prepared) -> int:
    """The prose of the thread's longest reply. The thread is followed down through its wrappers
    (a child holding nearly all its prose, the only one of its tag) to the list of replies: the
    level where the heavy child has siblings of its own tag (one <li> among the replies)."""
    node, mass = thread, prepared.mass
    while True:
        children = child_tags(node)
        heavy = [c for c in children if mass.of(c) >= _NEARLY_ALL * mass.of(node)]
        if len(heavy) != 1 or sum(1 for c in children if c.tag == heavy[0].tag) > 1:
            break
        node = heavy[0]
    return max((mass.of(c) for c in child_tags(node)), default=mass.of(node))


def _short(attempt: _Attempt, tuning: Tuning) -> bool:
    return attempt.words < tuning.short_share * attempt.page_prose or attempt.words < tuning.short_words < attempt.page_prose


def _ladder(attempt_on: Callable[[Rung], _Attempt], tuning: Tuning,
            discussion_prose: Callable[[], tuple[int, int]] = lambda: (0, 0)) -> tuple[_Attempt, str]:
    """Strict first; when the result is short against the page's prose, the next rung on the
    same tree with the chrome put back; the strict result stands unless a later one finds
    `retry_gain` times its words. A profile's body selector is knowledge, not a guess: no ladder
    then. The readers' comments under a post are prose too, but not the article's: a strict result
    short only against a page swollen by its comment thread is not short."""
    first = attempt_on(RUNGS[0])
    if first.explicit or not _short(first, tuning):
        return first, f"{first.rung.name}: {first.rung.why}"
    # (a post of its own first: a forum whose posts are all named as comments has nothing else) —
    # unless one reply alone holds far more than the post: a tutor's answer, the essay the question asked for
    thread, largest_reply = discussion_prose() if first.words >= tuning.short_words else (0, 0)
    if first.words >= tuning.short_words and not _short(replace(first, page_prose=first.page_prose - thread), tuning) \
            and (first.words >= tuning.question_post_max_words or largest_reply < tuning.retry_gain * first.words):
        return first, f"{first.rung.name}: {first.rung.why}; the rest of the page's prose is its comments"
    best = first
    beside = ""
    for rung in RUNGS[1:]:
        attempt = attempt_on(rung)
        if attempt.outside_main and not first.outside_main:
            beside = f"; the {rung.name} rung's text lay beside the page's <main>"
            continue  # the page's <main> holds the text the strict pass found: not the footer's notice
        if attempt.words >= tuning.retry_gain * max(best.words, 1):
            best = attempt
        if not _short(best, tuning):
            break
    story = f"the strict pass kept {first.words} words of the page's {first.page_prose} words of prose"
    if best is first:
        return first, f"{first.rung.name}: {story}{beside or '; no later rung found more'}"
    return best, f"{best.rung.name}: {story}; this rung ({best.rung.why}) found {best.words}"


def extract_html(text: str, *, encoding: str, url: str | None = None, rules: Rules | None = None,
                 profiles: tuple[Profile, ...] = ()) -> Extracted:
    from ...mojibake import repair_mojibake

    rules = rules or load_rules()
    root = parse_page(text)
    title_box_as_heading(root, rules.title_box_names)
    if "ontinued from" in text or "ont'd from" in text or "ont. from" in text:  # (asked of every page: substrings first)
        join_continued_posts(root, rules.continued_post_opening)
    # every node's Python proxy made once and kept until the page is done: lxml makes a proxy when
    # a walk reaches a node nobody holds and frees it when the walk moves on, so each whole-tree walk
    # before the container scoring (which holds them all) — the facts, the fingerprint, the action
    # boxes, the invisible, the chrome — would make and free one per node again; held, it is found
    _held = list(root.iter())
    facts = head_facts(root, rules)
    description = facts.get("description", "og:description")
    shown_summaries = summaries_shown(root, rules.summary_box_names, description)
    lang = facts.lang or facts.get("content-language", "og:locale")
    title = page_title(facts, rules)
    page_url = url or stated_url(facts, text)
    author = (facts.get("author", "article:author", "dc.creator", "citation_author", "parsely-author")
              or json_ld_author(facts))
    present = page_fingerprint(root) if profiles else set()
    profile = recognise(profiles, url=page_url, site_name=facts.get("og:site_name"),
                        title=facts.title or facts.get("og:title"), text=text, root=root,
                        present=present) if profiles else None
    try:
        base_url = urljoin(page_url or "", facts.base) if facts.base else page_url
    except ValueError:
        base_url = page_url
    prepared = replace(_prepare(root, rules, title, profile, present, text), titled=bool(essay_h1s(facts, rules)))
    undo: Undo = []
    reading = Reading()  # the page's, for every rung: told of each change (reading.py)

    def attempt_on(rung: Rung) -> _Attempt:
        undo_chrome(undo, reading)  # the previous rung's chrome back in place
        undo.clear()
        return _attempt(prepared, rung, rules, base_url, undo, reading)

    def discussion_prose() -> int:
        undo_chrome(undo, reading)  # measured on the page as it came, not as the strict pass left it
        undo.clear()
        return _discussion_prose(prepared, rules)

    chosen, finder = _ladder(attempt_on, rules.tuning, discussion_prose)
    spared = "; ".join(f"spared {s.name} ({s.kind} by its name, {s.share:.0%} of the prose)" for s in chosen.spared[:3])
    site_names = page_site_names(facts, chosen.title)
    return Extracted(title=repair_mojibake(chosen.title) if chosen.title else None,
                     blocks=without_the_pages_summary(chosen.blocks, description, (facts.title, facts.get("og:title"), chosen.title),
                                                      shown_summaries),
                     site=profile.name if profile else "generic", encoding=encoding,
                     url=page_url, lang=short_lang(lang), author=author,
                     claimed_words=words_claimed_in_title(facts.title, site_names), teasers=chosen.teasers,
                     menu_texts=facts.menu_texts, site_names=site_names, declared=json_ld_types(facts),
                     finder=finder + (f"; {spared}" if spared else ""))


_OWN_HEADING_WITHIN = 3
"""The essay's own heading opens its box: among its first three blocks."""
_TOOLBAR_LINE_MAX_WORDS = 6
"""A line over it is the editor's status or a button ("All changes saved", "Edit submission")."""


def _own_heading(blocks: list, title: str | None, root: Element, read: tuple) -> str | None:
    """The essay's own <h1> opening its box, when the page's title stands in a side panel set aside (an
    LMS shows the assignment's name beside the student's essay under its own): the essay's. (An <h1>
    over the box, the article's headline, stays the title whatever heading opens the box.)"""
    from ...sites.learning_data import is_essay_heading

    shown = [b for b in blocks if not isinstance(b, (Removed, TextLayer))][:_OWN_HEADING_WITHIN]
    first = next((b for b in shown if isinstance(b, Heading)), None)
    # (an editor's toolbar may stand over it: "All changes saved")
    above = shown[:shown.index(first)] if first is not None else []
    wanted = clean_whitespace(title or "").strip().casefold()
    beside = any(isinstance(b, Removed) and b.kind == Kind.SIDEBAR and wanted in clean_whitespace(b.text).casefold() for b in read)
    if not title or not beside or first is None or first.level != 1 \
            or any(word_count(block_text(b)) > _TOOLBAR_LINE_MAX_WORDS for b in above):
        return None
    own = clean_whitespace(plain_text(first.inlines)).strip()
    if own.casefold() == wanted or is_essay_heading(own) or own.endswith("."):
        return None  # (a heading closing on a full stop is a tagline: "The #1 expert in …")
    inside = {clean_whitespace(text(h)).strip().casefold() for h in root.iter("h1")}
    return own if wanted not in inside else None
