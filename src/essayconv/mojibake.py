"""Repair of text that was mis-decoded once before it reached us ("â€™" for "’"): a text
concern, not an input one, so the readers (per HTML text node, or a whole text dump) call it
here rather than reaching back into sources/."""

from __future__ import annotations

from .regexes import compile_regex

# UTF-8 read as windows-1252/latin-1 leaves a lead byte's character (Ã, Â, â, Ð …) followed by a
# continuation byte's (€, ™, ¢, œ, a C1 control …). Text without such a pair cannot hold that kind
# of mojibake, and skipping ftfy then saves its import and its scan.
_MOJIBAKE_HINT = compile_regex(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")


def repair_mojibake(text: str) -> str:
    """Undo double encoding ("â€™" → "’") only where ftfy judges the text bad, so correct curly
    quotes and accents are never touched."""
    if text.isascii() or not _MOJIBAKE_HINT.search(text):
        return text
    from ftfy import fix_encoding
    from ftfy.badness import is_bad

    return fix_encoding(text) if is_bad(text) else text
