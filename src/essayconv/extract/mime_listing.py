"""A message as a mail reader lists it on the terminal, its parts marked: nmh's `mhshow` prints each message's
headers, then every part under a marker of its number, its type and its size or file name ("[ part 2 -
text/plain - essay-final.txt  2.5KB ]"), a forwarded message's own headers and parts under its
"message/rfc822" part. Read as text, the markers and headers would be the essay's words and the forwarder's note
its opening; the text is the attached file's part (the longest text part with a file name, else the longest text
part) under its sender's own note (the text part right before it, which may state its length), the rest set
aside as the message's records."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Removed
from ..regexes import compile_regex
from ..signals import Kind

_MESSAGE_MARKER = compile_regex(r"^\[ Message [^\]\n]{1,80}\]\s*$")
_PART_MARKER = compile_regex(r"^\[ part (?P<number>[\d.]+) - (?P<type>[\w.+-]+/[\w.+-]+) - (?P<rest>[^\]\n]*?)\s*\]\s*$")
_HEADER_LINE = compile_regex(r"^[A-Za-z][\w-]{1,40}:(?:\s|$)")
_FILE_NAME = compile_regex(r"\S+\.(?:txt|md|text|asc)\b", re.IGNORECASE)
_PARTS_MIN = 2


@dataclass(frozen=True)
class MimeListing:
    text: str
    """The sender's note (if any) over the attached text."""
    removed: tuple[Removed, ...]
    """The message's headers, markers and other parts, in order."""


def _without_headers(lines: list[str]) -> tuple[list[str], list[str]]:
    """(header lines, the rest): the header blocks opening a part ("Date: …", "Subject: …", a blank line,
    "MIME-Version: 1.0"), each closed by a blank line."""
    headers: list[str] = []
    at = 0
    while True:
        while at < len(lines) and not lines[at].strip():
            at += 1
        end = at
        while end < len(lines) and (_HEADER_LINE.match(lines[end]) or lines[end][:1] in " \t" and end > at and lines[end].strip()):
            end += 1
        if end == at or (end < len(lines) and lines[end].strip()):
            return headers, lines[at:]
        headers.extend(line.strip() for line in lines[at:end])
        at = end


def read_mime_listing(text: str) -> MimeListing | None:
    """The text of a message a mail reader listed part by part; None for any other text."""
    lines = text.replace("\r\n", "\n").split("\n")
    markers = [at for at, line in enumerate(lines) if _PART_MARKER.match(line) or _MESSAGE_MARKER.match(line)]
    if sum(1 for at in markers if _PART_MARKER.match(lines[at])) < _PARTS_MIN or not _MESSAGE_MARKER.match(lines[markers[0]]) \
            or any(line.strip() for line in lines[:markers[0]]):
        return None
    parts = []  # (marker, header lines, body lines)
    for start, end in zip(markers, [*markers[1:], len(lines)]):
        headers, body = _without_headers(lines[start + 1:end])
        parts.append((lines[start].strip(), headers, body))
    texts = [i for i, (marker, _, body) in enumerate(parts) if (m := _PART_MARKER.match(marker)) and m.group("type") == "text/plain"
             and any(line.strip() for line in body)]
    if not texts:
        return None
    words = {i: sum(len(line.split()) for line in parts[i][2]) for i in texts}
    named = [i for i in texts if _FILE_NAME.search(_PART_MARKER.match(parts[i][0]).group("rest"))]
    essay = max(named or texts, key=lambda i: words[i])
    note = essay - 1 if essay - 1 in texts else None
    removed: list[Removed] = []
    for i, (marker, headers, body) in enumerate(parts):
        removed.append(Removed(Kind.METADATA, marker))
        removed.extend(Removed(Kind.HEADER, line) for line in headers)
        if i not in (essay, note) and any(line.strip() for line in body):
            removed.append(Removed(Kind.NOTE, " ".join(" ".join(body).split())))
    kept = ([*parts[note][2], ""] if note is not None else []) + parts[essay][2]
    return MimeListing("\n".join(kept).strip("\n") + "\n", tuple(removed))
