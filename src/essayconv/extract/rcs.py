"""An RCS archive, a `,v` file (`ci` keeps every revision of a file in one: rcsfile(5)): its admin part
("head 1.3;", "access;", "locks; strict;"), one line of facts per revision (date, author, state), the
file's description, then each revision's log message and text, every string between "@"s with its own "@"s
doubled. The head revision's text is the file whole; the older ones are edit commands against it
("d5 3", "a7 2" and the lines added), so read as text their lines would be the essay's again, and the
admin part its title. The head's text is the text; its log is the writer's note on it (a count it gives
is the one the writer measured: "cut body to 355 words per wc"), the description the file's label."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Removed
from ..regexes import compile_regex
from ..signals import Kind

_HEAD = compile_regex(r"\A\s*head\s+(?P<rev>[\d.]+)\s*;\s*\n(?:\s*branch\s[^;]*;\s*\n)?\s*access\b")
"""An archive opens on its head revision's number, then its access list (the format's first two fields)."""
_STRING = r"@(?P<{name}>(?:[^@]|@@)*)@"
_DESC = compile_regex(r"\n\s*desc\s*\n\s*" + _STRING.format(name="desc"))
_DELTA_TEXT = compile_regex(r"\n\s*(?P<rev>\d+(?:\.\d+)+)\s*\n\s*log\s*\n\s*" + _STRING.format(name="log")
                            + r"\s*\n\s*text\s*\n\s*" + _STRING.format(name="text"))
_KEYWORD_LINE = compile_regex(r"^\s*\$(?:Id|Header|Revision|Date|Author|Source|RCSfile|Log|Locker|State|Name)(?::[^$\n]*)?\$\s*$",
                              flags=0)
"""A line that is only an RCS keyword, expanded or not ("$Id: paper2.txt,v 1.2 1996/10/28 … $"): the tool's, not the text's."""


@dataclass(frozen=True)
class Archive:
    text: str
    """The head revision's text, its "@@"s undone and its keyword lines taken out."""
    removed: tuple[Removed, ...]
    """The admin part, the revisions' facts, the description, the head's log, the older revisions."""


def _unquote(string: str) -> str:
    return string.replace("@@", "@")


def read_rcs(text: str) -> Archive | None:
    """The head revision of an RCS archive, or None for any other text."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n")
    head = _HEAD.match(text)
    desc = _DESC.search(text) if head else None
    if head is None or desc is None:
        return None
    revisions = {m.group("rev"): m for m in _DELTA_TEXT.finditer(text, desc.end())}
    newest = revisions.get(head.group("rev"))
    if newest is None:
        return None
    lines = _unquote(newest.group("text")).split("\n")
    kept = "\n".join(line for line in lines if not _KEYWORD_LINE.match(line))
    admin = " ".join(line.strip() for line in text[:desc.start()].split("\n") if line.strip())
    older = [f"revision {rev}: {' '.join(_unquote(m.group('log')).split())} (its text kept as changes to the next)"
             for rev, m in revisions.items() if rev != head.group("rev")]
    removed = (Removed(Kind.PATCH, admin),
               Removed(Kind.PATCH, " ".join(_unquote(desc.group("desc")).split())),
               *(Removed(Kind.PATCH, line.strip()) for line in lines if _KEYWORD_LINE.match(line)),
               Removed(Kind.NOTE, " ".join(_unquote(newest.group("log")).split())),
               *(Removed(Kind.PATCH, line) for line in older))
    return Archive(kept, tuple(r for r in removed if r.text))
