"""Notes about the essay rather than in it (a grade, a signed italic note) and paragraphs split across
a pager, joined again."""

from __future__ import annotations

import bisect
import itertools
from dataclasses import replace

from ..model import BlockQuote, DraftBlock, Heading, ListBlock, Paragraph, Removed, Text, normalize
from ..regexes import compile_regex
from ..rules import Rules
from ..signals import OPENS_ON_A_LABEL, Kind, ends_sentence
from .counters import count_in_a_note
from .draft import Draft, as_removed, inlines_of, is_texty, text_and_words
from .essay_talk import names_its_writer, speaks_of_its_writer, words_of
from .letters import opens_a_letter
from .questions import closing_questions, questions_on_the_work, remarks_on_the_work, study_questions


def _is_note(block: DraftBlock, rules: Rules) -> bool:
    """A grade, or a label naming who appraised the essay ("Tutor’s comment: …")."""
    text, words = text_and_words(block)
    return isinstance(block, Paragraph) and words <= rules.note_max_words and (
        rules.note_grade.search(text) is not None or rules.note_appraisal.match(text) is not None)


def _labelled_grade_line(block: DraftBlock, rules: Rules) -> bool:
    """Above the essay, a short line stating its grade under a label ("Submitted 3 December 2024.
    Grade: A−. Posted here unchanged."): a bare score ("9/10 dentists…") may open an essay."""
    text, words = text_and_words(block)
    found = rules.note_grade.search(text) if isinstance(block, Paragraph) and words <= rules.note_max_words else None
    # (a letter grade: "Score: 4,390" over a list of books is a rating, not a mark)
    return found is not None and ":" in found.group(0) and _LETTER_GRADE.search(found.group(0)) is not None


_LETTER_GRADE = compile_regex(r"\b[A-F][+\-−]?$")


def _short_italic_paragraph(block: DraftBlock, rules: Rules) -> bool:
    """A paragraph set entirely in italics, no longer than a note: how sites and writers set their asides."""
    from ..model import Emph

    spans = [s for s in inlines_of(block) if not (isinstance(s, Text) and not s.text.strip())]
    return (isinstance(block, Paragraph) and bool(spans) and all(isinstance(s, Emph) for s in spans)
            and text_and_words(block)[1] <= rules.note_max_words)


def _signed_italic_note(block: DraftBlock, rules: Rules) -> bool:
    """A paragraph set entirely in italics and signed ("— Mrs P"): an editor's note."""
    return _short_italic_paragraph(block, rules) and rules.note_signature.search(text_and_words(block)[0]) is not None


_FOOTNOTE_MARK = compile_regex(r"^\s*[†‡§*¹²³⁴⁵⁶⁷⁸⁹]+\s?\S")
"""A footnote's mark opening a line: the note itself, not the text it notes."""


def _italic_note_naming_it(block: DraftBlock, rules: Rules, counting: Draft | None = None) -> bool:
    """A paragraph set entirely in italics, one of whose sentences names this essay ("This is essay nine
    of my year…", "This essay first ran in…") — or, with `counting`, that states its length: the writer's
    aside about it, not its close or its opening."""
    from .counters import names_this_text

    if not _short_italic_paragraph(block, rules):
        return False
    text = text_and_words(block)[0]
    # (or, opening the text, that speaks of its writer by first name: "Yesenia plays second trumpet in …")
    return names_this_text(text, rules.counter) or (counting is not None and (
        count_in_a_note(text, counting) is not None or speaks_of_its_writer(text, counting)))


def drop_notes_on_the_essay(draft: Draft) -> Draft:
    """Notes about the essay are not the essay: a teacher's appraisal or a writer's note carrying a
    grade ("… 15/20", "Final grade: 94/100") among the last blocks, an editor's signed italic note
    among the first, a note labelled with who wrote it anywhere; a short label line over such a note
    goes with it."""
    tuning = draft.rules.tuning
    blocks = list(draft.blocks)
    content = [i for i, b in enumerate(blocks) if is_texty(b)]
    edge = draft.rules.note_edge_blocks
    notes = {i for i in content[-edge:] if _is_note(blocks[i], draft.rules)
             and all(text_and_words(blocks[j])[1] <= draft.rules.note_max_words for j in content if j > i)}
    notes |= {i for i in content[:edge] if _signed_italic_note(blocks[i], draft.rules) or _labelled_grade_line(blocks[i], draft.rules)}
    # a note labelled with who wrote it ("Moderator's note: …", "Tutor’s comment: …") is one wherever
    # it stands: the label says it is about the essay, not in it
    notes |= {i for i in content if isinstance(blocks[i], Paragraph) and text_and_words(blocks[i])[1] <= draft.rules.note_max_words
              and draft.rules.note_appraisal.match(text_and_words(blocks[i])[0]) is not None}
    # the writer's italic aside after the essay ("This is essay nine of my year of fifty-two…"), its last
    # block longer than a label: a note, set aside first so that the short lines after it go with it as talk
    last = next((i for i in reversed(content) if text_and_words(blocks[i])[1] > tuning.study_label_max_words), None)
    if last is not None and _italic_note_naming_it(blocks[last], draft.rules):
        blocks[last] = as_removed(blocks[last], Kind.NOTE)
    # a note on the title above the essay, opened by its footnote mark ("†thanks: Runner-up, … The main
    # text runs to 534 words"), as LaTeXML sets a \thanks
    for i in content:  # (the page's first lines only, under its title heading: a footnote at the end is the essay's)
        if isinstance(blocks[i], Heading) and i == content[0]:
            continue
        if not (isinstance(blocks[i], Paragraph) and _FOOTNOTE_MARK.match(text_and_words(blocks[i])[0])
                and text_and_words(blocks[i])[1] <= draft.rules.note_max_words):
            break
        blocks[i] = as_removed(blocks[i], Kind.NOTE)
    # …and above it, the italic preface stating its length ("This is the version I sent them: 510 words")
    # (under the title heading, past its writer's version line: LinuxDoc's "v1.1, 15 November 1999" over its abstract)
    opening = [i for i in content if isinstance(blocks[i], Paragraph)][:_PREFACE_AT_MOST]
    first = next((i for i in opening if _italic_note_naming_it(blocks[i], draft.rules, draft)), None)
    if first is not None and first != last:
        blocks[first] = as_removed(blocks[first], Kind.NOTE)
    notes |= _under_an_appraisal_label(blocks, content, draft.rules)
    notes |= _prompt_above(blocks, content, draft.rules)
    notes |= _labelled_boxes_above(blocks, content, draft.rules)
    notes |= study_questions(blocks, content, draft.rules)
    notes |= questions_on_the_work(blocks, content, draft.rules)
    notes |= closing_questions(blocks, content, draft.rules)
    notes |= remarks_on_the_work(blocks, content, draft.rules)
    notes |= _talk_at_the_edges(blocks, content, draft)
    for i in sorted(notes):
        position = content.index(i)
        label = content[position - 1] if position else None
        if label is not None and label not in notes and isinstance(blocks[label], (Paragraph, Heading)) \
                and text_and_words(blocks[label])[1] <= tuning.note_label_max_words and not ends_sentence(
                    text_and_words(blocks[label])[0]) and not _heads_more_than_notes(blocks, content, position, notes):
            blocks[label] = as_removed(blocks[label], Kind.NOTE)
    blocks = [as_removed(b, Kind.NOTE) if i in notes else b for i, b in enumerate(blocks)]
    if draft.claimed_words is None and draft.claimed_pages is None:
        draft = _count_in_the_notes(draft, blocks)
    return draft.with_blocks(blocks)


_PREFACE_AT_MOST = 2
"""The italic preface is the first or the second paragraph (under a line of the writer's or the date)."""


def _count_in_the_notes(draft: Draft, blocks: list[DraftBlock]) -> Draft:
    """The essay's length as a note states it: above the essay any count there is its own ("A/N: 657
    words in total, 3 pages typed up"); below it, when the note names the essay ("इस निबंध में कुल 418
    शब्द हैं", "in this essay are 418 words in all")."""
    opening = next((i for i, b in enumerate(blocks) if isinstance(b, Paragraph)
                    and text_and_words(b)[1] > draft.rules.tuning.prompt_prose_words), len(blocks))
    for index, block in enumerate(blocks):
        if isinstance(block, Removed) and block.kind in (Kind.NOTE, Kind.AUTHOR_BIO):  # (a bio's "this one has 493 words")
            counted = count_in_a_note(block.text, draft, naming_it=index > opening)
            if counted:
                return replace(draft, claimed_words=counted[0], claimed_pages=counted[1])
    return draft


def _prompt_above(blocks: list[DraftBlock], content: list[int], rules: Rules) -> set[int]:
    """The prompt the essay answers, set out above it under its label ("Question: … [9 marks]",
    "Prompt: Some people argue …"): a short paragraph before the essay's second paragraph of prose
    (a teacher's word to the class may come first)."""
    found: set[int] = set()
    prose = 0
    for index in content:
        text, words = text_and_words(blocks[index])
        if not isinstance(blocks[index], Paragraph):
            continue
        if words <= rules.note_max_words and rules.prompt_line.match(text):
            found.add(index)
        elif words > rules.tuning.prompt_prose_words:
            prose += 1
            if prose == 2:
                break  # the essay has begun
    return found


def _labelled_boxes_above(blocks: list[DraftBlock], content: list[int], rules: Rules) -> set[int]:
    """Above the essay's first paragraph of prose, a heading that is a label ("Summary:", "Notes:") over
    a block quote is the poster's note on the work (a fan archive's work page), and a label heading
    right over the prose ("Work Text:") is the archive's, not a section of the essay."""
    from ..sites.learning_data import is_essay_heading

    found: set[int] = set()
    for position, index in enumerate(content):
        block = blocks[index]
        if isinstance(block, Paragraph) and text_and_words(block)[1] > rules.tuning.prompt_prose_words:
            break  # the essay began
        text, words = text_and_words(block)
        if not isinstance(block, Heading) or not text.rstrip().endswith(":") or words > rules.tuning.note_label_max_words:
            continue
        quotes = list(itertools.takewhile(lambda i: isinstance(blocks[i], BlockQuote), content[position + 1:]))
        below = blocks[content[position + 1]] if position + 1 < len(content) else None
        prose_below = isinstance(below, Paragraph) and text_and_words(below)[1] > rules.tuning.prompt_prose_words
        if quotes or (prose_below and not is_essay_heading(text)):
            found.update((index, *quotes))
    return found


def _under_an_appraisal_label(blocks: list[DraftBlock], content: list[int], rules: Rules) -> set[int]:
    """A label naming who appraised the essay, on a line of its own ("Examiner's commentary", a
    heading or a disclosure's summary), over a run of short paragraphs: the appraisal (its label goes
    with it)."""
    found: set[int] = set()

    def appraisal_label(text: str, words: int) -> bool:
        return words <= rules.tuning.note_label_max_words and rules.note_appraisal.match(text.strip().rstrip(":") + ":") is not None

    # (a box's title the finder already set aside as the page's header: "Tutor's annotation" over its text)
    set_aside = [bisect.bisect_right(content, i) - 1 for i, b in enumerate(blocks)
                 if isinstance(b, Removed) and b.kind == Kind.HEADER and appraisal_label(b.text, len(b.text.split()))]
    for position, index in [*enumerate(content), *((p, None) for p in set_aside)]:
        if index is not None:
            label, words = text_and_words(blocks[index])
            if not isinstance(blocks[index], (Heading, Paragraph)) or not appraisal_label(label, words):
                continue
        # its short paragraphs, up to the essay's next heading or its next paragraph of prose (a
        # margin note set between two of the essay's paragraphs)
        after = content[position + 1:]
        section = list(itertools.takewhile(lambda i: isinstance(blocks[i], (Paragraph, ListBlock))
                                           and text_and_words(blocks[i])[1] <= rules.note_max_words, after))
        if index is None:
            section = section[:1]  # (the box's extent is not seen: its one line of text)
        whole = len(section) == len(list(itertools.takewhile(lambda i: isinstance(blocks[i], (Paragraph, ListBlock)), after)))
        if section and (whole or len(section) <= rules.tuning.appraisal_max_paragraphs):
            found.update(section)
            if not whole and index is not None:
                found.add(index)  # the label of a note set among the essay's paragraphs heads no section of the essay
    return found


def _talks_about_the_essay(block: DraftBlock, rules: Rules) -> bool:
    """A block dense in the words used to talk about an essay as a piece of work ("This response is
    secure in the top band; the writer takes a clear line from the opening paragraph…")."""
    if not isinstance(block, (Paragraph, ListBlock)):
        return False
    words = words_of(text_and_words(block)[0])
    talk = [w for w in words if w in rules.note_essay_talk or w in rules.note_essay_talk_people]
    # two different words at least, one of them about the work: one alone is a topic ("…tips for your
    # college essay") or a chance, and people alone are an article about schools
    return len(words) >= rules.tuning.essay_talk_min_words and len(set(talk)) >= 2 \
        and any(w in rules.note_essay_talk for w in talk) and len(talk) >= rules.tuning.essay_talk_share * len(words)


def _talk_at_the_edges(blocks: list[DraftBlock], content: list[int], draft: Draft) -> set[int]:
    """Talk about the essay around it: from either edge of the page inwards, the blocks that talk
    about the essay (a teacher's preface, a site's "how to use this exemplar", an examiner's
    commentary, a tutor's feedback, a writer's note naming it with its length — "This is the essay I
    wrote for …  It comes to 425 words" — or a note another rule has taken), with the short lines
    among them (their headings and labels, a signature; read upwards, up to `tail_max_blocks`
    sentences of a line or so under the talk, `talk_closing_line_max_words`: "Feedback very
    welcome!"), up to the first block that does not (the essay's own title and opening, its close).
    The page's title heading is passed over. At most half the page's words go so: the essay is the
    larger part."""
    rules, tuning = draft.rules, draft.rules.tuning
    found: set[int] = set()
    page_title = (draft.title or "").strip().casefold()
    total = sum(text_and_words(blocks[i])[1] for i in content) or 1
    for order in (range(len(blocks)), range(len(blocks) - 1, -1, -1)):
        pending: list[int] = []
        after_talk = False
        for index in order:
            block = blocks[index]
            if isinstance(block, Removed):
                if block.kind == Kind.NOTE:
                    found.update(pending)
                    pending, after_talk = [], True
                continue  # other clutter between them changes nothing
            if not is_texty(block):
                continue
            text, words = text_and_words(block)
            if isinstance(block, Heading) and text.strip().casefold() == page_title:
                continue
            if opens_a_letter(text, rules):
                break  # a poster's note above the essay ("Hi all, this is my draft…"): the letter pass's, all of it
            if _talks_about_the_essay(block, rules) or words <= rules.note_max_words \
                    and (count_in_a_note(text, draft, naming_it=True) or names_its_writer(text, draft)):
                found.update(pending, (index,))
                pending, after_talk = [], True
            elif isinstance(block, (Paragraph, Heading)) and words <= rules.tuning.study_label_max_words \
                    and not (ends_sentence(text.strip()) and not text.strip().endswith(":")):
                # a label or a signature: it goes with the talk beyond it, and, read upwards from
                # the page's end, a heading right above talk is that talk's
                if after_talk and order.step < 0 and not pending:
                    found.add(index)
                else:
                    pending.append(index)
            elif order.step < 0 and not after_talk and isinstance(block, Paragraph) and words <= tuning.talk_closing_line_max_words \
                    and ends_sentence(text.strip()) and sum(1 for i in pending if isinstance(blocks[i], Paragraph)) < tuning.tail_max_blocks:
                pending.append(index)  # the note's closing lines, if a note stands above them
            else:
                break
    return found if sum(text_and_words(blocks[i])[1] for i in found) <= total / 2 else set()


def _heads_more_than_notes(blocks: list[DraftBlock], content: list[int], position: int, notes: set[int]) -> bool:
    """A heading over a note labels it only when the note is all its section holds: "The Landscape" /
    "Webmaster's note: …" / the essay's paragraphs is the essay's heading, with a note dropped under it."""
    if not isinstance(blocks[content[position - 1]], Heading):
        return False
    for index in content[position + 1:]:
        if isinstance(blocks[index], Heading):
            return False
        if index not in notes:
            return True
    return False


def join_split_paragraphs(draft: Draft) -> Draft:
    """A paragraph the page split over a pager, an advertisement or a page break ("…and that" |
    removed lines | "no other pool…") is one paragraph: the first ends no sentence, the next opens
    in lower case, and only removed records stand between them (they stay, after it)."""
    out: list[DraftBlock] = []
    pending: list[DraftBlock] = []  # removed records since the last content block
    for block in draft.blocks:
        if isinstance(block, Removed):
            pending.append(block)
            continue
        previous = out[-1] if out else None
        if (pending and isinstance(previous, Paragraph) and isinstance(block, Paragraph)
                and not ends_sentence(text_and_words(previous)[0])
                and text_and_words(block)[0][:1].islower() and not OPENS_ON_A_LABEL.match(text_and_words(block)[0])
                # (a line boxed by a drawn rule under it is a title of its own: "Paper Promises" / ____ / "entry …")
                and not (any(r.kind == Kind.RULE for r in pending)
                         and text_and_words(previous)[1] <= draft.rules.tuning.title_line_max_words)):
            out[-1] = Paragraph(normalize([*previous.inlines, Text(" "), *block.inlines]))
            out.extend(pending)
            pending = []
            continue
        out.extend(pending)
        pending = []
        out.append(block)
    out.extend(pending)
    return draft.with_blocks(out)
