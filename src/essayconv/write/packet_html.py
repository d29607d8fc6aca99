"""A `Packet` as print HTML (cover, contents with `target-counter`, one <article> per essay), and
its layout as CSS; styled by styles/packet.css and laid out by the PDF writer."""

from __future__ import annotations

from html import escape

from ..options import Options
from ..packet import WIDE_MARGIN_INCHES, Packet, PacketEssay
from .html_writer import block_html, references_html
from .print_html import sorted_entries
from .wording import BLANKS, CONTENTS, QUESTIONS, UNTITLED


def _text(text: str) -> str:
    return escape(text, quote=False)


def _cover(packet: Packet) -> list[str]:
    cover = packet.cover
    lines = ['<section class="cover">', f'<h1 class="packet-title">{_text(cover.title)}</h1>']
    for css_class, text in (("subtitle", cover.subtitle), ("course", cover.course), ("date", cover.date)):
        if text:
            lines.append(f'<p class="{css_class}">{_text(text)}</p>')
    lines.append("</section>")
    return lines


def _contents(packet: Packet) -> list[str]:
    entries = [f'<li><a href="#essay-{n}">{_text(essay.document.title or UNTITLED)}</a></li>'
               for n, essay in enumerate(packet.essays, 1)]
    return [f'<nav class="toc"><h2>{CONTENTS}</h2><ol>', *entries, "</ol></nav>"]


def _questions(essay: PacketEssay, answer_lines: int) -> list[str]:
    if not essay.questions:
        return []
    items = [f"<li>{_text(q)}" + '<div class="answer-line"></div>' * answer_lines + "</li>" for q in essay.questions]
    return [f'<section class="questions"><h2>{QUESTIONS}</h2><ol>', *items, "</ol></section>"]


def _article(number: int, essay: PacketEssay, packet: Packet, options: Options) -> list[str]:
    document = essay.document
    lines = [f'<article class="essay" id="essay-{number}">',
             f'<h1 class="essay-title">{_text(document.title or UNTITLED)}</h1>']
    if essay.source_line:
        lines.append(f'<p class="source-line">{_text(essay.source_line)}</p>')
    if essay.warning:
        lines.append(f'<p class="warning">{_text(essay.warning)}</p>')
    lines.append(f'<p class="blanks">{BLANKS}</p>')
    # the renderer numbers the lines of .essay-body only: title, blanks and questions stay unnumbered
    lines.append('<div class="essay-body">')
    lines.extend(block_html(b, options.gaps, print_mode=True) for b in document.blocks)
    if document.references:
        lines.append(references_html(document.references, sorted_entries(document, options.style), print_mode=True))
    lines.append("</div>")
    lines.extend(_questions(essay, packet.layout.answer_lines))
    lines.append("</article>")
    return lines


def packet_html(packet: Packet, options: Options) -> str:
    title = _text(packet.cover.title)
    lines = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">', f"<title>{title}</title>",
             '<meta name="generator" content="essayconv">', "</head>", "<body>"]
    lines.extend(_cover(packet))
    lines.extend(_contents(packet))
    for number, essay in enumerate(packet.essays, 1):
        lines.extend(_article(number, essay, packet, options))
    lines.extend(["</body>", "</html>"])
    return "\n".join(lines) + "\n"


def packet_css(packet: Packet) -> str:
    """The packet's layout switches as CSS, laid over styles/packet.css."""
    layout = packet.layout
    wide = f"{WIDE_MARGIN_INCHES:g}in"
    rules = []
    if layout.wide_margins and layout.duplex:
        # facing pages: the wide margin is on the outer edge of both sides of the sheet
        rules.append(f"@page :right {{ margin: 1in {wide} 1in 1in; }} @page :left {{ margin: 1in 1in 1in {wide}; }}")
    elif layout.wide_margins:
        rules.append(f"@page {{ margin: 1in {wide} 1in 1in; }}")
    elif layout.line_numbers:
        rules.append("@page { margin-left: 1.3in; }")  # room for the numbers
    if layout.duplex:
        rules.append(".essay { break-before: right; }")
    return "\n".join(rules)
