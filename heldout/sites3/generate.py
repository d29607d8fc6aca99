"""Write a THIRD set of held-out essay-site folders for measuring site learning (issue 13) at first contact.

    /work/main/.venv/bin/python heldout/sites3/generate.py /work/corpora/sites3-heldout [--seed 47]

Four invented essay-sample sites, 20 pages each, in markup families neither earlier set (heldout/sites/,
heldout/sites2/) uses: OUTDIR/<site>/page-NN.html and the truth of every page, OUTDIR/<site>/truth/page-NN.md (the
format at the top of bench/scoring.py). The essay bodies are real article texts from the WCXB dev ground truth
(CC-BY-4.0, even file ids only, page_type "article"), none of them used by the earlier sets or by tests/realpages;
OUTDIR/SOURCES.tsv records which text went where. Same seed, same bytes.

Sites (markup families):
  trellis     Bulma CSS (navbar, level, content, notification, message, box, media, tags), canonical URL
  quillory    Material UI on a React SSR page: Mui* classes with emotion css-* hashes, NO URL
  marrowlines Blogger classic template (post hentry, post-body entry-content, widgets, blog-pager), canonical + og:url
  ledgerleaf  SvelteKit: svelte-xxxxxx scoped classes on the template, plain {@html} body, og:url only

The markdown parsing, truth writing and page bookkeeping are the earlier sets' (heldout/sites/generate.py and
heldout/sites2/generate.py, imported, unchanged).
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import html
import importlib.util
import json
import random
import re
from pathlib import Path


def _load(name: str, folder: str):
    spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parents[1] / folder / "generate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


g = _load("sites1_generate", "sites")
g2 = _load("sites2_generate", "sites2")
norm, inline, block_text, slug, person, works_cited = g.norm, g.inline, g.block_text, g.slug, g.person, g.works_cited
fmt_int, short_count, esc, pieces_for, spot = g2.fmt_int, g2.short_count, g2.esc, g2.pieces_for, g2.spot

WCXB = g.WCXB
PAGES_PER_SITE = 20
TARGET_WORDS = 1100  # long texts are shortened to their first ~1,100 words (ending on a paragraph) ...
MAX_HEADINGS = 12    # ... or earlier, before the 13th heading ...
MAX_ITEMS = 20       # ... or before a list that would take the text past 20 list items

# The WCXB ids the first held-out set uses (heldout/sites/generate.py, seed 13), as listed by the second set.
FIRST_SET = set(g2.FIRST_SET)
# The 88 WCXB ids the second held-out set uses (heldout/sites2/generate.py, seed 29, OUTDIR/SOURCES.tsv).
SECOND_SET = set("""
0002 0006 0012 0016 0030 0038 0040 0046 0050 0052 0064 0070 0094 0098 0146 0150 0154 0166 0188 0190 0192 0202 0210 0222
0226 0236 0238 0240 0262 0268 0270 0276 0278 0314 0328 0330 0344 0346 0348 0356 0370 0378 0398 0400 0406 0410 0418 0422
0432 0448 0460 0474 1476 1708 2362 2414 4002 4012 4068 4078 4084 4102 4146 4164 4178 4262 4268 4366 4460 4472 4512 4540
4558 4578 4594 4606 4610 4622 4628 4640 4642 4656 4666 4668 4704 4828 4840 4884""".split())
# Even WCXB ids the repository's tests use (tests/realpages, checked with git grep): not held out, so not used.
SEEN_BY_DEVELOPER = set(g.SEEN_BY_DEVELOPER)


# ---------------------------------------------------------------------------------------------- essays

def load_essays() -> list[dict]:
    meta = json.loads((WCXB / "metadata.json").read_text("utf-8"))["files"]
    essays = []
    for fid, info in sorted(meta.items()):
        if (info.get("page_type") != "article" or int(fid) % 2 or fid in FIRST_SET or fid in SECOND_SET
                or fid in SEEN_BY_DEVELOPER):
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
        kept, words, heads, items = [], 0, 0, 0
        for block in blocks:
            heads += block[0] == "heading"
            items += len(block[1][1]) if block[0] == "list" else 0
            if words >= TARGET_WORDS or heads > MAX_HEADINGS or items > MAX_ITEMS:
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
        if words < 280 or len(paras) < 5 or items > 2 * len(paras) or heads > len(paras):
            continue
        tags = (data.get("_internal", {}).get("page_type", {}) or {}).get("tags") or []
        essays.append({"id": fid, "url": data.get("url", ""), "domain": info.get("domain", ""), "title": title,
                       "blocks": blocks, "words": words, "tags": tags})
    return essays


# ------------------------------------------------------------------------------------------ invented bits

EXTRA_TITLES = [
    "Tide Mills and Medieval Energy", "What Crosswords Teach About Language", "The Politics of School Lunches",
    "Lighthouses and the Lives of Their Keepers", "Why Board Games Came Back", "Handwriting in the Age of Keyboards",
    "The Long Shadow of the Potato Famine", "Night Trains and the Return of Slow Travel", "Community Gardens as Civic Space",
    "Is Tipping Fair to Workers?", "Museums and the Return of Looted Objects", "The Quiet Science of Soil",
    "Chess, Computers and Human Pride", "The Case Against Homework Bans", "How Maps Shape What We Believe",
    "Apprenticeships Versus University Degrees", "The Meaning of Silence in Pinter's Plays", "Street Names and Public Memory",
    "Why Some Languages Die", "The Economics of Concert Tickets", "Heat Waves and Urban Inequality",
    "Letters Home from the Western Front", "Should Zoos Breed Endangered Species?", "The Ethics of Self-Driving Cars",
]
LEVELS = ["Year 12", "First-year undergraduate", "Second-year undergraduate", "Final-year undergraduate", "Master's"]


class Page(g2.Page):
    """The second set's page bookkeeping, with this set's own invented related titles."""

    def __init__(self, essay, rng, index, site_titles, blocks=None):
        super().__init__(essay, rng, index, site_titles, blocks)
        others = sorted({t for t in site_titles if t != self.title})
        self.related = rng.sample(others, 3) + rng.sample(EXTRA_TITLES, rng.randint(1, 2))
        rng.shuffle(self.related)
        self.likes = rng.randint(3, 480)
        self.level = rng.choice(LEVELS)


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


# ---- 1. trellis: Bulma, canonical URL; essays carry Introduction / Conclusion ----------------------------

TR_NOTES = [
    ("Writing on {topic} this term?", "Trellis mentors run free 20-minute outline calls for students writing on {topic}.",
     "Book an outline call"),
    ("Turn your draft into a first-class essay", "Send it to a Trellis mentor and get margin comments back by Friday.",
     "Send my draft"),
    ("Not sure your argument holds up?", "Our argument checker flags weak claims and missing evidence paragraph by paragraph.",
     "Check my argument"),
]
TR_WORKSHOPS = [
    "Trellis Workshops: a six-week evening course on academic style. Places for the spring cohort are limited.",
    "Trellis Workshops now meet online every Thursday. Bring a paragraph, leave with a better one.",
]


def trellis(p: Page) -> str:
    rng = p.rng
    url = f"https://trellisessays.org/library/{slug(p.title)}"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    vis = p.visible()
    pieces = pieces_for(vis, heading="<h2>{}</h2>", quote="<blockquote>{}</blockquote>")
    head, text, button = rng.choice(TR_NOTES)
    head, text = head.format(topic=p.topic), text.format(topic=p.topic)
    at = spot(len(vis), rng, 2, 5)
    pieces.insert(at, f'<div class="notification is-link is-light my-5"><p class="has-text-weight-semibold">{esc(head)}</p>'
                      f'<p>{esc(text)}</p><a class="button is-link is-small mt-2" href="/mentors">{button}</a></div>')
    p.clutter += [head, text, button]
    if rng.random() < 0.25:  # a workshop message, on about 1 page in 4
        line = rng.choice(TR_WORKSHOPS)
        wat = rng.randint(at + 2, len(pieces)) if at + 2 <= len(pieces) else len(pieces)
        pieces.insert(wat, f'<article class="message is-warning is-small"><div class="message-body">{esc(line)}</div></article>')
        p.clutter.append(line)
    disclaimer = ("Trellis publishes coursework that students have chosen to share. The argument and any errors are the "
                  "writer's own; if this essay helps you, credit it rather than copying it.")
    pieces.append(f"<p>{esc(disclaimer)}</p>")  # a plain paragraph at the end of the essay, like the essay's own
    p.clutter.append(disclaimer)
    members = ""
    if p.cut is not None:
        rest = p.rest_words()
        members = (f'<div class="box has-text-centered my-6"><p class="title is-5">The rest of this essay is for Trellis members</p>'
                   f'<p class="subtitle is-6">{fmt_int(rest)} more words to go. Join free for seven days.</p>'
                   f'<a class="button is-primary" href="/join">Start my membership</a></div>')
        p.clutter += ["The rest of this essay is for Trellis members", f"{fmt_int(rest)} more words to go",
                      "Join free for seven days", "Start my membership"]
    refs = ""
    if p.refs:
        refs = '<h2 class="title is-4 mt-6">Works Cited</h2><div class="content works-cited">' + "".join(
            f"<p>{mk}</p>" for _, mk in p.refs) + "</div>"
    saved = rng.randint(4, 900)
    shared = p.date.strftime("%-d %b %Y")
    cite = f'{p.author}. "{p.title}." Trellis Essays, {p.date.strftime("%-d %b. %Y")}, {url}.'
    cards = "".join(
        f'<article class="media"><div class="media-content"><p><a href="/library/{slug(t)}"><strong>{esc(t)}</strong></a><br>'
        f'<small>{rng.randint(3, 12)}-minute read</small></p></div></article>' for t in p.related)
    tags = [p.category, rng.choice(["Argument", "Analysis", "Reflection", "Report"])]
    cookie = ""
    if rng.random() < 0.4:
        cookie = ('<div class="notification is-dark cookie-note" style="position:fixed;bottom:1rem;left:1rem;right:1rem;z-index:40">'
                  '<button class="delete" aria-label="close"></button>Trellis saves your reading list in a cookie '
                  'and tracks nothing else. <a class="button is-small is-light ml-3" href="#">OK, carry on</a> '
                  '<a class="button is-small is-dark is-outlined" href="/privacy">Cookie settings</a></div>')
        p.clutter += ["Trellis saves your reading list in a cookie", "OK, carry on", "Cookie settings"]
    p.clutter += [f"{fmt_int(p.words)} words", f"about {plural(p.pages, 'page')}", f"{p.minutes}-minute read",
                  f"saved {fmt_int(saved)} times", f"shared {shared}", f"By {p.author}", "Trellis Essays", "Mentors",
                  "Workshops", "Become a mentor", "Credit this essay", cite, "Copy the reference", "Pass it along", "Email a friend",
                  "Readers also opened", *p.related, "Filed under", *[t for t in tags if len(t) >= 6],
                  "an independent archive of student writing", "Accessibility statement"]
    return f"""<!DOCTYPE html>
<html lang="en" class="has-navbar-fixed-top">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(p.title)} — Trellis Essays</title>
<meta name="description" content="{html.escape(block_text(p.blocks[1] if p.blocks[0][0] == 'heading' else p.blocks[0])[:150])}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bulma@0.9.4/css/bulma.min.css">
<link rel="stylesheet" href="/assets/trellis.css?v=7">
</head>
<body>
<nav class="navbar is-fixed-top is-white has-shadow" role="navigation" aria-label="main navigation">
<div class="container"><div class="navbar-brand"><a class="navbar-item has-text-weight-bold" href="/">Trellis Essays</a>
<a role="button" class="navbar-burger" aria-label="menu" aria-expanded="false"><span aria-hidden="true"></span><span aria-hidden="true"></span><span aria-hidden="true"></span></a></div>
<div class="navbar-menu"><div class="navbar-start"><a class="navbar-item" href="/library">Library</a><a class="navbar-item" href="/subjects">Subjects</a>
<a class="navbar-item" href="/mentors">Mentors</a><a class="navbar-item" href="/workshops">Workshops</a></div>
<div class="navbar-end"><div class="navbar-item"><div class="buttons"><a class="button is-light" href="/login">Log in</a><a class="button is-primary" href="/mentors/apply">Become a mentor</a></div></div></div></div></div>
</nav>
<section class="section">
<div class="container">
<div class="columns">
<div class="column is-8">
<nav class="breadcrumb has-succeeds-separator is-small" aria-label="breadcrumbs"><ul><li><a href="/library">Library</a></li>
<li><a href="/subjects/{slug(p.category)}">{esc(p.category)}</a></li><li class="is-active"><a href="#" aria-current="page">{esc(p.title)}</a></li></ul></nav>
<h1 class="title is-2">{esc(p.title)}</h1>
<p class="subtitle is-6">By {esc(p.author)}</p>
<nav class="level is-mobile box py-3">
<div class="level-item has-text-centered"><div><p class="heading">Length</p>
<p class="title is-6">{fmt_int(p.words)} words</p></div></div>
<div class="level-item has-text-centered"><div><p class="heading">Printed</p>
<p class="title is-6">about {plural(p.pages, 'page')}</p></div></div>
<div class="level-item has-text-centered"><div><p class="heading">Time</p>
<p class="title is-6">{p.minutes}-minute read</p></div></div>
<div class="level-item has-text-centered"><div><p class="heading">Readers</p>
<p class="title is-6">saved {fmt_int(saved)} times</p></div></div>
<div class="level-item has-text-centered"><div><p class="heading">Date</p>
<p class="title is-6">shared {shared}</p></div></div>
</nav>
<div class="content is-medium">
{chr(10).join(pieces)}
</div>
{members}
{refs}
<div class="box mt-6"><p class="has-text-weight-bold">Credit this essay</p>
<p class="is-family-monospace is-size-7">{esc(cite)}</p><button class="button is-small is-white">Copy the reference</button></div>
<div class="buttons are-small"><span class="mr-2">Pass it along</span><a class="button" href="#">WhatsApp</a><a class="button" href="#">Reddit</a><a class="button" href="#">Email a friend</a></div>
<div class="tags"><span class="tag is-white">Filed under</span>{"".join(f'<a class="tag is-info is-light" href="/subjects/{slug(t)}">{esc(t)}</a>' for t in tags)}</div>
</div>
<div class="column is-4">
<p class="menu-label">Readers also opened</p>
{cards}
</div>
</div>
</div>
</section>
<footer class="footer"><div class="content has-text-centered is-size-7">
<p>Trellis Essays is an independent archive of student writing, run by volunteers since 2019.</p>
<p><a href="/about">About</a> · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility statement</a></p></div></footer>
{cookie}
<script src="/assets/trellis.js?v=7" defer></script>
</body>
</html>
"""


# ---- 2. quillory: Material UI (React SSR, emotion css-* hashes), NO URL; one essay saved twice ---------------

def css(role: str) -> str:
    return "css-" + hashlib.sha1(("quillory:" + role).encode()).hexdigest()[:6]


QL_P = f"MuiTypography-root MuiTypography-body1 MuiTypography-paragraph {css('body1-paragraph')}"
QL_ALERTS = [
    ("Short on time for your {topic} paper?", "Quillory tutors can walk you through a plan for it in one video session."),
    ("Your essay, but sharper", "Paste a paragraph into the Quillory clarity checker and see what a tutor would change."),
]
QL_PRO = [
    ("Quillory Pro", "Unlimited samples, saved highlights and offline reading for $4.99 a month."),
    ("Exam season?", "Quillory Pro is half price until the end of the month. Cancel any time."),
]


def quillory(p: Page) -> str:
    rng = p.rng
    p.claimed_words, p.claimed_pages = p.words, p.pages
    vis = p.visible()
    pieces = pieces_for(vis, para=f'<p class="{QL_P}">{{}}</p>',
                        heading=f'<h2 class="MuiTypography-root MuiTypography-h5 MuiTypography-gutterBottom {css("h5")}">{{}}</h2>',
                        quote=f'<blockquote class="{css("quote")}"><p class="{QL_P}">{{}}</p></blockquote>',
                        ul=f'<ul class="{css("ul")}">', ol=f'<ol class="{css("ol")}">')
    head, text = rng.choice(QL_ALERTS)
    head = head.format(topic=p.topic)
    at = spot(len(vis), rng, 1, 4)
    pieces.insert(at, f'<div class="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation0 MuiAlert-root MuiAlert-colorInfo '
                      f'MuiAlert-standardInfo MuiAlert-standard {css("alert")}" role="alert"><div class="MuiAlert-message {css("alert-msg")}">'
                      f'<div class="MuiTypography-root MuiTypography-body1 MuiTypography-gutterBottom MuiAlertTitle-root {css("alert-title")}">'
                      f'{esc(head)}</div>{esc(text)}</div><div class="MuiAlert-action {css("alert-action")}"><button class="MuiButtonBase-root '
                      f'MuiButton-root MuiButton-text MuiButton-textInfo MuiButton-sizeSmall {css("btn-small")}" tabindex="0" type="button">'
                      f'Try it free</button></div></div>')
    p.clutter += [head, text, "Try it free"]
    if rng.random() < 0.2:  # a Pro card inside the essay, on about 1 page in 4 or 5
        ph, pt = rng.choice(QL_PRO)
        pat = rng.randint(at + 2, len(pieces)) if at + 2 <= len(pieces) else len(pieces)
        pieces.insert(pat, f'<div class="MuiPaper-root MuiPaper-outlined MuiPaper-rounded MuiCard-root {css("card")}"><div class="MuiCardContent-root '
                           f'{css("card-content")}"><span class="MuiTypography-root MuiTypography-overline {css("overline")}">Promoted</span>'
                           f'<div class="MuiTypography-root MuiTypography-h6 {css("h6")}">{esc(ph)}</div><p class="{QL_P}">{esc(pt)}</p></div></div>')
        p.clutter += [ph, pt, "Promoted"] if len(ph) >= 6 else [pt, "Promoted"]
    disclaimer = ("Every sample on Quillory was written by a real student and is shared for study purposes only. Quillory "
                  "does not endorse the views in it, and submitting it as your own coursework breaks most honour codes.")
    pieces.insert(0, f'<p class="{QL_P}">{esc(disclaimer)}</p>')
    p.clutter.append(disclaimer)
    lock = ""
    if p.cut is not None:
        rest = p.rest_words()
        lock = (f'<div class="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation3 {css("lock")}">'
                f'<div class="MuiTypography-root MuiTypography-h6 {css("h6")}">Preview ends here</div>'
                f'<p class="MuiTypography-root MuiTypography-body2 {css("body2")}">Another {fmt_int(rest)} words are waiting for you.</p>'
                f'<button class="MuiButtonBase-root MuiButton-root MuiButton-contained MuiButton-containedPrimary {css("btn")}" type="button">'
                f'Unlock with Quillory Pro</button></div>')
        p.clutter += ["Preview ends here", f"Another {fmt_int(rest)} words are waiting for you", "Unlock with Quillory Pro"]
    refs = ""
    if p.refs:
        refs = (f'<h2 class="MuiTypography-root MuiTypography-h5 MuiTypography-gutterBottom {css("h5")}">Works Cited</h2>'
                + "".join(f'<p class="MuiTypography-root MuiTypography-body2 {css("ref")}">{mk}</p>' for _, mk in p.refs))
    posted = p.date.strftime("%-d %b %Y")
    seen = short_count(p.views)
    cite = f"{p.author} ({p.date.year}). {p.title}. Quillory student samples."
    chip = lambda t: (f'<div class="MuiChip-root MuiChip-filled MuiChip-sizeSmall MuiChip-colorDefault {css("chip")}">'
                      f'<span class="MuiChip-label MuiChip-labelSmall {css("chip-label")}">{esc(t)}</span></div>')
    chips = [f"{fmt_int(p.words)} words", plural(p.pages, "page"), f"seen by {seen}", f"posted {posted}", p.level]
    shelf = "".join(
        f'<li class="MuiListItem-root MuiListItem-gutters MuiListItem-divider {css("li")}"><div class="MuiListItemText-root '
        f'MuiListItemText-multiline {css("lit")}"><span class="MuiTypography-root MuiTypography-body1 MuiListItemText-primary {css("lit-p")}">'
        f'{esc(t)}</span><p class="MuiTypography-root MuiTypography-body2 MuiListItemText-secondary {css("lit-s")}">'
        f'{plural(rng.randint(1, 9), "page")}</p></div></li>' for t in p.related)
    snack = ""
    if rng.random() < 0.5:
        snack = (f'<div class="MuiSnackbar-root MuiSnackbar-anchorOriginBottomLeft {css("snack")}" role="presentation"><div class="MuiPaper-root '
                 f'MuiPaper-elevation6 MuiSnackbarContent-root {css("snack-content")}" role="alert"><div class="MuiSnackbarContent-message '
                 f'{css("snack-msg")}">Quillory relies on cookies for sign-in and for anonymous reading statistics.</div><div class="MuiSnackbarContent-action '
                 f'{css("snack-action")}"><button class="MuiButtonBase-root MuiButton-root MuiButton-text {css("btn-text")}" type="button">Sounds good'
                 f'</button></div></div></div>')
        p.clutter += ["Quillory relies on cookies for sign-in", "Sounds good"]
    p.clutter += [*chips, "Explore", "Prompts", "Pricing", "Put this sample in your bibliography", cite, "Copy APA",
                  "Send to a classmate", "Messenger", "LinkedIn", "More from the Quillory shelf", *p.related,
                  "Quillory helps students read, plan and write better essays", "Made with care in Leeds", "Terms of use"]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="initial-scale=1, width=device-width">
<title>{esc(p.title)} | Quillory</title>
<meta name="emotion-insertion-point" content="">
<style data-emotion="css {css('body1-paragraph')[4:]} {css('h5')[4:]} {css('alert')[4:]}">.{css('body1-paragraph')}{{margin:0 0 16px;font-size:1.0625rem;line-height:1.7;}}.{css('h5')}{{margin:32px 0 12px;font-weight:600;}}</style>
<link rel="preload" href="/_next/static/media/roboto-latin-400.woff2" as="font" crossorigin="">
<link rel="stylesheet" href="/_next/static/css/2c1f0a8e7d.css">
</head>
<body>
<div id="__next">
<header class="MuiPaper-root MuiPaper-elevation MuiPaper-elevation1 MuiAppBar-root MuiAppBar-colorPrimary MuiAppBar-positionSticky {css('appbar')}">
<div class="MuiToolbar-root MuiToolbar-gutters MuiToolbar-regular {css('toolbar')}"><a class="MuiTypography-root MuiTypography-h6 MuiLink-root MuiLink-underlineNone {css('brand')}" href="/">Quillory</a>
<nav class="{css('nav')}"><a class="MuiButtonBase-root MuiButton-root MuiButton-text {css('nav-btn')}" href="/explore">Explore</a><a class="MuiButtonBase-root MuiButton-root MuiButton-text {css('nav-btn')}" href="/prompts">Prompts</a><a class="MuiButtonBase-root MuiButton-root MuiButton-text {css('nav-btn')}" href="/pricing">Pricing</a>
<a class="MuiButtonBase-root MuiButton-root MuiButton-outlined {css('nav-login')}" href="/login">Log in</a></nav></div>
</header>
<main class="MuiContainer-root MuiContainer-maxWidthLg {css('container')}">
<div class="MuiGrid-root MuiGrid-container MuiGrid-spacing-xs-4 {css('grid')}">
<div class="MuiGrid-root MuiGrid-item MuiGrid-grid-xs-12 MuiGrid-grid-md-8 {css('grid-main')}">
<nav class="MuiTypography-root MuiTypography-body1 MuiBreadcrumbs-root {css('crumbs')}" aria-label="breadcrumb"><ol class="MuiBreadcrumbs-ol {css('crumbs-ol')}">
<li class="MuiBreadcrumbs-li"><a class="MuiTypography-root MuiLink-root {css('crumb')}" href="/explore">Explore</a></li><li aria-hidden="true" class="MuiBreadcrumbs-separator {css('sep')}">›</li>
<li class="MuiBreadcrumbs-li"><a class="MuiTypography-root MuiLink-root {css('crumb')}" href="/explore/{slug(p.category)}">{esc(p.category)}</a></li></ol></nav>
<h1 class="MuiTypography-root MuiTypography-h3 {css('h3')}">{esc(p.title)}</h1>
<div class="MuiStack-root {css('chips')}">{chr(10).join(chip(c) for c in chips)}</div>
<hr class="MuiDivider-root MuiDivider-fullWidth {css('divider')}">
<article class="{css('article')}">
{chr(10).join(pieces)}
</article>
{lock}
{refs}
<div class="MuiPaper-root MuiPaper-outlined MuiPaper-rounded {css('cite')}"><div class="MuiTypography-root MuiTypography-subtitle2 {css('sub2')}">Put this sample in your bibliography</div>
<p class="MuiTypography-root MuiTypography-body2 {css('mono')}">{esc(cite)}</p><button class="MuiButtonBase-root MuiButton-root MuiButton-text MuiButton-sizeSmall {css('btn-small')}" type="button">Copy APA</button></div>
<div class="MuiStack-root {css('share')}"><span class="MuiTypography-root MuiTypography-caption {css('caption')}">Send to a classmate</span>
<button class="MuiButtonBase-root MuiButton-root MuiButton-text {css('btn-text')}" type="button">Messenger</button><button class="MuiButtonBase-root MuiButton-root MuiButton-text {css('btn-text')}" type="button">LinkedIn</button><button class="MuiButtonBase-root MuiButton-root MuiButton-text {css('btn-text')}" type="button">Print</button></div>
</div>
<aside class="MuiGrid-root MuiGrid-item MuiGrid-grid-xs-12 MuiGrid-grid-md-4 {css('grid-side')}">
<div class="MuiTypography-root MuiTypography-overline {css('overline')}">More from the Quillory shelf</div>
<ul class="MuiList-root MuiList-padding {css('list')}">{shelf}</ul>
</aside>
</div>
</main>
<footer class="{css('footer')}"><p class="MuiTypography-root MuiTypography-body2 {css('body2')}">Quillory helps students read, plan and write better essays. Made with care in Leeds.</p>
<p class="MuiTypography-root MuiTypography-caption {css('caption')}"><a href="/terms">Terms of use</a> · <a href="/privacy">Privacy</a></p></footer>
{snack}
</div>
<script src="/_next/static/chunks/webpack-5f2a1c.js" defer></script>
<script src="/_next/static/chunks/pages/sample/[id]-9b3e77.js" defer></script>
</body>
</html>
"""


# ---- 3. marrowlines: Blogger classic template, canonical + og:url; "Editor's note:" in the post body -------

ML_NOTES = [
    "we have kept the writer's original spelling and punctuation throughout.",
    "this essay was shortlisted for our autumn reading prize.",
    "a few sentences that named other students have been removed at the writer's request.",
    "the writer has asked us to say that this is an early draft, written before the final seminar.",
    "our thanks to the writer's tutor, who passed this essay on to us.",
    "this piece was first read aloud at one of our open-mic evenings.",
]
ML_BOXES = [
    ("Need another pair of eyes on your {topic} essay?", "Our volunteer proofreaders reply within three days. Just send the draft to the address in the sidebar."),
    ("Want to see your essay here?", "The Marrow Lines takes submissions from students all year round. Read the guidelines and send yours in."),
    ("Enjoying the blog?", "Every post here is read and edited by volunteers. A small tip keeps the lights on."),
]
ML_KOFI = [
    "If an essay on this blog helped you, you can buy the editors a coffee on Ko-fi.",
    "The Marrow Lines is ad-free thanks to readers who chip in on Ko-fi.",
]


def marrowlines(p: Page) -> str:
    rng = p.rng
    post_id = 1000000000000000000 + p.sample_id * 7919 + p.index
    url = f"https://marrowlines.blogspot.com/{p.date.year}/{p.date.month:02d}/{slug(p.title)[:40].strip('-')}.html"
    p.claimed_words = p.words
    vis = p.visible()
    pieces = pieces_for(vis, para="<p>{}</p>", heading="<h3>{}</h3>", quote="<blockquote>{}</blockquote>")
    if rng.random() < 0.8:  # the editor's note, with its label, as a paragraph of the post body
        note = "Editor's note: " + rng.choice(ML_NOTES)
        where = 0 if rng.random() < 0.6 else spot(len(vis), rng, 1, 3)
        pieces.insert(where, f"<p><b>Editor's note:</b> {esc(note[15:])}</p>")
        p.clutter.append(note)
    head, text = rng.choice(ML_BOXES)
    head = head.format(topic=p.topic)
    at = spot(len(vis), rng, 2, 5)
    pieces.insert(at + (1 if pieces[0].startswith("<p><b>Editor") and at > 0 else 0),
                  f'<div style="border:1px dashed #b4875a;padding:10px 14px;margin:18px 0;background:#fbf6ee;"><b>{esc(head)}</b><br />{esc(text)}</div>')
    p.clutter += [head, text]
    if rng.random() < 0.25:  # a Ko-fi line, a plain paragraph, on about 1 page in 4
        line = rng.choice(ML_KOFI)
        pieces.insert(rng.randint(len(pieces) // 2, len(pieces)), f"<p>{esc(line)}</p>")
        p.clutter.append(line)
    disclaimer = ("Posted with the writer's permission. The Marrow Lines does not check submissions for originality, so please "
                  "quote it with credit rather than handing it in.")
    pieces.append(f"<p>{esc(disclaimer)}</p>")
    p.clutter.append(disclaimer)
    patreon = ""
    if p.cut is not None:
        rest = p.rest_words()
        patreon = (f'<div class="jump-link" style="text-align:center;border-top:1px solid #ddd;padding-top:12px;">'
                   f'<p>This essay continues for patrons ({fmt_int(rest)} words more).</p>'
                   f'<p><a href="https://www.patreon.com/marrowlines">Continue reading on Patreon</a></p></div>')
        p.clutter += [f"This essay continues for patrons ({fmt_int(rest)} words more)", "Continue reading on Patreon"]
    refs = ""
    if p.refs:
        refs = "<h3>Works Cited</h3>" + "".join(f'<p style="padding-left:2em;text-indent:-2em;">{mk}</p>' for _, mk in p.refs)
    day = p.date.strftime("%A, %B %-d, %Y")
    time = f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])}"
    comments = rng.choice([0, 0, 1, 2, 3, 5, 8])
    comments_txt = "No comments:" if comments == 0 else f"{plural(comments, 'comment')}:"
    labels = [p.category, rng.choice(["student essays", "reading prize", "guest posts", "seminar papers"])]
    total = 184000 + p.index * 1311 + rng.randint(0, 900)
    stats_line = f"Word count: {fmt_int(p.words)} · about {p.minutes} minutes to read"
    quote_line = f'"{p.title}." The Marrow Lines, {p.date.strftime("%-d %B %Y")}, marrowlines.blogspot.com.'
    years = sorted({p.date.year, 2025, 2024, 2023}, reverse=True)
    archive = "".join(f'<li class="archivedate collapsed"><a class="toggle" href="#"><span class="zippy">►&nbsp;</span></a>'
                      f'<a class="post-count-link" href="/{y}/">{y}</a> <span class="post-count" dir="ltr">({rng.randint(8, 60)})</span></li>'
                      for y in years)
    popular = "".join(f'<li><div class="item-title"><a href="/p/{slug(t)[:30]}.html">{esc(t)}</a></div></li>' for t in p.related[:3])
    linkwithin = "".join(f'<td><a href="/{slug(t)[:40]}.html">{esc(t)}</a></td>' for t in p.related[3:] + p.related[:1])
    cookie = ""
    if rng.random() < 0.5:
        cookie = ('<div id="cookieChoiceInfo" class="cookie-choices-info"><div class="cookie-choices-inner"><span class="cookie-choices-text">'
                  'This site uses cookies from Google to deliver its services and to analyze traffic.</span><span class="cookie-choices-buttons">'
                  '<a class="cookie-choices-button" href="https://policies.google.com/technologies/cookies">Learn more</a>'
                  '<a class="cookie-choices-button" href="#">Ok</a></span></div></div>')
        p.clutter += ["This site uses cookies from Google to deliver its services"]
    p.clutter += [day, stats_line, f"Posted by {p.author}", f"at {time}", comments_txt, "Email This", "BlogThis!", "Share to Pinterest",
                  "Labels:", *[lb for lb in labels if len(lb) >= 6], "Quote this post", quote_line, "You might also enjoy",
                  *p.related, "Newer Post", "Older Post", "Subscribe to: Post Comments (Atom)", "Popular Posts", "Blog Archive",
                  "Total Pageviews", fmt_int(total), "About the blog", "A volunteer collective of readers who edit and publish undergraduate writing", "Essays by students, edited by students, since 2014",
                  "Powered by Blogger", "Theme images by"]
    return f"""<!DOCTYPE html>
<html class="v2" dir="ltr" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b" xmlns:data="http://www.google.com/2005/gml/data" xmlns:expr="http://www.google.com/2005/gml/expr">
<head>
<meta content="width=1100" name="viewport">
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta content="blogger" name="generator">
<link href="{url}" rel="canonical">
<meta content="{url}" property="og:url">
<meta content="{html.escape(p.title)}" property="og:title">
<title>The Marrow Lines: {esc(p.title)}</title>
<link type="text/css" rel="stylesheet" href="https://www.blogger.com/static/v1/widgets/2437439463-widget_css_bundle.css">
</head>
<body class="loading variant-simplysimple">
<div class="content"><div class="content-outer"><div class="content-inner">
<header><div class="header-outer"><div class="section" id="header"><div class="widget Header" data-version="1" id="Header1">
<div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="https://marrowlines.blogspot.com/">The Marrow Lines</a></h1></div>
<div class="descriptionwrapper"><p class="description"><span>Essays by students, edited by students, since 2014</span></p></div></div></div></div></div></header>
<div class="main-outer"><div class="columns fauxcolumns"><div class="columns-inner"><div class="column-center-outer"><div class="column-center-inner">
<div class="main section" id="main"><div class="widget Blog" data-version="1" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>{day}</span></h2>
<div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<a name="{post_id}"></a>
<h3 class="post-title entry-title" itemprop="name">{esc(p.title)}</h3>
<div class="post-header"><div class="post-header-line-1"><span class="post-wordcount">{stats_line}</span></div></div>
<div class="post-body entry-content" id="post-body-{post_id}" itemprop="description articleBody">
{chr(10).join(pieces)}
{patreon}
{refs}
<div style="clear: both;"></div>
</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1">
<span class="post-author vcard">Posted by <span class="fn" itemprop="author"><a class="g-profile" href="https://www.blogger.com/profile/{post_id % 10**12}" rel="author"><span itemprop="name">{esc(p.author)}</span></a></span></span>
<span class="post-timestamp">at <a class="timestamp-link" href="{url}" rel="bookmark"><abbr class="published" itemprop="datePublished">{time}</abbr></a></span>
<span class="post-comment-link"><a class="comment-link" href="{url}#comment-form">{comments_txt[:-1] if comments else "No comments"}</a></span></div>
<div class="post-footer-line post-footer-line-2"><div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="#" target="_blank"><span class="share-button-link-text">Email This</span></a><a class="goog-inline-block share-button sb-blog" href="#" target="_blank"><span class="share-button-link-text">BlogThis!</span></a><a class="goog-inline-block share-button sb-pinterest" href="#" target="_blank"><span class="share-button-link-text">Share to Pinterest</span></a></div>
<span class="post-labels">Labels: {", ".join(f'<a href="/search/label/{html.escape(lb)}" rel="tag">{esc(lb)}</a>' for lb in labels)}</span></div>
<div class="post-footer-line post-footer-line-3"><div class="quote-this" style="font-size:90%;"><b>Quote this post</b><br />{esc(quote_line)}</div></div>
</div>
<div class="linkwithin_div"><div class="linkwithin_title">You might also enjoy</div><table class="linkwithin_posts"><tr>{linkwithin}</tr></table></div>
</div>
<div class="comments" id="comments"><a name="comments"></a><h4>{comments_txt}</h4><div id="comment-holder"></div></div>
</div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="#">Newer Post</a></span>
<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="#">Older Post</a></span><a class="home-link" href="/">Home</a></div>
<div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="/feeds/{post_id}/comments/default" type="application/atom+xml">Post Comments (Atom)</a></div></div>
</div></div></div></div>
<div class="column-right-outer"><div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-right-1">
<div class="widget Text" data-version="1" id="Text1"><h2 class="title">About the blog</h2><div class="widget-content">A volunteer collective of readers who edit and publish undergraduate writing. Submissions open all year.</div></div>
<div class="widget PopularPosts" data-version="1" id="PopularPosts1"><h2>Popular Posts</h2><div class="widget-content popular-posts"><ul>{popular}</ul></div></div>
<div class="widget BlogArchive" data-version="1" id="BlogArchive1"><h2>Blog Archive</h2><div class="widget-content"><div id="ArchiveList"><ul class="hierarchy">{archive}</ul></div></div></div>
<div class="widget Stats" data-version="1" id="Stats1"><h2>Total Pageviews</h2><div class="widget-content"><div id="Stats1_content"><span class="counter-wrapper text-counter-wrapper" id="Stats1_totalCount">{fmt_int(total)}</span></div></div></div>
</div></aside></div></div>
</div></div></div>
<footer><div class="footer-outer"><div class="foot section" id="footer-3"><div class="widget Attribution" data-version="1" id="Attribution1"><div class="widget-content" style="text-align: center;">Theme images by <a href="#">luoman</a>. Powered by <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div></div></div></footer>
</div></div></div>
{cookie}
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/1601900224-widgets.js"></script>
</body>
</html>
"""


# ---- 4. ledgerleaf: SvelteKit, svelte-xxxxxx classes on the template, plain {@html} body, og:url only ----------

def sv(component: str) -> str:
    return "svelte-" + hashlib.sha1(("ledgerleaf:" + component).encode()).hexdigest()[:7]


LL_CTAS = [
    ("Got a {topic} essay due?", "Ledgerleaf coaches build an outline with you, live, in under an hour.", "Start an outline"),
    ("Write it once, write it well", "Our editors mark up your draft the way a strict examiner would.", "Get my draft marked"),
    ("Feeling stuck?", "Ten guided prompts that get a blank page moving. Free for Ledgerleaf readers.", "Show me the prompts"),
]
LL_PARTNERS = [
    "Partner: Notewell keeps every source, quote and page number in one place. Students get 40% off.",
    "Partner: Focusbell blocks distracting sites while you write. Free for the first month.",
]


def ledgerleaf(p: Page) -> str:
    rng = p.rng
    url = f"https://ledgerleaf.app/read/{p.sample_id}-{slug(p.title)[:50].strip('-')}"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    vis = p.visible()
    pieces = pieces_for(vis, heading="<h2>{}</h2>", quote="<blockquote>{}</blockquote>")
    disclaimer = ("Ledgerleaf hosts student work exactly as it was sent to us. It has not been fact-checked, and it is here to "
                  "read and learn from, not to resubmit.")
    pieces.insert(1, f"<p>{esc(disclaimer)}</p>")  # inside the {@html} body, right after the essay's first block
    p.clutter.append(disclaimer)
    head, text, button = rng.choice(LL_CTAS)
    head = head.format(topic=p.topic)
    at = spot(len(pieces), rng, 3, 6)
    pieces.insert(at, f'<!--[--><aside class="inline-cta {sv("InlineCta")}"><p class="cta-head {sv("InlineCta")}">{esc(head)}</p>'
                      f'<p class="cta-text {sv("InlineCta")}">{esc(text)}</p><a class="cta-btn {sv("InlineCta")}" href="/coach">{button}</a>'
                      f'</aside><!--]-->')
    p.clutter += [head, text, button]
    if rng.random() < 0.2:  # a partner line, styled like the body, on about 1 page in 4 or 5
        line = rng.choice(LL_PARTNERS)
        pat = rng.randint(at + 2, len(pieces)) if at + 2 <= len(pieces) else len(pieces)
        pieces.insert(pat, f'<div class="partner {sv("PartnerSlot")}"><p>{esc(line)}</p></div>')
        p.clutter.append(line)
    wall = ""
    if p.cut is not None:
        rest = p.rest_words()
        wall = (f'<div class="wall {sv("Paywall")}"><p class="wall-title {sv("Paywall")}">You are reading a preview</p>'
                f'<p class="{sv("Paywall")}">{fmt_int(rest)} words are hidden. Readers with a Leaf Pass see the whole essay.</p>'
                f'<button class="{sv("Paywall")}">Get a Leaf Pass</button></div>')
        p.clutter += ["You are reading a preview", f"{fmt_int(rest)} words are hidden", "Readers with a Leaf Pass see the whole essay",
                      "Get a Leaf Pass"]
    refs = ""
    if p.refs:
        refs = f'<section class="refs {sv("References")}"><h2 class="{sv("References")}">Works Cited</h2>' + "".join(
            f'<p class="ref {sv("References")}">{mk}</p>' for _, mk in p.refs) + "</section>"
    published = p.date.isoformat()
    hearts = p.likes
    cite = f'{p.author.split()[-1]}, {p.author.split()[0]}. "{p.title}." Ledgerleaf, {p.date.strftime("%-d %b. %Y")}.'
    also = "".join(f'<li class="{sv("AlsoOn")}"><a href="/read/{rng.randint(10000, 99999)}-{slug(t)[:50].strip("-")}" class="{sv("AlsoOn")}">'
                   f'{esc(t)}</a><span class="{sv("AlsoOn")}">{fmt_int(rng.randint(450, 2400))} words</span></li>' for t in p.related)
    toast = ""
    if rng.random() < 0.35:
        toast = (f'<div class="toast {sv("CookieToast")}" role="dialog"><p class="{sv("CookieToast")}">Ledgerleaf sets a single cookie so it '
                 f'remembers your reading progress and theme.</p><button class="{sv("CookieToast")}">Allow</button>'
                 f'<button class="{sv("CookieToast")}">Refuse</button></div>')
        p.clutter += ["Ledgerleaf sets a single cookie so it remembers your reading progress"]
    stats = [f"{fmt_int(p.words)} words", f"{p.pages}-page essay", f"{p.minutes} minutes to read", f"♥ {hearts}", f"published {published}"]
    p.clutter += [*stats, f"written by {p.author}", "Ledgerleaf", "Reading room", "Coaching", "Leaf Pass", "Sign in",
                  "Cite in MLA", cite, "Post to Threads", "Mastodon", "Copy URL", "Also on Ledgerleaf", *p.related,
                  "Ledgerleaf is a reading room for student essays", "Colophon"]
    node = hashlib.sha1(f"ll{p.index}{p.title}".encode()).hexdigest()[:6]
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="modulepreload" href="/_app/immutable/entry/start.4b1d2e9a.js">
<link rel="modulepreload" href="/_app/immutable/nodes/3.{node}.js">
<link href="/_app/immutable/assets/3.a91fe02c.css" rel="stylesheet">
<title>{esc(p.title)} · Ledgerleaf</title>
<meta property="og:url" content="{url}" />
<meta property="og:type" content="article" />
<meta property="og:site_name" content="Ledgerleaf" />
</head>
<body data-sveltekit-preload-data="hover">
<div style="display: contents">
<header class="topbar {sv("Topbar")}"><a href="/" class="logo {sv("Topbar")}">Ledgerleaf</a>
<nav class="{sv("Topbar")}"><a href="/read" class="{sv("Topbar")}">Reading room</a><a href="/coach" class="{sv("Topbar")}">Coaching</a><a href="/pass" class="{sv("Topbar")}">Leaf Pass</a><a href="/signin" class="{sv("Topbar")}">Sign in</a></nav></header>
<main class="{sv("ReadPage")}">
<article class="essay {sv("ReadPage")}">
<p class="kicker {sv("ReadPage")}"><a href="/read/topic/{slug(p.category)}" class="{sv("ReadPage")}">{esc(p.category)}</a></p>
<h1 class="{sv("ReadPage")}">{esc(p.title)}</h1>
<p class="byline {sv("ReadPage")}">written by {esc(p.author)}</p>
<ul class="stats {sv("StatLine")}">{"".join(f'<li class="{sv("StatLine")}">{esc(s)}</li>' for s in stats)}</ul>
<div class="prose {sv("ReadPage")}">
{chr(10).join(pieces)}
</div>
{wall}
{refs}
<section class="cite {sv("CiteBox")}"><h3 class="{sv("CiteBox")}">Cite in MLA</h3><p class="{sv("CiteBox")}">{esc(cite)}</p></section>
<div class="share {sv("ShareRow")}"><a href="#" class="{sv("ShareRow")}">Post to Threads</a><a href="#" class="{sv("ShareRow")}">Mastodon</a><button class="{sv("ShareRow")}">Copy URL</button></div>
</article>
<aside class="also {sv("AlsoOn")}"><h2 class="{sv("AlsoOn")}">Also on Ledgerleaf</h2><ul class="{sv("AlsoOn")}">{also}</ul></aside>
</main>
<footer class="{sv("Footer")}"><p class="{sv("Footer")}">Ledgerleaf is a reading room for student essays. <a href="/colophon" class="{sv("Footer")}">Colophon</a> · <a href="/privacy" class="{sv("Footer")}">Privacy</a></p></footer>
{toast}
<script>
{{
__sveltekit_{node} = {{ base: "", env: {{}} }};
const element = document.currentScript.parentElement;
Promise.all([import("/_app/immutable/entry/start.4b1d2e9a.js"), import("/_app/immutable/entry/app.77c0f3d1.js")]).then(([kit, app]) => {{
kit.start(app, element, {{ node_ids: [0, 3], data: [null, null], form: null }});
}});
}}
</script>
</div>
</body>
</html>
"""


# ------------------------------------------------------------------------------------------------ main

SITES = {  # name: (writer, teaser pages, works-cited pages, duplicate pair (page numbers) or None)
    "trellis": (trellis, 2, 4, None),            # essays carry the headings Introduction / Conclusion
    "quillory": (quillory, 3, 3, (6, 17)),       # the same sample saved twice (different visits)
    "marrowlines": (marrowlines, 2, 4, None),    # "Editor's note: ..." in the post body, with different texts
    "ledgerleaf": (ledgerleaf, 3, 3, (9, 15)),   # the same essay reached twice (same URL, different visits)
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=47)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    essays = load_essays()
    rng.shuffle(essays)
    need = g.essays_needed(SITES, PAGES_PER_SITE)
    chosen = g.choose_essays(essays, need)

    def page_for(name: str, n: int, essay: dict, titles: list[str], page_rng: random.Random, twin: Page | None) -> Page:
        blocks = (g2.with_common_headings(essay["blocks"], random.Random(f"{args.seed}:{name}:{n}:headings"))
                  if name == "trellis" else None)
        page = Page(essay, page_rng, n, titles, blocks)
        page.sample_id = twin.sample_id if twin else page_rng.randint(10000, 99999)
        return page

    def copy_twin(page: Page, twin: Page) -> None:
        page.blocks, page.cut, page.refs = twin.blocks, twin.cut, twin.refs
        page.words, page.pages, page.minutes = twin.words, twin.pages, twin.minutes
        page.date, page.author, page.level = twin.date, twin.author, twin.level

    rows = g.write_site_folders(args.outdir, args.seed, SITES, chosen, PAGES_PER_SITE, page_for, copy_twin,
                                lambda name, n, e: f"{name}\tpage-{n:02d}\t{e['id']}\t{e['url']}\t{e['title']}")
    (args.outdir / "SOURCES.tsv").write_text("\n".join(["site\tpage\twcxb_id\tsource_url\ttitle", *rows]) + "\n", "utf-8")
    print(f"{len(SITES)} sites x {PAGES_PER_SITE} pages -> {args.outdir} ({len(chosen)} usable essays, {need} used)")


if __name__ == "__main__":
    main()
