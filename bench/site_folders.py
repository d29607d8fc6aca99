"""Folders of pages from four invented essay sites, for site learning (issue 13): each site keeps
its template (banners, share bars, author box, related sidebar, disclaimer, in-body call to action)
while the essay changes. Deterministic (seeded); writes pages and truth files (bench/scoring.py's
format) under the directory given:

    OUT/pages/<site>/<site>-NN.html      OUT/truth/<site>/<site>-NN.md

Essay bodies are real article texts from the WCXB development ground truth (CC-BY-4.0), odd file
ids only (even ids are kept for the held-out site folders).

Run: `python bench/site_folders.py OUT [--pages 18] [--seed 13] [--sites a,b]`. `make_site` is also
imported by the tests (small folders) and by bench/site_learning.py (large ones for timing).
"""

from __future__ import annotations

import argparse
import ast
import html
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoring import MARKERS  # noqa: E402 - bench/ is the script's folder

WCXB = Path("/work/shared/corpora/wcxb-dev")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


@dataclass(frozen=True)
class Essay:
    title: str
    blocks: tuple[tuple[str, str], ...]
    """("h", text) or ("p", text)."""

    @property
    def words(self) -> int:
        return sum(len(re.findall(r"\w+", t)) for _, t in self.blocks)


def _is_heading(text: str) -> bool:
    return len(text.split()) <= 10 and not re.search(r"[.!?:;,\"”)]$", text)


def load_essays(limit: int | None = None, root: Path = WCXB) -> list[Essay]:
    """Article texts with odd WCXB ids, 6-25 paragraphs and 300-1800 words, in id order."""
    files = json.loads((root / "metadata.json").read_text("utf-8"))["files"]
    essays = []
    for path in sorted((root / "ground-truth").glob("*.json")):
        fid = path.stem
        if int(fid) % 2 == 0 or files.get(fid, {}).get("page_type") != "article":
            continue
        truth = json.loads(path.read_text("utf-8"))["ground_truth"]
        if isinstance(truth, str):
            truth = ast.literal_eval(truth)
        text = truth.get("main_content") or ""
        parts = [re.sub(r"\s+", " ", p).strip() for p in text.split("\n\n") if p.strip()]
        # keep prose: no list bullets, tables or very short fragments that a site would not print alone
        parts = [p for p in parts if not re.match(r"^(?:[-•*|]|\d+[.)]\s)", p) and len(p.split()) >= 3]
        blocks = tuple(("h" if _is_heading(p) else "p", p) for p in parts)
        blocks = tuple(b for i, b in enumerate(blocks) if b[0] == "p" or (i + 1 < len(blocks) and blocks[i + 1][0] == "p"))
        words = sum(len(t.split()) for _, t in blocks)
        paragraphs = sum(k == "p" for k, _ in blocks)
        title = re.sub(r"\s+", " ", truth.get("title") or "").strip()
        if any(marker.casefold() in " ".join(t for _, t in blocks).casefold() for marker in MARKERS):
            continue
        if title and 6 <= paragraphs <= 25 and 300 <= words <= 1800 and blocks[0][0] == "p":
            essays.append(Essay(title, blocks))
        if limit and len(essays) >= limit:
            break
    return essays


def _date(rng: random.Random) -> str:
    return f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2016, 2024)}"


def _number(rng: random.Random, low: int, high: int) -> str:
    return f"{rng.randint(low, high):,}"


def _body(essay: Essay, cta_after: int | None = None, cta: str = "") -> str:
    out = []
    for i, (kind, text) in enumerate(essay.blocks):
        out.append(f"<h2>{html.escape(text)}</h2>" if kind == "h" else f"<p>{html.escape(text)}</p>")
        if cta_after is not None and i == cta_after:
            out.append(cta)
    return "\n".join(out)


def _head(title: str, url: str | None, extra: str = "") -> str:
    link = f'<link rel="canonical" href="{url}">' if url else ""
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
            f"{link}{extra}</head>")


# ---------------------------------------------------------------- the four layouts

def layout_banner(essay: Essay, n: int, rng: random.Random, others: list[Essay]) -> tuple[str, list[str], dict]:
    """Brightpaper: canonical URL; a header banner "N Words · N Pages"; a facts strip with a date
    and views; a "Sample No." line; a promo box and footer after the essay."""
    slug = re.sub(r"[^a-z0-9]+", "-", essay.title.lower()).strip("-")[:60]
    url = f"https://www.brightpaper-scholars.net/samples/{slug}-{1000 + n}"
    pages = max(1, round(essay.words / 275))
    facts = f"Sample No. {rng.randint(1000, 99999)} · Filed {_date(rng)} · {_number(rng, 120, 9000)} readers"
    page = f"""{_head(essay.title + ' | Brightpaper Scholars', url)}
<body><div class="bp-top"><a class="bp-logo" href="/">Brightpaper Scholars</a>
<ul class="bp-menu"><li><a href="/samples">Samples</a></li><li><a href="/topics">Topics</a></li><li><a href="/mentors">Mentors</a></li></ul></div>
<main class="bp-main"><div class="bp-sheet">
<h1 class="bp-title">{html.escape(essay.title)}</h1>
<div class="bp-text">
<p>{essay.words} Words · {pages} Pages</p>
<p>{facts}</p>
{_body(essay)}
<p><b>Stuck on a similar assignment?</b></p><p>Brightpaper mentors turn rough drafts into clear papers overnight, and every one of them has taught the course you are taking.</p><p><a href="/mentors">Talk to a mentor</a></p>
</div>
</div></main>
<div class="bp-foot"><p>© Brightpaper Scholars. Samples are for research and reference only.</p></div></body></html>"""
    clutter = ["Brightpaper Scholars", "Words · ", "Sample No.", "Stuck on a similar assignment", "Talk to a mentor",
               "turn rough drafts into clear papers", facts]
    return page, clutter, {"claimed_words": essay.words, "claimed_pages": pages}


def layout_blog(essay: Essay, n: int, rng: random.Random, others: list[Essay]) -> tuple[str, list[str], dict]:
    """Inkwell: a blog with og:url, a date and comment count, a share bar before and after the
    essay, an author box and a newsletter line."""
    slug = re.sub(r"[^a-z0-9]+", "-", essay.title.lower()).strip("-")[:60]
    url = f"https://inkwell-notebook.org/{rng.randint(2016, 2024)}/{slug}/"
    meta = f"Posted on {_date(rng)} by Mara Quill · {rng.randint(0, 80)} comments"
    category = rng.choice(("Culture", "Work life", "Everyday science", "Travel notes", "Food", "Money matters"))
    share = ('<p>Pass it on: <a href="#">Facebook</a> · <a href="#">Reddit</a> · '
             '<a href="#">Pinterest</a> · <a href="#">Email</a></p>')
    page = f"""{_head(essay.title + ' — Inkwell Notebook', None, f'<meta property="og:url" content="{url}">')}
<body class="post-template"><header class="iw-head"><div class="iw-brand">Inkwell Notebook</div>
<nav class="iw-nav"><a href="/">Home</a> <a href="/essays">Essays</a> <a href="/about">About</a></nav></header>
<div class="iw-wrap"><article class="iw-post">
<h1 class="iw-post-title">{html.escape(essay.title)}</h1>
<div class="iw-post-content">
<p><em>{meta}</em></p>
{share}
{_body(essay)}
{share}
<p>Kept in: {category}</p>
<h4>About Mara Quill</h4><p>Mara Quill keeps this notebook of long reads on culture, work and everyday science, and answers every letter readers send her, usually within the week.</p>
<p>Get the next long read in your inbox every Sunday morning.</p>
</div>
</article></div>
<footer class="iw-foot">Inkwell Notebook · Made with care since 2014</footer></body></html>"""
    clutter = ["Pass it on", "Mara Quill", meta, "Get the next long read", "Inkwell Notebook", f"Kept in: {category}"]
    return page, clutter, {}


def layout_sidebar(essay: Essay, n: int, rng: random.Random, others: list[Essay]) -> tuple[str, list[str], dict]:
    """Essayloft: no URL at all; a sidebar of related essays whose titles change per page, with
    excerpts; a date and view counter; a breadcrumb."""
    dates = f"Added {_date(rng)} · Viewed {_number(rng, 50, 40000)} times"
    related = rng.sample([o for o in others if o.title != essay.title], k=min(4, len(others) - 1))
    cards = "\n".join(
        f'<p><a href="/e/{rng.randint(100, 999)}">{html.escape(o.title)}</a> — '
        f'{html.escape(" ".join(o.blocks[0][1].split()[:24]))}…</p>'
        for o in related)
    page = f"""{_head(essay.title + ' - Essayloft', None)}
<body><div id="el-page"><div class="el-crumbs"><a href="/">Essayloft</a> › <a href="/c/{rng.randint(1, 40)}">Library</a> › Essay</div>
<div class="el-columns"><div class="el-left">
<h1>{html.escape(essay.title)}</h1>
<div class="el-essay">
<p>{dates}</p>
{_body(essay)}
<p>Filed under: Library, Student Essays</p>
<h3>Readers also opened</h3>
{cards}
</div>
</div></div>
<div class="el-bottom">Essayloft — a free library of student writing</div></div></body></html>"""
    clutter = ["Readers also opened", dates, "Filed under: Library", "a free library of student writing",
               *(" ".join(o.blocks[0][1].split()[:24]) for o in related)]
    return page, clutter, {}


DISCLAIMER = ("Everything in the Quillmark archive is shared by readers for study purposes. Treat it as a "
              "starting point: cite it properly if you quote it, and never hand it in as your own work, since "
              "the checkers used by most schools flag copied passages within minutes.")


def layout_disclaimer(essay: Essay, n: int, rng: random.Random, others: list[Essay]) -> tuple[str, list[str], dict]:
    """Quillmark: no URL; a call to action inside the body after the third paragraph; a long
    disclaimer paragraph as the body's last paragraph; date and downloads."""
    day, downloads = _date(rng), f"{_number(rng, 10, 5000)} downloads"
    cta = f'<p class="qm-inline"><a href="/order?ref={rng.randint(1, 9999)}">Order a custom paper on this topic</a></p>'
    page = f"""{_head(essay.title, None)}
<body><div class="qm-shell"><div class="qm-bar"><b>Quillmark</b> <a href="/archive">Archive</a> <a href="/login">Log in</a></div>
<div class="qm-doc"><h1 class="qm-h">{html.escape(essay.title)}</h1>
<div class="qm-info"><span>{day}</span> <span>{downloads}</span></div>
<div class="qm-content">
{_body(essay, cta_after=2, cta=cta)}
<p>{DISCLAIMER}</p>
</div></div>
<div class="qm-end"><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></div></div></body></html>"""
    clutter = ["Order a custom paper on this topic", "Quillmark archive", downloads]
    return page, clutter, {}


LAYOUTS: dict[str, Callable[[Essay, int, random.Random, list[Essay]], tuple[str, list[str], dict]]] = {
    "brightpaper": layout_banner, "inkwell": layout_blog, "essayloft": layout_sidebar, "quillmark": layout_disclaimer}


def truth_text(essay: Essay, clutter: list[str], claims: dict) -> str:
    head = [f"title: {essay.title}", "site: "]
    head += [f"{key}: {value}" for key, value in claims.items()]
    head += [f"clutter: {c}" for c in dict.fromkeys(clutter)]
    body = [("## " + text) if kind == "h" else text for kind, text in essay.blocks]
    return "\n".join(head) + "\n---\n" + "\n\n".join(body) + "\n"


def make_site(site: str, out: Path, pages: int, essays: list[Essay], seed: int = 13, start: int = 0,
              twice: bool = True) -> list[Path]:
    """`pages` pages of `site` under out/pages/<site>/ with truths under out/truth/<site>/; the
    essays are taken in turn from `start` (one essay is saved twice when `twice`)."""
    rng = random.Random(f"{seed}-{site}")
    page_dir, truth_dir = out / "pages" / site, out / "truth" / site
    page_dir.mkdir(parents=True, exist_ok=True)
    truth_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for n in range(pages):
        index = start + n
        if twice and n == pages - 1 and pages > 2:
            index = start  # the same essay saved a second time: it must not be learned as template
        essay = essays[index % len(essays)]
        page, clutter, claims = LAYOUTS[site](essay, n, rng, essays)
        name = f"{site}-{n + 1:02}"
        (page_dir / f"{name}.html").write_text(page, "utf-8")
        (truth_dir / f"{name}.md").write_text(truth_text(essay, clutter, claims), "utf-8")
        written.append(page_dir / f"{name}.html")
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--pages", type=int, default=18)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--sites", default=",".join(LAYOUTS))
    args = parser.parse_args()
    essays = load_essays()
    for i, site in enumerate(args.sites.split(",")):
        make_site(site, args.out, args.pages, essays, args.seed, start=i * args.pages % len(essays))
    print(f"{len(essays)} essays; {args.pages} pages per site written under {args.out}")


if __name__ == "__main__":
    main()
