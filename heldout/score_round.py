"""Score essayconv (with and without site profiles), trafilatura and readability-lxml on a folder of
held-out pages against their hand-written truths (<folder>/truth/<name>.md, the format of
bench/scoring.py), once, at first contact.

    .venv/bin/python heldout/score_round.py heldout/round17

Truth files may carry one extra key that bench/scoring.py does not know, `claimed_pages: N` (the
page's own page count); it is read here, stripped before bench/scoring.read_truth sees the file, and
checked against essayconv's metadata.claimed_pages (the other tools report no page count).
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import accuracy  # noqa: E402
from scoring import Output, leaks, read_truth, score  # noqa: E402


def load_truth(path: Path) -> tuple[Output, int | None]:
    text = path.read_text("utf-8")
    head, sep, body = text.partition("\n---\n")
    pages = None
    kept = []
    for line in head.splitlines():
        if line.startswith("claimed_pages:"):
            pages = int(line.partition(":")[2])
        else:
            kept.append(line)
    with tempfile.NamedTemporaryFile("w", suffix=".md", delete=False, encoding="utf-8") as tmp:
        tmp.write("\n".join(kept) + sep + body)
    try:
        return read_truth(Path(tmp.name)), pages
    finally:
        Path(tmp.name).unlink()


def run_essayconv_full(path: Path, generic: bool) -> tuple[Output, int | None]:
    import essayconv
    from essayconv.write.json_writer import to_dict
    from scoring import from_json

    try:
        data = to_dict(essayconv.load(path, options=essayconv.Options(site_profiles=not generic)))
    except essayconv.NoEssayError:
        return Output(no_essay=True), None
    return from_json(data), data["metadata"]["claimed_pages"]


def fmt(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}".rstrip("0").rstrip(".") if x not in (0, 1) else str(int(x))


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "heldout/round17").resolve()
    pages = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix in accuracy.PAGE_SUFFIXES)
    tools = {
        "essayconv": lambda p: run_essayconv_full(p, False),
        "essayconv --generic": lambda p: run_essayconv_full(p, True),
        "trafilatura": lambda p: (accuracy.run_trafilatura(p), None),
        "readability": lambda p: (accuracy.run_readability(p), None),
    }
    header = ("| page | tool | token F1 | clutter leaked (which) | title (got) | heading F1 | exact paras | exact refs | "
              "gaps want/got | claimed words want/got | claimed pages want/got | no-essay |")
    rows = [header, "|" + "---|" * 12]
    totals: dict[str, dict[str, list[float]]] = {t: {} for t in tools}
    for page in pages:
        truth, want_pages = load_truth(folder / "truth" / (page.stem + ".md"))
        for tool, run in tools.items():
            got, got_pages = run(page)
            s = score(truth, got)
            if truth.no_essay:
                ok = float(got.no_essay)
                totals[tool].setdefault("no_essay", []).append(ok)
                words = sum(len(t.split()) for _, t in got.blocks)
                rows.append(f"| {page.name} | {tool} | | | {'' if got.no_essay else repr(got.title)} | | | | | | | "
                            f"{'yes ✓' if got.no_essay else f'no ✗ (converted, {words} words)'} |")
                continue
            leaked = [] if got.no_essay else leaks(truth, got)
            for key, value in s.items():
                totals[tool].setdefault(key, []).append(value)
            pages_cell = f"{want_pages}/{got_pages}" if tool.startswith("essayconv") else f"{want_pages}/n.a."
            if tool.startswith("essayconv"):
                totals[tool].setdefault("claimed_pages", []).append(float(want_pages == got_pages))
            if truth.claimed_words is not None:  # only pages that state a count
                totals[tool].setdefault("claimed_stated", []).append(float(truth.claimed_words == got.claimed_words))
            rows.append(
                f"| {page.name} | {tool} | {fmt(s['f1'])} | "
                + ("no" if not leaked else "YES: " + "; ".join(f"“{c}”" for c in leaked)) + " | "
                + ("✓" if s["title"] else f"✗ {got.title!r}") + f" | {fmt(s['heading_f1'])} | {fmt(s['paragraphs'])} | "
                f"{fmt(s['references'])} | {truth.gaps}/{got.gaps} | {truth.claimed_words}/{got.claimed_words} | {pages_cell} | "
                + ("reported no essay ✗" if got.no_essay else "") + " |")
    print(f"{len(pages)} pages in {folder.relative_to(ROOT)}\n")
    print("\n".join(rows))
    print("\n| metric | " + " | ".join(tools) + " |\n|---|" + "---|" * len(tools))
    for key, label in [("f1", "token F1"), ("clean", "no clutter leaked"), ("title", "title"), ("heading_f1", "heading F1"),
                       ("paragraphs", "exact paragraphs"), ("references", "exact references"), ("separated", "references separated"),
                       ("gaps", "gap count"), ("claimed", "claimed words (incl. pages stating none)"),
                       ("claimed_stated", "claimed words read, pages that state one"), ("claimed_pages", "claimed pages"),
                       ("no_essay", "no-essay detected")]:
        cells = []
        for tool in tools:
            vals = totals[tool].get(key)
            binary = key not in ("f1", "heading_f1", "paragraphs", "references")
            cells.append("n.a." if not vals else f"{sum(vals) / len(vals):.3f}"
                         + (f" ({int(sum(vals))}/{len(vals)})" if binary else ""))
        print(f"| {label} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
