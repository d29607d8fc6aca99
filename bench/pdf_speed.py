"""PDF speed against WeasyPrint alone, measured in the same run:

1. one-shot, as a user runs it: `essayconv convert page -o x.pdf` against the `weasyprint` command
   rendering the same final print HTML with the same style sheets (the style's and the page's own
   CSS), each a fresh process (imports included), as CPU time (user + system, the render child
   included), medians of interleaved runs; for a one-page essay and a 20-page document (an essay
   page repeated), and with `--baseline-src DIR` another source tree's essayconv too (e.g. main's:
   `git archive main src styles | tar -x -C /tmp/base`, then `--baseline-src /tmp/base/src`).
   Targets (issue 17): at most 20% over WeasyPrint for the one-page essay, 10% for 20 pages;
2. in-process, warm, as batch and handout work runs: `essayconv.render` through one RenderWorker
   (reading + cleaning + sandbox + forked child) against WeasyPrint's own API on the final HTML;
3. pages per second for a ~30-page document.

Run by hand: `.venv/bin/python bench/pdf_speed.py [--baseline-src DIR] [--one-shot-only]`.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import pypdf
from _timing import bench_env, interleaved_cpu, paired  # bench/ is the script's folder, first on sys.path
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration

import essayconv
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


ONE_PAGE = "substack-comments-bakery-mornings.html"
"""A 407-word essay on a real page layout: one printed page in the default style."""
LONG_FROM, LONG_COPIES = "ukessays-minimum-wage.html", 17
"""The 20-page document: this essay's blocks 17 times over, written as an HTML page."""


def long_page(work: Path) -> Path:
    document = essayconv.load(ROOT / "samples" / LONG_FROM)
    path = work / "long-essay.html"
    path.write_bytes(essayconv.render(replace(document, blocks=document.blocks * LONG_COPIES), "html"))
    return path


def print_files(page: Path, work: Path, options: Options) -> tuple[Path, list[str]]:
    """The print HTML essayconv lays out for `page`, and `-s` arguments for its style sheets (the
    style's, then the page's own CSS: running heads, page options), for the weasyprint command."""
    from essayconv.safe_text import safe_value
    from essayconv.write.conventions import apply_conventions

    document = apply_conventions(safe_value(essayconv.load(page)), options)
    final, extra = work / f"{page.stem}.print.html", work / f"{page.stem}.page.css"
    final.write_text(print_html(document, options), "utf-8")
    extra.write_text(page_css(document, options), "utf-8")
    return final, [arg for sheet in (*stylesheets_for(options), extra) for arg in ("-s", str(sheet))]


def pages_of(pdf: Path) -> int:
    return len(pypdf.PdfReader(pdf).pages)


def one_shot(work: Path, baseline: Path | None, repeat: int) -> None:
    print(f"1. one-shot, fresh process each, CPU time (median of {repeat}, interleaved)")
    options = Options(to="pdf")
    for page in (ROOT / "samples" / ONE_PAGE, long_page(work)):
        final, sheets = print_files(page, work, options)
        convert = [sys.executable, str(BIN / "essayconv"), "convert", str(page), "-q", "-o"]
        commands = {
            "weasyprint": ([str(BIN / "weasyprint"), "-q", "-u", styles_dir().as_uri() + "/", *sheets, str(final),
                            str(work / "w.pdf")], bench_env()),
            "essayconv": ([*convert, str(work / "e.pdf")], bench_env(ROOT / "src")),
        }
        if baseline:
            commands["baseline"] = ([*convert, str(work / "b.pdf")], bench_env(baseline))
        cpu = interleaved_cpu(commands, repeat)
        print(f"   {page.name} ({pages_of(work / 'e.pdf')} pages; WeasyPrint alone {cpu['weasyprint'] * 1000:.0f} ms)")
        for name in commands:
            if name != "weasyprint":
                print(f"     {name:10} {cpu[name] * 1000:7.0f} ms  {100 * (cpu[name] / cpu['weasyprint'] - 1):+6.1f}% over WeasyPrint")


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
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline-src", type=Path, help="another essayconv source tree to time alongside")
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--one-shot-only", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        one_shot(Path(work), args.baseline_src.resolve() if args.baseline_src else None, args.repeat)
    if not args.one_shot_only:
        in_process()
        long_document()


if __name__ == "__main__":
    main()
