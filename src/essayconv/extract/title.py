"""Page titles without the decorations sites add (" - 591 Words | Bartleby")."""

from __future__ import annotations

import re

from ..model import clean_whitespace
from ..rules import Rules

MAX_TITLE_CHARS = 300


def clean_title(title: str, rules: Rules, site_name: str | None = None) -> str:
    # a title is a line, not a page: a hostile or broken <title> can hold megabytes
    title = clean_whitespace(title[: MAX_TITLE_CHARS * 4]).strip()
    if len(title) > MAX_TITLE_CHARS:
        title = title[:MAX_TITLE_CHARS].rsplit(" ", 1)[0] + " …"
    if site_name:
        title = re.sub(rf"\s+[|–—:-]\s+{re.escape(site_name)}$", "", title, flags=re.I)
    changed = True
    while changed:
        changed = False
        for pattern in rules.title_suffixes:
            new = pattern.sub("", title).strip()
            if new and new != title:
                title, changed = new, True
    return title


_WORDS_IN_TITLE = re.compile(r"\s[-|–—]\s+(\d{1,3}(?:,\d{3})*|\d+)\s+words?\b", re.IGNORECASE)


def words_claimed_in_title(title: str | None) -> int | None:
    """"Summary Of … - 188 Words | Bartleby": the site's own count of the essay's words."""
    match = _WORDS_IN_TITLE.search(title or "")
    return int(match.group(1).replace(",", "")) if match else None
