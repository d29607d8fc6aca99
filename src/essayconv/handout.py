"""Class handouts: several essays in one printable packet (PDF or DOCX).

Inputs are anything `essayconv batch` reads; pages without an essay are listed in the summary and
left out. The packet has a cover, a table of contents with real page numbers, each essay on a new
page (a right-hand page with duplex), a source line and an "incomplete" warning where the site hid
text, Name/Date/Period blanks, optional line numbers and discussion questions.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from html import escape
from pathlib import Path

from .errors import EssayconvError, InputError, OptionError
from .model import Document, Gap
from .options import Options


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
    """Read every input the batch planner finds, in order; no-essay and failed ones are skipped."""
    from .api import load_page
    from .batch.plan import plan_inputs
    from .batch.work import READERS
    from .sources import page_from_bytes

    plan = plan_inputs(inputs)
    documents: list[Document] = []
    skipped = [Skipped(source, message) for source, _, message in plan.problems]
    for task in plan.tasks:
        for item in READERS[task.kind](task, options.max_input_bytes):
            name = item.source if item.member is None else f"{item.source}!{item.member}"
            if item.problem:
                skipped.append(Skipped(name, item.problem[1]))
                continue
            try:
                page = page_from_bytes(item.data or b"", name, charset=item.charset, url=item.url)
                documents.append(load_page(page, options))
            except EssayconvError as error:
                skipped.append(Skipped(name, error.reason))
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
        return f"Incomplete: the source page showed about {share}% of {meta.claimed_words} words."
    if any(isinstance(b, Gap) for b in document.blocks):
        return "Incomplete: the source page hid part of this essay."
    return None


def ordered(documents: list[Document], handout: HandoutOptions) -> list[Document]:
    if handout.sort == "title":
        return sorted(documents, key=lambda d: (d.title or "").casefold())
    if handout.sort != "input":
        raise OptionError(f"--sort: unknown order '{handout.sort}' (title or input)")
    return documents


# ---------------------------------------------------------------- PDF

def packet_html(documents: list[Document], handout: HandoutOptions, options: Options) -> str:
    from .write.html_writer import block_html, references_html
    from .write.print_html import sorted_entries
    from .write.provenance import source_line

    title = escape(handout.title, quote=False)
    lines = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">', f"<title>{title}</title>",
             '<meta name="generator" content="essayconv">', "</head>", "<body>",
             '<section class="cover">', f'<h1 class="packet-title">{title}</h1>']
    for css_class, text in (("subtitle", handout.subtitle), ("course", handout.course), ("date", handout.date)):
        if text:
            lines.append(f'<p class="{css_class}">{escape(text, quote=False)}</p>')
    lines.append("</section>")
    lines.append('<nav class="toc"><h2>Contents</h2><ol>')
    lines.extend(f'<li><a href="#essay-{n}">{escape(d.title or "Untitled essay", quote=False)}</a></li>'
                 for n, d in enumerate(documents, 1))
    lines.append("</ol></nav>")
    for n, document in enumerate(documents, 1):
        lines.append(f'<article class="essay" id="essay-{n}">')
        lines.append(f'<h1 class="essay-title">{escape(document.title or "Untitled essay", quote=False)}</h1>')
        line = source_line(document, options)
        if line:
            lines.append(f'<p class="source-line">{escape(line, quote=False)}</p>')
        warning = incomplete_warning(document)
        if warning:
            lines.append(f'<p class="warning">{escape(warning, quote=False)}</p>')
        lines.append('<p class="blanks">Name ______________________   Date ____________   Period ______</p>')
        lines.append('<div class="essay-body">')
        lines.extend(block_html(b, options.gaps, print_mode=True) for b in document.blocks)
        if document.references:
            lines.append(references_html(document.references, sorted_entries(document, options.style), print_mode=True))
        lines.append("</div>")
        questions = questions_for(document, handout)
        if questions:
            lines.append('<section class="questions"><h2>Discussion questions</h2><ol>')
            lines.extend(f"<li>{escape(q, quote=False)}" + '<div class="answer-line"></div>' * handout.answer_lines + "</li>"
                         for q in questions)
            lines.append("</ol></section>")
        lines.append("</article>")
    lines.extend(["</body>", "</html>"])
    return "\n".join(lines) + "\n"


def packet_css(handout: HandoutOptions) -> str:
    rules = []
    if handout.wide_margins and handout.duplex:
        # facing pages: the wide margin is on the outer edge of both sides of the sheet
        rules.append("@page :right { margin: 1in 2.2in 1in 1in; } @page :left { margin: 1in 1in 1in 2.2in; }")
    elif handout.wide_margins:
        rules.append("@page { margin: 1in 2.2in 1in 1in; }")
    elif handout.line_numbers:
        rules.append("@page { margin-left: 1.3in; }")  # room for the numbers
    if handout.duplex:
        rules.append(".essay { break-before: right; }")
    return "\n".join(rules)


def safe_packet(documents: list[Document], handout: HandoutOptions, options: Options
                ) -> tuple[list[Document], HandoutOptions, Options]:
    """The packet's text with what XML forbids removed (titles from pages, --title from a user)."""
    from .safe_text import PRINTED_OPTIONS, safe_value

    return [safe_value(d) for d in documents], safe_value(handout), safe_value(options, PRINTED_OPTIONS)


def write_pdf(documents: list[Document], handout: HandoutOptions, options: Options) -> bytes:
    documents, handout, options = safe_packet(documents, handout, options)
    from .limits import run_limited
    from .styles import styles_dir
    from .write.pdf_writer import stylesheets_for, user_css
    from .write.print_html import options_css

    options = replace(options, style="handout")
    sheets = (*stylesheets_for(options), styles_dir() / "packet.css")
    # the packet's own rules, then the page options, then the user's CSS: the later wins
    extra = "\n".join(part for part in (packet_css(handout), options_css(options), user_css(options)) if part)
    return run_limited("essayconv.write.pdf_render:render_packet", packet_html(documents, handout, options), sheets,
                       extra, seconds=options.render_timeout * max(1, len(documents)),
                       memory=options.render_memory, styles_dir=styles_dir(),
                       number_lines_every=5 if handout.line_numbers else 0)
