"""Write held-out essay-site folders for measuring site learning (issue 13) at first contact.

    /work/main/.venv/bin/python heldout/sites/generate.py /work/corpora/sites-heldout [--seed 13]

Five invented essay-sample sites, 16 pages each: OUTDIR/<site>/page-NN.html and the truth of every page,
OUTDIR/<site>/truth/page-NN.md (the format at the top of bench/scoring.py). The essay bodies are real
article texts from the WCXB dev ground truth (CC-BY-4.0, even file ids only, page_type "article");
OUTDIR/SOURCES.tsv records which text went where. Same seed, same bytes.

Sites (markup families):
  harbordesk    Bootstrap-like, meaningful class names, canonical URL
  paperloom     CSS-modules hashed class names (_a3f9c), saved React page, NO URL
  termattic     table-based 2000s layout, <font>, <br><br> paragraphs, NO URL
  plainessays   almost no classes (bare div/p), canonical URL
  quillpress    WordPress theme (entry-content, widgets, Jetpack-like blocks), canonical + og:url
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import html
import json
import math
import random
import re
from datetime import date, timedelta
from pathlib import Path

WCXB = Path("/work/shared/corpora/wcxb-dev")
PAGES_PER_SITE = 16
# Phrases bench/scoring.py counts as clutter wherever they appear: an essay text holding one is not used.
MARKERS = ("show more content", "More about", "Words3 Pages", "Cite this", "Disclaimer:", "Get Help With Your Essay",
           "Hire writer", "Related Documents", "Sign up to view", "Open Document", "Reference this", "We use cookies",
           "Table of Contents", "Download", "was written and submitted by your fellow student")


# Even WCXB ids that the repository's own tests already use (tests/realpages): not held out, so not used.
SEEN_BY_DEVELOPER = {"0090", "0122", "0186", "0228", "0256", "0334", "0416", "0472", "4042", "4082", "4110", "4560"}
MOJIBAKE = re.compile(r"[âÃÂ]|\ufffd")
CODE = re.compile(r"[{}]|\(\)|=>|->|\$ \w|#\[|\w\.\w+\(|</?[a-z]+>")


def norm(text: str) -> str:
    text = (text or "").translate(str.maketrans("‘’“”–—", "''\"\"--"))
    return re.sub(r"\s+", " ", text.strip()).casefold()


# ---------------------------------------------------------------------------------------------- essays

def inline(text: str) -> str:
    """Markdown inline markup to plain text."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = text.replace("**", "").replace("__", "").replace("`", "")
    text = re.sub(r"(?<!\w)\*(\S[^*]*?)\*(?!\w)", r"\1", text)
    text = re.sub(r"(?<!\w)_(\S[^_]*?)_(?!\w)", r"\1", text)
    text = text.replace("*", "")
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!>|])", r"\1", text)
    text = html.unescape(text)
    return re.sub(r"\s+", " ", text).strip()


def parse_markdown(md: str) -> list[tuple[str, object]] | None:
    """Blocks (kind, text) with kind heading/paragraph/quote/list (list: (ordered, [items])); None = unusable."""
    if "```" in md or "<table" in md.lower():
        return None
    md = re.sub(r"(?m)^\s*\|.*\n?", "", md)  # tables are left out of the essay (the page shows none)
    blocks: list[tuple[str, object]] = []
    for chunk in re.split(r"\n\s*\n", md.strip()):
        lines = [line.rstrip() for line in chunk.splitlines() if line.strip()]
        i = 0
        while i < len(lines):
            line = lines[i].strip()
            if re.match(r"#{1,6} ", line):
                blocks.append(("heading", inline(line.lstrip("#"))))
                i += 1
            elif re.match(r"(?:[-*+]|\d+[.)]) ", line):
                ordered = bool(re.match(r"\d", line))
                items = []
                while i < len(lines) and re.match(r"\s*(?:[-*+]|\d+[.)]) ", lines[i]):
                    items.append(inline(re.sub(r"^\s*(?:[-*+]|\d+[.)]) ", "", lines[i])))
                    i += 1
                items = [it for it in items if it]
                if items:
                    blocks.append(("list", (ordered, items)))
            elif line.startswith(">"):
                quote = []
                while i < len(lines) and lines[i].strip().startswith(">"):
                    quote.append(lines[i].strip().lstrip(">").strip())
                    i += 1
                text = inline(" ".join(quote))
                if text:
                    blocks.append(("quote", text))
            else:
                para = []
                while i < len(lines) and not re.match(r"\s*(?:#{1,6} |(?:[-*+]|\d+[.)]) |>)", lines[i]):
                    para.append(lines[i].strip())
                    i += 1
                raw = " ".join(para)
                text = inline(raw)
                if not text:
                    continue
                bold_line = re.fullmatch(r"\*\*[^*]+\*\*:?", raw.strip())
                if bold_line and len(text.split()) <= 12 and not text.endswith("."):
                    blocks.append(("heading", text.rstrip(":")))
                else:
                    blocks.append(("paragraph", text))
    return blocks


def load_essays() -> list[dict]:
    meta = json.loads((WCXB / "metadata.json").read_text("utf-8"))["files"]
    essays = []
    for fid, info in sorted(meta.items()):
        if info.get("page_type") != "article" or int(fid) % 2:
            continue
        data = json.loads((WCXB / "ground-truth" / f"{fid}.json").read_text("utf-8"))
        gt = data["ground_truth"]
        if isinstance(gt, str):
            try:
                gt = json.loads(gt)
            except json.JSONDecodeError:
                gt = ast.literal_eval(gt)
        title = inline(gt.get("title") or "")
        md = gt.get("main_content_markdown") or gt.get("main_content") or ""
        blocks = parse_markdown(md)
        if not title or not blocks or len(title) > 110:
            continue
        if fid in SEEN_BY_DEVELOPER:
            continue
        # The source's own teaser lines ("Read the full story...") are left out of the page and the truth.
        blocks = [b for b in blocks if not (b[0] == "paragraph" and re.search(r"(\.\.\.|…)$", b[1]))]
        if not blocks:
            continue
        if blocks[0][0] == "heading" and norm(blocks[0][1]) == norm(title):
            blocks = blocks[1:]
        while blocks and blocks[-1][0] == "heading":
            blocks = blocks[:-1]
        paras = [b for b in blocks if b[0] == "paragraph"]
        items = sum(len(b[1][1]) for b in blocks if b[0] == "list")
        heads = sum(b[0] == "heading" for b in blocks)
        words = sum(len(block_text(b).split()) for b in blocks)
        if not 250 <= words <= 1500 or len(paras) < 5 or items > 20 or heads > 14 or items > 2 * len(paras):
            continue
        full = norm(" ".join(block_text(b) for b in blocks))
        if any(norm(m) in full for m in MARKERS):
            continue
        raw = " ".join(block_text(b) for b in blocks)
        if MOJIBAKE.search(raw) or CODE.search(raw):
            continue  # broken source text or program code: not an essay body
        tags = (data.get("_internal", {}).get("page_type", {}) or {}).get("tags") or []
        essays.append({"id": fid, "url": data.get("url", ""), "domain": info.get("domain", ""), "title": title,
                       "blocks": blocks, "words": words, "tags": tags})
    return essays


def block_text(block) -> str:
    kind, value = block
    return " ".join(value[1]) if kind == "list" else value


# ------------------------------------------------------------------------------------------ invented bits

FIRST = ["Maya", "Jonah", "Priya", "Tomás", "Elena", "Marcus", "Aisha", "Liam", "Sofia", "Daniel", "Hannah", "Kenji",
         "Grace", "Omar", "Chloe", "Mateo", "Nadia", "Owen", "Leila", "Ethan", "Ruth", "Samuel", "Ingrid", "Felix"]
LAST = ["Okafor", "Lindqvist", "Brennan", "Castillo", "Whitfield", "Nakamura", "Abernathy", "Duval", "Moreau", "Haskins",
        "Petrov", "Salazar", "Hollis", "Ferreira", "Kowalski", "Ashdown", "Mbeki", "Rourke", "Vance", "Quill"]
MAJORS = ["sociology", "history", "economics", "biology", "nursing", "English literature", "political science",
          "environmental studies", "psychology", "business administration", "journalism", "philosophy"]
PUBLISHERS = ["Brackwater Press", "Northgate University Press", "Halden & Royce", "Meridian Books", "Oakfield Academic",
              "Lantern House", "Cairn Publishing", "Westmarch University Press"]
JOURNALS = ["Journal of Applied Social Inquiry", "Review of Contemporary Practice", "Quarterly Studies in Culture",
            "International Journal of Consumer Research", "Annals of Public Policy", "Studies in Everyday Life"]
TITLE_WORDS = ["Patterns", "Change", "Practice", "Choice", "Habit", "Markets", "Communities", "Households", "Trust",
               "Design", "Everyday", "Risk", "Value", "Work", "Cities", "Attention", "Care", "Growth"]
EXTRA_TITLES = [
    "The Role of Public Libraries in Rural Towns", "Why Night Shifts Harm Sleep Quality", "Urban Beekeeping and City Policy",
    "A Comparison of Two Approaches to Homework", "The Ethics of Zoos in the 21st Century", "Social Media and Teen Anxiety",
    "How Minimum Wage Laws Affect Small Businesses", "The Causes of the Dust Bowl", "School Uniforms: For and Against",
    "Volunteering as a Path to Civic Life", "The History of the Printing Press", "Fast Fashion and Its Hidden Costs",
    "Remote Work After the Pandemic", "The Symbolism of Light in The Great Gatsby", "Renewable Energy in Small Nations",
    "Should College Be Free?", "The Psychology of Procrastination", "Plastic Bans and Consumer Behaviour",
    "Leadership Styles in Nursing Teams", "The Influence of Jazz on American Culture", "Vertical Farming in Cities",
    "Why Voter Turnout Falls Among the Young", "Tourism and Coastal Erosion", "The Economics of Public Transport",
    "Animal Testing in Cosmetics", "Reading Habits in the Digital Age", "Gentrification and Local Shops",
    "The Four-Day Work Week Debate", "Microplastics in Drinking Water", "Censorship in School Libraries",
]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def works_cited(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """(plain entry, HTML entry) pairs, MLA-like, invented."""
    out = []
    for _ in range(n):
        last, first = rng.choice(LAST), rng.choice(FIRST)
        year = rng.randint(1998, 2023)
        words = rng.sample(TITLE_WORDS, 3)
        if rng.random() < 0.5:
            title = f"{words[0]} and {words[1]}: A Study of {words[2]}"
            pub = rng.choice(PUBLISHERS)
            plain = f"{last}, {first}. {title}. {pub}, {year}."
            markup = f"{html.escape(last)}, {html.escape(first)}. <i>{html.escape(title)}</i>. {html.escape(pub)}, {year}."
        else:
            title = f"Rethinking {words[0]} in an Age of {words[1]}"
            journal = rng.choice(JOURNALS)
            vol, issue, p1 = rng.randint(3, 48), rng.randint(1, 4), rng.randint(10, 300)
            p2 = p1 + rng.randint(8, 30)
            plain = f"{last}, {first}. \"{title}.\" {journal}, vol. {vol}, no. {issue}, {year}, pp. {p1}-{p2}."
            markup = (f"{html.escape(last)}, {html.escape(first)}. &ldquo;{html.escape(title)}.&rdquo; <i>{html.escape(journal)}</i>, "
                      f"vol. {vol}, no. {issue}, {year}, pp. {p1}-{p2}.")
        out.append((plain, markup))
    return sorted(out, key=lambda e: e[0])


def slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:70]


def topic_of(essay: dict) -> str:
    tags = [t for t in essay["tags"] if len(t) > 2]
    if tags:
        return tags[0].replace("-", " ")
    words = [w for w in re.findall(r"[A-Za-z]+", essay["title"]) if len(w) > 4]
    return (words[0] if words else "general studies").lower()


def category_of(essay: dict) -> str:
    return topic_of(essay).title()


# ---------------------------------------------------------------------------------------- body markup

def body_html(blocks, para, heading="h2", sub=None) -> list[str]:
    """The essay blocks as HTML pieces (one per block), in a site's flavour."""
    out = []
    for kind, value in blocks:
        if kind == "heading":
            out.append(f"<{heading}>{html.escape(value)}</{heading}>")
        elif kind == "paragraph":
            out.append(para(html.escape(value)))
        elif kind == "quote":
            out.append(f"<blockquote><p>{html.escape(value)}</p></blockquote>")
        else:
            ordered, items = value
            tag = "ol" if ordered else "ul"
            out.append(f"<{tag}>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + f"</{tag}>")
    return out


def truth_body(blocks) -> list[str]:
    out = []
    for kind, value in blocks:
        if kind == "heading":
            out.append(f"## {value}")
        elif kind == "paragraph":
            out.append(value)
        elif kind == "quote":
            out.append(f"> {value}")
        else:
            ordered, items = value
            out.append("\n".join((f"{n}. " if ordered else "- ") + i for n, i in enumerate(items, 1)))
    return out


def insert_at(pieces: list[str], blocks, rng: random.Random, lo=2, hi=4) -> int:
    """Where an in-body block goes: after body block lo..hi (never after the last one)."""
    top = min(hi, len(blocks) - 1)
    return rng.randint(min(lo, top), top)


# ---------------------------------------------------------------------------------------------- sites

class Page:
    def __init__(self, essay, rng, index, site_titles):
        self.essay = essay
        self.rng = rng
        self.index = index
        self.title = essay["title"]
        self.blocks = list(essay["blocks"])
        self.words = essay["words"]
        self.pages = max(1, math.ceil(self.words / 275))
        self.date = date(2016, 1, 1) + timedelta(days=rng.randint(0, 3000))
        self.views = rng.choice([rng.randint(80, 999), rng.randint(1000, 9999), rng.randint(10000, 48000)])
        self.author = person(rng)
        self.topic = topic_of(essay)
        self.category = category_of(essay)
        others = [t for t in site_titles if t != self.title]
        self.related = rng.sample(others, 2) + rng.sample(EXTRA_TITLES, rng.randint(2, 4))
        rng.shuffle(self.related)
        self.prev_title, self.next_title = rng.sample(others, 2)
        self.refs: list[tuple[str, str]] = []
        self.cut = None  # number of blocks shown before a teaser cut
        self.clutter: list[str] = []
        self.claimed_words: int | None = None
        self.claimed_pages: int | None = None

    def visible(self):
        return self.blocks if self.cut is None else self.blocks[: self.cut]

    def truth(self) -> str:
        head = [f"title: {self.title}", "site:"]
        if self.claimed_words is not None:
            head.append(f"claimed_words: {self.claimed_words}")
        if self.claimed_pages is not None:
            head.append(f"claimed_pages: {self.claimed_pages}")
        text = norm(" ".join(block_text(b) for b in self.visible()) + " " + " ".join(p for p, _ in self.refs))
        seen = set()
        for phrase in self.clutter:
            phrase = re.sub(r"\s+", " ", phrase).strip()
            if len(phrase) < 6 or norm(phrase) in text or norm(phrase) in seen:
                continue
            seen.add(norm(phrase))
            head.append(f"clutter: {phrase}")
        body = truth_body(self.visible())
        if self.cut is not None:
            body.append("[gap]")
        if self.refs:
            body.append("# Works Cited\n" + "\n".join(p for p, _ in self.refs))
        return "\n".join(head) + "\n---\n" + "\n\n".join(body) + "\n"


def fmt_int(n: int) -> str:
    return f"{n:,}"


# ---- 1. harbordesk: Bootstrap-like, meaningful classes, canonical URL ---------------------------------

HARBOR_CTAS = [
    ("Struggling with your essay?", "Get expert help with your paper in as little as 3 hours. Plagiarism-free, written from scratch.",
     "Get started"),
    ("Need a paper like this one?", "Our vetted writers handle essays, research papers and case studies on any subject.",
     "Order now"),
    ("Short on time?", "Hand your topic to a professional writer and get a draft before your deadline.", "Find a writer"),
]


def harbordesk(p: Page) -> str:
    rng = p.rng
    pid = rng.randint(100000, 999999)
    url = f"https://www.harbordesk-essays.com/samples/{slug(p.title)}-{pid}"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    pieces = body_html(p.visible(), lambda t: f"<p>{t}</p>", "h2")
    head, text, button = rng.choice(HARBOR_CTAS)
    ad = (f'<div class="promo-inline border rounded p-3 my-4 bg-light"><div class="promo-inline__title h5">{head}</div>'
          f'<p class="promo-inline__text mb-2">{text}</p><a class="btn btn-warning btn-sm" href="/order">{button}</a></div>')
    pieces.insert(insert_at(pieces, p.visible(), rng) + 1, ad)
    disclaimer = ("This essay sample was submitted by a student to help you with your studies. "
                  "It is not an example of the work produced by our professional writers.")
    datestr = p.date.strftime("%B %-d, %Y")
    views = fmt_int(p.views)
    refs = ""
    if p.refs:
        refs = '<h2 class="essay-refs-title">Works Cited</h2><div class="essay-refs">' + "".join(
            f'<p class="essay-refs__item">{m}</p>' for _, m in p.refs) + "</div>"
    related = "".join(f'<li class="list-group-item"><a href="/samples/{slug(t)}-{rng.randint(100000, 999999)}">'
                      f'{html.escape(t)}</a></li>' for t in p.related[:5])
    more = "".join(
        f'<div class="col-md-6"><div class="card h-100"><div class="card-body"><h3 class="card-title h6">{html.escape(t)}</h3>'
        f'<p class="card-text small text-muted">{fmt_int(rng.randint(300, 2400))} words</p></div></div></div>'
        for t in p.related[-2:])
    cookie = ('<div class="cookie-consent alert alert-dark fixed-bottom mb-0" role="alert">This website stores cookies on your '
              'computer to give you a more personalised experience. <button class="btn btn-light btn-sm">Accept</button>'
              '</div>') if rng.random() < 0.75 else ""
    p.clutter += [disclaimer, head, text, "Essay Samples", "Popular Topics", "Related Essays", "You may also like",
                  "Need a custom essay?", "Our writers can tailor a paper to your instructions from $11 per page",
                  "Download PDF", "Cite this essay", "Retrieved from https://www.harbordesk-essays.com",
                  "HarborDesk is a free essay database", "All rights reserved", f"Views: {views}",
                  f"Published: {datestr}", f"Words: {fmt_int(p.words)}", "Share on Facebook",
                  "This website stores cookies on your computer", *p.related]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(p.title)} - Free Essay Example | HarborDesk</title>
<meta name="description" content="{html.escape(block_text(p.blocks[0])[:150])}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/static/css/bootstrap.min.css">
<link rel="stylesheet" href="/static/css/site.css?v=4.2">
</head>
<body class="page-essay">
<nav class="navbar navbar-expand-lg navbar-light bg-white border-bottom">
<div class="container"><a class="navbar-brand fw-bold" href="/">HarborDesk</a>
<ul class="navbar-nav ms-auto"><li class="nav-item"><a class="nav-link" href="/samples">Essay Samples</a></li>
<li class="nav-item"><a class="nav-link" href="/topics">Topics</a></li><li class="nav-item"><a class="nav-link" href="/order">Writing Help</a></li>
<li class="nav-item"><a class="nav-link" href="/login">Log in</a></li><li class="nav-item"><a class="btn btn-primary" href="/signup">Sign up</a></li></ul></div>
</nav>
<div class="container my-4">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li>
<li class="breadcrumb-item"><a href="/samples">Essay Samples</a></li><li class="breadcrumb-item"><a href="/topics/{slug(p.category)}">{html.escape(p.category)}</a></li>
<li class="breadcrumb-item active" aria-current="page">{html.escape(p.title)}</li></ol></nav>
<div class="row">
<main class="col-lg-8">
<article class="essay card shadow-sm"><div class="card-body">
<h1 class="essay-title">{html.escape(p.title)}</h1>
<ul class="essay-stats list-inline text-muted small">
<li class="list-inline-item">Category: {html.escape(p.category)}</li><li class="list-inline-item">Words: {fmt_int(p.words)}</li>
<li class="list-inline-item">Pages: {p.pages}</li><li class="list-inline-item">Views: {views}</li>
<li class="list-inline-item">Published: {datestr}</li></ul>
<p class="essay-disclaimer small text-muted">{disclaimer}</p>
<div class="essay-text">
{chr(10).join(pieces)}
</div>
{refs}
<div class="essay-actions d-flex gap-2 mt-4"><a class="btn btn-outline-primary" href="/pdf/{pid}">Download PDF</a>
<a class="btn btn-outline-secondary" href="#" onclick="window.print()">Print</a></div>
<div class="cite-box card bg-light mt-4"><div class="card-body"><h5 class="cite-box__title">Cite this essay</h5>
<p class="cite-box__text small">HarborDesk. ({p.date.year}, {p.date.strftime("%B %-d")}). <i>{html.escape(p.title)}</i>. Retrieved from {url}</p></div></div>
<div class="share-bar mt-3 small"><a href="#" class="share-bar__fb">Share on Facebook</a> · <a href="#">Tweet</a> · <a href="#">Email</a></div>
</div></article>
<section class="more-essays mt-5"><h2 class="h4">You may also like</h2><div class="row g-3">{more}</div></section>
</main>
<aside class="col-lg-4 sidebar">
<div class="widget cta-widget card p-3 mb-4"><h5>Need a custom essay?</h5><p>Our writers can tailor a paper to your instructions from $11 per page.</p>
<a class="btn btn-success" href="/order">Order now</a></div>
<div class="widget related-widget mb-4"><h5>Related Essays</h5><ul class="list-group list-group-flush">{related}</ul></div>
<div class="widget topics-widget"><h5>Popular Topics</h5><a class="badge bg-secondary" href="/topics/education">Education</a>
<a class="badge bg-secondary" href="/topics/health">Health</a> <a class="badge bg-secondary" href="/topics/technology">Technology</a>
<a class="badge bg-secondary" href="/topics/society">Society</a></div>
</aside>
</div></div>
<footer class="footer bg-dark text-light py-4"><div class="container small">
<p><a href="/about">About Us</a> · <a href="/contact">Contact</a> · <a href="/privacy">Privacy Policy</a> · <a href="/terms">Terms of Use</a></p>
<p>HarborDesk is a free essay database for students. Samples are provided for research and reference purposes only.</p>
<p>&copy; 2024 HarborDesk. All rights reserved.</p></div></footer>
{cookie}
<script src="/static/js/bootstrap.bundle.min.js"></script>
</body>
</html>
"""


# ---- 2. paperloom: hashed class names, saved React page, no URL ---------------------------------------

def hashed(role: str) -> str:
    return "_" + hashlib.sha1(("paperloom:" + role).encode()).hexdigest()[:5]


PL_LOCKS = [
    ("This sample is locked", "Create a free account to read the remaining {rest} words of this essay."),
    ("Keep reading with a free account", "Sign up in 30 seconds and unlock the full text ({rest} more words)."),
]


def paperloom(p: Page) -> str:
    rng = p.rng
    c = hashed
    p.claimed_words, p.claimed_pages = p.words, p.pages
    vis = p.visible()
    pieces = body_html(vis, lambda t: f'<p class="{c("para")}">{t}</p>', "h2")
    pieces = [x.replace("<h2>", f'<h2 class="{c("h2")}">').replace("<ul>", f'<ul class="{c("ul")}">') for x in pieces]
    order = (f'<div class="{c("order")}"><span class="{c("order-ic")}">✎</span> Order a custom essay on {html.escape(p.topic)}'
             f' <a class="{c("order-btn")}" href="/order">Get a quote</a></div>')
    pieces.insert(insert_at(pieces, vis, rng, 1, 3) + 1, order)
    heads = [v for k, v in p.blocks if k == "heading"]
    toc = ""
    if len(heads) >= 2:
        toc = (f'<nav class="{c("toc")}"><div class="{c("toc-h")}">Table of contents</div><ol class="{c("toc-l")}">'
               + "".join(f'<li class="{c("toc-i")}"><a href="#s{n}">{html.escape(h)}</a></li>' for n, h in enumerate(heads, 1))
               + "</ol></nav>")
    lock = ""
    if p.cut is not None:
        rest = sum(len(block_text(b).split()) for b in p.blocks[p.cut:])
        h, t = rng.choice(PL_LOCKS)
        t = t.format(rest=fmt_int(rest))
        lock = (f'<div class="{c("lock")}"><div class="{c("lock-fade")}"></div><div class="{c("lock-h")}">{h}</div>'
                f'<p class="{c("lock-t")}">{t}</p><button class="{c("lock-b")}">Continue reading</button></div>')
        p.clutter += [h, t, "Continue reading"]
    v = p.views
    views = f"{v / 1000:.1f}k views" if v >= 1000 else f"{v} views"
    updated = p.date.strftime("%d %b %Y")
    related = "".join(f'<a class="{c("rel-card")}" href="/s/{slug(t)}"><span class="{c("rel-t")}">{html.escape(t)}</span>'
                      f'<span class="{c("rel-m")}">{rng.randint(2, 9)} pages</span></a>' for t in p.related)
    ratings = rng.randint(12, 400)
    p.clutter += ["Order a custom essay on", f"Order a custom essay on {p.topic}", "Get a quote", "Table of contents",
                  f"Updated {updated}", views, "Was this sample helpful?", f"{ratings} students found it useful",
                  "Similar samples", "Paperloom uses cookies", "Search 40,000+ free samples", "Paperloom ©",
                  "Essay writing help", "Academic integrity policy", "Written by a student, checked by our editors",
                  f"{fmt_int(p.words)} words", *p.related]
    cookie = (f'<div class="{c("cookie")}" role="dialog"><p>Paperloom uses cookies for analytics and personalised content. '
              f'You can change this in settings.</p><button class="{c("cookie-ok")}">Got it</button></div>')
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{html.escape(p.title)} | Paperloom</title>
<link rel="stylesheet" href="./{p.index:02d}_files/main.8f3c1a.css"><style>.{c("lock-fade")}{{height:80px;background:linear-gradient(transparent,#fff)}}</style>
</head><body><div id="root"><div class="{c("app")}">
<header class="{c("hdr")}"><a class="{c("logo")}" href="/">Paperloom</a><div class="{c("search")}"><input placeholder="Search 40,000+ free samples" aria-label="search"><span>Search 40,000+ free samples</span></div>
<nav class="{c("nav")}"><a href="/samples">Samples</a><a href="/help">Essay writing help</a><a href="/login" class="{c("login")}">Log in</a></nav></header>
<div class="{c("wrap")}"><main class="{c("main")}">
<div class="{c("crumbs")}"><a href="/samples">Samples</a><span>/</span><a href="/samples/{slug(p.category)}">{html.escape(p.category)}</a></div>
<h1 class="{c("title")}">{html.escape(p.title)}</h1>
<div class="{c("meta")}"><span class="{c("chip")}">Essay</span><span class="{c("chip")}">{fmt_int(p.words)} words</span><span class="{c("chip")}">{p.pages} page{"s" if p.pages > 1 else ""}</span><span class="{c("dim")}">Updated {updated}</span><span class="{c("dim")}">👁 {views}</span></div>
<div class="{c("note")}"><p class="{c("para")}">Written by a student, checked by our editors. Use it for inspiration and cite it if you quote from it — see our Academic integrity policy.</p></div>
{toc}
<div class="{c("body")}">
{chr(10).join(pieces)}
</div>
{lock}
<div class="{c("rate")}"><span>Was this sample helpful?</span><button>👍</button><button>👎</button><span class="{c("dim")}">{ratings} students found it useful</span></div>
</main>
<aside class="{c("side")}"><div class="{c("side-h")}">Similar samples</div>{related}</aside></div>
<footer class="{c("ftr")}"><span>Paperloom © 2019–2025</span><a href="/privacy">Privacy</a><a href="/terms">Terms</a><a href="/integrity">Academic integrity policy</a></footer>
{cookie}
</div></div><script src="./{p.index:02d}_files/main.8f3c1a.js"></script></body></html>
"""


# ---- 3. termattic: table-based 2000s layout, no URL ------------------------------------------------------

TA_ADS = [
    "<b>Need a paper on this subject?</b> Our writers can create an original paper on any topic. <a href=\"/custom.html\">Click here</a>",
    "<b>Stuck on your term paper?</b> Get a custom written paper delivered by e-mail. <a href=\"/custom.html\">Order here</a>",
]


def termattic(p: Page) -> str:
    rng = p.rng
    p.claimed_words, p.claimed_pages = p.words, p.pages
    vis = p.visible()
    # Paragraphs are text runs separated by <br><br>; headings and lists keep tags.
    pieces = []
    for kind, value in vis:
        if kind == "paragraph":
            pieces.append(html.escape(value) + "<br><br>")
        elif kind == "heading":
            pieces.append(f"<h4>{html.escape(value)}</h4>")
        elif kind == "quote":
            pieces.append(f"<blockquote>{html.escape(value)}</blockquote>")
        else:
            ordered, items = value
            tag = "ol" if ordered else "ul"
            pieces.append(f"<{tag}>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + f"</{tag}>")
    ad = rng.choice(TA_ADS)
    ad_html = (f'<table width="90%" bgcolor="#FFFFCC" border="1" cellpadding="6" cellspacing="0" align="center"><tr><td>'
               f'<font face="Verdana" size="1">{ad}</font></td></tr></table><br>')
    pieces.insert(insert_at(pieces, vis, rng) + 1, ad_html)
    if p.cut is not None:
        pieces.append('<font color="#990000"><b>...</b></font><br><br>')
    stamp = p.date.strftime("%m/%d/%Y")
    votes = rng.randint(3, 90)
    stars = "*" * rng.randint(3, 5)
    refs = ""
    if p.refs:
        refs = "<br><b>Works Cited</b><br><br>" + "".join(f"{m}<br>" for _, m in p.refs) + "<br>"
    related = "".join(f'<li><a href="/papers/{rng.randint(1000, 99999)}.html">{html.escape(t)}</a></li>' for t in p.related)
    full = ""
    if p.cut is not None:
        full = ('<p><font face="Verdana" size="2" color="#990000"><b>This is a preview. To view the full paper, become a member.'
                '</b> <a href="/join.html">Join now</a> - membership is free for students.</font></p>')
        p.clutter += ["This is a preview", "To view the full paper, become a member", "membership is free for students"]
    p.clutter += [re.sub(r"<[^>]+>", "", ad).split(".")[0], "Click here", "The Internet's Original Free Term Paper Archive",
                  f"This paper contains {fmt_int(p.words)} words", f"approximately {p.pages} page",
                  f"Submitted: {stamp}", f"Views: {fmt_int(p.views)}", f"({votes} votes)",
                  "All papers in our archive are submitted by students", "Print this paper", "E-mail to a friend",
                  "Report this paper", "Related Papers", "Top Searches", "Copyright 1999-2012 TermPaperAttic",
                  "Browse Papers", "Submit a Paper", "Link to Us", "Advertisement", *p.related]
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>{html.escape(p.title)} - Free Term Papers | TermPaperAttic.com</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="keywords" content="free term papers, essays, {html.escape(p.topic)}">
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="3" bgcolor="#003366" height="60"><img src="images/logo.gif" width="300" height="60" alt="TermPaperAttic.com">
<font face="Verdana" size="1" color="#FFFFFF">The Internet's Original Free Term Paper Archive</font></td></tr>
<tr>
<td width="150" valign="top" bgcolor="#E6EEF5"><font face="Verdana" size="2">
<br>&nbsp;<a href="/index.html">Home</a><br>&nbsp;<a href="/browse.html">Browse Papers</a><br>&nbsp;<a href="/submit.html">Submit a Paper</a><br>
&nbsp;<a href="/link.html">Link to Us</a><br>&nbsp;<a href="/contact.html">Contact</a><br><br>
&nbsp;<b>Top Searches</b><br>&nbsp;<a href="/s/hamlet.html">hamlet</a><br>&nbsp;<a href="/s/abortion.html">abortion</a><br>&nbsp;<a href="/s/civil-war.html">civil war</a><br>&nbsp;<a href="/s/macbeth.html">macbeth</a><br>
</font></td>
<td width="480" valign="top"><table width="100%" cellpadding="8"><tr><td>
<font face="Verdana" size="2">
<font size="+1"><b>{html.escape(p.title)}</b></font><br>
<font size="1" color="#666666">This paper contains {fmt_int(p.words)} words and is approximately {p.pages} page{"s" if p.pages > 1 else ""} long. &nbsp;|&nbsp; Submitted: {stamp} &nbsp;|&nbsp; Views: {fmt_int(p.views)} &nbsp;|&nbsp; Rating: {stars} ({votes} votes)</font><br><br>
<i>Note: All papers in our archive are submitted by students and are meant for research purposes only. Do not hand in any paper as your own work.</i><br><br>
{chr(10).join(pieces)}
{refs}
</font>
{full}
<p align="center"><font face="Verdana" size="1"><a href="/print/{p.index}.html">Print this paper</a> | <a href="/email/{p.index}.html">E-mail to a friend</a> | <a href="/report/{p.index}.html">Report this paper</a></font></p>
<hr size="1" noshade>
<font face="Verdana" size="2"><b>Related Papers</b></font><ul><font face="Verdana" size="2">{related}</font></ul>
</td></tr></table></td>
<td width="150" valign="top" align="center"><font face="Verdana" size="1" color="#999999">Advertisement</font><br>
<img src="images/banner_120x600.gif" width="120" height="600" alt=""></td>
</tr>
<tr><td colspan="3" align="center" bgcolor="#003366"><font face="Verdana" size="1" color="#FFFFFF">Copyright 1999-2012 TermPaperAttic.com. All Rights Reserved.</font></td></tr>
</table>
</body>
</html>
"""


# ---- 4. plainessays: almost no classes, canonical URL ----------------------------------------------------

PE_CTAS = [
    "Writer's block? Get a custom paper on {topic} written for you, from $9.99 a page.",
    "Don't have time to write about {topic}? Let one of our writers draft it for you today.",
    "Need an original paper on {topic}? Send us your instructions and get a price in minutes.",
]


def plainessays(p: Page) -> str:
    rng = p.rng
    url = f"https://plainessays.org/essay/{slug(p.title)}/"
    vis = p.visible()
    pieces = body_html(vis, lambda t: f"<p>{t}</p>", "h3")
    cta = rng.choice(PE_CTAS).format(topic=p.topic)
    pieces.insert(insert_at(pieces, vis, rng) + 1, f'<div><p><b>{html.escape(cta)}</b> <a href="/order">Order now</a></p></div>')
    minutes = max(1, round(p.words / 230))
    shown = rng.random() < 0.5  # the word count is in the byline on some pages only (older posts lack it)
    byline = f"By {p.author} · {p.date.strftime('%b %-d, %Y')} · {minutes} min read"
    if shown:
        byline += f" · {fmt_int(p.words)} words"
        p.claimed_words = p.words
    cut = ""
    if p.cut is not None:
        cut = '<div><p>Continue reading this essay — it\'s free with an account.</p><p><a href="/signup">Create account</a> or <a href="/login">log in</a></p></div>'
        p.clutter += ["Continue reading this essay", "free with an account", "Create account"]
    refs = ""
    if p.refs:
        refs = "<div><h3>Works Cited</h3>" + "".join(f"<p>{m}</p>" for _, m in p.refs) + "</div>"
    major = rng.choice(MAJORS)
    bio = f"{p.author} studies {major} and writes about {p.topic} for PlainEssays."
    comments = rng.randint(0, 14)
    latest = "".join(f'<p><a href="/essay/{slug(t)}/">{html.escape(t)}</a></p>' for t in p.related[:4])
    p.clutter += [cta, "Order now", byline, "Share this essay", "Copy link", "About the author", bio,
                  f"Previous: {p.prev_title}", f"Next: {p.next_title}", f"Comments ({comments})",
                  "Join 80,000 students who get new essay samples every week", "Subscribe", "Latest essays",
                  "PlainEssays is not affiliated with any university", "Home › Essays", "Essays are shared by their authors",
                  *p.related[:4]]
    return f"""<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>{html.escape(p.title)} — PlainEssays</title>
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/style.css">
</head>
<body>
<div id="wrap">
<div><a href="/"><b>PlainEssays</b></a> &nbsp; <a href="/essays/">Essays</a> &nbsp; <a href="/topics/">Topics</a> &nbsp; <a href="/order">Order</a> &nbsp; <a href="/login">Log in</a></div>
<div>
<div>
<p><small><a href="/">Home</a> › <a href="/essays/">Essays</a> › <a href="/topics/{slug(p.category)}/">{html.escape(p.category)}</a></small></p>
<h1>{html.escape(p.title)}</h1>
<p><small>{html.escape(byline)}</small></p>
<p><small>Share this essay: <a href="#">Facebook</a> · <a href="#">X</a> · <a href="#">WhatsApp</a> · <a href="#">Copy link</a></small></p>
<div>
{chr(10).join(pieces)}
</div>
{cut}
{refs}
<p><small>Essays are shared by their authors for study and discussion. PlainEssays is not affiliated with any university.</small></p>
<div><p><b>About the author</b></p><p>{html.escape(bio)}</p></div>
<div><p><a href="/essay/{slug(p.prev_title)}/">Previous: {html.escape(p.prev_title)}</a></p><p><a href="/essay/{slug(p.next_title)}/">Next: {html.escape(p.next_title)}</a></p></div>
<div><p><b>Comments ({comments})</b></p></div>
</div>
<div>
<p><b>Latest essays</b></p>
{latest}
<div><p>Join 80,000 students who get new essay samples every week.</p><form action="/subscribe"><input type="email" placeholder="you@school.edu"><button>Subscribe</button></form></div>
</div>
</div>
<div><p><small>© PlainEssays · <a href="/about">About</a> · <a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></small></p></div>
</div>
</body>
</html>
"""


# ---- 5. quillpress: WordPress theme, canonical + og:url ------------------------------------------------

QP_CTAS = [
    "Need a paper on {topic}? Our writers can help — get 15% off your first order with code QUILL15.",
    "Short on time? Get a plagiarism-free essay on {topic} from a verified writer.",
]


def quillpress(p: Page) -> str:
    rng = p.rng
    post = rng.randint(1200, 9800)
    url = f"https://studentquill.com/{p.date.year}/{p.date.month:02d}/{slug(p.title)}/"
    vis = p.visible()
    pieces = body_html(vis, lambda t: f"<p>{t}</p>", "h2")
    pieces = [x.replace("<h2>", '<h2 class="wp-block-heading">') for x in pieces]
    ad_at = insert_at(pieces, vis, rng) + 1
    pieces.insert(ad_at, '<div class="code-block code-block-3" style="margin: 8px auto; text-align: center;"><p class="ad-label">'
                         'Advertisement</p><ins class="adsbygoogle" data-ad-slot="8841" data-ad-format="auto"></ins></div>')
    cta = rng.choice(QP_CTAS).format(topic=p.topic)
    pieces.insert(min(len(pieces), ad_at + rng.randint(2, 4)),
                  f'<div class="wp-block-group has-pale-cyan-blue-background-color has-background"><p>{html.escape(cta)}</p>'
                  f'<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link">Order now</a></div></div></div>')
    minutes = max(1, round(p.words / 200))
    p.claimed_words = p.words
    heads = [v for k, v in p.blocks if k == "heading"]
    toc = ""
    if len(heads) >= 3:
        toc = ('<div id="ez-toc-container" class="ez-toc-v2_0_61 counter-hierarchy ez-toc-grey"><div class="ez-toc-title-container">'
               '<p class="ez-toc-title">Contents</p><span class="ez-toc-title-toggle"><a href="#" class="ez-toc-toggle">Toggle</a></span></div>'
               '<nav><ul class="ez-toc-list ez-toc-list-level-1">' + "".join(
                   f'<li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link" href="#{slug(h)}">{html.escape(h)}</a></li>'
                   for h in heads) + "</ul></nav></div>")
        p.clutter.append("Toggle")
    refs = ""
    if p.refs:
        refs = '<h2 class="wp-block-heading">Works Cited</h2>' + "".join(
            f'<p class="has-small-font-size">{m}</p>' for _, m in p.refs)
    comments = rng.randint(0, 9)
    rel = p.related[:3]
    relhtml = "".join(
        f'<div class="jp-relatedposts-post jp-relatedposts-post{n}"><h4 class="jp-relatedposts-post-title"><a href="/{slug(t)}/">{html.escape(t)}</a></h4>'
        f'<p class="jp-relatedposts-post-date">{(p.date - timedelta(days=rng.randint(10, 400))).strftime("%B %-d, %Y")}</p>'
        f'<p class="jp-relatedposts-post-context">In &quot;{html.escape(rng.choice(["Sociology", "Health", "Economics", "Education", "Environment"]))}&quot;</p></div>'
        for n, t in enumerate(rel))
    recent = p.related[3:] + [p.prev_title]
    tags = ", ".join(f'<a href="/tag/{slug(t)}/" rel="tag">{html.escape(t)}</a>' for t in (p.essay["tags"][:3] or [p.topic]))
    datestr = p.date.strftime("%B %-d, %Y")
    p.clutter += ["Student Quill", "Essays, research papers and study guides",
                  "The essay below was submitted by a student and is published for reference only", "Word count:",
                  f"Reading time: {minutes} minute", "Advertisement", cta, "Share this:", "Click to share on Facebook",
                  "Like this:", "Loading...", "Posted in", "Previous Post", "Next Post", "Leave a Reply", "Cancel reply",
                  "Your email address will not be published", "Required fields are marked", "Recent Posts", "Archives",
                  "Proudly powered by WordPress", "Theme: Scholaris by Inkwell Themes",
                  "We use cookies to ensure that we give you the best experience on our website", f"Posted on {datestr}",
                  *rel, *recent, f"{p.prev_title}", f"{p.next_title}"]
    cookie = ('<div id="cookie-notice" role="dialog" class="cookie-revoke-hidden cn-position-bottom"><div class="cookie-notice-container">'
              '<span id="cn-notice-text" class="cn-text-container">We use cookies to ensure that we give you the best experience on our '
              'website. If you continue to use this site we will assume that you are happy with it.</span><span class="cn-buttons-container">'
              '<a href="#" class="cn-set-cookie cn-button">Ok</a></span></div></div>') if rng.random() < 0.8 else ""
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(p.title)} &#8211; Student Quill</title>
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:title" content="{html.escape(p.title)}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Student Quill">
<meta property="article:published_time" content="{p.date.isoformat()}T09:{rng.randint(10, 59)}:00+00:00">
<link rel="stylesheet" id="scholaris-style-css" href="https://studentquill.com/wp-content/themes/scholaris/style.css?ver=2.4.1" media="all">
<link rel="https://api.w.org/" href="https://studentquill.com/wp-json/">
<link rel="shortlink" href="https://studentquill.com/?p={post}">
</head>
<body class="post-template-default single single-post postid-{post} single-format-standard wp-embed-responsive right-sidebar">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="https://studentquill.com/" rel="home">Student Quill</a></p>
<p class="site-description">Essays, research papers and study guides</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="/">Home</a></li><li class="menu-item"><a href="/category/essays/">Essays</a></li>
<li class="menu-item"><a href="/writing-guides/">Writing Guides</a></li><li class="menu-item"><a href="/order/">Order</a></li></ul></nav></header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{post}" class="post-{post} post type-post status-publish format-standard hentry category-{slug(p.category)}">
<header class="entry-header"><h1 class="entry-title">{html.escape(p.title)}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <a href="{url}" rel="bookmark"><time class="entry-date published" datetime="{p.date.isoformat()}">{datestr}</time></a></span>
<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/{slug(p.author)}/">{html.escape(p.author)}</a></span></span>
<span class="comments-link"><a href="{url}#comments">{comments} Comment{"s" if comments != 1 else ""}</a></span></div></header>
<div class="entry-content">
<p class="has-small-font-size has-pale-pink-background-color has-background">The essay below was submitted by a student and is published for reference only. Please do not copy it.</p>
<p><strong>Word count:</strong> {fmt_int(p.words)} &nbsp;|&nbsp; <strong>Reading time:</strong> {minutes} minute{"s" if minutes > 1 else ""}</p>
{toc}
{chr(10).join(pieces)}
{refs}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul><li class="share-twitter"><a class="share-twitter sd-button" href="#"><span>Twitter</span></a></li>
<li class="share-facebook"><a class="share-facebook sd-button" href="#" title="Click to share on Facebook"><span>Facebook</span></a></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder">Loading...</div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items">{relhtml}</div></div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/{slug(p.category)}/" rel="category tag">{html.escape(p.category)}</a></span>
<span class="tags-links">Tagged {tags}</span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/{slug(p.prev_title)}/" rel="prev"><span class="meta-nav">Previous Post</span> <span class="post-title">{html.escape(p.prev_title)}</span></a></div>
<div class="nav-next"><a href="/{slug(p.next_title)}/" rel="next"><span class="meta-nav">Next Post</span> <span class="post-title">{html.escape(p.next_title)}</span></a></div></div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> <textarea id="comment" name="comment"></textarea></p></form></div></div>
</main></div>
<aside id="secondary" class="widget-area">
<section id="search-2" class="widget widget_search"><form role="search" class="search-form"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;"></label></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>{"".join(f'<li><a href="/{slug(t)}/">{html.escape(t)}</a></li>' for t in recent)}</ul></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul><li class="cat-item"><a href="/category/economics/">Economics</a></li><li class="cat-item"><a href="/category/education/">Education</a></li><li class="cat-item"><a href="/category/health/">Health</a></li><li class="cat-item"><a href="/category/society/">Society</a></li></ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul><li><a href="/2024/">2024</a></li><li><a href="/2023/">2023</a></li><li><a href="/2022/">2022</a></li></ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress</a><span class="sep"> | </span>Theme: Scholaris by Inkwell Themes.</div></footer>
</div>
{cookie}
<script src="https://studentquill.com/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</body>
</html>
"""


# ---------------------------------------------------------------- the later sets' shared driver
# heldout/sites2–sites4 load this module and lay out their folders with these functions; the first set
# chooses its essays the same way and keeps its own page loop below (its pages must not change).


def choose_essays(ordered: list[dict], need: int) -> list[dict]:
    """Essays in the given order, no two from one source domain and no paragraph shared between two."""
    chosen, domains, paras = [], set(), set()
    for essay in ordered:
        keys = {norm(block_text(b)) for b in essay["blocks"] if b[0] == "paragraph" and len(block_text(b).split()) > 6}
        if essay["domain"] in domains or keys & paras:
            continue
        chosen.append(essay)
        domains.add(essay["domain"])
        paras |= keys
    if len(chosen) < need:
        raise SystemExit(f"only {len(chosen)} usable essays, need {need}")
    return chosen


def essays_needed(sites: dict, pages_per_site: int) -> int:
    """One essay per page, but a site's duplicate pair shares one."""
    return sum(pages_per_site - (1 if dup else 0) for *_, dup in sites.values())


def write_site_folders(outdir: Path, seed: int, sites: dict, chosen: list[dict], pages_per_site: int,
                       page_for, copy_twin, source_row) -> list[str]:  # noqa: ANN001 - the sets' own callables
    """Every site's folder: pages and truths, essays taken from `chosen` in order. `sites` maps a name to
    (writer, teaser pages, cited pages, duplicate pair or None); `page_for(name, n, essay, titles, rng,
    twin)` makes a set's own Page (drawing from `rng` exactly as the set always has), `copy_twin(page, twin)` gives the second page of a pair the first one's
    essay, `source_row(name, n, essay)` is its SOURCES.tsv line. The lines are returned in page order."""
    rows = []
    start = 0
    for name, (writer, teasers, cited, dup) in sites.items():
        site_rng = random.Random(f"{seed}:{name}")
        count = pages_per_site - (1 if dup else 0)
        mine = chosen[start:start + count]
        start += count
        if dup:  # the second page of the pair carries the first one's essay
            mine.insert(dup[1] - 1, mine[dup[0] - 1])
        titles = [e["title"] for e in mine]
        order = [n for n in range(pages_per_site) if not dup or n != dup[1] - 1]
        site_rng.shuffle(order)
        teaser_pages, cited_pages = set(order[:teasers]), set(order[teasers:teasers + cited])
        folder = outdir / name
        (folder / "truth").mkdir(parents=True, exist_ok=True)
        made: dict = {}
        for n, essay in enumerate(mine, 1):
            page_rng = random.Random(f"{seed}:{name}:{n}")
            twin = made.get(dup[0]) if dup and n == dup[1] else None
            page = page_for(name, n, essay, titles, page_rng, twin)
            if twin:  # same essay: same body, cut and references; the template around it differs
                copy_twin(page, twin)
            else:
                if n - 1 in teaser_pages:
                    page.cut = max(3, round(len(page.blocks) * page_rng.uniform(0.35, 0.55)))
                    while page.cut > 3 and page.blocks[page.cut - 1][0] == "heading":
                        page.cut -= 1
                if n - 1 in cited_pages:
                    page.refs = works_cited(page_rng, page_rng.randint(3, 6))
            made[n] = page
            (folder / f"page-{n:02d}.html").write_text(writer(page), "utf-8")
            (folder / "truth" / f"page-{n:02d}.md").write_text(page.truth(), "utf-8")
            rows.append(source_row(name, n, essay))
    return rows


SITES = {  # name: (writer, teaser pages, works-cited pages)
    "harbordesk": (harbordesk, 0, 3),
    "paperloom": (paperloom, 4, 0),
    "termattic": (termattic, 2, 5),
    "plainessays": (plainessays, 3, 2),
    "quillpress": (quillpress, 0, 3),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    essays = load_essays()
    rng.shuffle(essays)
    need = PAGES_PER_SITE * len(SITES)
    chosen = choose_essays(essays, need)
    sources = ["site\tpage\twcxb_id\tsource_url\ttitle"]
    for s, (name, (writer, teasers, cited)) in enumerate(SITES.items()):
        site_rng = random.Random(f"{args.seed}:{name}")
        mine = chosen[s * PAGES_PER_SITE:(s + 1) * PAGES_PER_SITE]
        titles = [e["title"] for e in mine]
        order = list(range(PAGES_PER_SITE))
        site_rng.shuffle(order)
        teaser_pages, cited_pages = set(order[:teasers]), set(order[teasers:teasers + cited])
        folder = args.outdir / name
        (folder / "truth").mkdir(parents=True, exist_ok=True)
        for n, essay in enumerate(mine, 1):
            page = Page(essay, random.Random(f"{args.seed}:{name}:{n}"), n, titles)
            if n - 1 in teaser_pages:
                page.cut = max(3, round(len(page.blocks) * page.rng.uniform(0.35, 0.55)))
                while page.cut > 3 and page.blocks[page.cut - 1][0] == "heading":
                    page.cut -= 1
            if n - 1 in cited_pages:
                page.refs = works_cited(page.rng, page.rng.randint(3, 6))
            markup = writer(page)
            (folder / f"page-{n:02d}.html").write_text(markup, "utf-8")
            (folder / "truth" / f"page-{n:02d}.md").write_text(page.truth(), "utf-8")
            sources.append(f"{name}\tpage-{n:02d}\t{essay['id']}\t{essay['url']}\t{essay['title']}")
    (args.outdir / "SOURCES.tsv").write_text("\n".join(sources) + "\n", "utf-8")
    print(f"{len(SITES)} sites x {PAGES_PER_SITE} pages -> {args.outdir} ({len(chosen)} usable essays)")


if __name__ == "__main__":
    main()
