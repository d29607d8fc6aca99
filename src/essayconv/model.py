"""The document model: what every reader produces and every writer consumes.

Frozen dataclasses only. Inline content is a tuple of spans; block constructors normalise it
(adjacent text merged, whitespace collapsed, edges trimmed) so that two equal documents compare
equal however they were built.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Iterable, Union

from .regexes import compile_regex

# ---------------------------------------------------------------- inline spans


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Emph:
    children: tuple["Inline", ...]


@dataclass(frozen=True)
class Strong:
    children: tuple["Inline", ...]


@dataclass(frozen=True)
class Link:
    children: tuple["Inline", ...]
    url: str


@dataclass(frozen=True)
class Citation:
    """An in-text citation such as "(Eidelman 1)"; `key` is the first author or the number."""

    text: str
    key: str | None = None
    matched: bool = False


Inline = Union[Text, Emph, Strong, Link, Citation]
Inlines = tuple[Inline, ...]
Container = (Emph, Strong, Link)

# ---------------------------------------------------------------- blocks


class _Read:
    """A block's plain text and its whitespace tokens, worked out once: the cleaning passes ask for
    them of every block, pass after pass (not fields: equality, hashing and the JSON skip them)."""

    @cached_property
    def plain(self) -> str:
        if isinstance(self, ListBlock):
            return "\n".join(plain_text(item) for item in self.items)
        return plain_text(self.inlines)  # type: ignore[attr-defined]

    @cached_property
    def tokens(self) -> int:
        return len(self.plain.split())


@dataclass(frozen=True)
class Heading(_Read):
    level: int
    inlines: Inlines


@dataclass(frozen=True)
class Paragraph(_Read):
    inlines: Inlines


@dataclass(frozen=True)
class BlockQuote(_Read):
    inlines: Inlines


@dataclass(frozen=True)
class ListBlock(_Read):
    ordered: bool
    items: tuple[Inlines, ...]


@dataclass(frozen=True)
class Gap:
    """Where the source page hid or cut essay text ("teaser", "truncated", "unmarked-cut")."""

    reason: str


@dataclass(frozen=True)
class Removed:
    """Something stripped from the page. Only lives in the block stream while cleaning, so that
    removals keep their page order; `finish()` moves them into `Document.removed`."""

    kind: str
    text: str
    at: int = field(default=0, compare=False)
    """Where it stood among the kept blocks: how many of them came before it (set by `finish()`), so
    that removals made later, after conversion (site learning), still go in page order."""
    pages: int | None = field(default=None, compare=False)
    """For a site's template, learned across an archive: on how many of the site's pages it was seen."""


Block = Union[Heading, Paragraph, BlockQuote, ListBlock, Gap]
"""A block of the finished document: what writers receive."""
DraftBlock = Union[Block, Removed]
"""A block while the page is read and cleaned: removals stay in the stream, in page order, until
`clean.finish()` moves them into `Document.removed`."""


@dataclass(frozen=True)
class References:
    heading: str
    entries: tuple[Inlines, ...]


@dataclass(frozen=True)
class Metadata:
    source: str = ""
    site: str = "generic"
    author: str | None = None
    lang: str | None = None
    claimed_words: int | None = None
    claimed_pages: int | None = None
    words: int = 0
    complete: bool = True
    url: str | None = None  # where the page says it came from; not part of the JSON contract
    encoding: str | None = None  # how the bytes were decoded; not part of the JSON contract
    finder: str = ""  # how the essay was found (the finder's rung and why), for inspect; not in the contract


@dataclass(frozen=True)
class Document:
    title: str | None
    metadata: Metadata
    blocks: tuple[Block, ...]
    references: References | None = None
    citations: tuple[Citation, ...] = ()
    removed: tuple[Removed, ...] = field(default=())

    def with_blocks(self, blocks: Iterable[Block]) -> "Document":
        return replace(self, blocks=tuple(blocks))


# ---------------------------------------------------------------- normalisation

_WS = compile_regex(r"[ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")
# Inside a word, invisibly: soft hyphens, joiners, word joiner, BOM — deleted, the word closes up.
INVISIBLE_IN_WORDS = compile_regex(r"[\u00ad\u200c\u200d\u2060\ufeff]")
# Never text, but a separator where they stand: C0 controls, DEL, C1 controls (U+0080–U+009F: left
# over once mojibake is repaired, which happens first, per text node), zero-width space, and the bidi
# embedding/override controls that reorder what a reader sees ("Trojan source"). Become a space:
# "0\x80<em>River" is two words however the spans fall.
_SEPARATING_CONTROLS = compile_regex(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2066-\u2069]")


_CHANGED_BY_CLEANING = compile_regex(
    r"[\x00-\x1f\x7f-\xa0\u00ad\u1680\u2000-\u200d\u2028\u2029\u202a-\u202f\u205f\u2060\u2066-\u2069\u3000\ufeff]| {2}")
"""Anything `clean_whitespace` would change: a character of the three classes above, or two spaces."""


def clean_whitespace(text: str) -> str:
    """Collapse every run of whitespace (NBSP and friends included) into one space and drop
    invisible characters (soft hyphens, zero-width spaces) that scraping leaves inside words."""
    if _CHANGED_BY_CLEANING.search(text) is None:
        return text  # one scan instead of three substitutions, for most strings of a page
    if _NOT_SPLIT_BY_STR.search(text) is None:
        return _collapse_by_split(text)
    if text.isascii():  # no invisible letter; a control becomes a space that joins the run it is in
        return _ASCII_SEPARATING_OR_WS.sub(" ", text)
    return _WS.sub(" ", _SEPARATING_CONTROLS.sub(" ", INVISIBLE_IN_WORDS.sub("", text)))


_NOT_SPLIT_BY_STR = compile_regex("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u00ad\u200b-\u200d\u202a-\u202e\u2060\u2066-\u2069\ufeff]")
"""The characters `clean_whitespace` changes that `str.split` does not split at (the invisible ones
and the controls that are not `str.isspace`): a text without them is cleaned by splitting it.
(Every `str.isspace` character is one `clean_whitespace` makes a space; a test checks both.)"""


def _collapse_by_split(text: str) -> str:
    """`clean_whitespace` of a text whose every change is a run of white space made one space: one
    split and one join in C instead of three regex substitutions (a text's edges keep their space)."""
    words = text.split()
    if not words:
        return " " if text else ""
    return (" " if text[0].isspace() else "") + " ".join(words) + (" " if text[-1].isspace() else "")


_ASCII_SEPARATING_OR_WS = compile_regex(r"[ \t\n\r\f\v\x00-\x08\x0e-\x1f\x7f]+")
"""The ASCII characters of `_WS` and `_SEPARATING_CONTROLS`: in an ASCII text, a run of them is one space."""


def _merge(spans: Iterable[Inline]) -> list[Inline]:
    out: list[Inline] = []
    for span in spans:
        if isinstance(span, Text):
            text = clean_whitespace(span.text)
            if not text:
                continue
            if out and isinstance(out[-1], Text):
                joined = out[-1].text + text
                out[-1] = Text(_WS.sub(" ", joined))
            else:
                out.append(Text(text))
        elif isinstance(span, Container):
            children = tuple(_merge(span.children))
            if children:
                out.append(replace(span, children=children))
        elif isinstance(span, Citation):
            out.append(span)
    return out


def _trim(spans: list[Inline], at_start: bool) -> list[Inline]:
    """Strip whitespace at one edge, descending into containers."""
    if not spans:
        return spans
    index = 0 if at_start else -1
    span = spans[index]
    if isinstance(span, Text):
        text = span.text.lstrip() if at_start else span.text.rstrip()
        new: Inline | None = Text(text) if text else None
    elif isinstance(span, Container):
        children = tuple(_trim(list(span.children), at_start))
        new = replace(span, children=children) if children else None
    else:
        return spans
    rest = spans[1:] if at_start else spans[:-1]
    if new is None:
        return _trim(rest, at_start)
    return [new, *rest] if at_start else [*rest, new]


def normalize(spans: Iterable[Inline]) -> Inlines:
    merged = _merge(spans)
    merged = _trim(merged, at_start=True)
    merged = _trim(merged, at_start=False)
    return tuple(merged)


def plain_text(spans: Iterable[Inline]) -> str:
    parts: list[str] = []
    for span in spans:
        if isinstance(span, Text):
            parts.append(span.text)
        elif isinstance(span, Citation):
            parts.append(span.text)
        else:
            parts.append(plain_text(span.children))
    return "".join(parts)


def slice_inlines(spans: Inlines, start: int, end: int) -> Inlines:
    """The spans covering plain-text offsets [start, end), formatting kept. Offsets are those of
    `plain_text(spans)`; a citation cut in two keeps only its text."""
    out: list[Inline] = []
    pos = 0
    for span in spans:
        length = len(plain_text((span,)))
        lo, hi = max(start, pos), min(end, pos + length)
        if lo < hi:
            if lo == pos and hi == pos + length:
                out.append(span)
            elif isinstance(span, Text):
                out.append(Text(span.text[lo - pos : hi - pos]))
            elif isinstance(span, Citation):
                out.append(Text(span.text[lo - pos : hi - pos]))
            else:
                children = slice_inlines(span.children, lo - pos, hi - pos)
                out.append(replace(span, children=children))
        pos += length
        if pos >= end:
            break
    return tuple(out)


def block_text(block: DraftBlock) -> str:
    """Plain text of a block, for matching and word counts."""
    if isinstance(block, _Read):
        return block.plain
    if isinstance(block, Removed):
        return block.text
    return ""


LETTER_MARKS = ("\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
                "\u0900-\u0963\u0966-\u0dff\u0e31-\u0e3a\u0e47-\u0e4e\u0eb1-\u0ebc\u0ec8-\u0ecd\u0f18-\u0fbc"
                "\u102b-\u103e\u1056-\u108d\u17b4-\u17d3\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20f0\ufe00-\ufe0f\ufe20-\ufe2f")
"""The combining marks of a word's letters, for a character class: a vowel sign or a nasal mark inside
a Hindi, Bengali or Tamil word ("निबंध", "শব্দ"), a Hebrew or Arabic vowel point, a decomposed accent.
re's \\w does not take them, so a word broke at each one ("निबंध" read as three words). The Indic
blocks are taken whole but for the danda and double danda (।॥), which end sentences."""

_WORD = compile_regex(rf"\w[\w{LETTER_MARKS}]*(?:['’\-]\w[\w{LETTER_MARKS}]*)*")


def count_words(text: str) -> int:
    if text.isascii():  # (most texts) counted by C splits instead of a list of regex matches
        pieces = text.encode("ascii").translate(_ASCII_WORD_OR_JOIN).replace(b"--", b"  ").split()
        return len(pieces) - pieces.count(b"-")
    return len(_WORD.findall(text))


_ASCII_WORD_OR_JOIN = bytes.maketrans(bytes(range(128)), bytes(
    ord("a") if chr(c).isalnum() or c == ord("_") else ord("-") if chr(c) in "'-" else ord(" ") for c in range(128)))
"""An ASCII text's bytes as `_WORD` reads them: a word character, a joiner (' or -) or a space. A
single joiner between word characters joins them into one word; two joiners in a row part them (made
spaces), and a joiner left standing alone ("a - b") is no word."""


def paragraph(text_or_spans: str | Iterable[Inline]) -> Paragraph:
    spans = [Text(text_or_spans)] if isinstance(text_or_spans, str) else text_or_spans
    return Paragraph(normalize(spans))


def heading(level: int, text_or_spans: str | Iterable[Inline]) -> Heading:
    spans = [Text(text_or_spans)] if isinstance(text_or_spans, str) else text_or_spans
    return Heading(level, normalize(spans))


def has_content(block: DraftBlock) -> bool:
    if isinstance(block, (Heading, Paragraph, BlockQuote)):
        return bool(block.inlines)
    if isinstance(block, ListBlock):
        return any(block.items)
    return True
