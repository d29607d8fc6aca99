"""DOCX build time per essay against pandoc (pypandoc-binary) converting the same clean HTML,
measured in the same run, interleaved:

1. one-shot, as a user runs it: `essayconv convert page -o x.docx` (reading and cleaning included)
   against `pandoc clean.html -o x.docx` (the already-clean HTML essayconv writes), fresh processes;
2. in-process: `essayconv.render(document, "docx")` against pandoc on the same HTML (pandoc has no
   in-process API, so its process start is part of its cost there).

Run by hand: `.venv/bin/python bench/docx_speed.py` (needs `pip install pypandoc-binary`).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import pypandoc
from _timing import paired  # bench/ is the script's folder, first on sys.path

import essayconv

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PANDOC = pypandoc.get_pandoc_path()
SAMPLES = ("ukessays-minimum-wage.html", "bartleby-printing-press.html", "studylib-courtly-love.txt",
           "ivypanda-coral-reefs.mhtml")


def main() -> None:
    print(f"pandoc {pypandoc.get_pandoc_version()}")
    with tempfile.TemporaryDirectory() as work_dir:
        work = Path(work_dir)
        rows = []
        for sample in SAMPLES:
            path = ROOT / "samples" / sample
            document = essayconv.load(path)
            clean = work / "clean.html"
            clean.write_bytes(essayconv.render(document, "html"))
            shot = paired(lambda: subprocess.run([BIN / "essayconv", "convert", path, "-o", work / "a.docx"], check=True),
                          lambda: subprocess.run([PANDOC, clean, "-o", work / "b.docx"], check=True))
            inproc = paired(lambda: essayconv.render(document, "docx"),
                            lambda: subprocess.run([PANDOC, clean, "-o", work / "c.docx"], check=True))
            rows.append((sample, shot, inproc))
    print(f"{'essay':32} {'one-shot: essayconv':>20} {'pandoc':>8} {'ratio':>6}   {'in-process: essayconv':>22} {'pandoc':>8} {'ratio':>6}")
    for sample, (a, b), (c, d) in rows:
        print(f"{sample:32} {a * 1000:18.0f}ms {b * 1000:6.0f}ms {a / b:5.2f}x   {c * 1000:20.1f}ms {d * 1000:6.0f}ms {c / d:5.2f}x")


if __name__ == "__main__":
    main()
