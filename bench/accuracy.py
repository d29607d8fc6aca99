"""Accuracy against the hand-written truth files (samples/truth/*.md, see bench/scoring.py) for
essayconv and, on the same pages, trafilatura and readability-lxml (`pip install 'essayconv[bench]'`).
Pages that must be reported as holding no essay are samples whose truth says so, plus the bot walls
and script-loaded previews in tests/bad_inputs.

Metrics (per page, then averaged):
  token P/R/F1     bag-of-words overlap of the essay text (body + references) with the truth
  clutter leaked   pages where a truth clutter phrase or a cross-site marker shows up in the text
  title            exact title (case, spacing and quote style ignored)
  heading F1       headings found vs true headings
  exact paragraphs true paragraphs and block quotes reproduced exactly as one block
  exact refs       true reference entries reproduced exactly as one entry or line
  refs separated   the reference list kept out of the body
  gaps             the number of places the site hid text, exactly
  claimed words    the page's own word count, exactly
  no-essay         no-essay pages reported as such

Rows per page are grouped by the site family the truth names ("generic" = no profile), with a column
saying whether essayconv recognised it, so a profile change that hurts another site shows up there.
`--generic` runs essayconv with every site profile switched off, to show what the generic path does
alone on the same pages.

Run by hand: `.venv/bin/python bench/accuracy.py [--write-doc] [--generic]`.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scoring import Output, from_json, read_truth, score  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
TRUTH = SAMPLES / "truth"
NO_ESSAY = [ROOT / "tests" / "bad_inputs" / "files" / name for name in ("bot-wall.html", "script-preview.html")]
PAGE_SUFFIXES = (".html", ".htm", ".txt", ".mhtml", ".mht")
GENERIC = False  # set by --generic


def run_essayconv(path: Path) -> Output:
    import essayconv
    from essayconv.write.json_writer import to_dict

    try:
        return from_json(to_dict(essayconv.load(path, options=essayconv.Options(site_profiles=not GENERIC))))
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


METRICS = [("f1", "token F1"), ("precision", "token precision"), ("recall", "token recall"), ("clean", "pages with no clutter leaked"),
           ("title", "title"), ("heading_f1", "heading F1"), ("paragraphs", "exact paragraphs"),
           ("references", "exact references"), ("separated", "references separated"), ("gaps", "gap count"),
           ("claimed", "claimed words"), ("no_essay", "no-essay detected")]
ROW_METRICS = ("f1", "clean", "title", "heading_f1", "paragraphs", "references", "gaps")


def sample_pages() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.is_file() and p.suffix in PAGE_SUFFIXES)


def main() -> None:
    global GENERIC
    parser = argparse.ArgumentParser()
    parser.add_argument("--write-doc", action="store_true", help="rewrite the table in docs/accuracy.md")
    parser.add_argument("--generic", action="store_true", help="essayconv with every site profile switched off")
    args = parser.parse_args()
    GENERIC = args.generic
    results: dict[str, dict[str, list[float]]] = {tool: {} for tool in TOOLS}
    rows: list[tuple[str, str, str, dict[str, dict[str, float]]]] = []
    essay_pages = no_essay_pages = 0
    for page in sample_pages():
        truth = read_truth(TRUTH / (page.stem + ".md"))
        essay_pages += not truth.no_essay
        no_essay_pages += truth.no_essay
        row: dict[str, dict[str, float]] = {}
        recognised = ""
        for tool, run in TOOLS.items():
            got = run(page)
            if tool == "essayconv":
                recognised = "n/a" if truth.no_essay else ("yes" if got.site == truth.site else f"as {got.site or 'none'}")
            row[tool] = scores = score(truth, got)
            for key, value in scores.items():
                results[tool].setdefault(key, []).append(value)
        rows.append((truth.site or "generic", page.name, recognised, row))
    for page in NO_ESSAY:
        no_essay_pages += 1
        for tool, run in TOOLS.items():
            results[tool].setdefault("no_essay", []).append(float(run(page).no_essay))
    lines = [f"| metric | {' | '.join(TOOLS)} |", "|---|" + "---|" * len(TOOLS)]
    for key, label in METRICS:
        cells = [sum(results[t][key]) / len(results[t][key]) for t in TOOLS]
        lines.append(f"| {label} | " + " | ".join(f"{c:.3f}" for c in cells) + " |")
    lines += ["", "Per page, grouped by site family: token F1 / clean / title / heading F1 / exact paragraphs / "
              "exact references / gaps, each tool in turn; `site?` says whether essayconv recognised the family.", "",
              f"| site | page | site? | {' | '.join(TOOLS)} |", "|---|---|---|" + "---|" * len(TOOLS)]
    for site, name, recognised, row in sorted(rows):
        cells = []
        for tool in TOOLS:
            scores = row[tool]
            cells.append(f"no-essay {'✓' if scores['no_essay'] else '✗'}" if "no_essay" in scores and len(scores) == 1
                         else " / ".join(f"{scores[k]:.2f}".rstrip("0").rstrip(".") for k in ROW_METRICS))
        lines.append(f"| {site} | {name} | {recognised} | " + " | ".join(cells) + " |")
    table = "\n".join(lines)
    print(f"{essay_pages} pages with an essay, {no_essay_pages} without" + (" (essayconv: generic path only)" if GENERIC else "") + "\n")
    print(table)
    if args.write_doc:
        doc = ROOT / "docs" / "accuracy.md"
        text = doc.read_text("utf-8")
        start, end = text.index("<!-- table -->"), text.index("<!-- /table -->")
        doc.write_text(text[: start + len("<!-- table -->")] + "\n" + table + "\n" + text[end:], "utf-8")
        print(f"\nwrote {doc.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
