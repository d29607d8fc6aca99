"""Text set as LaTeX sources are written and latex2text dumps them: one sentence to a line ("semantic line
breaks"), sections as "§ HEADING", bibliography entries under their citation keys."""

from __future__ import annotations

import re

from ..model import count_words
from ..regexes import compile_regex
from ..signals import BULLET_LINE, SENTENCE_INSIDE, ends_sentence
from ..tuning import Tuning


def one_sentence_per_line(lines: list[str], tuning: Tuning) -> bool:
    """Prose set one sentence to a line, its paragraphs apart by blank lines (see `sentence_lines_min`):
    most lines of prose in the runs of several lines are one whole sentence each."""
    runs: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            runs[-1].append(line.strip())
        elif runs[-1]:
            runs.append([])
    prose = [line for run in runs if len(run) >= 2 for line in run if count_words(line) >= tuning.sentence_line_min_words]
    ending = [line for line in prose if ends_sentence(line)]  # (a title block's lines end none: not prose set so)
    whole = sum(1 for line in ending if not SENTENCE_INSIDE.search(line))
    # (most lines end a sentence: a wrapped text's lines end mid-sentence)
    return len(ending) >= tuning.sentence_lines_min and 2 * len(ending) >= len(prose) \
        and whole >= tuning.sentence_lines_share * len(ending)


def next_sentence(previous: str, line: str, tuning: Tuning) -> bool:
    """In prose set one sentence to a line, the next sentence of the paragraph: two lines of prose, the
    first one sentence (a reference entry's line holds several: the list's next entry starts a block), the
    second no list's item (the caller asks of numbered items)."""
    previous, line = previous.strip(), line.strip()
    least = tuning.sentence_line_min_words
    return count_words(previous) >= least and count_words(line) >= least \
        and not SENTENCE_INSIDE.search(previous) and not BULLET_LINE.match(line)


SECTION_SIGN = compile_regex(r"^\s{0,3}(?P<signs>§{1,3})\s*(?:\d+(?:\.\d+)*\.?\s+)?(?P<text>[^\W\d_].*?)\s*$")
"""A section's heading as LaTeX's sections come out of latex2text ("§ WHAT WENT WRONG", "§.§ Method"):
the section sign, its number if any, the heading."""


_KEYED_ENTRY = compile_regex(r"^(?P<key>[a-z][a-z0-9:_-]{1,40})\s+(?P<surname>[A-Z][^\W\d_]+(?:[-'’][^\W\d_]+)*),\s.*\b(?:1[5-9]|20)\d\d\b")


def without_citation_key(text: str) -> str:
    """A reference entry without the citation key a LaTeX source gave it, as latex2text prints a
    bibliography ("montague Montague, C. (2012). Slack in the System…"): the key is the surname's letters
    (with a year or a tag after them, "kessler1978")."""
    keyed = _KEYED_ENTRY.match(text)
    if keyed and re.sub(r"[^a-z]+.*$", "", keyed.group("key")) == keyed.group("surname").casefold():
        return text[keyed.start("surname"):]
    return text
