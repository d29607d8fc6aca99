"""Pruning: mark page chrome by tag, by class/id/role tokens and by shape — sparing any element that
holds the page's prose. Every change is written to an undo list so that a later rung of the ladder
can put it back. (What a reader never sees goes before, in invisible.py.)"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...model import clean_whitespace
from ...regexes import compile_regex
from ...rules import Rules
from ...signals import Kind
from ...tuning import Tuning
from ..dom import Element, child_tags, classes, new_element, nodes, remove, replace, text
from ..prose import ProseMass
from ..reading import Reading
from .frames import frame_of, in_spared_frames, name_of, name_words, spared_groups
from .listing import cards_under, teaser_link
from .sides import side_box
from .tags import BLOCK_TAGS, BOXES, CHROME_TAGS, REMOVED_TAG, SUMMARY_CHARS, beside_the_main, first_under, tags_under

if TYPE_CHECKING:
    from .ladder import Rung


def name_tokens(tag: Element) -> list[str]:
    values: list[str] = classes(tag)
    for attr in ("id", "role"):
        value = tag.get(attr)
        if value is not None:
            values.append(value)
    # camelCase names are words too: "inlinePromo" is "inline-promo", "entryContent" "entry-content"
    return [_CAMEL_HUMP.sub("-", v).lower() for v in values]


_CAMEL_HUMP = compile_regex(r"(?<=[a-z])(?=[A-Z][a-z])")


def chrome_kind(tag: Element, rules: Rules, by_tokens: bool = True, by_tags: bool = True) -> str | None:
    if tag.tag in CHROME_TAGS:
        return CHROME_TAGS[tag.tag] if by_tags else None
    if tag.tag == "fieldset" and by_tags and _choices(tag):
        return Kind.FORM  # a quiz's or a poll's choices, ticked, not read (other essays' sentences as its options)
    if not by_tokens:
        return None
    key = (tag.get("class"), tag.get("id"), tag.get("role"))
    if key == (None, None, None):
        return None  # no names: nothing to say (most elements of a page)
    names = _names_cache(rules)
    kind = names.get(key, _UNKNOWN)
    if kind is _UNKNOWN:
        if len(names) >= _NAMES_CACHED:
            names.clear()  # a long batch meets ever new names: the cache stays small
        kind = names[key] = _kind_by_names(tag, rules)
    return None if kind == Kind.HEADER and _section_heading_box(tag) else kind


def _choices(fieldset: Element) -> bool:
    """Two or more boxes to tick or options to pick, each named by its <label for=…> (the inputs
    themselves are gone by now, with everything invisible): a form's question, whatever its labels say."""
    return len([label for label in fieldset.iterdescendants("label") if label.get("for")]) >= 2


def _phrase_of_the_text(tag: Element) -> bool:
    return tag.tag in _INLINE_TAGS and len(text(tag).split()) >= _PHRASE_MIN_WORDS


_PHRASE_MIN_WORDS = 3
"""Words of an inline element inside a paragraph that make it a phrase of the text, not a mark."""


_INLINE_TAGS = frozenset(("span", "mark", "em", "i", "strong", "b", "u", "q", "cite", "abbr", "small", "font"))
"""Inline tags whose text, inside a paragraph, is the paragraph's."""


_UNKNOWN = object()
_NAMES_CACHED = 20_000
_NAME_KINDS: dict[int, tuple[Rules, dict]] = {}


def _names_cache(rules: Rules) -> dict:
    """What each (class, id, role) names, per set of rules: a page repeats its names many times."""
    entry = _NAME_KINDS.get(id(rules))
    if entry is None or entry[0] is not rules:
        _NAME_KINDS.clear()
        entry = _NAME_KINDS[id(rules)] = (rules, {})
    return entry[1]


def _kind_by_role(tag: Element, rules: Rules) -> str | None:
    """The chrome kind the element's ARIA role says it is, if any ([html] role_kinds)."""
    role = tag.get("role")
    return None if role is None else next((k for r, k in rules.role_kinds if r == role.strip().lower()), None)


def _kind_by_names(tag: Element, rules: Rules) -> str | None:
    """The chrome kind the element's class, id and role name, if any: its class and id first, they say more
    ("q-banner" with role="alert" is an ad; an "elementor-alert" the site's notice)."""
    role = _kind_by_role(tag, rules)
    values = name_tokens(tag)
    if not values or any(v in rules.keep_tokens for v in values):
        return role
    words = name_words(values)
    # a token of several parts ("author-box", "citation-box") names a whole class or id; a word glued
    # from a token and a suffix ("relatedposts") names it too
    glued = {m.group(1) for w in words if (m := rules.compound_suffix.match(w))}
    hits = (words | glued | set(values)) & rules.chrome_tokens
    if not hits or words & rules.essay_tokens and not words & rules.chrome_despite_essay:
        return role
    return next((kind for kind, names in rules.chrome_kinds if hits & names), Kind.AD)


_SECTION_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _section_heading_box(tag: Element) -> bool:
    """A box around one section heading of the essay (<div class="sub_header-block"><h3>Cost</h3>),
    or the heading itself (<h3 class="header">), named like a header by a page builder: a site's header
    holds a logo, links and a menu."""
    if tag.tag in _SECTION_HEADINGS:
        return first_under(tag, "a") is None
    headings = tags_under(tag, _SECTION_HEADINGS, limit=2)
    if len(headings) != 1 or first_under(tag, "a") is not None:
        return False
    return clean_whitespace(text(headings[0], " ")).strip() == clean_whitespace(text(tag, " ")).strip()


def _loose_text(column: Element) -> bool:
    """Non-blank text right under the element (a comment's words count: the page wrote them there)."""
    return any(isinstance(c, str) and c.strip() for c in nodes(column)) \
        or any(type(c.tag) is not str and c.text and c.text.strip() for c in column)


def label_columns(tag: Element) -> str | None:
    """Metadata laid out as two columns, labels in one and values in the other ("Subject:
    Pages: Words:" | "Business 3 611"), read as the pairs a reader sees: "Words: 611 | …"."""
    columns = child_tags(tag)
    if len(columns) != 2:
        return None
    if any(_loose_text(column) for column in columns):
        return None  # loose text: "<b>Paper Type:</b> Free Essay" is already read in pairs
    labels, values = (child_tags(column) for column in columns)
    if len(labels) < 2 or len(labels) != len(values):
        return None
    label_texts = [clean_whitespace(text(label, " ")).strip() for label in labels]
    if not all(label.endswith(":") and len(label) <= 30 for label in label_texts):
        return None
    if any(clean_whitespace(text(value, " ")).strip().endswith(":") for value in values):
        return None
    return " | ".join(f"{label} {clean_whitespace(text(value, ' ')).strip()}"
                      for label, value in zip(label_texts, values))


def _term_pairs(tag: Element) -> str | None:
    """A description list of terms and their descriptions, read in the pairs a reader sees ("Word
    count: 516 | Pages: 2"); None for any other element."""
    items = child_tags(tag) if tag.tag == "dl" else ()
    if not items or len(items) % 2 or any(item.tag != ("dt", "dd")[i % 2] for i, item in enumerate(items)):
        return None
    cells = [clean_whitespace(text(item, " ")).strip() for item in items]
    return " | ".join(f"{cells[i].rstrip(':： ')}: {cells[i + 1]}" for i in range(0, len(cells), 2))


def element_summary(tag: Element, reading: Reading | None = None) -> str:
    summary = label_columns(tag) or _term_pairs(tag) or (reading.line(tag) if reading is not None else clean_whitespace(text(tag, " ")).strip())
    return summary if len(summary) <= SUMMARY_CHARS else summary[:SUMMARY_CHARS].rstrip() + " […]"


@dataclass(frozen=True)
class Spared:
    """A chrome-looking element kept because it holds the page's prose (told by `inspect`)."""

    name: str
    kind: str
    share: float


Undo = list[tuple[Element, Element]]
"""Per change of the chrome pass: (the element taken out, what stands in its place: a marker, or
a seam when it held no text)."""


def undo_chrome(undo: Undo, reading: Reading | None = None) -> None:
    """Put every element the chrome pass removed back where it stood (newest change first), so that
    the next rung of the ladder starts from the same tree without parsing the page again; the
    page's `reading` is told."""
    for original, standing in reversed(undo):
        parent = standing.getparent()
        replace(standing, original)
        if reading is not None:
            reading.changed(parent)
            reading.changed(standing)


def set_aside(tag: Element, kind: str, undo: Undo | None = None, always_marker: bool = False,
              reading: Reading | None = None) -> None:
    """The element becomes a marker holding its summary (the walker reads it as a removal record);
    an element with no text goes, a seam where it stood (unless `always_marker`). The page's
    `reading` is told."""
    summary = element_summary(tag, reading)
    if reading is not None:
        reading.changed(tag)  # its words leave its ancestors' text, whatever stands in its place
    if not summary and not always_marker:
        block = tag.tag in BLOCK_TAGS or tag.tag in BOXES
        seam = remove(tag)
        if seam is not None and block:
            # an empty block still breaks the line it stood in: "0<p class=related></p>0" reads "0 0"
            seam.tail = " " + (seam.tail or "")
        if undo is not None and seam is not None:
            undo.append((tag, seam))
        return
    marker = new_element(REMOVED_TAG, summary, kind=kind)
    replace(tag, marker)
    if undo is not None:
        undo.append((tag, marker))


def mark_chrome(root: Element, rules: Rules, rung: "Rung", mass: ProseMass, undo: Undo | None = None,
                action_boxes: dict[Element, str] | None = None, reading: Reading | None = None,
                mains: tuple[Element, ...] = ()) -> list[Spared]:
    """Page chrome becomes a marker the walker turns into a `Removed` record, never descending
    into what it removes — except an element holding at least `rung.spare_share` of the page's
    prose: it is the article's home (a misnamed wrapper), so it is looked into instead."""
    tuning = rules.tuning
    reading = reading if reading is not None else Reading()
    spared: list[Spared] = []
    form_holders = _form_holders(root) if rung.by_tags else set()
    slides = rung.by_tags and _may_hold_a_slideshow(root, tuning)
    spared_in: set[Element] = set()
    frames: dict[tuple, set] = {}  # the frames whose boxes were spared as the article cut into boxes (frames.py)
    pending: list[tuple[Element, Element, str]] = []  # (parent, box, kind) set aside once the walk is done
    stack: list[Element] = [root]
    while stack or (revisit := in_spared_frames(pending, frames, {b for _, b, _ in pending if mass.of(b)})):
        if not stack:  # the next pages of a document whose frames were spared: looked into after all
            again = {id(b) for _, b, _ in revisit}
            pending = [p for p in pending if id(p[1]) not in again]
            for _, box, kind in revisit:
                spared.append(Spared(_describe(box), kind, mass.share(box)))
                spared_in.add(box)
                stack.append(box)
            continue
        node = stack.pop()
        if node.tag in _OWN_WORDS:
            continue  # its words are its own: mdBook's self-link in a heading, a highlighter's "hljs-comment" in code
        children = child_tags(node)
        # (a phrase inside a paragraph's own text is the text, whatever its name says: an editor's
        # "comment-highlight" over the words a teacher commented on; a comment's mark, "[DH1]", is not)
        in_text = node.tag == "p"
        kinds = [None if c.tag in ("html", "body") else chrome_kind(c, rules, rung.by_tokens, rung.by_tags)
                 for c in children]
        kinds = [None if kind is not None and in_text and _phrase_of_the_text(c) else kind for c, kind in zip(children, kinds)]
        kinds = [kind if kind is not None or not rung.by_tags or c.tag in ("html", "body") or (in_text and c.tag in _INLINE_TAGS)
                 else _chrome_by_shape(c, form_holders, action_boxes or {}, rules.tuning, reading, slides)
                 for c, kind in zip(children, kinds)]
        if kinds.count(None) == len(kinds):  # nothing to set aside among the children (most elements of a page)
            stack.extend(children)
            continue
        # boxes of one kind side by side that together hold most of the prose are the article cut
        # into boxes (a page builder's widget per paragraph): spared together
        in_group = spared_groups(children, kinds, mass, rung.spare_share, rules.never_spared)
        if in_group:
            frames.setdefault(frame_of(node), set()).update(name_of(children[i]) for i in in_group)
        for position, (child, kind) in enumerate(zip(children, kinds)):
            # …and the box inside a spared box that holds all its prose is the same box
            # (not a box its role sets apart: an alert set in a spared widget is the site's notice)
            same_box = node in spared_in and (len(children) == 1 or
                                                   mass.of(child) >= tuning.same_container_share * mass.of(node) > 0) \
                and _kind_by_role(child, rules) is None
            if kind in rules.never_spared and mass.share(child) < tuning.wraps_the_page:
                pass  # a comment thread longer than the article is still the comments
            elif kind is not None and mass.total and (mass.share(child) >= rung.spare_share or position in in_group
                                                      or same_box) and not beside_the_main(child, mains, landmarks_only=True):
                spared.append(Spared(_describe(child), kind, mass.share(child)))
                spared_in.add(child)
                kind = None
            if kind is None:
                stack.append(child)
                continue
            pending.append((node, child, kind))
    for _, box, kind in pending:
        set_aside(box, kind, undo, reading=reading)
    return spared


_OWN_WORDS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "code"))  # (not <pre>: Wattpad sets a story in one)


def _form_holders(root: Element) -> set[Element]:
    """Every element that holds a <form>, found from the forms up."""
    holders: set[Element] = set()
    for form in root.iterdescendants("form"):
        for parent in form.iterancestors():
            if parent in holders:
                break
            holders.add(parent)
    return holders


def _chrome_by_shape(tag: Element, form_holders: set[Element], action_boxes: dict[Element, str],
                     tuning: Tuning, reading: Reading, slides: bool = True) -> str | None:
    """Chrome told by its shape when its names say nothing (CSS-module hashes, utility classes):
    a small box around a form, a grid of three or more teaser cards (linked titles over short
    excerpts), a narrow box floated beside the text (sides.py), a call-to-action box (actions.py). A listing page's own grid holds most of the
    page's prose and is spared. `slides`: False when the page holds too few slide headings for
    any box of it to be a slideshow."""
    if tag in form_holders and first_under(tag, "h1") is None and \
            reading.words(tag) <= tuning.form_box_max_words:
        return Kind.FORM
    cards = cards_under(tag) if len(tag) >= tuning.listing_min_cards else []  # (len: every child node)
    if len(cards) >= tuning.listing_min_cards and first_under(tag, "h1") is None \
            and all(reading.words(c) <= tuning.card_max_words for c in cards) \
            and sum(teaser_link(c, tuning, reading) for c in cards) >= 0.8 * len(cards):
        return Kind.RELATED
    if slides and slideshow(tag, tuning):
        return Kind.GALLERY
    if side_box(tag, tuning, reading):
        return Kind.SIDEBAR
    return action_boxes.get(tag)


_SLIDE_HEADING = compile_regex(r"^\s*(\d{1,3})\s?/\s?(\d{1,3})\b")


def slideshow(tag: Element, tuning: Tuning) -> bool:
    """A slideshow: its headings count its slides out of one total ("1/50 …", "2/50 …"), at least as
    many as a listing has cards, and it holds no <h1>."""
    totals = [m.group(2) for h in tags_under(tag, ("h2", "h3", "h4"), limit=200)
              if (m := _SLIDE_HEADING.match(text(h, " ")))]
    return len(totals) >= tuning.listing_min_cards and len(set(totals)) == 1 and first_under(tag, "h1") is None


def _may_hold_a_slideshow(root: Element, tuning: Tuning) -> bool:
    """Whether the page holds enough headings counting slides ("1/50 …") for a box of it to be a
    slideshow: read once per pass, so that the boxes of a page without them (nearly every page) are
    not each searched for headings. (The pass takes out no heading's words, only whole headings.)"""
    found = 0
    for heading in root.iter("h2", "h3", "h4"):
        found += _SLIDE_HEADING.match(text(heading, " ")) is not None
        if found >= tuning.listing_min_cards:
            return True
    return False


def _describe(tag: Element) -> str:
    """`div.content-sidebar-wrap#main`: how inspect names an element."""
    names = "".join(f".{c}" for c in classes(tag)[:3])
    ident = tag.get("id")
    return f"{tag.tag}{names}" + (f"#{ident}" if ident else "")
