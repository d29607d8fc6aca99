"""Score `essayconv batch` on held-out site folders (written by heldout/sites/generate.py) against their truths.

    /work/main/.venv/bin/python heldout/sites/score.py /work/corpora/sites-heldout            # page by page
    /work/main/.venv/bin/python heldout/sites/score.py /work/corpora/sites-heldout --learn    # + --learn-sites
    ... --extra-args "--learn-sites --some-option 3"    # any batch options, passed through as given
    ... --together      # one batch over all site folders at once (grouping must tell the sites apart)
    ... --details       # one line per page that leaked or lost paragraphs

Every site folder (a folder of page-NN.html with truth/page-NN.md) is converted with the essayconv batch
CLI (default: the `essayconv` script beside the running Python, on this checkout's src/; --cli for another) into a
scratch folder, each JSON output is read with bench/scoring.from_json and scored with bench/scoring.score
and leaks. A page whose truth says `no_essay` (a listing) is scored apart: recognised or converted. Per
site, over the essay pages: pages, pages with any clutter leaked (the truth's `clutter:` phrases and the
cross-site markers), exact-paragraph rate, word F1, title right, gaps and claimed words right. Markdown
on stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
from scoring import Output, from_json, leaks, read_truth, score


def run_batch(cli: list[str], inputs: list[Path], out: Path, extra: list[str], parallel: int) -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    cmd = [*cli, "batch", *map(str, inputs), "-o", str(out), "--force", "--quiet", "--parallel", str(parallel), *extra]
    done = subprocess.run(cmd, check=False, env=env, capture_output=True, text=True)
    # Exit 1 with a report written: some page failed or held no essay; such pages are scored as empty below.
    reported = "--report" in extra or (out / "essayconv-report.jsonl").exists()
    if done.returncode not in (0, 1) or not reported:
        sys.exit(f"essayconv batch failed ({done.returncode}): {shlex.join(cmd)}\n{done.stderr[-2000:]}")


def got_for(path: Path) -> Output:
    if not path.exists():
        return Output(no_essay=True)
    return from_json(json.loads(path.read_text("utf-8")))


def fmt(x: float) -> str:
    return f"{x:.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", type=Path, help="the folder generate.py wrote (one sub-folder per site)")
    ap.add_argument("--learn", action="store_true", help="add --learn-sites to the batch")
    ap.add_argument("--extra-args", default="", help="more batch options, one shell-quoted string")
    ap.add_argument("--cli", default=shlex.quote(str(Path(sys.executable).parent / "essayconv")),
                    help="the essayconv command (default: the one beside this Python, run on this checkout's src/)")
    ap.add_argument("--parallel", type=int, default=2)
    ap.add_argument("--together", action="store_true", help="one batch over all sites instead of one per site")
    ap.add_argument("--details", action="store_true", help="list the pages that leaked or missed paragraphs")
    ap.add_argument("--keep", type=Path, help="write the outputs here instead of a temporary folder")
    args = ap.parse_args()

    extra = (["--learn-sites"] if args.learn else []) + shlex.split(args.extra_args)
    cli = shlex.split(args.cli)
    sites = sorted(d for d in args.outdir.iterdir() if d.is_dir() and (d / "truth").is_dir())
    scratch = args.keep or Path(tempfile.mkdtemp(prefix="sites-score-"))
    if args.together:
        run_batch(cli, sites, scratch, extra, args.parallel)
    else:
        for site in sites:
            run_batch(cli, [site], scratch / site.name, extra, args.parallel)

    rows, details = [], []
    total: Counter = Counter()
    sums: dict[str, float] = Counter()
    no_essay_pages: list[tuple[str, bool]] = []  # (page, recognised): a site's listings and index pages
    for site in sites:
        n = leaked_pages = titles = gaps = claimed = 0
        paras = f1 = 0.0
        families: Counter = Counter()
        for truth_file in sorted((site / "truth").glob("page-*.md")):
            truth = read_truth(truth_file)
            got = got_for(scratch / site.name / (truth_file.stem + ".json"))
            if truth.no_essay:  # (scored apart: a page that holds no essay has no paragraphs to score)
                no_essay_pages.append((f"{site.name}/{truth_file.stem}", got.no_essay))
                if args.details and not got.no_essay:
                    details.append(f"| {site.name}/{truth_file.stem} | CONVERTED (holds no essay) | | |")
                continue
            s = score(truth, got)
            leaked = [] if got.no_essay else leaks(truth, got)
            n += 1
            leaked_pages += bool(leaked or got.no_essay)
            paras += s["paragraphs"]
            f1 += s["f1"]
            titles += int(s["title"])
            gaps += int(s["gaps"])
            claimed += int(s["claimed"])
            families.update(leaked)
            if leaked or s["paragraphs"] < 1 or got.no_essay:
                what = "NO ESSAY" if got.no_essay else "; ".join(f"“{c}”" for c in leaked) or "—"
                details.append(f"| {site.name}/{truth_file.stem} | {what} | {fmt(s['paragraphs'])} | {fmt(s['f1'])} |")
        rows.append(f"| {site.name} | {n} | {leaked_pages} | {fmt(paras / n)} | {fmt(f1 / n)} | {titles}/{n} | "
                    f"{gaps}/{n} | {claimed}/{n} |")
        total.update(pages=n, leaked=leaked_pages, titles=titles, gaps=gaps, claimed=claimed)
        sums["paras"] += paras
        sums["f1"] += f1
        if args.details and families:
            details.append(f"| {site.name} (all pages) | " + "; ".join(f"“{c}” ×{k}" for c, k in families.most_common()) + " | | |")
    n = total["pages"]
    print(f"essayconv batch {shlex.join(extra) or '(no extra options)'}" + (" — one batch over all sites" if args.together else
                                                                           " — one batch per site") + "\n")
    print("| site | pages | pages leaking clutter | exact paragraphs | word F1 | title right | gaps right | claimed words right |")
    print("|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    print(f"| **total** | {n} | {total['leaked']} | {fmt(sums['paras'] / n)} | {fmt(sums['f1'] / n)} | {total['titles']}/{n} | "
          f"{total['gaps']}/{n} | {total['claimed']}/{n} |")
    if no_essay_pages:
        print(f"\npages holding no essay (listings, index pages): {sum(ok for _, ok in no_essay_pages)} of "
              f"{len(no_essay_pages)} recognised as such")
    if args.details and details:
        print("\n| page | clutter leaked | exact paragraphs | word F1 |\n|---|---|---|---|")
        print("\n".join(details))


if __name__ == "__main__":
    main()
