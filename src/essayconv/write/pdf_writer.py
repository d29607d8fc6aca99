"""Document → paginated PDF: print HTML in the chosen style, laid out by WeasyPrint in a sandbox
and in a child process with time and memory limits."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError, OptionError
from ..limits import run_limited
from ..model import Document
from ..options import Options
from ..styles import style_css, styles_dir
from .print_html import page_css, print_html

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


def write(document: Document, options: Options) -> bytes:
    if options.pdf_variant and options.pdf_variant.lower() not in PDF_VARIANTS:
        raise OptionError(f"--pdf-variant: unknown variant '{options.pdf_variant}' (choose from {', '.join(PDF_VARIANTS)})")
    extra = "\n".join(part for part in (page_css(document, options), user_css(options)) if part)
    from .pdf_render import render_pdf  # WeasyPrint loads here, before the fork, once per process

    return run_limited(render_pdf, print_html(document, options), stylesheets_for(options), extra,
                       seconds=options.render_timeout, memory=options.render_memory,
                       styles_dir=styles_dir(), pdf_variant=options.pdf_variant.lower() if options.pdf_variant else None)
