"""The page options (--page-size, --margins, --font-size) read once, for both print writers: the
PDF writes them back as CSS, the DOCX writer in inches. Lengths are CSS lengths, tokenised by
tinycss2 (WeasyPrint's own tokenizer), so the two formats accept the same text."""

from __future__ import annotations

import re
from dataclasses import dataclass

import tinycss2

from ..errors import OptionError
from ..regexes import compile_regex

INCHES_PER_UNIT = {"in": 1.0, "cm": 1 / 2.54, "mm": 1 / 25.4, "pt": 1 / 72, "pc": 1 / 6, "px": 1 / 96}
RELATIVE_UNITS = ("em",)
"""Units CSS can lay out (the PDF) but Word cannot: it has no font to measure an em against."""
_NUMBER = compile_regex(r"\d+(?:\.\d+)?", re.ASCII)
"""Plain decimals only: no sign, exponent or leading dot (as the options always took)."""

PAGE_SIZES = {"letter": (8.5, 11.0), "a4": (8.27, 11.69), "a5": (5.83, 8.27), "legal": (8.5, 14.0), "b5": (6.93, 9.84)}
"""The named sizes both formats print, as (width, height) in inches."""
_CSS_PAGE_SIZE = compile_regex(r"(?:a[3-6]|b[4-5]|letter|legal|ledger)(?: (?:portrait|landscape))?")
"""More sizes CSS names (the PDF takes these too)."""


@dataclass(frozen=True)
class Length:
    number: str
    """As written ("1.50"), so that the CSS says what the user said."""
    unit: str
    """"pt" for a bare number, as in the PDF."""

    @property
    def css(self) -> str:
        return self.number + self.unit


def _bad_lengths(option: str, value: str) -> OptionError:
    return OptionError(f"{option} takes CSS lengths such as 1in, 2.5cm, 12pt (got {value!r})")


def lengths(value: str, option: str) -> tuple[Length, ...]:
    """`value` as CSS lengths separated by white space ("1in 2.5cm", "12"); anything else (a sign,
    a comment, "1in2cm", an unknown unit) is an OptionError naming `option`."""
    found: list[Length] = []
    for token in tinycss2.parse_component_value_list(value, skip_comments=False):
        if token.type == "whitespace":
            continue
        if token.type not in ("number", "dimension") or not _NUMBER.fullmatch(token.representation):
            raise _bad_lengths(option, value)
        unit = token.unit if token.type == "dimension" else "pt"
        if unit not in INCHES_PER_UNIT and unit not in RELATIVE_UNITS:
            raise _bad_lengths(option, value)
        found.append(Length(token.representation, unit))
    if not found:
        raise _bad_lengths(option, value)
    return tuple(found)


def inches(length: Length, option: str, value: str) -> float:
    """A length in inches; a relative one (em) is an OptionError, as Word cannot lay it out."""
    if length.unit not in INCHES_PER_UNIT:
        raise _bad_lengths(option, value)
    return float(length.number) * INCHES_PER_UNIT[length.unit]


def margins(value: str) -> tuple[Length, ...]:
    """--margins: one to four lengths, in CSS's order (top, right, bottom, left)."""
    found = lengths(value, "--margins")
    if len(found) > 4:
        raise OptionError(f"--margins takes one to four lengths (got {value!r})")
    return found


def margins_css(value: str) -> str:
    """--margins as the value of CSS `margin` (the shorthand as given)."""
    return " ".join(length.css for length in margins(value))


def margin_inches(value: str) -> tuple[float, float, float, float]:
    """--margins as (top, right, bottom, left) inches, the shorthand spelled out as CSS does."""
    parts = [inches(length, "--margins", value) for length in margins(value)]
    top = parts[0]
    right = parts[1] if len(parts) > 1 else top
    bottom = parts[2] if len(parts) > 2 else top
    left = parts[3] if len(parts) > 3 else right
    return top, right, bottom, left


def font_size(value: str) -> Length:
    """--font-size: exactly one length."""
    found = lengths(value, "--font-size")
    if len(found) != 1:
        raise _bad_lengths("--font-size", value)
    return found[0]


def font_points(value: str) -> float:
    """--font-size in points."""
    return inches(font_size(value), "--font-size", value) * 72


def _page_size(value: str) -> str:
    return value.strip().lower()


def css_page_size(value: str) -> str:
    """--page-size as a CSS `size` value (named sizes, and the ones CSS adds, with an orientation)."""
    size = _page_size(value)
    if size not in PAGE_SIZES and not _CSS_PAGE_SIZE.fullmatch(size):
        raise OptionError(f"--page-size: unknown size {value!r} ({', '.join(PAGE_SIZES)})")
    return size


def page_inches(value: str) -> tuple[float, float]:
    """--page-size (or a style's own size) as (width, height) in inches: the named sizes only."""
    size = _page_size(value)
    if size not in PAGE_SIZES:
        raise OptionError(f"--page-size: unknown size {size!r} for DOCX ({', '.join(PAGE_SIZES)})")
    return PAGE_SIZES[size]
