"""Badges inside headings: a CSS framework's label set after a title ("Title <span class="label
label-info">Discursive</span>") labels the page and is not part of its title."""

from __future__ import annotations

from ...rules import Rules
from ...signals import Kind
from ..dom import Element, classes, new_element, replace
from .prune import element_summary
from .tags import HEADING_TAGS, REMOVED_TAG, tags_under


def mark_heading_badges(root: Element, rules: Rules) -> None:
    """A badge set inside a heading (Bootstrap's "Title <span class="label">Discursive</span>")
    labels the page: it is recorded as metadata where it stood, so the heading reads as its title."""
    for heading in tags_under(root, HEADING_TAGS):
        for badge in [t for t in tags_under(heading) if is_badge(t, rules.badge_tokens)]:
            if badge.getparent() is None:
                continue
            replace(badge, new_element(REMOVED_TAG, element_summary(badge), kind=Kind.METADATA))




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
