"""Badges inside headings: a CSS framework's label set after a title ("Title <span class="label
label-info">Discursive</span>") labels the page and is not part of its title."""

from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from ...rules import Rules
from ...signals import Kind
from .prune import element_summary
from .tags import REMOVED_TAG, tags_under


def mark_heading_badges(soup: BeautifulSoup, rules: Rules) -> None:
    """A badge set inside a heading (Bootstrap's "Title <span class="label">Discursive</span>")
    labels the page: it is recorded as metadata where it stood, so the heading reads as its title."""
    for heading in tags_under(soup, HEADING_NAMES):
        for badge in [t for t in tags_under(heading) if is_badge(t, rules.badge_tokens)]:
            if badge.parent is None:
                continue
            marker = soup.new_tag(REMOVED_TAG, attrs={"kind": Kind.METADATA})
            marker.string = element_summary(badge)
            badge.replace_with(marker)


HEADING_NAMES = ("h1", "h2", "h3", "h4", "h5", "h6")


def is_badge(tag: Tag, badge_tokens: frozenset[str]) -> bool:
    """A badge as CSS frameworks write one: its class and a variant of it ("label label-info",
    "badge badge-secondary"). A bare class="label" may be anything (a record label's name)."""
    classes = [c for c in tag.get("class") or () if isinstance(c, str)]
    return any(c in badge_tokens and any(o.startswith(c + "-") for o in classes) for c in classes)
