"""Write a FOURTH set of held-out essay-site folders for measuring site learning (issue 13) at first contact.

    /work/main/.venv/bin/python heldout/sites4/generate.py /work/corpora/sites4-heldout [--seed 71]

Four invented essay-sample sites, 18 pages each, in markup families no earlier set (heldout/sites/, sites2/, sites3/)
uses: OUTDIR/<site>/page-NN.html and the truth of every page, OUTDIR/<site>/truth/page-NN.md (the format at the top of
bench/scoring.py). The essay bodies are real article texts from the WCXB dev ground truth (CC-BY-4.0, even file ids
only, page_type "article", none of them in tests/realpages). The texts no earlier set uses come first; the WCXB dev
split has too few of them for 71 essays, so the rest are texts an earlier set already used (never twice within this
set, except the one deliberate duplicate). OUTDIR/SOURCES.tsv records which text went where, and which earlier set
(if any) used it. Same seed, same bytes.

Sites (markup families):
  crestline   Foundation 6 (top-bar, grid-x/cell, callout, card, menu, reveal), canonical URL; the essays carry the
              headings Introduction / Body / Conclusion
  ferncourt   Angular Material (ng-version app-root, _ngcontent-ng-c* attributes, mat-toolbar, mat-card, mat-chip,
              mat-expansion-panel, mat-nav-list, snack bar), [innerHTML] body, NO URL; one essay on two pages
  saltmeadow  Wix Editor page (SITE_CONTAINER, comp-* ids, wixui-rich-text font_8 paragraphs in spans), canonical + og:url
  oldquarry   XHTML 1.0 Transitional PHP site, inline style attributes only (no class, no id), NO URL

The markdown parsing, essay loading, truth writing and page bookkeeping are the earlier sets' (heldout/sites/,
heldout/sites2/ and heldout/sites3/generate.py, imported, unchanged).
"""

from __future__ import annotations

import argparse
import hashlib
import html
import importlib.util
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
g3 = _load("sites3_generate", "sites3")
norm, block_text, slug, works_cited = g.norm, g.block_text, g.slug, g.works_cited
fmt_int, short_count, esc, pieces_for, spot = g2.fmt_int, g2.short_count, g2.esc, g2.pieces_for, g2.spot
plural = g3.plural

PAGES_PER_SITE = 18
FIRST_SET = frozenset(g2.FIRST_SET)    # the 80 ids of heldout/sites (seed 13), as listed by the second set
SECOND_SET = frozenset(g3.SECOND_SET)  # the 88 ids of heldout/sites2 (seed 29), as listed by the third set
# The 78 WCXB ids the third held-out set uses (heldout/sites3/generate.py, seed 47, OUTDIR/SOURCES.tsv).
THIRD_SET = frozenset("""
0032 0058 0072 0096 0100 0104 0108 0114 0116 0138 0142 0158 0162 0164 0184 0198 0206 0212 0214 0230 0232 0244 0254 0298
0300 0304 0306 0308 0310 0324 0336 0354 0366 0390 0408 0428 0462 0488 0496 1222 1396 1628 2218 2722 4074 4088 4106 4130
4180 4192 4194 4218 4256 4260 4274 4362 4430 4476 4500 4506 4572 4576 4582 4584 4588 4614 4618 4624 4646 4662 4674 4688
4696 4842 4844 4858 4860 4864""".split())


def load_essays() -> list[dict]:
    """The third set's loader and filters, over every even article id but those of tests/realpages."""
    g3.FIRST_SET, g3.SECOND_SET = set(), set()  # the loader leaves out the earlier sets' ids: here they are marked instead
    essays = g3.load_essays()
    for essay in essays:
        fid = essay["id"]
        essay["earlier"] = ("sites" if fid in FIRST_SET else "sites2" if fid in SECOND_SET
                            else "sites3" if fid in THIRD_SET else "")
    return essays


# ------------------------------------------------------------------------------------------ invented bits

EXTRA_TITLES = [
    "Canals and the Making of Industrial Towns", "Why Teenagers Stopped Learning to Drive", "The Moral Weight of Small Lies",
    "Bell Ringing as a Vanishing Craft", "What the Census Misses", "Allotments and the Wartime Kitchen",
    "The Rise and Fall of the Shopping Mall", "Fairy Tales as Moral Instruction", "Seed Banks and the Future of Food",
    "Is Graffiti Vandalism or Art?", "The Printing of Banknotes and Public Trust", "Rivers That Cross Borders",
    "Uniform Pricing in Supermarket Chains", "The Science of Stage Fright", "Dialect Loss in Coastal Villages",
    "Why Juries Get Things Wrong", "Lessons from the Great Smog of 1952", "Queueing Theory in Hospital Emergency Rooms",
    "The Case for Quiet Carriages", "Translation and the Limits of Meaning", "Why Snow Days Matter to Schools",
    "Football Clubs as Community Anchors", "The Hidden Cost of Free Apps", "Shipwrecks as Historical Archives",
]
# The page's subject, filled into breadcrumbs and promos: a meaningful source tag, else the first telling word of the title.
JUNK_TAGS = {"pool-import", "guide", "buying-guide", "comparison", "tutorial", "personal", "landing-page", "best-of", "chart",
             "reviews", "awards", "trends", "blog", "gift guide", "product-review", "best-practices"}
TITLE_STOP = set("""best top ultimate essential popular understanding perfect private daily updates weekend write building
beginner beginners mechanical electrical transparent strategies optimize here with from your that this what when them tips more
guide types styles open real estate machine most self successful free week around about into their have made will
prep rich indoor employee work home""".split())


def subject_of(essay: dict) -> str:
    tags = [t for t in essay["tags"] if len(t) > 2 and t.lower() not in JUNK_TAGS]
    if tags:
        return tags[0].replace("-", " ")
    for word in re.findall(r"[A-Za-z]+", essay["title"]):
        if word.isupper() and len(word) >= 3:
            return word
        if len(word) >= 4 and word.lower() not in TITLE_STOP:
            return word.lower()
    return "general studies"


LEVELS = ["Sixth form", "First year", "Second year", "Third year", "Postgraduate"]
GRADES = ["First", "2:1", "2:2", "Distinction", "Merit"]


class Page(g2.Page):
    """The second set's page bookkeeping, with this set's own invented related titles."""

    def __init__(self, essay, rng, index, site_titles, blocks=None):
        super().__init__(essay, rng, index, site_titles, blocks)
        self.topic = subject_of(essay)
        self.category = self.topic[:1].upper() + self.topic[1:]
        others = sorted({t for t in site_titles if t != self.title})
        self.related = rng.sample(others, 3) + rng.sample(EXTRA_TITLES, rng.randint(1, 2))
        rng.shuffle(self.related)
        self.level = rng.choice(LEVELS)
        self.grade = rng.choice(GRADES)
        self.sample_id = rng.randint(10000, 99999)


def note_for(notes: list[str], p: Page) -> str:
    return p.rng.choice(notes).format(topic=p.topic)


def with_three_headings(blocks, rng: random.Random):
    """Essays on crestline carry Introduction / Body / Conclusion (part of the essay, not of the template)."""
    blocks = g2.with_common_headings(blocks, rng)
    if (rng.random() < 0.7 and blocks[0] == ("heading", "Introduction") and len(blocks) > 4
            and blocks[1][0] == "paragraph" and blocks[2][0] == "paragraph"):
        blocks.insert(2, ("heading", "Body"))
    return blocks


# ---- 1. crestline: Foundation 6, canonical URL; essays with Introduction / Body / Conclusion ----------------

CR_CALLOUTS = [
    ("Writing about {topic} next?", "Book a 30-minute slot with a Crestline clinic tutor who has marked essays on {topic}.",
     "Reserve a slot"),
    ("Marks stuck in the middle band?", "Crestline's Writing Clinic reads your introduction and tells you what a marker sees first.",
     "Ask the clinic"),
    ("Deadline this week?", "Tutors on call answer structure questions within two hours, seven days a week.", "Message a tutor"),
]
CR_CLINIC = [
    "Writing Clinic evenings return on Tuesdays: bring one page, leave with a plan for the rest.",
    "New this term: referencing drop-ins at the Crestline Writing Clinic, no appointment needed.",
]
CR_TIPS = [
    "Notice how each paragraph opens with its claim before the evidence. Try the same order in your own draft on {topic}.",
    "Read the first and last sentence of every paragraph here in a row: that is the argument in miniature.",
    "Mark every place where this writer admits a limit. Markers reward that honesty more than students expect.",
    "Count the sources the essay leans on in each section, then ask which claim is left without one.",
    "Try rewriting the opening in two sentences. If you cannot, the thesis is not yet clear enough.",
    "Look at how the writer moves between sections. A one-line bridge often does more than a long summary.",
    "Before you write on {topic}, list three questions this sample leaves unanswered.",
]
CR_DISCLAIMER = ("Crestline keeps this sample exactly as its writer submitted it. Read it, argue with it and quote it with "
                 "credit; handing it in as your own work counts as misconduct at every member college.")


def crestline(p: Page) -> str:
    rng = p.rng
    url = f"https://crestlinewriting.org/sample-bank/{p.sample_id}/{slug(p.title)}"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    vis = p.visible()
    pieces = pieces_for(vis, heading="<h3>{}</h3>", quote="<blockquote>{}</blockquote>", ul='<ul class="essay-list">')
    if rng.random() < 0.9:  # a study tip as a plain paragraph of the essay body, on most pages
        tip = note_for(CR_TIPS, p)
        pieces.insert(spot(len(vis), rng, 1, 4), f"<p><strong>Study tip:</strong> {esc(tip)}</p>")
        p.clutter += ["Study tip:", tip]
    head, text, button = rng.choice(CR_CALLOUTS)
    head, text = head.format(topic=p.topic), text.format(topic=p.topic)
    at = spot(len(pieces), rng, 2, 5)
    pieces.insert(at, f'<div class="callout primary small"><h5>{esc(head)}</h5><p>{esc(text)}</p>'
                      f'<a class="button small" href="/clinic">{button}</a></div>')
    p.clutter += [head, text, button]
    if rng.random() < 0.25:  # a clinic line, on about 1 page in 4
        line = rng.choice(CR_CLINIC)
        wat = rng.randint(at + 2, len(pieces)) if at + 2 <= len(pieces) else len(pieces)
        pieces.insert(wat, f'<div class="callout secondary small"><span class="label warning">Clinic</span> {esc(line)}</div>')
        p.clutter.append(line)
    pieces.append(f"<p>{esc(CR_DISCLAIMER)}</p>")  # the last plain paragraph of the body, like the essay's own
    p.clutter.append(CR_DISCLAIMER)
    members = ""
    if p.cut is not None:
        rest = p.rest_words()
        members = (f'<div class="callout warning text-center"><h4>Only the opening of this sample is public</h4>'
                   f'<p>{fmt_int(rest)} words follow for Commons members.</p><a class="button" href="/join">Become a member</a></div>')
        p.clutter += ["Only the opening of this sample is public", f"{fmt_int(rest)} words follow for Commons members",
                      "Become a member"]
    refs = ""
    if p.refs:
        refs = '<h3 class="works-cited-title">Works Cited</h3><ul class="no-bullet works-cited">' + "".join(
            f"<li>{mk}</li>" for _, mk in p.refs) + "</ul>"
    banked = p.date.strftime("%d/%m/%Y")
    last, first = p.author.split()[-1], p.author.split()[0]
    harvard = f"{last}, {first[0]}. ({p.date.year}) {p.title}. Crestline Writing Commons. Available at: {url}"
    stats = [f"Word count {fmt_int(p.words)}", f"Roughly {plural(p.pages, 'side')} of A4", f"Opened {fmt_int(p.views)} times",
             f"Banked {banked}", f"Marked {p.grade}"]
    counts = [f"{fmt_int(rng.randint(500, 2600))} words" for _ in p.related]
    others = "".join(f'<li><a href="/sample-bank/{rng.randint(10000, 99999)}/{slug(t)}">{esc(t)}</a>'
                     f'<span class="stat">{c}</span></li>' for t, c in zip(p.related, counts))
    p.clutter += counts
    cookie = ""
    if rng.random() < 0.35:
        cookie = ('<div class="reveal small" id="cookie-reveal" data-reveal data-options="closeOnClick:false;" style="display:block">'
                  '<p class="lead">Crestline stores two small cookies: one keeps you signed in, one counts visits.</p>'
                  '<button class="button" data-close>Fine by me</button> <button class="hollow button" data-close>'
                  'Only the essential one</button></div>')
        p.clutter += ["Crestline stores two small cookies", "one keeps you signed in, one counts visits", "Fine by me",
                      "Only the essential one"]
    p.clutter += [*stats, f"Shared by {p.author}", "Crestline Writing Commons", "Sample Bank", "Writing Clinic", "Tutors on call",
                  "Quoting this sample? Use this line", harvard, "Copy line", "Send this sample", "Telegram", "LinkedIn",
                  "Print view", "Other samples in the bank", *p.related, "run by a consortium of college writing centres",
                  "Terms of use", "Accessibility"]
    return f"""<!doctype html>
<html class="no-js" lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="x-ua-compatible" content="ie=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(p.title)} | Crestline Writing Commons</title>
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/foundation-sites@6.8.1/dist/css/foundation.min.css">
<link rel="stylesheet" href="/css/crestline.css?v=12">
</head>
<body>
<div class="top-bar" id="main-menu">
<div class="top-bar-left"><ul class="dropdown menu" data-dropdown-menu><li class="menu-text">Crestline Writing Commons</li>
<li><a href="/sample-bank">Sample Bank</a></li><li><a href="/clinic">Writing Clinic</a></li><li><a href="/on-call">Tutors on call</a></li></ul></div>
<div class="top-bar-right"><ul class="menu"><li><input type="search" placeholder="Search the bank"></li><li><a class="button" href="/signin">Sign in</a></li></ul></div>
</div>
<div class="grid-container">
<div class="grid-x grid-margin-x">
<main class="cell medium-8">
<nav aria-label="You are here:" role="navigation"><ul class="breadcrumbs"><li><a href="/sample-bank">Sample Bank</a></li>
<li><a href="/sample-bank/subject/{slug(p.category)}">{esc(p.category)}</a></li><li><span class="show-for-sr">Current: </span>{esc(p.title)}</li></ul></nav>
<article class="sample">
<h1>{esc(p.title)}</h1>
<p class="subheader">Shared by {esc(p.author)}</p>
<ul class="menu simple stats">{"".join(f"<li>{esc(s)}</li>" for s in stats)}</ul>
<hr>
<div class="essay-body">
{chr(10).join(pieces)}
</div>
{members}
{refs}
<div class="card cite-card"><div class="card-divider">Quoting this sample? Use this line</div>
<div class="card-section"><p><code>{esc(harvard)}</code></p><button class="button tiny secondary">Copy line</button></div></div>
<div class="button-group small share"><span class="share-label">Send this sample</span><a class="button" href="#">Email</a>
<a class="button" href="#">Telegram</a><a class="button" href="#">LinkedIn</a><a class="button" href="#">Print view</a></div>
</article>
</main>
<aside class="cell medium-4">
<h4>Other samples in the bank</h4>
<ul class="vertical menu related">{others}</ul>
</aside>
</div>
</div>
<footer class="grid-container footer"><div class="grid-x"><div class="cell">
<p>Crestline Writing Commons is run by a consortium of college writing centres.</p>
<ul class="menu"><li><a href="/terms">Terms of use</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/accessibility">Accessibility</a></li></ul>
</div></div></footer>
{cookie}
<script src="https://cdn.jsdelivr.net/npm/jquery@3.7.1/dist/jquery.min.js"></script>
<script src="https://cdn.jsdelivr.net/npm/foundation-sites@6.8.1/dist/js/foundation.min.js"></script>
<script>$(document).foundation();</script>
</body>
</html>
"""


# ---- 2. ferncourt: Angular Material, [innerHTML] body, NO URL; one essay on two pages -------------------------

def ng(component: str) -> str:
    return "ng-c" + str(int(hashlib.sha1(("ferncourt:" + component).encode()).hexdigest()[:8], 16) % 10**10)


FC_PROMOS = [
    ("Stuck on an assignment about {topic}?", "A Ferncourt tutor can go through your outline on {topic} with you tonight.", "Ask a tutor"),
    ("Make your next paper airtight", "Upload a draft and get line-by-line comments from a subject reviewer.", "Upload a draft"),
]
FC_PLUS = [
    "Ferncourt Plus members read every paper in full and keep notes beside it. First month on us.",
    "With Ferncourt Plus you can compare two papers side by side. Students pay half price.",
]
FC_REMARKS = [
    "The paper's strongest section is its middle; the opening promises more than the evidence delivers.",
    "A clear structure throughout, though several claims would benefit from a named source.",
    "Good use of examples on {topic}, but the conclusion mostly repeats the introduction.",
    "This paper was trimmed slightly for length before publication; nothing of the argument was removed.",
    "The writer balances both sides fairly. Watch for the long sentences in the second half.",
    "Readers have asked about the sources here: the writer's own list is reproduced as it was submitted.",
]
FC_DISCLAIMER = ("Papers on Ferncourt are contributed by students and published unedited. They are shown so that you can see "
                 "how others tackled a question, and should not be handed in as coursework.")


def ferncourt(p: Page) -> str:
    rng = p.rng
    p.claimed_words, p.claimed_pages = p.words, p.pages
    vis = p.visible()
    c_card, c_body, c_side = ng("PaperView"), ng("PaperBody"), ng("RelatedList")
    pieces = pieces_for(vis, heading="<h2>{}</h2>", quote="<blockquote>{}</blockquote>")
    pieces.insert(min(2, len(pieces)), f"<p>{esc(FC_DISCLAIMER)}</p>")  # after the essay's second block, a plain <p>
    p.clutter.append(FC_DISCLAIMER)
    if rng.random() < 0.85:  # the reviewer's remark, a plain paragraph with a bold label, on most pages
        remark = note_for(FC_REMARKS, p)
        pieces.insert(rng.choice([0, spot(len(pieces), rng, 3, 6)]), f"<p><b>Reviewer's remark:</b> {esc(remark)}</p>")
        p.clutter += ["Reviewer's remark:", remark]
    head, text, button = rng.choice(FC_PROMOS)
    head, text = head.format(topic=p.topic), text.format(topic=p.topic)
    at = spot(len(pieces), rng, 2, 6)
    pieces.insert(at, f'<div class="promo-banner"><p class="promo-head"><b>{esc(head)}</b></p><p>{esc(text)}</p>'
                      f'<a href="/tutors">{button}</a></div>')
    p.clutter += [head, text, button]
    if rng.random() < 0.25:  # a Plus line as a plain <p> of the body, on about 1 page in 4
        line = rng.choice(FC_PLUS)
        pat = rng.randint(at + 2, len(pieces)) if at + 2 <= len(pieces) else len(pieces)
        pieces.insert(pat, f"<p>{esc(line)}</p>")
        p.clutter.append(line)
    wall = ""
    if p.cut is not None:
        rest = p.rest_words()
        wall = (f'<div _ngcontent-{c_card}="" class="paywall"><h3 _ngcontent-{c_card}="" class="mat-headline-6">Keep reading with '
                f'Ferncourt Plus</h3><p _ngcontent-{c_card}="">{fmt_int(rest)} words remain in this paper.</p>'
                f'<button _ngcontent-{c_card}="" mat-flat-button="" color="primary" class="mdc-button mdc-button--unelevated '
                f'mat-mdc-unelevated-button mat-primary mat-mdc-button-base"><span class="mdc-button__label">Unlock the full paper'
                f'</span></button></div>')
        p.clutter += ["Keep reading with Ferncourt Plus", f"{fmt_int(rest)} words remain in this paper", "Unlock the full paper"]
    refs = ""
    if p.refs:
        refs = (f'<section _ngcontent-{c_card}="" class="works-cited"><h2 _ngcontent-{c_card}="">Works Cited</h2>'
                + "".join(f'<p _ngcontent-{c_card}="" class="ref">{mk}</p>' for _, mk in p.refs) + "</section>")
    added = p.date.strftime("%b %-d, %Y")
    chips = [f"{fmt_int(p.words)} words", f"{p.pages} pages double-spaced", f"{short_count(p.views)} opens", f"added {added}",
             p.level]
    chicago = f'{p.author}. "{p.title}." Ferncourt Student Papers, {p.date.strftime("%B %-d, %Y")}.'
    nav = "".join(f'<a _ngcontent-{c_side}="" mat-list-item="" class="mat-mdc-list-item mdc-list-item mat-mdc-list-item-interactive '
                  f'mat-mdc-list-item-two-line" href="/papers/{rng.randint(100000, 999999)}"><span class="mdc-list-item__content">'
                  f'<span matlistitemtitle="" class="mat-mdc-list-item-title mdc-list-item__primary-text">{esc(t)}</span>'
                  f'<span matlistitemline="" class="mat-mdc-list-item-line mdc-list-item__secondary-text">{rng.randint(2, 9)} pp.</span>'
                  f'</span></a>' for t in p.related)
    snack = ""
    if rng.random() < 0.3:
        snack = ('<div class="cdk-overlay-container"><div class="cdk-global-overlay-wrapper" dir="ltr" style="justify-content: center; '
                 'align-items: flex-end;"><div class="cdk-overlay-pane" style="position: static; margin-bottom: 0px;">'
                 '<mat-snack-bar-container class="mdc-snackbar mat-mdc-snack-bar-container mdc-snackbar--open" role="status">'
                 '<div class="mdc-snackbar__surface"><div class="mat-mdc-snack-bar-label mdc-snackbar__label">Ferncourt keeps one '
                 'cookie to remember your place in long papers.</div><div class="mat-mdc-snack-bar-actions mdc-snackbar__actions">'
                 '<button mat-button="" class="mat-mdc-snack-bar-action mdc-button mat-mdc-button"><span class="mdc-button__label">'
                 'Understood</span></button></div></div></mat-snack-bar-container></div></div></div>')
        p.clutter += ["Ferncourt keeps one cookie to remember your place in long papers", "Understood"]
    p.clutter += [*chips, f"Submitted by {p.author}", "Ferncourt", "Browse papers", "Ask a tutor", "Pricing", "Log in",
                  "How to credit this paper", chicago, "Chicago style, 17th edition", "Share via", "Facebook", "Copy the link",
                  "Papers readers opened next", *p.related, "Ferncourt Learning Ltd", "Help centre", "Terms and conditions"]
    chip_html = "".join(f'<mat-chip _ngcontent-{c_card}="" class="mat-mdc-chip mat-mdc-standard-chip mdc-evolution-chip '
                        f'mat-mdc-chip-disabled"><span class="mdc-evolution-chip__cell mdc-evolution-chip__cell--primary">'
                        f'<span class="mdc-evolution-chip__text-label mat-mdc-chip-action-label">{esc(c)}</span></span></mat-chip>'
                        for c in chips)
    state = hashlib.sha1(f"fc{p.index}{p.title}".encode()).hexdigest()[:16]
    return f"""<!DOCTYPE html><html lang="en"><head>
<meta charset="utf-8">
<title>{esc(p.title)} - Ferncourt</title>
<base href="/">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" type="image/x-icon" href="favicon.ico">
<link rel="preconnect" href="https://fonts.gstatic.com">
<link href="https://fonts.googleapis.com/icon?family=Material+Icons" rel="stylesheet">
<link rel="stylesheet" href="styles-5INURTSO.css">
<style ng-app-id="ng">.paper-body[_ngcontent-{c_body}] p{{line-height:1.75}}</style>
</head>
<body class="mat-typography"><!--nghm-->
<app-root _nghost-ng-c1123478071="" ng-version="17.3.8" ngh="2" ng-server-context="ssr">
<mat-toolbar _ngcontent-ng-c1123478071="" color="primary" class="mat-toolbar mat-primary mat-toolbar-single-row">
<a _ngcontent-ng-c1123478071="" routerlink="/" class="brand" href="/">Ferncourt</a><span _ngcontent-ng-c1123478071="" class="spacer"></span>
<a _ngcontent-ng-c1123478071="" mat-button="" class="mdc-button mat-mdc-button" href="/papers"><span class="mdc-button__label">Browse papers</span></a>
<a _ngcontent-ng-c1123478071="" mat-button="" class="mdc-button mat-mdc-button" href="/tutors"><span class="mdc-button__label">Ask a tutor</span></a>
<a _ngcontent-ng-c1123478071="" mat-button="" class="mdc-button mat-mdc-button" href="/pricing"><span class="mdc-button__label">Pricing</span></a>
<a _ngcontent-ng-c1123478071="" mat-stroked-button="" class="mdc-button mdc-button--outlined mat-mdc-outlined-button" href="/login"><span class="mdc-button__label">Log in</span></a>
</mat-toolbar>
<router-outlet _ngcontent-ng-c1123478071=""></router-outlet>
<app-paper-view _nghost-{c_card}="" ngh="1">
<div _ngcontent-{c_card}="" class="layout">
<mat-card _ngcontent-{c_card}="" class="mat-mdc-card mdc-card paper-card">
<mat-card-header _ngcontent-{c_card}="" class="mat-mdc-card-header"><div class="mat-mdc-card-header-text">
<mat-card-title _ngcontent-{c_card}="" class="mat-mdc-card-title"><h1 _ngcontent-{c_card}="">{esc(p.title)}</h1></mat-card-title>
<mat-card-subtitle _ngcontent-{c_card}="" class="mat-mdc-card-subtitle">Submitted by {esc(p.author)}</mat-card-subtitle></div></mat-card-header>
<mat-chip-set _ngcontent-{c_card}="" role="presentation" class="mat-mdc-chip-set mdc-evolution-chip-set"><div role="presentation" class="mdc-evolution-chip-set__chips">{chip_html}</div></mat-chip-set>
<mat-card-content _ngcontent-{c_card}="" class="mat-mdc-card-content">
<app-paper-body _ngcontent-{c_card}="" _nghost-{c_body}=""><div _ngcontent-{c_body}="" class="paper-body">
{chr(10).join(pieces)}
</div></app-paper-body>
{wall}
{refs}
</mat-card-content>
<mat-card-actions _ngcontent-{c_card}="" class="mat-mdc-card-actions mdc-card__actions share-row"><span _ngcontent-{c_card}="" class="share-label">Share via</span>
<button _ngcontent-{c_card}="" mat-button="" class="mdc-button mat-mdc-button"><span class="mdc-button__label">Email</span></button>
<button _ngcontent-{c_card}="" mat-button="" class="mdc-button mat-mdc-button"><span class="mdc-button__label">Facebook</span></button>
<button _ngcontent-{c_card}="" mat-button="" class="mdc-button mat-mdc-button"><span class="mdc-button__label">Copy the link</span></button>
</mat-card-actions>
</mat-card>
<mat-accordion _ngcontent-{c_card}="" class="mat-accordion cite-panel"><mat-expansion-panel _ngcontent-{c_card}="" class="mat-expansion-panel mat-expanded">
<mat-expansion-panel-header _ngcontent-{c_card}="" role="button" class="mat-expansion-panel-header mat-expanded"><span class="mat-content">
<mat-panel-title _ngcontent-{c_card}="" class="mat-expansion-panel-header-title">How to credit this paper</mat-panel-title>
<mat-panel-description _ngcontent-{c_card}="" class="mat-expansion-panel-header-description">Chicago style, 17th edition</mat-panel-description></span></mat-expansion-panel-header>
<div class="mat-expansion-panel-content" role="region"><div class="mat-expansion-panel-body"><p _ngcontent-{c_card}="" class="citation">{esc(chicago)}</p></div></div>
</mat-expansion-panel></mat-accordion>
<app-related-list _ngcontent-{c_card}="" _nghost-{c_side}=""><h2 _ngcontent-{c_side}="" class="mat-headline-6">Papers readers opened next</h2>
<mat-nav-list _ngcontent-{c_side}="" role="navigation" class="mat-mdc-nav-list mat-mdc-list-base mdc-list">{nav}</mat-nav-list></app-related-list>
</div>
</app-paper-view>
<footer _ngcontent-ng-c1123478071="" class="site-footer"><p _ngcontent-ng-c1123478071="">© 2025 Ferncourt Learning Ltd · <a _ngcontent-ng-c1123478071="" href="/help">Help centre</a> · <a _ngcontent-ng-c1123478071="" href="/terms">Terms and conditions</a></p></footer>
</app-root>
{snack}
<script src="polyfills-RX4V3J2S.js" type="module"></script><script src="main-{state[:8].upper()}.js" type="module"></script>
<script id="ng-state" type="application/json">{{"__nghData__":[{{}},{{"c":{{"0":[]}}}}],"paper":{{"k":"{state}"}}}}</script>
</body></html>
"""


# ---- 3. saltmeadow: Wix Editor page, comp-* ids, rich-text font_8 paragraphs, canonical + og:url -----------------

def comp(role: str) -> str:
    return "comp-" + hashlib.sha1(("saltmeadow:" + role).encode()).hexdigest()[:8]


SM_P = ('<p class="font_8 wixui-rich-text__text" style="line-height:1.7em; font-size:17px;"><span style="font-size:17px;" '
        'class="wixui-rich-text__text">{}</span></p>')
SM_STRIPS = [
    ("Need a hand with {topic}?", "Saltmeadow mentors are recent graduates who have written on {topic} themselves.", "Meet a mentor"),
    ("Your draft deserves a second reader", "Swap drafts with another Exchange member and trade honest comments.", "Find a swap partner"),
    ("Writing under pressure?", "The Saltmeadow 48-hour review turns round your draft with comments before the weekend.",
     "Book a review"),
]
SM_TOKENS = [
    "Every essay you share earns Exchange tokens. Spend them on mentor sessions or on full-length samples.",
    "Members who share two essays this month get a free mentor session. Ends Sunday.",
]
SM_MOD = [
    "Moderator's note: this essay was shared during our spring writing challenge.",
    "Moderator's note: the author asked us to keep the original spelling throughout.",
    "Moderator's note: a few paragraphs were reordered by the author after feedback from members.",
    "Moderator's note: this is one of the most requested essays on {topic} in the Exchange.",
    "Moderator's note: comments on this essay are closed, but you can still message the author.",
    "Moderator's note: the figures quoted here were correct when the essay was written.",
]
SM_DISCLAIMER = ("Everything in the Saltmeadow Essay Exchange is written by members and shared in good faith. Learn from "
                 "it freely, but please do not submit it, in whole or in part, as your own.")


def saltmeadow(p: Page) -> str:
    rng = p.rng
    url = f"https://www.saltmeadowessays.com/post/{slug(p.title)}"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    vis = p.visible()
    pieces = pieces_for(vis, para=SM_P, heading='<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">{}</span></h2>',
                        quote='<blockquote class="font_8 wixui-rich-text__text" style="margin-left:40px;"><span class="wixui-rich-text__text">{}</span></blockquote>',
                        ul='<ul class="font_8 wixui-rich-text__text">', ol='<ol class="font_8 wixui-rich-text__text">',
                        li='<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">{}</span></p></li>')
    pieces.insert(0, SM_P.format(esc(SM_DISCLAIMER)))  # the first paragraph of the rich text, styled like the essay's
    p.clutter.append(SM_DISCLAIMER)
    if rng.random() < 0.8:  # the moderator's note, a bold-labelled paragraph of the same rich text
        mod = note_for(SM_MOD, p)
        label, _, text = mod.partition(": ")
        pieces.insert(spot(len(pieces), rng, 1, 4),
                      '<p class="font_8 wixui-rich-text__text" style="line-height:1.7em; font-size:17px;"><span style="font-weight:bold;" '
                      f'class="wixui-rich-text__text">{esc(label)}:</span><span style="font-size:17px;" class="wixui-rich-text__text"> '
                      f'{esc(text)}</span></p>')
        p.clutter += ["Moderator's note:", text]
    if rng.random() < 0.25:  # a tokens line, on about 1 page in 4, styled like the body
        line = rng.choice(SM_TOKENS)
        pieces.insert(rng.randint(len(pieces) // 2, len(pieces)), SM_P.format(esc(line)))
        p.clutter.append(line)
    # The body is two rich-text components with a promo strip between them, as a Wix page is built.
    head, text, button = rng.choice(SM_STRIPS)
    head, text = head.format(topic=p.topic), text.format(topic=p.topic)
    at = spot(len(pieces), rng, 3, 6)
    strip = (f'<section id="{comp("strip")}" class="wixui-column-strip" style="background:#eaf4f1"><div id="{comp("strip-col")}" '
             f'class="wixui-column-strip__column"><div id="{comp("strip-title")}" class="wixui-rich-text" data-testid="richTextElement">'
             f'<h4 class="font_4 wixui-rich-text__text"><span class="wixui-rich-text__text">{esc(head)}</span></h4>'
             f'<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">{esc(text)}</span></p></div>'
             f'<div id="{comp("strip-button")}" class="wixui-button" data-testid="linkElement"><a href="/mentoring" class="wixui-button__link">'
             f'<span class="wixui-button__label">{button}</span></a></div></div></section>')
    p.clutter += [head, text, button]
    body_a, body_b = "\n".join(pieces[:at]), "\n".join(pieces[at:])
    page_comp = "comp-" + hashlib.sha1(f"sm-page{p.sample_id}".encode()).hexdigest()[:8]
    members = ""
    if p.cut is not None:
        rest = p.rest_words()
        members = (f'<div id="{comp("members")}" class="wixui-box" style="border:1px solid #9cc;padding:24px;text-align:center">'
                   f'<p class="font_7 wixui-rich-text__text">The remaining {fmt_int(rest)} words are for Exchange members.</p>'
                   f'<a class="wixui-button__link" href="/account/signup"><span class="wixui-button__label">Join the Exchange</span></a>'
                   f'<p class="font_9 wixui-rich-text__text">Already a member? Log in</p></div>')
        p.clutter += [f"The remaining {fmt_int(rest)} words are for Exchange members", "Join the Exchange",
                      "Already a member? Log in"]
    refs = ""
    if p.refs:
        refs = (f'<div id="{page_comp}-refs" class="wixui-rich-text" data-testid="richTextElement"><h3 class="font_3 wixui-rich-text__text">'
                f'<span class="wixui-rich-text__text">Works Cited</span></h3>' + "".join(
                    f'<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">{mk}</span></p>' for _, mk in p.refs)
                + "</div>")
    posted = p.date.strftime("%-d.%-m.%Y")
    last, first = p.author.split()[-1], p.author.split()[0]
    apa = f"{last}, {first[0]}. ({p.date.year}). {p.title}. Saltmeadow Essay Exchange. {url}"
    stats_line = (f"This essay runs to {fmt_int(p.words)} words, about {plural(p.pages, 'page')}. "
                  f"{fmt_int(p.views)} readers so far. Posted {posted}.")
    shelves = "".join(f'<div role="listitem" class="wixui-repeater__item"><div class="wixui-rich-text"><p class="font_8 wixui-rich-text__text">'
                      f'<a href="/post/{slug(t)}" class="wixui-rich-text__text">{esc(t)}</a></p></div></div>' for t in p.related)
    cookie = ""
    if rng.random() < 0.4:
        cookie = ('<div id="ccsu-banner" data-hook="ccsu-banner-wrapper" role="region" aria-label="Cookie banner" style="position:fixed;bottom:0;'
                  'width:100%"><div data-hook="consent-banner-root"><p data-hook="ccsu-banner-text">Saltmeadow and its partners '
                  'store cookies while you browse the Exchange, to keep you logged in and to measure visits.</p>'
                  '<button data-hook="consent-banner-settings-button">Cookie preferences</button><button data-hook="consent-banner-apply-button">'
                  'Accept</button></div></div>')
        p.clutter += ["Saltmeadow and its partners store cookies while you browse the Exchange", "Cookie preferences"]
    p.clutter += [f"This essay runs to {fmt_int(p.words)} words", f"about {plural(p.pages, 'page')}", f"{fmt_int(p.views)} readers so far",
                  f"Posted {posted}", f"Written by {p.author}", "Saltmeadow Essay Exchange", "The Exchange", "Mentoring", "Contact",
                  "Quote it properly (APA)", apa, "Spread the word", "Pinterest", "From the Exchange shelves", *p.related,
                  "Proudly created with Wix.com", "Saltmeadow Essay Exchange. All essays belong to their writers"]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<title>{esc(p.title)} | Saltmeadow Essay Exchange</title>
<link rel="canonical" href="{url}">
<meta property="og:title" content="{html.escape(p.title)}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Saltmeadow Essay Exchange">
<meta property="og:type" content="website">
<style id="css_masterPage">.font_8{{font:normal normal normal 17px/1.7em lora,serif;color:#2B3A38}}.font_9{{font-size:14px}}</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="top of page"></div>
<div id="BACKGROUND_GROUP"></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-lk3q1f0a" class="wixui-rich-text" data-testid="richTextElement">
<p class="font_6 wixui-rich-text__text"><a href="/" class="wixui-rich-text__text">Saltmeadow Essay Exchange</a></p></div>
<nav id="comp-lk3q1f0b" class="wixui-dropdown-menu" aria-label="Site"><ul><li class="wixui-dropdown-menu__item"><a href="/">Home</a></li>
<li class="wixui-dropdown-menu__item"><a href="/exchange">The Exchange</a></li><li class="wixui-dropdown-menu__item"><a href="/mentoring">Mentoring</a></li>
<li class="wixui-dropdown-menu__item"><a href="/contact">Contact</a></li></ul></nav></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="{page_comp}" class="page">
<div id="{page_comp}-title" class="wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">{esc(p.title)}</span></h1></div>
<div id="{comp("byline")}" class="wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">Written by {esc(p.author)}</span></p>
<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">{esc(stats_line)}</span></p></div>
<div id="{page_comp}-body" class="wixui-rich-text" data-testid="richTextElement">
{body_a}
</div>
{strip}
<div id="{page_comp}-body2" class="wixui-rich-text" data-testid="richTextElement">
{body_b}
</div>
{members}
{refs}
<div id="{comp("cite")}" class="wixui-box" style="background:#f6f6f2;padding:16px"><div class="wixui-rich-text"><h5 class="font_5 wixui-rich-text__text">Quote it properly (APA)</h5>
<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">{esc(apa)}</span></p></div></div>
<div id="{comp("share")}" class="wixui-social-bar"><p class="font_9 wixui-rich-text__text">Spread the word</p><ul><li><a href="#" aria-label="Facebook">Facebook</a></li><li><a href="#" aria-label="Pinterest">Pinterest</a></li><li><a href="#" aria-label="Email">Email</a></li></ul></div>
<div id="{comp("shelves")}" class="wixui-repeater" role="list"><h3 class="font_3 wixui-rich-text__text">From the Exchange shelves</h3>{shelves}</div>
</div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer"><div id="comp-lk3q1f0c" class="wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">© 2025 by Saltmeadow Essay Exchange. All essays belong to their writers. Proudly created with Wix.com</span></p></div></footer>
</div></div>
{cookie}
<script>window.viewerModel = {{"siteFeatures":["cookiesManager","consentPolicy"],"pageId":"{page_comp[5:]}"}};</script>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.3f9d1a2b.bundle.min.js" async></script>
</body>
</html>
"""


# ---- 4. oldquarry: XHTML 1.0 Transitional PHP site, inline styles only, NO URL -------------------------------

OQ_P = "margin:0 0 12px 0;font-family:Verdana,Arial,sans-serif;font-size:13px;line-height:19px;color:#222;"
OQ_ADS = [
    ("Can't find a paper on {topic}?", "Our partner writers will do one to order, any length, any deadline.", "Click here"),
    ("Need it by tomorrow?", "Custom papers from 9.95 per page. Every paper checked for originality.", "Order today"),
    ("Tired of searching?", "Get every paper in the pit for one low yearly fee.", "Join the members' area"),
]
OQ_SPONSORED = [
    "Sponsored link: GradeLift proofreading, every comma checked by a human editor.",
    "Sponsored link: StudyStack flashcards, make a deck from any paper in one click.",
]
OQ_NOTES = [
    "This paper came in by e-mail and was typed up by a volunteer. Please report any typos.",
    "Several readers asked for more papers like this one. We have added them to the {topic} section.",
    "The original had footnotes that our system could not keep. The text itself is complete.",
    "This is an older paper. Some of the facts in it may have changed since it was written.",
    "The author of this paper has given permission for it to be quoted with credit.",
    "This paper was one of the ten most read in the pit last month.",
]
OQ_DISCLAIMER = ("All papers in the pit were sent in by visitors and are provided for research and reference only. The "
                 "Old Quarry does not check them for accuracy and does not support handing them in as your own work.")


def oldquarry(p: Page) -> str:
    rng = p.rng
    p.claimed_words, p.claimed_pages = p.words, p.pages
    vis = p.visible()
    pieces = pieces_for(vis, para=f'<p style="{OQ_P}">{{}}</p>',
                        heading='<h3 style="margin:16px 0 8px 0;font-family:Verdana,Arial,sans-serif;font-size:14px;color:#222;">{}</h3>',
                        quote='<blockquote style="margin:0 0 12px 30px;font-family:Verdana,Arial,sans-serif;font-size:13px;font-style:italic;">{}</blockquote>',
                        ul='<ul style="font-family:Verdana,Arial,sans-serif;font-size:13px;">',
                        ol='<ol style="font-family:Verdana,Arial,sans-serif;font-size:13px;">')
    pieces.insert(1, f'<p style="{OQ_P}">{esc(OQ_DISCLAIMER)}</p>')  # right after the essay's first block, same style
    p.clutter.append(OQ_DISCLAIMER)
    if rng.random() < 0.85:
        note = note_for(OQ_NOTES, p)
        pieces.insert(spot(len(pieces), rng, 2, 5), f'<p style="{OQ_P}"><b>Webmaster\'s note:</b> {esc(note)}</p>')
        p.clutter += ["Webmaster's note:", note]
    head, text, button = rng.choice(OQ_ADS)
    head = head.format(topic=p.topic)
    at = spot(len(pieces), rng, 2, 5)
    pieces.insert(at, '<div style="border:1px dashed #cc6600;background-color:#fff8e6;padding:6px;margin:0 0 12px 0;'
                      'font-family:Verdana,Arial,sans-serif;font-size:12px;">'
                      f'<b style="color:#cc6600;">{esc(head)}</b><br />{esc(text)} <a href="order.php" style="color:#0000cc;">{button}</a></div>')
    p.clutter += [head, text, button]
    if rng.random() < 0.25:
        line = rng.choice(OQ_SPONSORED)
        pat = rng.randint(at + 2, len(pieces)) if at + 2 <= len(pieces) else len(pieces)
        pieces.insert(pat, f'<p style="{OQ_P}">{esc(line)}</p>')
        p.clutter.append(line)
    free = ""
    if p.cut is not None:
        rest = p.rest_words()
        free = ('<div style="border:2px solid #999;background-color:#eeeeee;padding:10px;text-align:center;font-family:Verdana,Arial,'
                'sans-serif;font-size:12px;"><b>You are reading the free part of this paper.</b><br />'
                f'{fmt_int(rest)} words more are in the members\' area.<br /><a href="members.php" style="color:#0000cc;">Members login</a>'
                ' | <a href="signup.php" style="color:#0000cc;">Sign up for 5.95</a></div>')
        p.clutter += ["You are reading the free part of this paper", f"{fmt_int(rest)} words more are in the members' area",
                      "Members login", "Sign up for 5.95"]
    refs = ""
    if p.refs:
        refs = ('<h3 style="margin:16px 0 8px 0;font-family:Verdana,Arial,sans-serif;font-size:14px;color:#222;">Works Cited</h3>'
                + "".join(f'<p style="margin:0 0 6px 24px;text-indent:-24px;font-family:Verdana,Arial,sans-serif;font-size:12px;">{mk}</p>'
                          for _, mk in p.refs))
    score = f"{rng.uniform(2.6, 4.9):.1f}"
    votes = rng.randint(3, 140)
    mla = f'"{p.title}." Old Quarry Term Papers, {p.date.strftime("%-d %b. %Y")}, paper no. {p.sample_id}.'
    stats = [f"Paper #{p.sample_id}", f"Length: {fmt_int(p.words)} words / {p.pages} pages", f"Hits: {fmt_int(p.views)}",
             f"Score: {score}/5 from {votes} readers", f"In the pit since {p.date.strftime('%m.%d.%Y')}"]
    same_pit = "".join(f'&raquo; <a href="essay.php?id={rng.randint(10000, 99999)}" style="color:#0000cc;">{esc(t)}</a><br />'
                       for t in p.related)
    cookie = ""
    if rng.random() < 0.3:
        cookie = ('<div style="background-color:#ffffcc;border-bottom:1px solid #cccc66;padding:4px;text-align:center;'
                  'font-family:Verdana,Arial,sans-serif;font-size:11px;">This site uses cookies for the members\' area and the hit '
                  'counter (EU law requires us to tell you). <a href="cookies.php" style="color:#0000cc;">[close this message]</a></div>')
        p.clutter += ["This site uses cookies for the members' area and the hit counter", "EU law requires us to tell you",
                      "[close this message]"]
    p.clutter += [*stats, f"Sent in by {p.author}", "Old Quarry Term Papers", "Free papers since 2003", "over 14,000 papers in the pit",
                  "Browse the pit", "Newest papers", "Most read", "Submit a paper", "Link to us", "Search the pit",
                  "Quote or link to this paper:", mla, "Tell a friend", "Printer-friendly version", "Bookmark this page",
                  "Papers in the same pit:", *p.related, "Old Quarry Term Papers. All rights reserved", "Contact the webmaster",
                  "Privacy policy"]
    side = "font-family:Verdana,Arial,sans-serif;font-size:11px;"
    return f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(p.title)} :: Old Quarry Term Papers</title>
<meta name="keywords" content="free term papers, essays, {html.escape(p.topic)}, research papers" />
<meta name="description" content="{html.escape(p.title)} - free paper #{p.sample_id}" />
</head>
<body style="margin:0;padding:0;background-color:#d9d2c5;">
{cookie}
<div style="width:770px;margin:0 auto;background-color:#ffffff;border:1px solid #8c7b5e;">
<div style="background-color:#5c4a32;padding:10px 12px;">
<a href="index.php" style="font-family:Georgia,serif;font-size:26px;color:#f3e3c0;text-decoration:none;">Old Quarry Term Papers</a><br />
<span style="font-family:Verdana,Arial,sans-serif;font-size:11px;color:#e0d0b0;">Free papers since 2003 - over 14,000 papers in the pit</span>
</div>
<div style="float:left;width:150px;padding:10px;background-color:#f2ece0;{side}">
<b>Menu</b><br />
<a href="browse.php" style="color:#0000cc;">Browse the pit</a><br />
<a href="newest.php" style="color:#0000cc;">Newest papers</a><br />
<a href="top.php" style="color:#0000cc;">Most read</a><br />
<a href="submit.php" style="color:#0000cc;">Submit a paper</a><br />
<a href="linkus.php" style="color:#0000cc;">Link to us</a><br /><br />
<form action="search.php" method="get"><b>Search the pit</b><br /><input type="text" name="q" size="14" /><input type="submit" value="Go" /></form>
</div>
<div style="margin-left:180px;padding:10px 14px 10px 10px;">
<div style="font-family:Verdana,Arial,sans-serif;font-size:11px;color:#666;"><a href="index.php" style="color:#0000cc;">Home</a> &gt; <a href="browse.php?cat={slug(p.category)}" style="color:#0000cc;">{esc(p.category)}</a></div>
<h1 style="font-family:Georgia,serif;font-size:20px;color:#5c4a32;margin:8px 0 4px 0;">{esc(p.title)}</h1>
<div style="font-family:Verdana,Arial,sans-serif;font-size:11px;color:#666;margin-bottom:12px;">Sent in by {esc(p.author)}<br />{" &middot; ".join(esc(s) for s in stats)}</div>
{chr(10).join(pieces)}
{free}
{refs}
<div style="margin:14px 0;padding:6px;border:1px solid #cccccc;font-family:Verdana,Arial,sans-serif;font-size:11px;"><b>Quote or link to this paper:</b><br />
<span style="font-family:'Courier New',monospace;">{esc(mla)}</span></div>
<div style="font-family:Verdana,Arial,sans-serif;font-size:11px;"><a href="tell.php?id={p.sample_id}" style="color:#0000cc;">Tell a friend</a> | <a href="print.php?id={p.sample_id}" style="color:#0000cc;">Printer-friendly version</a> | <a href="javascript:bookmark()" style="color:#0000cc;">Bookmark this page</a></div>
<div style="margin-top:14px;{side}"><b>Papers in the same pit:</b><br />{same_pit}</div>
</div>
<div style="clear:both;background-color:#5c4a32;color:#e0d0b0;padding:6px;text-align:center;{side}">Copyright &copy; 2003-2025 Old Quarry Term Papers. All rights reserved. | <a href="contact.php" style="color:#f3e3c0;">Contact the webmaster</a> | <a href="privacy.php" style="color:#f3e3c0;">Privacy policy</a></div>
</div>
</body>
</html>
"""


# ------------------------------------------------------------------------------------------------ main

SITES = {  # name: (writer, teaser pages, works-cited pages, duplicate pair (page numbers) or None)
    "crestline": (crestline, 2, 4, None),        # essays carry the headings Introduction / Body / Conclusion
    "ferncourt": (ferncourt, 3, 3, (4, 13)),     # the same paper on two pages (different visits)
    "saltmeadow": (saltmeadow, 2, 3, None),      # "Moderator's note: ..." in the rich text, with different texts
    "oldquarry": (oldquarry, 3, 4, None),        # "Webmaster's note: ..." styled like the paragraphs
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=71)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    essays = load_essays()
    # Texts no earlier set used come first; then texts an earlier set used.
    fresh = [e for e in essays if not e["earlier"]]
    used = [e for e in essays if e["earlier"]]
    rng.shuffle(fresh)
    rng.shuffle(used)
    need = g.essays_needed(SITES, PAGES_PER_SITE)
    chosen = g.choose_essays(fresh + used, need)[:need]
    rng.shuffle(chosen)  # fresh and reused texts spread over all four sites

    def page_for(name: str, n: int, essay: dict, titles: list[str], page_rng: random.Random, twin: Page | None) -> Page:
        blocks = (with_three_headings(essay["blocks"], random.Random(f"{args.seed}:{name}:{n}:headings"))
                  if name == "crestline" else None)
        return Page(essay, page_rng, n, titles, blocks)

    def copy_twin(page: Page, twin: Page) -> None:
        page.blocks, page.cut, page.refs = twin.blocks, twin.cut, twin.refs
        page.words, page.pages, page.minutes = twin.words, twin.pages, twin.minutes
        page.date, page.author, page.level, page.sample_id = twin.date, twin.author, twin.level, twin.sample_id

    rows = g.write_site_folders(
        args.outdir, args.seed, SITES, chosen, PAGES_PER_SITE, page_for, copy_twin,
        lambda name, n, e: f"{name}\tpage-{n:02d}\t{e['id']}\t{e['earlier'] or '-'}\t{e['url']}\t{e['title']}")
    header = "site\tpage\twcxb_id\tearlier_set\tsource_url\ttitle"
    (args.outdir / "SOURCES.tsv").write_text("\n".join([header, *rows]) + "\n", "utf-8")
    n_fresh = sum(not e["earlier"] for e in chosen)
    print(f"{len(SITES)} sites x {PAGES_PER_SITE} pages -> {args.outdir} ({need} texts: {n_fresh} new, {need - n_fresh} "
          f"used by an earlier set)")


if __name__ == "__main__":
    main()
