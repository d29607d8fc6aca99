"""The word and page banners around the essay read into claimed_words / claimed_pages, and the lines
that state them set aside (the pass over the draft; how a count is read from a line is counters.py)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import BlockQuote, DraftBlock, Heading, ListBlock, Paragraph, Removed, block_text, count_words, plain_text
from ..regexes import compile_regex
from ..rules import SENTENCE_BREAKS, first_block_rule
from ..signals import ADVERTISING, OTHER_ESSAYS, SET_ASIDE_WHOLE, Kind, ends_sentence
from .count_places import (
    LENGTH_FIELD,
    POSTED_WITH_ITS_COUNT,
    a_records_field,
    closes_the_prose,
    closes_the_text,
    opens_on_its_count,
    over_the_prose,
    under_a_label_naming_it,
    writers_count_note,
)
from .counters import (
    BARE_NUMBER,
    DIGIT,
    banner_parts,
    bare_count,
    count_in_a_note,
    counter_in,
    counter_parts,
    names_this_text,
    one_count,
    several_counts,
)
from .draft import Draft, removed, text_and_words
from .labels import LABELLED, STRIP_PARTS, labelled_sentences

_TABLE_CELLS = compile_regex(r"\s·\s")


def _facts_table(text: str, rules) -> bool:  # noqa: ANN001 - Rules
    """A table of facts read as one strip of label and value cells ("Body text · 384 words · Printed ·
    2 pages at 1.5 spacing · Grade awarded · A"): short cells, none a sentence, the words and the
    pages among them."""
    cells = [c.strip() for c in _TABLE_CELLS.split(text)]
    if len(cells) < 4 or any(count_words(c) > rules.tuning.facts_strip_part_max_words or c.endswith((".", "!", "?"))
                             for c in cells):
        return False
    parts = counter_parts(text, rules.counter, windowed=True)
    return parts is not None and None not in parts


def _record_of_fields(text: str) -> bool:
    """A record set aside as label and value fields ("Author: … | Word count: 516 | Pages: 2 | Prize:
    …", a description list beside the essay): read field by field, however many words its values
    take (a long record of one count is the essay's facts box, not a paragraph)."""
    parts = STRIP_PARTS.split(text)
    return len(parts) >= 3 and all(LABELLED.match(part.strip()) and not part.strip().endswith((".", "!", "?")) for part in parts)


def _under_other_essays_label(text: str, draft: Draft) -> bool:
    """A box set aside under a label for other essays ("Featured essays", "Related essays" and their
    snippets, one with its count): the count is another essay's."""
    words = text.split()
    return any(rule.kind in OTHER_ESSAYS for n in range(2, 5) if len(words) > n
               if (rule := first_block_rule(draft.rules.blocks, " ".join(words[:n]), n)) is not None)


_LONG_LABEL = compile_regex(r"^[^\W\d_][^:.!?]{0,60}:\s\S")
"""A label of a few words and its colon opening a line ("Typed in from the printed journal: 484 words, …")."""

_FIGURE = compile_regex(rf"(?:{BARE_NUMBER.pattern}) [^\W\d_]")
"""A figure and its label on one line ("2 academic sources")."""


def _figure_under_counts(block: DraftBlock, kept: list[DraftBlock]) -> bool:
    """A figure and its label ("2 academic sources", "6 hours from order to delivery") right after the
    counts read under a heading naming the essay: the rest of that block of numbers."""
    text = block_text(block).strip() if isinstance(block, Paragraph) else ""
    last = next((b for b in reversed(kept) if not (isinstance(b, Removed) and b.kind == Kind.METADATA)), None)
    return bool(_FIGURE.match(text)) and count_words(text) <= 8 and isinstance(last, Removed) and last.kind == Kind.BANNER


def _count_behind_the_wall(block: DraftBlock, draft: Draft) -> tuple[int | None, int | None] | None:
    """A wall stating the length of the essay behind it, one count ("You have reached the end of the free
    preview. The complete essay — 707 words — is for subscribers only"): the essay's count."""
    if not (isinstance(block, Paragraph) or isinstance(block, Removed) and block.kind == Kind.PAYWALL):
        return None
    text, words = text_and_words(block)
    if words > draft.rules.note_max_words or DIGIT.search(text) is None:
        return None  # (a wall's line is a note's length and states a number: most paragraphs are asked no more)
    wall = draft.rules.continues.search(text)
    # (a count in the wall's own words is what is left, not the whole: "713 words to go", "the remaining 533 words")
    return count_in_a_note(text, draft) if wall and not DIGIT.search(wall.group(0)) else None


def _names_itself_counted(sentence: str, draft: Draft) -> list[tuple[int | None, int | None]] | None:
    """A sentence naming this essay with its count, in the site's word over it ("This one is 363 words from intro
    to conclusion and takes up 2 pages in MLA format")."""
    if not _THIS_ONE.match(sentence.strip()):
        return None
    # (clause by clause: the sentence says more than its counts, each of its two clauses little else)
    found = [c for clause in _CLAUSES.split(sentence) if (c := counter_in(clause, draft.rules.counter, draft.title, windowed=True))]
    words, pages = next((w for w, _ in found if w is not None), None), next((p for _, p in found if p is not None), None)
    return [(words, pages)] if found else None


_THIS_ONE = compile_regex(r"this (?:one|essay|sample|paper|piece|text) (?:is|was|runs|ran|comes|came|has|had)\s", re.I)
"""The site's sentence on the sample shown, opening on it ("This one is 363 words …"); a writer's note on their own
("It's 477 words all told …") is read as a note."""
_CLAUSES = compile_regex(r"\sand\s(?=(?:takes|took|runs|ran|fills|filled|comes|came|spans|spanned|covers|covered)\s)")
"""Where a sentence's clause about its pages follows the one about its words ("… 363 words from intro to conclusion
and takes up 2 pages"); a clause after a comma says something else ("…, so it fits the two-page spread")."""


def _without_the_sites_name(text: str, names: list[str]) -> str:
    """The text read for counts, the site's name out of it ("750 Words Me Write History Stats",
    "© 2025 750 Words")."""
    for name in names:
        text = re.sub(re.escape(name), " ", text, flags=re.IGNORECASE)
    return text


def extract_banners(draft: Draft) -> Draft:
    """Word/page banners ("591 Words3 Pages") become claimed_words/claimed_pages: the known
    layouts by the banner patterns, any other wording by the counter shape. The finder may have set
    the line aside already (beside the essay's container, under any kind): before the essay's
    first paragraph its counts are still the page's own; after it, they belong to other essays'
    cards."""
    words, pages = draft.claimed_words, draft.claimed_pages
    out: list[DraftBlock] = []
    essay_started = False
    # a site named like a count ("750 Words"): its name in its header and footer states no length
    counted_names = [name.casefold() for name in draft.site_names if DIGIT.search(name)]
    last_text = max((i for i, b in enumerate(draft.blocks) if isinstance(b, (Paragraph, Heading, ListBlock))), default=-1)
    for position, block in enumerate(draft.blocks):
        if isinstance(block, ListBlock):
            # "Words: 220 / Pages: 1 / Subject: Health" laid out as a list: metadata, not the essay
            items = [plain_text(item).strip() for item in block.items]
            parts = [banner_parts(item, draft) for item in items]
            # …or, before the essay, a row of badges, one of them its length ("✔ Human-written" / "398 words" /
            # "Chicago author-date"): short items that end no sentence, or labelled fields ("Document type: Essay" /
            # "Length of paper: 3 pages (611 words)", whose bracket is no sentence's end)
            badges = not essay_started and all(0 < count_words(i) <= draft.rules.tuning.badge_max_words
                                               and (not ends_sentence(i) or LABELLED.match(i)) for i in items)
            if badges:
                parts = [[counted] if (counted := counter_parts(i, draft.rules.counter, windowed=True)) else None for i in items]
            if any(parts) and (badges or all(p or draft.rules.label_clutter.match(i) for p, i in zip(parts, items))):
                for found_words, found_pages in (pair for p in parts if p for pair in p):
                    words = words if words is not None else found_words
                    pages = pages if pages is not None else found_pages
                out.append(removed(Kind.BANNER, " | ".join(items)))
                continue
            # a note naming this essay with its count ("¹ This sample runs to 425 words over 2 pages"),
            # in the page's list of notes: read; a list of that note alone goes
            stated = [counted for item in items if count_words(item) <= 24 and names_this_text(item, draft.rules.counter)
                      and (counted := counter_in(item, draft.rules.counter, draft.title, windowed=True))]
            for found_words, found_pages in stated:
                words = words if words is not None else found_words
                pages = pages if pages is not None else found_pages
            if stated and len(items) == 1:
                out.append(removed(Kind.BANNER, items[0]))
                continue
        # A banner often sits beside the essay's container, so the finder already set it aside.
        # (a quote box before the essay's first paragraph holds the page's facts, not a quotation: an
        # essay quotes after its own prose has begun)
        if isinstance(block, (Paragraph, Heading)) or (isinstance(block, BlockQuote) and not essay_started) \
                or (isinstance(block, Removed) and block.kind in SET_ASIDE_WHOLE):
            shown, count = text_and_words(block)
            text = _without_the_sites_name(shown, counted_names) if counted_names else shown
            if not essay_started:
                count = count_words(text)  # a strip's "·" and "|" are no words ("Level · … · Length · 3,460 words")
            parts = banner_parts(text, draft) if count <= 24 else None
            if parts is None and not essay_started and count <= 2 * 24 and len(strip := STRIP_PARTS.split(text)) >= 2:
                # a strip over the essay one of whose parts is its count ("Draft 2 for the seminar · 417
                # words without the title · please comment in the margin by Friday")
                # (its words: a catalogue's "Pages 1-76 - Hinges" states no essay's length)
                parts = next(([found] for part in strip if count_words(part) <= draft.rules.tuning.facts_strip_part_max_words
                              and (found := counter_parts(part.strip(), draft.rules.counter, windowed=True)) and found[0]), None)
            if parts is None and not essay_started and count <= 2 * 24:
                # a note over the essay opening on its count, a line of its own making after it ("Word
                # count: 429 (body text only). Built from essay2.adoc; the PDF is in dist/.")
                # (the rest a line too: an essay's opening paragraph goes on for longer)
                # (or on its second sentence, after the writer's name: "Rhys Ambrose, 12G. 432 words of body text, …")
                sentences = SENTENCE_BREAKS.split(text.strip(), maxsplit=2)[:2]
                parts = next((found for at, sentence in enumerate(sentences)
                              if count_words(sentence) <= 24 and count_words(" ".join(sentences[:at] + sentences[at + 1:])) <= 24
                              and (found := banner_parts(sentence, draft) or opens_on_its_count(sentence, draft)
                                   or _names_itself_counted(sentence, draft))), None)
            if parts and any(w is None or p is None for w, p in parts):
                # a known banner layout may leave one count unread ("880 words | 3 pages · …")
                counted = counter_in(text, draft.rules.counter, draft.title, windowed=True)
                parts = [*parts, counted] if counted else parts
            if parts:
                for found_words, found_pages in parts:
                    words = words if words is not None else found_words
                    pages = pages if pages is not None else found_pages
                out.append(removed(Kind.BANNER, shown))
                continue
            # after the essay's start a line with a count is another essay's card or the site's
            # tail ("Unlock all 5 pages", "Ende der Leseprobe aus 6 Seiten"): the later passes name it
            # …unless the line says it is this essay's count ("Dit betoog telt 343 woorden.", "This essay
            # is 356 words long"), wherever it stands
            names_it = count <= 24 and (names_this_text(text, draft.rules.counter) or under_a_label_naming_it(out, draft)
                                        or words is None and a_records_field(text, out)
                                        or words is None and closes_the_text(text, position >= last_text)
                                        or words is None and POSTED_WITH_ITS_COUNT.match(text.strip()) is not None
                                        or words is None and LENGTH_FIELD.match(text.strip()) is not None
                                        or words is None and over_the_prose(text, draft.blocks, position, draft)
                                        or words is None and writers_count_note(text, out, draft))
            readable = (count <= 24 or isinstance(block, (Removed, BlockQuote))) and (
                not essay_started or names_it
                or (words is None and closes_the_prose(out, draft.rules.tuning) and bare_count(text, draft.rules.counter)))
            # a table of the essay's facts right after it (cells of labels and values): its counts
            table = not readable and words is None and isinstance(block, Paragraph) and closes_the_prose(out, draft.rules.tuning) \
                and _facts_table(text, draft.rules)
            readable = readable or table
            # a sentence naming this essay says more than its count ("This sample runs to 425 words
            # over 2 double-spaced pages; the reference list is not counted."): only the words near
            # the counts are weighed
            # (a labelled line over the essay says more than its count: "Typed in from the printed journal: 484 words,
            # which filled 2 pages of The Hinge")
            counted = counter_in(text, draft.rules.counter, draft.title,
                                  windowed=isinstance(block, (Removed, BlockQuote)) or names_it or table
                                  or not essay_started and _LONG_LABEL.match(text.strip()) is not None) if readable else None
            # a record stating several lengths is a list of other essays (a course's lessons beside
            # this one, each with its count), wherever it stands
            if counted and not (isinstance(block, Removed) and several_counts(text, draft.rules.counter)):
                words = words if words is not None else counted[0]
                pages = pages if pages is not None else counted[1]
                out.append(removed(Kind.BANNER, shown))
                continue
        # a line set aside whole that the above did not read ("Extent: 338 w. / 2 pp." after the
        # essay) is read as any other record, when it is a line and not a comment's talk
        # (the page's header above the essay, however long, holds the title and its facts: read too)
        set_aside_line = not isinstance(block, Removed) or block.kind not in SET_ASIDE_WHOLE \
            or (block.kind != Kind.COMMENTS and text_and_words(block)[1] <= 24) or (block.kind == Kind.HEADER and not essay_started) \
            or _record_of_fields(block.text)
        record = _without_the_sites_name(block.text, counted_names) if counted_names and isinstance(block, Removed) else None
        if isinstance(block, Removed) and words is None and block.kind not in ADVERTISING and block.kind not in OTHER_ESSAYS \
                and block.kind != Kind.FRONT_MATTER \
                and set_aside_line and (not essay_started or one_count(record or block.text, draft.rules.counter)) \
                and not _under_other_essays_label(block.text, draft):
            # set aside under another kind (a promo strip, a card of metadata, a facts box in the
            # sidebar after the essay — one count, not a list of other essays' counts): read, kept
            counted = counter_in(record or block.text, draft.rules.counter, draft.title, windowed=True)
            if counted and not several_counts(record or block.text, draft.rules.counter):
                words, pages = counted[0], pages if pages is not None else counted[1]
        walled = _count_behind_the_wall(block, draft) if words is None and essay_started else None
        if walled:
            words, pages = walled[0], pages if pages is not None else walled[1]
        if _figure_under_counts(block, out):
            out.append(removed(Kind.METADATA, block_text(block)))
            continue
        # the essay starts at its first paragraph of prose: a long facts line read as a banner above
        # ("Paper #49532 · Length: 616 words / 3 pages · Hits: 52,909 · …") does not start it
        # (…nor does a course document's header of labelled sentences: "HIST 214: … Instructor: … Prompt: …")
        essay_started = essay_started or (isinstance(block, Paragraph) and text_and_words(block)[1] >= 20
                                          and not labelled_sentences(text_and_words(block)[0], draft.rules.tuning))
        out.append(block)
    return replace(draft, blocks=tuple(out), claimed_words=words, claimed_pages=pages if pages is not None else _pages_numbered(out))


_NUMBERED_OF = compile_regex(r"^(?:page\s*\d{1,3}\s*of|\d{1,3}\s?/)\s*(\d{1,3})$", re.I)


def _pages_numbered(blocks: list[DraftBlock]) -> int | None:
    """A printed document numbering its pages "Page 1 of 3" or "1 / 3" at their feet states how many it has."""
    totals = {int(m.group(1)) for b in blocks if isinstance(b, Removed) and b.kind == Kind.PAGE_NUMBER
              and (m := _NUMBERED_OF.match(b.text.strip()))}
    return totals.pop() if len(totals) == 1 else None
