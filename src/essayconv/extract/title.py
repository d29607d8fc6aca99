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
