"""Text every writer can carry. XML 1.0 (DOCX, HTML, PDF metadata via XMP) forbids most C0
controls, U+FFFE/U+FFFF and lone surrogates; C1 controls (U+0080–U+009F: NEL, an 8-bit CSI)
are allowed there but are terminal escapes waiting to happen in JSON and a viewer's title bar.
Both arrive in scraped titles and in user options; they are removed before any writer runs, so
every format holds the same text and none fails on it."""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace
from typing import Any, TypeVar

from .regexes import compile_regex

# C0 controls but tab/newline/CR, DEL, C1 controls, lone surrogates and the non-characters
# U+FFFE/U+FFFF (of the first, second and last planes).
_CLASS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\U0001fffe\U0001ffff\U0010fffe\U0010ffff"
_FORBIDDEN = compile_regex(f"[{_CLASS}]+")
# Between two visible characters a run of them separates words, as it did on the page ("0\x80River"
# is two words): a space. Beside a space or at an edge it is simply deleted (no doubled spaces).
_BETWEEN_WORDS = compile_regex(f"(?<=[^\\s{_CLASS}])[{_CLASS}]+(?=[^\\s{_CLASS}])")
_BETWEEN_SPACES = compile_regex(f" [{_CLASS}]+ ")

T = TypeVar("T")


def safe_text(text: str) -> str:
    if _FORBIDDEN.search(text) is None:
        return text  # one scan instead of three substitutions: most texts hold none
    return _FORBIDDEN.sub("", _BETWEEN_SPACES.sub(" ", _BETWEEN_WORDS.sub(" ", text)))


def _needs_cleaning(text: str) -> bool:
    return _FORBIDDEN.search(text) is not None


def safe_value(value: T, only: frozenset[str] | None = None) -> T:
    """`value` with every string in it made safe: strings, tuples, and frozen dataclasses (all their
    fields, or only the fields named in `only` at the top level). Unchanged values are returned
    as they are, so a clean document costs one scan."""
    if isinstance(value, str):
        return safe_text(value) if _needs_cleaning(value) else value  # type: ignore[return-value]
    if isinstance(value, tuple):
        cleaned = tuple(safe_value(v) for v in value)
        return value if all(a is b for a, b in zip(cleaned, value)) else cleaned  # type: ignore[return-value]
    if is_dataclass(value) and not isinstance(value, type):
        changes: dict[str, Any] = {}
        for field in fields(value):
            if only is not None and field.name not in only:
                continue
            old = getattr(value, field.name)
            new = safe_value(old)
            if new is not old:
                changes[field.name] = new
        return replace(value, **changes) if changes else value  # type: ignore[return-value]
    return value


# The options whose text is printed (file names are left alone: they name files, not print).
PRINTED_OPTIONS = frozenset(("author", "instructor", "course", "date", "affiliation", "source_url"))
