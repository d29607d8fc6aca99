"""How a text talks about an essay as a piece of work: the `[notes] essay_talk` vocabulary (its parts,
its marking, who wrote and marked it), read by the notes, titles, bylines and letters passes; and how a note
speaks of the essay's writer by the byline's name (read by the notes pass)."""

from __future__ import annotations

import re

from ..model import Removed
from ..rules import Rules
from ..signals import WORD
from .draft import Draft, is_texty, text_and_words
from .structure import looks_like_a_name


def names_the_work(text: str, rules: Rules) -> bool:
    """Whether a text names the essay as a piece of work with two different words of `[notes]
    essay_talk` ("…my teacher only marks one practice essay…"), however long it is: a poster's or a
    teacher's word about it, where the essay itself would name its subject."""
    return len(set(words_of(text)) & rules.note_essay_talk) >= 2


def words_of(text: str) -> list[str]:
    """The text's words, case-folded, a possessive's "’s" off ("the writer's claim" names the writer)."""
    return [w.casefold().removesuffix("'s").removesuffix("’s") for w in WORD.findall(text)]


_FIRST_NAME_MIN_LETTERS = 3
"""A first name this long at least stands for the writer alone (an initial or "Jo" may be any word's)..."""
_PRAISE = r"\s*!"
"""…when the note cheers them by it ("Congratulations, Lucía!", "Well done Tobin!"): a brand named as a page's
byline ("EcoCult Staff", "Clemson News") is spoken of, never cheered."""


def names_its_writer(text: str, draft: Draft) -> bool:
    """A note naming the essay's writer by the byline's full name in the third person, or cheering them by first
    name ("Clarion note: Fraser Dalgleish wrote this column for …", "The judges chose Maya Fenwick", "…
    Congratulations, Lucía!"): the page speaking of the writer, not the writer speaking ("My name is Maya Fenwick
    and …"). A byline that names no person (a brand's "QCY Official") names no writer here."""
    author = (draft.author or "").strip()
    names = author.split()
    if len(names) < 2 or not looks_like_a_name(author):
        return False
    words = _bare_words(text)
    if not draft.rules.note_first_person.isdisjoint(words):
        return False
    full = [n.casefold() for n in names]
    # (or by the first name alone, as a teacher's closing word does: "Lucía used the library's … Congratulations, Lucía!")
    return any(words[i:i + len(full)] == full for i in range(len(words) - len(full) + 1)) \
        or len(names[0]) >= _FIRST_NAME_MIN_LETTERS and full[-1] not in draft.rules.byline_bodies \
        and (full[0] in words and names_the_work(text, draft.rules) or re.search(rf"\b{re.escape(names[0])}{_PRAISE}", text) is not None) \
        and _named_nowhere_else(full[0], text, draft)


def speaks_of_its_writer(text: str, draft: Draft) -> bool:
    """The byline's person named by first name in the third person, nowhere else on the page."""
    names = (draft.author or "").split()
    if len(names) < 2 or len(names[0]) < _FIRST_NAME_MIN_LETTERS or not looks_like_a_name(draft.author or "") \
            or names[-1].casefold() in draft.rules.byline_bodies:
        return False
    words = _bare_words(text)
    return names[0].casefold() in words and draft.rules.note_first_person.isdisjoint(words) \
        and _named_nowhere_else(names[0].casefold(), text, draft)


def _bare_words(text: str) -> list[str]:
    """The text's words, case-folded, their punctuation off ("Lucía!" → "lucía")."""
    return [w.strip(".,;:!?()\"“”‘’").casefold() for w in text.split()]


def _named_nowhere_else(name: str, text: str, draft: Draft) -> bool:
    """No other paragraph of the page's prose names `name` (case-folded): an essay never calls its own writer by
    first name, while a brand's name ("QCY Official" over an article on QCY's headphones) runs through it. (A
    short line may: the cite box's "Gammon, Radek (2019). The Last King of Dahomey …")"""
    for block in draft.blocks:
        if isinstance(block, Removed) or not is_texty(block) or text_and_words(block)[1] < draft.rules.tuning.essay_run_words:
            continue
        other = text_and_words(block)[0]
        if other != text and name in _bare_words(other):
            return False
    return True
