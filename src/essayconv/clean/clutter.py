"""Passes that take site clutter out: label/value pairs, word/page banners, phrase-matched blocks
(related tails, sign-up walls, ads, cite boxes, share bars, cookie notices), site tables of
contents, phrases injected into paragraphs, and the empty "()" left where a site stripped a source.
Every removal stays in the block stream as a `Removed` record, in page order."""

from __future__ import annotations

import math
import re
from dataclasses import replace

from ..model import (TERMINAL, Block, BlockQuote, Gap, Heading, ListBlock, Paragraph, Removed, Text, count_words,
                     normalize, plain_text, slice_inlines)
from ..rules import CounterShape, Rules
from .draft import Draft, inlines_of, is_texty, next_content, removed, text_and_words


# Records for whole elements the finder or a site profile set aside before reading: the clutter
# rules name them ("cite-box", "disclaimer") and the banner pass reads their numbers.
SET_ASIDE_WHOLE = frozenset(("outside-essay", "site-clutter"))


def join_label_pairs(draft: Draft) -> Draft:
    """Sites print "Words:" on one line and "2704" on the next: read them as one line."""
    out: list[Block] = []
    blocks = list(draft.blocks)
    i = 0
    while i < len(blocks):
        block = blocks[i]
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if isinstance(block, Paragraph) and isinstance(following, Paragraph):
            label = plain_text(block.inlines).rstrip(":").strip().lower()
            value = plain_text(following.inlines)
            if label in draft.rules.label_names and 0 < len(value) <= 60 and count_words(value) <= 8:
                out.append(Paragraph(normalize([Text(f"{label.capitalize()}: {value}")])))
                i += 2
                continue
        out.append(block)
        i += 1
    return draft.with_blocks(out)


def _number(text: str | None) -> int | None:
    """"1,058" → 1058; "3.5" (double-spaced pages) → 4: a started page is a page."""
    if not text:
        return None
    if re.fullmatch(r"\d{1,3}(?:[.,\u00a0 ]\d{3})+", text):  # "1,058", "1.046", "1 046": thousands
        return int(re.sub(r"\D", "", text))
    try:
        return math.ceil(float(text.replace(",", ".")))
    except ValueError:
        return None


_COUNT_LABEL = re.compile(r"^(?:words|pages|word count|wordcount|length):", re.IGNORECASE)


def _banner_parts(text: str, draft: Draft) -> list[tuple[int | None, int | None]] | None:
    """A banner line may pack several fields ("Pages: 2 | Words: 953 | Published: …")."""
    for pattern in draft.rules.banners:
        match = pattern.match(text)
        if match:
            groups = match.groupdict()
            pages = groups.get("pages") or groups.get("pages_in_parens")
            return [(_number(groups.get("words")), _number(pages))]
    if draft.rules.label_clutter.match(text) or _COUNT_LABEL.match(text):
        words = draft.rules.words_in_metadata.search(text)
        pages = draft.rules.pages_in_metadata.search(text)
        if words or pages:
            return [(_number(words.group("words")) if words else None,
                     _number(pages.group("pages")) if pages else None)]
    return None


# where a glued header joins its parts ("Home › Essays", "· 5 min read", a sentence end); not "/",
# which joins two counts ("6 pages / 1,420 words")
_SEGMENTS = re.compile(r"\s[·|•›»>]\s|\n|(?<=[.!?])\s+(?=[^\W\d_])")
_OTHER_WORD = re.compile(r"[^\W\d_]{2,}")


COUNTER_WINDOW_WORDS = 4
"""In a record the finder set aside (a facts box, a glued header), only the words this close to
the counts are weighed: the box's other fields are not the count's sentence."""


def counter_parts(text: str, shape: CounterShape, windowed: bool = False) -> tuple[int | None, int | None] | None:
    """A word and/or page count in any wording ("This sample has 642 words (about 3 pages at 275
    words per page)", "📄 Pages: 3 · 📝 Words: 596", "603 Wörter (etwa 2 Seiten)"): the numbers,
    when the line says little else; None for prose that merely mentions a number."""
    words = pages = None
    spans: list[tuple[int, int]] = []
    numbers: list[tuple[int, int]] = []
    # label first ("Words 1,046 Pages 4") before number first, and a number is read once: else
    # "1,046 Pages" would be read as a page count
    for pattern in (shape.unit_number, shape.number_unit):
        for match in pattern.finditer(text):
            if any(a < match.end("n") and match.start("n") < b for a, b in numbers):
                continue
            numbers.append(match.span("n"))
            number = _number(match.group("n"))
            if match.group("w") and words is None:
                words = number
            elif match.group("p") and pages is None:
                pages = number
            spans.append(match.span())
    if words is None and pages is None or (words is not None and words < shape.min_words):
        return None
    # the other words: everywhere, or only those within a few words of the counts
    start, end = min(a for a, _ in spans), max(b for _, b in spans)
    others = [m for m in _OTHER_WORD.finditer(text) if not any(a <= m.start() < b for a, b in spans)]
    if windowed:
        others = ([m for m in others if m.end() <= start][-COUNTER_WINDOW_WORDS:]
                  + [m for m in others if start <= m.start() < end]
                  + [m for m in others if m.start() >= end][:COUNTER_WINDOW_WORDS])
    return None if len(others) > shape.max_other_words else (words, pages)


_OTHER_ESSAYS = frozenset(("related", "comments", "links"))


def _one_count(text: str, shape: CounterShape) -> bool:
    """The text states one word count: a facts box, not a list of other essays with theirs."""
    counts = [m for pattern in (shape.number_unit, shape.unit_number) for m in pattern.finditer(text) if m.group("w")]
    return len(counts) == 1


def _counter_in(text: str, shape: CounterShape, title: str | None = None,
                windowed: bool = False) -> tuple[int | None, int | None] | None:
    """The count in a line, or in one segment of a header the page glued together ("Home ›
    Essays · <the title> Document length: 6 pages / 1,420 words"; the title is not counted as
    words beside the count)."""
    if title and len(title) >= 8:
        text = re.sub(re.escape(title), " · ", text, flags=re.IGNORECASE)
    return counter_parts(text, shape, windowed) or next(
        (parts for segment in _SEGMENTS.split(text) if (parts := counter_parts(segment, shape, windowed))), None)


def extract_banners(draft: Draft) -> Draft:
    """Word/page banners ("591 Words3 Pages") become claimed_words/claimed_pages: the known
    layouts by the banner patterns, any other wording by the counter shape. The finder may have set
    the line aside already (beside the essay's container, under any kind): before the essay's
    first paragraph its counts are still the page's own; after it, they belong to other essays'
    cards."""
    words, pages = draft.claimed_words, draft.claimed_pages
    out: list[Block] = []
    essay_started = False
    for block in draft.blocks:
        essay_started = essay_started or (isinstance(block, Paragraph) and text_and_words(block)[1] >= 20)
        if isinstance(block, ListBlock):
            # "Words: 220 / Pages: 1 / Subject: Health" laid out as a list: metadata, not the essay
            items = [plain_text(item).strip() for item in block.items]
            parts = [_banner_parts(item, draft) for item in items]
            if any(parts) and all(p or draft.rules.label_clutter.match(i) for p, i in zip(parts, items)):
                for found_words, found_pages in (pair for p in parts if p for pair in p):
                    words = words if words is not None else found_words
                    pages = pages if pages is not None else found_pages
                out.append(removed("banner", " | ".join(items)))
                continue
        # A banner often sits beside the essay's container, so the finder already set it aside.
        if isinstance(block, (Paragraph, Heading)) or (isinstance(block, Removed) and block.kind in SET_ASIDE_WHOLE):
            text, count = text_and_words(block)
            parts = _banner_parts(text, draft) if count <= 24 else None
            if parts and any(w is None or p is None for w, p in parts):
                # a known banner layout may leave one count unread ("880 words | 3 pages · …")
                counted = _counter_in(text, draft.rules.counter, draft.title, windowed=True)
                parts = [*parts, counted] if counted else parts
            if parts:
                for found_words, found_pages in parts:
                    words = words if words is not None else found_words
                    pages = pages if pages is not None else found_pages
                out.append(removed("banner", text))
                continue
            # after the essay's start a line with a count is another essay's card or the site's
            # tail ("Unlock all 5 pages", "Ende der Leseprobe aus 6 Seiten"): the later passes name it
            readable = (count <= 24 or isinstance(block, Removed)) and not essay_started
            counted = _counter_in(text, draft.rules.counter, draft.title,
                                  windowed=isinstance(block, Removed)) if readable else None
            if counted:
                words = words if words is not None else counted[0]
                pages = pages if pages is not None else counted[1]
                out.append(removed("banner", text))
                continue
        elif isinstance(block, Removed) and words is None and (not essay_started or (
                block.kind not in _OTHER_ESSAYS and _one_count(block.text, draft.rules.counter))):
            # set aside under another kind (a promo strip, a card of metadata, a facts box in the
            # sidebar after the essay — one count, not a list of other essays' counts): read, kept
            counted = _counter_in(block.text, draft.rules.counter, draft.title, windowed=True)
            if counted:
                words, pages = counted[0], pages if pages is not None else counted[1]
        out.append(block)
    return replace(draft, blocks=tuple(out), claimed_words=words, claimed_pages=pages)


STATS_LINE_WITH_ONE_MAX_WORDS = 6


def _stats_line(text: str, words: int, shape: CounterShape) -> bool:
    """"Uploaded 3 Sep 2024 · 2 387 reads · 41 saves", "★★★★☆ 4.4 (31 ratings)": how often the page
    was read or rated, not the essay."""
    stats = len(shape.stat.findall(text))
    return (stats >= 2 and words <= STATS_LINE_MAX_WORDS) or (stats == 1 and words <= STATS_LINE_WITH_ONE_MAX_WORDS)


STATS_LINE_MAX_WORDS = 20
"""A metadata strip with two or more reading counts is a line, not a paragraph."""
PAGINATION_MAX_WORDS = 10
"""A pager line is a position and a link or two ("‹ Previous page Page 2 of 2")."""
TAIL_LINE_MAX_WORDS = 12
"""After a button saying the essay goes on elsewhere, lines this short ("More essays on Modernism",
other essays' titles) are the site's tail; a paragraph of prose means the essay resumed."""
CTA_MAX_WORDS = 10
"""A button or call to action is a few words ("Get the full paper", "Continue with Google Sign up
with email"); a line of the essay that opens with a verb runs longer or ends its sentence."""
_CTA_PARTS = re.compile(r"(?<=[?!])\s+|\s*[|·•]\s*")


def is_call_to_action(block: Block, rules: Rules) -> bool:
    """A short paragraph that is only buttons or links: it opens with a button verb and names what
    it sells or where it leads ("Download this sample", "Order now — 15% off", "Continue with
    Google"), perhaps after a short question ("Already a member? Log in"), or it is all links;
    never a sentence ending in a full stop."""
    if not isinstance(block, Paragraph):
        return False
    text = text_and_words(block)[0].strip()
    words = count_words(text)  # words, not tokens: a framing dash or a "·" is no word
    if not text or words > CTA_MAX_WORDS or text.endswith((".", ",", ";", ":")):
        return False
    from ..model import Link

    spans = [s for s in inlines_of(block) if not (isinstance(s, Text) and not s.text.strip())]
    if spans and all(isinstance(s, Link) for s in spans) and words <= CTA_MAX_WORDS // 2:
        return True
    parts = [p for p in _CTA_PARTS.split(text) if p.strip()]
    if not parts:
        return False
    *questions, last = parts
    first_word = re.match(r"[\W\d_]*?([^\W\d_]+)", last)  # past a framing dash or an arrow
    if first_word is None or first_word.group(1).casefold() not in rules.button_verbs:
        return False
    named = {w.casefold() for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text)} & rules.button_objects
    return all(q.endswith("?") for q in questions) and (bool(named) or bool(re.search(r"\d|[%$€£]", text)))


ESSAY_RUN_PARAGRAPHS = 3
ESSAY_RUN_WORDS = 40


def _essay_goes_on(after: tuple[Block, ...] | list[Block]) -> bool:
    """After a line that usually starts the site's tail ("More about …"), a run of long paragraphs
    one after another means the article goes on (a news page's "More about the economy" box in the
    middle): only that line is clutter. A related tail is titles and short excerpts."""
    run = 0
    for block in after:
        if isinstance(block, Removed):
            continue
        if isinstance(block, Paragraph) and text_and_words(block)[1] >= ESSAY_RUN_WORDS:
            run += 1
            if run >= ESSAY_RUN_PARAGRAPHS:
                return True
        else:
            run = 0
    return False


class _EssaySeen:
    """`_has_essay_before` over a list that only grows, each block looked at once (a page of
    100,000 short paragraphs must not cost 100,000² looks)."""

    def __init__(self) -> None:
        self.seen = False
        self.checked = 0

    def before(self, out: list[Block]) -> bool:
        if not self.seen:
            self.seen = _has_essay_before(out[self.checked:])
            self.checked = len(out)
        return self.seen


def _has_essay_before(blocks: list[Block]) -> bool:
    """A related-essays tail only ends the essay once some essay prose came before it."""
    return any(isinstance(b, (Paragraph, BlockQuote)) and text_and_words(b)[1] >= 20 for b in blocks)


def drop_clutter_blocks(draft: Draft) -> Draft:
    out: list[Block] = []
    blocks = draft.blocks
    skip_list: Block | None = None
    after_button = False  # "Read the full essay" stood here: short lines after it are the site's tail
    essay = _EssaySeen()
    for index, block in enumerate(blocks):
        if after_button and is_texty(block) and not isinstance(block, Removed):
            if text_and_words(block)[1] <= TAIL_LINE_MAX_WORDS and not isinstance(block, BlockQuote):
                out.append(_as_removed(block, "related"))
                continue
            after_button = False  # prose again: the essay went on behind a "Read more" after all
        if block is skip_list:
            out.append(removed("summary-box", " | ".join(plain_text(i) for i in block.items)))
            continue
        if isinstance(block, Removed) and block.kind in SET_ASIDE_WHOLE:
            out.append(_relabel(block, draft))
            continue
        if isinstance(block, Removed) and block.kind in _HIDES_TEXT:
            out.append(block)  # the finder saw the site blur it: the essay goes on behind it
            if essay.before(out) and not isinstance(next((b for b in reversed(out[:-1]) if not isinstance(b, Removed)), None), Gap):
                out.append(Gap("hidden"))
            continue
        if not is_texty(block):
            out.append(block)
            continue
        text, words = text_and_words(block)
        if isinstance(block, ListBlock):
            # A list is clutter when every item is: share buttons, cite-style pickers.
            items = [plain_text(item) for item in block.items]
            rule = next((r for r in draft.rules.blocks
                         if all(r.matches(item, count_words(item)) for item in items)), None)
            if rule and rule.action == "drop":
                out.append(removed(rule.kind, " | ".join(items)))
                continue
            out.append(block)
            continue
        if draft.rules.label_clutter.match(text) and words <= 16:
            out.append(removed("metadata", text))
            continue
        if _cites_this_page(text, words, draft.title):
            out.append(removed("cite-box", text))
            continue
        rule = next((r for r in draft.rules.blocks if r.matches(text, words)), None)
        if (rule is None or rule.kind == "teaser") and words <= TAIL_LINE_MAX_WORDS and essay.before(out) \
                and draft.rules.continues.search(text):
            after_button = True  # "[…continued in the full document]": the site's tail follows
        if rule is None and words <= PAGINATION_MAX_WORDS and draft.rules.counter.page_position.search(text):
            out.append(removed("pagination", text))  # "Page 1 of 2 Next page ›" between the parts
        elif rule is None and _stats_line(text, words, draft.rules.counter):
            out.append(removed("metadata", text))  # "Uploaded 3 Sep 2024 by … · 2 387 reads · 41 saves"
        elif rule is None and is_call_to_action(block, draft.rules):
            out.append(removed("button", text))
            after_button = after_button or (draft.rules.continues.search(text) is not None and essay.before(out))
        elif rule is None:
            out.append(block)
        elif rule.action == "truncate" and essay.before(out) and not _essay_goes_on(blocks[index + 1:]):
            out.append(removed(rule.kind, text))
            out.extend(_relabel(b, draft) if isinstance(b, Removed) and b.kind in SET_ASIDE_WHOLE
                       else _as_removed(b, rule.kind) for b in blocks[index + 1:])
            break
        else:
            out.append(removed(rule.kind, text))
            following = next_content(blocks, index)
            if rule.kind in _LABELS_A_LIST and isinstance(following, ListBlock):
                skip_list = following  # the digest's list goes with its label
            if rule.kind in _HIDES_TEXT and not isinstance(next((b for b in reversed(out[:-1]) if not isinstance(b, Removed)), None), Gap):
                out.append(Gap("hidden"))  # the placeholder stands where the site hid the essay
    return draft.with_blocks(_absorb_sandwiched(out, draft.rules.button_verbs))


def _cites_this_page(text: str, words: int, title: str | None) -> bool:
    """The site's "cite this page" entry for the essay itself: the essay's own title, then a date
    in parentheses ("Bicycle Lanes and Urban Safety. (2024, Mar 18). Retrieved from …")."""
    if not title or words > 60 or not text.casefold().startswith(title.casefold()):
        return False
    return re.match(r"[\s.:\-–—\"”]*\((?:\d{4}|n\.d\.)", text[len(title):]) is not None


_HIDES_TEXT = frozenset(("placeholder",))
_LABELS_A_LIST = frozenset(("summary-box",))
_SANDWICH_MAX_WORDS = 8
_ADVERTISING = frozenset(("ad", "paywall"))


def _absorb_sandwiched(blocks: list[Block], button_verbs: frozenset[str]) -> list[Block]:
    """A short line between two parts of the same advertisement ("190 writers online" between
    "Get a custom essay…" and "Learn More") belongs to it, whatever it says; so does a button
    right after one ("Get unique essay")."""
    out = list(blocks)
    for index in range(1, len(out)):
        before, block = out[index - 1], out[index]
        after = out[index + 1] if index + 1 < len(out) else None
        if not (isinstance(before, Removed) and before.kind in _ADVERTISING and isinstance(block, Paragraph)):
            continue
        text, words = text_and_words(block)
        if words > _SANDWICH_MAX_WORDS or TERMINAL.search(text):
            continue
        sandwiched = isinstance(after, Removed) and after.kind == before.kind
        button = words <= 5 and text.split()[0].casefold() in button_verbs
        if sandwiched or button:
            out[index] = removed(before.kind, text)
    return out


def _link_only(block: Block) -> bool:
    from ..model import Link

    spans = inlines_of(block)
    return bool(spans) and all(isinstance(s, Link) for s in spans)


TEASER_MAX_BLOCKS = 2
"""A teaser card under its linked title holds an excerpt and perhaps a "Read more" line."""
TEASER_MAX_WORDS = 80
"""…and the excerpt is short; a section of the essay under a linked heading ("Day 7", a product
name linking to its site) runs on for paragraphs."""


def _teaser_cards(segments: list[list[Block]]) -> bool:
    """Each stretch under a linked heading is card-sized, and nothing after the last card goes on
    as the essay does (a heading of its own over paragraphs): linked product names in the middle
    of a buying guide are a list inside the article, not a tail after it. The last stretch may
    carry the site's short tail lines."""
    def content(segment: list[Block]) -> list[Block]:
        return [b for b in segment if not isinstance(b, Removed)]

    def card(segment: list[Block]) -> bool:
        kept = content(segment)
        return len(kept) <= TEASER_MAX_BLOCKS and sum(text_and_words(b)[1] for b in kept) <= TEASER_MAX_WORDS

    last = content(segments[-1])
    essay_goes_on = any(isinstance(b, Heading) for b in last) and \
        sum(text_and_words(b)[1] for b in last) > 2 * TEASER_MAX_WORDS
    return all(card(segment) for segment in segments[:-1]) and not essay_goes_on


def drop_related_cards(draft: Draft) -> Draft:
    """Teasers of other essays (a linked title, an excerpt, "Read more") often follow the essay
    with no heading to announce them. Two or more link-only headings after the essay's prose,
    each over no more than a card's worth of text, start that tail: everything from the first is
    removed."""
    blocks = list(draft.blocks)
    linked = [i for i, b in enumerate(blocks) if isinstance(b, Heading) and _link_only(b)
              and _has_essay_before(blocks[:i])]
    if len(linked) < 2:
        return draft
    bounds = [*linked, len(blocks)]
    if not _teaser_cards([blocks[a + 1:b] for a, b in zip(bounds, bounds[1:])]):
        return draft
    start = linked[0]
    return draft.with_blocks(blocks[:start] + [_as_removed(b, "related") for b in blocks[start:]])


def _relabel(record: Removed, draft: Draft) -> Removed:
    """Name what the finder set aside ("disclaimer", "cite-box") when a clutter rule knows it."""
    if draft.rules.label_clutter.match(record.text):
        return Removed("metadata", record.text)
    rule = next((r for r in draft.rules.blocks if r.combined.search(record.text)), None)
    return Removed(rule.kind, record.text) if rule else record


def _as_removed(block: Block, kind: str) -> Removed:
    if isinstance(block, Removed):
        return block
    return removed(kind, text_and_words(block)[0] or f"[{type(block).__name__.lower()}]")



_NUMBERING = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[ivxlc]+\.|[a-z]\.)\s+", re.I)


def _toc_key(text: str) -> str:
    return re.sub(r"\W+", " ", _NUMBERING.sub("", text)).strip().lower()


def _is_toc_heading(block: Block, draft: Draft) -> bool:
    """"Table of contents", "Inhaltsverzeichnis", "Sommaire"…: the site-toc rule of clutter.toml."""
    text, words = text_and_words(block)
    return any(rule.kind == "site-toc" and rule.matches(text.strip(), words) for rule in draft.rules.blocks)


def drop_site_toc(draft: Draft) -> Draft:
    """A site's table of contents (a heading, then a list or short lines mirroring the essay's
    headings) is dropped with its entries; a contents list that mirrors nothing is kept."""
    blocks = list(draft.blocks)
    for index, block in enumerate(blocks):
        if not isinstance(block, (Paragraph, Heading)) or not _is_toc_heading(block, draft):
            continue
        later = {_toc_key(text_and_words(b)[0]) for b in blocks[index + 1:] if isinstance(b, (Heading, Paragraph))
                 and text_and_words(b)[1] <= 14}
        end = index + 1
        entries: list[str] = []
        while end < len(blocks):
            candidate = blocks[end]
            if isinstance(candidate, ListBlock):
                items = [plain_text(i) for i in candidate.items]
                if sum(_toc_key(i) in later for i in items) >= max(1, len(items) // 2):
                    entries.extend(items)
                    end += 1
                    continue
            elif isinstance(candidate, Paragraph):
                text, words = text_and_words(candidate)
                if words <= 14 and not TERMINAL.search(text) and _toc_key(text) in later:
                    # mirrored only if it shows up again further down, as a real heading
                    if sum(_toc_key(text) == _toc_key(text_and_words(b)[0]) for b in blocks[end + 1:]) >= 1:
                        entries.append(text)
                        end += 1
                        continue
            break
        records = [removed("site-toc", text_and_words(block)[0])]
        if entries:
            records.append(removed("site-toc", " | ".join(entries)))
        return draft.with_blocks(_cover_page(blocks[:index], draft) + records + blocks[end:])
    return draft


def _cover_page(before: list[Block], draft: Draft) -> list[Block]:
    """Short lines ahead of a contents list, with no prose before them, are the document's cover
    page (course, student number, date), not its text. Lines other passes know (the title, a
    banner, a notice) are left to them."""
    if any(isinstance(b, (Paragraph, BlockQuote)) and text_and_words(b)[1] > 12 for b in before):
        return before
    title = (draft.title or "").strip().casefold()

    def is_cover_line(block: Block) -> bool:
        if not isinstance(block, (Paragraph, Heading)):
            return False
        text, words = text_and_words(block)
        return (not TERMINAL.search(text) and text.strip().casefold() != title
                and not any(rule.matches(text, words) for rule in draft.rules.blocks)
                and not draft.rules.label_clutter.match(text) and _banner_parts(text, draft) is None)

    return [removed("cover-page", text_and_words(b)[0]) if is_cover_line(b) else b for b in before]


_CLOSING = frozenset(".,;:!?)]”’\"")


def _cut(spans, pattern: re.Pattern[str]) -> tuple[object, list[str]]:
    """Remove every match of `pattern` from inline spans; return (new spans, removed texts)."""
    text = plain_text(spans)
    found: list[str] = []
    pieces = []
    position = 0
    for match in pattern.finditer(text):
        if match.end() == match.start():
            continue
        following = text[match.end():match.end() + 1]
        start = match.start()
        if not following or following in _CLOSING:
            while start > position and text[start - 1] == " ":  # "said ( )." → "said."
                start -= 1
        pieces.append(slice_inlines(spans, position, start))
        found.append(match.group(0))
        position = match.end()
        if following and not following.isspace() and following not in _CLOSING:
            pieces.append((Text(" "),))
    if not found:
        return spans, []
    pieces.append(slice_inlines(spans, position, len(text)))
    return normalize([span for piece in pieces for span in piece]), found


def _remove_from_texty(draft: Draft, patterns: list[tuple[str, re.Pattern[str]]]) -> Draft:
    out: list[Block] = []
    for block in draft.blocks:
        spans = inlines_of(block)
        if not spans:
            out.append(block)
            continue
        records: list[Removed] = []
        for kind, pattern in patterns:
            spans, found = _cut(spans, pattern)
            records.extend(removed(kind, f) for f in found)
        if records:
            if spans:
                out.append(replace(block, inlines=spans))  # type: ignore[call-arg]
            out.extend(records)
        else:
            out.append(block)
    return draft.with_blocks(out)


def remove_inline_clutter(draft: Draft) -> Draft:
    """Phrases that sites inject into the middle of paragraphs ("We will write a custom essay…")."""
    return _remove_from_texty(draft, [(rule.kind, rule.combined) for rule in draft.rules.inline])


def drop_running_heads(draft: Draft) -> Draft:
    """A lone "Surname 2" between two paragraphs is the running head of the student's printed page,
    carried into the page with the text."""
    blocks = list(draft.blocks)
    for index, block in enumerate(blocks):
        if not isinstance(block, Paragraph):
            continue
        text = plain_text(block.inlines).strip()
        if not draft.rules.running_head.match(text) or text.split()[0].casefold() in draft.rules.running_head_not_names:
            continue
        before = next((b for b in reversed(blocks[:index]) if not isinstance(b, Removed)), None)
        after = next_content(blocks, index)
        if all(isinstance(b, Paragraph) and text_and_words(b)[1] >= 20 for b in (before, after)):
            blocks[index] = removed("running-header", text)
    return draft.with_blocks(blocks)


_EMPTY_PARENS = re.compile(r"\(\s*\)")


def remove_empty_citations(draft: Draft) -> Draft:
    """"()" left after a quotation where the site stripped its source."""
    return _remove_from_texty(draft, [("empty-citation", _EMPTY_PARENS)])


NOTE_LABEL_MAX_WORDS = 4
"""The label over a note ("Writer's note", "Appréciation du professeur") is a few words."""


def _is_note(block: Block, rules: Rules) -> bool:
    text, words = text_and_words(block)
    return isinstance(block, Paragraph) and words <= rules.note_max_words and rules.note_grade.search(text) is not None


def _signed_italic_note(block: Block, rules: Rules) -> bool:
    """A paragraph set entirely in italics and signed ("— Mrs P"): an editor's note."""
    from ..model import Emph

    spans = [s for s in inlines_of(block) if not (isinstance(s, Text) and not s.text.strip())]
    return (isinstance(block, Paragraph) and bool(spans) and all(isinstance(s, Emph) for s in spans)
            and text_and_words(block)[1] <= rules.note_max_words
            and rules.note_signature.search(text_and_words(block)[0]) is not None)


def drop_notes_on_the_essay(draft: Draft) -> Draft:
    """Notes about the essay at its edges are not the essay: a teacher's appraisal or a writer's
    note carrying a grade ("… 15/20", "Final grade: 94/100") among the last blocks, an editor's
    signed italic note among the first; a short label line over such a note goes with it."""
    blocks = list(draft.blocks)
    content = [i for i, b in enumerate(blocks) if is_texty(b)]
    edge = draft.rules.note_edge_blocks
    notes = {i for i in content[-edge:] if _is_note(blocks[i], draft.rules)
             and all(text_and_words(blocks[j])[1] <= draft.rules.note_max_words for j in content if j > i)}
    notes |= {i for i in content[:edge] if _signed_italic_note(blocks[i], draft.rules)}
    for i in sorted(notes):
        position = content.index(i)
        label = content[position - 1] if position else None
        if label is not None and label not in notes and isinstance(blocks[label], (Paragraph, Heading)) \
                and text_and_words(blocks[label])[1] <= NOTE_LABEL_MAX_WORDS and not TERMINAL.search(
                    text_and_words(blocks[label])[0]):
            blocks[label] = _as_removed(blocks[label], "note")
    return draft.with_blocks([_as_removed(b, "note") if i in notes else b for i, b in enumerate(blocks)])


def join_split_paragraphs(draft: Draft) -> Draft:
    """A paragraph the page split over a pager, an advertisement or a page break ("…and that" |
    removed lines | "no other pool…") is one paragraph: the first ends no sentence, the next opens
    in lower case, and only removed records stand between them (they stay, after it)."""
    out: list[Block] = []
    pending: list[Block] = []  # removed records since the last content block
    for block in draft.blocks:
        if isinstance(block, Removed):
            pending.append(block)
            continue
        previous = out[-1] if out else None
        if (pending and isinstance(previous, Paragraph) and isinstance(block, Paragraph)
                and not TERMINAL.search(text_and_words(previous)[0])
                and text_and_words(block)[0][:1].islower()):
            out[-1] = Paragraph(normalize([*previous.inlines, Text(" "), *block.inlines]))
            out.extend(pending)
            pending = []
            continue
        out.extend(pending)
        pending = []
        out.append(block)
    out.extend(pending)
    return draft.with_blocks(out)
