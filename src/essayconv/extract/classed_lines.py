"""A dump whose every line carries its class in front, as jusText writes its output ("<p> …" a paragraph, "<h> …" a
heading, "<b> …" what it took for boilerplate): read as the page it came from, a paragraph or a heading per line.
jusText's own verdict is not taken: it calls a reference list and a cite box alike boilerplate; the finder and the
cleaning passes judge each line as they judge a page's."""

from __future__ import annotations

from html import escape

from ..regexes import compile_regex

_CLASSED_LINE = compile_regex(r"^<(?P<kind>[phb])> (?P<text>.*)$")
_CLASSED_SHARE = 0.8
"""A dump is classed line by line when this share of its filled lines are: a page's own text may hold a "<p>"."""
_CLASSED_MIN_LINES = 5
"""…and the dump is a page's lines, five at least; its first line is one of them."""
_FIRST_LINE_MAX = 2000


def classed_lines_as_html(text: str) -> str | None:
    """The dump as HTML, or None when it is not such a dump: the first heading line the page's `<h1>`, the others
    `<h2>`, any other line a `<p>`; the boilerplate lines above the first heading the page's `<nav>` (where jusText
    and the lines' place agree: the site's menu and path)."""
    if not _CLASSED_LINE.match(text.lstrip()[:_FIRST_LINE_MAX].partition("\n")[0].strip()):
        return None  # (asked of every page read as HTML: its first line answers for the rest)
    filled = [line for line in text.splitlines() if line.strip()]
    marked = [m for line in filled if (m := _CLASSED_LINE.match(line.strip()))]
    if len(marked) < _CLASSED_MIN_LINES or len(marked) < _CLASSED_SHARE * len(filled):
        return None
    first_heading = next((at for at, m in enumerate(marked) if m.group("kind") == "h"), None)
    above = [m for m in marked[:first_heading] if m.group("kind") == "b"] if first_heading is not None else []
    nav = "".join(f"<p>{escape(m.group('text'))}</p>" for m in above)
    body = "\n".join(f"<h{1 if at == first_heading else 2}>{escape(m.group('text'))}</h{1 if at == first_heading else 2}>"
                     if m.group("kind") == "h" else f"<p>{escape(m.group('text'))}</p>"
                     for at, m in enumerate(marked) if not (first_heading is not None and at < first_heading and m.group("kind") == "b"))
    return f"<html><body><nav>{nav}</nav><article>\n{body}\n</article></body></html>"
