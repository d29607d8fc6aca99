"""Issue 17 point 4, text blow-ups: a page converts in time proportional to its size.

Three shapes, each at sizes that double, each size converted to JSON in a fresh process (CPU time of
the child, its peak resident set):

- `paragraphs`: N short `<p>` (the 100,000-paragraph page);
- `long-paragraph`: one `<p>` of N MB of prose (the 20 MB paragraph);
- `one-word`: one `<p>` holding a single N MB word (the 100 MB word);
- `record-lines`: a text dump of N short "field | value" lines, every one set aside (a database shell's
  long listing saved as text: the teaser-cut pass once looked back over all the records per block).

For each step the table shows the growth of the CPU time when the size doubles: about 2.0 is linear,
4.0 quadratic. With `--baseline-src DIR` another source tree (e.g. the session's start,
`git archive REV src styles | tar -x -C /tmp/base`) runs the same pages, interleaved, so the ratio
of the two is measured on the same machine at the same time.

    .venv/bin/python bench/blowups.py [--scale 0.25] [--baseline-src /tmp/base/src]

Run by hand; prints a table; asserts nothing (timings never gate a test).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _timing import bench_env  # bench/ is the script's folder, first on sys.path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
SENTENCE = "The river ran past the town and the mill, and nobody in the valley remembered it dry. "

# (shape, sizes at scale 1): the three cases are the largest size of each shape.
SHAPES: dict[str, tuple[int, ...]] = {
    "paragraphs": (25_000, 50_000, 100_000),
    "long-paragraph": (5_000_000, 10_000_000, 20_000_000),
    "one-word": (25_000_000, 50_000_000, 100_000_000),
    "record-lines": (10_000, 20_000, 40_000),
}
TEXT_SHAPES = frozenset(("record-lines",))


def page(shape: str, size: int) -> bytes:
    if shape == "record-lines":
        return "".join(f"field_{i} | value {i}\n" for i in range(size)).encode()
    if shape == "paragraphs":
        body = "".join(f"<p>Paragraph {i}: {SENTENCE}</p>" for i in range(size))
    elif shape == "long-paragraph":
        body = "<p>" + SENTENCE * (size // len(SENTENCE)) + "</p>"
    else:
        body = "<p>" + "a" * size + "</p>"
    return f"<html><head><title>A long page</title></head><body><h1>A long page</h1>{body}</body></html>".encode()


def timed(path: Path, src: Path, timeout: float) -> tuple[float | None, float]:
    """CPU seconds and peak MiB of converting `path` to JSON in a fresh process (None on timeout).
    The exit status is not checked: a page of one word is rightly "no essay" (exit 3)."""
    process = subprocess.Popen([str(BIN / "essayconv"), "convert", str(path), "-o", str(path.with_suffix(".json"))],
                               env=bench_env(src), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _, _, usage = _wait(process, timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        os.wait4(process.pid, 0)
        return None, 0.0
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def _wait(process: subprocess.Popen, timeout: float) -> tuple[int, int, os.struct_rusage]:  # type: ignore[name-defined]
    """wait4 with a timeout: poll the child until it ends, reaping it with its resource usage."""
    deadline = time.monotonic() + timeout
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            return pid, status, usage
        if time.monotonic() > deadline:
            raise subprocess.TimeoutExpired(process.args, timeout)
        time.sleep(0.05)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size (0.25 for a quick look)")
    parser.add_argument("--baseline-src", type=Path, help="another source tree to run the same pages")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds before a conversion counts as too slow")
    parser.add_argument("--shapes", nargs="*", default=list(SHAPES), choices=list(SHAPES))
    args = parser.parse_args()
    trees = {"now": ROOT / "src"} | ({"baseline": args.baseline_src} if args.baseline_src else {})
    print(f"{'shape':<15} {'size':>12} " + " ".join(f"{name + ' CPU s':>13} {'×2 growth':>9} {'peak MiB':>8}"
                                                   for name in trees))
    with tempfile.TemporaryDirectory() as folder:
        for shape in args.shapes:
            previous: dict[str, float | None] = {name: None for name in trees}
            for size in (max(1, int(s * args.scale)) for s in SHAPES[shape]):
                path = Path(folder) / f"{shape}-{size}.{'txt' if shape in TEXT_SHAPES else 'html'}"
                path.write_bytes(page(shape, size))
                cells = []
                for name, src in trees.items():  # interleaved: both trees run each page in turn
                    cpu, peak = timed(path, src, args.timeout)
                    growth = f"{cpu / previous[name]:.2f}" if cpu and previous[name] else "–"
                    cells.append(f"{(f'{cpu:.2f}' if cpu is not None else 'timeout'):>13} {growth:>9} {peak:>8.0f}")
                    previous[name] = cpu
                print(f"{shape:<15} {size:>12,} " + " ".join(cells), flush=True)
                path.unlink()


if __name__ == "__main__":
    main()
