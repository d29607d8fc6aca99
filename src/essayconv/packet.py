"""A class packet as data: what `essayconv handout` prints, built by `handout.build_packet` and
rendered by `write/packet_html.py` (PDF) and `write/docx/packet.py` (DOCX).

Everything a renderer prints is decided here once (which questions go with which essay, the
source line, the incomplete warning), so the two renderers differ only in how they lay it out.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Document

WIDE_MARGIN_INCHES = 2.2
"""The outer margin with --wide-margins (room for notes), in both packet formats."""


@dataclass(frozen=True)
class Cover:
    title: str
    """The packet's title: on the cover, in the running header and the file's metadata."""
    subtitle: str | None = None
    course: str | None = None
    date: str | None = None

    @property
    def lines(self) -> tuple[str, ...]:
        """The cover's lines under the title, in print order, the empty ones left out."""
        return tuple(line for line in (self.subtitle, self.course, self.date) if line)


@dataclass(frozen=True)
class Layout:
    line_numbers: bool = False
    """Number every fifth line of each essay's body."""
    wide_margins: bool = False
    """A wide outer margin for notes."""
    duplex: bool = False
    """Every essay starts on a right-hand page (and a wide margin is mirrored)."""
    answer_lines: int = 4
    """Ruled lines to write on under each question."""


@dataclass(frozen=True)
class PacketEssay:
    document: Document
    source_line: str | None
    """The printed source ("Source: https://…"), or None when there is none to print."""
    warning: str | None
    """Why the essay is incomplete, when the site hid part of it."""
    questions: tuple[str, ...]
    """Discussion questions printed after the essay."""


@dataclass(frozen=True)
class Packet:
    cover: Cover
    essays: tuple[PacketEssay, ...]
    layout: Layout
