"""A page saved as the JSON a site's API serves (a WordPress or Ghost REST response, a CMS export, a
post's `.json`): the essay is the longest string in it, HTML or plain text, and its title the `title`
beside it. Read as text, the JSON's keys and quotes and the HTML's escaped markup would be the essay's
words; read as HTML, the page would be one run of text with tags inside strings."""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from typing import Any, Iterator

from ..regexes import compile_regex
from ..tuning import Tuning

_MARKUP = compile_regex(r"<(?:p|div|h[1-6]|br|li|ul|ol|blockquote|em|strong|figure|section|article)\b", re.I)
_TAG = compile_regex(r"<[^>]{1,500}>")
_OPENS_AS_JSON = compile_regex(r"\s{0,200}[\[{]")
_TITLE_KEYS = ("title", "headline", "name", "subject")
_WRAPPERS = ("rendered", "raw", "html", "value", "text")
"""Keys an API wraps a field's value in ({"title": {"rendered": "…"}})."""



@dataclass(frozen=True)
class JsonPage:
    title: str | None
    body: str
    markup: bool
    """Whether the body is HTML (else plain text, perhaps Markdown)."""


def read_json_page(text: str, tuning: Tuning) -> JsonPage | None:
    """The essay a JSON document holds, or None when the text is no JSON or holds no string standing out."""
    if _OPENS_AS_JSON.match(text) is None:
        return None  # (most pages: decided on their first characters, the text not copied)
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    strings = list(_strings(data, None))
    if not strings:
        return None
    words = [(_words(value), value, holder) for value, holder in strings]
    body_words, body, holder = max(words, key=lambda entry: entry[0])
    if body_words < tuning.json_body_min_words or body_words < tuning.json_body_share_min * sum(w for w, _, _ in words):
        return None
    return JsonPage(_title_beside(holder, data), body, _MARKUP.search(body) is not None)


def _strings(node: Any, holder: dict[str, Any] | None) -> Iterator[tuple[str, dict[str, Any] | None]]:
    """Every string in the document, with the object holding the field it is (past a wrapper: the object
    whose "content" is {"rendered": "…"})."""
    stack: list[tuple[Any, dict[str, Any] | None]] = [(node, holder)]
    while stack:
        current, owner = stack.pop()
        if isinstance(current, str):
            yield current, owner
        elif isinstance(current, dict):
            wrapper = set(current) <= {*_WRAPPERS, "protected", "block_version"}
            stack.extend((value, owner if wrapper else current) for value in current.values())
        elif isinstance(current, list):
            stack.extend((value, owner) for value in current)


def _words(value: str) -> int:
    return len(_TAG.sub(" ", value).split()) if "<" in value else len(value.split())


def _title_beside(holder: dict[str, Any] | None, data: Any) -> str | None:
    """The title field of the object holding the essay, else of the document itself."""
    for owner in (holder, data if isinstance(data, dict) else None):
        if owner is None:
            continue
        for key in _TITLE_KEYS:
            value = owner.get(key)
            if isinstance(value, dict):
                value = next((value[k] for k in _WRAPPERS if isinstance(value.get(k), str)), None)
            if isinstance(value, str) and value.strip() and len(value.split()) <= 40:
                return html.unescape(_TAG.sub("", value)).strip()
    return None


def as_html_page(page: JsonPage) -> str:
    """The essay as an HTML page to read: its title in the head, its body as the page's body."""
    title = html.escape(page.title) if page.title else ""
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body>{page.body}</body></html>"
