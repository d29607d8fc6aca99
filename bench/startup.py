"""Start-up and one-shot conversions, each against a baseline measured in the same run:

1. `essayconv --help` against a bare `python -c pass` (target: under 0.3 s wall);
2. one-shot `essayconv convert page -o x.json` against trafilatura's command on the same page
   (`trafilatura --json --with-metadata < page`), and `convert page -o x.docx`, as CPU time
   (user + system, medians of interleaved fresh processes; target: JSON at most trafilatura's);
   with `--baseline-src DIR` another source tree's essayconv too (e.g. main's:
   `git archive main src styles | tar -x -C /tmp/base`, then `--baseline-src /tmp/base/src`).

Heavy libraries (WeasyPrint, python-docx) load only when used. Run by hand:
`.venv/bin/python bench/startup.py [--baseline-src DIR]` (needs `pip install trafilatura`).
Prints medians and ratios; asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _timing import bench_env, interleaved_cpu  # bench/ is the script's folder, first on sys.path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
RUNS = 15
PAGES = ("bartleby-printing-press.html", "substack-comments-bakery-mornings.html", "singlefile-wordsworth-walking.html")
"""A small essay page, a 14 KB blog page and a 90 KB SingleFile capture."""


def median_seconds(command: list[str]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True, env=bench_env(ROOT / "src"))
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def help_time() -> None:
    python = sys.executable
    baseline = median_seconds([python, "-c", "pass"])
    help_seconds = median_seconds([python, "-m", "essayconv.cli", "--help"])
    print(f"1. python -c pass (baseline)  {baseline * 1000:7.1f} ms")
    print(f"   essayconv --help           {help_seconds * 1000:7.1f} ms   {help_seconds / baseline:4.1f}x baseline   "
          f"({'under' if help_seconds < 0.3 else 'OVER'} the 0.3 s target)")


def one_shot(baseline: Path | None, repeat: int) -> None:
    print(f"2. one-shot convert, CPU time (median of {repeat}, interleaved)")
    with tempfile.TemporaryDirectory() as work:
        for name in PAGES:
            page = ROOT / "samples" / name
            trees = {"essayconv": ROOT / "src", **({"baseline": baseline} if baseline else {})}
            commands = {"trafilatura": (["sh", "-c", f'"{BIN / "trafilatura"}" --json --with-metadata < "{page}" > "{work}/t.json"'],
                                        bench_env())}
            for label, src in trees.items():
                for fmt in ("json", "docx"):
                    commands[f"{label} {fmt}"] = ([sys.executable, str(BIN / "essayconv"), "convert", str(page), "-q",
                                                   "-o", f"{work}/{label}.{fmt}"], bench_env(src))
            cpu = interleaved_cpu(commands, repeat)
            print(f"   {name} (trafilatura {cpu['trafilatura'] * 1000:.0f} ms)")
            for label in trees:
                print(f"     {label:10} json {cpu[label + ' json'] * 1000:5.0f} ms ({cpu[label + ' json'] / cpu['trafilatura']:.2f}x "
                      f"trafilatura)   docx {cpu[label + ' docx'] * 1000:5.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline-src", type=Path, help="another essayconv source tree to time alongside")
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    help_time()
    one_shot(args.baseline_src.resolve() if args.baseline_src else None, args.repeat)


if __name__ == "__main__":
    main()
