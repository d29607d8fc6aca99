"""Document → paginated PDF: print HTML in the chosen style, laid out by WeasyPrint in a sandbox
and in a child process with time and memory limits."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..errors import InputError, OptionError
from ..limits import RenderWorker, run_limited
from ..model import Document
from ..options import Options
from ..packet import Packet
from ..styles import style_css, styles_dir
from .print_html import page_css, print_html

RENDER_TARGET = "essayconv.write.pdf_render:render_pdf"
PACKET_TARGET = "essayconv.write.pdf_render:render_packet"
READY_TARGET = "essayconv.write.pdf_render:ready"
LINE_NUMBERS_EVERY = 5
"""With --line-numbers, every fifth line is numbered (as Word's countBy in the DOCX)."""
PDF_VARIANTS = ("pdf/a-1b", "pdf/a-2b", "pdf/a-3b", "pdf/a-2u", "pdf/a-3u", "pdf/a-4", "pdf/ua-1")


def stylesheets_for(options: Options) -> tuple[Path, ...]:
    base = styles_dir()
    return (base / "fonts.css", base / "base.css", style_css(options.style))


def user_css(options: Options) -> str:
    texts = []
    for name in options.css_files:
        try:
            texts.append(Path(name).read_text("utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            raise InputError(f"cannot read the CSS file ({getattr(error, 'strerror', None) or error})", name) from None
    return "\n".join(texts)


def start_worker(options: Options) -> RenderWorker:
    """A render worker that imports WeasyPrint in the background from now on. It renders nothing
    ahead: a throw-away render cost a one-shot PDF about 5% more CPU, and the first real document
    warms fonts and caches for the ones after it just as well."""
    worker = RenderWorker(seconds=options.render_timeout, memory=options.render_memory)
    worker.warm(READY_TARGET)
    return worker


def write(document: Document, options: Options, worker: RenderWorker | None = None) -> bytes:
    """Render in `worker` when given (warm across documents), else in a fresh child."""
    if options.pdf_variant and options.pdf_variant.lower() not in PDF_VARIANTS:
        raise OptionError(f"--pdf-variant: unknown variant '{options.pdf_variant}' (choose from {', '.join(PDF_VARIANTS)})")
    extra = "\n".join(part for part in (page_css(document, options), user_css(options)) if part)
    # WeasyPrint loads in the rendering child only (see limits.py): the parent stays light.
    arguments = (RENDER_TARGET, print_html(document, options), stylesheets_for(options), extra)
    settings = {"styles_dir": styles_dir(), "pdf_variant": options.pdf_variant.lower() if options.pdf_variant else None,
                "number_lines_every": LINE_NUMBERS_EVERY if options.line_numbers else 0}
    if worker is not None:
        return worker.run(*arguments, **settings)
    return run_limited(*arguments, seconds=options.render_timeout, memory=options.render_memory, **settings)


def write_packet(packet: Packet, options: Options) -> bytes:
    """A class packet: its HTML in the handout style with styles/packet.css, laid out in a fresh
    limited child (each essay adds its share of the time limit)."""
    from ..safe_text import PRINTED_OPTIONS, safe_value
    from .packet_html import packet_css, packet_html
    from .print_html import options_css

    options = replace(safe_value(options, PRINTED_OPTIONS), style="handout")
    sheets = (*stylesheets_for(options), styles_dir() / "packet.css")
    # the packet's own rules, then the page options, then the user's CSS: the later wins
    extra = "\n".join(part for part in (packet_css(packet), options_css(options), user_css(options)) if part)
    return run_limited(PACKET_TARGET, packet_html(packet, options), sheets, extra,
                       seconds=options.render_timeout * max(1, len(packet.essays)), memory=options.render_memory,
                       styles_dir=styles_dir(),
                       number_lines_every=LINE_NUMBERS_EVERY if packet.layout.line_numbers else 0)
