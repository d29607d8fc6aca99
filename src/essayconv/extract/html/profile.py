"""Applying a recognised site profile to the tree: its clutter selectors marked as removed, its
title and body found where it says they are."""

from __future__ import annotations

from ...model import clean_whitespace
from ...profiles import Profile, could_match, select
from ...rules import Rules
from ...signals import Kind
from ..dom import Element, has_text, new_element, replace, text
from ..title import clean_title
from .prune import chrome_kind, element_summary
from .tags import REMOVED_TAG


def apply_profile(root: Element, profile: Profile, rules: Rules,
                   present: set[str]) -> tuple[str | None, Element | None]:
    """Mark the profile's clutter elements, and find its title and body where it says they are
    (a selector naming a class the page lacks is not searched for)."""
    for selector in profile.clutter_selectors:
        for element in select(root, selector) if could_match(selector, present) else ():
            if element.getparent() is None:
                continue
            # named by its own class tokens when they say what it is, else later by the clutter rules
            kind = chrome_kind(element, rules) or Kind.SITE_CLUTTER
            replace(element, new_element(REMOVED_TAG, element_summary(element), kind=kind))
    title = next((clean_whitespace(text(e, " ")).strip() for s in profile.title_selectors if could_match(s, present)
                  for e in select(root, s) if has_text(e)), None)
    body = next((e for s in profile.body_selectors if could_match(s, present)
                 for e in select(root, s) if has_text(e)), None)
    return (clean_title(title, rules) if title else None), body
