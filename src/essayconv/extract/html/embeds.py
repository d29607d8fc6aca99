"""Posts embedded from social networks and links' preview cards: a story told through embeds (a Storify,
a live blog, a newsletter) sets them between the essay's parts. A post is known by its permalink (a
status's address) beside its writer's @handle; a preview card by a linked title and, as its only other
text, the domain the link leads to. Both are the page's furniture, never the essay's prose."""

from __future__ import annotations

from urllib.parse import urlsplit

from ...regexes import compile_regex
from ...signals import Kind
from ..dom import Element, new_element, replace, text
from .prune import element_summary
from .tags import REMOVED_TAG

_POST_PERMALINK = compile_regex(
    r"^https?://(?:www\.|mobile\.)?(?:(?:twitter|x)\.com/\w+/status(?:es)?/\d+"
    r"|facebook\.com/[^/]+/posts/|instagram\.com/p/|threads\.net/@[^/]+/post/|bsky\.app/profile/[^/]+/post/)")
"""The address of one post on a social network: a tweet's status, a Facebook post, an Instagram picture."""

_HANDLE = compile_regex(r"(?:^|\s)@\w{2,30}\b")
"""A writer's handle on a social network: "@oldmapsdaily"."""

_EMBED_MAX_WORDS = 80
"""An embedded post is short: a tweet and its writer's line and date (a longer box is the essay's own)."""

_CARD_MAX_CHILDREN = 4
"""A preview card's box holds its picture, its linked title and its domain line."""


def mark_embeds(root: Element) -> None:
    """Each embedded post and each link's preview card set aside, where it stands."""
    for box in [*_embedded_posts(root), *_preview_cards(root)]:
        if box.getparent() is not None:
            replace(box, new_element(REMOVED_TAG, element_summary(box) or " ", kind=Kind.EMBED))


def _embedded_posts(root: Element) -> list[Element]:
    """The boxes around links to a post's permalink that also hold its writer's @handle: the smallest
    ancestor holding the handle, widened to the wrappers that hold nothing more."""
    found: list[Element] = []
    for link in root.xpath('.//a[contains(@href, "/status") or contains(@href, "/post")]'):
        if not _POST_PERMALINK.match(link.get("href") or ""):
            continue
        box = None
        for above in link.iterancestors():  # (up only while the box stays a post's size: never the whole page's text)
            shown = text(above, " ")
            if above.tag in ("body", "html") or len(shown.split()) > _EMBED_MAX_WORDS:
                break
            if _HANDLE.search(shown):
                box = above
                break
        if box is None:
            continue
        box = _with_its_wrappers(box)
        if not any(box is f or any(a is f for a in box.iterancestors()) for f in found):
            found.append(box)
    return found


def _preview_cards(root: Element) -> list[Element]:
    """The boxes whose text is one link's title and the bare domain that link leads to."""
    found: list[Element] = []
    for link in root.xpath('.//a[starts-with(@href, "http")]'):
        box = link.getparent()
        if box is None or len(box) > _CARD_MAX_CHILDREN or box.tag in ("body", "html", "p"):
            continue
        host = (urlsplit(link.get("href") or "").hostname or "").removeprefix("www.")
        rest = " ".join(text(box, " ").split()).replace(" ".join(text(link, " ").split()), "", 1).strip()
        if host and rest.removeprefix("www.").casefold() == host.casefold() and text(link).strip():
            found.append(_with_its_wrappers(box))
    return found


def _with_its_wrappers(box: Element) -> Element:
    """The box widened to the wrappers around it that hold nothing more (a story's `<li>` round a post's `<div>`)."""
    shown = " ".join(text(box, " ").split())
    while (up := box.getparent()) is not None and up.tag not in ("body", "html") and " ".join(text(up, " ").split()) == shown:
        box = up
    return box
