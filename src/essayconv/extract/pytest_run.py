"""A pytest run saved as text (`pytest -v` in a course's autograder or CI log): the session's header, a line per
test, then each failure with the assertion's diff, every line of it opened by "E" and pytest's margin. An
autograder that checks the essay's file compares the whole text, so the diff shows it, line by line: "E" and
eleven spaces before a line both sides share, "E         + " or "- " before a line only one side has. Read as
text, the header and the test lines would be the essay's title and paragraphs and the text shown twice (the
short summary repeats it). The first failure's diff, its margins taken off, is the text; a count the run's
header prints for it ("essay.md: str.split() count 420 words") is the count the course measured."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Removed
from ..regexes import compile_regex
from ..signals import Kind

_SESSION_START = compile_regex(r"^=+ test session starts =+$")
_DIFF_LINE = compile_regex(r"^E {9}(?P<mark>[ +]) (?P<line>.*)$")
"""A line of the assertion's full diff: shared by both sides ("  ") or the value's own ("+ "); the other
side's ("- ") and pytest's hints ("? ") are not the text."""
_SESSION_WITHIN_LINES = 5
_DIFF_MIN_LINES = 5
"""A diff of a few lines compares values; the text's runs to its paragraphs and blank lines between."""


@dataclass(frozen=True)
class SavedRun:
    text: str
    """The essay as the failing assertion's diff shows it."""
    removed: tuple[Removed, ...]
    """The run's own lines: its header, the tests, the failure's code and the summary."""


def read_pytest_run(text: str) -> SavedRun | None:
    """The text a pytest run's first assertion diff shows whole, or None for any other text."""
    lines = text.replace("\r\n", "\n").split("\n")
    if not any(_SESSION_START.match(line.strip()) for line in lines[:_SESSION_WITHIN_LINES]):
        return None
    start = next((at for at, line in enumerate(lines) if _DIFF_LINE.match(line)), None)
    if start is None:
        return None
    end = start
    while end < len(lines) and (_DIFF_LINE.match(lines[end]) or lines[end].startswith("E ")):
        end += 1
    shown = [m.group("line") for line in lines[start:end] if (m := _DIFF_LINE.match(line))]
    while shown and not shown[-1].strip():
        shown.pop()
    if len(shown) < _DIFF_MIN_LINES:
        return None
    outside = [line.strip() for line in (*lines[:start], *lines[end:]) if line.strip()]
    return SavedRun("\n".join(shown) + "\n", tuple(Removed(Kind.SHELL_SESSION, line) for line in outside))
