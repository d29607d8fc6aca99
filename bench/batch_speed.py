"""Batch throughput, scaling and memory, each against a baseline measured in the same run:

1. throughput to JSON: `essayconv batch DIR --parallel 2` against trafilatura's own batch mode
   (`trafilatura --input-dir DIR -o OUT --json --parallel 2`) on the same HTML pages;
2. scaling: the same batch with 1 and with 2 workers (target >= 1.8x on 2 cores);
3. memory: the largest resident set of any essayconv process, sampled through a run over
   20,000 pages (target: flat, under 300 MB), early against late in the run.

Run by hand: `.venv/bin/python bench/batch_speed.py [--pages 20000]` (needs `pip install trafilatura`).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
HTML_SAMPLES = sorted(p for p in (ROOT / "samples").iterdir() if p.suffix == ".html")


def make_pages(folder: Path, count: int) -> None:
    """`count` HTML pages: the samples, each copy made distinct so nothing is cached by content."""
    folder.mkdir(parents=True)
    texts = [p.read_bytes() for p in HTML_SAMPLES]
    for n in range(count):
        page = texts[n % len(texts)].replace(b"<body", f"<!-- copy {n} --><body".encode(), 1)
        sub = folder / f"d{n // 1000:03}"
        sub.mkdir(exist_ok=True)
        (sub / f"page{n:06}.html").write_bytes(page)


def tree_rss(pid: int) -> list[int]:
    """Resident set sizes (bytes) of `pid` and all its descendants, from /proc."""
    sizes = []
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                sizes.append(int(line.split()[1]) * 1024)
        stack.extend(int(c) for c in children)
    return sizes


def timed_run(command: list[str], sample_memory: bool = False) -> tuple[float, list[tuple[float, int]]]:
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    samples: list[tuple[float, int]] = []
    if sample_memory:
        def sample() -> None:
            while process.poll() is None:
                sizes = tree_rss(process.pid)
                if sizes:
                    samples.append((time.perf_counter() - start, max(sizes)))
                time.sleep(0.25)
        thread = threading.Thread(target=sample, daemon=True)
        thread.start()
    process.wait()
    return time.perf_counter() - start, samples


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=20000, help="pages for the memory run (0: skip it)")
    parser.add_argument("--speed-pages", type=int, default=2000, help="pages for the throughput and scaling runs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work_dir:
        work = Path(work_dir)
        pages = work / "pages"
        make_pages(pages, args.speed_pages)

        def essayconv(parallel: int, out: str) -> list[str]:
            return [str(BIN / "essayconv"), "batch", str(pages), "-o", str(work / out), "--parallel", str(parallel)]

        trafilatura = [str(BIN / "trafilatura"), "--input-dir", str(pages), "-o", str(work / "traf"), "--json", "--parallel", "2"]
        runs = {}
        for name, command in (("essayconv x2", essayconv(2, "e2")), ("trafilatura x2", trafilatura),
                              ("essayconv x1", essayconv(1, "e1"))):
            runs[name], _ = timed_run(command)
            shutil.rmtree(work / {"essayconv x2": "e2", "trafilatura x2": "traf", "essayconv x1": "e1"}[name], ignore_errors=True)
        n = args.speed_pages
        print(f"1. throughput, {n} pages to JSON, 2 workers:")
        print(f"   essayconv   {runs['essayconv x2']:7.1f} s  {n / runs['essayconv x2']:7.0f} pages/s")
        print(f"   trafilatura {runs['trafilatura x2']:7.1f} s  {n / runs['trafilatura x2']:7.0f} pages/s"
              f"   -> essayconv is {runs['trafilatura x2'] / runs['essayconv x2']:.2f}x trafilatura's speed")
        print(f"2. scaling: 1 worker {runs['essayconv x1']:.1f} s, 2 workers {runs['essayconv x2']:.1f} s"
              f" -> {runs['essayconv x1'] / runs['essayconv x2']:.2f}x (on {os.cpu_count()} cores)")

        if not args.pages:
            return
        shutil.rmtree(pages)
        make_pages(pages, args.pages)
        seconds, samples = timed_run(essayconv(2, "mem"), sample_memory=True)
        quarter = max(1, len(samples) // 4)
        early = max(s for _, s in samples[:quarter]) if samples else 0
        late = max(s for _, s in samples[-quarter:]) if samples else 0
        peak = max((s for _, s in samples), default=0)
        print(f"3. memory over {args.pages} pages ({seconds:.0f} s, {args.pages / seconds:.0f} pages/s): largest process "
              f"{peak / 2**20:.0f} MB at peak; first quarter {early / 2**20:.0f} MB, last quarter {late / 2**20:.0f} MB")


if __name__ == "__main__":
    main()
