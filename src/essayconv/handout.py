"""Class handouts: several essays in one printable packet (PDF or DOCX).

Inputs are anything `essayconv batch` reads; pages without an essay are listed in the summary and
left out. The packet has a cover, a table of contents with real page numbers, each essay on a new
page (a right-hand page with duplex), a source line and an "incomplete" warning where the site hid
text, Name/Date/Period blanks, optional line numbers and discussion questions.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .errors import EssayconvError, InputError, OptionError
from .model import Document, Gap
from .options import Options
from .packet import Cover, Layout, Packet, PacketEssay
from .write.wording import INCOMPLETE_HIDDEN, incomplete_share


@dataclass(frozen=True)
class HandoutOptions:
    title: str = "Essays"
    subtitle: str | None = None
    course: str | None = None
    date: str | None = None
    line_numbers: bool = False
    wide_margins: bool = False
    duplex: bool = False
    sort: str = "input"  # "input" | "title"
    questions: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """(match, questions) pairs: `match` is a piece of the essay's title or source ("*" = all)."""
    answer_lines: int = 4
    """Ruled lines to write on under each question."""


@dataclass(frozen=True)
class Skipped:
    source: str
    reason: str


def collect(inputs: list[str], options: Options) -> tuple[list[Document], list[Skipped]]:
    """Read every input the batch planner finds, in order, through the batch's own read loop;
    no-essay and failed ones are skipped."""
    from .api import load_page
    from .batch.plan import plan_inputs
    from .batch.work import iter_pages

    plan = plan_inputs(inputs)
    documents: list[Document] = []
    skipped = [Skipped(source, message) for source, _, message in plan.problems]
    for task in plan.tasks:
        for item in iter_pages(task, options.max_input_bytes):
            if item.problem:
                skipped.append(Skipped(item.name, item.problem[1]))
                continue
            try:
                documents.append(load_page(item.page(), options))
            except EssayconvError as error:
                skipped.append(Skipped(item.name, error.reason))
    return documents, skipped


def read_questions(path: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Questions keyed by essay. TOML: [[essay]] match = "…", questions = ["…"] (match "*" for
    every essay). Markdown: "## <part of the title>" then "- question" or "1. question" lines."""
    try:
        text = Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read the questions file ({getattr(error, 'strerror', None) or error})", path) from None
    if path.lower().endswith(".toml"):
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise InputError(f"bad questions file (not valid TOML: {error})", path) from None
        return _toml_questions(data, path)
    entries: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        heading = re.match(r"^#{1,6}\s+(.+?)\s*$", line)
        item = re.match(r"^\s*(?:[-*+]|\d+[.)])\s+(.+?)\s*$", line)
        if heading:
            entries.append((heading.group(1), []))
        elif item and entries:
            entries[-1][1].append(item.group(1))
    return tuple((match, tuple(questions)) for match, questions in entries if questions)


def _toml_questions(data: dict, path: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """[[essay]] tables, each checked by shape: a string `match` and a list of strings
    `questions` (a single string would otherwise be read one character at a time)."""
    essays = data.get("essay", [])
    if not isinstance(essays, list) or not all(isinstance(e, dict) for e in essays):
        raise InputError("bad questions file: questions go in [[essay]] tables", path)
    found = []
    for number, essay in enumerate(essays, 1):
        match, questions = essay.get("match"), essay.get("questions")
        if not isinstance(match, str) or not match:
            raise InputError(f"bad questions file: [[essay]] {number} needs match = \"part of a title\" (or \"*\")", path)
        if not isinstance(questions, list) or not all(isinstance(q, str) for q in questions):
            raise InputError(f"bad questions file: [[essay]] {number}: questions must be a list of strings, "
                             f"questions = [\"…\"]", path)
        found.append((match, tuple(questions)))
    return tuple(found)


def _matched_in(document: Document) -> str:
    """What a question group's `match` is looked for in: the title and where the page came from."""
    return f"{document.title or ''} {document.metadata.source}".casefold()


def questions_for(document: Document, handout: HandoutOptions) -> tuple[str, ...]:
    haystack = _matched_in(document)
    found: list[str] = []
    for match, questions in handout.questions:
        if match == "*" or match.casefold() in haystack:
            found.extend(questions)
    return tuple(found)


def unmatched_questions(documents: list[Document], handout: HandoutOptions) -> tuple[str, ...]:
    """The `match` of every question group that no essay in the packet matched."""
    texts = [_matched_in(d) for d in documents]
    return tuple(match for match, _ in handout.questions
                 if match != "*" and not any(match.casefold() in text for text in texts))


def incomplete_warning(document: Document) -> str | None:
    meta = document.metadata
    if meta.complete:
        return None
    if meta.claimed_words:
        share = round(100 * min(meta.words, meta.claimed_words) / meta.claimed_words)
        return incomplete_share(share, meta.claimed_words)
    if any(isinstance(b, Gap) for b in document.blocks):
        return INCOMPLETE_HIDDEN
    return None


def ordered(documents: list[Document], handout: HandoutOptions) -> list[Document]:
    if handout.sort == "title":
        return sorted(documents, key=lambda d: (d.title or "").casefold())
    if handout.sort != "input":
        raise OptionError(f"--sort: unknown order '{handout.sort}' (title or input)")
    return documents


# ---------------------------------------------------------------- the packet

def safe_packet(documents: list[Document], handout: HandoutOptions, options: Options
                ) -> tuple[list[Document], HandoutOptions, Options]:
    """The packet's text with what XML forbids removed (titles from pages, --title from a user)."""
    from .safe_text import PRINTED_OPTIONS, safe_value

    return [safe_value(d) for d in documents], safe_value(handout), safe_value(options, PRINTED_OPTIONS)


def build_packet(documents: list[Document], handout: HandoutOptions, options: Options) -> Packet:
    """What the packet prints, decided once for both formats: the essays in `handout.sort` order,
    each with its source line, incomplete warning and questions. Text is made safe first, so
    that every derived line is built from what will be printed."""
    from .write.provenance import source_line

    documents, handout, options = safe_packet(ordered(documents, handout), handout, options)
    essays = tuple(PacketEssay(document=d, source_line=source_line(d, options), warning=incomplete_warning(d),
                               questions=questions_for(d, handout)) for d in documents)
    return Packet(cover=Cover(handout.title, handout.subtitle, handout.course, handout.date), essays=essays,
                  layout=Layout(line_numbers=handout.line_numbers, wide_margins=handout.wide_margins,
                                duplex=handout.duplex, answer_lines=handout.answer_lines))


def write_packet(packet: Packet, fmt: str, options: Options) -> bytes:
    """The packet as a "pdf" or "docx" file."""
    if fmt == "pdf":
        from .write.pdf_writer import write_packet as write_pdf_packet

        return write_pdf_packet(packet, options)
    if fmt == "docx":
        from .write.docx.packet import write_packet as write_docx_packet

        return write_docx_packet(packet, options)
    raise OptionError(f"a packet is a PDF or a DOCX file, not {fmt!r}")
