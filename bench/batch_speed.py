"""Batch throughput, scaling and memory, each against a baseline measured in the same run:

1. throughput to JSON: `essayconv batch DIR --parallel 2` against trafilatura's own batch mode
   (`trafilatura --input-dir DIR -o OUT --json --with-metadata --parallel 2`, its nearest to our
   JSON records) on the same pages, as pages per CPU-second (user + system time of the whole
   process tree) and pages per wall-second; with `--baseline-src` also another essayconv source
   tree (e.g. main's, `git archive main src styles | tar -x -C /tmp/base`);
2. scaling: the same batch with 1 and with 2 workers (target >= 1.8x on 2 idle cores);
3. memory: the largest resident set of any essayconv process, sampled through a run over
   20,000 pages (target: flat, under 300 MB), early against late in the run.

Pages: real ones by default — the WCXB dev pages (`../shared/corpora/wcxb-dev/html/*.html.gz`,
1,497 pages, repeated to reach `--speed-pages`) — else `--samples` for the essay pages in samples/.
Each copy is made distinct (a comment before <body>) so nothing is cached by content. Runs are
interleaved (A, B, C, A, B, C, …) and medians reported: the machine is shared and noisy.

Run by hand: `.venv/bin/python bench/batch_speed.py [--repeat 3] [--pages 0] [--baseline-src DIR]`
(needs `pip install trafilatura`).
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from _timing import bench_env  # bench/ is the script's folder, first on sys.path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "wcxb-dev"


def page_sources(corpus: Path | None) -> list[bytes]:
    """The pages' bytes: the corpus's html/*.html(.gz), or the HTML samples when `corpus` is None."""
    if corpus is None:
        return [p.read_bytes() for p in sorted((ROOT / "samples").iterdir()) if p.suffix == ".html"]
    paths = sorted(p for p in (corpus / "html").iterdir() if p.name.endswith((".html", ".html.gz")))
    return [gzip.decompress(p.read_bytes()) if p.suffix == ".gz" else p.read_bytes() for p in paths]


def distinct_copy(page: bytes, n: int) -> bytes:
    """Copy `n` of a page, different in its bytes (not in its text) from every other copy."""
    marker = f"<!-- copy {n} -->".encode()
    at = page.lower().find(b"<body")
    return page[:at] + marker + page[at:] if at >= 0 else marker + page


def make_pages(folder: Path, count: int, sources: list[bytes]) -> None:
    """`count` .html pages in folders of 1,000, cycling through `sources`."""
    folder.mkdir(parents=True)
    for n in range(count):
        sub = folder / f"d{n // 1000:03}"
        sub.mkdir(exist_ok=True)
        (sub / f"page{n:06}.html").write_bytes(distinct_copy(sources[n % len(sources)], n))


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


def timed_run(command: list[str], env: dict[str, str] | None = None,
              sample_memory: bool = False) -> tuple[float, float, list[tuple[float, int]]]:
    """(wall seconds, CPU seconds of the process and every descendant it waited for, memory
    samples). The CPU time comes from wait4's resource usage, which adds up reaped children."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    samples: list[tuple[float, int]] = []
    if sample_memory:
        def sample() -> None:
            while process.poll() is None:
                sizes = tree_rss(process.pid)
                if sizes:
                    samples.append((time.perf_counter() - start, max(sizes)))
                time.sleep(0.25)
        threading.Thread(target=sample, daemon=True).start()
    _, _, usage = os.wait4(process.pid, 0)
    process.returncode = 0  # reaped above; stops Popen from waiting again
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime, samples


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=20000, help="pages for the memory run (0: skip it)")
    parser.add_argument("--speed-pages", type=int, default=2000, help="pages for the throughput and scaling runs")
    parser.add_argument("--repeat", type=int, default=3, help="interleaved runs of each command (medians)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="a folder holding html/*.html(.gz)")
    parser.add_argument("--samples", action="store_true", help="the essay pages in samples/ instead of real pages")
    parser.add_argument("--baseline-src", type=Path, help="another essayconv source tree to time alongside")
    args = parser.parse_args()
    sources = page_sources(None if args.samples else args.corpus)
    label = "samples/" if args.samples else str(args.corpus)
    with tempfile.TemporaryDirectory() as work_dir:
        work = Path(work_dir)
        pages = work / "pages"
        make_pages(pages, args.speed_pages, sources)
        ours = ROOT / "src"

        def essayconv(parallel: int, out: str, src: Path = ours) -> tuple[list[str], dict[str, str]]:
            return ([sys.executable, str(BIN / "essayconv"), "batch", str(pages), "-o", str(work / out),
                     "--parallel", str(parallel), "--quiet"], bench_env(src))

        commands = {
            "essayconv x2": essayconv(2, "out"),
            "trafilatura x2": ([str(BIN / "trafilatura"), "--input-dir", str(pages), "-o", str(work / "out"), "--json",
                                "--with-metadata", "--parallel", "2"], bench_env()),
            "essayconv x1": essayconv(1, "out"),
        }
        if args.baseline_src:
            commands["baseline x2"] = essayconv(2, "out", args.baseline_src.resolve())
            commands["baseline x1"] = essayconv(1, "out", args.baseline_src.resolve())
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(args.repeat):
            for name, (command, env) in commands.items():
                wall, cpu, _ = timed_run(command, env)
                runs[name].append((wall, cpu))
                print(f"   run: {name:16} wall {wall:7.1f} s  CPU {cpu:7.1f} s", flush=True)  # a long run shows progress
                shutil.rmtree(work / "out", ignore_errors=True)
        n = args.speed_pages
        wall = {name: statistics.median(w for w, _ in times) for name, times in runs.items()}
        cpu = {name: statistics.median(c for _, c in times) for name, times in runs.items()}
        print(f"1. throughput, {n} pages of {label} to JSON (median of {args.repeat} interleaved runs):")
        print(f"   {'':16} {'wall s':>7} {'pages/s':>8} {'CPU s':>7} {'pages/CPU-s':>12}")
        for name in commands:
            print(f"   {name:16} {wall[name]:7.1f} {n / wall[name]:8.1f} {cpu[name]:7.1f} {n / cpu[name]:12.1f}")
        print(f"   essayconv x2 / trafilatura x2: {wall['trafilatura x2'] / wall['essayconv x2']:.2f}x per wall-second, "
              f"{cpu['trafilatura x2'] / cpu['essayconv x2']:.2f}x per CPU-second")
        if args.baseline_src:
            print(f"   essayconv x2 / baseline x2: {wall['baseline x2'] / wall['essayconv x2']:.2f}x per wall-second, "
                  f"{cpu['baseline x2'] / cpu['essayconv x2']:.2f}x per CPU-second")
        print(f"2. scaling: 1 worker {wall['essayconv x1']:.1f} s, 2 workers {wall['essayconv x2']:.1f} s"
              f" -> {wall['essayconv x1'] / wall['essayconv x2']:.2f}x (on {os.cpu_count()} cores; load now "
              f"{os.getloadavg()[0]:.1f})")
        if args.baseline_src:
            print(f"   baseline: {wall['baseline x1'] / wall['baseline x2']:.2f}x")

        if not args.pages:
            return
        shutil.rmtree(pages)
        make_pages(pages, args.pages, sources)
        command, env = essayconv(2, "mem")
        seconds, _, samples = timed_run(command, env, sample_memory=True)
        quarter = max(1, len(samples) // 4)
        early = max(s for _, s in samples[:quarter]) if samples else 0
        late = max(s for _, s in samples[-quarter:]) if samples else 0
        peak = max((s for _, s in samples), default=0)
        print(f"3. memory over {args.pages} pages ({seconds:.0f} s, {args.pages / seconds:.0f} pages/s): largest process "
              f"{peak / 2**20:.0f} MB at peak; first quarter {early / 2**20:.0f} MB, last quarter {late / 2**20:.0f} MB")


if __name__ == "__main__":
    main()
