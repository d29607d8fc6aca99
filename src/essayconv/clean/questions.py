"""Questions around the essay that are not the essay's: questions set on it for a class (under a
label, after it or between its paragraphs) and the poster's questions about it closing a post."""

from __future__ import annotations

import re

from ..languages import function_words
from ..model import BlockQuote, DraftBlock, Heading, ListBlock, Paragraph, Removed, plain_text
from ..regexes import compile_regex
from ..rules import Rules
from ..signals import WORD, ends_sentence
from ..sites.learning_data import essay_headings
from .draft import text_and_words
from .essay_talk import names_the_work, words_of

_CLOSING_LABEL = compile_regex(r"^[^\W\d_][^:?.!]{0,40}:\s")


def closing_questions(blocks: list[DraftBlock], content: list[int], rules: Rules) -> set[int]:
    """The poster's questions closing a post, set in one paragraph under a label ("Things I'm not sure
    about: is the second example a cheap shot, and is the last line too sarcastic for an academic
    essay? Be as harsh as you like."): short, asking, naming the work. An essay's last paragraph
    opens with no label."""
    if len(content) < 3 or not isinstance(blocks[content[-1]], Paragraph):
        return set()
    text, words = text_and_words(blocks[content[-1]])
    talk = {w.casefold() for w in WORD.findall(text)} & rules.note_essay_talk
    return {content[-1]} if words <= rules.note_max_words and _CLOSING_LABEL.match(text) and "?" in text and talk else set()


_ASKED_THEN_SET = compile_regex(r"\?\s+(?:explain|why|give|say|justify|discuss)\b[^?]{0,40}[.!]?$", re.I)
"""A question with its task after it ("Does … interest you enough to seek another text on it? Explain.")."""


def questions_on_the_work(blocks: list[DraftBlock], content: list[int], rules: Rules) -> set[int]:
    """Anywhere in the text, a short label over a list of two questions or more that name the work
    ("Check your understanding" / "What is the writer's overall judgement?" / "How does the conclusion
    differ from the introduction?"): questions set on the essay, with their label. An essay's own
    questions name its subject, not its paragraphs and its writer."""
    found: set[int] = set()
    for position, index in enumerate(content[1:], start=1):
        block = blocks[index]
        if not isinstance(block, ListBlock) or len(block.items) < 2:
            continue
        items = [plain_text(item).rstrip() for item in block.items]
        # (or a task set on it among them: "True or false: the writer agrees …", "Find two facts in the text …", a
        # question with its task after it: "Does … interest you enough to seek another text on it? Explain.")
        if not (all(item.endswith("?") or rules.task_item.match(item) or _ASKED_THEN_SET.search(item) for item in items)
                and any(item.endswith("?") for item in items)
                and names_the_work(" ".join(items), rules)):
            continue
        # its label: the line above, or the box's title the finder already set aside right above it
        above = blocks[index - 1] if index else None
        if isinstance(above, Removed) and len(above.text.split()) <= rules.tuning.study_label_max_words:
            found.add(index)
            continue
        label, words = text_and_words(blocks[content[position - 1]])
        if isinstance(blocks[content[position - 1]], (Paragraph, Heading)) and words <= rules.tuning.study_label_max_words \
                and label.strip().rstrip(":").casefold() not in essay_headings():
            found.update((content[position - 1], index))
    return found


def study_questions(blocks: list[DraftBlock], content: list[int], rules: Rules) -> set[int]:
    """Questions for the class after the essay ("For discussion" / "1. What does the writer mean by
    …?", "Before Thursday, check your own draft:" / "Does your introduction end with a position?"):
    near the page's end, a short label over a list whose every item asks, and at most a short line or
    two after it (the teacher's "Questions? Ask me on Tuesday."). The label goes with them (unless it
    names a part of an essay: an essay may close on questions of its own)."""
    lists = [p for p, i in enumerate(content[-1 - rules.tuning.study_tail_lines:], start=max(0, len(content) - 1 - rules.tuning.study_tail_lines))
             if isinstance(blocks[i], ListBlock)]
    if len(content) < 3 or not lists or lists[-1] < 1:
        return set()
    at = lists[-1]
    label, items, tail = content[at - 1], blocks[content[at]], content[at + 1:]
    text, words = text_and_words(blocks[label])
    # a line of a post asking its readers ("I'm curious to know from this community:") is the post's:
    # only a heading speaks to the class at length, with a colon, or with lines after the list
    plain_label = words <= rules.tuning.note_label_max_words and not ends_sentence(text.strip()) and not tail
    # …unless its questions name the work ("Two things I'm unsure about:" / "Does paragraph 5 answer
    # the objection?"): the writer asking about the essay, not the essay asking
    about_it = isinstance(items, ListBlock) and text.strip().endswith(":") \
        and names_the_work(" ".join(plain_text(item) for item in items.items), rules)
    if not (isinstance(blocks[label], Heading) or (isinstance(blocks[label], Paragraph) and (plain_label or about_it))) \
            or words > rules.tuning.study_label_max_words or (ends_sentence(text.strip()) and not text.strip().endswith(":")) \
            or text.strip().rstrip(":").casefold() in essay_headings() \
            or any(not isinstance(blocks[i], Paragraph) or text_and_words(blocks[i])[1] > rules.note_max_words for i in tail):
        return set()
    asks = all(plain_text(item).rstrip().endswith("?") for item in items.items)
    return {label, content[at], *tail} if asks and len(items.items) >= 2 else set()


_REMARK_LABEL_MAX_WORDS = 4


def _labelled_remark(text: str, rules: Rules) -> bool:
    """A remark under a label of its own ("Note for S5: …", "Mr Ardern says: …", "Marker's aside: …") that
    speaks of the work or its people (the marker, the pupil, the counter-argument) or whose label names
    it a remark ("Quick tip: …", "Lensmaster's note: …"), jotted as a margin's note is, without a full
    stop (a list of tips set as "Label: sentence." paragraphs ends its sentences)."""
    label, colon, rest = text.partition(": ")
    if not colon or not 0 < len(label.split()) <= _REMARK_LABEL_MAX_WORDS or ends_sentence(label) or ends_sentence(rest) \
            or label.split()[0].casefold() in function_words():
        return False  # (a clause of the essay's own before its colon: "An essay may say: …")
    talk = rules.note_essay_talk | rules.note_essay_talk_people
    # (a bare "Note:" or "Tip:" is an article's own aside; a remark's label says whose or what kind)
    return any(word in talk for word in words_of(rest)) \
        or len(label.split()) >= 2 and label.split()[-1].casefold() in rules.note_remark_label_nouns


def remarks_on_the_work(blocks: list[DraftBlock], content: list[int], rules: Rules) -> set[int]:
    """Between two of the essay's paragraphs of prose, a short paragraph pointing at the text's own parts
    or at what the marking rewards (`[notes] remark`): a teacher's margin remark set in the text. An
    essay's own short paragraph (a one-line turn in the argument) speaks of its subject."""
    prose = [i for i in content if isinstance(blocks[i], Paragraph) and text_and_words(blocks[i])[1] > rules.tuning.prompt_prose_words]
    if len(prose) < 2:
        return set()
    found: set[int] = set()
    for position, index in enumerate(content):
        text, words = text_and_words(blocks[index])
        labelled = False
        # (one carrying its label may stand after the last paragraph of prose too: a teaser stops after it)
        # (one carrying its label may be set as a quotation: a committee's "Scoring rubric: this paragraph …")
        if not (prose[0] < index and isinstance(blocks[index], (Paragraph, BlockQuote)) and words <= rules.tuning.remark_max_words
                and (isinstance(blocks[index], Paragraph) and index < prose[-1] and rules.note_remark.search(text) is not None
                     or (labelled := _labelled_remark(text, rules)))):
            continue
        found.add(index)
        if labelled:
            continue  # (it carries its label: the line above is the essay's)
        # its box's label right above it, between the essay's paragraphs ("Notice this", "Writer's move")
        label = blocks[content[position - 1]] if position else None
        if isinstance(label, (Heading, Paragraph)) and content[position - 1] not in prose \
                and text_and_words(label)[1] <= rules.tuning.note_label_max_words and not ends_sentence(text_and_words(label)[0]):
            found.add(content[position - 1])
    return found
