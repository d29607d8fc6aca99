"""In-process throughput on real pages: essayconv (read, find, clean, JSON) against trafilatura's
`extract(output_format="json", with_metadata=True)` on the same pages, in the same process, in
alternating rounds (issue 17: "≥ 1.5× trafilatura's pages per CPU-second on real pages").

CPU time (time.process_time) per page, summed per round; the median round of each tool is reported
as pages per CPU-second, and the ratio essayconv / trafilatura. Pages that essayconv calls "no
essay" count (their time was spent); pages either tool fails on are timed all the same.

Run:  .venv/bin/python bench/vs_trafilatura.py [--corpus ../shared/corpora/wcxb-dev] [--pages 300]
          [--rounds 5] [--samples]      (--samples: the essay pages in samples/ instead)
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "wcxb-dev"


def pages_of(corpus: Path, count: int, samples: bool) -> list[bytes]:
    if samples:
        paths = sorted(p for p in (ROOT / "samples").iterdir() if p.suffix in (".html", ".htm"))
    else:
        paths = sorted((corpus / "html").iterdir())
    out = []
    for path in paths[:count]:
        data = path.read_bytes()
        out.append(gzip.decompress(data) if path.suffix == ".gz" else data)
    return out


def essayconv_round(pages: list[bytes]) -> float:
    import essayconv
    from essayconv.write.json_writer import to_dict

    start = time.process_time()
    for n, page in enumerate(pages):
        try:
            to_dict(essayconv.load(page, name=f"page{n}.html"))
        except essayconv.EssayconvError:
            pass
    return time.process_time() - start


def trafilatura_round(pages: list[bytes]) -> float:
    import trafilatura

    start = time.process_time()
    for page in pages:
        try:
            trafilatura.extract(page, output_format="json", with_metadata=True)
        except Exception:  # noqa: BLE001 - a failure is timed like a success
            pass
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--samples", action="store_true", help="the essay pages in samples/")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    pages = pages_of(args.corpus, args.pages, args.samples)
    essayconv_round(pages[:5]), trafilatura_round(pages[:5])  # imports and caches out of the timing
    ours, theirs = [], []
    for _ in range(args.rounds):
        ours.append(essayconv_round(pages))
        theirs.append(trafilatura_round(pages))
    ours_rate, theirs_rate = len(pages) / statistics.median(ours), len(pages) / statistics.median(theirs)
    label = "samples/" if args.samples else str(args.corpus)
    print(f"{len(pages)} pages of {label}, {args.rounds} alternating rounds, median CPU time")
    print(f"  essayconv   {ours_rate:7.1f} pages/CPU-s   ({1000 / ours_rate:.1f} ms/page)")
    print(f"  trafilatura {theirs_rate:7.1f} pages/CPU-s   ({1000 / theirs_rate:.1f} ms/page)")
    print(f"  ratio essayconv / trafilatura: {ours_rate / theirs_rate:.2f}x")


if __name__ == "__main__":
    main()
