"""What MLA and APA decide about the words on the page: the reference-list heading and title case.
The rules are data (styles/conventions.toml); this applies them to a Document before a print writer
lays it out. Styles without an entry (default, handout) keep the site's own title and heading."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from functools import lru_cache
from typing import Any

from ..model import Document
from ..options import Options
from ..regexes import compile_regex
from ..styles import styles_dir


@lru_cache(maxsize=1)
def conventions() -> dict[str, Any]:
    return tomllib.loads((styles_dir() / "conventions.toml").read_text("utf-8"))


_WORD = compile_regex(r"[^\s]+")


def _case_part(part: str, minor: frozenset[str], major: bool) -> str:
    """One word (or one piece of a hyphenated word). Only words in plain lower or Capitalised form
    change: "iPhone", "USA", "McCarthy" are written as their owners write them."""
    letters = part.strip("\"'“”‘’()[]")
    if not letters or not (letters.islower() or letters == letters.capitalize()):
        return part
    if not major and letters.lower() in minor:
        return part.lower()
    index = next((i for i, c in enumerate(part) if c.isalpha()), None)
    return part if index is None else part[:index] + part[index].upper() + part[index + 1:]


def title_case(title: str, minor: frozenset[str]) -> str:
    """MLA/APA title case: major words capitalised, minor words lower-case unless they are the
    first or last word or follow a colon. A title in capitals throughout is left as it is."""
    if not any(c.islower() for c in title):
        return title
    words = _WORD.findall(title)
    out: list[str] = []
    for index, word in enumerate(words):
        major = index in (0, len(words) - 1) or (index > 0 and words[index - 1].endswith((":", "—", "?", "!")))
        out.append("-".join(_case_part(piece, minor, major and n == 0) for n, piece in enumerate(word.split("-"))))
    return " ".join(out)


def apply_conventions(document: Document, options: Options) -> Document:
    """The document as the style prints it: title case and the style's reference heading."""
    rules = conventions().get(options.style)
    if not rules:
        return document
    title = document.title
    # the minor words are English ones; Spanish and French titles take sentence case, left as written
    english = (document.metadata.lang or "en").lower().startswith("en")
    if title and rules.get("title_case") and english:
        title = title_case(title, frozenset(rules.get("minor", ())))
    references = document.references
    notes = {h.casefold() for h in conventions().get("notes", {}).get("headings", ())}
    if references and rules.get("references_heading") and references.heading.casefold() not in notes:
        references = replace(references, heading=rules["references_heading"])
    return replace(document, title=title, references=references)


# What each style's front matter prints: (what it is called, the Options fields it shows). A
# style not listed prints none of them.
STYLE_FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "mla": ("the MLA heading block and running head", ("author", "instructor", "course", "date")),
    "apa": ("the APA title page", ("author", "affiliation", "course", "instructor", "date")),
}


def missing_style_fields(document: Document, options: Options) -> str | None:
    """One line naming the options the style's front matter lacks (MLA without --author prints an
    empty running-head surname and no heading block)."""
    if options.style not in STYLE_FIELDS:
        return None
    what, names = STYLE_FIELDS[options.style]
    values = {name: getattr(options, name) for name in names}
    values["author"] = values["author"] or document.metadata.author
    missing = [f"--{name}" for name in names if not values[name]]
    return f"{what} will be incomplete: no {', '.join(missing)} given" if missing else None
