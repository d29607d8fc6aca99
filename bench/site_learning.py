"""Site learning (issue 13): accuracy with and without `--learn-sites`, throughput, memory.

    python bench/site_learning.py accuracy DIR     # DIR from bench/site_folders.py: pages/<site>/, truth/<site>/
    python bench/site_learning.py speed [--pages 2000] [--rounds 3]
    python bench/site_learning.py memory [--pages 2000,20000]

accuracy: each site folder converted by `essayconv batch` twice, without and with learning; per
folder the pages with clutter leaked (the truth's clutter phrases and the cross-site markers),
exact paragraphs and word F1 (bench/scoring.py).
speed: a 2,000-page batch of the four layouts (bench/site_folders.py), converted with and without
learning, alternately, several rounds; CPU time of the batch and its workers (wall time is noisy on a
shared machine) and wall time, medians; the ratio is throughput with learning over without.
memory: peak RSS of the parent process (the one that groups pages and keeps the samples) at 2,000
and 20,000 pages, with and without learning: learning's part must not grow with the pages (the
batch's plan, a few hundred bytes a file, does in both).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

from scoring import from_json, leaks, read_truth, score  # noqa: E402
from site_folders import LAYOUTS, load_essays, make_site  # noqa: E402


def _batch(pages: Path, out: Path, learn: bool, parallel: int = 2) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from essayconv.batch import BatchRequest, run_batch

    run_batch(BatchRequest(inputs=(str(pages),), outdir=str(out), force=True, quiet=True, parallel=parallel,
                           learn_sites=learn))


def _scores(truth_dir: Path, out: Path) -> dict[str, float]:
    rows, leaked = [], 0
    for truth_path in sorted(truth_dir.glob("*.md")):
        truth = read_truth(truth_path)
        output = out / f"{truth_path.stem}.json"
        if not output.is_file():
            rows.append({"f1": 0.0, "paragraphs": 0.0})
            leaked += 1
            continue
        got = from_json(json.loads(output.read_text("utf-8")))
        rows.append(score(truth, got))
        leaked += bool(leaks(truth, got))
    return {"pages": len(rows), "leaked": leaked, "paragraphs": statistics.mean(r["paragraphs"] for r in rows),
            "f1": statistics.mean(r["f1"] for r in rows)}


def accuracy(root: Path) -> None:
    print(f"{'folder':14} {'pages':>5}  {'leaked':>13}  {'exact paragraphs':>17}  {'word F1':>13}")
    print(f"{'':14} {'':>5}  {'without  with':>13}  {'without   with':>17}  {'without  with':>13}")
    with tempfile.TemporaryDirectory() as temp:
        for site_dir in sorted((root / "pages").iterdir()):
            site = site_dir.name
            base = _scores(root / "truth" / site, _run(site_dir, Path(temp) / "base" / site, False))
            learned = _scores(root / "truth" / site, _run(site_dir, Path(temp) / "learn" / site, True))
            print(f"{site:14} {base['pages']:>5}  {base['leaked']:>7} {learned['leaked']:>5}  "
                  f"{base['paragraphs']:>9.3f} {learned['paragraphs']:>7.3f}  {base['f1']:>7.3f} {learned['f1']:>5.3f}")


def _run(pages: Path, out: Path, learn: bool) -> Path:
    _batch(pages, out, learn)
    return out


def _make(folder: Path, count: int) -> None:
    essays = load_essays()
    per_site = count // len(LAYOUTS)
    for i, site in enumerate(LAYOUTS):
        make_site(site, folder, per_site, essays, start=i * 7, twice=False)


def _timed(pages: Path, out: Path, learn: bool) -> tuple[float, float]:
    """(CPU seconds of the batch and its workers, wall seconds), in a fresh process."""
    code = ("import sys; sys.path.insert(0, %r); sys.path.insert(0, %r); from site_learning import _batch; "
            "_batch(__import__('pathlib').Path(%r), __import__('pathlib').Path(%r), %r)"
            % (str(ROOT / "src"), str(BENCH), str(pages), str(out), learn))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime), wall


def speed(count: int, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "corpus"
        _make(folder, count)
        pages = folder / "pages"
        times: dict[bool, list[tuple[float, float]]] = {False: [], True: []}
        for n in range(rounds):
            for learn in ((False, True) if n % 2 == 0 else (True, False)):
                times[learn].append(_timed(pages, Path(temp) / f"out-{learn}-{n}", learn))
        for learn in (False, True):
            cpu = statistics.median(t[0] for t in times[learn])
            wall = statistics.median(t[1] for t in times[learn])
            print(f"{'with' if learn else 'without':8} learning: {count} pages, CPU {cpu:6.1f} s, wall {wall:6.1f} s "
                  f"(rounds: {', '.join(f'{t[0]:.1f}' for t in times[learn])})")
        cpu_ratio = statistics.median(t[0] for t in times[False]) / statistics.median(t[0] for t in times[True])
        wall_ratio = statistics.median(t[1] for t in times[False]) / statistics.median(t[1] for t in times[True])
        print(f"throughput with learning / without: {cpu_ratio:.2f}x by CPU time, {wall_ratio:.2f}x by wall time")


def _peak_rss(pages: Path, out: Path, learn: bool) -> float:
    """MiB: the parent's peak RSS (ru_maxrss of the process that runs the batch, workers apart)."""
    code = ("import sys, resource; sys.path.insert(0, %r); sys.path.insert(0, %r); from site_learning import _batch; "
            "_batch(__import__('pathlib').Path(%r), __import__('pathlib').Path(%r), %r); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
            % (str(ROOT / "src"), str(BENCH), str(pages), str(out), learn))
    result = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return int(result.stdout.split()[-1]) / 1024


def memory(counts: list[int]) -> None:
    for count in counts:
        with tempfile.TemporaryDirectory() as temp:
            folder = Path(temp) / "corpus"
            _make(folder, count)
            for learn in (False, True):
                rss = _peak_rss(folder / "pages", Path(temp) / f"out-{learn}", learn)
                print(f"{count:>6} pages {'with' if learn else 'without'} learning: parent peak RSS {rss:6.1f} MiB",
                      flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    a = sub.add_parser("accuracy")
    a.add_argument("root", type=Path)
    s = sub.add_parser("speed")
    s.add_argument("--pages", type=int, default=2000)
    s.add_argument("--rounds", type=int, default=3)
    m = sub.add_parser("memory")
    m.add_argument("--pages", default="2000,20000")
    args = parser.parse_args()
    os.environ.setdefault("PYTHONHASHSEED", "0")
    if args.command == "accuracy":
        accuracy(args.root)
    elif args.command == "speed":
        speed(args.pages, args.rounds)
    else:
        memory([int(n) for n in args.pages.split(",")])


if __name__ == "__main__":
    main()
