"""Batch throughput of this tree against an earlier commit, in the same run (issue 14: "no
throughput loss over 2,000 pages"). Both run `essayconv batch DIR --parallel 2` to JSON files and
to JSONL on the same distinct pages, alternating, several rounds; the best and the median of each.

Run by hand: `.venv/bin/python bench/batch_vs_base.py [--base REV] [--pages 2000] [--rounds 3]`.
On a shared machine the spread between rounds is wide: compare medians over several rounds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_pages(folder: Path, count: int) -> None:
    samples = sorted(p for p in (ROOT / "samples").iterdir() if p.suffix == ".html")
    for n in range(count):
        page = samples[n % len(samples)].read_bytes().replace(b"<body", f"<!-- copy {n} --><body".encode(), 1)
        sub = folder / f"d{n // 500:02}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"page{n:05}.html").write_bytes(page)


def checkout(revision: str, into: Path) -> Path:
    """The `src/` of `revision`, unpacked (no worktree is added to the repository)."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "src"], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=__import__("io").BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def run(source: Path, out: Path, fmt: str, pythonpath: Path) -> float:
    target = ["-o", str(out / "all.jsonl")] if fmt == "jsonl" else ["-o", str(out)]
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "essayconv.cli", "batch", str(source), "--parallel", "2", "--to", fmt, *target],
                   env=dict(os.environ, PYTHONPATH=str(pythonpath)), capture_output=True, check=False)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="HEAD~1")
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        make_pages(folder / "pages", args.pages)
        trees = {"base": checkout(args.base, folder / "base"), "this": ROOT / "src"}
        times: dict[tuple[str, str], list[float]] = {}
        for number in range(args.rounds):
            for label, tree in trees.items():
                for fmt in ("json", "jsonl"):
                    out = folder / f"{label}-{fmt}-{number}"
                    times.setdefault((label, fmt), []).append(run(folder / "pages", out, fmt, tree))
        for (label, fmt), values in sorted(times.items()):
            print(f"{label:5} {fmt:6} best {min(values):6.1f} s  median {statistics.median(values):6.1f} s  "
                  f"({args.pages / min(values):.0f} pages/s)")


if __name__ == "__main__":
    main()
