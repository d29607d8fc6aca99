"""Where the site hid text: teaser cuts ("…show more content…"), previews that stop mid-sentence
before the related-essays tail, and cuts with no marker at all. Each becomes a `Gap` block; the
visible text on both sides stays."""

from __future__ import annotations

import itertools
import re

from ..literals import LiteralGate
from ..model import (
    BlockQuote,
    DraftBlock,
    Emph,
    Gap,
    Heading,
    ListBlock,
    Paragraph,
    Removed,
    Text,
    count_words,
    normalize,
    plain_text,
    slice_inlines,
)
from ..regexes import compile_regex
from ..signals import COUNTED_WALLS, OPENS_ON_A_LABEL, SENTENCE_INSIDE, Kind, ends_sentence, without_pictographs
from ..tuning import Tuning
from .draft import FUNCTION_WORDS, Draft, heading_like, next_content, removed, text_and_words


def _split_at_markers(block: Paragraph | BlockQuote, pattern: re.Pattern[str], gate: LiteralGate) -> list[DraftBlock] | None:
    text = block.plain
    if not gate.may_match(text):
        return None  # (most paragraphs: the alternation is not run over them)
    matches = [m for m in pattern.finditer(text) if m.end() > m.start()]
    if not matches:
        return None
    out: list[DraftBlock] = []
    position = 0
    for match in matches:
        if match.start() < position:
            continue
        before = normalize(slice_inlines(block.inlines, position, match.start()))
        if before:
            out.append(type(block)(before))
        out.append(removed(Kind.TEASER, match.group(0)))
        out.append(Gap("teaser"))
        position = match.end()
    after = normalize(slice_inlines(block.inlines, position, len(text)))
    if after:
        out.append(type(block)(after))
    return out


def mark_teaser_cuts(draft: Draft) -> Draft:
    out: list[DraftBlock] = []
    for block in draft.blocks:
        if isinstance(block, (Paragraph, BlockQuote, Heading)):
            target = block if not isinstance(block, Heading) else Paragraph(block.inlines)
            pieces = _split_at_markers(target, draft.rules.teaser_combined, draft.rules.teaser_gate)
            if pieces is not None:
                out.extend(pieces)
                continue
        out.append(block)
    # Two markers in a row leave two gaps with nothing between: one cut.
    deduped: list[DraftBlock] = []
    last_index: int | None = None  # the last block that is no record, kept as the walk goes (not looked back for per block)
    for block in out:
        last_content = deduped[last_index] if last_index is not None else None
        if isinstance(block, Gap) and isinstance(last_content, Gap):
            continue
        if isinstance(block, Gap) and isinstance(last_content, Paragraph):
            # "…the essay stops here…" [the site's marker]: the gap marks the cut, the ellipsis goes
            text = plain_text(last_content.inlines)
            match = draft.rules.preview_end.search(text)
            if match and len(text.split()) >= 4:
                deduped[last_index] = Paragraph(normalize(slice_inlines(last_content.inlines, 0, match.start())))
                deduped.insert(last_index + 1, removed(Kind.PREVIEW_END, match.group(0)))
        deduped.append(block)
        last_index = last_index if isinstance(block, Removed) else len(deduped) - 1
    return draft.with_blocks(deduped)


def _looks_cut(text: str, words: int, minimum: int, signature: re.Pattern[str]) -> bool:
    """Prose that stops without ending its sentence (a signature, "— Mrs P", ends it too, and so
    does a pictograph: a blog's line closing on "💌" ended where its writer meant it to)."""
    if words < minimum or ends_sentence(text) or signature.search(text) or _ends_on_a_pictograph(text):
        return False
    return not text.rstrip().endswith((":", "—", "–"))


def _ends_on_a_pictograph(text: str) -> bool:
    return bool(text.strip()) and without_pictographs(text) != text.rstrip()


def _prose_fragment(text: str, words: int, tuning: Tuning) -> bool:
    return words >= tuning.cut_fragment_min_words or SENTENCE_INSIDE.search(text) is not None


_CODE_MARKS = compile_regex(r"[(){}\[\]=;<>│_]|::|->")


def _reads_as_prose(text: str) -> bool:
    """A line of prose speaks in function words and rarely in code's marks: a line of a code listing
    ("n NOT BETWEEN lower_bound AND upper_bound AS is_anomaly") is no sentence cut off."""
    return len(_CODE_MARKS.findall(text)) < 2 and any(w in FUNCTION_WORDS for w in text.lower().split())


def mark_truncated_end(draft: Draft) -> Draft:
    """The last paragraph of a preview is cut mid-sentence ("…and cultural"), sometimes with the
    site's ellipsis glued on ("…so often cast as a…"): the essay goes on past what we have."""
    blocks = list(draft.blocks)
    last = max((i for i, b in enumerate(blocks) if isinstance(b, (Paragraph, BlockQuote, ListBlock, Gap, Heading))), default=None)
    cut = _cut_at_a_wall(blocks, draft)
    if cut is not None and cut != (last or 0) + 1:  # the wall's own lines follow the text: the cut is at the wall
        # a mid-sentence end among the wall's own lines ("£6.99 a month or …") drew a gap of its own
        blocks = [b for i, b in enumerate(blocks) if i < cut or not isinstance(b, Gap)]
        blocks.insert(cut, Gap("truncated"))
        return draft.with_blocks(blocks)
    if last is None or not isinstance(blocks[last], Paragraph):
        if last is not None and cut is not None and not isinstance(blocks[last], Gap):  # the text stops on a quotation or a list at the wall
            blocks.insert(cut, Gap("truncated"))
            return draft.with_blocks(blocks)
        return draft
    block = blocks[last]
    text = text_and_words(block)[0]
    words = count_words(text)  # "Follow Marta: Mastodon · All posts" is six words, not seven tokens
    match = draft.rules.preview_end.search(text)
    if match and words >= 4:
        trimmed = normalize(slice_inlines(block.inlines, 0, match.start()))
        blocks[last:last + 1] = [Paragraph(trimmed), removed(Kind.PREVIEW_END, match.group(0)), Gap("truncated")]
        return draft.with_blocks(blocks)
    if _looks_cut(text, words, 8, draft.rules.note_signature) or _continues_behind_a_button(blocks[last + 1:], draft):
        blocks.insert(last + 1, Gap("truncated"))
        return draft.with_blocks(blocks)
    return draft


def _wall_line(block: DraftBlock, tuning: Tuning, sentences_allowed: bool = False, behind_a_wall: bool = True) -> bool:
    """A line of a site's wall after the text: a short line that ends no sentence ("Members login |
    Sign up for 5.95"); behind a wall that says the essay goes on, also a short heading over the
    hidden part ("Still to come in this document") or a list of short items (the hidden sections'
    titles) — elsewhere those are a forum's next reply as often as a wall."""
    if not behind_a_wall and not isinstance(block, Paragraph):
        return False
    if isinstance(block, Heading):
        return count_words(text_and_words(block)[0]) <= tuning.wall_line_max_words
    if isinstance(block, ListBlock):
        return 0 < len(block.items) <= tuning.wall_list_max_items and all(
            count_words(plain_text(item)) <= tuning.wall_line_max_words for item in block.items)
    if not isinstance(block, Paragraph):
        return False
    text = text_and_words(block)[0].strip()
    sentence_ends = ends_sentence(text) and not text.endswith("…")
    return count_words(text) <= tuning.wall_line_max_words and (sentences_allowed or not sentence_ends)


def _whole_by_its_references(blocks: list[DraftBlock], draft: Draft) -> bool:
    """An essay that reached its reference list is whole — unless a wall after its text counts what it
    hides ("The remaining 423 words of this essay are for members"), the sources shown all the same."""
    return draft.references is not None and not any(
        isinstance(b, Removed) and b.kind in COUNTED_WALLS and draft.rules.counter.rest_phrase.search(b.text) for b in blocks)


def _cut_at_a_wall(blocks: list[DraftBlock], draft: Draft) -> int | None:
    """The text stops at the site's wall ("You are reading the free part of this paper" / "412 words
    more are for members"), and only a few short lines of it follow ("Members login | Sign up for
    5.95"): the essay goes on behind the wall. Where the essay's own text stops, the place for the gap."""
    if _whole_by_its_references(blocks, draft):
        return None
    tuning = draft.rules.tuning

    kept = [i for i, b in enumerate(blocks) if isinstance(b, (Paragraph, BlockQuote, ListBlock, Heading))]
    for index, block in enumerate(blocks):
        if not isinstance(block, Removed):
            continue
        counted = block.kind in COUNTED_WALLS and draft.rules.counter.rest_phrase.search(block.text) is not None
        if not (counted or block.kind == Kind.PAYWALL and draft.rules.continues.search(block.text)):
            continue  # a wall that says the essay goes on (or counts what it hides); not a promo after a whole essay
        after = [i for i in kept if i > index]
        if counted and all(text_and_words(blocks[i])[1] <= draft.rules.note_max_words for i in after):
            pass  # (behind a wall counting what it hides, the site's short lines, sentences or not)
        elif len(after) > tuning.wall_lines_behind_a_wall_max or not all(_wall_line(blocks[i], tuning, sentences_allowed=True) for i in after):
            continue  # the essay goes on after it: a notice in the text, not the wall
        # the wall may open with a line of its own before the record ("The rest of this sample is locked");
        # a list there is the essay's (its last points), however short its items
        text_before = [i for i in kept if i < index and not (isinstance(blocks[i], Paragraph) and _wall_line(blocks[i], tuning))]
        if len(text_before) >= 2 and isinstance(blocks[text_before[-1]], Heading) and _wall_line(blocks[text_before[-1]], tuning) \
                and not isinstance(blocks[text_before[-2]], Heading):
            text_before.pop()  # the wall box's own short heading ("Members' shelf") over its lines, after the text
        last_text = text_before[-1] if text_before else None
        if last_text is None or isinstance(blocks[last_text], Heading) \
                or any(isinstance(b, Gap) for b in blocks[last_text + 1:index]):
            return None  # no text before it, or the cut is marked before the wall already
        return last_text + 1
    return None


_PAGE_FURNITURE = frozenset(("page-number", "running-header"))
_NOTICE_WITHIN = 2
"""The notice that the essay goes on is among the first things set aside after its text."""


def _continues_behind_a_button(after: list[DraftBlock], draft: Draft) -> bool:
    """"Read Full Essay" / "Continue reading" straight after the text: the essay goes on (not past its references)."""
    if _whole_by_its_references(after, draft):
        return False
    # the notice may follow a link the site set after the text ("Read more: …" in the essay's last lines)
    first = [b for b in itertools.islice((b for b in after if isinstance(b, Removed) and b.kind not in _PAGE_FURNITURE), _NOTICE_WITHIN)]
    return any(draft.rules.continues.search(b.text) is not None
               or b.kind in COUNTED_WALLS and draft.rules.counter.rest_phrase.search(b.text) is not None for b in first)


def mark_unmarked_cuts(draft: Draft) -> Draft:
    """A fragment that stops mid-sentence and is followed by a new paragraph is a cut the site did
    not mark (cram previews do this)."""
    tuning = draft.rules.tuning
    out: list[DraftBlock] = []
    blocks = draft.blocks
    essay_seen = False  # a long paragraph came before: kept as a running flag, not re-scanned
    previous: DraftBlock | None = None  # the block kept before this one
    for index, block in enumerate(blocks):
        out.append(block)
        if isinstance(block, Removed):
            continue
        before, previous = previous, block
        if not isinstance(block, Paragraph):
            continue
        before_this, essay_seen = essay_seen, essay_seen or text_and_words(block)[1] >= tuning.cut_fragment_min_words
        following = next_content(blocks, index)
        if not isinstance(following, Paragraph):
            continue
        text, words = text_and_words(block)
        # a run of short lines that end no sentence is a table's rows or a list set as paragraphs, not a
        # cut (a preview's cut fragments are long: they were paragraphs)
        in_a_run = words < 2 * tuning.cut_fragment_min_words and any(
            isinstance(b, Paragraph) and not ends_sentence(text_and_words(b)[0])
            and text_and_words(b)[1] < 2 * tuning.cut_fragment_min_words for b in (before, following))
        # (a field opening on its label is no sentence cut off: "changelog: 2021-02-19 fixed a date …; … first posted")
        # (nor is a paragraph set wholly in italics: a quotation, verse lines ending on a comma, an epigraph)
        if not in_a_run and not OPENS_ON_A_LABEL.match(text) and not _set_in_italics(block) \
                and _looks_cut(text, words, 5, draft.rules.note_signature) \
                and not heading_like(text, words, tuning) \
                and _reads_as_prose(text) and (
                _prose_fragment(text, words, tuning) or before_this):
            next_text = text_and_words(following)[0]
            if next_text[:1].isupper() or next_text[:1] in "“\"‘'":
                out.append(Gap("unmarked-cut"))
    return draft.with_blocks(out)


def _set_in_italics(block: Paragraph) -> bool:
    """The paragraph is one italic run (white space aside): a quotation the page set so, not the essay's prose."""
    runs = [span for span in block.inlines if not (isinstance(span, Text) and not span.text.strip())]
    return bool(runs) and all(isinstance(span, Emph) for span in runs)


_WALL_BELOW_ITS_HEADING = 4
"""Blocks past the last kept line where the wall's own line may stand (its box's heading "Keep reading
with …" above it)."""


def _counted_wall(blocks: list[DraftBlock], gap: int, draft: Draft) -> bool:
    """The cut is at a wall that counts what it hides: a record set aside right around the gap states the
    rest's size ("The remaining 344 words of this essay …")."""
    near = [b for b in blocks[max(0, gap - _NOTICE_WITHIN):gap + _NOTICE_WITHIN + 1] if isinstance(b, Removed)]
    return any(b.kind in COUNTED_WALLS and draft.rules.counter.rest_phrase.search(b.text) for b in near)


def drop_wall_lines_after_the_cut(draft: Draft) -> Draft:
    """After the last cut, a few short lines that end no sentence ("The rest of this sample (3 more
    pages) is locked", "Or get a 100% original paper…") are the wall's, not the essay's: the essay
    goes on behind them, not in them."""
    tuning = draft.rules.tuning
    blocks = list(draft.blocks)
    last_gap = max((i for i, b in enumerate(blocks) if isinstance(b, Gap)), default=None)
    if last_gap is None:
        return draft
    after = [i for i in range(last_gap + 1, len(blocks)) if not isinstance(blocks[i], Removed)]
    # behind a wall that says the essay goes on, its own heading, list and prices may follow too (the
    # box may set its heading and an icon above the wall's line: it stands among those lines)
    walled = any(isinstance(b, Removed) and b.kind == Kind.PAYWALL and draft.rules.continues.search(b.text)
                 for b in blocks[last_gap + 1:(after[-1] if after else last_gap) + _WALL_BELOW_ITS_HEADING])
    if after and _counted_wall(blocks, last_gap, draft) and all(
            text_and_words(blocks[i])[1] <= draft.rules.note_max_words for i in after):
        # behind a wall that counts what it hides ("The remaining 344 words of this model are for enrolled
        # students"), the essay is not on the page: the short lines after it are the site's, sentences or not
        return draft.with_blocks(removed(Kind.PAYWALL, text_and_words(b)[0]) if i in after else b for i, b in enumerate(blocks))
    if not after or len(after) > (tuning.wall_lines_behind_a_wall_max if walled else tuning.wall_lines_max):
        return draft
    # after a site's teaser marker a short last sentence may still be the essay's; after a cut
    # with no marker (the text stopped mid-sentence), whole sentences there are the wall's too
    sentences_allowed = blocks[last_gap].reason != "teaser"
    if not all(_wall_line(blocks[i], tuning, sentences_allowed, behind_a_wall=walled) for i in after):
        return draft
    return draft.with_blocks(removed(Kind.PAYWALL, text_and_words(b)[0]) if i in after else b for i, b in enumerate(blocks))
