"""Page titles without the decorations sites add (" - 591 Words | Bartleby")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Heading, Paragraph, clean_whitespace, plain_text
from ..regexes import compile_regex
from ..rules import Rules
from ..signals import bold_line
from ..tuning import Tuning

MAX_TITLE_CHARS = 300


_QUOTED_WHOLE = compile_regex(r"^[“\"«„]([^“”\"«»„]+)[”\"»“]$")
"""A title set wholly in quotation marks ("“The School on Miller Road”", as a post shows the essay it shares),
no other quotation mark inside."""


def unquoted_title(title: str | None) -> str | None:
    """The title without the quotation marks around the whole of it: a title quoted in full is quoted by
    the page that shows it, not part of the title ("Why “Hamlet” Still Matters" keeps its own)."""
    quoted = _QUOTED_WHOLE.match(title) if title else None
    return quoted.group(1).strip() if quoted else title


def clean_title(title: str, rules: Rules, site_name: str | None = None) -> str:
    # a title is a line, not a page: a hostile or broken <title> can hold megabytes
    title = clean_whitespace(title[: MAX_TITLE_CHARS * 4]).strip()
    if len(title) > MAX_TITLE_CHARS:
        title = title[:MAX_TITLE_CHARS].rsplit(" ", 1)[0] + " …"
    if site_name and _may_end_with(title, site_name):
        title = re.sub(rf"\s+(?:[|–—:-]\s+{re.escape(site_name)}|\[{re.escape(site_name)}\])$", "", title, flags=re.I)
    changed = True
    while changed:
        changed = False
        for pattern in rules.title_suffixes:
            new = pattern.sub("", title).strip()
            if new and new != title:
                title, changed = new, True
    return unquoted_title(title) or title


def _may_end_with(title: str, site_name: str) -> bool:
    """Whether the site's name may end the title after a separator or in brackets, as `clean_title`
    takes it off: as many characters as the name, after a space or inside "[…]" at the end (each
    letter of a pattern matches one, in any case). A page's own pattern is compiled only then."""
    size = len(site_name)
    return (len(title) > size + 2 and title[-size - 1].isspace()) \
        or (title.endswith("]") and len(title) > size + 2 and title[-size - 2] == "[")


_WORDS_IN_TITLE = compile_regex(r"\s[-|–—]\s+(\d{1,3}(?:,\d{3})*|\d+)\s+words?\b", re.IGNORECASE)


def words_claimed_in_title(title: str | None, site_names: Sequence[str] = ()) -> int | None:
    """"Summary Of … - 188 Words | Bartleby": the site's own count of the essay's words; never the site's
    name ("… - 750 Words": a site named like a count)."""
    match = _WORDS_IN_TITLE.search(title or "")
    if match and any(name.casefold() in match.group(0).casefold() for name in site_names):
        return None
    return int(match.group(1).replace(",", "")) if match else None


def inner_title(blocks: list, title: str | None, tuning: Tuning) -> str | None:
    """The page's title with a description after the essay's own ("Should Rivers Have Legal Rights?
    8-page argumentative paper (APA)", a shop's product name; "Сочинение «…» (с проверкой)"), when a
    heading at the essay's opening is what the title describes: the essay's title is that heading."""
    if not title:
        return None
    prose_seen = 0
    for block in blocks:
        if isinstance(block, Heading) or bold_line(block, tuning.bold_heading_max_chars):  # a bold line is one too
            line = clean_whitespace(plain_text(block.inlines)).strip()
            if len(line) >= 12 and line[-1] in "?!." and _describes(title, line):
                return line
        elif isinstance(block, Paragraph) and len(plain_text(block.inlines).split()) > _OPENING_PROSE_WORDS:
            prose_seen += 1
            if prose_seen > 1:
                return None
    return None


_DESCRIPTION = compile_regex(r"\d+[-\s]?(?:pages?|words?)\b", re.IGNORECASE)


def _describes(title: str, line: str) -> bool:
    """The title is the line with a description of the paper around it: quoted in it ("Сочинение «…»
    (с проверкой)"), or followed by its length ("… 8-page argumentative paper (APA)")."""
    at = title.casefold().find(line.casefold())
    if at < 0 or len(line) >= len(title):
        return False
    quoted = title[at - 1:at] in ("«", "“", '"', "„") if at else False
    return quoted or (at == 0 and _DESCRIPTION.search(title[len(line):]) is not None)


_OPENING_PROSE_WORDS = 30
"""The essay's own title heading stands before its second paragraph of prose (a shop's description of
the paper may come first, and lines of facts)."""
