"""A dump saved as Markdown (html2text, a "copy as Markdown" extension, a scraper's `.md`): its
links, headings, emphasis and lists are markup, not text. Read as plain lines, "[Get started](https://…)"
and "**Need an essay?**" reach the clutter passes as words and brackets, and no link or heading
shows; rendered to HTML first, the page's shape comes back and the HTML finder reads it as it
reads any page (links weigh as links, the menu is a list of them, the title is the `#` heading).

markdown-it-py renders CommonMark with raw HTML off: a tag in the dump stays text, so nothing in a
dump can add markup the dump does not show."""

from __future__ import annotations

import html
import re
from functools import lru_cache

from ..regexes import compile_regex

_INLINE_LINK = compile_regex(r"!?\[[^\]\n]{1,300}\]\((?:https?://|/|#|mailto:)[^)\s]{0,500}\)")
_ATX_HEADING = compile_regex(r"^#{1,6} \S", re.MULTILINE)
_MIN_LINKS = 3
"""A dump with this many Markdown links is Markdown: prose quotes no link syntax, and a plain-text
dump (lynx, a copy from the browser) writes its links as "[1]" references or not at all."""
_MIN_LINKS_WITH_HEADINGS = 1
_MIN_HEADINGS = 2


def looks_like_markdown(text: str) -> bool:
    # (a gemtext link line is a link: a Gemini capsule's post is Markdown's kin, "#" headings, "*" items, ">" quotes)
    links = len(_INLINE_LINK.findall(text, 0, 200_000)) + len(_GEMTEXT_LINK.findall(text, 0, 200_000))
    if links >= _MIN_LINKS:
        return True
    return links >= _MIN_LINKS_WITH_HEADINGS and len(_ATX_HEADING.findall(text, 0, 200_000)) >= _MIN_HEADINGS


@lru_cache(maxsize=1)
def _renderer():  # type: ignore[no-untyped-def]
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).enable("table").enable("strikethrough")


def markdown_as_html(text: str) -> str:
    """The dump as an HTML page; its YAML front matter, if any, as the page's title and a table of its fields."""
    fields, text = front_matter(text)
    title = next((value for key, value in fields if key.casefold() == "title"), None)
    author = next((value for key, value in fields if key.casefold() in ("author", "writer")), None)
    head = (f"<title>{html.escape(title)}</title>" if title else "") \
        + (f"<meta name='author' content='{html.escape(author)}'>" if author else "")
    table = "<table>" + "".join(f"<tr><th>{html.escape(key)}</th><td>{html.escape(value)}</td></tr>"
                                for key, value in fields) + "</table>" if fields else ""
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{table}"
            + _renderer().render(_GEMTEXT_LINK.sub(_as_markdown_link, text)) + "</body></html>")


_GEMTEXT_LINK = compile_regex(r"^=>[ \t]*(?P<url>[^\s]*[/:.][^\s]*)(?:[ \t]+(?P<label>[^\n]*\S))?[ \t]*$", re.MULTILINE)
"""A gemtext link line ("=> /gemlog/ Back to the gemlog"), as a Gemini capsule's page saved as text writes its links:
each a line of its own, read as the link it is (a capsule's links home and to other posts are its navigation)."""


def _as_markdown_link(line: re.Match[str]) -> str:
    label = (line.group("label") or line.group("url")).replace("[", "\\[").replace("]", "\\]")
    return f"\n[{label}](<{line.group('url')}>)\n"


_FIELD = compile_regex(r"^(?P<key>[A-Za-z_][\w-]{0,40})\s?:\s?(?P<value>.*)$")
_FIELD_GOES_ON = compile_regex(r"^(?:\s+\S|-\s)")
FRONT_MATTER_MAX_LINES = 60


def front_matter_length(lines: list[str]) -> int:
    """How many lines a YAML front matter takes at the top of `lines` ("---" / "title: …" /
    "words_counted: 452" / "---", as static sites and anthologies write it), both fences counted; 0 when
    the lines do not open so (a "---" under a line is a heading's underline). One test for the Markdown
    reader and the plain-text reader's dump head."""
    if not lines or lines[0].strip().lstrip("\ufeff") != "---":
        return 0
    fields = 0
    for position, line in enumerate(lines[1:FRONT_MATTER_MAX_LINES], start=1):
        if line.strip() in ("---", "..."):
            return position + 1 if fields else 0
        if _FIELD.match(line):
            fields += 1
        elif line.strip() and not _FIELD_GOES_ON.match(line):
            return 0
    return 0


def front_matter(text: str) -> tuple[list[tuple[str, str]], str]:
    """A Markdown file's YAML front matter as its top-level fields (the values unquoted), and the text
    after it; no fields and the text whole when it has none."""
    lines = text.lstrip("\ufeff").split("\n")
    length = front_matter_length(lines)
    if not length:
        return [], text
    fields = [(field.group("key"), field.group("value").strip().strip("\"'"))
              for line in lines[1:length - 1] if (field := _FIELD.match(line)) is not None]
    return fields, "\n".join(lines[length:])


EMPHASIS_HEADING = compile_regex(r"^\s{0,3}(?P<mark>[*_])(?P<text>[^\s*_][^*_]{1,80}?[^\s*_])(?P=mark)\s*$")
"""A plain-text mail's heading: a short line alone wholly between asterisks or underscores ("*Beginnings*"), as a
writer marks emphasis in plain text."""
