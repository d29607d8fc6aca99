"""Write a SECOND set of held-out essay-site folders for measuring site learning (issue 13) at first contact.

    /work/main/.venv/bin/python heldout/sites2/generate.py /work/corpora/sites2-heldout [--seed 29]

Five invented essay-sample sites, 18 pages each, in markup families the first set (heldout/sites/) does not use:
OUTDIR/<site>/page-NN.html and the truth of every page, OUTDIR/<site>/truth/page-NN.md (the format at the top of
bench/scoring.py). The essay bodies are real article texts from the WCXB dev ground truth (CC-BY-4.0, even file ids
only, page_type "article"), none of them used by the first set or by tests/realpages; OUTDIR/SOURCES.tsv records which
text went where. Same seed, same bytes.

Sites (markup families):
  slatepaper   Tailwind utility classes only (no meaningful class names), canonical URL
  essaybloom   Nuxt 3 / Vue SSR: data-v-* scoped attributes, <!--[--> fragment comments, v-html body, og:url only
  thesisbank   Drupal 9, Olivero theme: regions, blocks, field--name-* wrappers, views blocks, canonical + shortlink
  marginalia   Ghost 5, Casper theme: gh-content, Koenig cards (callout, button, product), members paywall, canonical + og:url
  quadreview   Django templates, semantic HTML5 only (header/nav/main/article/section/aside/dl/dialog), no class attributes, NO URL

The markdown parsing and truth writing are the first set's (heldout/sites/generate.py, imported, unchanged).
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import html
import importlib.util
import json
import math
import random
import re
from datetime import date, timedelta
from pathlib import Path

_spec = importlib.util.spec_from_file_location("sites1_generate", Path(__file__).resolve().parents[1] / "sites" / "generate.py")
g = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(g)
norm, inline, block_text, slug, person, works_cited = g.norm, g.inline, g.block_text, g.slug, g.person, g.works_cited

WCXB = g.WCXB
PAGES_PER_SITE = 18
TARGET_WORDS = 1100  # long texts are shortened to their first ~1,100 words (ending on a paragraph)

# The 80 WCXB ids the first held-out set uses (heldout/sites/generate.py, seed 13): not used again here.
FIRST_SET = set("""
0004 0008 0018 0024 0034 0036 0048 0060 0078 0080 0086 0092 0106 0120 0124 0126 0128 0140 0144 0156 0160 0208 0218 0234
0280 0284 0286 0290 0320 0342 0350 0382 0384 0386 0412 0420 0434 0438 0454 0456 0458 0466 0468 0480 0482 0486 0490 0500
1806 2976 4036 4076 4124 4148 4166 4170 4172 4182 4184 4202 4240 4244 4252 4326 4452 4454 4458 4462 4524 4530 4574 4580
4604 4620 4660 4682 4684 4700 4796 4810""".split())
# Even WCXB ids the repository's tests use (tests/realpages): not held out, so not used.
SEEN_BY_DEVELOPER = set(g.SEEN_BY_DEVELOPER)


# ---------------------------------------------------------------------------------------------- essays

def load_essays() -> list[dict]:
    meta = json.loads((WCXB / "metadata.json").read_text("utf-8"))["files"]
    essays = []
    for fid, info in sorted(meta.items()):
        if info.get("page_type") != "article" or int(fid) % 2 or fid in FIRST_SET or fid in SEEN_BY_DEVELOPER:
            continue
        data = json.loads((WCXB / "ground-truth" / f"{fid}.json").read_text("utf-8"))
        gt = data["ground_truth"]
        if isinstance(gt, str):
            try:
                gt = json.loads(gt)
            except json.JSONDecodeError:
                gt = ast.literal_eval(gt)
        title = inline(gt.get("title") or "")
        blocks = g.parse_markdown(gt.get("main_content_markdown") or gt.get("main_content") or "")
        if not title or not blocks or len(title) > 110:
            continue
        # The source's own teaser lines, and blocks holding a cross-site clutter marker, are left out.
        blocks = [b for b in blocks if not (b[0] == "paragraph" and re.search(r"(\.\.\.|…)$", b[1]))]
        blocks = [b for b in blocks if not any(norm(m) in norm(block_text(b)) for m in g.MARKERS)]
        raw = " ".join(block_text(b) for b in blocks)
        if g.MOJIBAKE.search(raw) or g.CODE.search(raw):
            continue  # broken source text or program code: not an essay body
        if blocks and blocks[0][0] == "heading" and norm(blocks[0][1]) == norm(title):
            blocks = blocks[1:]
        kept, words = [], 0
        for block in blocks:
            if words >= TARGET_WORDS:
                break
            kept.append(block)
            words += len(block_text(block).split())
        blocks = kept
        while blocks and blocks[-1][0] != "paragraph":
            blocks = blocks[:-1]
        paras = [b for b in blocks if b[0] == "paragraph"]
        items = sum(len(b[1][1]) for b in blocks if b[0] == "list")
        heads = sum(b[0] == "heading" for b in blocks)
        words = sum(len(block_text(b).split()) for b in blocks)
        if words < 250 or len(paras) < 5 or items > 20 or heads > 14 or items > 2 * len(paras):
            continue
        tags = (data.get("_internal", {}).get("page_type", {}) or {}).get("tags") or []
        essays.append({"id": fid, "url": data.get("url", ""), "domain": info.get("domain", ""), "title": title,
                       "blocks": blocks, "words": words, "tags": tags})
    return essays


# ------------------------------------------------------------------------------------------ invented bits

EXTRA_TITLES = [
    "The Ethics of Gene Editing in Agriculture", "How Libraries Shaped the Enlightenment", "Sleep, Screens and Adolescents",
    "The Decline of Local Newspapers", "Why Cities Plant Street Trees", "A Defence of Standardised Testing",
    "The Legacy of the Marshall Plan", "Music Therapy in Dementia Care", "The Rise of the Gig Economy",
    "Water Rights in the American West", "Loneliness Among University Students", "Should Voting Be Compulsory?",
    "The Cultural Impact of Video Games", "Food Deserts in Rural Communities", "The Debate Over Daylight Saving Time",
    "Women in the Scientific Revolution", "The Economics of Recycling", "Nationalism and the Olympic Games",
    "How Advertising Shapes Childhood", "The Moral Case for Foreign Aid", "Antibiotic Resistance and Farming",
    "The Role of Satire in Politics", "Public Art and Urban Identity", "Bilingual Education in Primary Schools",
    "The Harlem Renaissance and Its Poets", "Surveillance Cameras and Civil Liberties", "The Future of Nuclear Power",
    "Homework Policies Around the World", "Memory and Identity in Beloved", "The Psychology of Queues",
]
TOPICS_FALLBACK = "general studies"


def topic_of(essay: dict) -> str:
    tags = [t for t in essay["tags"] if len(t) > 2]
    if tags:
        return tags[0].replace("-", " ")
    words = [w for w in re.findall(r"[A-Za-z]+", essay["title"]) if len(w) > 4]
    return (words[0] if words else TOPICS_FALLBACK).lower()


def fmt_int(n: int) -> str:
    return f"{n:,}"


def short_count(n: int) -> str:
    return f"{n / 1000:.1f}K" if n >= 1000 else str(n)


def esc(text: str) -> str:
    return html.escape(text, quote=False)


class Page(g.Page):
    """One page of a site: the essay, its invented per-page details and the clutter phrases its template shows."""

    def __init__(self, essay, rng, index, site_titles, blocks=None):
        self.essay = essay
        self.rng = rng
        self.index = index
        self.title = essay["title"]
        self.blocks = list(blocks if blocks is not None else essay["blocks"])
        self.words = sum(len(block_text(b).split()) for b in self.blocks)
        self.pages = max(1, math.ceil(self.words / 275))
        self.minutes = max(1, round(self.words / 238))
        self.date = date(2017, 1, 1) + timedelta(days=rng.randint(0, 2900))
        self.views = rng.choice([rng.randint(60, 999), rng.randint(1000, 9999), rng.randint(10000, 61000)])
        self.author = person(rng)
        self.topic = topic_of(essay)
        self.category = self.topic.title()
        others = sorted({t for t in site_titles if t != self.title})
        self.related = rng.sample(others, 3) + rng.sample(EXTRA_TITLES, rng.randint(1, 3))
        rng.shuffle(self.related)
        self.refs: list[tuple[str, str]] = []
        self.cut = None
        self.clutter: list[str] = []
        self.claimed_words = None
        self.claimed_pages = None

    def rest_words(self) -> int:
        return sum(len(block_text(b).split()) for b in self.blocks[self.cut:]) if self.cut is not None else 0


def pieces_for(blocks, para: str = "<p>{}</p>", heading: str = "<h2>{}</h2>", quote: str = "<blockquote><p>{}</p></blockquote>",
               ul: str = "<ul>", ol: str = "<ol>", li: str = "<li>{}</li>") -> list[str]:
    """The essay blocks as HTML pieces (one per block), in a site's flavour."""
    out = []
    for kind, value in blocks:
        if kind == "heading":
            out.append(heading.format(esc(value)))
        elif kind == "paragraph":
            out.append(para.format(esc(value)))
        elif kind == "quote":
            out.append(quote.format(esc(value)))
        else:
            ordered, items = value
            start, end = (ol, "</ol>") if ordered else (ul, "</ul>")
            out.append(start + "".join(li.format(esc(i)) for i in items) + end)
    return out


def spot(n_blocks: int, rng: random.Random, lo: int, hi: int) -> int:
    """Where an in-body block goes: after body block lo..hi (1-based), never after the last one."""
    top = max(1, min(hi, n_blocks - 1))
    return rng.randint(min(lo, top), top)


# ---- 1. slatepaper: Tailwind utility classes only, canonical URL -----------------------------------------

SP_P = "mb-5 text-[17px] leading-8 text-slate-800"
SP_CTAS = [
    ("Writing about {topic}?", "A SlatePaper editor can review your draft and send line-by-line notes within 24 hours.",
     "Get feedback"),
    ("Stuck on your own paper?", "Tell us your topic and deadline — a subject expert will outline it with you tonight.",
     "Talk to an expert"),
    ("Make your essay on {topic} stand out", "Try the SlatePaper thesis builder: three strong thesis statements in a minute.",
     "Build my thesis"),
]
SP_SPONSORED = [
    "Grammar checks in one click: try Quillora free for 7 days.",
    "Cite anything in seconds with RefSnap, the citation tool 2 million students use.",
]


def slatepaper(p: Page) -> str:
    rng = p.rng
    url = f"https://slatepaper.io/essays/{slug(p.title)}"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    vis = p.visible()
    pieces = pieces_for(vis, para=f'<p class="{SP_P}">{{}}</p>',
                        heading='<h2 class="mb-3 mt-10 text-2xl font-semibold tracking-tight text-slate-900">{}</h2>',
                        quote='<blockquote class="my-6 border-l-4 border-slate-300 pl-4 italic text-slate-700"><p>{}</p></blockquote>',
                        ul='<ul class="mb-5 list-disc space-y-1 pl-6 text-slate-800">', ol='<ol class="mb-5 list-decimal space-y-1 pl-6 text-slate-800">')
    head, text, button = rng.choice(SP_CTAS)
    head = head.format(topic=p.topic)
    cta = (f'<div class="my-10 rounded-2xl bg-indigo-50 p-6 ring-1 ring-inset ring-indigo-100"><p class="text-lg font-semibold text-indigo-950">'
           f'{esc(head)}</p><p class="mt-1 text-sm text-indigo-900">{esc(text)}</p><a href="/experts" class="mt-4 inline-flex items-center '
           f'rounded-lg bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-500">{button} →</a></div>')
    at = spot(len(vis), rng, 1, 5)
    pieces.insert(at, cta)
    p.clutter += [head, text, f"{button} →"]
    if rng.random() < 0.25:  # a sponsored line, styled like the body, on about 1 page in 4
        line = rng.choice(SP_SPONSORED)
        sat = rng.randint(at + 2, len(pieces)) if at + 2 <= len(pieces) else len(pieces)
        pieces.insert(sat, f'<div class="my-6 border-y border-slate-200 py-4"><span class="text-[11px] font-medium uppercase tracking-widest '
                           f'text-slate-400">Sponsored</span><p class="{SP_P}">{esc(line)}</p></div>')
        p.clutter += [line, "Sponsored"]
    disclaimer = ("This sample was contributed by a student. Use it for research and inspiration, and cite it if you quote "
                  "from it — handing it in as your own work is plagiarism.")
    lock = ""
    if p.cut is not None:
        rest = p.rest_words()
        lock = (f'<div class="relative -mt-24 h-24 bg-gradient-to-b from-white/0 to-white"></div><div class="rounded-2xl border border-slate-200 p-8 text-center">'
                f'<p class="text-xl font-semibold text-slate-900">You\'ve reached the end of the free preview</p><p class="mt-2 text-slate-600">Unlock the '
                f'remaining {fmt_int(rest)} words with SlatePaper Plus.</p><a href="/plus" class="mt-5 inline-flex rounded-lg bg-slate-900 px-5 py-2.5 '
                f'text-sm font-semibold text-white">Start free trial</a></div>')
        p.clutter += ["You've reached the end of the free preview", f"Unlock the remaining {fmt_int(rest)} words with SlatePaper Plus",
                      "Start free trial"]
    refs = ""
    if p.refs:
        refs = ('<h2 class="mb-3 mt-10 text-2xl font-semibold tracking-tight text-slate-900">Works Cited</h2>'
                + "".join(f'<p class="mb-2 pl-8 -indent-8 text-[15px] text-slate-700">{m}</p>' for _, m in p.refs))
    added = p.date.strftime("%b %-d, %Y")
    reads = short_count(p.views)
    cite = f"SlatePaper. ({p.date.year}, {p.date.strftime('%B %-d')}). {p.title}. {url}"
    cards = "".join(
        f'<a href="/essays/{slug(t)}" class="group block rounded-xl border border-slate-200 p-4 hover:border-slate-400"><p class="font-medium '
        f'text-slate-900 group-hover:underline">{esc(t)}</p><p class="mt-1 text-xs text-slate-500">{fmt_int(rng.randint(400, 2600))} words</p></a>'
        for t in p.related[:4])
    cookie = ""
    if rng.random() < 0.5:
        cookie = ('<div class="fixed inset-x-4 bottom-4 z-50 rounded-xl bg-slate-900 p-4 text-sm text-slate-100 shadow-xl sm:flex sm:items-center '
                  'sm:justify-between"><p>SlatePaper uses cookies to keep you signed in and to understand how our library is used.</p>'
                  '<div class="mt-3 flex gap-2 sm:mt-0"><button class="rounded-md bg-white px-3 py-1.5 font-medium text-slate-900">Accept all</button>'
                  '<button class="rounded-md px-3 py-1.5 text-slate-300 ring-1 ring-slate-600">Only necessary</button></div></div>')
        p.clutter += ["SlatePaper uses cookies to keep you signed in", "Only necessary"]
    p.clutter += [disclaimer, f"{fmt_int(p.words)} words", f"≈ {p.pages} page{'s' if p.pages > 1 else ''}", f"{p.minutes} min read",
                  f"{reads} reads", f"Added {added}", "Browse essays", "Get unlimited access", "Share this essay", "Copy link",
                  "How to cite this essay", cite, "Copy citation", "Keep reading", *p.related[:4],
                  "One great student essay in your inbox every Sunday", "SlatePaper Labs", "Honor code",
                  "Essays on SlatePaper are written by students"]
    return f"""<!DOCTYPE html>
<html lang="en" class="h-full scroll-smooth antialiased">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(p.title)} | SlatePaper</title>
<meta name="description" content="{html.escape(block_text(p.blocks[0])[:155])}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/_astro/base.Cq3xTz1v.css">
</head>
<body class="flex min-h-full flex-col bg-white font-sans text-slate-900">
<header class="sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur">
<div class="mx-auto flex h-16 max-w-6xl items-center justify-between px-4 sm:px-6">
<a href="/" class="flex items-center gap-2 text-lg font-bold tracking-tight"><span class="inline-block h-6 w-6 rounded bg-slate-900"></span>SlatePaper</a>
<nav class="hidden gap-6 text-sm font-medium text-slate-600 md:flex"><a href="/essays" class="hover:text-slate-900">Browse essays</a><a href="/topics" class="hover:text-slate-900">Topics</a><a href="/pricing" class="hover:text-slate-900">Pricing</a></nav>
<div class="flex items-center gap-3"><a href="/login" class="text-sm font-medium text-slate-600">Sign in</a><a href="/plus" class="rounded-full bg-slate-900 px-4 py-1.5 text-sm font-semibold text-white">Get unlimited access</a></div>
</div>
</header>
<div class="mx-auto w-full max-w-6xl flex-1 px-4 py-10 sm:px-6 lg:grid lg:grid-cols-12 lg:gap-12">
<div class="lg:col-span-8">
<div class="mb-4 flex items-center gap-2 text-sm text-slate-500"><a href="/essays" class="hover:underline">Essays</a><span>/</span><a href="/topics/{slug(p.category)}" class="hover:underline">{esc(p.category)}</a></div>
<h1 class="text-3xl font-extrabold tracking-tight text-slate-900 sm:text-4xl">{esc(p.title)}</h1>
<div class="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-500"><span>{fmt_int(p.words)} words</span><span>≈ {p.pages} page{"s" if p.pages > 1 else ""}</span><span>{p.minutes} min read</span><span>{reads} reads</span><span>Added {added}</span></div>
<div class="mt-4 flex gap-2 text-sm"><span class="font-medium text-slate-700">Share this essay</span><a href="#" class="text-slate-500 hover:text-slate-900">X</a><a href="#" class="text-slate-500 hover:text-slate-900">Facebook</a><a href="#" class="text-slate-500 hover:text-slate-900">Copy link</a></div>
<div class="mt-8">
<p class="{SP_P}">{esc(disclaimer)}</p>
{chr(10).join(pieces)}
</div>
{lock}
{refs}
<div class="mt-12 rounded-2xl bg-slate-50 p-6"><p class="text-sm font-semibold uppercase tracking-wide text-slate-500">How to cite this essay</p>
<p class="mt-2 font-mono text-sm text-slate-700">{esc(cite)}</p><button class="mt-3 text-sm font-medium text-indigo-600">Copy citation</button></div>
</div>
<aside class="mt-12 lg:col-span-4 lg:mt-0">
<div class="sticky top-24 space-y-4"><p class="text-sm font-semibold uppercase tracking-wide text-slate-500">Keep reading</p>
{cards}
<div class="rounded-xl bg-amber-50 p-4 text-sm text-amber-900"><p class="font-semibold">One great student essay in your inbox every Sunday.</p><button class="mt-2 rounded-md bg-amber-400 px-3 py-1 font-medium text-amber-950">Subscribe</button></div>
</div>
</aside>
</div>
<footer class="border-t border-slate-200 bg-slate-50"><div class="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 text-sm text-slate-500 sm:flex-row sm:justify-between sm:px-6">
<p>© 2025 SlatePaper Labs. Essays on SlatePaper are written by students and shared with their permission.</p>
<div class="flex gap-4"><a href="/terms">Terms</a><a href="/privacy">Privacy</a><a href="/honor-code">Honor code</a></div></div></footer>
{cookie}
<script type="module" src="/_astro/hoisted.B7e2kLQa.js"></script>
</body>
</html>
"""


# ---- 2. essaybloom: Nuxt 3 / Vue SSR, data-v-* attributes, og:url only -------------------------------------

def dv(component: str) -> str:
    return "data-v-" + hashlib.sha1(("essaybloom:" + component).encode()).hexdigest()[:8]


EB_OFFERS = [
    ("Get a 100% original essay on {topic}", "Just from $10/page · delivered on time"),
    ("Need a paper like this about {topic}?", "Verified writers · free revisions · from $10/page"),
]
EB_TIPS = [
    "Tip from our editors: open each body paragraph with a claim, not a fact.",
    "Tip from our editors: read your conclusion aloud — if it only repeats the introduction, rewrite it.",
    "Tip from our editors: one quotation per paragraph is usually enough.",
]
EB_LEVELS = ["High school", "College", "Undergraduate", "Master's"]


def essaybloom(p: Page) -> str:
    rng = p.rng
    sid = p.sample_id
    path = f"/samples/{slug(p.title)}-{sid}"
    url = "https://essaybloom.net" + path
    p.claimed_words, p.claimed_pages = p.words, p.pages
    a, m, c, s, o, t = dv("app"), dv("SampleMeta"), dv("SampleContent"), dv("SampleSidebar"), dv("InlineOffer"), dv("EditorTip")
    vis = p.visible()
    pieces = pieces_for(vis)  # v-html: the stored body has no scoped attributes
    disclaimer = "Note: this paper was shared by a student and may contain errors. Always check the facts before you use them."
    pieces.insert(0, f"<p>{esc(disclaimer)}</p>")
    offer_h, offer_t = rng.choice(EB_OFFERS)
    offer_h = offer_h.format(topic=p.topic)
    at = spot(len(vis), rng, 2, 5) + 1
    pieces.insert(at, f'<!--[--><div {o} class="inline-offer"><p {o} class="inline-offer__title">{esc(offer_h)}</p><p {o} class="inline-offer__sub">'
                      f'{esc(offer_t)}</p><button {o} class="btn btn--primary">Order now</button></div><!--]-->')
    p.clutter += [offer_h, offer_t, disclaimer]
    if rng.random() < 0.3:
        tip = rng.choice(EB_TIPS)
        pieces.insert(rng.randint(1, len(pieces)), f'<div {t} class="editor-tip"><p>{esc(tip)}</p></div>')
        p.clutter.append(tip)
    lock = ""
    if p.cut is not None:
        lock = (f'<div {c} class="sample-lock"><div {c} class="sample-lock__fade"></div><p {c} class="sample-lock__title">The rest of this sample is hidden</p>'
                f'<p {c} class="sample-lock__text">Register for free to read all {fmt_int(p.words)} words.</p><button {c} class="btn btn--primary">Read full sample'
                f'</button></div>')
        p.clutter += ["The rest of this sample is hidden", f"Register for free to read all {fmt_int(p.words)} words", "Read full sample"]
    refs = ""
    if p.refs:
        refs = "<h3>Works Cited</h3>" + "".join(f"<p>{mk}</p>" for _, mk in p.refs)
    level = rng.choice(EB_LEVELS)
    saved = rng.randint(4, 480)
    cite_mla = f"\u201c{p.title}.\u201d EssayBloom, {p.date.strftime('%-d %b %Y')}, essaybloom.net{path}."
    also = "".join(f'<li {s} class="also__item"><a {s} href="/samples/{slug(tt)}">{esc(tt)}</a><span {s} class="also__meta">'
                   f'{rng.randint(1, 8)} pages</span></li>' for tt in p.related)
    cookie = ""
    if rng.random() < 0.6:
        cookie = (f'<div {a} class="cookie-toast"><p {a}>By continuing to browse EssayBloom you agree to our use of cookies for analytics.</p>'
                  f'<button {a} class="btn btn--small">OK, got it</button></div>')
        p.clutter += ["By continuing to browse EssayBloom you agree to our use of cookies", "OK, got it"]
    p.clutter += [f"Pages: {p.pages}", f"Words: {fmt_int(p.words)}", f"Level: {level}", f"Saved by {saved} students",
                  "Free essay samples", "Write my essay", "Order now", "Share:", "Citation", cite_mla, "Copy to clipboard",
                  "Students also read", "Rated 4.8 out of 5 by 2,300+ students", "Get your price", "EssayBloom is a free library",
                  "How it works", "Honor code", *p.related]
    state = json.dumps({"data": {f"sample-{sid}": {"id": sid, "slug": slug(p.title), "words": p.words, "views": p.views}},
                        "state": {"$sauth": {"loggedIn": False}}, "serverRendered": True, "config": {"public": {"site": "essaybloom"}}},
                       separators=(",", ":"))
    return f"""<!DOCTYPE html>
<html lang="en" data-capo=""><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(p.title)} - Free Essay Sample | EssayBloom</title>
<link rel="preload" as="style" href="/_nuxt/entry.4f1c2a9b.css"><link rel="stylesheet" href="/_nuxt/entry.4f1c2a9b.css">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/entry.7d0e3f55.js">
<meta property="og:title" content="{html.escape(p.title)}"><meta property="og:url" content="{url}"><meta property="og:type" content="article">
<meta name="description" content="Read the free essay sample on {html.escape(p.topic)}: {html.escape(p.title)}. {p.pages} pages, {p.words} words.">
</head><body><div id="__nuxt"><!--[--><div {a} class="layout"><header {a} class="header"><a {a} href="/" class="header__logo">EssayBloom</a><nav {a} class="header__nav"><!--[--><a {a} href="/samples" class="header__link">Free essay samples</a><a {a} href="/how-it-works" class="header__link">How it works</a><a {a} href="/order" class="header__link header__link--cta">Write my essay</a><!--]--></nav></header>
<main {a} class="page page--sample"><div {a} class="container"><div {a} class="sample">
<nav {a} class="breadcrumbs"><!--[--><a {a} href="/samples">Samples</a><span {a}>›</span><a {a} href="/samples/{slug(p.category)}">{esc(p.category)}</a><!--]--></nav>
<h1 {a} class="sample__title">{esc(p.title)}</h1>
<ul {m} class="sample-meta"><li {m} class="sample-meta__item">Pages: {p.pages}</li><li {m} class="sample-meta__item">Words: {fmt_int(p.words)}</li><li {m} class="sample-meta__item">Level: {level}</li><li {m} class="sample-meta__item sample-meta__item--muted">Saved by {saved} students</li></ul>
<div {c} class="sample-content"><div {c} class="sample-content__text">{chr(10).join(pieces)}
{refs}</div>
{lock}</div>
<div {c} class="sample-share"><span {c}>Share:</span><a {c} href="#">Facebook</a><a {c} href="#">Pinterest</a><a {c} href="#">Reddit</a></div>
<section {c} class="sample-cite"><h2 {c} class="sample-cite__title">Citation</h2><div {c} class="sample-cite__tabs"><!--[--><button {c}>MLA</button><button {c}>APA</button><button {c}>Chicago</button><!--]--></div><p {c} class="sample-cite__text">{esc(cite_mla)}</p><button {c} class="btn btn--ghost">Copy to clipboard</button></section>
</div>
<aside {s} class="sidebar"><div {s} class="sidebar__order"><p {s} class="sidebar__rating">Rated 4.8 out of 5 by 2,300+ students</p><button {s} class="btn btn--primary">Get your price</button></div>
<div {s} class="also"><p {s} class="also__title">Students also read</p><ul {s} class="also__list"><!--[-->{also}<!--]--></ul></div></aside>
</div></main>
<footer {a} class="footer"><p {a}>EssayBloom is a free library of student writing. © 2025 EssayBloom</p><nav {a}><a {a} href="/terms">Terms</a><a {a} href="/privacy">Privacy</a><a {a} href="/honor-code">Honor code</a></nav></footer>
{cookie}</div><!--]--></div><script type="application/json" id="__NUXT_DATA__" data-ssr="true">{html.escape(state, quote=False)}</script>
<script>window.__NUXT__={{}};window.__NUXT__.config={{public:{{}},app:{{baseURL:"/",buildAssetsDir:"/_nuxt/",cdnURL:""}}}}</script>
<script type="module" src="/_nuxt/entry.7d0e3f55.js" crossorigin></script></body></html>
"""


# ---- 3. thesisbank: Drupal 9, Olivero theme, canonical + shortlink ----------------------------------------

TB_ADS = [
    ("Study smarter", "FlashNote turns your lecture notes into flashcards. 30-day free trial for students."),
    ("Printing your thesis?", "Campus Bindery: hardcover binding from $24, ready in 48 hours."),
    ("Learn a language this summer", "Lingomatch pairs you with a native speaker for free weekly calls."),
]
TB_LEVELS = ["First year", "Second year", "Final year", "Postgraduate"]


def thesisbank(p: Page) -> str:
    rng = p.rng
    nid = p.node_id
    path = f"/node/{nid}" if p.unaliased else f"/essays/{slug(p.title)}"
    url = "https://thesisbank.org" + path
    p.claimed_words = p.words  # the node shows a word count, no page count
    vis = p.visible()
    pieces = pieces_for(vis, heading="<h2>{}</h2>")
    disclaimer = ("ThesisBank publishes student essays under a Creative Commons licence. The views expressed are the author's own "
                  "and have not been checked by ThesisBank editors.")
    pieces.append(f"<p>{esc(disclaimer)}</p>")
    p.clutter.append(disclaimer)
    if rng.random() < 0.3:  # an advertisement block placed inside the body field by an ad-insertion module
        ad_h, ad_t = rng.choice(TB_ADS)
        at = spot(len(vis), rng, 1, len(vis) - 1)
        pieces.insert(at, f'<div class="ad-insert block block-block-content" data-ad-slot="body-{at}"><div class="ad-insert__label">Advertisement</div>'
                          f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">'
                          f'<p><strong>{esc(ad_h)}</strong></p><p>{esc(ad_t)}</p></div></div>')
        p.clutter += ["Advertisement", ad_h, ad_t]
    level = rng.choice(TB_LEVELS)
    datestr = p.date.strftime("%-d %B %Y")
    refs = ""
    if p.refs:
        refs = ('<div class="field field--name-field-references field--type-text-long field--label-above"><div class="field__label">Works Cited</div>'
                '<div class="field__items">' + "".join(f'<div class="field__item">{mk}</div>' for _, mk in p.refs) + "</div></div>")
    cite = f"{p.author}. \u201c{p.title}.\u201d ThesisBank, {datestr}, {url}."
    related = "".join(f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/essays/{slug(tt)}" hreflang="en">'
                      f'{esc(tt)}</a></span></div></div>' for tt in p.related)
    tags = [tg.replace("-", " ") for tg in p.essay["tags"][:3]] or [p.topic]
    tag_html = "".join(f'<div class="field__item"><a href="/taxonomy/term/{rng.randint(10, 400)}" hreflang="en">{esc(tg)}</a></div>' for tg in tags)
    views = fmt_int(p.views)
    cookie = ""
    if rng.random() < 0.6:
        cookie = ('<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in" role="dialog">'
                  '<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message">'
                  '<h2>We use cookies on this site to enhance your user experience</h2><p>By clicking the Accept button, you agree to us doing so.</p>'
                  '<button type="button" class="find-more-button eu-cookie-compliance-more-button">More info</button></div><div id="popup-buttons" '
                  'class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-secondary-button">Accept</button>'
                  '<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div>')
        p.clutter += ["We use cookies on this site to enhance your user experience", "By clicking the Accept button, you agree to us doing so"]
    p.clutter += ["Open essays for open minds", "Submit an essay", "Main navigation", f"By {p.author}", datestr,
                  "Word count", fmt_int(p.words), "Academic level", level, f"{views} views", "Share this essay", "Cite this essay",
                  cite, f"More essays in {p.category}", *p.related, "Log in or register to post comments",
                  "ThesisBank is a project of the Open Coursework Trust", "Powered by Drupal", "Back to top"]
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/core/themes/olivero/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="canonical" href="{url}" />
<link rel="shortlink" href="https://thesisbank.org/node/{nid}" />

    <title>{esc(p.title)} | ThesisBank</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq2nQ8aLr3.css?delta=0&amp;language=en&amp;theme=olivero&amp;include=eJxt0kEKwzAM" />
  </head>
  <body class="path-node page-node-type-essay">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Skip to main content
    </a>
    
      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    
<div id="page-wrapper" class="page-wrapper">
  <div id="page">
          <header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
        <div class="site-header__fixable" data-drupal-selector="site-header-fixable">
          <div class="site-header__initial">
            <button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Sticky header" aria-checked="false">
              <span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span>
            </button>
          </div>
          <div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner">
            <div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block">
  <div class="site-branding__inner">
    <div class="site-branding__text">
      <div class="site-branding__name"><a href="/" title="Home" rel="home">ThesisBank</a></div>
      <div class="site-branding__slogan">Open essays for open minds</div>
    </div>
  </div>
</div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
              <div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
              <div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
  <h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
  <ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
    <li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/essays" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" data-drupal-link-system-path="essays"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">Essays</span></a></li>
    <li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/subjects" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">Subjects</span></a></li>
    <li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/node/add/essay" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">Submit an essay</span></a></li>
  </ul>
</nav>
              </div>
            </div>
          </div>
        </div>
      </header>
        <div id="main-wrapper" class="layout-main-wrapper layout-container">
      <div id="main" class="layout-main">
        <div class="main-content">
          <a id="main-content" tabindex="-1"></a>
            <div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
  <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
    <div class="breadcrumb__content"><ol class="breadcrumb__list">
          <li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li>
          <li class="breadcrumb__item"><a href="/essays" class="breadcrumb__link">Essays</a></li>
          <li class="breadcrumb__item"><a href="/subjects/{slug(p.category)}" class="breadcrumb__link">{esc(p.category)}</a></li>
    </ol></div>
  </nav>
</div>
  </div>
          <div class="main-content__container container">
              <div class="region region--highlighted grid-full layout--pass--content-medium">
    <div data-drupal-messages-fallback class="hidden messages-list"></div>
  </div>
              <div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
  <h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(p.title)}</span></h1>
</div>
  </div>
              <main role="main">
                  <div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block">
<article data-history-node-id="{nid}" role="article" about="{path}" class="node node--type-essay node--promoted node--view-mode-full">
  <header class="">
    <div class="node__meta">
        <span><span class="field field--name-uid field--type-entity-reference field--label-hidden"><a title="View user profile." href="/user/{rng.randint(20, 9000)}" class="username">By {esc(p.author)}</a></span></span>
        <span class="node__date"><span class="field field--name-created field--type-created field--label-hidden"><time datetime="{p.date.isoformat()}T10:{rng.randint(10, 59)}:00Z" class="datetime">{datestr}</time></span></span>
    </div>
  </header>
  <div class="node__content">
    <div class="field field--name-field-word-count field--type-integer field--label-inline clearfix"><div class="field__label">Word count</div><div class="field__item">{fmt_int(p.words)}</div></div>
    <div class="field field--name-field-academic-level field--type-list-string field--label-inline clearfix"><div class="field__label">Academic level</div><div class="field__item">{level}</div></div>
    <div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">{chr(10).join(pieces)}</div>
    {refs}
    <div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div><div class="field__items">{tag_html}</div></div>
    <div class="node__links"><ul class="links inline"><li class="statistics-counter">{views} views</li></ul></div>
  </div>
</article>
</div>
<div id="block-addtoany" class="block block-addtoany block-addtoany-block"><h2 class="block__title">Share this essay</h2>
<span class="a2a_kit a2a_kit_size_32 addtoany_list"><a class="a2a_button_facebook"></a><a class="a2a_button_x"></a><a class="a2a_button_email"></a><a class="a2a_dd addtoany_share" href="https://www.addtoany.com/share">Share</a></span></div>
<div id="block-citeessay" class="block block-block-content block-block-content-cite"><h2 class="block__title">Cite this essay</h2>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{esc(cite)}</p></div></div>
<section class="comments"><h2 class="comments__title">Comments</h2><div class="comment-forbidden">Log in or register to post comments</div></section>
<div class="views-element-container block block-views block-views-blockrelated-essays-block-1" id="block-views-block-related-essays"><h2 class="block__title">More essays in {esc(p.category)}</h2>
<div><div class="view view-related-essays view-id-related_essays view-display-id-block_1"><div class="view-content">{related}</div></div></div></div>
  </div>
              </main>
          </div>
        </div>
        <div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"></div></div></div>
      </div>
    </div>
    <footer class="site-footer">
      <div class="site-footer__inner container">
  <div class="region region--footer-top grid-full layout--pass--content-medium"><div class="region--footer_top__inner">
<div id="block-footerabout" class="block block-block-content"><div class="clearfix text-formatted field field--name-body"><p>ThesisBank is a project of the Open Coursework Trust, a registered charity.</p></div></div>
  </div></div>
  <div class="region region--footer-bottom grid-full layout--pass--content-medium">
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div>
  </div>
      </div>
    </footer>
    <div class="overlay" data-drupal-selector="overlay"></div>
  </div>
</div>
<a href="#page" class="back-to-top">Back to top</a>
  </div>
{cookie}
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/{nid}","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"en"}},"statistics":{{"data":{{"nid":"{nid}"}},"url":"\\/core\\/modules\\/statistics\\/statistics.php"}},"user":{{"uid":0,"permissionsHash":"9b1c2e"}}}}</script>
<script src="/sites/default/files/js/js_7PQzNh3pkv.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script>
  </body>
</html>
"""


# ---- 4. marginalia: Ghost 5, Casper theme, canonical + og:url -----------------------------------------------

MG_SIGNUPS = [
    ("Enjoying this essay?", "Become a member of Marginalia and get a new student essay every Thursday.", "Subscribe"),
    ("Never miss an essay", "Join 14,000 readers who get Marginalia's picks in their inbox.", "Join for free"),
]
MG_PRODUCT = ("The Essay Toolkit", "Outlines, thesis templates and a 40-point proofreading checklist.", "$19", "Buy now")
MG_LEVELS = ["first-year", "second-year", "final-year", "graduate"]


def marginalia(p: Page) -> str:
    rng = p.rng
    url = f"https://marginalia.pub/{slug(p.title)}/"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    vis = p.visible()
    pieces = [f'<h2 id="{slug(value)}">{esc(value)}</h2>' if kind == "heading" else piece
              for piece, (kind, value) in zip(pieces_for(vis), vis)]
    level = rng.choice(MG_LEVELS)
    stats = f"{fmt_int(p.words)} words · {p.pages} page{'s' if p.pages > 1 else ''} · written by a {level} student"
    pieces.insert(0, f'<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">📄</div><div class="kg-callout-text">{esc(stats)}</div></div>')
    sh, st, sb = rng.choice(MG_SIGNUPS)
    at = spot(len(vis), rng, 2, 5) + 1
    pieces.insert(at, f'<div class="kg-card kg-cta-card kg-cta-bg-grey kg-cta-minimal"><div class="kg-cta-content"><div class="kg-cta-content-inner">'
                      f'<div class="kg-cta-text"><p><b><strong style="white-space: pre-wrap;">{esc(sh)}</strong></b> <span style="white-space: pre-wrap;">{esc(st)}'
                      f'</span></p></div><a href="#/portal/signup" class="kg-cta-button">{sb}</a></div></div></div>')
    p.clutter += [stats, sh, st]
    if rng.random() < 0.25:
        name, desc, price, buy = MG_PRODUCT
        pieces.insert(rng.randint(at + 1, len(pieces)),
                      f'<div class="kg-card kg-product-card"><div class="kg-product-card-container"><div class="kg-product-card-title-container">'
                      f'<h4 class="kg-product-card-title"><span style="white-space: pre-wrap;">{name} — {price}</span></h4></div>'
                      f'<div class="kg-product-card-description"><p><span style="white-space: pre-wrap;">{desc}</span></p></div>'
                      f'<a href="https://marginalia.pub/toolkit/" class="kg-product-card-button kg-product-card-btn-accent"><span>{buy}</span></a></div></div>')
        p.clutter += [f"{name} — {price}", desc]
    disclaimer = ("Marginalia publishes essays by students and recent graduates, lightly edited. Spotted an error? Reply to this "
                  "email or write to editors@marginalia.pub.")
    refs = ""
    if p.refs:
        refs = '<h2 id="works-cited">Works Cited</h2>' + "".join(f"<p>{mk}</p>" for _, mk in p.refs)
    tail = ""
    if p.cut is None:  # the editors' note closes the essay; a members-only page ends at the paywall instead
        tail = f"<hr><p>{esc(disclaimer)}</p>"
        p.clutter.append(disclaimer)
    paywall = ""
    if p.cut is not None:
        paywall = ('<aside class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content" style="background-color: #3d5a80">'
                   '<h2>This post is for paying subscribers only</h2><a class="gh-btn" data-portal="signup" href="#/portal/signup" style="color:#3d5a80">'
                   'Subscribe now</a><p><small>Already have an account? <a data-portal="signin" href="#/portal/signin">Sign in</a></small></p></div></aside>')
        p.clutter += ["This post is for paying subscribers only", "Subscribe now", "Already have an account?"]
    datestr = p.date.strftime("%-d %b %Y")
    cite = f"Cite as: {p.author}, \u201c{p.title},\u201d Marginalia, {p.date.strftime('%-d %B %Y')}."
    cards = "".join(
        f'<article class="post-card post"><a class="post-card-image-link" href="/{slug(tt)}/"><img class="post-card-image" src="/content/images/size/w600/2024/0{rng.randint(1, 9)}/'
        f'cover-{rng.randint(100, 999)}.jpg" alt="{html.escape(tt)}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/{slug(tt)}/">'
        f'<header class="post-card-header"><div class="post-card-tags"></div><h2 class="post-card-title">{esc(tt)}</h2></header>'
        f'<div class="post-card-excerpt">A student essay, lightly edited.</div></a><footer class="post-card-meta"><span class="post-card-meta-length">'
        f'{rng.randint(3, 9)} min read</span></footer></div></article>' for tt in p.related[:3])
    cookie = ""
    if rng.random() < 0.35:
        cookie = ('<div id="cc-banner" class="cc-window cc-banner cc-type-info" role="dialog" aria-label="cookieconsent"><span class="cc-message">'
                  'This website uses cookies to ensure you get the best experience on Marginalia. <a class="cc-link" href="/privacy/">Learn more</a></span>'
                  '<div class="cc-compliance"><a class="cc-btn cc-dismiss" role="button" tabindex="0">Got it!</a></div></div>')
        p.clutter += ["This website uses cookies to ensure you get the best experience on Marginalia", "Got it!"]
    p.clutter += [f"{p.minutes} min read", datestr, f"A student essay on {p.topic}", "Share this essay", "Copy link", cite,
                  "Sign up for more like this", "Enter your email", "Start the conversation",
                  "Become a member of Marginalia to start commenting", "Read more", *p.related[:3], "A student essay, lightly edited",
                  "Data & privacy", "Powered by Ghost", "Student essays worth reading"]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>

    <title>{esc(p.title)}</title>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="HandheldFriendly" content="True" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />

    <link rel="preload" as="style" href="/assets/built/screen.css?v=8a1d3c7e52" />
    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8a1d3c7e52" />

    <meta name="description" content="A student essay on {html.escape(p.topic)}.">
    <link rel="icon" href="https://marginalia.pub/content/images/size/w256h256/2023/02/favicon.png" type="image/png">
    <link rel="canonical" href="{url}">
    <meta name="referrer" content="no-referrer-when-downgrade">
    <meta property="og:site_name" content="Marginalia">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{html.escape(p.title)}">
    <meta property="og:url" content="{url}">
    <meta property="article:published_time" content="{p.date.isoformat()}T08:{rng.randint(10, 59)}:00.000Z">
    <meta property="article:tag" content="{html.escape(p.category)}">
    <meta name="generator" content="Ghost 5.82">
    <link rel="alternate" type="application/rss+xml" title="Marginalia" href="https://marginalia.pub/rss/">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://marginalia.pub/" data-key="3c1f0b8a7d2e" data-api="https://marginalia.pub/ghost/api/content/" crossorigin="anonymous"></script>
    <link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=8a1d3c7e52">
</head>
<body class="post-template tag-{slug(p.category)} is-head-left-logo has-sans-body">
<div class="viewport">

    <header id="gh-head" class="gh-head outer">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand">
                <a class="gh-head-logo no-image" href="https://marginalia.pub">Marginalia</a>
                <button class="gh-burger" aria-label="Toggle menu"></button>
            </div>
            <nav class="gh-head-menu">
                <ul class="nav">
    <li class="nav-home"><a href="https://marginalia.pub/">Home</a></li>
    <li class="nav-essays"><a href="https://marginalia.pub/tag/essays/">Essays</a></li>
    <li class="nav-archive"><a href="https://marginalia.pub/archive/">Archive</a></li>
    <li class="nav-about"><a href="https://marginalia.pub/about/">About</a></li>
</ul>
            </nav>
            <div class="gh-head-actions">
                    <a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
                    <a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
            </div>
        </div>
    </header>

    <div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-{slug(p.category)}">

    <header class="article-header gh-canvas">

        <div class="article-tag post-card-tags">
                <span class="post-card-primary-tag">
                    <a href="/tag/{slug(p.category)}/">{esc(p.category)}</a>
                </span>
        </div>

        <h1 class="article-title">{esc(p.title)}</h1>

            <p class="article-excerpt">A student essay on {esc(p.topic)}.</p>

        <div class="article-byline">
        <section class="article-byline-content">

            <ul class="author-list instapaper_ignore">
                <li class="author-list-item">
                    <a href="/author/{slug(p.author)}/" class="author-avatar author-profile-image"><svg viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M3.513 18.998C4.749 15.504 8.082 13 12 13s7.251 2.504 8.487 5.998C18.47 21.442 15.417 23 12 23s-6.47-1.558-8.487-4.002zM12 12c2.21 0 4-2.79 4-5s-1.79-4-4-4-4 1.79-4 4 1.79 5 4 5z" fill="#FFF"></path></svg></a>
                </li>
            </ul>

            <div class="article-byline-meta">
                <h4 class="author-name"><a href="/author/{slug(p.author)}/">{esc(p.author)}</a></h4>
                <div class="byline-meta-content">
                    <time class="byline-meta-date" datetime="{p.date.isoformat()}">{datestr}</time>
                        <span class="byline-reading-time"><span class="bull">&bull;</span> {p.minutes} min read</span>
                </div>
            </div>

        </section>
        </div>

    </header>

    <section class="gh-content gh-canvas">
        {chr(10).join(pieces)}
{refs}
{tail}
<p class="share-row"><strong>Share this essay</strong> <a href="https://twitter.com/intent/tweet?url={url}">X</a> · <a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> · <a href="mailto:?subject={html.escape(p.title)}">Email</a> · <a href="#" class="copy-link">Copy link</a></p>
<div class="kg-card kg-html-card"><p class="cite-as"><small>{esc(cite)}</small></p></div>
{paywall}
    </section>

        <section class="article-comments gh-canvas">
            <div class="gh-comments"><h3>Start the conversation</h3><p>Become a member of Marginalia to start commenting.</p><a class="gh-btn" data-portal="signup" href="#/portal/signup">Sign up now</a></div>
        </section>

</article>
</main>

<section class="footer-cta outer">
    <div class="inner">
        <h2 class="footer-cta-title">Sign up for more like this.</h2>
        <a class="footer-cta-button" href="#/portal" data-portal>
            <div class="footer-cta-input">Enter your email</div>
            <span>Subscribe</span>
        </a>
    </div>
</section>

<aside class="read-more-wrap outer">
    <div class="read-more inner">
        <h3 class="read-more-title">Read more</h3>
        {cards}
    </div>
</aside>

    </div>

    <footer class="site-footer outer">
        <div class="inner">
            <section class="copyright"><a href="https://marginalia.pub">Marginalia</a> &copy; 2025 · Student essays worth reading</section>
            <nav class="site-footer-nav">
                <ul class="nav">
    <li class="nav-sign-up"><a href="#/portal/">Sign up</a></li>
    <li class="nav-data-privacy"><a href="https://marginalia.pub/privacy/">Data &amp; privacy</a></li>
    <li class="nav-contact"><a href="https://marginalia.pub/contact/">Contact</a></li>
</ul>
            </nav>
            <div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
        </div>
    </footer>

</div>
{cookie}
<script src="/assets/built/casper.js?v=8a1d3c7e52"></script>
</body>
</html>
"""


# ---- 5. quadreview: Django templates, semantic HTML5 only, no classes, no URL ----------------------------------

QR_ASIDES = [
    ("Stuck on your own essay?", "Our peer tutors read drafts every weekday evening. The first session is free for new members.", "Book a tutor"),
    ("Writing about {topic}?", "Browse more essays on {topic} written by students in your year.", "See all essays"),
    ("Got a strong essay of your own?", "Quad Review publishes student writing every week. Send us yours and reach 20,000 readers.", "Submit your essay"),
]
QR_COURSES = ["ENG 102", "HIST 210", "SOC 101", "PHIL 230", "ECON 115", "BIO 140", "COMM 205", "ENVS 120"]
QR_GRADES = ["A", "A−", "B+", "A+", "B"]


def with_common_headings(blocks, rng: random.Random):
    """Student essays on this site carry the headings Introduction and Conclusion (part of the essay, not the template)."""
    blocks = list(blocks)
    if rng.random() < 0.9 and blocks[0][0] != "heading":
        blocks.insert(0, ("heading", "Introduction"))
    if rng.random() < 0.85:  # before one of the last paragraphs that does not already follow a heading
        spots = [i for i in range(len(blocks) - 1, max(1, len(blocks) - 5), -1)
                 if blocks[i][0] == "paragraph" and blocks[i - 1][0] == "paragraph"]
        if spots:
            blocks.insert(spots[0], ("heading", "Conclusion"))
    return blocks


def quadreview(p: Page) -> str:
    rng = p.rng
    p.claimed_words, p.claimed_pages = p.words, p.pages
    vis = p.visible()
    # Each heading opens a <section>; the template renders the essay as a series of sections.
    sections, current = [], []
    for piece, (kind, _) in zip(pieces_for(vis), vis):
        if kind == "heading" and current:
            sections.append(current)
            current = []
        current.append(piece)
    sections.append(current)
    flat = [f"<section>\n{chr(10).join(sec)}\n</section>" for sec in sections]
    ah, at_, ab = rng.choice(QR_ASIDES)
    ah, at_ = ah.format(topic=p.topic), at_.format(topic=p.topic)
    aside = f"<aside>\n<h2>{esc(ah)}</h2>\n<p>{esc(at_)}</p>\n<p><a href=\"/tutors/\">{ab}</a></p>\n</aside>"
    # The aside goes between two sections, or between two paragraphs when the essay is one long section.
    if len(flat) >= 3:
        flat.insert(rng.randint(1, len(flat) - 1), aside)
    else:
        sec = sections[0] if len(sections[0]) > 2 else sections[-1]
        sec.insert(spot(len(sec), rng, 2, 4), aside)
        flat = [f"<section>\n{chr(10).join(s)}\n</section>" for s in sections]
    p.clutter += [ah, at_, ab]
    if rng.random() < 0.25:
        flat.insert(rng.randint(1, len(flat)), "<aside>\n<p><small>Advertisement</small></p>\n<p>Textbooks for less: rent, buy or sell at "
                                               "CampusShelf and save up to 80%.</p>\n</aside>")
        p.clutter += ["Advertisement", "Textbooks for less: rent, buy or sell at CampusShelf"]
    disclaimer = ("Essays on Quad Review are published as their authors submitted them. They are not model answers, and "
                  "copying them into your own coursework is a breach of academic integrity.")
    members = ""
    if p.cut is not None:
        members = (f"<section>\n<h2>Members only</h2>\n<p>The remaining {fmt_int(p.rest_words())} words of this essay are available to "
                   f"Quad Review members.</p>\n<p><a href=\"/join/\">Join for free</a> or <a href=\"/login/\">log in</a></p>\n</section>")
        p.clutter += ["Members only", f"The remaining {fmt_int(p.rest_words())} words of this essay are available to Quad Review members",
                      "Join for free"]
    refs = ""
    if p.refs:
        refs = "<section>\n<h2>Works Cited</h2>\n<ol>\n" + "\n".join(f"<li>{mk}</li>" for _, mk in p.refs) + "\n</ol>\n</section>"
    course, grade = rng.choice(QR_COURSES), rng.choice(QR_GRADES)
    datestr = p.date.strftime("%B %-d, %Y")
    length = f"{fmt_int(p.words)} words (about {p.pages} page{'s' if p.pages > 1 else ''})"
    cite = f"{p.author}. \u201c{p.title}.\u201d Quad Review, {datestr}."
    recent = "\n".join(f"<li><a href=\"/essays/{slug(tt)}/\">{esc(tt)}</a></li>" for tt in p.related)
    dialog = ""
    if rng.random() < 0.4:
        dialog = ("<dialog open>\n<p>Quad Review stores one small cookie to remember your preferences. Nothing else.</p>\n"
                  "<form method=\"dialog\"><button>Fine by me</button></form>\n</dialog>")
        p.clutter += ["Quad Review stores one small cookie to remember your preferences", "Fine by me"]
    p.clutter += [disclaimer, length, course, datestr,
                  f"Read {fmt_int(p.views)} times", f"by {p.author}", "Share this essay", "Copy link", "Citing this essay", cite,
                  "Recently added", *p.related, "Browse by course", "Quad Review is run by students, for students",
                  "Built with Django", "Write for us"]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(p.title)} · Quad Review</title>
<link rel="stylesheet" href="/static/css/quad.3f9a1e.css">
<meta name="csrf-token" content="{hashlib.sha1(f'qr{p.index}{p.title}'.encode()).hexdigest()}">
</head>
<body>
<header>
<p><a href="/"><strong>Quad Review</strong></a></p>
<nav aria-label="Main">
<ul>
<li><a href="/essays/">Essays</a></li>
<li><a href="/courses/">Courses</a></li>
<li><a href="/write/">Write for us</a></li>
<li><a href="/login/">Log in</a></li>
</ul>
</nav>
</header>
<main>
<nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/courses/">Courses</a></li><li><a href="/courses/{slug(course)}/">{course}</a></li></ol></nav>
<article>
<header>
<h1>{esc(p.title)}</h1>
<p>by {esc(p.author)}</p>
<dl>
<dt>Length</dt><dd>{length}</dd>
<dt>Course</dt><dd>{course}</dd>
<dt>Grade</dt><dd>{grade}</dd>
<dt>Submitted</dt><dd><time datetime="{p.date.isoformat()}">{datestr}</time></dd>
<dt>Read</dt><dd>Read {fmt_int(p.views)} times</dd>
</dl>
</header>
<p>{esc(disclaimer)}</p>
{chr(10).join(flat)}
{members}
{refs}
<footer>
<nav aria-label="Share">
<p>Share this essay</p>
<ul><li><a href="mailto:?subject={html.escape(p.title)}">Email</a></li><li><a href="#">Facebook</a></li><li><a href="#">Bluesky</a></li><li><a href="#">Copy link</a></li></ul>
</nav>
<section>
<h2>Citing this essay</h2>
<p>{esc(cite)}</p>
</section>
</footer>
</article>
<aside>
<section>
<h2>Recently added</h2>
<ul>
{recent}
</ul>
</section>
<section>
<h2>Browse by course</h2>
<ul>{"".join(f'<li><a href="/courses/{slug(cc)}/">{cc}</a></li>' for cc in QR_COURSES[:6])}</ul>
</section>
</aside>
</main>
<footer>
<p>Quad Review is run by students, for students. Built with Django. © 2025</p>
<p><a href="/about/">About</a> · <a href="/privacy/">Privacy</a> · <a href="/write/">Write for us</a></p>
</footer>
{dialog}
</body>
</html>
"""


# ------------------------------------------------------------------------------------------------ main

SITES = {  # name: (writer, teaser pages, works-cited pages, duplicate pair (page numbers) or None)
    "slatepaper": (slatepaper, 3, 3, None),
    "essaybloom": (essaybloom, 4, 2, (5, 14)),  # the same sample saved twice (same URL, different visits)
    "thesisbank": (thesisbank, 0, 4, (8, 17)),  # the same essay under its alias and under /node/NID
    "marginalia": (marginalia, 3, 3, None),
    "quadreview": (quadreview, 2, 4, None),    # essays carry the headings Introduction / Conclusion
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=29)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    essays = load_essays()
    rng.shuffle(essays)
    need = g.essays_needed(SITES, PAGES_PER_SITE)
    chosen = g.choose_essays(essays, need)

    def page_for(name: str, n: int, essay: dict, titles: list[str], page_rng: random.Random, twin: Page | None) -> Page:
        blocks = (with_common_headings(essay["blocks"], random.Random(f"{args.seed}:{name}:{n}:headings"))
                  if name == "quadreview" else None)
        page = Page(essay, page_rng, n, titles, blocks)
        page.sample_id = twin.sample_id if twin else page_rng.randint(10000, 99999)
        page.node_id = page_rng.randint(1200, 8800)
        page.unaliased = bool(twin) and name == "thesisbank"
        return page

    def copy_twin(page: Page, twin: Page) -> None:
        page.blocks, page.cut, page.refs = twin.blocks, twin.cut, twin.refs
        page.words, page.pages, page.minutes = twin.words, twin.pages, twin.minutes
        page.date, page.author, page.node_id = twin.date, twin.author, twin.node_id

    rows = g.write_site_folders(args.outdir, args.seed, SITES, chosen, PAGES_PER_SITE, page_for, copy_twin,
                                lambda name, n, e: f"{name}\tpage-{n:02d}\t{e['id']}\t{e['url']}\t{e['title']}")
    (args.outdir / "SOURCES.tsv").write_text("\n".join(["site\tpage\twcxb_id\tsource_url\ttitle", *rows]) + "\n", "utf-8")
    print(f"{len(SITES)} sites x {PAGES_PER_SITE} pages -> {args.outdir} ({len(chosen)} usable essays, {need} used)")


if __name__ == "__main__":
    main()
