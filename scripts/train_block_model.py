"""Train the learned block votes (src/essayconv/extract/html/blocks_model.py) on real pages.

    PYTHONPATH=src python scripts/train_block_model.py collect ../shared/corpora/wcxb-dev blocks.jsonl
    PYTHONPATH=src python scripts/train_block_model.py train blocks.jsonl src/essayconv/data/block_model.json
    PYTHONPATH=src python scripts/train_block_model.py all ../shared/corpora/wcxb-dev src/essayconv/data/block_model.json

`collect` runs essayconv on every page of a WCXB-layout corpus (html/NNNN.html[.gz] and
ground-truth/NNNN.json with `main_content`) with the vote switched off, and writes one line per
text block of the container the rules chose: the page, its split, the block's features and its
label (is the block's text in the page's main content?). `train` fits a logistic regression
(Newton's method, L2, pure Python, so it runs where essayconv runs and gives the same bytes every
time) on the `train` split and writes the model.

Splits (fixed, by the page's id): WCXB pages with an EVEN id are held out for measurement elsewhere
and are never trained on (`heldout`); of the odd ids, those whose SHA-1 falls in the first fifth are
the validation slice (`validation`), the rest `train`.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
import re
import sys
from multiprocessing import get_context
from pathlib import Path

_WORD = re.compile(r"\w+")
SHINGLE = 3
"""Blocks of this many words or more are labelled by their word 3-grams found in the truth; shorter
ones by their words found together in it."""
CONTENT_SHARE = 0.5
"""A block is content when at least this share of its 3-grams is in the page's main content."""
L2 = 1.0
"""Ridge penalty on the standardised weights: keeps the rarer class-name families from fitting a
handful of sites."""
NEWTON_STEPS = 12
DIGITS = 6
"""Significant digits kept in the model file: enough for the probabilities, and the same bytes on
every run."""


# ---------------------------------------------------------------- splits and labels

def split_of(key: str) -> str:
    """`heldout` for even ids (never trained on), `validation` for a fixed fifth of the odd ones."""
    number = int(re.sub(r"\D", "", key) or 0)
    if number % 2 == 0:
        return "heldout"
    return "validation" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 5 == 0 else "train"


def _tokens(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def truth_index(truth: str) -> tuple[str, frozenset[tuple[str, ...]]]:
    tokens = _tokens(truth)
    return " " + " ".join(tokens) + " ", frozenset(zip(*(tokens[i:] for i in range(SHINGLE))))


def is_content(text: str, index: tuple[str, frozenset[tuple[str, ...]]]) -> bool:
    squashed, shingles = index
    tokens = _tokens(text)
    if not tokens:
        return False
    if len(tokens) < SHINGLE + 1:
        return f" {' '.join(tokens)} " in squashed
    grams = list(zip(*(tokens[i:] for i in range(SHINGLE))))
    return sum(g in shingles for g in grams) >= CONTENT_SHARE * len(grams)


# ---------------------------------------------------------------- collecting blocks

def _page_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def corpus_pages(corpus: Path) -> list[tuple[str, Path, Path]]:
    """(key, html, truth) for every page of a WCXB-layout corpus, in key order."""
    pages = []
    for truth in sorted((corpus / "ground-truth").glob("*.json")):
        for suffix in (".html.gz", ".html"):
            html = corpus / "html" / f"{truth.stem}{suffix}"
            if html.is_file():
                pages.append((truth.stem, html, truth))
                break
    return pages


def page_blocks(job: tuple[str, str, str, str]) -> list[dict]:
    """The blocks of the container essayconv's rules chose on one page (the vote off), and the
    elements beside it, labelled; each row says which model it trains ("edge" or "beside")."""
    import essayconv
    from essayconv.extract.html import block_features, ladder
    from essayconv.extract.html.walk import text_layer_lines

    key, html, truth, split = job
    edges: list[list] = []
    besides: list[list] = []

    def record(root, rules, stats, undo=None):  # noqa: ANN001, ANN202 - stands in for extend_container
        # the edge model's blocks are the container's, as the rules chose it (text layers, read by
        # the line reader, have no blocks to vote on)
        if text_layer_lines(root, rules.tuning) is None:
            edges.append(block_features.block_views(root, rules, stats))
        besides.append(block_features.segment_views(root, rules, stats))
        return root

    ladder.extend_container = record
    try:
        document = essayconv.load(_page_bytes(Path(html)), name=key)
    except essayconv.EssayconvError:
        return []
    if not edges or not truth.strip():
        return []
    # the votes act on the ladder's strict pass only (the fallbacks stay the rules'): a page the
    # ladder answered from a later rung has nothing to teach them
    if not document.metadata.finder.startswith(ladder.RUNGS[0].name + ":"):
        return []
    index = truth_index(truth)
    rows = []
    for model, recorded in (("edge", edges), ("beside", besides)):
        views = recorded[0] if recorded else []
        rows += [{"model": model, "key": key, "split": split, "i": i, "n": len(views), "words": v.words,
                  "level": getattr(v, "level", 0), "label": int(is_content(v.text, index)),
                  "features": [round(f, 6) for f in v.features], "text": v.text}
                 for i, v in enumerate(views)]
    return rows


def wcxb_jobs(corpus: Path) -> list[tuple[str, str, str, str]]:
    """(key, page, truth text, split) for a WCXB-layout corpus; held-out pages are never read here,
    so their blocks cannot reach training by any path."""
    jobs = []
    for key, html, truth_path in corpus_pages(corpus):
        if split_of(key) == "heldout":
            continue
        truth = json.loads(truth_path.read_text("utf-8")).get("ground_truth", {}).get("main_content") or ""
        jobs.append((key, str(html), truth, split_of(key)))
    return jobs


def samples_jobs(samples: Path) -> list[tuple[str, str, str, str]]:
    """The essay pages of samples/ with their hand-written truths (body and references): the pages
    essayconv is for, so the votes learn what an essay site's furniture looks like. All train."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from scoring import _text, read_truth

    jobs = []
    for page in sorted(samples.glob("*.html")):
        truth_file = samples / "truth" / f"{page.stem}.md"
        if truth_file.is_file():
            truth = read_truth(truth_file)
            if not truth.no_essay:
                jobs.append((f"samples/{page.stem}", str(page), _text(truth), "train"))
    return jobs


def collect(corpus: Path, out: Path, jobs: int = 2, samples: Path | None = None) -> int:
    jobs_list = wcxb_jobs(corpus) + (samples_jobs(samples) if samples else [])
    rows = 0
    with out.open("w", encoding="utf-8") as sink, get_context("fork").Pool(jobs, maxtasksperchild=100) as pool:
        for blocks in pool.imap(page_blocks, jobs_list, chunksize=4):
            for block in blocks:
                sink.write(json.dumps(block, ensure_ascii=False, sort_keys=True) + "\n")
                rows += 1
    return rows


# ---------------------------------------------------------------- training

def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the Newton step; the matrix is small)."""
    n = len(vector)
    a = [row[:] + [vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for row in range(col + 1, n):
            factor = a[row][col] / a[col][col]
            if factor:
                for k in range(col, n + 1):
                    a[row][k] -= factor * a[col][k]
    x = [0.0] * n
    for row in range(n - 1, -1, -1):
        x[row] = (a[row][n] - math.fsum(a[row][k] * x[k] for k in range(row + 1, n))) / a[row][row]
    return x


def sample_weight(words: int) -> float:
    """WCXB scores words, so a long block weighs more — by its square root, so that one long article
    does not outweigh the many short furniture lines the vote is about."""
    return math.sqrt(max(words, 1))


def fit(rows: list[dict], names: tuple[str, ...]) -> dict:
    """L2 logistic regression on standardised features by Newton's method; the standardisation is
    folded back so that the model file scores raw features."""
    d = len(names)
    if not rows:  # nothing to learn from: a model that says "content" to nothing and everything alike
        return {"weights": {name: 0.0 for name in names}, "bias": 0.0}
    xs = [r["features"] for r in rows]
    ys = [r["label"] for r in rows]
    ws = [sample_weight(r["words"]) for r in rows]
    total = math.fsum(ws)
    mean = [math.fsum(w * x[j] for x, w in zip(xs, ws)) / total for j in range(d)]
    scale = [math.sqrt(math.fsum(w * (x[j] - mean[j]) ** 2 for x, w in zip(xs, ws)) / total) or 1.0 for j in range(d)]
    zs = [[(x[j] - mean[j]) / scale[j] for j in range(d)] + [1.0] for x in xs]
    beta = [0.0] * (d + 1)
    for _ in range(NEWTON_STEPS):
        grad = [0.0] * (d + 1)
        hess = [[0.0] * (d + 1) for _ in range(d + 1)]
        for z, y, w in zip(zs, ys, ws):
            t = max(-60.0, min(60.0, sum(b * v for b, v in zip(beta, z))))
            p = 1.0 / (1.0 + math.exp(-t))
            g, h = w * (p - y), w * p * (1 - p)
            for j in range(d + 1):
                zj = z[j]
                grad[j] += g * zj
                hz = h * zj
                row = hess[j]
                for k in range(j, d + 1):
                    row[k] += hz * z[k]
        for j in range(d + 1):
            for k in range(j):
                hess[j][k] = hess[k][j]
            if j < d:  # no penalty on the intercept
                grad[j] += L2 * beta[j]
                hess[j][j] += L2
        step = _solve(hess, grad)
        beta = [b - s for b, s in zip(beta, step)]
        if max(abs(s) for s in step) < 1e-9:
            break
    weights = {name: beta[j] / scale[j] for j, name in enumerate(names)}
    bias = beta[d] - math.fsum(beta[j] * mean[j] / scale[j] for j in range(d))
    return {"weights": weights, "bias": bias}


def _round(value: float) -> float:
    return float(f"{value:.{DIGITS}g}")


def model_json(parts: dict[str, tuple[dict, tuple[str, ...], str]]) -> str:
    from essayconv.extract.html.blocks_model import SCHEMA

    models = {part: {"trained_on": note, "features": list(names), "bias": _round(fitted["bias"]),
                     "weights": {n: _round(fitted["weights"][n]) for n in names}}
              for part, (fitted, names, note) in parts.items()}
    return json.dumps({"schema": SCHEMA, "models": models}, indent=1, ensure_ascii=False) + "\n"


def read_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def train(blocks: Path, out: Path) -> None:
    from essayconv.extract.html.block_features import FEATURES, SEGMENT_FEATURES

    rows = [r for r in read_rows(blocks) if r["split"] == "train"]
    parts = {}
    for part, names in (("edge", FEATURES), ("beside", SEGMENT_FEATURES)):
        mine = [r for r in rows if r["model"] == part]
        note = (f"{len({r['key'] for r in mine})} pages, {len(mine)} elements (odd ids outside the validation fifth); "
                f"labels from main_content 3-grams")
        parts[part] = (fit(mine, names), names, note)
    out.write_text(model_json(parts), "utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("collect")
    c.add_argument("corpus", type=Path)
    c.add_argument("blocks", type=Path)
    c.add_argument("--jobs", type=int, default=2)
    c.add_argument("--samples", type=Path, help="also the essay pages of this samples/ folder (with truth/)")
    t = sub.add_parser("train")
    t.add_argument("blocks", type=Path)
    t.add_argument("model", type=Path)
    a = sub.add_parser("all")
    a.add_argument("corpus", type=Path)
    a.add_argument("model", type=Path)
    a.add_argument("--blocks", type=Path, default=Path("block_rows.jsonl"))
    a.add_argument("--jobs", type=int, default=2)
    a.add_argument("--samples", type=Path, help="also the essay pages of this samples/ folder (with truth/)")
    args = parser.parse_args(argv)
    if args.command in ("collect", "all"):
        count = collect(args.corpus, args.blocks, args.jobs, args.samples)
        print(f"{count} blocks", file=sys.stderr)
    if args.command in ("train", "all"):
        train(args.blocks, args.model)
    return 0


if __name__ == "__main__":
    sys.exit(main())
