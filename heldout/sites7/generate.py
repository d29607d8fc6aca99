"""Write a SEVENTH set of held-out essay-site folders for measuring site learning (issue 13) at first contact.

    /work/main/.venv/bin/python heldout/sites7/generate.py /work/corpora/sites7-heldout [--seed 113]

Four invented essay-sample sites, 18 pages each, in markup families no earlier set (heldout/sites/ to sites6/) uses:
OUTDIR/<site>/page-NN.html and the truth of every page, OUTDIR/<site>/truth/page-NN.md (the format at the top of
bench/scoring.py). The essay bodies are real article texts from the WCXB dev ground truth (CC-BY-4.0, even file ids
only, page_type "article", none of them in tests/realpages). No unused text is left, so this set takes the texts the
fewest earlier sets used (exactly one), the others last (never twice within this set, except the one deliberate
duplicate). OUTDIR/SOURCES.tsv records which text went where, and which earlier sets used it. Same seed, same bytes.

Sites (markup families):
  ravensworth  DokuWiki (release 2023-04-04, "dokuwiki" template): sections as h1/h2 + div.levelN, wrap-plugin boxes,
               a data-plugin entry for the stats, an included disclaimer page, FIXME notes signed by wiki editors as
               plain paragraphs, a "Trace:" breadcrumb of the pages visited before (per page); NO URL of the site
               anywhere (root-relative links only); the essays carry the headings Introduction / Conclusion
  thistledown  Medium publication post (2024 markup): Fela atomic class names given in order of first use on each
               page, so the same template element carries DIFFERENT class names page by page; pw-post-body-paragraph
               paragraphs with per-page 4-hex ids, mixtape embeds, member-only paywall; canonical + og:url
  gullhaven    Mailchimp campaign archive (a weekly email saved from its archive link): nested layout tables with
               inline styles, awesomebar, the essay split over two or three mcnTextBlock cells with template blocks
               between them, a hidden preheader; og:url only; one essay on two pages (the campaign resent to
               non-openers)
  kilnworth    Hugo: the site was REDESIGNED between saves, 7 pages in the old Ananke theme (tachyons classes,
               /posts/ URLs, og:url only) and 11 in the new PaperMod theme (canonical + og:url, /essays/YYYY/ URLs);
               the site's shortcodes (notes, disclaimer, credit line) are the same in both

The markdown parsing, essay loading, truth writing and page bookkeeping are the earlier sets' (heldout/sites/,
heldout/sites2/, heldout/sites3/, heldout/sites5/ and heldout/sites6/generate.py, imported, unchanged).
"""

from __future__ import annotations

import argparse
import hashlib
import html
import importlib.util
import json
import random
import re
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import quote


def _load(name: str, folder: str):
    spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parents[1] / folder / "generate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


g = _load("sites1_generate", "sites")
g2 = _load("sites2_generate", "sites2")
g3 = _load("sites3_generate", "sites3")
g5 = _load("sites5_generate", "sites5")
g6 = _load("sites6_generate", "sites6")
norm, block_text, slug, works_cited = g.norm, g.block_text, g.slug, g.works_cited
fmt_int, esc, pieces_for, spot = g2.fmt_int, g2.esc, g2.pieces_for, g2.spot
plural = g3.plural
subject_of, with_essay_headings = g5.subject_of, g5.with_essay_headings

PAGES_PER_SITE = 18
# The 71 WCXB ids the sixth held-out set uses (heldout/sites6/generate.py, seed 97, OUTDIR/SOURCES.tsv; run once into a
# scratch folder to list them). The first five sets' ids are the sixth set's lists, imported.
SIXTH_SET = frozenset("""
0012 0064 0070 0080 0086 0128 0138 0158 0160 0166 0214 0218 0230 0232 0236 0262 0268 0270 0276 0290 0298 0304 0308 0314
0320 0336 0342 0366 0382 0390 0398 0428 0432 0448 0474 0490 0496 0500 1628 1806 2218 2414 2976 4002 4012 4068 4078 4106
4130 4166 4172 4178 4194 4202 4240 4244 4366 4512 4572 4574 4582 4588 4604 4618 4624 4628 4662 4682 4688 4810 4860""".split())


def load_essays() -> list[dict]:
    """The sixth set's loader (the third set's filters, the first five sets marked), with the sixth set marked too."""
    essays = g6.load_essays()
    for essay in essays:
        if essay["id"] in SIXTH_SET:
            essay["earlier"] = ",".join(filter(None, [essay["earlier"], "sites6"]))
    return essays


def uses(essay: dict) -> int:
    """How many earlier sets used the text (0 if none)."""
    return len([u for u in essay["earlier"].split(",") if u]) if essay["earlier"] else 0


# ------------------------------------------------------------------------------------------ invented bits

EXTRA_TITLES = [
    "Hill Forts and the Politics of the Iron Age", "Why Ferries Still Matter to Island Schools", "The Lost Art of Darning",
    "Village Halls and Who Runs Them", "Should Museums Return What They Took?", "The Science of Birdsong at Dawn",
    "Lighthouse Keepers and the End of a Trade", "Can a Town Be Too Quiet?", "The Economics of the School Tuck Shop",
    "Chalk Streams and Their Trout", "What Pantomime Says About Britain", "Commuting by Canal Boat",
    "The Politics of Public Toilets", "Knitting Circles as Social Networks", "Sundials and the Measurement of Time",
    "Why Fog Horns Fell Silent", "The Parish Magazine as a Historical Source", "Badgers, Cattle and Evidence",
    "The Rise of the Repair Café", "Seed Banks and the Future of Farming", "How Crosswords Teach Vocabulary",
    "Night Buses and the Late-Shift Economy", "The Quiet Decline of the Town Clock", "Tidal Power in Small Estuaries",
]
LEVELS = ["Year 12", "Year 13", "Lower Sixth", "Upper Sixth", "Access to HE", "First-year undergraduate",
          "Second-year undergraduate"]
GRADES = ["A*", "A", "A-", "B+", "Distinction", "Merit", "First", "High 2:1"]
EDITORS = ["Nell Tranter", "Idris Vaughan", "Maud Lacey", "Ravi Ostrowski", "Bea Kimura", "Colm Hartigan"]


class Page(g2.Page):
    """The second set's page bookkeeping, with this set's own invented related titles and per-page details."""

    def __init__(self, essay, rng, index, site_titles, blocks=None):
        super().__init__(essay, rng, index, site_titles, blocks)
        self.topic = subject_of(essay)
        self.category = self.topic[:1].upper() + self.topic[1:]
        self.site_titles = list(site_titles)
        self.others = sorted({t for t in site_titles if t != self.title})
        self.related = rng.sample(self.others, 3) + rng.sample(EXTRA_TITLES, rng.randint(1, 2))
        rng.shuffle(self.related)
        self.level = rng.choice(LEVELS)
        self.grade = rng.choice(GRADES)
        self.sample_id = rng.randint(1000, 9999)
        self.editor = rng.choice(EDITORS)
        self.stamp = datetime(self.date.year, self.date.month, self.date.day, rng.randint(7, 22), rng.randint(0, 59))


SEED = 113  # set by main(); the site-level choices below (which pages show a rare element) are drawn from it


def shown_on(site: str, role: str, count: int, page: Page) -> bool:
    """Exactly `count` of a site's 18 pages show the element `role` (drawn once per site, from the seed)."""
    pages = random.Random(f"{SEED}:{site}:{role}").sample(range(1, PAGES_PER_SITE + 1), count)
    return page.index in pages


def rank_on(site: str, role: str, count: int, page: Page) -> int | None:
    """Like shown_on, but which of the `count` pages (in page order) this one is, or None: rare elements take their
    wordings in turn, so that each wording shows up."""
    pages = sorted(random.Random(f"{SEED}:{site}:{role}").sample(range(1, PAGES_PER_SITE + 1), count))
    return pages.index(page.index) if page.index in pages else None


def half_and_half(site: str, role: str, page: Page, first: int = 9) -> bool:
    """True on exactly `first` of the 18 pages (drawn once per site): where a moving element sits."""
    places = [True] * first + [False] * (PAGES_PER_SITE - first)
    random.Random(f"{SEED}:{site}:{role}").shuffle(places)
    return places[page.index - 1]


def note_for(notes: list[str], p: Page, rng: random.Random | None = None) -> str:
    return (rng or p.rng).choice(notes).format(topic=p.topic, writer=p.author.split()[0])


def hexid(*parts, n: int = 24) -> str:
    return hashlib.sha1(":".join(map(str, parts)).encode()).hexdigest()[:n]


def neighbours(p: Page) -> tuple[str | None, str | None]:
    i = p.index - 1
    prev_t = p.site_titles[i - 1] if i > 0 else None
    next_t = p.site_titles[i + 1] if i + 1 < len(p.site_titles) else None
    return (prev_t if prev_t != p.title else None), (next_t if next_t != p.title else None)


def italic_refs(markup: str, tag: str = "em") -> str:
    return markup.replace("<i>", f"<{tag}>").replace("</i>", f"</{tag}>")


# ---- 1. ravensworth: DokuWiki, "dokuwiki" template; NO URL; Introduction / Conclusion are essay headings ---------

RW_NOTES = [
    "the quotation in this section needs a page number before the page is locked.",
    "check the dates here against the writer's bibliography; two of them disagree.",
    "this paragraph was pasted twice in the first upload. Tidied, but worth a second look.",
    "could someone link this to the wiki page on {topic}? It is cited in three other essays.",
    "the writer asked for the second half to stay exactly as marked, typos and all.",
    "flagged by a reader: one claim here has no source. Leave it, but note it in the talk page.",
    "this is one of the model answers for the {topic} unit. Do not edit the wording.",
]
RW_HELP = [
    ("Wiki tidy-up week", "Editors are going through every essay page this week to fix broken links and missing page "
     "numbers. If you spot one, add FIXME and sign it."),
    ("Wiki tidy-up week", "New editors: read the style page before you touch an essay on {topic} or any other subject. "
     "The essays themselves are never reworded."),
]
RW_MSGS = [
    "The wiki will be read-only on Thursday evening from 8pm while it moves to a new server.",
    "Logins now use your school account. Old wiki passwords stopped working on 1 September.",
    "Spam accounts have been removed. If your account went with them, ask the librarian to restore it.",
]
RW_DISCLAIMER = ("Essays on this wiki are kept so that students can see how others answered. Copying from them into your "
                 "own assessed work is plagiarism and will be treated as such by the exams office.")
RW_WIKI_USERS = [("mtranter", "Nell Tranter"), ("ivaughan", "Idris Vaughan"), ("librarian", "School Librarian"),
                 ("hlacey", "Maud Lacey"), ("rostrowski", "Ravi Ostrowski")]
RW_SIDEBAR = ["Start page", "All essays", "Essays by subject", "Writing the extended essay", "Marking criteria",
              "Wiki help", "Wiki contributors"]


def dw_id(text: str) -> str:
    return re.sub(r"_+", "_", re.sub(r"[^a-z0-9]+", "_", text.lower())).strip("_") or "section"


def ravensworth(p: Page) -> str:
    rng = p.rng
    site = "ravensworth"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    page_id = f"essays:{dw_id(p.title[:60])}"
    href = f"/doku.php?id={page_id}"
    used: dict[str, int] = {}

    def anchor(text: str) -> str:
        base = dw_id(text)
        k = used.get(base, 0)
        used[base] = k + 1
        return base if k == 0 else f"{base}{k}"

    # Flat pieces: (heading text or None, html); grouped into DokuWiki sections below.
    pieces: list[tuple[str | None, str]] = []
    for kind, value in p.visible():
        if kind == "heading":
            pieces.append((value, ""))
        elif kind == "paragraph":
            pieces.append((None, f"\n<p>\n{esc(value)}\n</p>\n"))
        elif kind == "quote":
            pieces.append((None, f'<blockquote><div class="no">\n{esc(value)}</div></blockquote>\n'))
        else:
            ordered, items = value
            tag = "ol" if ordered else "ul"
            pieces.append((None, f"<{tag}>\n" + "".join(f'<li class="level1"><div class="li"> {esc(i)}</div>\n</li>\n'
                                                          for i in items) + f"</{tag}>\n"))
    n_essay = len(pieces)
    if shown_on(site, "fixme", 13, p):  # an editor's FIXME note, a plain paragraph signed like a wiki signature
        note = note_for(RW_NOTES, p)
        user, name = rng.choice(RW_WIKI_USERS)
        when = (p.stamp + timedelta(days=rng.randint(2, 300), minutes=rng.randint(0, 999))).strftime("%Y/%m/%d %H:%M")
        pieces.insert(spot(n_essay, rng, 2, 6), (None, f'\n<p>\n<img src="/lib/images/smileys/fixme.svg" class="icon smiley" alt="FIXME" /> '
                                 f'{esc(note)} &mdash; <em><a href="/doku.php?id=user:{user}" class="wikilink1" '
                                 f'title="user:{user}" data-wiki-id="user:{user}">{esc(name)}</a> {when}</em>\n</p>\n'))
        p.clutter += [note, f"{name} {when}"]
    turn = rank_on(site, "help", 4, p)
    if turn is not None:  # a wrap-plugin box inside the essay, on 4 of 18 pages
        hhead, htext = RW_HELP[turn % len(RW_HELP)]
        htext = htext.format(topic=p.topic)
        pieces.insert(rng.randint(2, len(pieces) - 1),
                      (None, f'<div class="wrap_help wrap_round plugin_wrap">\n<p>\n<strong>{hhead}</strong><br/>\n'
                             f'{esc(htext)}\n</p>\n</div>\n'))
        p.clutter += [hhead, htext]
    disclaimer = ('<div class="plugin_include_content plugin_include__essays:fair_use" id="plugin_include__essays__fair_use">\n'
                  f'<div class="wrap_important wrap_round plugin_wrap">\n<p>\n{esc(RW_DISCLAIMER)}\n</p>\n</div>\n</div>\n')
    p.clutter.append(RW_DISCLAIMER)
    top = half_and_half(site, "disclaimer", p)
    stats = (f'<div class="inline dataplugin_entry essay">\n<dl>\n'
             f'<dt class="writer">Writer<span class="sep">: </span></dt><dd class="writer">{esc(p.author)}</dd>\n'
             f'<dt class="year_group">Year group<span class="sep">: </span></dt><dd class="year_group">{esc(p.level)}</dd>\n'
             f'<dt class="word_tally">Word tally<span class="sep">: </span></dt><dd class="word_tally">{p.words}</dd>\n'
             f'<dt class="page_tally">Page tally<span class="sep">: </span></dt><dd class="page_tally">{p.pages} '
             f'(double-spaced)</dd>\n'
             f'<dt class="marked">Marked<span class="sep">: </span></dt><dd class="marked">{esc(p.grade)}</dd>\n</dl>\n</div>\n')
    p.clutter += ["Writer:", p.author, "Year group:", p.level, f"Word tally: {p.words}", f"Page tally: {p.pages} (double-spaced)"]
    head = [stats] + ([disclaimer] if top else [])
    # Sections: the title's level1 holds what comes before the first heading.
    out = [f'\n<h1 class="sectionedit1" id="{anchor(p.title)}">{esc(p.title)}</h1>\n<div class="level1">\n', *head]
    sec = 1
    for heading, markup in pieces:
        if heading is not None:
            sec += 1
            out.append(f'\n</div>\n\n<h2 class="sectionedit{sec}" id="{anchor(heading)}">{esc(heading)}</h2>\n<div class="level2">\n')
        else:
            out.append(markup)
    if p.cut is not None:
        more = p.rest_words()
        out.append('<div class="wrap_box wrap_round plugin_wrap">\n<p>\n<strong>Members&#039; copy</strong><br/>\n'
                   f'The remaining {fmt_int(more)} words of this essay are in the members&#039; namespace. Log in with your '
                   'school account to read on.\n</p>\n</div>\n')
        p.clutter += ["Members' copy", f"The remaining {fmt_int(more)} words of this essay are in the members' namespace",
                      "Log in with your school account to read on"]
    if p.refs:
        sec += 1
        out.append(f'\n</div>\n\n<h2 class="sectionedit{sec}" id="{anchor("Works Cited")}">Works Cited</h2>\n<div class="level2">\n<ul>\n'
                   + "".join(f'<li class="level1"><div class="li"> {italic_refs(mk)}</div>\n</li>\n' for _, mk in p.refs)
                   + "</ul>\n")
    if not top:
        out.append(disclaimer)
    last, first_name = p.author.split()[-1], p.author.split()[0]
    credit = f"Acknowledge it as: {last}, {first_name[0]}. ({p.date.year}) {p.title}. Ravensworth Essay Wiki, page {page_id}."
    out.append(f'<div class="wrap_box wrap_round plugin_wrap">\n<p>\n<strong>Quoting from this essay?</strong> '
               f'{esc(credit)}\n</p>\n</div>\n')
    p.clutter += ["Quoting from this essay?", credit]
    # The page footer template: tags, a pagelist of similar essays (a real section of the wiki page) and a share line.
    sec += 1
    rows = ""
    for t in p.related:
        who = rng.choice(RW_WIKI_USERS)[1]
        when = (datetime(2019, 1, 1) + timedelta(minutes=rng.randint(0, 2_500_000))).strftime("%Y/%m/%d %H:%M")
        rows += (f'<tr><td class="page"><a href="/doku.php?id=essays:{dw_id(t[:60])}" class="wikilink1" '
                 f'title="essays:{dw_id(t[:60])}">{esc(t)}</a></td><td class="date">{when}</td><td class="user">{esc(who)}</td></tr>\n')
        p.clutter += [t, when]
    out.append(f'\n<div class="tags"><span>\n\t<a href="/doku.php?id=tag:{dw_id(p.topic)}&amp;do=showtag&amp;tag={dw_id(p.topic)}" '
               f'class="wikilink1" title="tag:{dw_id(p.topic)}" rel="tag">{esc(p.topic)}</a>,\n\t<a href="/doku.php?id=tag:'
               'exemplar&amp;do=showtag&amp;tag=exemplar" class="wikilink1" title="tag:exemplar" rel="tag">exemplar</a>\n</span></div>\n'
               f'\n</div>\n\n<h2 class="sectionedit{sec}" id="other_essays_on_the_wiki">Other essays on the wiki</h2>\n'
               f'<div class="level2">\n<div class="table sectionedit{sec + 1}"><table class="inline pagelist">\n'
               + rows + '</table></div>\n<p>\n<span class="sendpage">Send this page to a friend:</span> '
               f'<a href="mailto:?subject={quote(p.title)}" class="mail" title="email">by email</a> &middot; '
               f'<a href="{href}&amp;do=export_xhtml" class="wikilink1">as plain HTML</a>\n</p>\n\n</div>\n')
    p.clutter += ["Other essays on the wiki", "Send this page to a friend:", "as plain HTML"]
    msg = ""
    turn = rank_on(site, "msg", 3, p)
    if turn is not None:  # a DokuWiki message above the page, on 3 of 18 pages only
        msg = f'<div class="info">{esc(RW_MSGS[turn])}</div>'
        p.clutter.append(RW_MSGS[turn])
    # Trace: the pages this visitor opened before this one (the browsing session's own), then this one.
    trail = rng.sample(p.others, rng.randint(0, 4))
    trace = "".join(f' <span class="bcsep">&bull;</span> <bdi><a href="/doku.php?id=essays:{dw_id(t[:60])}" '
                    f'class="breadcrumbs" title="essays:{dw_id(t[:60])}">{esc(t)}</a></bdi>' for t in trail)
    p.clutter += [*trail, "Trace:", "You are here:"]
    user = rng.choice(RW_WIKI_USERS)
    modified = (p.stamp + timedelta(days=rng.randint(1, 700), minutes=rng.randint(0, 1400))).strftime("%Y/%m/%d %H:%M")
    doc_info = f"{page_id.replace(':', '/')}.txt · Last modified: {modified} by {user[0]}"
    p.clutter.append(doc_info)
    cookie = ""
    if shown_on(site, "cookie", 6, p):
        cookie = ('<div id="cookieNotice" class="plugin_cookielaw bottom"><p>This wiki keeps one cookie, so that it '
                  'remembers who is logged in. No reading history leaves the school network.</p>'
                  '<button type="button">Understood, thanks</button></div>')
        p.clutter += ["This wiki keeps one cookie, so that it remembers who is logged in",
                      "No reading history leaves the school network", "Understood, thanks"]
    sidebar = "".join(f'<li class="level1"><div class="li"><a href="/doku.php?id=wiki:{dw_id(t)}" class="wikilink1" '
                      f'title="wiki:{dw_id(t)}">{esc(t)}</a></div></li>\n' for t in RW_SIDEBAR)
    p.clutter += ["Ravensworth Essay Wiki", "Essays and study notes, written by students for students", "skip to content",
                  "User Tools", "Site Tools", "Recent Changes", "Media Manager", "Sitemap", "Page Tools",
                  "Show pagesource", "Old revisions", "Backlinks", "Back to top", *RW_SIDEBAR, "Ask the librarian",
                  "Except where otherwise noted, content on this wiki is licensed under the following license",
                  "CC Attribution-Noncommercial-Share Alike 4.0 International"]
    tseed = hexid(site, "tseed", n=32)
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr" class="no-js">
<head>
    <meta charset="utf-8" />
    <title>{esc(p.title)} [Ravensworth Essay Wiki]</title>
    <meta name="generator" content="DokuWiki"/>
<meta name="theme-color" content="#008800"/>
<meta name="robots" content="index,follow"/>
<meta name="keywords" content="{html.escape(page_id.replace(':', ','))}"/>
<link rel="search" type="application/opensearchdescription+xml" href="/lib/exe/opensearch.php" title="Ravensworth Essay Wiki"/>
<link rel="start" href="/"/>
<link rel="contents" href="{href}&amp;do=index" title="Sitemap"/>
<link rel="manifest" href="/lib/exe/manifest.php"/>
<link rel="alternate" type="application/rss+xml" title="Recent Changes" href="/feed.php"/>
<link rel="alternate" type="application/rss+xml" title="Current namespace" href="/feed.php?mode=list&amp;ns=essays"/>
<link rel="alternate" type="text/html" title="Plain HTML" href="/doku.php?do=export_xhtml&amp;id={page_id}"/>
<link rel="alternate" type="text/plain" title="Wiki Markup" href="/doku.php?do=export_raw&amp;id={page_id}"/>
<link rel="stylesheet" href="/lib/exe/css.php?t=dokuwiki&amp;tseed={tseed}"/>
<script >(function(H){{H.className=H.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement);</script>
<script>var NS='essays';var JSINFO = {{"plugins":{{"tag":{{"ns":"tag"}}}},"move_renameokay":false,"id":"{page_id}","namespace":"essays","ACT":"show","useHeadingNavigation":1,"useHeadingContent":1}};</script>
<script src="/lib/exe/jquery.php?tseed=8faf3dc90234d51a499f4f428a0eae43" defer="defer"></script>
<script src="/lib/exe/js.php?t=dokuwiki&amp;tseed={tseed}" defer="defer"></script>
    <meta name="viewport" content="width=device-width,initial-scale=1" />
    <link rel="shortcut icon" href="/lib/exe/fetch.php?media=favicon.ico" />
<link rel="apple-touch-icon" href="/lib/tpl/dokuwiki/images/apple-touch-icon.png" />
    </head>

<body>
    <div id="dokuwiki__site"><div id="dokuwiki__top" class="site dokuwiki mode_show tpl_dokuwiki    showSidebar hasSidebar">

        <!-- ********** HEADER ********** -->
<header id="dokuwiki__header"><div class="pad group">

    <div class="headings group">
        <ul class="a11y skip">
            <li><a href="#dokuwiki__content">skip to content</a></li>
        </ul>

        <h1 class="logo"><a href="/doku.php?id=start"  accesskey="h" title="Home [h]"><img src="/lib/exe/fetch.php?media=wiki:logo.png" width="64" height="64" alt="" /><span>Ravensworth Essay Wiki</span></a></h1>
                    <p class="claim">Essays and study notes, written by students for students</p>
    </div>

    <div class="tools group">
        <!-- USER TOOLS -->
                    <div id="dokuwiki__usertools">
                <h3 class="a11y">User Tools</h3>
                <ul>
                    <li class="action login"><a href="{href}&amp;do=login&amp;sectok=" title="Log In" rel="nofollow" class="menuitem login"><svg width="24" height="24" viewBox="0 0 24 24"><path d="M10 17.25V14H3v-4h7V6.75L15.25 12 10 17.25M8 2h9a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2v-4h2v4h9V4H8v4H6V4a2 2 0 0 1 2-2z"/></svg><span>Log In</span></a></li>                </ul>
            </div>

        <!-- SITE TOOLS -->
        <div id="dokuwiki__sitetools">
            <h3 class="a11y">Site Tools</h3>
            <form action="/doku.php?id=start" method="get" role="search" class="search doku_form" id="dw__search" accept-charset="utf-8"><input type="hidden" name="do" value="search" /><input type="hidden" name="id" value="{page_id}" /><div class="no"><input name="q" type="text" class="edit" title="[F]" accesskey="f" placeholder="Search" autocomplete="on" id="qsearch__in" value="" /><button value="1" type="submit" title="Search">Search</button><div id="qsearch__out" class="ajax_qsearch JSpopup"></div></div></form>
            <ul>
                <li class="action recent"><a href="{href}&amp;do=recent" title="Recent Changes [r]" rel="nofollow" accesskey="r">Recent Changes</a></li><li class="action media"><a href="{href}&amp;do=media&amp;ns=essays" title="Media Manager" rel="nofollow">Media Manager</a></li><li class="action index"><a href="{href}&amp;do=index" title="Sitemap [x]" rel="nofollow" accesskey="x">Sitemap</a></li>            </ul>
        </div>

    </div>

    <!-- BREADCRUMBS -->
            <div class="breadcrumbs">
                            <div class="youarehere"><span class="bchead">You are here: </span><span class="home"><bdi><a href="/doku.php?id=start" class="wikilink1" title="start" data-wiki-id="start">Start page</a></bdi></span> » <bdi><a href="/doku.php?id=essays:start" class="wikilink1" title="essays:start" data-wiki-id="essays:start">All essays</a></bdi> » <bdi><span class="curid"><a href="{href}" class="wikilink1" title="{page_id}" data-wiki-id="{page_id}">{esc(p.title)}</a></span></bdi></div>
                                        <div class="trace"><span class="bchead">Trace:</span>{trace} <span class="bcsep">&bull;</span> <span class="curid"><bdi><a href="{href}" class="breadcrumbs" title="{page_id}">{esc(p.title)}</a></bdi></span></div>
                    </div>

    <hr class="a11y" />
</div></header><!-- /header -->

        <div class="wrapper group">

                            <!-- ********** ASIDE ********** -->
                <nav id="dokuwiki__aside" aria-label="Sidebar"><div class="pad aside include group">
                    <h3 class="toggle">Sidebar</h3>
                    <div class="content"><div class="group">
                                                                        <ul>
{sidebar}</ul>
<p>
<a href="/doku.php?id=wiki:ask" class="wikilink1" title="wiki:ask">Ask the librarian</a>
</p>
                                                                    </div></div>
                </div></nav><!-- /aside -->

            <!-- ********** CONTENT ********** -->
            <main id="dokuwiki__content"><div class="pad group">
                
                <div class="pageId"><span>{page_id}</span></div>

                <div class="page group">
                                        {msg}
                    <!-- wikipage start -->
                    {"".join(out)}
                    <!-- wikipage stop -->
                                    </div>

                <div class="docInfo"><bdi>{page_id.replace(':', '/')}.txt</bdi> · Last modified: {modified} by <bdi>{user[0]}</bdi></div>

                            </div></main><!-- /content -->

            <hr class="a11y" />

            <!-- PAGE ACTIONS -->
            <nav id="dokuwiki__pagetools" aria-labelledby="dokuwiki__pagetools__heading">
                <h3 class="a11y" id="dokuwiki__pagetools__heading">Page Tools</h3>
                <div class="tools">
                    <ul>
                        <li class="source"><a href="{href}&amp;do=edit" title="Show pagesource [v]" rel="nofollow" accesskey="v"><span>Show pagesource</span></a></li><li class="revs"><a href="{href}&amp;do=revisions" title="Old revisions [o]" rel="nofollow" accesskey="o"><span>Old revisions</span></a></li><li class="backlink"><a href="{href}&amp;do=backlink" title="Backlinks" rel="nofollow"><span>Backlinks</span></a></li><li class="top"><a href="#dokuwiki__top" title="Back to top [t]" rel="nofollow" accesskey="t"><span>Back to top</span></a></li>                    </ul>
                </div>
            </nav>
        </div><!-- /wrapper -->

        <!-- ********** FOOTER ********** -->
<footer id="dokuwiki__footer"><div class="pad">
    <div class="license">Except where otherwise noted, content on this wiki is licensed under the following license: <bdi><a href="/doku.php?id=wiki:licence" rel="license" class="wikilink1">CC Attribution-Noncommercial-Share Alike 4.0 International</a></bdi></div>
    <div class="buttons">
        <img src="/lib/images/license/button/cc-by-nc-sa.png" width="80" height="15" alt="CC Attribution-Noncommercial-Share Alike 4.0 International" />
        <img src="/lib/tpl/dokuwiki/images/button-php.gif" width="80" height="15" alt="Powered by PHP" />
        <img src="/lib/tpl/dokuwiki/images/button-html5.png" width="80" height="15" alt="Valid HTML5" />
        <img src="/lib/tpl/dokuwiki/images/button-dw.png" width="80" height="15" alt="Driven by DokuWiki" />
    </div>
</div></footer><!-- /footer -->
    </div></div><!-- /site -->

    <div class="no"><img src="/lib/exe/taskrunner.php?id={quote(page_id)}&amp;{int((p.stamp - datetime(1970, 1, 1)).total_seconds()) + rng.randint(10**6, 10**8)}" width="2" height="5" alt="" /></div>
    <div id="screen__mode" class="no"></div>
{cookie}
</body>
</html>
"""


# ---- 2. thistledown: a Medium publication post; atomic class names differ page by page --------------------------

TD_ROOT = "https://medium.com/thistledown"
TD_ASIDES = [
    "We run one student essay a week. This one was the unanimous pick of the reading panel.",
    "{writer} wrote this for a timed mock and typed it up afterwards without changes.",
    "Readers asked for more essays on {topic}. Here is the best one we received this term.",
    "The footnotes of the original were folded into the text when we published it here.",
    "If you are a teacher, you are welcome to use this essay in class. See the credit line at the end.",
    "Some of the figures in this essay have been overtaken by events; we left them as written.",
]
TD_EMBEDS = [
    ("Write for Thistledown", "How to send us an essay, what we look for, and how long the panel takes to reply."),
    ("The Thistledown reading list", "Every essay we have published, sorted by subject and by year group."),
]
TD_NOTICES = [
    "Thistledown is taking a short break over the exam season. New essays return in the second week of June.",
    "Submissions for the autumn term are open until 31 October. Read the guidelines before you send anything.",
    "We have moved our newsletter off Medium. Follow the publication to keep getting the weekly essay.",
]
TD_DISCLAIMER = ("Thistledown publishes student essays so that other students can learn from them. The writing stays the "
                 "writer's own: lifting it into your coursework is plagiarism.")
TD_BIOS = ["Sixth-former. Reads too much history.", "Student, occasional essayist, terrible at sleeping.",
           "Writes about whatever the syllabus forgot.", "Revising, mostly. Writing, sometimes.",
           "Future teacher, current student."]
SKIP_AD = re.compile("ad")


class Atomic:
    """Class names of a CSS-in-JS renderer (Fela, as Medium uses it): every style rule gets the next free short name
    (a, b, ... z, ab, ...; never one containing "ad") in the order the page first uses it. Where the names start
    depends on what the page rendered before (here drawn per page), so one template element has other names on every
    page; the semantic markers Medium adds (pw-*, data-testid) stay."""

    def __init__(self, rng: random.Random):
        self.next = rng.randint(40, 700)
        self.memo: dict[str, str] = {}

    def _name(self) -> str:
        while True:
            i, s = self.next + 1, ""
            self.next += 1
            while i:
                i, r = divmod(i - 1, 26)
                s = chr(97 + r) + s
            if not SKIP_AD.search(s):
                return s

    def __call__(self, role: str, k: int = 4) -> str:
        if role not in self.memo:
            self.memo[role] = " ".join(self._name() for _ in range(k))
        return self.memo[role]


def thistledown(p: Page) -> str:
    rng = p.rng
    site = "thistledown"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    post_hex = hexid(site, "post", p.index, n=12)
    url = f"{TD_ROOT}/{slug(p.title)[:60]}-{post_hex}"
    c = Atomic(random.Random(f"{SEED}:{site}:atoms:{p.index}"))

    def pid() -> str:
        return "%04x" % rng.randint(0, 0xFFFF)

    # The page's chrome is rendered first, so its rules take the first names.
    c("root", 3), c("nav", 12), c("navlink", 9), c("button", 11), c("pubhead", 6)
    para = f"pw-post-body-paragraph {c('para', 24)}"
    body = []
    for kind, value in p.visible():
        if kind == "heading":
            body.append(f'<h2 id="{pid()}" class="{c("h2", 22)}" data-selectable-paragraph="">{esc(value)}</h2>')
        elif kind == "paragraph":
            body.append(f'<p id="{pid()}" class="{para}" data-selectable-paragraph="">{esc(value)}</p>')
        elif kind == "quote":
            body.append(f'<blockquote class="{c("bq", 3)}"><p id="{pid()}" class="{c("bqp", 24)}" data-selectable-paragraph="">'
                        f'{esc(value)}</p></blockquote>')
        else:
            ordered, items = value
            tag = "ol" if ordered else "ul"
            body.append(f'<{tag} class="">' + "".join(f'<li id="{pid()}" class="{c("li" + tag, 25)}" data-selectable-paragraph="">'
                                                     f'{esc(i)}</li>' for i in items) + f"</{tag}>")
    n_essay = len(body)
    if shown_on(site, "aside", 13, p):  # the masthead's note, in the essay's own paragraph markup
        note = note_for(TD_ASIDES, p)
        body.insert(spot(n_essay, rng, 1, 5), f'<p id="{pid()}" class="{para}" data-selectable-paragraph=""><em class="{c("em", 1)}">'
                                             f'<strong class="{c("strong", 1)}">From the masthead:</strong> {esc(note)}</em></p>')
        p.clutter += ["From the masthead:", note]
    turn = rank_on(site, "embed", 4, p)
    if turn is not None:  # a mixtape link card inside the story, on 4 of 18 pages
        ehead, etext = TD_EMBEDS[turn % len(TD_EMBEDS)]
        body.insert(rng.randint(2, len(body) - 1),
                    f'<div class="{c("mix", 6)}"><a rel="noopener follow" href="{TD_ROOT}/{slug(ehead)}-{hexid(site, ehead, n=12)}">'
                    f'<div class="{c("mixrow", 3)}"><div class="{c("mixtext", 6)}"><h2 class="{c("mixh", 12)}">{esc(ehead)}</h2>'
                    f'<div class="{c("mixsub", 2)}"><h3 class="{c("mixd", 12)}">{esc(etext)}</h3></div><div class="{c("mixsrc", 2)}">'
                    f'<p class="{c("mixp", 12)}">medium.com</p></div></div></div></a></div>')
        p.clutter += [ehead, etext]
    disclaimer = (f'<p id="{pid()}" class="{para}" data-selectable-paragraph=""><em class="{c("em", 1)}">{esc(TD_DISCLAIMER)}'
                  '</em></p>')
    p.clutter.append(TD_DISCLAIMER)
    top = half_and_half(site, "disclaimer", p) or p.cut is not None  # behind the paywall only the top shows
    month = p.date.strftime("%B")
    subtitle = f"{fmt_int(p.words)} words, {plural(p.pages, 'page')} as sent in. Chosen for the {month} reading list."
    p.clutter.append(subtitle)
    lead = [f'<h2 id="{pid()}" class="pw-subtitle-paragraph {c("sub", 20)}">{esc(subtitle)}</h2>']
    if top:
        lead.append(disclaimer)
    sep = (f'<div role="separator" class="{c("sep", 5)}"><span class="{c("dot", 4)}"></span><span class="{c("dot", 4)}">'
           f'</span><span class="{c("dot", 4)}"></span></div>')
    tail = []
    if p.cut is None:
        if p.refs:
            body.append(f'<h2 id="{pid()}" class="{c("h2", 22)}" data-selectable-paragraph="">Works Cited</h2>'
                        + "".join(f'<p id="{pid()}" class="{para}" data-selectable-paragraph="">{italic_refs(mk)}</p>' for _, mk in p.refs))
        tail.append(sep)
        if not top:
            tail.append(disclaimer)
        last, first_name = p.author.split()[-1], p.author.split()[0]
        credit = f"{last}, {first_name[0]}. ({p.date.year}). {p.title}. Thistledown. {url}"
        tail.append(f'<p id="{pid()}" class="{para}" data-selectable-paragraph=""><strong class="{c("strong", 1)}">Using this '
                    f'in class? Credit:</strong> {esc(credit)}</p>')
        p.clutter += ["Using this in class? Credit:", credit]
    paywall = ""
    member = ""
    if p.cut is not None:
        more = p.rest_words()
        member = (f'<div class="{c("member", 5)}"><svg width="16" height="16" viewBox="0 0 64 64" fill="none"><path d="M39.64 40.83L33.87 56.7"/></svg>'
                  f'<p class="{c("memberp", 5)}">Member-only story</p></div>')
        paywall = (f'<div class="{c("paywall", 8)}"><div class="{c("paywallin", 4)}"><h2 class="{c("pwh", 10)}">Create an account to '
                   f'read the full story.</h2><p class="{c("pwp", 8)}">The author made this story available to Medium members '
                   f'only. {fmt_int(more)} words remain.</p><p class="{c("pwp", 8)}">If you\'re new to Medium, create a new account '
                   f'to read this story on us.</p><a class="{c("button", 11)}" href="https://medium.com/m/signin?operation=register">'
                   f'Continue in app</a><p class="{c("pwp", 8)}">Or, continue in mobile web</p><a class="{c("button", 11)}" '
                   f'href="https://medium.com/m/signin?operation=register">Sign up with Google</a><p class="{c("pwp", 8)}">Already '
                   'have an account? <a href="https://medium.com/m/signin">Sign in</a></p></div></div>')
        p.clutter += ["Member-only story", "Create an account to read the full story",
                      "The author made this story available to Medium members only", f"{fmt_int(more)} words remain",
                      "create a new account to read this story on us", "Continue in app", "Or, continue in mobile web",
                      "Sign up with Google", "Already have an account?"]
    minutes = max(1, round(p.words / 265))
    day = p.date.strftime("%b %-d, %Y")
    claps = rng.choice([rng.randint(12, 999), rng.randint(1000, 9999)])
    clap_text = f"{claps / 1000:.1f}K" if claps >= 1000 else str(claps)
    responses = rng.randint(0, 31)
    followers = rng.randint(3, 2400)
    bio = rng.choice(TD_BIOS)
    p.clutter += [f"{minutes} min read", day, "Published in Thistledown", f"{followers} Followers", "Writer for Thistledown", bio,
                  f"Written by {p.author}"]
    notice = ""
    turn = rank_on(site, "notice", 3, p)
    if turn is not None:  # a notice from the publication above the story, on 3 of 18 pages only
        notice = f'<div class="{c("notice", 7)}" role="alert"><p class="{c("noticep", 6)}">{esc(TD_NOTICES[turn])}</p></div>'
        p.clutter.append(TD_NOTICES[turn])
    more_from = ""
    for t in p.related:
        who = g.person(rng)
        when = (p.date - timedelta(days=rng.randint(7, 700))).strftime("%b %-d, %Y")
        more_from += (f'<div class="{c("card", 5)}"><article><div class="{c("cardmeta", 4)}"><p class="{c("cardby", 6)}">{esc(who)}</p>'
                      f'<p class="{c("cardin", 6)}">in Thistledown</p></div><a href="{TD_ROOT}/{slug(t)[:60]}-{hexid(site, t, n=12)}">'
                      f'<h2 class="{c("cardh", 9)}">{esc(t)}</h2></a><span class="{c("carddate", 4)}">{when}</span></article></div>')
        p.clutter += [t, when]
    cookie = ""
    if shown_on(site, "cookie", 6, p):
        cookie = (f'<div class="{c("cookie", 8)}"><p class="{c("cookiep", 5)}">To make Medium work, we log user data. By using '
                  'Medium, you agree to our <a href="https://policy.medium.com/medium-privacy-policy-f03bf92035c9">Privacy '
                  'Policy</a>, including cookie policy.</p></div>')
        p.clutter += ["To make Medium work, we log user data", "you agree to our Privacy Policy, including cookie policy"]
    p.clutter += ["Open in app", "Sign up", "Sign in", "Write", "Thistledown", "Student essays, chosen by students",
                  "Latest", "Submit an essay", "Masthead", "Listen", "Share", "Student Writing", "Education", "Essays",
                  "More from Thistledown", "See all from Thistledown", "Recommended from Medium", "See more recommendations",
                  "Status", "About", "Careers", "Press", "Privacy", "Terms", "Text to speech", "Teams"]
    tags = "".join(f'<a href="https://medium.com/tag/{slug(t)}?source=post_page-----{post_hex}---------------------------------------" '
                   f'class="{c("tag", 5)}"><div class="{c("tagpill", 7)}">{esc(t)}</div></a>'
                   for t in (p.category, "Student Writing", "Essays", "Education"))
    ufi = (f'<div class="{c("ufi", 5)}"><div class="pw-multi-vote-icon {c("clap", 4)}"><button aria-label="clap"><svg width="24" height="24" '
           f'viewBox="0 0 24 24"></svg></button></div><div class="pw-multi-vote-count {c("clapn", 7)}"><p class="{c("clapp", 5)}">'
           f'<span class="{c("clapspan", 1)}">{clap_text}</span></p></div><div class="pw-responses-count {c("resp", 3)}">'
           f'<button aria-label="responses"><svg width="24" height="24" viewBox="0 0 24 24"></svg></button><p class="{c("clapp", 5)}">'
           f'<span class="{c("respn", 2)}">{responses}</span></p></div><div class="{c("ufiright", 3)}"><button aria-label="Listen" '
           f'data-testid="audioPlayButton"><p class="{c("ufip", 4)}">Listen</p></button><button aria-label="Share Post" '
           f'data-testid="headerSocialShareButton"><p class="{c("ufip", 4)}">Share</p></button></div></div>')
    author_href = f"https://medium.com/@{slug(p.author).replace('-', '')}?source=post_page-----{post_hex}--------------------------------"
    wrap = c("wrap", 6)
    return f"""<!doctype html><html lang="en"><head><title>{esc(p.title)} | by {esc(p.author)} | Thistledown | Medium</title><meta data-rh="true" charset="utf-8"/><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1"/><meta data-rh="true" name="theme-color" content="#000000"/><meta data-rh="true" name="twitter:app:name:iphone" content="Medium"/><meta data-rh="true" name="twitter:app:id:iphone" content="828256236"/><meta data-rh="true" property="al:ios:app_name" content="Medium"/><meta data-rh="true" property="og:site_name" content="Medium"/><meta data-rh="true" property="og:type" content="article"/><meta data-rh="true" property="article:published_time" content="{p.stamp.isoformat()}.{rng.randint(100, 999)}Z"/><meta data-rh="true" name="title" content="{html.escape(p.title)} | by {html.escape(p.author)} | Thistledown | Medium"/><meta data-rh="true" property="og:title" content="{html.escape(p.title)}"/><meta data-rh="true" property="al:android:url" content="medium://p/{post_hex}"/><meta data-rh="true" property="al:ios:url" content="medium://p/{post_hex}"/><meta data-rh="true" name="description" content="{html.escape(subtitle)}"/><meta data-rh="true" property="og:description" content="{html.escape(subtitle)}"/><meta data-rh="true" property="og:url" content="{url}"/><meta data-rh="true" property="al:web:url" content="{url}"/><meta data-rh="true" name="author" content="{html.escape(p.author)}"/><meta data-rh="true" name="robots" content="index,noarchive,follow,max-image-preview:large"/><meta data-rh="true" name="referrer" content="unsafe-url"/><meta data-rh="true" property="twitter:title" content="{html.escape(p.title)}"/><meta data-rh="true" name="twitter:site" content="@Medium"/><meta data-rh="true" name="twitter:card" content="summary_large_image"/><meta data-rh="true" name="twitter:label1" content="Reading time"/><meta data-rh="true" name="twitter:data1" content="{minutes} min read"/><link data-rh="true" rel="icon" href="https://miro.medium.com/v2/resize:fill:256:256/1*dmbNkD5D-u45r44go_cf0g.png"/><link data-rh="true" rel="search" type="application/opensearchdescription+xml" title="Medium" href="/osd.xml"/><link data-rh="true" rel="author" href="https://medium.com/@{slug(p.author).replace('-', '')}"/><link data-rh="true" rel="canonical" href="{url}"/><link data-rh="true" rel="alternate" href="android-app://com.medium.reader/https/medium.com/p/{post_hex}"/><style type="text/css" data-fela-rehydration="{500 + rng.randint(0, 99)}" data-fela-type="STATIC">html{{box-sizing:border-box;-webkit-text-size-adjust:100%}}*, *:before, *:after{{box-sizing:inherit}}body{{margin:0;padding:0;text-rendering:optimizeLegibility;-webkit-font-smoothing:antialiased;color:rgba(0,0,0,0.8);position:relative;min-height:100vh}}</style><script>window.__BUILD_ID__="main-20240304-182713-{hexid(site, 'build', n=10)}"</script></head><body><div id="root"><div class="{c("root", 3)}"><div class="{c("top", 8)}"></div><div class="{c("nav", 12)}">
<div class="{c("navin", 6)}"><a aria-label="Homepage" data-testid="headerMediumLogo" href="https://medium.com/?source=post_page---two_column_layout_nav----------------------------------"><svg viewBox="0 0 1043.63 592.71" class="{c("logo", 3)}"><path d="M588.67 296.36c0 163.67-131.78 296.35-294.33 296.35S0 460 0 296.36 131.78 0 294.34 0s294.33 132.69 294.33 296.36"></path></svg></a><div class="{c("search", 5)}"><input role="combobox" placeholder="Search" class="{c("searchin", 7)}" value=""/></div></div>
<div class="{c("navright", 4)}"><a class="{c("navlink", 9)}" href="https://medium.com/m/signin?operation=register&amp;redirect=https%3A%2F%2Fmedium.com%2Fnew-story">Write</a><span class="{c("navlink", 9)}"><a class="{c("button", 11)}" href="https://medium.com/m/signin?operation=register">Sign up</a></span><span class="{c("navlink", 9)}"><a class="{c("navlink", 9)}" href="https://medium.com/m/signin?operation=login">Sign in</a></span><a class="{c("navlink", 9)}" href="https://rsci.app.link/?%24canonical_url=https%3A%2F%2Fmedium.com%2Fp%2F{post_hex}">Open in app</a></div></div>
<div class="{c("pubhead", 6)}"><div class="{c("pubin", 5)}"><a href="{TD_ROOT}?source=post_page-----{post_hex}--------------------------------"><h2 class="{c("pubname", 8)}">Thistledown</h2></a><p class="{c("pubtag", 6)}">Student essays, chosen by students</p><ul class="{c("pubmenu", 4)}"><li><a class="{c("navlink", 9)}" href="{TD_ROOT}/latest">Latest</a></li><li><a class="{c("navlink", 9)}" href="{TD_ROOT}/write-for-thistledown-{hexid(site, 'wft', n=12)}">Submit an essay</a></li><li><a class="{c("navlink", 9)}" href="{TD_ROOT}/about">Masthead</a></li></ul></div></div>
{notice}<article><div class="{c("artl", 1)}"><div class="{c("artl", 1)}"><section><div><div class="{c("sec", 5)}"><div class="{c("col", 2)}"><div class="{wrap}"><div>
{member}<h1 id="{pid()}" class="pw-post-title {c("title", 26)}" data-testid="storyTitle" data-selectable-paragraph="">{esc(p.title)}</h1>{lead[0]}<div></div>
<div class="speechify-ignore {c("byline", 2)}"><div class="speechify-ignore {c("bylinein", 2)}"><div class="{c("byrow", 6)}"><div><a href="{author_href}" rel="noopener follow"><img alt="{html.escape(p.author)}" class="{c("avatar", 6)}" src="https://miro.medium.com/v2/resize:fill:88:88/1*{hexid(site, p.author, n=22)}.jpeg" width="44" height="44" loading="lazy" data-testid="authorPhoto"/></a></div>
<div class="{c("bycol", 3)}"><p class="{c("byname", 5)}"><a class="{c("link", 13)}" data-testid="authorName" href="{author_href}">{esc(p.author)}</a></p><span class="{c("dotsep", 2)}" aria-hidden="true">·</span><p class="{c("byname", 5)}"><span><a class="{c("follow", 15)}" href="https://medium.com/m/signin?actionUrl=follow">Follow</a></span></p>
<p class="{c("pubin2", 5)}">Published in <a class="{c("link", 13)}" data-testid="publicationName" href="{TD_ROOT}?source=post_page-----{post_hex}--------------------------------">Thistledown</a></p>
<span class="{c("meta", 5)}"><span data-testid="storyReadTime">{minutes} min read</span><span class="{c("dotsep", 2)}" aria-hidden="true">·</span><span data-testid="storyPublishDate">{day}</span></span></div></div></div></div>
{ufi}
{"".join(lead[1:])}{"".join(body)}{"".join(tail)}
</div></div></div></div></div></section></div></div></article>
{paywall}
<div class="{c("after", 4)}"><div class="{c("tags", 4)}">{tags}</div>{ufi}</div>
<div class="{c("writer", 6)}"><a href="{author_href}"><img alt="{html.escape(p.author)}" class="{c("avatar", 6)}" src="https://miro.medium.com/v2/resize:fill:144:144/1*{hexid(site, p.author, n=22)}.jpeg" width="72" height="72" loading="lazy"/></a><h2 class="{c("writerh", 9)}"><a href="{author_href}">Written by {esc(p.author)}</a></h2><p class="{c("writerp", 6)}"><a href="{author_href}/followers">{followers} Followers</a></p><p class="{c("writerp", 6)}">·Writer for <a href="{TD_ROOT}">Thistledown</a></p><p class="{c("writerbio", 6)}">{esc(bio)}</p><a class="{c("follow", 15)}" href="https://medium.com/m/signin?actionUrl=follow">Follow</a></div>
<div class="{c("more", 5)}"><h2 class="{c("moreh", 9)}">More from Thistledown</h2>{more_from}<a class="{c("button", 11)}" href="{TD_ROOT}?source=post_page-----{post_hex}--------------------------------">See all from Thistledown</a></div>
<div class="{c("more", 5)}"><h2 class="{c("moreh", 9)}">Recommended from Medium</h2><a class="{c("button", 11)}" href="https://medium.com/?source=post_page-----{post_hex}--------------------------------">See more recommendations</a></div>
<div class="{c("footer", 6)}"><a href="https://help.medium.com/hc/en-us">Help</a><a href="https://medium.statuspage.io/">Status</a><a href="https://medium.com/about">About</a><a href="https://medium.com/jobs-at-medium/work-at-medium-959d1a85284e">Careers</a><a href="mailto:pressinquiries@medium.com">Press</a><a href="https://blog.medium.com/">Blog</a><a href="https://policy.medium.com/medium-privacy-policy-f03bf92035c9">Privacy</a><a href="https://policy.medium.com/medium-terms-of-service-9db0094a1e0f">Terms</a><a href="https://speechify.com/medium">Text to speech</a><a href="https://medium.com/business">Teams</a></div>
{cookie}</div></div><script>window.__APOLLO_STATE__ = {{"ROOT_QUERY":{{"postResult({{\\"id\\":\\"{post_hex}\\"}})":{{"__ref":"Post:{post_hex}"}}}}}}</script><script src="https://cdn-client.medium.com/lite/static/js/manifest.{hexid(site, 'manifest', n=8)}.js"></script></body></html>
"""


# ---- 3. gullhaven: a Mailchimp campaign archive; the essay split over table-cell text blocks -------------------

GH_ROOT = "https://mailchi.mp/gullhaventutors"
GH_WHY = [
    "it answers the question it was set, from the first line to the last.",
    "{writer} does something most of our students find hard: changes their mind halfway and says so.",
    "the paragraphs are short, and every one of them earns its place.",
    "it is the clearest thing on {topic} any of our students has written this year.",
    "three tutors read it blind and all three put it at the top of the pile.",
    "it shows what a strong essay on {topic} looks like without a single fancy word.",
]
GH_TIPS = [
    ("Tutor tip of the week", "Before you hand anything in, read your first and last paragraphs one after the other. "
     "If they don't agree, one of them needs rewriting."),
    ("Tutor tip of the week", "Quote less than you think you need. One well-chosen line on {topic} beats a paragraph "
     "of someone else's words."),
]
GH_HOUSEKEEPING = [
    "Our rooms on Harbour Street are closed for half term. Online sessions carry on as usual.",
    "We have a new address for essay submissions. Reply to this email and it will reach the right person.",
    "Fees for the spring term are going up by two pounds a session. Existing bookings keep the old price.",
]
GH_DISCLAIMER = ("We share these essays with the writers' permission so that students can see good work up close. Please "
                 "don't pass any of it off as your own: your teachers read this newsletter too.")
GH_TUTORS = ["Nell Tranter", "Idris Vaughan", "Maud Lacey"]
GH_P = '<p style="line-height:150%;">{}</p>'
TD_STYLE = ('padding-top:0; padding-right:18px; padding-bottom:9px; padding-left:18px; color:#202020; '
            'font-family:Georgia, Times, \'Times New Roman\', serif; font-size:16px; line-height:150%; text-align:left;')


def mc_text_block(inner: str, style: str = TD_STYLE) -> str:
    return f"""<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" style="min-width:100%;">
    <tbody class="mcnTextBlockOuter">
        <tr>
            <td valign="top" class="mcnTextBlockInner" style="padding-top:9px;">
              	<!--[if mso]>
				<table align="left" border="0" cellspacing="0" cellpadding="0" width="100%" style="width:100%;">
				<tr>
				<![endif]-->
				<!--[if mso]>
				<td valign="top" width="600" style="width:600px;">
				<![endif]-->
                <table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%; min-width:100%;" width="100%" class="mcnTextContentContainer">
                    <tbody><tr>
                        <td valign="top" class="mcnTextContent" style="{style}">
                            {inner}
                        </td>
                    </tr>
                </tbody></table>
				<!--[if mso]>
				</td>
				<![endif]-->
				<!--[if mso]>
				</tr>
				</table>
				<![endif]-->
            </td>
        </tr>
    </tbody>
</table>"""


MC_DIVIDER = """<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnDividerBlock" style="min-width:100%;">
    <tbody class="mcnDividerBlockOuter">
        <tr>
            <td class="mcnDividerBlockInner" style="min-width: 100%; padding: 18px;">
                <table class="mcnDividerContent" border="0" cellpadding="0" cellspacing="0" width="100%" style="min-width: 100%;border-top: 2px solid #EAEAEA;">
                    <tbody><tr>
                        <td>
                            <span></span>
                        </td>
                    </tr>
                </tbody></table>
            </td>
        </tr>
    </tbody>
</table>"""


def mc_boxed(inner: str) -> str:
    return f"""<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnBoxedTextBlock" style="min-width:100%;">
    <tbody class="mcnBoxedTextBlockOuter">
        <tr>
            <td valign="top" class="mcnBoxedTextBlockInner">
                <table align="left" border="0" cellpadding="0" cellspacing="0" width="100%" style="min-width:100%;" class="mcnBoxedTextContentContainer">
                    <tbody><tr>
                        <td style="padding-top:9px; padding-left:18px; padding-bottom:9px; padding-right:18px;">
                            <table border="0" cellspacing="0" class="mcnTextContentContainer" width="100%" style="min-width: 100% !important;background-color: #F4F1EA;">
                                <tbody><tr>
                                    <td valign="top" class="mcnTextContent" style="padding: 18px;color: #3A3A3A;font-family: Helvetica;font-size: 14px;font-weight: normal;text-align: left;">
                                        {inner}
                                    </td>
                                </tr>
                            </tbody></table>
                        </td>
                    </tr>
                </tbody></table>
            </td>
        </tr>
    </tbody>
</table>"""


def mc_button(label: str, href: str) -> str:
    return f"""<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnButtonBlock" style="min-width:100%;">
    <tbody class="mcnButtonBlockOuter">
        <tr>
            <td style="padding-top:0; padding-right:18px; padding-bottom:18px; padding-left:18px;" valign="top" align="center" class="mcnButtonBlockInner">
                <table border="0" cellpadding="0" cellspacing="0" class="mcnButtonContentContainer" style="border-collapse: separate !important;border-radius: 4px;background-color: #1F5F73;">
                    <tbody>
                        <tr>
                            <td align="center" valign="middle" class="mcnButtonContent" style="font-family: Arial; font-size: 16px; padding: 15px;">
                                <a class="mcnButton " title="{html.escape(label)}" href="{href}" target="_blank" style="font-weight: bold;letter-spacing: normal;line-height: 100%;text-align: center;text-decoration: none;color: #FFFFFF;">{esc(label)}</a>
                            </td>
                        </tr>
                    </tbody>
                </table>
            </td>
        </tr>
    </tbody>
</table>"""


def gullhaven(p: Page) -> str:
    rng = p.rng
    site = "gullhaven"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    # What the email's editor put in the essay (its blocks, its notes) is the campaign's, the same if it is resent;
    # the issue wrapper (subject, intro, archive ids) is the page's own.
    erng = random.Random(f"{SEED}:{site}:essay:{p.essay['id']}")
    resend = p.index in DUP_SECOND.get(site, ())
    first = TWINS[site] if resend else p  # the first send of a resent campaign
    issue = 30 + first.index * 2 + erng.randint(0, 1)  # the resend repeats the first send's issue number
    subject = f"Issue {issue}: {p.title}"
    campaign = hexid(site, "campaign", p.index, n=10)
    url = f"{GH_ROOT}/{slug(subject)[:50]}-{hexid(site, 'mc', p.index, n=6)}"
    pieces = pieces_for(p.visible(), para=GH_P, heading='<h3>{}</h3>',
                        quote='<blockquote style="border-left:3px solid #1F5F73; padding-left:12px;">{}</blockquote>',
                        ul="<ul>", ol="<ol>", li="<li>{}</li>")
    n_essay = len(pieces)
    if shown_on(site, "why", 13, first):
        note = note_for(GH_WHY, p, erng)
        pieces.insert(spot(n_essay, erng, 2, 6), f'<p style="line-height:150%;"><strong>Why we picked it:</strong> {esc(note)}</p>')
        p.clutter += ["Why we picked it:", note]
    disclaimer = f'<p style="line-height:150%;"><em>{esc(GH_DISCLAIMER)}</em></p>'
    p.clutter.append(GH_DISCLAIMER)
    top = erng.random() < 0.5 or p.cut is not None
    if top:
        pieces.insert(0, disclaimer)
    # The editor split the essay over two or three text blocks (cuts between blocks, never right after a heading).
    k = erng.choice([2, 2, 3]) if len(pieces) >= 6 else 1
    cuts = sorted(erng.sample(range(2, len(pieces) - 1), k - 1)) if k > 1 else []
    cuts = [x for x in cuts if not pieces[x - 1].startswith("<h3>")]
    chunks, prev = [], 0
    for x in cuts + [len(pieces)]:
        chunks.append(pieces[prev:x])
        prev = x
    tip = None
    turn = rank_on(site, "tip", 4, p)
    if turn is not None:
        thead, ttext = GH_TIPS[turn % len(GH_TIPS)]
        ttext = ttext.format(topic=p.topic)
        tip = mc_boxed(f'<h4 style="margin:0 0 6px;">{thead}</h4>\n<p>{esc(ttext)}</p>')
        p.clutter += [thead, ttext]
    body = []
    for i, chunk in enumerate(chunks):
        if i:
            body.append(tip if (tip and i == 1) else MC_DIVIDER)
        inner = "\n".join(chunk)
        if i == len(chunks) - 1:
            if p.refs and p.cut is None:
                inner += '\n<h3>Works Cited</h3>\n' + "\n".join(f'<p style="padding-left:24px; text-indent:-24px;">{mk}</p>'
                                                             for _, mk in p.refs)
            if not top:
                inner += "\n" + disclaimer
        body.append(mc_text_block(inner))
    if tip and len(chunks) == 1:
        body.append(tip)
    if p.cut is not None:
        more = p.rest_words()
        body.append(mc_text_block(f'<p style="text-align:center;">{fmt_int(more)} words to go. The full essay is on our website, '
                                  'free for Gullhaven students.</p>'))
        body.append(mc_button("Read the rest of the essay", f"https://gullhaven.org.uk/essays/{slug(p.title)[:60]}/"))
        p.clutter += [f"{fmt_int(more)} words to go", "The full essay is on our website, free for Gullhaven students",
                      "Read the rest of the essay"]
    last, first_name = p.author.split()[-1], p.author.split()[0]
    credit = f"{last}, {first_name[0]}. ({p.date.year}) '{p.title}', The Gullhaven Digest, issue {issue}. {url}"
    body.append(mc_boxed(f'<p><strong>Using this essay with a class?</strong> Credit it as: {esc(credit)}</p>'))
    p.clutter += ["Using this essay with a class?", "Credit it as:", credit]
    # The intro block above the essay.
    tutor = GH_TUTORS[erng.randrange(len(GH_TUTORS))]
    stats = f"Essay length this week: {fmt_int(p.words)} words, or {plural(p.pages, 'printed page')}."
    picked = f"Picked by {tutor}, written by {p.author} ({p.level})."
    intro = [f'<h1 style="font-size:26px;">{esc(p.title)}</h1>', f'<p style="color:#6B6B6B;">{esc(stats)}<br>{esc(picked)}</p>']
    p.clutter += [stats, picked]
    if resend:
        icymi = "In case you missed it: this issue went out last week. Here it is again for anyone it didn't reach."
        intro.insert(0, f'<p style="background:#FFF6D6; padding:8px;">{icymi}</p>')
        p.clutter.append(icymi)
    turn = rank_on(site, "housekeeping", 3, p)
    if turn is not None:
        intro.append(f'<p style="color:#6B6B6B;"><strong>Housekeeping:</strong> {esc(GH_HOUSEKEEPING[turn])}</p>')
        p.clutter += ["Housekeeping:", GH_HOUSEKEEPING[turn]]
    preview = f"This week: {p.author} on {p.topic}, with a tutor's note on why it works."
    p.clutter.append(preview)
    archive = "".join(f'<li><a href="{GH_ROOT}/{slug(t)[:50]}-{hexid(site, t, n=6)}" target="_blank">{esc(t)}</a></li>'
                      for t in p.related)
    p.clutter += list(p.related)
    cookie = ""
    if shown_on(site, "cookie", 6, p):
        cookie = ('<div id="mc-cookie-note" style="position:fixed;bottom:0;left:0;right:0;background:#241C15;color:#fff;padding:12px;">'
                  'This archive page keeps a cookie to remember your language choice. Nothing is shared with the '
                  'Gullhaven tutors. <a href="https://mailchimp.com/legal/cookies/" style="color:#fff;">Cookie statement</a></div>')
        p.clutter += ["This archive page keeps a cookie to remember your language choice",
                      "Nothing is shared with the Gullhaven tutors", "Cookie statement"]
    p.clutter += ["Subscribe", "Past Issues", "Translate", "View this email in your browser", "The Gullhaven Digest",
                  "One student essay, every Sunday, from the tutors at Gullhaven", "From the archive",
                  "Know someone revising? Forward this issue:", "Forward", "Facebook", "Instagram", "Website",
                  "Copyright © 2024 Gullhaven Tutors, All rights reserved.",
                  "You are receiving this email because you signed up at a Gullhaven open evening or on our website.",
                  "Our mailing address is:", "Gullhaven Tutors", "14 Harbour Street", "Add us to your address book",
                  "Want to change how you receive these emails?", "update your preferences", "unsubscribe from this list"]
    u = hexid(site, "u", n=25)
    return f"""<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
    <head>
        <!-- NAME: 1 COLUMN -->
        <!--[if gte mso 15]>
        <xml>
            <o:OfficeDocumentSettings>
            <o:AllowPNG/>
            <o:PixelsPerInch>96</o:PixelsPerInch>
            </o:OfficeDocumentSettings>
        </xml>
        <![endif]-->
        <meta charset="UTF-8">
        <meta http-equiv="X-UA-Compatible" content="IE=edge">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{esc(subject)}</title>
        
    <style type="text/css">
		p{{margin:10px 0;padding:0;}}
		table{{border-collapse:collapse;}}
		h1,h2,h3,h4,h5,h6{{display:block;margin:0;padding:0;}}
		img,a img{{border:0;height:auto;outline:none;text-decoration:none;}}
		body,#bodyTable,#bodyCell{{height:100%;margin:0;padding:0;width:100%;}}
		.mcnPreviewText{{display:none !important;}}
		#outlook a{{padding:0;}}
		.templateContainer{{max-width:600px !important;}}
		#bodyCell{{padding:10px;}}
		body,#bodyTable{{background-color:#FAFAFA;}}
		#templateBody{{background-color:#FFFFFF;border-top:0;border-bottom:2px solid #EAEAEA;padding-top:0;padding-bottom:9px;}}
		#templateBody .mcnTextContent,#templateBody .mcnTextContent p{{color:#202020;font-family:Georgia;font-size:16px;line-height:150%;text-align:left;}}
	</style>
<script>var w=window; if (w.performance||w.mozPerformance||w.msPerformance||w.webkitPerformance){{var d=document; AKSB=w.AKSB||{{}},AKSB.q=AKSB.q||[],AKSB.mark=AKSB.mark||function(e,_){{AKSB.q.push(["mark",e,_||(new Date).getTime()])}},AKSB.measure=AKSB.measure||function(e,_,t){{AKSB.q.push(["measure",e,_,t||(new Date).getTime()])}},AKSB.done=AKSB.done||function(e){{AKSB.q.push(["done",e])}},AKSB.mark("firstbyte",(new Date).getTime())}}</script>
<meta property="og:title" content="{html.escape(subject)}">
<meta property="og:description" content="{html.escape(preview)}">
<meta property="og:url" content="{url}">
<meta property="og:type" content="website">
<link rel="stylesheet" href="https://us14.campaign-archive.com/css/archivebar-desktop.css" mc:nocompile>
</head>
    <body>
<div id="awesomewrap"><div id="awesomebar"><div class="bar-section"><a href="https://us14.campaign-archive.com/home/?u={u}&amp;id={hexid(site, 'list', n=10)}" title="View past issues" class="icon-past">Past Issues</a></div>
<div class="bar-section"><a href="https://gullhaven.us14.list-manage.com/subscribe?u={u}&amp;id={hexid(site, 'list', n=10)}" class="icon-subscribe" title="Subscribe to the Gullhaven Digest">Subscribe</a></div>
<div class="bar-section"><a href="#" title="Translate this email" class="icon-translate" id="translate-toggle">Translate</a><select id="translate-select" style="display:none;"><option value="en">English</option><option value="cy">Cymraeg</option><option value="fr">Français</option><option value="pl">Polski</option></select></div>
<div class="bar-section"><a href="https://us14.campaign-archive.com/feed?u={u}&amp;id={hexid(site, 'list', n=10)}" title="RSS" class="icon-rss">RSS</a></div></div></div>
<!--*|IF:MC_PREVIEW_TEXT|*-->
        <!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; max-width:0px; opacity:0; overflow:hidden; visibility:hidden; mso-hide:all;">{esc(preview)}</span><!--<![endif]-->
        <!--*|END:IF|*-->
        <center>
            <table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable">
                <tr>
                    <td align="center" valign="top" id="bodyCell">
                        <!-- BEGIN TEMPLATE // -->
                        <table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer">
                            <tr>
                                <td valign="top" id="templatePreheader">{mc_text_block(f'<a href="{url}" target="_blank" style="color:#656565;">View this email in your browser</a>', 'padding: 0px 18px 9px; text-align: center; font-size: 12px;')}</td>
                            </tr>
                            <tr>
                                <td valign="top" id="templateHeader"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageBlock" style="min-width:100%;">
    <tbody class="mcnImageBlockOuter">
            <tr>
                <td valign="top" style="padding:9px" class="mcnImageBlockInner">
                    <table align="left" width="100%" border="0" cellpadding="0" cellspacing="0" class="mcnImageContentContainer" style="min-width:100%;">
                        <tbody><tr>
                            <td class="mcnImageContent" valign="top" style="padding-right: 9px; padding-left: 9px; padding-top: 0; padding-bottom: 0; text-align:center;">
                                    <img align="center" alt="The Gullhaven Digest" src="https://mcusercontent.com/{u}/images/{hexid(site, 'logo', n=8)}-{hexid(site, 'logo2', n=4)}.png" width="300" style="max-width:600px; padding-bottom: 0; display: inline !important; vertical-align: bottom;" class="mcnImage">
                            </td>
                        </tr>
                    </tbody></table>
                </td>
            </tr>
    </tbody>
</table>{mc_text_block('<p style="text-align:center; font-family:Helvetica; font-size:13px; color:#6B6B6B;">The Gullhaven Digest<br>One student essay, every Sunday, from the tutors at Gullhaven</p>', 'padding: 0 18px 9px;')}</td>
                            </tr>
                            <tr>
                                <td valign="top" id="templateBody">{mc_text_block(chr(10).join(intro))}{MC_DIVIDER}{"".join(body)}{mc_text_block(f'<h4>From the archive</h4>{chr(10)}<ul>{archive}</ul>')}<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnShareBlock" style="min-width:100%;">
    <tbody class="mcnShareBlockOuter">
            <tr>
                <td valign="top" style="padding:9px;" class="mcnShareBlockInner">
                    <table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnShareContentContainer" style="min-width:100%;">
                        <tbody><tr>
                            <td align="center" style="padding-top:0; padding-left:9px; padding-bottom:0; padding-right:9px;">
                                <p style="font-family:Helvetica; font-size:13px;">Know someone revising? Forward this issue:</p>
                                <table border="0" cellpadding="0" cellspacing="0" class="mcnShareContent" style="min-width:100%;"><tbody><tr><td align="center" valign="top" class="mcnShareContentItemContainer" style="padding-top:9px; padding-right:9px; padding-left:9px;">
                                    <a href="http://www.facebook.com/sharer/sharer.php?u={quote(url, safe='')}" target="_blank" class="mcnShareContentItem">Share</a> &nbsp;
                                    <a href="http://twitter.com/intent/tweet?text={quote(subject)}: {quote(url, safe='')}" target="_blank" class="mcnShareContentItem">Tweet</a> &nbsp;
                                    <a href="http://us14.forward-to-friend.com/forward?u={u}&amp;id={campaign}&amp;e=[UNIQID]" target="_blank" class="mcnShareContentItem">Forward</a>
                                </td></tr></tbody></table>
                            </td>
                        </tr>
                    </tbody></table>
                </td>
            </tr>
    </tbody>
</table></td>
                            </tr>
                            <tr>
                                <td valign="top" id="templateFooter"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnFollowBlock" style="min-width:100%;">
    <tbody class="mcnFollowBlockOuter">
        <tr>
            <td align="center" valign="top" style="padding:9px" class="mcnFollowBlockInner">
                <a href="https://www.facebook.com/gullhaventutors" target="_blank">Facebook</a> &nbsp; <a href="https://www.instagram.com/gullhaventutors" target="_blank">Instagram</a> &nbsp; <a href="https://gullhaven.org.uk" target="_blank">Website</a>
            </td>
        </tr>
    </tbody>
</table>{MC_DIVIDER}{mc_text_block(f'<em>Copyright © 2024 Gullhaven Tutors, All rights reserved.</em><br>You are receiving this email because you signed up at a Gullhaven open evening or on our website.<br><br><strong>Our mailing address is:</strong><br><div class="vcard"><span class="org fn">Gullhaven Tutors</span><div class="adr"><div class="street-address">14 Harbour Street</div><span class="locality">Gullhaven</span> <span class="postal-code">GH4 2QT</span> <div class="country-name">United Kingdom</div></div><br><a href="https://gullhaven.us14.list-manage.com/vcard?u={u}&amp;id={hexid(site, "list", n=10)}">Add us to your address book</a></div><br><br>Want to change how you receive these emails?<br>You can <a href="https://gullhaven.us14.list-manage.com/profile?u={u}&amp;id={hexid(site, "list", n=10)}&amp;e=[UNIQID]&amp;c={campaign}">update your preferences</a> or <a href="https://gullhaven.us14.list-manage.com/unsubscribe?u={u}&amp;id={hexid(site, "list", n=10)}&amp;e=[UNIQID]&amp;c={campaign}">unsubscribe from this list</a>.<br><br><a href="http://eepurl.com/{hexid(site, "ee", n=6)}" title="Intuit Mailchimp"><img src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-dark.svg" border="0" alt="Intuit Mailchimp" title="Intuit Mailchimp" width="139" height="54"></a>', 'padding-top:0; padding-right:18px; padding-bottom:9px; padding-left:18px; color:#656565; font-family:Helvetica; font-size:12px; line-height:150%; text-align:center;')}</td>
                            </tr>
                        </table>
                        <!-- // END TEMPLATE -->
                    </td>
                </tr>
            </table>
        </center>
{cookie}
<script src="https://us14.campaign-archive.com/js/archivebar-desktop.js"></script>
    </body>
</html>
"""


# ---- 4. kilnworth: Hugo, redesigned between saves (old Ananke / new PaperMod); the shortcodes stay ------------------

KW_ROOT = "https://kilnworth.org.uk"
KW_REMARKS = [
    "A confident answer that never loses sight of the question. The middle section is the strongest.",
    "The judges argued about this one for longer than any other, which is a compliment.",
    "{writer} writes with real control. We would have liked one more piece of evidence near the end.",
    "Few entries on {topic} managed to be this clear without oversimplifying.",
    "A model of how to structure an argument in under two thousand words.",
    "The opening is unusually strong; the rest keeps that promise.",
    "One of several fine entries on {topic} this year, and the one the judges kept coming back to.",
]
KW_CALLOUTS = [
    ("The Kilnworth Prize is open", "Entries for this year's prize close at the end of February. Any student in the "
     "county aged 16 to 19 may enter one essay."),
    ("Judging an essay prize?", "Our guide for teachers explains how we shortlist and mark. Schools are welcome to reuse "
     "it for their own prizes."),
]
KW_CORRECTIONS = [
    "An earlier version of this page gave the writer's school as Kilnworth Grammar. They attended Kilnworth Academy.",
    "The year of the prize was wrong in an earlier version of this page and has been fixed.",
    "A paragraph was missing from the first version of this page. It has been restored.",
]
KW_DISCLAIMER = ("Prize essays are reproduced with the permission of the writers and their schools. They may be read and "
                 "discussed freely but not submitted, in whole or in part, as anyone else's work.")
KW_PLACINGS = ["Winner", "Runner-up", "Highly commended", "Commended", "Shortlisted"]
OLD_THEME_PAGES = 7


def kilnworth(p: Page) -> str:
    rng = p.rng
    site = "kilnworth"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    old = half_and_half(site, "theme", p, OLD_THEME_PAGES)
    year = p.date.year
    url = f"{KW_ROOT}/posts/{slug(p.title)[:60]}/" if old else f"{KW_ROOT}/essays/{year}/{slug(p.title)[:60]}/"
    placing = KW_PLACINGS[p.sample_id % len(KW_PLACINGS)]
    pieces = []
    ids: dict[str, int] = {}

    def anchor(text: str) -> str:
        base = re.sub(r"[^\w\s-]", "", text.lower()).strip()
        base = re.sub(r"[\s]+", "-", base) or "section"
        k = ids.get(base, 0)
        ids[base] = k + 1
        return base if k == 0 else f"{base}-{k}"

    for kind, value in p.visible():
        if kind == "heading":
            a = anchor(value)
            pieces.append(f'<h2 id="{a}">{esc(value)}</h2>' if old else
                          f'<h2 id="{a}">{esc(value)}<a hidden class="anchor" aria-hidden="true" href="#{a}">#</a></h2>')
        elif kind == "paragraph":
            pieces.append(f"<p>{esc(value)}</p>")
        elif kind == "quote":
            pieces.append(f"<blockquote>\n<p>{esc(value)}</p>\n</blockquote>")
        else:
            ordered, items = value
            tag = "ol" if ordered else "ul"
            pieces.append(f"<{tag}>\n" + "\n".join(f"<li>{esc(i)}</li>" for i in items) + f"\n</{tag}>")
    n_essay = len(pieces)
    # The site's shortcodes: the same markup in both themes.
    if shown_on(site, "remark", 13, p):
        note = note_for(KW_REMARKS, p)
        pieces.insert(spot(n_essay, rng, 2, 6), f'<aside class="judges-remark">\n<p><strong>From the judges&rsquo; notes:</strong> '
                                               f'{esc(note)}</p>\n</aside>')
        p.clutter += ["From the judges' notes:", note]
    turn = rank_on(site, "callout", 4, p)
    if turn is not None:
        chead, ctext = KW_CALLOUTS[turn % len(KW_CALLOUTS)]
        pieces.insert(rng.randint(2, len(pieces) - 1), f'<div class="prize-callout">\n<p><strong>{esc(chead)}</strong></p>\n'
                                                       f'<p>{esc(ctext)}</p>\n</div>')
        p.clutter += [chead, ctext]
    disclaimer = f'<p class="small-print"><em>{esc(KW_DISCLAIMER)}</em></p>'
    p.clutter.append(KW_DISCLAIMER)
    top = half_and_half(site, "disclaimer", p)
    if top:
        pieces.insert(0, disclaimer)
    if p.cut is not None:
        more = p.rest_words()
        pieces.append(f'<div class="anthology-excerpt">\n<p><strong>Excerpt only.</strong> The remaining {fmt_int(more)} words '
                      f'appear in the printed anthology, The Kilnworth Review {year}, on sale at the library.</p>\n</div>')
        p.clutter += ["Excerpt only.", f"The remaining {fmt_int(more)} words appear in the printed anthology",
                      f"The Kilnworth Review {year}, on sale at the library"]
    if p.refs:
        a = anchor("Works Cited")
        pieces.append((f'<h2 id="{a}">Works Cited</h2>' if old else
                       f'<h2 id="{a}">Works Cited<a hidden class="anchor" aria-hidden="true" href="#{a}">#</a></h2>')
                      + "\n" + "\n".join(f"<p>{italic_refs(mk)}</p>" for _, mk in p.refs))
    if not top:
        pieces.append(disclaimer)
    turn = rank_on(site, "correction", 3, p)
    if turn is not None:  # a correction line at the end of the post, on 3 of 18 pages only
        pieces.append(f'<p class="correction"><strong>Correction:</strong> {esc(KW_CORRECTIONS[turn])}</p>')
        p.clutter += ["Correction:", KW_CORRECTIONS[turn]]
    last, first_name = p.author.split()[-1], p.author.split()[0]
    credit = f"{last}, {first_name}. \u201c{p.title}.\u201d The Kilnworth Review, {year}, {url}."
    pieces.append(f'<p class="credit-line"><strong>Crediting this essay:</strong> {esc(credit)}</p>')
    p.clutter += ["Crediting this essay:", credit]
    minutes = max(1, round(p.words / 213))
    day = p.date.strftime("%B %-d, %Y")
    prize = f"{placing}, {year} Kilnworth Essay Prize, {p.level} category"
    p.clutter += [prize, day]
    cookie = ""
    if shown_on(site, "cookie", 6, p):
        cookie = ('<div id="kw-cookie" class="kw-cookie" role="dialog"><p>The Kilnworth Review sets one cookie, to remember '
                  'that you have seen this message. Visits are counted without cookies.</p><button type="button">Close</button></div>')
        p.clutter += ["The Kilnworth Review sets one cookie, to remember that you have seen this message",
                      "Visits are counted without cookies"]
    body = "\n".join(pieces)
    if old:
        return kilnworth_ananke(p, url, body, prize, minutes, day, cookie)
    return kilnworth_papermod(p, url, body, prize, minutes, day, cookie)


def kilnworth_ananke(p: Page, url: str, body: str, prize: str, minutes: int, day: str, cookie: str) -> str:
    rng = p.rng
    p.clutter += ["The Kilnworth Review", "Prize rules", "Essays", "About the prize", "POSTS", f"By {p.author}",
                  f"{minutes} minutes read", f"{p.words} words", f"{plural(p.pages, 'page')} in typescript", "Related",
                  *p.related[:4], f"© The Kilnworth Review {p.date.year}"]
    related = "".join(f'<li class="mb2"><a href="/posts/{slug(t)[:60]}/">{esc(t)}</a></li>' for t in p.related[:4])
    share = "".join(f'<a href="{href}" class="ananke-social-link {net} no-underline" aria-label="share on {label}"><span '
                    f'class="icon"><svg style="enable-background:new 0 0 67 67;" version="1.1" viewBox="0 0 67 67" '
                    f'xml:space="preserve"><path d="M28.765,50.32h6.744V33.998h4.499l0.596-5.624h-5.095"/></svg></span></a>'
                    for net, label, href in (
                        ("facebook", "Facebook", f"https://www.facebook.com/sharer.php?u={quote(url, safe='')}"),
                        ("twitter", "Twitter", f"https://twitter.com/intent/tweet?url={quote(url, safe='')}&amp;text={quote(p.title)}"),
                        ("linkedin", "LinkedIn", f"https://www.linkedin.com/shareArticle?mini=true&amp;url={quote(url, safe='')}")))
    return f"""<!DOCTYPE html>
<html lang="en-gb">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
    
    <title>{esc(p.title)} | The Kilnworth Review</title>
    <meta name="viewport" content="width=device-width,minimum-scale=1">
    <meta name="description" content="{html.escape(prize)}">
    <meta name="generator" content="Hugo 0.92.2" />
    
    
    
      <META NAME="ROBOTS" CONTENT="INDEX, FOLLOW">
    

    
<link rel="stylesheet" href="/ananke/css/main.min.css" >



    
    
    
      

    

    
    
    <meta property="og:title" content="{html.escape(p.title)}" />
<meta property="og:description" content="{html.escape(prize)}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" /><meta property="article:section" content="posts" />
<meta property="article:published_time" content="{p.date.isoformat()}T00:00:00+00:00" />
<meta property="article:modified_time" content="{p.date.isoformat()}T00:00:00+00:00" />

<meta itemprop="name" content="{html.escape(p.title)}">
<meta itemprop="description" content="{html.escape(prize)}"><meta itemprop="datePublished" content="{p.date.isoformat()}T00:00:00+00:00" />
<meta itemprop="wordCount" content="{p.words}">
<meta itemprop="keywords" content="{html.escape(p.topic)}," /><meta name="twitter:card" content="summary"/>
<meta name="twitter:title" content="{html.escape(p.title)}"/>
<meta name="twitter:description" content="{html.escape(prize)}"/>

	
  </head>

  <body class="ma0 avenir bg-near-white">

    
   
  

  <header>
    <div class="bg-black">
      <nav class="pv3 ph3 ph4-ns" role="navigation">
  <div class="flex-l justify-between items-center center">
    <a href="/" class="f3 fw2 hover-white no-underline white-90 dib">
      
        The Kilnworth Review
      
    </a>
    <div class="flex-l items-center">
      

      
        <ul class="pl0 mr3">
          
          <li class="list f5 f4-ns fw4 dib pr3">
            <a class="hover-white no-underline white-90" href="/posts/" title="Essays page">
              Essays
            </a>
          </li>
          
          <li class="list f5 f4-ns fw4 dib pr3">
            <a class="hover-white no-underline white-90" href="/rules/" title="Prize rules page">
              Prize rules
            </a>
          </li>
          
          <li class="list f5 f4-ns fw4 dib pr3">
            <a class="hover-white no-underline white-90" href="/about/" title="About the prize page">
              About the prize
            </a>
          </li>
          
        </ul>
      
      
    </div>
  </div>
</nav>

    </div>
  </header>



    <main class="pb7" role="main">
      
  
  <article class="flex-l flex-wrap justify-between mw8 center ph3">
    <header class="mt4 w-100">
      <aside class="instapaper_ignoref b helvetica tracked">
          
        POSTS
      </aside>
      


<div id="sharing" class="mt3 ananke-socials">
  {share}
</div>

      <h1 class="f1 athelas mt3 mb1">{esc(p.title)}</h1>
      
      <p class="tracked">
          By <strong>
          
              {esc(p.author)}
          
          </strong>
      </p>
      
      
      <time class="f6 mv4 dib tracked" datetime="{p.date.isoformat()}T00:00:00Z">{day}</time>

      
      
        <span class="f6 mv4 dib tracked"> - {minutes} minutes read </span>
        <span class="f6 mv4 dib tracked"> - {p.words} words </span>
        <span class="f6 mv4 dib tracked"> - {plural(p.pages, 'page')} in typescript </span>
      
      <p class="f5 i mid-gray">{esc(prize)}</p>
    </header>
    <div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">{body}
<ul class="pa0">
  
   <li class="list di">
     <a href="/tags/{slug(p.topic)}/" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">{esc(p.topic)}</a>
   </li>
  
</ul>
<div class="mt6 instapaper_ignoref">
      
      
      </div>
    </div>

    <aside class="w-30-l mt6-l">




  <div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links">
    <p class="f5 b mb3">Related</p>
    <ul class="pa0 list">
	   {related}
    </ul>
</div>

</aside>

  </article>

    </main>
    <footer class="bg-black bottom-0 w-100 pa3" role="contentinfo">
  <div class="flex justify-between">
  <a class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3" href="{KW_ROOT}/" >
    &copy; The Kilnworth Review {p.date.year}
  </a>
    <div>
<div class="ananke-socials">
  
</div></div>
  </div>
</footer>
{cookie}
  </body>
</html>
"""


def kilnworth_papermod(p: Page, url: str, body: str, prize: str, minutes: int, day: str, cookie: str) -> str:
    prev_t, next_t = neighbours(p)
    meta = (f"{day}&nbsp;·&nbsp;{minutes} min&nbsp;·&nbsp;{fmt_int(p.words)} words&nbsp;·&nbsp;"
            f"{plural(p.pages, 'typescript page')}&nbsp;·&nbsp;{esc(p.author)}")
    p.clutter += ["The Kilnworth Review", "Essays", "Enter the prize", "Judges", "Archive", "Home » Essays",
                  f"{minutes} min · {fmt_int(p.words)} words · {plural(p.pages, 'typescript page')} · {p.author}",
                  "Powered by Hugo & PaperMod", f"© 2024 The Kilnworth Review"]
    nav = ""
    for cls, label, t in (("prev", "« Prev", prev_t), ("next", "Next »", next_t)):
        if t:
            year = 2018 + sum(map(ord, t)) % 6
            nav += (f'  <a class="{cls}" href="{KW_ROOT}/essays/{year}/{slug(t)[:60]}/">\n    <span class="title">{label}</span>\n'
                    f'    <br>\n    <span>{esc(t)}</span>\n  </a>\n')
            p.clutter.append(t)
    share = "".join(f'<li>\n        <a target="_blank" rel="noopener noreferrer" aria-label="share {html.escape(p.title)} on {net}"\n'
                    f'            href="{href}">\n            <svg version="1.1" viewBox="0 0 512 512" xml:space="preserve" height="30px" '
                    f'width="30px" fill="currentColor"><path d="M449.446,0c34.525,0 62.554,28.03 62.554,62.554"/></svg>\n        </a>\n    </li>\n'
                    for net, href in (("x", f"https://x.com/intent/tweet/?text={quote(p.title)}&amp;url={quote(url, safe='')}&amp;hashtags=essays"),
                                      ("linkedin", f"https://www.linkedin.com/shareArticle?mini=true&amp;url={quote(url, safe='')}&amp;title={quote(p.title)}"),
                                      ("whatsapp", f"https://api.whatsapp.com/send?text={quote(p.title)}%20-%20{quote(url, safe='')}")))
    ld = json.dumps({"@context": "https://schema.org", "@type": "BlogPosting", "headline": p.title, "wordCount": str(p.words),
                     "datePublished": f"{p.date.isoformat()}T00:00:00+00:00",
                     "mainEntityOfPage": {"@type": "WebPage", "@id": url},
                     "publisher": {"@type": "Organization", "name": "The Kilnworth Review"}}).replace("</", "<\\/")
    return f"""<!DOCTYPE html>
<html lang="en" dir="auto">

<head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>{esc(p.title)} | The Kilnworth Review</title>
<meta name="keywords" content="{html.escape(p.topic)}, prize essays">
<meta name="description" content="{html.escape(prize)}">
<meta name="author" content="{html.escape(p.author)}">
<link rel="canonical" href="{url}">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" integrity="sha256-tgnFjVwRu5CxpU4EAF10rR3fIhZet59VM5Z+V9+cO1A=" rel="preload stylesheet" as="style">
<link rel="icon" href="{KW_ROOT}/favicon.ico">
<meta name="theme-color" content="#2e2e33">
<meta name="msapplication-TileColor" content="#2e2e33">
<noscript>
    <style>
        #theme-toggle,
        .top-link {{
            display: none;
        }}

    </style>
</noscript><meta property="og:title" content="{html.escape(p.title)}" />
<meta property="og:description" content="{html.escape(prize)}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" /><meta property="article:section" content="essays" />
<meta property="article:published_time" content="{p.date.isoformat()}T00:00:00+00:00" />

<script type="application/ld+json">
{ld}
</script>
</head>

<body class="" id="top">
<script>
    if (localStorage.getItem("pref-theme") === "dark") {{
        document.body.classList.add('dark');
    }}

</script>

<header class="header">
    <nav class="nav">
        <div class="logo">
            <a href="{KW_ROOT}/" accesskey="h" title="The Kilnworth Review (Alt + H)">The Kilnworth Review</a>
            <div class="logo-switches">
                <button id="theme-toggle" accesskey="t" title="(Alt + T)">
                    <svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24"
                        fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"
                        stroke-linejoin="round">
                        <path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path>
                    </svg>
                </button>
            </div>
        </div>
        <ul id="menu">
            <li>
                <a href="{KW_ROOT}/essays/" title="Essays">
                    <span>Essays</span>
                </a>
            </li>
            <li>
                <a href="{KW_ROOT}/enter/" title="Enter the prize">
                    <span>Enter the prize</span>
                </a>
            </li>
            <li>
                <a href="{KW_ROOT}/judges/" title="Judges">
                    <span>Judges</span>
                </a>
            </li>
            <li>
                <a href="{KW_ROOT}/archives/" title="Archive">
                    <span>Archive</span>
                </a>
            </li>
        </ul>
    </nav>
</header>
<main class="main">

<article class="post-single">
  <header class="post-header">
    <div class="breadcrumbs"><a href="{KW_ROOT}/">Home</a>&nbsp;»&nbsp;<a href="{KW_ROOT}/essays/">Essays</a></div>
    <h1 class="post-title entry-hint-parent">
      {esc(p.title)}
    </h1>
    <div class="post-description">
      {esc(prize)}
    </div>
    <div class="post-meta"><span title='{p.date.isoformat()} 00:00:00 +0000 UTC'>{meta}</span>

</div>
  </header> 
  <div class="post-content">{body}
  </div>

  <footer class="post-footer">
    <ul class="post-tags">
      <li><a href="{KW_ROOT}/tags/{slug(p.topic)}/">{esc(p.topic)}</a></li>
    </ul>
<nav class="paginav">
{nav}</nav>


<ul class="share-buttons">
    {share}
</ul>

  </footer>
</article>
    </main>
    
<footer class="footer">
        <span>&copy; 2024 <a href="{KW_ROOT}/">The Kilnworth Review</a></span> · 

    <span>
        Powered by
        <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp;
        <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a>
    </span>
</footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor">
        <path d="M12 6H0l6-6z" />
    </svg>
</a>
{cookie}
<script>
    let menu = document.getElementById('menu')
    if (menu) {{
        menu.scrollLeft = localStorage.getItem("menu-scroll-position");
        menu.onscroll = function () {{
            localStorage.setItem("menu-scroll-position", menu.scrollLeft);
        }}
    }}

</script>
</body>

</html>
"""


# ------------------------------------------------------------------------------------------------ main

SITES = {  # name: (writer, teaser pages, works-cited pages, duplicate pair (page numbers) or None)
    "ravensworth": (ravensworth, 1, 4, None),   # DokuWiki; NO URL; Introduction / Conclusion are essay headings
    "thistledown": (thistledown, 4, 3, None),   # Medium; atomic class names differ page by page
    "gullhaven": (gullhaven, 3, 3, (6, 15)),    # Mailchimp archive; essay split over text blocks; one campaign resent
    "kilnworth": (kilnworth, 2, 3, None),       # Hugo; redesigned between saves: 7 pages Ananke, 11 PaperMod
}
DUP_SECOND = {name: (dup[1],) for name, (*_, dup) in SITES.items() if dup}
TWINS: dict[str, Page] = {}  # the first page of a site's duplicate pair, once written
HEADINGS = {"ravensworth": None}
URL_IN_TEXT = re.compile(r"https?://|www\.\w")


def keep_urls_off(chosen: list[dict], site: str) -> None:
    """The site without any URL gets no essay whose own text holds one: such an essay trades places with the next
    URL-free essay of another site (the essays are in site order, as write_site_folders takes them)."""
    start = 0
    for name, (*_, dup) in SITES.items():
        count = PAGES_PER_SITE - (1 if dup else 0)
        if name == site:
            break
        start += count
    mine = range(start, start + count)
    spare = [i for i in range(len(chosen)) if i not in mine and not has_url(chosen[i])]
    for i in mine:
        if has_url(chosen[i]):
            j = spare.pop(0)
            chosen[i], chosen[j] = chosen[j], chosen[i]


def has_url(essay: dict) -> bool:
    return bool(URL_IN_TEXT.search(" ".join(block_text(b) for b in essay["blocks"])))


def main() -> None:
    global SEED
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=113)
    args = ap.parse_args()
    SEED = args.seed
    TWINS.clear()
    rng = random.Random(args.seed)
    essays = load_essays()
    # The texts the fewest earlier sets used come first (none is unused), in a seeded order within each count.
    counts = sorted({uses(e) for e in essays})
    tiers = [[e for e in essays if uses(e) == n] for n in counts]
    for group in tiers:
        rng.shuffle(group)
    need = g.essays_needed(SITES, PAGES_PER_SITE)
    chosen = g.choose_essays([e for group in tiers for e in group], need)[:need]
    rng.shuffle(chosen)
    keep_urls_off(chosen, "ravensworth")

    def page_for(name: str, n: int, essay: dict, titles: list[str], page_rng: random.Random, twin: Page | None) -> Page:
        blocks = (with_essay_headings(essay["blocks"], random.Random(f"{args.seed}:{name}:{n}:headings"), HEADINGS[name])
                  if name in HEADINGS else None)
        return Page(essay, page_rng, n, titles, blocks)

    def copy_twin(page: Page, twin: Page) -> None:
        page.blocks, page.cut, page.refs = twin.blocks, twin.cut, twin.refs
        page.words, page.pages, page.minutes = twin.words, twin.pages, twin.minutes
        page.date, page.author, page.level, page.grade, page.sample_id = (twin.date, twin.author, twin.level, twin.grade,
                                                                          twin.sample_id)
        page.editor, page.stamp, page.topic, page.category = twin.editor, twin.stamp, twin.topic, twin.category

    # The pair's first page is remembered so that the second (the resent campaign) shows the same in-essay parts.
    def writer_for(name: str, writer):
        dup = SITES[name][3]

        def write(page: Page) -> str:
            if dup and page.index == dup[0]:
                TWINS[name] = page
            return writer(page)
        return write

    sites = {name: (writer_for(name, w), t, c, d) for name, (w, t, c, d) in SITES.items()}
    rows = g.write_site_folders(
        args.outdir, args.seed, sites, chosen, PAGES_PER_SITE, page_for, copy_twin,
        lambda name, n, e: f"{name}\tpage-{n:02d}\t{e['id']}\t{e['earlier'] or '-'}\t{e['url']}\t{e['title']}")
    header = "site\tpage\twcxb_id\tearlier_sets\tsource_url\ttitle"
    (args.outdir / "SOURCES.tsv").write_text("\n".join([header, *rows]) + "\n", "utf-8")
    by_count = {n: sum(uses(e) == n for e in chosen) for n in counts}
    print(f"{len(SITES)} sites x {PAGES_PER_SITE} pages -> {args.outdir} ({need} texts; by how many earlier sets used them: "
          + ", ".join(f"{n}: {k}" for n, k in by_count.items()) + ")")


if __name__ == "__main__":
    main()
