"""CPU time of `essayconv.load` per real page, this checkout against another source tree.

The finder's ladder may parse a page again when the strict pass finds little; this measures what
that costs on real pages. Each round runs both versions in fresh child processes, A then B, over
the same pages; per-page CPU times (time.process_time, median of the rounds) are compared as
ratios, and the 300 KB-and-larger pages are reported apart.

Run:  .venv/bin/python bench/finder_speed.py --baseline-src /path/to/other/checkout/src
          [--corpus ../shared/corpora/wcxb-dev] [--pages 120] [--rounds 3]
(check out the other version with `git worktree add --detach /tmp/base <commit>`).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "wcxb-dev"
LARGE_BYTES = 300_000

_CHILD = r"""
import gzip, json, sys, time
import essayconv
times = {}
for path in sys.argv[1:]:
    data = gzip.decompress(open(path, "rb").read()) if path.endswith(".gz") else open(path, "rb").read()
    start = time.process_time()
    try:
        essayconv.load(data, name=path)
    except essayconv.EssayconvError:
        pass
    times[path] = time.process_time() - start
print(json.dumps(times))
"""


def _run(src: Path, pages: list[str]) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run([sys.executable, "-c", _CHILD, *pages], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline-src", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--pages", type=int, default=120)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    every = sorted(str(p) for p in (args.corpus / "html").glob("*.html.gz"))
    step = max(1, len(every) // args.pages)
    pages = every[::step][: args.pages]
    runs: dict[str, list[dict[str, float]]] = {"A": [], "B": []}
    for _ in range(args.rounds):
        runs["A"].append(_run(ROOT / "src", pages))
        runs["B"].append(_run(args.baseline_src, pages))
    median = {k: {p: statistics.median(r[p] for r in v) for p in pages} for k, v in runs.items()}
    sizes = {p: len(gzip.decompress(Path(p).read_bytes())) for p in pages}
    for label, chosen in (("all pages", pages), (f"pages ≥ {LARGE_BYTES // 1000} KB", [p for p in pages if sizes[p] >= LARGE_BYTES])):
        if not chosen:
            continue
        ratios = [median["A"][p] / max(median["B"][p], 1e-6) for p in chosen]
        total_a, total_b = sum(median["A"][p] for p in chosen), sum(median["B"][p] for p in chosen)
        print(f"{label}: {len(chosen)} pages · this checkout {1000 * total_a / len(chosen):.1f} ms/page, "
              f"baseline {1000 * total_b / len(chosen):.1f} ms/page · total ratio {total_a / total_b:.2f}× · "
              f"per-page ratio median {statistics.median(ratios):.2f}×, 90th percentile "
              f"{sorted(ratios)[int(0.9 * (len(ratios) - 1))]:.2f}×, max {max(ratios):.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
