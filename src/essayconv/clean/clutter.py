"""Passes that take phrase-matched clutter out: blocks the clutter rules name (related tails, sign-up
walls, ads, cite boxes, share bars, cookie notices, buttons and calls to action), lines sandwiched
between ads, and related-essay cards. Every removal stays in the block stream as a `Removed` record,
in page order."""

from __future__ import annotations

import re

from ..literals import prefilter_view
from ..model import BlockQuote, DraftBlock, Gap, Heading, Link, ListBlock, Paragraph, Removed, Text, count_words, plain_text
from ..regexes import compile_regex
from ..rules import LiteralsFound, Rules, every_sentence_rule, first_block_rule, rule_for_every_item
from ..signals import ADVERTISING, HIDES_TEXT, LABELS_A_LIST, LINK_NUMBER, SET_ASIDE_WHOLE, Kind, ends_sentence
from ..tuning import Tuning
from .calls import (
    call_without_a_button,
    headline_asks,
    is_call_to_action,
    pitch_before_button,
    pitch_ending_in_a_button,
    priced_call,
)
from .citations import cites_this_page
from .draft import Draft, as_removed, inlines_of, is_texty, items_linked, next_content, removed, text_and_words
from .facts import cards_of_other_essays, excerpts_of_other_essays, facts_strip, labels_cards, lines_of_a_record, stats_line
from .other_pages import other_pages_under_a_label


def _essay_goes_on(after: tuple[DraftBlock, ...] | list[DraftBlock], tuning: Tuning) -> bool:
    """After a line that usually starts the site's tail ("More about …", "FAQs"), the article goes on
    (only that line is clutter) when a run of long paragraphs follows it, headings between them or
    not (a news page's "More about the economy" box in the middle), or when what follows is an
    article's worth of unlinked prose under unlinked headings (an article's own questions and
    answers). A related tail is linked titles and short excerpts."""
    run = 0
    prose = 0
    for block in after:
        if isinstance(block, (Removed, BlockQuote)):
            continue  # (a quotation inside the essay breaks no run of its paragraphs)
        if isinstance(block, Heading):
            if _link_only(block):
                return False  # a linked title: the tail of other essays begins
            continue  # a question heading over its answer: the answers still run on
        words = text_and_words(block)[1]
        if isinstance(block, Paragraph) and not _link_only(block):
            prose += words
        if isinstance(block, Paragraph) and words >= tuning.essay_run_words:
            run += 1
            if run >= tuning.essay_run_paragraphs:
                return True
        else:
            run = 0
    return prose >= tuning.essay_goes_on_words


def _prose_next(after: tuple[DraftBlock, ...] | list[DraftBlock], tuning: Tuning) -> bool:
    """The next block kept is a paragraph of prose: the text goes on past the line before it."""
    following = next((b for b in after if not isinstance(b, (Removed, Gap))), None)
    return isinstance(following, Paragraph) and text_and_words(following)[1] >= tuning.essay_run_words


class _EssaySeen:
    """`has_essay_before` over a list that only grows, each block looked at once (a page of
    100,000 short paragraphs must not cost 100,000² looks)."""

    def __init__(self) -> None:
        self.seen = False
        self.checked = 0

    def before(self, out: list[DraftBlock]) -> bool:
        if not self.seen:
            self.seen = has_essay_before(out[self.checked:])
            self.checked = len(out)
        return self.seen


def has_essay_before(blocks: list[DraftBlock]) -> bool:
    """A related-essays tail only ends the essay once some essay prose came before it."""
    return any(isinstance(b, (Paragraph, BlockQuote)) and text_and_words(b)[1] >= 20 for b in blocks)


def drop_clutter_blocks(draft: Draft) -> Draft:
    tuning = draft.rules.tuning
    out: list[DraftBlock] = []
    blocks = draft.blocks
    skip_list: DraftBlock | None = None
    skip_kind = Kind.SUMMARY_BOX
    after_button = False  # "Read the full essay" stood here: short lines after it are the site's tail
    essay = _EssaySeen()
    resume = 0  # a tail cut off ends at the essay's references ("See also" … "References")
    last_kept = max((i for i, b in enumerate(blocks) if not isinstance(b, Removed)), default=-1)
    positions = sum(1 for b in blocks if isinstance(b, Paragraph) and _POSITION.match(text_and_words(b)[0].strip()))
    for index, block in enumerate(blocks):
        if index < resume:
            continue
        if after_button and is_texty(block) and not isinstance(block, Removed):
            # (a section's heading over prose: the essay goes on after a wall in its middle)
            if (text_and_words(block)[1] <= tuning.tail_line_max_words and not isinstance(block, BlockQuote) or items_linked(block)) \
                    and not (isinstance(block, Heading) and _prose_next(blocks[index + 1:], tuning)):
                out.append(as_removed(block, Kind.RELATED))
                continue
            after_button = False  # prose again: the essay went on behind a "Read more" after all
        if block is skip_list:
            out.append(removed(skip_kind, " | ".join(plain_text(i) for i in block.items)
                               if isinstance(block, ListBlock) else text_and_words(block)[0]))
            continue
        if isinstance(block, Removed) and draft.rules.text_ends.search(block.text) and essay.before(out) \
                and not _essay_goes_on(blocks[index + 1:], tuning):
            # "— end of sample · 361 words —": the site marked where the essay ends; the rest is its own
            out.append(block)
            out.extend(b if isinstance(b, Removed) else as_removed(b, Kind.RELATED) for b in blocks[index + 1:])
            break
        if isinstance(block, Removed) and block.kind in SET_ASIDE_WHOLE:
            out.append(_relabel(block, draft))
            continue
        if isinstance(block, Removed) and block.kind in HIDES_TEXT:
            out.append(block)  # the finder saw the site blur it: the essay goes on behind it
            if essay.before(out) and not isinstance(next((b for b in reversed(out[:-1]) if not isinstance(b, Removed)), None), Gap):
                out.append(Gap("hidden"))
            continue
        if not is_texty(block):
            out.append(block)
            continue
        text, words = text_and_words(block)
        if _LINK_LIST_LABEL.match(text) and isinstance(block, (Paragraph, Heading)) and (index == last_kept or index + 1 < len(blocks)
                                                                                        and isinstance(blocks[index + 1], Removed) and _BARE_URL.match(blocks[index + 1].text.strip())):
            # the text browser's label over its link addresses, set aside below ("References" last of all
            # heads no entries: a section of nothing)
            out.append(removed(Kind.LINKS, text))
            continue
        if isinstance(block, ListBlock):
            # A list is clutter when every item is: share buttons, cite-style pickers.
            items = [plain_text(item) for item in block.items]
            if all(_LINK_MARKER.match(item) or _BARE_URL.fullmatch(item.strip()) for item in items):
                # a text browser's menu ("* [2]Free essays") or its list of the page's link addresses
                out.append(removed(Kind.LINKS, " | ".join(items)))
                continue
            if cards_of_other_essays(block, items, draft.rules):
                if out and labels_cards(out[-1], tuning):
                    out[-1] = as_removed(out[-1], Kind.RELATED)  # "Also on Copperleaf" over them
                out.extend(removed(Kind.RELATED, item) for item in items)  # a card a record: each states its length
                continue
            if index == last_kept and other_pages_under_a_label(block, items, out, draft) and essay.before(out):
                out[-1] = as_removed(out[-1], Kind.RELATED)  # "More Book Reports & Essays" over them
                out.extend(removed(Kind.RELATED, item) for item in items)
                continue
            rule = rule_for_every_item(draft.rules.blocks, items, count_words)
            if rule and rule.action == "drop":
                out.append(removed(rule.kind, " | ".join(items)))
                continue
            out.append(block)
            continue
        if positions == 1 and words <= 3 and _POSITION.match(text.strip()):
            out.append(removed(Kind.PAGINATION, text))  # a gallery's "1 of 2", shown once (an article's "1 of 15" numbers its items)
            continue
        if draft.rules.label_clutter.match(text) and words <= 16:
            out.append(removed(Kind.METADATA, text))
            continue
        if cites_this_page(text, words, draft.title):
            out.append(removed(Kind.CITE_BOX, text))
            continue
        if index == last_kept and _label_over_a_link(block) and essay.before(out):
            out.append(removed(Kind.RELATED, text))  # "Also read: <another post's title>" closing the page, in any language
            continue
        rule = first_block_rule(draft.rules.heading_blocks if isinstance(block, Heading) else draft.rules.blocks, text, words)
        if (rule is None or rule.kind == Kind.TEASER) and words <= tuning.tail_line_max_words and essay.before(out) \
                and draft.rules.continues.search(text):
            after_button = True  # "[…continued in the full document]": the site's tail follows
        if rule is None and words <= tuning.cut_notice_max_words and essay.before(out) \
                and draft.rules.counter.rest_phrase.search(text) and not _prose_next(blocks[index + 1:], tuning) \
                and not _essay_goes_on(blocks[index + 1:], tuning):
            out.extend((removed(Kind.PAYWALL, text), Gap("truncated")))  # "The remaining 251 words will return once …"
        elif rule is None and words <= tuning.pagination_max_words and draft.rules.counter.page_position.search(text):
            out.append(removed(Kind.PAGINATION, text))  # "Page 1 of 2 Next page ›" between the parts
        elif rule is None and stats_line(text, words, draft.rules.counter, tuning):
            out.append(removed(Kind.METADATA, text))  # "Uploaded 3 Sep 2024 by … · 2 387 reads · 41 saves"
        elif rule is None and is_call_to_action(block, draft.rules):
            out.append(removed(Kind.BUTTON, text))
            after_button = after_button or (draft.rules.continues.search(text) is not None and essay.before(out))
        elif rule is None and pitch_ending_in_a_button(block, draft.rules, headline_asks(out, tuning)):
            out.append(removed(Kind.AD, text))  # "Need an original paper on X? Send us … [Order now]"
        elif rule is None and priced_call(block, draft.rules):
            out.append(removed(Kind.AD, text))  # "Book a session with Dr M.: £38 an hour"
        elif rule is None and call_without_a_button(block, draft.rules, headline_asks(out, tuning),
                                                    _a_button(blocks[index + 1] if index + 1 < len(blocks) else None, draft.rules)):
            out.append(removed(Kind.AD, text))  # "Teacher wants 400 words by Friday? / Tell us the topic and a writer…"
        elif rule is None and not essay.before(out) and facts_strip(text, draft.rules):
            out.append(removed(Kind.METADATA, text))  # "Expository essay · Language & Culture · Sample author: M. R."
        elif rule is None and words <= tuning.action_box_max_words \
                and (kind := every_sentence_rule(draft.rules.blocks, text)) is not None:
            out.append(removed(kind, text))  # "Written by <site> writer Oskar M. for … Resubmitting it as coursework is plagiarism."
        elif rule is None:
            out.append(block)
        elif rule.action == "truncate" and essay.before(out) and not _essay_goes_on(blocks[index + 1:], tuning):
            out.append(removed(rule.kind, text))
            resume = next((i for i in range(index + 1, len(blocks)) if _references_heading(blocks[i], draft.rules)), len(blocks))
            out.extend(_relabel(b, draft) if isinstance(b, Removed) and b.kind in SET_ASIDE_WHOLE
                       else as_removed(b, rule.kind) for b in blocks[index + 1:resume])
        else:
            out.append(removed(rule.kind, text))
            following = next_content(blocks, index)
            skip_kind = rule.kind
            if rule.action == "label" and (isinstance(following, ListBlock) or (
                    isinstance(following, Paragraph) and text_and_words(following)[1] <= tuning.digest_max_words)):
                skip_list = following  # a box's label takes the box's one short paragraph or list ("Did you know?" / the fact)
            elif rule.kind in LABELS_A_LIST and isinstance(following, ListBlock):
                skip_list = following  # the digest's list goes with its label
            elif rule.kind == Kind.SUMMARY_BOX and isinstance(following, Paragraph) and not essay.before(out) \
                    and words <= tuning.note_label_max_words and text_and_words(following)[1] <= tuning.digest_max_words:
                skip_list = following  # …and its one-line digest above the essay ("In short" / "Free fountains help…")
            if rule.kind in HIDES_TEXT and not isinstance(next((b for b in reversed(out[:-1]) if not isinstance(b, Removed)), None), Gap):
                out.append(Gap("hidden"))  # the placeholder stands where the site hid the essay
    out = lines_of_a_record(_absorb_sandwiched(out, draft.rules.button_verbs, tuning), draft.rules)
    return draft.with_blocks(pitch_before_button(out, draft.rules))


def _a_button(block: DraftBlock | None, rules: Rules) -> bool:
    """The block is a button, set aside as one already or still to be, or a lone link of a few words the finder set
    aside ("Hand over the brief")."""
    if isinstance(block, Removed):
        return block.kind == Kind.BUTTON or block.kind == Kind.LINKS and " | " not in block.text \
            and count_words(block.text) <= rules.tuning.cta_max_words // 2
    return block is not None and is_call_to_action(block, rules)


_POSITION = compile_regex(r"^\d{1,3} ?(?:of|sur|de|von|di|/) ?\d{1,3}$")
"""A slideshow's or a gallery's position standing alone ("1 of 2", "3 / 12")."""


# Written by text browsers (lynx, elinks, links): a link's number before its text ("[2]Free essays"), and
# the page's link addresses listed at the end ("12. https://…"); never an essay's own words.
_LINK_MARKER = compile_regex(rf"^\s*{LINK_NUMBER}\S")
_BARE_URL = compile_regex(r"(?:\d{1,4}\.\s*)?(?:https?|ftp|mailto|file):\S*")
_LINK_LIST_LABEL = compile_regex(r"^(?:references|visible links|hidden links|links):?$", re.I)
"""How text browsers head that list (lynx: "References", "Visible links:", "Hidden links:"; elinks: "Links:");
only the label right over a line of addresses already set aside or closing the text, never over an essay's entries."""


_A_HANDLES_LABEL = compile_regex(r"^@[\w.]{3,} \w+$")  # a reader's label by their handle: "@corncrake noted"


def _absorb_sandwiched(blocks: list[DraftBlock], button_verbs: frozenset[str], tuning: Tuning) -> list[DraftBlock]:
    """A short line between two parts of the same advertisement ("190 writers online" between "Get a custom
    essay…" and "Learn More") belongs to it, whatever it says; so does a button right after one ("Get unique
    essay"), the answers under a removed widget's question ("Was this essay helpful?" / "Yes" / "No"), a reader's
    remark under its label ("@corncrake noted" / "the clearest paragraph"), a form's header over its blanks."""
    out, asked = list(blocks), None  # (asked: a removed widget's question, "Was this essay helpful?": its answers follow)
    for index in range(1, len(out)):
        before, block = out[index - 1], out[index]
        after = out[index + 1] if index + 1 < len(out) else None
        if isinstance(before, Removed) and (before.text.rstrip().endswith("?") or _A_HANDLES_LABEL.match(before.text)):
            asked = before
        elif not isinstance(before, Removed):
            asked = None
        limit = tuning.title_line_max_words if asked is not None and _A_HANDLES_LABEL.match(asked.text) else tuning.answer_max_words
        if asked is not None and isinstance(block, Paragraph) and text_and_words(block)[1] <= limit \
                and not ends_sentence(text_and_words(block)[0]):
            out[index] = removed(asked.kind, text_and_words(block)[0])  # "Yes", "No", "👍 12"
            continue
        # (the blanks, "____", may have gone as another kind: a sheet's running lines, printed on every sheet)
        if isinstance(after, Removed) and (after.kind == Kind.FORM or "____" in after.text) and isinstance(block, Paragraph) \
                and text_and_words(block)[1] <= tuning.sandwich_max_words and not text_and_words(block)[0].strip().endswith((".", "!", "?")):
            out[index] = removed(Kind.FORM, text_and_words(block)[0])  # the form's header line ("JUDGE: Judge A (history)")
            continue
        if not (isinstance(before, Removed) and before.kind in ADVERTISING and isinstance(block, Paragraph)):
            continue
        text, words = text_and_words(block)
        if words > tuning.sandwich_max_words or ends_sentence(text):
            continue
        sandwiched = isinstance(after, Removed) and after.kind == before.kind
        button = words <= 5 and text.split()[0].casefold() in button_verbs
        if sandwiched or button:
            out[index] = removed(before.kind, text)
    return out


def _label_over_a_link(block: DraftBlock) -> bool:
    """A line that is a short label with its colon, then one link, titled in words, and nothing else:
    the site pointing at another of its pages ("Also read: <title>"), when it closes the page (the
    caller's test: in the text, "Medium firm: <a product>" and "Format: <a kind>" are the article's
    own). A source's line names its address ("Available at: https://…"), which the reference list reads."""
    spans = [s for s in inlines_of(block) if not (isinstance(s, Text) and not s.text.strip())]
    if not isinstance(block, Paragraph) or len(spans) != 2 or not isinstance(spans[1], Link):
        return False
    label, title = plain_text((spans[0],)).strip(), plain_text((spans[1],)).strip()
    return label.endswith(":") and 1 <= len(label.split()) <= 3 and len(title.split()) >= 2 \
        and "://" not in title and not title.startswith("www.")


def _link_only(block: DraftBlock) -> bool:

    spans = inlines_of(block)
    return bool(spans) and all(isinstance(s, Link) for s in spans)


def _teaser_cards(segments: list[list[DraftBlock]], tuning: Tuning) -> bool:
    """Each stretch under a linked heading is card-sized, and nothing after the last card goes on
    as the essay does (a heading of its own over paragraphs): linked product names in the middle
    of a buying guide are a list inside the article, not a tail after it. The last stretch may
    carry the site's short tail lines."""
    def content(segment: list[DraftBlock]) -> list[DraftBlock]:
        return [b for b in segment if not isinstance(b, Removed)]

    def card(segment: list[DraftBlock]) -> bool:
        kept = content(segment)
        return len(kept) <= tuning.teaser_max_blocks and sum(text_and_words(b)[1] for b in kept) <= tuning.teaser_max_words

    last = content(segments[-1])
    essay_goes_on = any(isinstance(b, Heading) for b in last) and \
        sum(text_and_words(b)[1] for b in last) > 2 * tuning.teaser_max_words
    return all(card(segment) for segment in segments[:-1]) and not essay_goes_on


def drop_related_cards(draft: Draft) -> Draft:
    """Teasers of other essays (a linked title, an excerpt, "Read more") often follow the essay
    with no heading to announce them. Two or more link-only headings after the essay's prose,
    each over no more than a card's worth of text, start that tail: everything from the first is
    removed."""
    blocks = list(draft.blocks)
    excerpts = excerpts_of_other_essays(blocks, draft.rules.tuning)
    if excerpts and has_essay_before(blocks[:excerpts[0]]):
        blocks = [as_removed(b, Kind.RELATED) if i in excerpts else b for i, b in enumerate(blocks)]
    linked = [i for i, b in enumerate(blocks) if isinstance(b, Heading) and _link_only(b)
              and has_essay_before(blocks[:i])]
    if len(linked) < 2:
        return draft.with_blocks(blocks)
    bounds = [*linked, len(blocks)]
    if not _teaser_cards([blocks[a + 1:b] for a, b in zip(bounds, bounds[1:])], draft.rules.tuning):
        return draft
    start = linked[0]
    return draft.with_blocks(blocks[:start] + [as_removed(b, Kind.RELATED) for b in blocks[start:]])


def _references_heading(block: DraftBlock, rules: Rules) -> bool:
    """A heading of the essay's references ("References", "Notes"): a related tail before it
    ("See also" and its links, as encyclopaedias order them) ends there."""
    return isinstance(block, Heading) and text_and_words(block)[1] <= 5 \
        and rules.reference_heading.match(text_and_words(block)[0].strip()) is not None


def _relabel(record: Removed, draft: Draft) -> Removed:
    """Name what the finder set aside ("disclaimer", "cite-box") when a clutter rule knows it."""
    if draft.rules.label_clutter.match(record.text):
        return Removed(Kind.METADATA, record.text)
    lowered = prefilter_view(record.text)  # lowered and scanned for the rules' literals once for all of them
    found = LiteralsFound(lowered)
    rule = next((r for r in draft.rules.blocks if r.finds(record.text, lowered, found)), None)
    return Removed(rule.kind, record.text) if rule else record

