"""PDF speed against WeasyPrint alone, measured in the same run:

1. one-shot, as a user runs it: `essayconv convert page -o x.pdf` against `weasyprint` rendering the
   same final HTML with the same style sheets, each a fresh process (imports included);
2. in-process, warm, as batch and handout work runs: `essayconv.render` through one RenderWorker
   (reading + cleaning + sandbox + forked child) against WeasyPrint's own API on the final HTML;
3. pages per second for a ~30-page document.

Target: essayconv's own overhead under 10%. Run by hand: `.venv/bin/python bench/pdf_speed.py`.
"""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import pypdf
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration

import essayconv

from _timing import paired  # bench/ is the script's folder, first on sys.path
from essayconv.options import Options
from essayconv.styles import styles_dir
from essayconv.write.pdf_writer import stylesheets_for
from essayconv.write.print_html import page_css, print_html

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
SAMPLES = ("ukessays-minimum-wage.html", "bartleby-printing-press.html", "studylib-courtly-love.txt")


def weasyprint_alone(html: str, options: Options, extra_css: str) -> bytes:
    fonts = FontConfiguration()
    base = styles_dir().as_uri() + "/"
    sheets = [CSS(filename=str(p), font_config=fonts) for p in stylesheets_for(options)]
    if extra_css:
        sheets.append(CSS(string=extra_css, base_url=base, font_config=fonts))
    return HTML(string=html, base_url=base).write_pdf(stylesheets=sheets, font_config=fonts)


def one_shot(work: Path) -> None:
    print("1. one-shot, fresh process each (median of 9, interleaved)")
    print(f"   {'essay':34} {'essayconv':>10} {'weasyprint':>11} {'overhead':>9}")
    options = Options()
    for sample in SAMPLES:
        path = ROOT / "samples" / sample
        document = essayconv.load(path)
        final = work / "final.html"
        final.write_text(print_html(document, options))
        sheets = [arg for p in stylesheets_for(options) for arg in ("-s", str(p))]
        ours, alone = paired(
            lambda: subprocess.run([BIN / "essayconv", "convert", path, "-o", work / "a.pdf"], check=True),
            lambda: subprocess.run([BIN / "weasyprint", "-q", "-u", styles_dir().as_uri() + "/", *sheets, final,
                                    work / "b.pdf"], check=True), 9)
        print(f"   {sample:34} {ours * 1000:8.0f}ms {alone * 1000:9.0f}ms {100 * (ours / alone - 1):+8.1f}%")


def in_process() -> None:
    print("\n2. in-process, warm, one RenderWorker (median of 9, interleaved)")
    print(f"   {'essay':34} {'style':8} {'essayconv':>10} {'weasyprint':>11} {'overhead':>9}")
    with essayconv.RenderWorker(seconds=120, memory=2 * 1024 ** 3) as worker:
        for sample in SAMPLES:
            path = ROOT / "samples" / sample
            for style in ("default", "mla"):
                options = Options(style=style, author="Priya Raman")
                document = essayconv.load(path)
                html, extra = print_html(document, options), page_css(document, options)
                ours, alone = paired(lambda: essayconv.render(essayconv.load(path), "pdf", options, worker),
                                     lambda: weasyprint_alone(html, options, extra), 9)
                print(f"   {sample:34} {style:8} {ours * 1000:8.0f}ms {alone * 1000:9.0f}ms {100 * (ours / alone - 1):+8.1f}%")


def long_document() -> None:
    document = essayconv.load(ROOT / "samples" / "ukessays-minimum-wage.html")
    long = replace(document, blocks=document.blocks * 24)
    with essayconv.RenderWorker(seconds=300, memory=2 * 1024 ** 3) as worker:
        essayconv.render(document, "pdf", Options(), worker)  # warm
        start = time.perf_counter()
        data = essayconv.render(long, "pdf", Options(), worker)
        seconds = time.perf_counter() - start
    pages = len(pypdf.PdfReader(io.BytesIO(data)).pages)
    print(f"\n3. long document: {pages} pages in {seconds:.2f} s = {pages / seconds:.1f} pages/s")


def main() -> None:
    with tempfile.TemporaryDirectory() as work:
        one_shot(Path(work))
    in_process()
    long_document()


if __name__ == "__main__":
    main()
