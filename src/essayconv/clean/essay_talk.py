"""How a text talks about an essay as a piece of work: the `[notes] essay_talk` vocabulary (its parts,
its marking, who wrote and marked it), read by the notes, titles, bylines and letters passes."""

from __future__ import annotations

from ..rules import Rules
from ..signals import WORD


def names_the_work(text: str, rules: Rules) -> bool:
    """Whether a text names the essay as a piece of work with two different words of `[notes]
    essay_talk` ("…my teacher only marks one practice essay…"), however long it is: a poster's or a
    teacher's word about it, where the essay itself would name its subject."""
    return len(set(words_of(text)) & rules.note_essay_talk) >= 2


def words_of(text: str) -> list[str]:
    """The text's words, case-folded, a possessive's "’s" off ("the writer's claim" names the writer)."""
    return [w.casefold().removesuffix("'s").removesuffix("’s") for w in WORD.findall(text)]
