"""A patch (`git format-patch`, a `.diff`, a cgit or GitHub "patch" view saved as text) that adds or
changes the essay's file: the essay is that file's new text, the lines after "+" and " " in its hunks.
Read as a text dump, every line of the essay would open on a "+", and the mail header, the commit
message, the diffstat and the other files' hunks would stand around it as if they were its paragraphs.

The file chosen is the one whose new text holds the most words; the rest of the patch is kept as
removed records: the commit message as a note on the essay (its count is the essay's, "593 words of
essay text"), the header lines, diffstat and the other files' hunks as the patch's own."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Removed
from ..regexes import compile_regex
from ..signals import Kind
from ..tuning import Tuning

_HUNK = compile_regex(r"^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@", re.MULTILINE)
_NEW_FILE = compile_regex(r"^\+\+\+ (?:b/)?(?P<path>\S+)", re.MULTILINE)
_MAIL_HEADER = compile_regex(r"^(?:From \S+ \w{3} \w{3} |From:|Date:|Subject:|To:|Cc:|Message-Id:|In-Reply-To:)", re.I)
_FILE_HEADER = compile_regex(r"^(?:diff --git |index [0-9a-f]+\.\.|new file mode|deleted file mode|similarity index|rename "
                             r"(?:from|to) |--- |\+\+\+ |Binary files )")
_DIFFSTAT = compile_regex(r"^ \S.*\|\s+(?:\d+ [+-]*|Bin )|^ \d+ files? changed|^ (?:create|delete) mode \d+ ")
_WORD_DIFF_MARK = compile_regex(r"\[-.*?-\]|\{\+.*?\+\}")
_LINE_OPENINGS = (" ", "+", "-", "\\")
"""How every line of a unified diff's hunk opens; a hunk line opening otherwise (a heading's "#", a word)
is `git diff --word-diff`'s: the file's lines as they are, each change marked inside it."""
_SIGNATURE = "-- "
"""Where format-patch's signature (git's version) begins, after the last hunk."""



@dataclass(frozen=True)
class PatchedFile:
    path: str
    text: str
    """The file's new text as the hunks show it: context and added lines, without their first column."""


@dataclass(frozen=True)
class ReadPatch:
    essay: PatchedFile
    removed: tuple[Removed, ...]
    """The patch around the essay's file, in order: header lines, the message (a note), the diffstat,
    the other files' new text."""


def read_patch(text: str, tuning: Tuning) -> ReadPatch | None:
    """The essay's file in a patch, and the rest of the patch as removed records; None for a text that
    is no patch (no hunk under a "+++" file header), or whose largest file is a small part of it."""
    first_file = _NEW_FILE.search(text)
    if first_file is None or _HUNK.search(text, first_file.end()) is None:
        return None
    lines = text.split("\n")
    words_marked = _word_diff(lines)
    head: list[str] = []
    files: list[PatchedFile] = []
    path: str | None = None
    new_lines: list[str] = []
    in_hunk = False
    for line in lines:
        if path is None and not line.startswith(("diff --git ", "--- ", "+++ ")):
            head.append(line)
            continue
        if line.startswith("+++ "):
            if path is not None:
                files.append(PatchedFile(path, "\n".join(new_lines)))
            found = _NEW_FILE.match(line)
            path, new_lines, in_hunk = (found.group("path") if found else line[4:].strip()), [], False
            continue
        if line.startswith("@@ "):
            in_hunk = True
            continue
        if line == _SIGNATURE.rstrip() or line == _SIGNATURE:
            in_hunk = False  # (format-patch's signature: the version under "-- ")
            continue
        if in_hunk and words_marked and not line.startswith("diff --git "):
            new_lines.append(_new_words(line))
        elif in_hunk and line[:1] in ("+", " "):
            new_lines.append(line[1:])
        elif in_hunk and line == "":
            new_lines.append("")  # (a blank context line whose leading space an editor trimmed)
        elif not line.startswith(("-", "\\")) and _FILE_HEADER.match(line) is None:
            in_hunk = False
    if path is not None:
        files.append(PatchedFile(path, "\n".join(new_lines)))
    if not files:
        return None
    essay = max(files, key=lambda f: len(f.text.split()))
    if len(essay.text.split()) < tuning.patch_essay_share_min * len(text.split()):
        return None
    removed = [*_head_records(head), *(Removed(Kind.PATCH, f.text.strip()) for f in files
                                       if f is not essay and f.text.strip())]
    return ReadPatch(essay, tuple(removed))


def _word_diff(lines: list[str]) -> bool:
    """`git diff --word-diff` (its plain form): a hunk line opening as no unified diff's does, and the
    changes marked inside the lines, "[-old-]{+new+}"."""
    in_hunk = marked = unmarked_opening = False
    for line in lines:
        if line.startswith("@@ "):
            in_hunk = True
        elif line.startswith("diff --git "):
            in_hunk = False
        elif in_hunk:
            marked = marked or _WORD_DIFF_MARK.search(line) is not None
            unmarked_opening = unmarked_opening or (line != "" and not line.startswith(_LINE_OPENINGS))
    return marked and unmarked_opening


def _new_words(line: str) -> str:
    """A word diff's line as the new text has it: the removed words out, the added ones in."""
    return _WORD_DIFF_MARK.sub(lambda m: m.group()[2:-2] if m.group().startswith("{+") else "", line)


def _head_records(head: list[str]) -> list[Removed]:
    """What stands before the first file: the mail's header lines and the diffstat (the patch's), and
    the commit message between them (a note on the change: the writer's word on the essay)."""
    header: list[str] = []
    message: list[str] = []
    diffstat: list[str] = []
    for line in head:
        if _FILE_HEADER.match(line) or not message and (_MAIL_HEADER.match(line) or (header and line.startswith((" ", "\t")))):
            header.append(line.strip())  # (a folded header line goes with its field)
        elif line.strip() == "---" or _DIFFSTAT.match(line):
            diffstat.append(line.strip())
        elif not diffstat:
            message.append(line)
    paragraphs = [" ".join(p.split()) for p in "\n".join(message).split("\n\n") if p.strip()]
    return [*(Removed(Kind.PATCH, line) for line in header),
            *(Removed(Kind.NOTE, paragraph) for paragraph in paragraphs),
            *(Removed(Kind.PATCH, line) for line in diffstat if line != "---")]
