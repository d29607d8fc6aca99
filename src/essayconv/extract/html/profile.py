"""Applying a recognised site profile to the tree: its clutter selectors marked as removed, its
title and body found where it says they are."""

from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from ...model import clean_whitespace
from ...profiles import Profile, could_match
from ...rules import Rules
from ...signals import Kind
from ..title import clean_title
from .prune import chrome_kind, element_summary
from .tags import REMOVED_TAG


def apply_profile(soup: BeautifulSoup, profile: Profile, rules: Rules,
                   present: set[str]) -> tuple[str | None, Tag | None]:
    """Mark the profile's clutter elements, and find its title and body where it says they are
    (a selector naming a class the page lacks is not searched for)."""
    for selector in profile.clutter_selectors:
        for element in soup.select(selector) if could_match(selector, present) else ():
            if element.parent is None:
                continue
            # named by its own class tokens when they say what it is, else later by the clutter rules
            marker = soup.new_tag(REMOVED_TAG, attrs={"kind": chrome_kind(element, rules) or Kind.SITE_CLUTTER})
            marker.string = element_summary(element)
            element.replace_with(marker)
    title = next((clean_whitespace(e.get_text(" ")).strip() for s in profile.title_selectors if could_match(s, present)
                  for e in soup.select(s) if e.get_text(strip=True)), None)
    body = next((e for s in profile.body_selectors if could_match(s, present)
                 for e in soup.select(s) if e.get_text(strip=True)), None)
    return (clean_title(title, rules) if title else None), body
