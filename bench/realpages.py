"""essayconv, trafilatura and readability-lxml on real web pages nobody here wrote.

Corpora (read from where they lie; the pages are never copied into the repository):
  wcxb:PATH         WCXB, the Web Content eXtraction Benchmark (dev split, CC-BY-4.0): html/NNNN.html.gz
                    and ground-truth/NNNN.json with `main_content`, `with` and `without` snippets.
                    Default: ../shared/corpora/wcxb-dev beside the checkout.
  readability:PATH  mozilla/readability's test/test-pages/ (source.html + expected.html per folder);
                    the expected article's text is the truth, no snippets.
  regression:PATH   the committed regression set (tests/realpages/): page.html + page.truth.json.

Metrics, as WCXB scores them: word-level precision/recall/F1 over lower-cased `\\w+` tokens (bags of
words); the share of `with` snippets found (must keep) and of `without` snippets found (boilerplate
leaked). A page where a system writes nothing (or essayconv says "no essay") while the truth holds
≥ 100 words is counted apart as "empty" and scores F1 0. Results per corpus and per page type.

Essay output is the body and the reference list (`txt` without the title line), so it is compared
on the same footing as trafilatura's and readability's text (neither prints the title).

Run:  .venv/bin/python bench/realpages.py [--corpus wcxb:PATH ...] [--types article] [--limit N]
          [--systems essayconv,trafilatura,readability] [--jobs 2] [--save out.json] [--worst 20]
Needs the bench extras for the baselines: `pip install -e '.[bench]'`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import signal
import statistics
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_WCXB = ROOT.parent / "shared" / "corpora" / "wcxb-dev"
EMPTY_TRUTH_WORDS = 100  # a page "has an article" when its truth holds at least this many words
PAGE_SECONDS = 60  # a system that takes longer on one page is counted as writing nothing there
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class RealPage:
    corpus: str
    key: str
    page_type: str
    path: str
    truth: str
    with_snippets: tuple[str, ...] = ()
    without_snippets: tuple[str, ...] = ()


def _wcxb(path: Path) -> list[RealPage]:
    pages = []
    for truth_file in sorted((path / "ground-truth").glob("*.json")):
        data = json.loads(truth_file.read_text("utf-8"))
        truth = data.get("ground_truth", {})
        if "main_content" not in truth:
            continue
        pages.append(RealPage("wcxb", truth_file.stem, data.get("_internal", {}).get("page_type", {}).get("primary", "?"),
                              str(path / "html" / f"{truth_file.stem}.html.gz"), truth["main_content"] or "",
                              tuple(truth.get("with") or ()), tuple(truth.get("without") or ())))
    return pages


def _readability(path: Path) -> list[RealPage]:
    from lxml import html as lxml_html

    pages = []
    for folder in sorted(p for p in path.iterdir() if (p / "source.html").is_file()):
        expected = (folder / "expected.html").read_bytes()
        truth = lxml_html.fromstring(expected).text_content() if expected.strip() else ""
        # a few dozen are synthetic tests of one parsing detail, written in lorem ipsum: essayconv
        # reads placeholder Latin as the filler a site shows over hidden text, so they are apart
        kind = "lorem-ipsum" if "lorem ipsum" in truth.lower() else \
            "tiny" if sum(words(truth).values()) < EMPTY_TRUTH_WORDS else "article"
        pages.append(RealPage("readability", folder.name, kind, str(folder / "source.html"), truth))
    return pages


def _regression(path: Path) -> list[RealPage]:
    pages = []
    for truth_file in sorted(path.glob("*.truth.json")):
        data = json.loads(truth_file.read_text("utf-8"))
        page = truth_file.with_name(truth_file.name.replace(".truth.json", ".html"))
        pages.append(RealPage("regression", page.stem, data.get("page_type", "article"), str(page), data["main_content"],
                              tuple(data.get("with", ())), tuple(data.get("without", ()))))
    return pages


READERS = {"wcxb": _wcxb, "readability": _readability, "regression": _regression}


def page_bytes(page: RealPage) -> bytes:
    data = Path(page.path).read_bytes()
    return gzip.decompress(data) if page.path.endswith(".gz") else data


# ---------------------------------------------------------------- systems

def run_essayconv(data: bytes, name: str) -> tuple[str, str]:
    """(text, note): the essay's body and references as plain text, or "" and why not."""
    import essayconv
    from essayconv.model import Gap, block_text, plain_text

    try:
        document = essayconv.load(data, name=name)
    except essayconv.NoEssayError as error:
        return "", f"no-essay: {error}"
    except essayconv.EssayconvError as error:
        return "", f"error: {error}"
    parts = [block_text(b) for b in document.blocks if not isinstance(b, Gap)]  # gap notes are ours, not the page's
    if document.references:
        parts += [document.references.heading, *(plain_text(e) for e in document.references.entries)]
    return "\n\n".join(parts), ""


def run_trafilatura(data: bytes, name: str) -> tuple[str, str]:
    import trafilatura

    return trafilatura.extract(data, output_format="txt") or "", ""


def run_readability(data: bytes, name: str) -> tuple[str, str]:
    from lxml import html as lxml_html
    from readability import Document

    summary = Document(data).summary(html_partial=True)
    return lxml_html.fromstring(summary).text_content() if summary.strip() else "", ""


SYSTEMS = {"essayconv": run_essayconv, "trafilatura": run_trafilatura, "readability": run_readability}


# ---------------------------------------------------------------- scoring

def words(text: str) -> Counter[str]:
    return Counter(w.lower() for w in _WORD.findall(text))


def word_prf(output: str, truth: str) -> tuple[float, float, float]:
    got, want = words(output), words(truth)
    if not got or not want:
        return (0.0, 0.0, 0.0) if got or want else (1.0, 1.0, 1.0)
    common = sum((got & want).values())
    precision, recall = common / sum(got.values()), common / sum(want.values())
    return precision, recall, (2 * precision * recall / (precision + recall) if common else 0.0)


def _squash(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def snippet_rate(output: str, snippets: tuple[str, ...]) -> float | None:
    """The share of snippets found in the output, compared on words only (punctuation and spacing
    differ between extractors and say nothing about what was kept)."""
    if not snippets:
        return None
    squashed = _squash(output)
    return sum(_squash(s) in squashed for s in snippets if _squash(s)) / len(snippets)


def _timeout(signum, frame):  # noqa: ANN001
    raise TimeoutError


def score_page(job: tuple[RealPage, str]) -> dict:
    page, system = job
    signal.signal(signal.SIGALRM, _timeout)
    signal.alarm(PAGE_SECONDS)
    try:
        output, note = SYSTEMS[system](page_bytes(page), page.path)
    except TimeoutError:
        output, note = "", "timeout"
    except Exception as error:  # a baseline's own crash counts as writing nothing
        output, note = "", f"crash: {type(error).__name__}: {error}"[:200]
    finally:
        signal.alarm(0)
    precision, recall, f1 = word_prf(output, page.truth)
    truth_words = sum(words(page.truth).values())
    return {"corpus": page.corpus, "key": page.key, "type": page.page_type, "system": system,
            "p": precision, "r": recall, "f1": f1, "words": sum(words(output).values()), "truth_words": truth_words,
            "empty": truth_words >= EMPTY_TRUTH_WORDS and not output.strip(), "note": note,
            "with": snippet_rate(output, page.with_snippets), "without": snippet_rate(output, page.without_snippets)}


def _mean(values: list[float]) -> float:
    return statistics.fmean(values) if values else float("nan")


def summarise(rows: list[dict], systems: list[str]) -> str:
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in rows:
        groups[(row["corpus"], row["type"])].append(row)
        groups[(row["corpus"], "ALL")].append(row)
    lines = ["| corpus | type | pages | system | word P | word R | word F1 | empty | with kept | without leaked |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for (corpus, page_type), group in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1] != "ALL", kv[0][1])):
        for system in systems:
            mine = [r for r in group if r["system"] == system]
            if not mine:
                continue
            with_rates = [r["with"] for r in mine if r["with"] is not None]
            without_rates = [r["without"] for r in mine if r["without"] is not None]
            lines.append(f"| {corpus} | {page_type} | {len(mine)} | {system} | {_mean([r['p'] for r in mine]):.3f} | "
                         f"{_mean([r['r'] for r in mine]):.3f} | {_mean([r['f1'] for r in mine]):.3f} | "
                         f"{sum(r['empty'] for r in mine)} | {_mean(with_rates):.3f} | {_mean(without_rates):.3f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", action="append", metavar="KIND:PATH",
                        help=f"wcxb:PATH, readability:PATH or regression:PATH (default wcxb:{DEFAULT_WCXB})")
    parser.add_argument("--types", help="only these page types, comma-separated (article, forum, …)")
    parser.add_argument("--limit", type=int, help="only the first N pages of each corpus")
    parser.add_argument("--keys", help="only these page keys, comma-separated")
    parser.add_argument("--systems", default="essayconv,trafilatura,readability")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--save", metavar="FILE", help="write every per-page row as JSON")
    parser.add_argument("--worst", type=int, default=0, help="list the N pages where essayconv trails most")
    parser.add_argument("--against", metavar="FILE",
                        help="rows saved by an earlier --save: their other systems (and essayconv as 'before') join the table")
    args = parser.parse_args(argv)
    systems = args.systems.split(",")
    pages: list[RealPage] = []
    for spec in args.corpus or [f"wcxb:{DEFAULT_WCXB}"]:
        kind, _, path = spec.partition(":")
        found = READERS[kind](Path(path))
        if args.types:
            found = [p for p in found if p.page_type in args.types.split(",")]
        if args.keys:
            found = [p for p in found if p.key in args.keys.split(",")]
        pages.extend(found[: args.limit] if args.limit else found)
    # interleaved: each page's systems run side by side, so machine noise hits them alike
    jobs = [(page, system) for page in pages for system in systems]
    with get_context("fork").Pool(args.jobs, maxtasksperchild=200) as pool:
        rows = list(pool.imap(score_page, jobs, chunksize=4))
    if args.against:
        wanted = {(r["corpus"], r["key"]) for r in rows}
        for row in json.loads(Path(args.against).read_text("utf-8")):
            if (row["corpus"], row["key"]) in wanted and row["system"] not in systems:
                rows.append(row)
            elif (row["corpus"], row["key"]) in wanted and row["system"] == "essayconv":
                rows.append({**row, "system": "essayconv-before"})
        systems += sorted({r["system"] for r in rows} - set(systems))
    print(summarise(rows, systems))
    if args.save:
        Path(args.save).write_text(json.dumps(rows, indent=1), "utf-8")
    if args.worst:
        by_page: dict[tuple[str, str], dict[str, dict]] = defaultdict(dict)
        for row in rows:
            by_page[(row["corpus"], row["key"])][row["system"]] = row
        best_other = lambda r: max((v["f1"] for k, v in r.items() if k != "essayconv"), default=0.0)  # noqa: E731
        trailing = sorted((best_other(r) - r["essayconv"]["f1"], key, r["essayconv"]) for key, r in by_page.items()
                          if "essayconv" in r)
        for gap, key, row in trailing[::-1][: args.worst]:
            print(f"{gap:+.2f} {key[0]}/{key[1]} {row['type']} f1={row['f1']:.2f} p={row['p']:.2f} r={row['r']:.2f} "
                  f"{row['note'][:90]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
