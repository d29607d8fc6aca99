"""Accuracy against the golden JSONs in samples/, for essayconv and, on the same pages, trafilatura
and readability-lxml (`pip install 'essayconv[bench]'`). Pages that must be reported as holding no
essay come from tests/bad_inputs (bot walls, script-loaded previews).

Metrics (per page, then averaged):
  token P/R/F1     bag-of-words overlap of the essay text (body + references) with the golden text
  clutter leaked   pages where a golden removal (≥ 4 words) or a clutter marker shows up in the text
  title            exact title (case and spacing ignored)
  heading F1       headings found vs golden headings
  exact paragraphs golden paragraphs reproduced exactly as one block
  exact refs       golden reference entries reproduced exactly as one entry or line
  refs separated   the reference list kept out of the body
  gaps             the number of places the site hid text, exactly
  claimed words    the page's own word count, exactly
  no-essay         no-essay pages reported as such

Run by hand: `.venv/bin/python bench/accuracy.py [--write-doc]`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
NO_ESSAY = [ROOT / "tests" / "bad_inputs" / "files" / name for name in ("bot-wall.html", "script-preview.html")]
MARKERS = ["show more content", "More about", "Words3 Pages", "Cite this", "Disclaimer:", "Get Help With Your Essay",
           "Hire writer", "Related Documents", "Sign up to view", "Open Document", "Reference this", "We use cookies",
           "Table of Contents", "Download", "was written and submitted by your fellow student"]
WORD = re.compile(r"\w+")


@dataclass
class Output:
    """What a tool gave for a page, in the terms the metrics need."""

    title: str | None = None
    blocks: list[tuple[str, str]] = field(default_factory=list)  # (kind, text); kind: heading/paragraph/list/quote
    references: list[str] = field(default_factory=list)
    gaps: int = 0
    claimed_words: int | None = None
    no_essay: bool = False


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").strip()).casefold()


def from_golden(data: dict) -> Output:
    blocks = []
    for block in data["blocks"]:
        if block["type"] == "list":
            blocks.extend(("list", item) for item in block["items"])
        elif block["type"] != "gap":
            blocks.append((block["type"], block["text"]))
    refs = data["references"]["entries"] if data["references"] else []
    return Output(data["title"], blocks, refs, sum(b["type"] == "gap" for b in data["blocks"]),
                  data["metadata"]["claimed_words"])


def run_essayconv(path: Path) -> Output:
    import essayconv
    from essayconv.write.json_writer import to_dict

    try:
        return from_golden(to_dict(essayconv.load(path)))
    except essayconv.NoEssayError:
        return Output(no_essay=True)


def html_of(path: Path) -> str:
    """The page as HTML for tools that only read HTML: MHTML's HTML part, a text dump as <p> lines."""
    from essayconv.sources import read_page
    from essayconv.sources.encoding import decode_bytes
    from essayconv.sources.page import PageKind

    page = read_page(path)
    text, _ = decode_bytes(page.data, page.charset, sniff_meta=page.kind is PageKind.HTML)
    if page.kind is PageKind.TEXT:
        from html import escape

        return "<html><body>" + "".join(f"<p>{escape(line)}</p>" for line in text.splitlines() if line.strip()) + "</body></html>"
    return text


def _from_html_fragments(title: str | None, html: str) -> Output:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    blocks = []
    for tag in soup.find_all(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "head", "item", "quote"]):
        if tag.find(["p", "li", "item"]):
            continue
        text = re.sub(r"\s+", " ", tag.get_text(" ")).strip()
        if text:
            kind = "heading" if tag.name in ("h1", "h2", "h3", "h4", "h5", "h6", "head") else "paragraph"
            blocks.append((kind, text))
    words = sum(len(t.split()) for _, t in blocks)
    return Output(title, blocks, no_essay=words < 40)


def run_trafilatura(path: Path) -> Output:
    import trafilatura

    html = html_of(path)
    xml = trafilatura.extract(html, output_format="xml", include_comments=False, include_tables=False, with_metadata=True)
    if not xml:
        return Output(no_essay=True)
    title = re.search(r'<doc[^>]*\btitle="([^"]*)"', xml)
    from html import unescape

    return _from_html_fragments(unescape(title.group(1)) if title else None, xml)


def run_readability(path: Path) -> Output:
    from readability import Document

    try:
        document = Document(html_of(path))
        return _from_html_fragments(document.short_title(), document.summary(html_partial=True))
    except Exception:  # noqa: BLE001 - readability raises on pages it cannot parse
        return Output(no_essay=True)


TOOLS = {"essayconv": run_essayconv, "trafilatura": run_trafilatura, "readability": run_readability}


def _text(output: Output) -> str:
    return " ".join(t for _, t in output.blocks) + " " + " ".join(output.references)


def score(golden: Output, got: Output, removed: list[str]) -> dict[str, float]:
    want, have = Counter(w.casefold() for w in WORD.findall(_text(golden))), Counter(w.casefold() for w in WORD.findall(_text(got)))
    overlap = sum((want & have).values())
    precision = overlap / max(1, sum(have.values()))
    recall = overlap / max(1, sum(want.values()))
    text = _norm(_text(got))
    leaks = [r for r in removed if len(r.split()) >= 4 and _norm(r) in text] + [m for m in MARKERS if m.casefold() in text]
    heads_want = {_norm(t) for k, t in golden.blocks if k == "heading"}
    heads_have = {_norm(t) for k, t in got.blocks if k == "heading"}
    if heads_want or heads_have:
        hit = len(heads_want & heads_have)
        heading_f1 = 2 * hit / (len(heads_want) + len(heads_have))
    else:
        heading_f1 = 1.0
    paragraphs = [_norm(t) for k, t in golden.blocks if k == "paragraph"]
    blocks = {_norm(t) for _, t in got.blocks}
    entries = {_norm(t) for t in got.references} | blocks
    body = {_norm(t) for _, t in got.blocks}
    return {
        "precision": precision, "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "clean": float(not leaks),
        "title": float(_norm(golden.title) == _norm(got.title)),
        "heading_f1": heading_f1,
        "paragraphs": sum(p in blocks for p in paragraphs) / len(paragraphs) if paragraphs else 1.0,
        "references": sum(_norm(e) in entries for e in golden.references) / len(golden.references) if golden.references else 1.0,
        "separated": (float(all(_norm(e) not in body for e in golden.references) and bool(got.references))
                      if golden.references else 1.0),
        "gaps": float(golden.gaps == got.gaps),
        "claimed": float(golden.claimed_words == got.claimed_words),
    }


METRICS = [("f1", "token F1"), ("precision", "token precision"), ("recall", "token recall"), ("clean", "pages with no clutter leaked"),
           ("title", "title"), ("heading_f1", "heading F1"), ("paragraphs", "exact paragraphs"),
           ("references", "exact references"), ("separated", "references separated"), ("gaps", "gap count"),
           ("claimed", "claimed words"), ("no_essay", "no-essay detected")]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write-doc", action="store_true", help="rewrite the table in docs/accuracy.md")
    args = parser.parse_args()
    pages = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".html", ".txt", ".mhtml"))
    results: dict[str, dict[str, list[float]]] = {tool: {} for tool in TOOLS}
    per_page: list[tuple[str, dict[str, float]]] = []
    for page in pages:
        golden_data = json.loads(page.with_name(page.stem + ".expected.json").read_text("utf-8"))
        golden = from_golden(golden_data)
        removed = [r["text"] for r in golden_data["removed"] if r["kind"] not in ("outside-essay", "title")]
        row: dict[str, float] = {}
        for tool, run in TOOLS.items():
            scores = score(golden, run(page), removed)
            for key, value in scores.items():
                results[tool].setdefault(key, []).append(value)
            row[tool] = scores["f1"]
        per_page.append((page.name, row))
    for page in NO_ESSAY:
        for tool, run in TOOLS.items():
            results[tool].setdefault("no_essay", []).append(float(run(page).no_essay))
    lines = [f"| metric | {' | '.join(TOOLS)} |", "|---|" + "---|" * len(TOOLS)]
    for key, label in METRICS:
        cells = [sum(results[t][key]) / len(results[t][key]) for t in TOOLS]
        lines.append(f"| {label} | " + " | ".join(f"{c:.3f}" for c in cells) + " |")
    lines += ["", f"| page (token F1) | {' | '.join(TOOLS)} |", "|---|" + "---|" * len(TOOLS)]
    lines += [f"| {name} | " + " | ".join(f"{row[t]:.3f}" for t in TOOLS) + " |" for name, row in per_page]
    table = "\n".join(lines)
    print(f"{len(pages)} pages with an essay, {len(NO_ESSAY)} without\n")
    print(table)
    if args.write_doc:
        doc = ROOT / "docs" / "accuracy.md"
        text = doc.read_text("utf-8")
        start, end = text.index("<!-- table -->"), text.index("<!-- /table -->")
        doc.write_text(text[: start + len("<!-- table -->")] + "\n" + table + "\n" + text[end:], "utf-8")
        print(f"\nwrote {doc.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
