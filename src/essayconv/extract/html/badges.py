"""Badges inside headings: a CSS framework's label set after a title ("Title <span class="label
label-info">Discursive</span>"), or a kicker set before it ("<span class="kicker">Essay sample</span> Title"),
labels the page and is not part of its title."""

from __future__ import annotations

import re

from ...regexes import compile_regex
from ...rules import Rules
from ...signals import Kind
from ..dom import Element, child_tags, classes, new_element, replace, text
from .prune import element_summary
from .tags import HEADING_TAGS, REMOVED_TAG, tags_under


def mark_heading_badges(root: Element, rules: Rules) -> None:
    """A badge set inside a heading (Bootstrap's "Title <span class="label">Discursive</span>")
    labels the page: it is recorded as metadata where it stood, so the heading reads as its title."""
    for heading in tags_under(root, HEADING_TAGS):
        kicker = kicker_of(heading, rules)
        for badge in [t for t in tags_under(heading) if t is kicker or is_badge(t, rules.badge_tokens)]:
            if badge.getparent() is None:
                continue
            replace(badge, new_element(REMOVED_TAG, element_summary(badge), kind=Kind.METADATA))


_KICKER_TAGS = frozenset(("span", "small", "em", "i", "b", "strong", "mark"))


def kicker_of(heading: Element, rules: Rules) -> Element | None:
    """An inline element opening a heading, set apart from the words after it, that labels the page
    rather than starting its title: its class says so (`[html] kicker_tokens`: "kicker", "eyebrow"; CSS
    modules' "Sample_kicker__3kTnQ" too) or its words are a page's label ("Essay sample": `[title]
    page_label`). None when the heading opens otherwise."""
    children = child_tags(heading)
    if (heading.text or "").strip() or not children or children[0].tag not in _KICKER_TAGS:
        return None
    first = children[0]
    label = text(first).strip()
    tail = first.tail or ""
    rest = tail + "".join(text(c) + (c.tail or "") for c in children[1:])
    if not label or len(label.split()) > rules.tuning.kicker_max_words or len(rest.split()) < 2 \
            or (tail and not tail[0].isspace() and tail[0].isalnum() and not _a_box_of_its_own(first, rules)):
        return None  # (a span glued to the next word styles a part of the title: "<span>Hamlet</span>'s Delay")
    tokens = {part for name in classes(first) for part in name.casefold().replace("-", "_").split("_") if part}
    return first if tokens & rules.kicker_tokens or rules.title_page_label.search(label) else None




_BOX_DISPLAY = compile_regex(r"(?:^|;)\s*display\s*:\s*(?:block|flex|grid|table|list-item)\b", re.I)


def _a_box_of_its_own(element: Element, rules: Rules) -> bool:
    """An inline element the page sets on a line of its own: by its style, or by a framework's utility
    class for it (`[html] block_display_classes`: Tailwind's "block")."""
    return any(name in rules.block_display_classes for name in classes(element)) \
        or _BOX_DISPLAY.search(element.get("style") or "") is not None


def is_badge(tag: Element, badge_tokens: frozenset[str]) -> bool:
    """A badge as CSS frameworks write one: its class and a variant of it ("label label-info",
    "badge badge-secondary"), or a component named for it ("VPBadge tip", "post-badge"). A bare
    class="label" may be anything (a record label's name)."""
    names = classes(tag)
    if any(c in badge_tokens and any(o.startswith(c + "-") for o in names) for c in names):
        return True
    lowered = [c.lower() for c in names]
    return any(c != token and (c.endswith(token) or c.startswith((token + "-", token + "_")))
               for c in lowered for token in badge_tokens)
