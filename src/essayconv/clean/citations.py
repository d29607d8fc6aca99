"""In-text citations — MLA "(Eidelman 1)", APA "(Smith & Jones, 2019, p. 4)", narrative
"Gibbs (1988)", numeric "[3]" — found, marked as `Citation` spans and matched to the reference
entries when the essay has a list."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

from ..model import BlockQuote, Citation, DraftBlock, Inlines, ListBlock, Paragraph, normalize, plain_text, slice_inlines
from ..regexes import compile_regex
from .draft import Draft

_NAME = r"[A-Z][\w’'\-]+(?:\s(?:de|van|von|da|del|la|le)\s[A-Z][\w’'\-]+)?"
_AUTHORS = rf"{_NAME}(?:(?:,|,? (?:and|&)) {_NAME})*(?: et al\.?)?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)[a-z]?|n\.d\."
_LOCATOR = r"(?:(?i:p|pp|para|paras|parag|par|ch|sec)\.?\s?\d+(?:[-–]\d+)?|\d+(?:[-–]\d+)?)"
# One source inside parentheses; several are separated by ";".
_APA = rf"(?:see |e\.g\.,? )?(?P<a_author>{_AUTHORS}),? (?P<year>{_YEAR})(?:,? {_LOCATOR})?"
_MLA = rf"(?P<m_author>{_AUTHORS})(?: [A-Z][\w’'\-]+(?: [A-Z\d][\w’'\-]*){{0,5}})?,? {_LOCATOR}"
_PAREN = compile_regex(r"\((?P<body>[^()]{2,160})\)")
_ONE = compile_regex(rf"^(?:{_APA}|{_MLA})$")
_NARRATIVE = compile_regex(rf"(?P<author>{_AUTHORS}) \((?P<year>{_YEAR})(?:, {_LOCATOR})?\)")
_NUMERIC = compile_regex(r"\[(?P<nums>\d{1,3}(?:\s*[-–,]\s*\d{1,3})*)\](?:\[\d{1,3}\])*")
_SOURCE_ONLY = compile_regex(rf"^(?P<author>{_AUTHORS}|[A-Z]{{2,}}(?: [A-Z]{{2,}})*)$")
_QUOTE_PAGE = compile_regex(r"(?<=[”\"’])\s?\((?P<page>\d{1,4}(?:[-–]\d{1,4})?)\)")


@lru_cache(maxsize=4096)
def _folded_head(entry: str) -> str:
    return _fold(entry[:120])


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _first_surname(authors: str) -> str:
    return re.split(r",| and | & | et al", authors)[0].strip()


def _entry_matches(key: str, year: str | None, entry: str) -> bool:
    head = _folded_head(entry)
    folded = _fold(key)
    if not re.match(rf"\W*{re.escape(folded)}\b", head) and not (len(folded) > 3 and folded in head[:60]):
        return False
    return year is None or year == "n.d." or year[:4] in entry


def _longest_matching_name(part: str, surname: str, entries: list[str]) -> str:
    """"(García Márquez 45)": the regex cannot tell a two-word surname from a title, but the
    reference list can — take the longest run of leading words that an entry starts with."""
    words = re.findall(r"[^\W\d_][\w’'\-]*", part.split(",")[0])
    for n in range(min(len(words), 4), 1, -1):
        candidate = " ".join(words[:n])
        if any(_entry_matches(candidate, None, e) for e in entries):
            return candidate
    return surname


def _find(text: str, entries: list[str]) -> list[tuple[int, int, Citation]]:
    if "(" not in text and "[" not in text:
        return []  # every form read below holds a bracket (most paragraphs hold none: not searched)
    found: list[tuple[int, int, Citation]] = []

    def match_key(key: str, year: str | None) -> bool:
        return any(_entry_matches(key, year, e) for e in entries)

    for match in _PAREN.finditer(text):
        parts = [p.strip() for p in match.group("body").split(";")]
        keys: list[tuple[str, str | None]] = []
        for part in parts:
            one = _ONE.match(part)
            if one:
                authors = one.group("a_author") or one.group("m_author")
                # "(Armitage 1771)" is MLA with a line number, not a year: only the APA comma
                # form ("Smith, 2019") makes the year part of the match.
                year = one.group("year") if one.group("year") and "," in part else None
                keys.append((_longest_matching_name(part, _first_surname(authors), entries), year))
                continue
            source = _SOURCE_ONLY.match(part)
            if source and entries and match_key(_first_surname(source.group("author")), None):
                keys.append((_first_surname(source.group("author")), None))
                continue
            keys = []
            break
        if keys:
            key, year = keys[0]
            matched = all(match_key(k, y) for k, y in keys) if entries else False
            found.append((match.start(), match.end(), Citation(match.group(0), key, matched)))
    for match in _NARRATIVE.finditer(text):
        key = _first_surname(match.group("author"))
        found.append((match.start(), match.end(),
                      Citation(match.group(0), key, bool(entries) and match_key(key, match.group("year")))))
    for match in _NUMERIC.finditer(text):
        numbers = [int(n) for n in re.findall(r"\d+", match.group(0))]
        found.append((match.start(), match.end(),
                      Citation(match.group(0), str(numbers[0]), bool(entries) and max(numbers) <= len(entries))))
    for match in _QUOTE_PAGE.finditer(text):
        found.append((match.start(), match.end(), Citation(match.group(0).strip(), None, False)))
    # Overlaps: the earliest, then longest, wins.
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, Citation]] = []
    for item in found:
        if not kept or item[0] >= kept[-1][1]:
            kept.append(item)
    return kept


def _mark(spans: Inlines, found: list[tuple[int, int, Citation]]) -> Inlines:
    text = plain_text(spans)
    out = []
    position = 0
    for start, end, citation in found:
        # a leading space inside the match (quote-page form) stays as text
        while start < end and text[start].isspace():
            start += 1
        out.extend(slice_inlines(spans, position, start))
        out.append(citation)
        position = end
    out.extend(slice_inlines(spans, position, len(text)))
    return normalize(out)


def link_citations(draft: Draft) -> Draft:
    entries = [plain_text(e) for e in draft.references.entries] if draft.references else []
    citations: list[Citation] = []
    out: list[DraftBlock] = []
    for block in draft.blocks:
        if isinstance(block, (Paragraph, BlockQuote)):
            found = _find(plain_text(block.inlines), entries)
            if found:
                citations.extend(c for _, _, c in found)
                block = replace(block, inlines=_mark(block.inlines, found))
        elif isinstance(block, ListBlock):
            items = []
            for item in block.items:
                found = _find(plain_text(item), entries)
                citations.extend(c for _, _, c in found)
                items.append(_mark(item, found) if found else item)
            block = replace(block, items=tuple(items))
        out.append(block)
    return replace(draft, blocks=tuple(out), citations=tuple(citations))


_CITED_YEAR = compile_regex(r"\((?:1[89]|20)\d\d\b|\(n\.\s?d\.\)")
_WEB_ADDRESS = compile_regex(r"https?://\S+|\b[\w-]+(?:\.[\w-]+)+/\S*")


def cites_this_page(text: str, words: int, title: str | None) -> bool:
    """The site's "cite this page" entry for the essay itself: the essay's own title, then a date
    in parentheses ("Bicycle Lanes and Urban Safety. (2024, Mar 18). Retrieved from …"); or, in any
    order and any language, the site's name, a year in parentheses, the title and the page's address
    ("Aufsatzwerkstatt (2025): <title>. Online unter: site.example/…"). A reference to a book that
    shares the essay's title carries no web address of the essay."""
    if not title or words > 60:
        return False
    folded, wanted = text.casefold(), title.casefold()
    if folded.startswith(wanted) and re.match(r"[\s.:\-–—\"”]*\((?:\d{4}|n\.d\.)", text[len(title):]):
        return True
    # (a short title may be anyone's words: it counts when the page's address spells it too, "…/pirated-pinafores-58369")
    short = len(title.split()) < 3 and re.sub(r"\W+", "-", wanted).strip("-") not in folded
    if short or wanted not in folded:
        return False
    if _CITED_YEAR.search(text) is not None and _WEB_ADDRESS.search(text) is not None:
        return True
    # MLA's form for the page itself: the title in quotes, then the site and a date ("“Title.” Old Quarry
    # Term Papers, 30 Sep. 2020, paper no. 49011.")
    quoted = re.search(rf"[\"“]{re.escape(wanted)}[.,]?[\"”]", folded)
    return quoted is not None and re.search(r"\b(?:1[89]|20)\d\d\b", text[quoted.end():]) is not None
