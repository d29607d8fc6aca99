"""A page's strings saved as a gettext catalogue (a `.pot` template that `xgettext` made from a site's view, or a
`.po` file a translator fills in): every string the page shows is a `msgid`, wrapped into quoted lines, between
comments for the translator ("#. TRANSLATORS: …", "#: site/views/voices.py:24") and under the catalogue's header
entry ("Project-Id-Version: …", "POT-Creation-Date: …"). Read as text, the quotes, the comments and the header
would stand around the essay as its words.

The strings are the page's text, in the page's order: each one a paragraph of its own, read as any text dump is
(its menu, its headings, the essay's title and paragraphs, the site's closing lines). The header, the comments
and the translations' empty `msgstr` lines are the catalogue's, set aside as removed records."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Removed
from ..regexes import compile_regex
from ..signals import Kind
from ..tuning import Tuning

_QUOTED = compile_regex(r'^\s*(?:(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+)?"((?:[^"\\]|\\.)*)"\s*$')
_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": ""}


@dataclass(frozen=True)
class SavedCatalogue:
    text: str
    """The strings, one paragraph each, in the catalogue's order."""
    removed: tuple[Removed, ...]
    """The header entry's fields and the comments for translators, as records set aside."""


def read_catalogue(text: str, tuning: Tuning) -> SavedCatalogue | None:
    """The page's text a gettext catalogue holds, or None for any other text (a line quoting `msgid` in prose)."""
    lines = text.lstrip("\ufeff").split("\n")
    if sum(1 for line in lines if line.startswith('msgid "')) < tuning.catalogue_entries_min \
            or sum(1 for line in lines if line.startswith("msgstr")) < tuning.catalogue_entries_min:
        return None
    strings: list[str] = []
    comments: list[str] = []
    header: list[str] = []
    keyword: str | None = None
    parts: list[str] = []

    def close() -> None:
        value = "".join(parts)
        if keyword == "msgid" and value.strip():
            strings.append(value.strip())
        elif keyword == "msgstr" and not strings and value.strip():
            header.extend(field.strip() for field in value.split("\n") if field.strip())  # the header entry's fields

    for line in lines:
        if not line.strip():
            continue
        if line.startswith("#"):
            if line.startswith(("#.", "#:", "#,", "#|", "# ")) or line.strip() == "#":
                comments.append(line.lstrip("#.:,| ").strip())
                continue
        quoted = _QUOTED.match(line)
        if quoted is None:
            return None  # not a catalogue's line: a text that only mentions msgid
        if quoted.group(1) is not None:
            close()
            keyword, parts = quoted.group(1).split("[")[0], []
        parts.append(_unescaped(quoted.group(2)))
    close()
    if len(strings) < tuning.catalogue_entries_min:
        return None
    removed = [Removed(Kind.RECORD, " | ".join(header))] if header else []
    removed += [Removed(Kind.RECORD, comment) for comment in comments if comment]
    return SavedCatalogue("\n\n".join(strings), tuple(removed))


def _unescaped(quoted: str) -> str:
    """A C string's escapes read ("\\n", "\\"", "\\\\"): the text the page shows."""
    out: list[str] = []
    escaped = False
    for char in quoted:
        if escaped:
            out.append(_ESCAPES.get(char, char))
            escaped = False
        elif char == "\\":
            escaped = True
        else:
            out.append(char)
    return "".join(out)
