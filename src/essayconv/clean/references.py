"""The reference section ("Works Cited", "References", "Bibliography", …) split into one entry per
source, whether the page used paragraphs, list items, line breaks or plain lines."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import (
    BlockQuote,
    DraftBlock,
    Gap,
    Heading,
    Inlines,
    ListBlock,
    Paragraph,
    References,
    Removed,
    Text,
    count_words,
    normalize,
    plain_text,
    slice_inlines,
)
from ..regexes import compile_regex
from ..rules import SENTENCE_BREAKS
from ..signals import BRACKETED_NOTE_START, PLAIN_NOTE_START, Kind, line_shape
from ..tuning import Tuning
from .citations import cites_this_page
from .draft import FUNCTION_WORDS, Draft, text_and_words
from .entries import DATED, OPENS_AS_AN_ENTRY, an_entry, entries_set_aside
from .labels import STRIP_PARTS

# Where one entry ends and the next begins inside a run-together paragraph: after a year, a page
# range, "Print."/"Web." or a URL, before "Surname, Given".
_ENTRY_BOUNDARY = compile_regex(
    r"(?:(?<=\d\.)|(?<=\d\)\.)|(?<=Print\.)|(?<=Web\.)|(?<=[\w/]/)|(?<=\.html)|(?<=\.pdf))\s+"
    r"(?=[A-Z][\w’'\-]+(?:[ -][A-Z][\w’'\-]+)?, (?:[A-Z]|&))")
_NUMBER_PREFIX = compile_regex(r"^\s*(?:\[\d+\]|\d+\.)\s+")
# Every citation style gives a year (or n.d.), a link, or opens with "Surname, Given": a line with
# none of these after the entries is the site's tail ("Other Essays on …", "Ask Your Question").
_LOOKS_LIKE_ENTRY = compile_regex(
    DATED.pattern + r"|https?://|\bwww\.|\bdoi\b|"
    r"(?-i:^(?:[a-z]{1,3} )?[A-Z][\w’'\-]+(?:[ -][A-Z][\w’'\-]+)?, (?:[A-Z]|&))|"  # (a name's capitals: "Honorable mentions, …" is none)
    r"^[A-Z][^.!?]{1,60}\s\d{1,4}(?:[-–]\d{1,4})?\.?$", re.IGNORECASE)  # a short note: "McCullough 612."
_FIRST_PERSON_PROSE = compile_regex(r"^(?:I|I['’](?:ve|m|d|ll)|We|We['’](?:ve|re|d|ll)|My|Our)\s")
_FIRST_PERSON_MIN_WORDS = 20
"""A paragraph opening in the first person, a sentence long at least, is someone's prose, not an entry."""
_ONE_SENTENCE_MIN_WORDS = 15
"""An entry runs in parts set apart by full stops (who, what, where, when); a line opening on a sentence this long,
in lower case mostly and not on "Surname, Given", is prose after the list ("Second place went to … for an essay on the county's 1937
flood, and third to …")."""


def _one_long_sentence(text: str) -> bool:
    first = SENTENCE_BREAKS.split(text.strip(), maxsplit=1)[0]
    return count_words(first) >= _ONE_SENTENCE_MIN_WORDS and not OPENS_AS_AN_ENTRY.match(text) and not _URL.search(text) \
        and line_shape(first, FUNCTION_WORDS).capitalised_share < _TITLE_CASE_SHARE  # (a long title is set in capitals)


_TITLE_CASE_SHARE = 0.75


_URL = compile_regex(r"https?://|\bwww\.|\bdoi\b", re.IGNORECASE)
# A page break may fall inside a reference list; any other clutter after the entries ends it.
_PAGE_FURNITURE = frozenset({"page-number", "running-header"})


def _split_entries(spans: Inlines) -> list[Inlines]:
    text = plain_text(spans)
    cuts = [m.start() for m in _ENTRY_BOUNDARY.finditer(text)]
    if len(text.split()) < 20 or not cuts:
        return [spans]
    bounds = [0, *cuts, len(text)]
    pieces = [normalize(slice_inlines(spans, a, b)) for a, b in zip(bounds, bounds[1:])]
    if any(len(plain_text(p).split()) < 5 for p in pieces):
        return [spans]
    return pieces


def is_reference_heading(block: DraftBlock, draft: Draft) -> bool:
    if not isinstance(block, (Heading, Paragraph)):
        return False
    text, words = text_and_words(block)
    return words <= 5 and draft.rules.reference_heading.match(text.strip()) is not None


def _heading_index(draft: Draft) -> int | None:
    """The last reference heading; or, when the essay ends in several reference sections
    ("Works Cited", then "Footnotes"), the first of them."""
    tuning = draft.rules.tuning
    found = None
    for index in range(len(draft.blocks) - 1, -1, -1):
        block = draft.blocks[index]
        if is_reference_heading(block, draft) and not _over_prose(draft.blocks, index, tuning):
            found = index
        elif found is not None and isinstance(block, (Paragraph, Heading, BlockQuote)):
            text, words = text_and_words(block)
            if words > tuning.reference_entry_max_words or not _LOOKS_LIKE_ENTRY.search(text.strip()):
                break  # prose: the reference sections start after it
    return found


_ENTRIES_UNDER_A_NAME_MIN = 2
"""A list of this many entries, each "Surname, Given" with a year, is a reference list whatever its heading says
("From my bookshelf", "Where we found our information", "Referencias / References"): two make a list, one may be a
book the essay names."""


def _heading_over_entries(draft: Draft) -> int | None:
    """The last heading when all that follows it, up to the page's tail, opens on a run of entries: the list
    under a heading in the writer's own words."""
    tuning = draft.rules.tuning
    for index in range(len(draft.blocks) - 1, -1, -1):
        if not isinstance(draft.blocks[index], Heading):
            continue
        after = [b for b in draft.blocks[index + 1:] if not isinstance(b, (Removed, Gap))]
        items: list[str] = []
        for block in after:
            texts = [plain_text(i).strip() for i in block.items] if isinstance(block, ListBlock) \
                else [text_and_words(block)[0].strip()]
            if not all(an_entry(t, tuning) for t in texts):
                break
            items.extend(texts)
        found = len(items) >= _ENTRIES_UNDER_A_NAME_MIN and not _sections_after(draft.blocks, index, tuning)
        return index if found else None
    return None


def _first_after(blocks: tuple[DraftBlock, ...], index: int) -> DraftBlock | None:
    return next((b for b in blocks[index + 1:] if not isinstance(b, (Removed, Gap))), None)


def _over_prose(blocks: tuple[DraftBlock, ...], index: int, tuning: Tuning) -> bool:
    """The heading stands over a paragraph longer than any reference entry: a section of the text
    named like a list ("Literature" in an article's Culture section), not the list; or over a
    paragraph that cites nothing, with more sections of the essay after it ("Sources" / "The
    surviving material falls into three kinds. …" / "How the trade worked" / …)."""
    following = _first_after(blocks, index)
    if not isinstance(following, (Paragraph, BlockQuote)):
        return False
    text, words = text_and_words(following)
    return words > tuning.reference_entry_max_words or (
        _LOOKS_LIKE_ENTRY.search(text.strip()) is None and _sections_after(blocks, index, tuning))


def _sections_after(blocks: tuple[DraftBlock, ...], index: int, tuning: Tuning) -> bool:
    """A heading further down stands over a paragraph of prose: longer than any reference entry, or a
    few sentences that cite nothing (`section_prose_words`)."""
    for at in range(index + 1, len(blocks)):
        following = _first_after(blocks, at) if isinstance(blocks[at], Heading) else None
        if isinstance(following, (Paragraph, BlockQuote)):
            text, words = text_and_words(following)
            if words > tuning.reference_entry_max_words \
                    or words >= tuning.section_prose_words and _LOOKS_LIKE_ENTRY.search(text.strip()) is None:
                return True
    return False


def _note_number(block: DraftBlock, under_rule: bool) -> str | None:
    if not isinstance(block, Paragraph):
        return None
    text = text_and_words(block)[0]
    match = BRACKETED_NOTE_START.match(text) or (PLAIN_NOTE_START.match(text) if under_rule else None)
    return match.group(1) if match else None


def _called(number: str, body: str) -> bool:
    """The body calls note n: "channel[1]" or, from a printed page, "season.1"."""
    return f"[{number}]" in body or re.search(rf"(?<=[^\s\d]){number}(?!\d)", body) is not None


def _body(blocks: tuple[DraftBlock, ...] | list[DraftBlock]) -> str:
    """The body's text as `_called` reads it: its paragraphs and quotations, and its raised note
    numbers (set aside as `note-call`s, never read into the text) as "[n]"."""
    return " ".join([text_and_words(b)[0] for b in blocks if isinstance(b, (Paragraph, BlockQuote))]
                    + [f"[{b.text}]" for b in blocks if isinstance(b, Removed) and b.kind == Kind.NOTE_CALL])


def _next_note(text: str, number: int, body: str) -> bool:
    """Under a notes heading, the next note in sequence ("2 The exact number is still argued over."),
    called from the body by its number: the essay's note, however little it looks like a source."""
    match = BRACKETED_NOTE_START.match(text) or PLAIN_NOTE_START.match(text)
    return match is not None and match.group(1) == str(number) and _called(match.group(1), body)


def _trailing_footnotes(draft: Draft) -> Draft:
    """Notes at the end of the text with no heading ("[1] Liss, A Century of …", or "1 Liss, …"
    under a footnote rule), each called from the body by its number: they are the essay's notes."""
    blocks = list(draft.blocks)
    under_rule = any(isinstance(b, Removed) and b.kind == Kind.FOOTNOTE_RULE for b in blocks)
    start = len(blocks)
    numbers: list[str] = []
    while start > 0 and (isinstance(blocks[start - 1], Removed) or _note_number(blocks[start - 1], under_rule)):
        start -= 1
        number = _note_number(blocks[start], under_rule)
        if number:
            numbers.append(number)
    body = _body(blocks[:start])
    if not numbers or not all(_called(n, body) for n in numbers):
        return draft
    notes = [b for b in blocks[start:] if isinstance(b, Paragraph)]
    entries = tuple(normalize(slice_inlines(b.inlines, _note_prefix_len(b.inlines), len(plain_text(b.inlines))))
                    for b in notes)
    kept = [*blocks[:start], *(b for b in blocks[start:] if isinstance(b, Removed))]
    return replace(draft, blocks=tuple(kept), references=References("Notes", entries))


def split_references(draft: Draft) -> Draft:
    index = _heading_index(draft)
    if index is None:
        index = _heading_over_entries(draft)
    if index is None:
        return _trailing_footnotes(draft)
    heading_text = text_and_words(draft.blocks[index])[0].strip().rstrip(":").strip()
    heading_text = re.sub(r"^\d+\.?\s+", "", heading_text)
    entries: list[Inlines] = []
    kept_after: list[DraftBlock] = []
    ended = False
    calls = _note_calls(draft.blocks[:index])
    body = _body(draft.blocks[:index])
    after = draft.blocks[index + 1:]
    set_aside = entries_set_aside(after, draft.rules.tuning)
    if set_aside:  # (the finder's box ended at the heading: the entries under it are the list's, set aside as lines)
        entries.extend((Text(b.text),) for b in after[:set_aside])
        after = after[set_aside:]
    resumes = _prose_resumes(after, draft.rules.tuning)
    for position, block in enumerate(after):
        if position == resumes and entries:
            # more of the text after the list (a journal's earlier entry, holding the essay's first part):
            # its prose stays, the short lines among it go as the list's tail did
            kept_after.extend(b if isinstance(b, (Removed, Gap, Heading, BlockQuote, ListBlock)) or _prose(b, draft.rules.tuning)
                              else Removed(Kind.AFTER_REFERENCES, text_and_words(b)[0]) for b in after[position:])
            break
        if isinstance(block, (Removed, Gap)):
            kept_after.append(block)
            ended = ended or (bool(entries) and isinstance(block, Removed) and block.kind not in _PAGE_FURNITURE)
            continue
        if isinstance(block, (Paragraph, BlockQuote)):
            candidates = _split_entries(block.inlines)
        elif isinstance(block, ListBlock):
            candidates = list(block.items)
            if not ended and calls and len(block.items) == calls:
                entries.extend(candidates)  # the notes the body calls [1]…[n], one item each: its endnotes
                continue
        elif isinstance(block, Heading):
            if resumes is not None and entries and position < resumes and not is_reference_heading(block, draft):
                ended = True  # (a heading after the entries, the text resuming under it: the next part's)
                kept_after.append(Removed(Kind.AFTER_REFERENCES, text_and_words(block)[0]))
                continue
            if is_reference_heading(block, draft):
                kept_after.append(Removed(Kind.REFERENCES_HEADING, text_and_words(block)[0]))
                continue  # a second list ("Footnotes") under the first: its entries join the list
            if entries and isinstance(own := draft.blocks[index], Heading) and block.level <= own.level \
                    and not OPENS_AS_AN_ENTRY.match(text_and_words(block)[0].strip()):
                ended = True  # (a heading ranked as the list's own or above it heads the page's next part, not "Surname, G.")
                kept_after.append(Removed(Kind.AFTER_REFERENCES, text_and_words(block)[0]))
                continue
            candidates = [block.inlines]  # a bold entry the page styled as a heading
        else:
            candidates = []
        for candidate in candidates:
            text = plain_text(candidate).strip()
            # (a line of three or more parts set apart by "·" or "|" is the site's strip of facts: "Essay ID
            # HL-5512 · Reviewed by the editorial desk on 2 October 2024 · Report a problem"; no style writes an entry so)
            # (…nor does a writer speak in the first person in one: "I’ve written about Grandma Bea on this blog
            # before (see “The Tin Trunk”) …", the page's word under the list)
            ended = ended or (bool(entries) and not _next_note(text, len(entries) + 1, body)
                              and (not _LOOKS_LIKE_ENTRY.search(text) or len(STRIP_PARTS.split(text)) >= 3
                                   or _FIRST_PERSON_PROSE.match(text) is not None and count_words(text) >= _FIRST_PERSON_MIN_WORDS
                                   or _one_long_sentence(text) or cites_this_page(text, count_words(text), draft.title)))
            if ended:
                kept_after.append(Removed(Kind.AFTER_REFERENCES, text))
            else:
                entries.append(candidate)
    entries = [normalize(slice_inlines(e, _prefix_len(e), len(plain_text(e)))) for e in entries]
    entries = [e for e in entries if e]
    if not entries:
        return draft
    blocks = [*draft.blocks[:index], *kept_after]
    return replace(draft, blocks=tuple(blocks), references=References(heading_text, tuple(entries)))


def _prose(block: DraftBlock, tuning: Tuning) -> bool:
    return isinstance(block, Paragraph) and text_and_words(block)[1] >= tuning.essay_run_words


def _prose_resumes(after: tuple[DraftBlock, ...], tuning: Tuning) -> int | None:
    """Where the text goes on after the reference list, if it does: the first of the paragraphs of prose
    that follow it, when there are `prose_after_references_min` at least (a journal's earlier entry shown
    after the newest; a bio or a sign-off after the list is one paragraph; an annotated entry, however
    long, opens as an entry does)."""
    prose = [position for position, block in enumerate(after)
             if _prose(block, tuning) and not OPENS_AS_AN_ENTRY.match(text_and_words(block)[0].strip())]
    return prose[0] if len(prose) >= tuning.prose_after_references_min else None


def _note_calls(blocks: tuple[DraftBlock, ...]) -> int:
    """How many notes the body calls, when it calls them [1], [2]… [n] (or by raised numbers, set aside as
    `note-call`s) with none missing; else 0."""
    body = " ".join(text_and_words(b)[0] for b in blocks if isinstance(b, (Paragraph, BlockQuote, ListBlock)))
    numbers = {int(n) for n in re.findall(r"\[(\d{1,3})\]", body)}
    numbers |= {int(b.text) for b in blocks if isinstance(b, Removed) and b.kind == Kind.NOTE_CALL and b.text.isdigit()}
    return len(numbers) if len(numbers) >= 2 and numbers == set(range(1, len(numbers) + 1)) else 0


def _prefix_len(entry: Inlines) -> int:
    match = _NUMBER_PREFIX.match(plain_text(entry))
    return match.end() if match else 0


def _note_prefix_len(entry: Inlines) -> int:
    match = re.match(r"^\s*(?:\[\d{1,3}\]|\d{1,3})\s+", plain_text(entry))
    return match.end() if match else 0
