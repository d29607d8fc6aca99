"""Facts about an essay set out beside it, and other essays' cards: a strip of facts over the essay
("Persuasive essay · GCSE · model answer by … Priya K."), the label over a box of facts ("Sample card"),
a list of other essays' cards each stating its length. Read from the blocks by clean/clutter.py."""

from __future__ import annotations

import itertools

from ..languages import function_words
from ..model import DraftBlock, Heading, Link, ListBlock, Paragraph, Removed, Text, count_words, normalize, plain_text
from ..regexes import compile_regex
from ..rules import CounterShape, Rules, first_block_rule
from ..signals import LABEL_REMARK, Kind, ends_sentence, line_shape
from ..sites.learning_data import essay_headings
from ..tuning import Tuning
from .counters import BARE_NUMBER, counter_parts
from .draft import Draft, text_and_words
from .labels import LABELLED, SHORT_LABEL, STRIP_PARTS, labelled_sentences
from .structure import looks_like_a_name


def cards_of_other_essays(block: ListBlock, items: list[str], rules: Rules) -> bool:
    """A list of other essays' cards: every item states a length and links somewhere ("… 402 words ·
    2 pages · Read the model answer") or, in a dump that kept no links, opens with a title ("Should
    CPR Training Be Part of the Driving Test? (418 words, 2 pages)"). An essay's own list may give
    lengths (of books, of reports), but in sentences, and not with a link in every item."""
    return len(items) >= 2 and all(rules.counter.number_unit.search(item) for item in items) \
        and (all(_holds_a_link(spans) for spans in block.items) or all(_opens_with_a_title(item, rules) for item in items))


def labels_cards(block: DraftBlock, tuning: Tuning) -> bool:
    """A short line right over other essays' cards ("Also on Copperleaf", "More like this") is their
    label, unless it names a part of an essay ("Conclusion": the site put its cards under the
    essay's own heading)."""
    if not isinstance(block, (Heading, Paragraph)):
        return False
    text, words = text_and_words(block)
    return words <= tuning.note_label_max_words and not ends_sentence(text.strip()) \
        and text.strip().rstrip(":").casefold() not in essay_headings()


_TITLE_ENDS = compile_regex(r"(?<=[?!.])\s|\s[(·|–—-]\s?")


def _opens_with_a_title(item: str, rules: Rules) -> bool:
    """The item's first part (to its first sentence end, bracket or separator) is capitalised as a title."""
    head = _TITLE_ENDS.split(item.strip(), maxsplit=1)[0]
    shape = line_shape(head, function_words())
    return 2 <= len(shape.words) <= rules.tuning.title_line_max_words \
        and shape.capitalised_share >= rules.tuning.title_line_capitalised_share


def _holds_a_link(spans: tuple) -> bool:
    return any(isinstance(s, Link) or (hasattr(s, "children") and _holds_a_link(s.children)) for s in spans)


def facts_strip(text: str, rules: Rules) -> bool:
    """A strip of facts over the essay, its parts apart by "·" or "|" ("Expository essay · Language &
    Culture · Sample author: M. R.", "Urban studies · Argumentative · Undergraduate level", "Sample
    paper QP-2291 · Year 12 · MLA 9 · drafted by Quayside writer Hannah J."): three or more short
    parts, one of them a label and its value, a genre or level, or a part a clutter rule takes on its
    own (the writer's credit), and no sentence among them (a name's initial ends none)."""
    parts = [p.strip() for p in STRIP_PARTS.split(text)]
    tuning = rules.tuning
    if len(parts) < tuning.facts_strip_min_parts:
        return labelled_sentences(text, tuning)
    taken = [first_block_rule(rules.blocks, p, count_words(p)) is not None for p in parts]
    # a part a rule takes on its own (the writer's credit) may be as long as that rule allows
    if not all(took or (0 < count_words(p) <= tuning.facts_strip_part_max_words and not _ENDS_A_SENTENCE.search(p))
               for p, took in zip(parts, taken)):
        return False
    # (…or the writer's name and a date among its parts: "Callum Mouat · notebook 14 · February 2018 · Python 3.6")
    return any(took or LABELLED.match(p) or rules.counter.facts_words.match(p)
               for p, took in zip(parts, taken)) or (any(map(looks_like_a_name, parts)) and any(_A_DATE.match(p) for p in parts)
                                                     and not any(rules.counter.number_unit.search(p) for p in parts))  # (a count: the heading block's)


_A_DATE = compile_regex(r"^(?:(?:\d{1,2}(?:st|nd|rd|th)? )?[A-Z][a-z]+\.?,? )?(?:\d{1,2},? )?\d{4}$|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$|^\d{4}-\d{2}-\d{2}$")
"""A part that is a date: "February 2018", "4 May 2025", "May 4, 2025", "5/4/25", "2025-05-04"."""




def _title_with_a_colon(text: str, rules: Rules) -> bool:
    """A title whose colon joins its two parts ("Crossing Over: The Island Ferry and Its Town"), not a
    field: a label no list names over a value of four words or more set as a title."""
    label, _, value = text.strip().partition(":")
    shape = line_shape(value, function_words())
    named = label.strip().casefold()
    return named not in rules.label_names and named not in rules.title_field_labels \
        and len(shape.words) >= rules.tuning.set_title_min_words \
        and shape.capitalised_share >= rules.tuning.title_line_capitalised_share


def lines_of_a_record(blocks: list[DraftBlock], rules: Rules) -> list[DraftBlock]:
    """Above the essay, a line of a label and its short value ("Student: Sofia, Year 13", "Mark:
    25/25 (Level 5)") next to lines of facts taken out ("Component: …", "Length: 686 words") is one
    more line of the same record, whatever its label says. The essay starts at its first paragraph
    of prose; a line that ends a sentence is no record's."""
    tuning = rules.tuning
    out = _alternating_record(list(blocks), rules)

    def record_line(index: int, titles_too: bool = False) -> bool:
        block = out[index]
        if not isinstance(block, Paragraph):
            return False
        text, words = text_and_words(block)
        # (a field's value may run to a clause: "Module: PHYS 2210 Optics in Context – group essay (20% of the mark)")
        most = tuning.record_line_max_words if SHORT_LABEL.match(text.strip()) else tuning.facts_strip_part_max_words
        return words <= most and (
            LABELLED.match(text.strip()) is not None and (titles_too or not _title_with_a_colon(text, rules))
            or _yaml_list_line(index)) and not _ENDS_A_SENTENCE.search(text.strip().removesuffix("?"))

    def inside_a_run(index: int) -> bool:
        """A field between two others, though it reads as a title ("Module: HIST 1040 Europe in the Age of
        Enlightenment" under "Student number: …"): a title stands at a record's edge, not inside it."""
        return record_line(index) or (0 < index < opening - 1 and record_line(index, titles_too=True)
                                      and record_line(index - 1, titles_too=True) and record_line(index + 1, titles_too=True))

    def _yaml_list_line(index: int) -> bool:
        """An item of a front matter's list ("- politics"), or its key over the items ("tags:")."""
        line = text_and_words(out[index])[0].strip()
        if _YAML_ITEM.match(line):
            return True
        below = out[index + 1] if index + 1 < len(out) else None
        return _YAML_KEY.match(line) is not None and isinstance(below, Paragraph) \
            and _YAML_ITEM.match(text_and_words(below)[0].strip()) is not None

    opening = next((i for i, b in enumerate(out) if isinstance(b, Paragraph)
                    and text_and_words(b)[1] > tuning.facts_strip_part_max_words and not record_line(i, titles_too=True)), len(out))

    def beside_facts(index: int) -> bool:
        return any(0 <= j < len(out) and isinstance(out[j], Removed) and out[j].kind in _FACTS for j in (index - 1, index + 1))

    # a run of such lines, one label a fact the clutter data names ("Written for: …", "Outcome: B",
    # "Annotated by: …"), is a record of its own
    runs = [[i for _, i in run] for _, run in itertools.groupby(
        enumerate(i for i in range(opening) if inside_a_run(i)), key=lambda pair: pair[1] - pair[0])]  # consecutive lines
    # (a run that opens the text, nothing but a heading kept above it, is a record whatever its labels:
    # "Student number: …" / "Module: …" / "Seminar group: …" over the essay; a question is a field's value there)
    first_kept = next((i for i, b in enumerate(out) if not isinstance(b, (Removed, Heading))), None)
    for run in runs:
        if len(run) >= tuning.record_min_fields and (run[0] == first_kept or any(
                text_and_words(out[i])[0].split(":")[0].strip().casefold() in rules.label_names for i in run)):
            for i in run:
                out[i] = Removed(Kind.METADATA, text_and_words(out[i])[0])
    # (a box of labelled statements opening the text, each a short clause: "Type classification: this is an
    # essay resource." / "Completion status: this resource is considered to be complete." — a wiki's templates)
    stated = list(itertools.takewhile(lambda i: _stated_field(out[i], rules), range(first_kept, opening))) \
        if first_kept is not None else []
    if len(stated) >= tuning.record_min_fields:
        for i in stated:
            out[i] = Removed(Kind.METADATA, text_and_words(out[i])[0])
    changed = True
    while changed:  # a record's lines join it one by one, from either end
        changed = False
        for index in range(opening):
            if record_line(index) and beside_facts(index):
                out[index] = Removed(Kind.METADATA, text_and_words(out[index])[0])
                changed = True
    return out


def _stated_field(block: DraftBlock, rules: Rules) -> bool:
    """A paragraph of a short label and a short clause after it, a stop at its end or not."""
    if not isinstance(block, Paragraph):
        return False
    text, words = text_and_words(block)
    label, colon, value = text.strip().partition(":")
    return bool(colon) and words <= rules.tuning.facts_strip_part_max_words and len(label.split()) <= _STATED_LABEL_MAX_WORDS \
        and LABELLED.match(text.strip()) is not None and 0 < len(value.split())


_STATED_LABEL_MAX_WORDS = 3
"""A template's label is a word or three: "Type classification", "Educational level"."""


_YAML_KEY = compile_regex(r"^[^\W\d_][\w-]{0,30}:$")
_YAML_ITEM = compile_regex(r"^-\s\S.{0,60}$")
"""A front matter's key over its list ("tags:") and the list's items ("- politics"), as a page shows its
properties block line by line: lines of the record beside its other fields."""


_ENDS_A_SENTENCE = compile_regex(r"(?<!\s[A-Z])[.!?…][\"”’)\]]*$")
"""A part of a strip that ends a sentence: a stop, not a name's initial ("… by Quayside writer Hannah
J.") and not a closing bracket alone ("marked Level 4 (top band)")."""


_FACTS = frozenset((Kind.METADATA, Kind.BANNER))


def labels_facts(blocks: list[DraftBlock], index: int, tuning: Tuning, after_the_essay: bool = False) -> bool:
    """Above the essay, a heading (or a line shaped as one, not yet read as one) right over facts
    taken out, the essay's length or a strip of facts among them ("Sample card", "Paper details",
    "Essay brief"), was the facts box's label; the essay's own first heading stands over its prose,
    an advertisement between them or not; a section's heading over one line of its metadata
    ("Published by Helvetiq") is the article's."""
    block = blocks[index]
    if not isinstance(block, (Heading, Paragraph)):
        return False
    text, words = text_and_words(block)
    if words > tuning.note_label_max_words or ends_sentence(text.strip()):
        return False
    removals = list(itertools.takewhile(lambda b: isinstance(b, Removed), blocks[index + 1:index + 8]))
    section = list(itertools.takewhile(lambda b: b.kind in _FACTS, removals))
    # the box states the essay's length or a strip of facts: a section's heading over a line of its
    # metadata ("Chit Chat" / "Published by Helvetiq" / the review) is the article's
    stated = any(b.kind == Kind.BANNER or len(STRIP_PARTS.split(b.text)) >= tuning.facts_strip_min_parts for b in section)
    if not stated:
        return False
    # after the essay's start, the box ("Sample statistics" over its table) is followed by no more
    # of the essay's prose: a section's heading with a count under it and its paragraphs after is the essay's
    following = blocks[index + 1 + len(section)] if index + 1 + len(section) < len(blocks) else None
    return not after_the_essay or not (isinstance(following, Paragraph) and text_and_words(following)[1] >= 20)






def join_label_pairs(draft: Draft) -> Draft:
    """Sites print "Words:" on one line and "2704" on the next, or "389" over "words in the body text":
    read them as one line."""
    out: list[DraftBlock] = []
    # (a record of bare labels over their values, as a table's cells come out one to a line, as a whole
    # before its pairs; "Label:" lines are joined pair by pair below)
    blocks = _alternating_record(list(draft.blocks), draft.rules, bare_labels=True)
    i = 0
    while i < len(blocks):
        block = blocks[i]
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if isinstance(block, Paragraph) and isinstance(following, Paragraph):
            label = plain_text(block.inlines).rstrip(":").strip().lower()
            value = plain_text(following.inlines)
            # (or a count's label over its number: "Words in my essay (not the title)" / "390")
            counted = BARE_NUMBER.fullmatch(value.strip()) is not None \
                and counter_parts(f"{LABEL_REMARK.sub('', label)}: {value}", draft.rules.counter) is not None
            if (label in draft.rules.label_names or counted) and 0 < len(value) <= 60 and count_words(value) <= 8:
                label = LABEL_REMARK.sub("", label) if counted else label  # (the count's remark is no part of its line)
                out.append(Paragraph(normalize([Text(f"{label.capitalize()}: {value}")])))
                i += 2
                continue
        # a figure over its unit ("389" / "words in the body text": a block of numbers about the essay)
        if isinstance(block, (Paragraph, Heading)) and isinstance(following, Paragraph) \
                and BARE_NUMBER.fullmatch(plain_text(block.inlines).strip()) and count_words(plain_text(following.inlines)) <= 8:
            joined = f"{plain_text(block.inlines).strip()} {plain_text(following.inlines).strip()}"
            label = plain_text(following.inlines).strip()
            # …or over a label of its own ("2" / "academic sources"), the figure set as a heading or the
            # label in lower case (a page number over a dump's next line is neither)
            figure = (isinstance(block, Heading) or label[:1].islower()) and count_words(label) <= 6 and not ends_sentence(label)
            if counter_parts(joined, draft.rules.counter) is not None or figure:
                out.append(Paragraph(normalize([Text(joined)])))
                i += 2
                continue
        out.append(block)
        i += 1
    return draft.with_blocks(out)


def _alternating_record(out: list[DraftBlock], rules: Rules, bare_labels: bool = False) -> list[DraftBlock]:
    """Above the essay, lines alternating a label and its value without a colon ("Written for" /
    "First-year undergraduate" / "Outcome" / "B" / "Annotated by" / "Kwame Boateng"), one label a
    fact the clutter data names: the essay's record, every line of it. `bare_labels`: only a record
    none of whose labels ends in a colon."""
    tuning = rules.tuning
    content = [i for i, b in enumerate(out) if not isinstance(b, Removed)]
    lines = list(itertools.takewhile(lambda i: isinstance(out[i], Paragraph) and 0 < text_and_words(out[i])[1]
                                     <= tuning.facts_strip_part_max_words and not _ENDS_A_SENTENCE.search(text_and_words(out[i])[0].strip()),
                                     content))
    pairs = len(lines) // 2
    labels = [LABEL_REMARK.sub("", text_and_words(out[i])[0]).strip().rstrip(":").casefold() for i in lines[:2 * pairs:2]]
    values = [text_and_words(out[i])[0].strip() for i in lines[1:2 * pairs:2]]
    # (a count's label may run longer: "Words in my essay (not the title, table or references)" / "390")
    counts = [counter_parts(f"{label}: {value}", rules.counter) is not None for label, value in zip(labels, values)]
    if bare_labels and any(text_and_words(out[i])[0].strip().endswith((":", "：")) for i in lines[:2 * pairs:2]):
        return out
    if pairs < tuning.record_min_fields or not any(label in rules.label_names for label in labels) \
            or any(len(label.split()) > tuning.record_label_max_words and not count for label, count in zip(labels, counts)):
        return out
    for pair, (label_at, value_at) in enumerate(zip(lines[:2 * pairs:2], lines[1:2 * pairs:2])):
        if counts[pair]:  # the record's count, as one line: the banners pass reads it
            label = LABEL_REMARK.sub("", text_and_words(out[label_at])[0]).strip().rstrip(":：").strip()
            out[label_at] = Paragraph(normalize([Text(f"{label}: {values[pair]}")]))
            out[value_at] = Removed(Kind.METADATA, values[pair])
            continue
        out[label_at] = Removed(Kind.METADATA, text_and_words(out[label_at])[0])
        out[value_at] = Removed(Kind.METADATA, values[pair])
    return out


_AFTER_A_LINKED_TITLE = compile_regex(r"\s?[:–—-]\s?\S")


def excerpts_of_other_essays(blocks: list[DraftBlock], tuning: Tuning) -> list[int]:
    """The page's last lines, two or more, each a linked title then a quoted line of that essay
    ("<a>Hamlet and the Problem of Delay</a>: “On balance, …”"): other essays' excerpts, whatever
    short lines of the site's follow them. The short line introducing them under their heading
    ("Compare the thesis statements" / "How three other students stated their argument…") goes with
    them, and so does that heading."""
    content = [i for i, b in enumerate(blocks) if not isinstance(b, Removed)]
    tail = list(itertools.takewhile(lambda i: not _opens_with_a_linked_title(blocks[i])
                                    and text_and_words(blocks[i])[1] <= tuning.tail_line_max_words, reversed(content)))
    run: list[int] = []
    for index in reversed(content[:len(content) - len(tail)]):
        if not _opens_with_a_linked_title(blocks[index]):
            break
        run.insert(0, index)
    if len(run) < 2:
        return []
    before = [i for i in content if i < run[0]]
    if len(before) >= 2 and isinstance(blocks[before[-1]], Paragraph) and isinstance(blocks[before[-2]], Heading) \
            and text_and_words(blocks[before[-1]])[1] <= tuning.teaser_max_words // 2:
        run[:0] = before[-2:]  # the box's heading and its line
    return run


def _opens_with_a_linked_title(block: DraftBlock) -> bool:
    spans = block.inlines if isinstance(block, Paragraph) else ()
    if not spans or not isinstance(spans[0], Link):
        return False
    title = plain_text(spans[0].children).strip()
    rest = plain_text(spans[1:])
    return len(title.split()) >= 2 and _AFTER_A_LINKED_TITLE.match(rest) is not None


def stats_line(text: str, words: int, shape: CounterShape, tuning: Tuning) -> bool:
    """"Uploaded 3 Sep 2024 · 2 387 reads · 41 saves", "★★★★☆ 4.4 (31 ratings)": how often the page
    was read or rated, not the essay."""
    if words > max(tuning.stats_line_max_words, tuning.stats_line_with_one_max_words):
        return False  # (asked of every paragraph: a long one is not searched for counts)
    stats = len(shape.stat.findall(text))
    return (stats >= 2 and words <= tuning.stats_line_max_words) or (stats == 1 and words <= tuning.stats_line_with_one_max_words)


