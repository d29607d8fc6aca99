"""A label and its value set out as the page's facts ("Student: Sofia, Year 13"), on a line or as the
sentences of a paragraph: asked by the facts passes (clean/facts.py) and by the counter reader, for
which such a paragraph does not start the essay (clean/counters.py)."""

from __future__ import annotations

from ..model import count_words
from ..regexes import compile_regex
from ..rules import SENTENCE_BREAKS
from ..signals import LABELLED
from ..tuning import Tuning

STRIP_PARTS = compile_regex(r"\s[·•|]\s")
"""Where a strip of facts splits into its parts ("Expository essay · Culture · Sample author: M. R.")."""

SHORT_LABEL = compile_regex(r"^[^\W\d_][\w’'-]*(?: [\w’'-]+){0,2}:\s\S")
"""…whose label is one to three words ("Module:", "Seminar group:")."""


def labelled_sentences(text: str, tuning: Tuning) -> bool:
    """The same facts set out as sentences, each a label and its value ("HIST 214: Science and
    Society, Essay 2. Instructor: Dr. I. Aaltonen. Prompt: "Choose an object …""): a course
    document's header above the essay. An essay's paragraph may open with a label ("Thesis: …"), but
    its next sentences go on as prose."""
    parts = SENTENCE_BREAKS.split(text.strip())
    return len(parts) >= tuning.facts_strip_min_parts and all(
        LABELLED.match(part) and count_words(part) <= tuning.facts_sentence_max_words for part in parts)
