"""Write a SIXTH set of held-out essay-site folders for measuring site learning (issue 13) at first contact.

    /work/main/.venv/bin/python heldout/sites6/generate.py /work/corpora/sites6-heldout [--seed 97]

Four invented essay-sample sites, 18 pages each, in markup families no earlier set (heldout/sites/ to sites5/) uses:
OUTDIR/<site>/page-NN.html and the truth of every page, OUTDIR/<site>/truth/page-NN.md (the format at the top of
bench/scoring.py). The essay bodies are real article texts from the WCXB dev ground truth (CC-BY-4.0, even file ids
only, page_type "article", none of them in tests/realpages). No unused text is left, so this set takes texts only ONE of
the first three sets used and neither the fourth nor the fifth set reused; the others come last (never twice within this
set, except the one deliberate duplicate). OUTDIR/SOURCES.tsv records which text went where, and which earlier sets used
it. Same seed, same bytes.

Sites (markup families):
  brackenbury  Moodle 4.1, Boost theme: a Page resource (mod_page) of a college course, course-index drawer, activity
               header with completion and dates, "Jump to..." activity select; no canonical and no og:url, the URL only in
               absolute links; the essays carry the headings Introduction / Conclusion; the stats line takes one of
               three template wordings in turn
  tollgate     phpBB 3.0, prosilver style: a forum topic, the essay the first post (paragraphs split by <br /><br />,
               headings as BBCode size spans), replies by other members in the same post markup, a session id in every
               link; NO URL at all; one essay on two pages (the same topic saved twice)
  hollowmere   MkDocs + Material for MkDocs 9: md-header / md-tabs / md-sidebar navigation (every essay's title), "On
               this page" TOC, admonitions and collapsible details in md-typeset, md-source-file dates, md-footer;
               canonical only; the "About this essay" box moves: top, middle or end of the essay
  brindle      Substack post: post-header with subtitle and UFI counters, available-content / body markup, subscription
               widgets and share buttons in the body, paywall on teasers; canonical + og:url; every post opens with the
               editor's greeting paragraph (issue number, writer and subject per page) and closes with a sign-off

The markdown parsing, essay loading, truth writing and page bookkeeping are the earlier sets' (heldout/sites/,
heldout/sites2/, heldout/sites3/ and heldout/sites5/generate.py, imported, unchanged).
"""

from __future__ import annotations

import argparse
import hashlib
import html
import importlib.util
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
norm, block_text, slug, works_cited = g.norm, g.block_text, g.slug, g.works_cited
fmt_int, esc, pieces_for, spot = g2.fmt_int, g2.esc, g2.pieces_for, g2.spot
plural = g3.plural
subject_of, with_essay_headings = g5.subject_of, g5.with_essay_headings

PAGES_PER_SITE = 18
# The 71 WCXB ids the fifth held-out set uses (heldout/sites5/generate.py, seed 89, OUTDIR/SOURCES.tsv; run once into a
# scratch folder to list them). The first four sets' ids are the fifth set's lists, imported.
FIFTH_SET = frozenset("""
0032 0038 0040 0050 0058 0096 0106 0108 0120 0126 0142 0154 0164 0190 0192 0198 0206 0210 0212 0222 0234 0238 0244 0254
0278 0280 0286 0306 0324 0344 0348 0370 0386 0400 0412 0418 0422 0454 0458 0462 0466 0468 0480 1708 4036 4074 4180 4184
4218 4252 4326 4430 4452 4454 4460 4472 4500 4506 4530 4578 4584 4614 4640 4646 4674 4696 4700 4828 4842 4858 4864""".split())


def load_essays() -> list[dict]:
    """The fifth set's loader (the third set's filters, earlier sets marked), with the fifth set marked too."""
    essays = g5.load_essays()
    for essay in essays:
        if essay["id"] in FIFTH_SET:
            essay["earlier"] = ",".join(filter(None, [essay["earlier"], "sites5"]))
    return essays


def tier(essay: dict) -> int:
    """0: no set used the text; 1: one of the first three sets did, and neither the fourth nor the fifth; 2: the rest."""
    used = essay["earlier"].split(",") if essay["earlier"] else []
    return 0 if not used else 1 if len(used) == 1 and used[0] in ("sites", "sites2", "sites3") else 2


# ------------------------------------------------------------------------------------------ invented bits

EXTRA_TITLES = [
    "Canal Restoration and Volunteer Labour", "The Rise and Fall of the Video Rental Shop", "Why Bus Timetables Matter",
    "Allotments and Wartime Food Supply", "The Ethics of Keeping Exotic Pets", "Lidos and the Culture of Outdoor Swimming",
    "Church Bells and the Sound of the Parish", "Market Towns After the Bypass", "The Science of Sourdough",
    "Do Uniform Rules Build Community?", "The Afterlife of Old Phone Boxes", "Tree Preservation Orders and Local Democracy",
    "Seaside Piers and Victorian Leisure", "How Libraries Lend More Than Books", "Weather Lore and Farming Knowledge",
    "Brass Bands and Industrial Towns", "Sleep Patterns of Shift Workers", "The Decline of the High Street Bank",
    "Peat Bogs and Carbon Storage", "Scouting and the Idea of Citizenship", "Why Towns Twin With Foreign Towns",
    "Motorway Service Stations as Non-Places", "The Quiet Return of the Milkman", "Rewilding Rivers With Beavers",
]
LEVELS = ["AS level", "A level", "BTEC National", "Foundation year", "First year", "Second year", "Final year"]
GRADES = ["A*", "A", "B", "Distinction*", "Distinction", "Merit", "First", "2:1"]
USERNAMES = ["quietfox", "marginal_gains", "inkwell_iris", "tealeaf22", "brokenpencil", "owl_at_noon", "semicolon_sam",
             "bramblejam", "nightbus_nora", "fieldnotes", "paperkite", "oxbow_lake", "grey_heron", "tidy_desk",
             "mossy_step", "lamplighter", "sleepy_scholar", "riverstone", "quince_tart", "wrenhouse"]


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
        self.username = rng.choice(USERNAMES)
        self.stamp = datetime(self.date.year, self.date.month, self.date.day, rng.randint(7, 22), rng.randint(0, 59))


SEED = 97  # set by main(); the site-level choices below (which pages show a rare element) are drawn from it


def shown_on(site: str, role: str, count: int, page: Page) -> bool:
    """Exactly `count` of a site's 18 pages show the element `role` (drawn once per site, from the seed)."""
    pages = random.Random(f"{SEED}:{site}:{role}").sample(range(1, PAGES_PER_SITE + 1), count)
    return page.index in pages


def rank_on(site: str, role: str, count: int, page: Page) -> int | None:
    """Like shown_on, but which of the `count` pages (in page order) this one is, or None: rare elements take their
    wordings in turn, so that each wording shows up."""
    pages = sorted(random.Random(f"{SEED}:{site}:{role}").sample(range(1, PAGES_PER_SITE + 1), count))
    return pages.index(page.index) if page.index in pages else None


def note_for(notes: list[str], p: Page) -> str:
    return p.rng.choice(notes).format(topic=p.topic)


def hexid(*parts, n: int = 24) -> str:
    return hashlib.sha1(":".join(map(str, parts)).encode()).hexdigest()[:n]


def neighbours(p: Page) -> tuple[str | None, str | None]:
    """The titles of the pages before and after this one in the site's own order (a course, a nav, a topic list)."""
    i = p.index - 1
    prev_t = p.site_titles[i - 1] if i > 0 else None
    next_t = p.site_titles[i + 1] if i + 1 < len(p.site_titles) else None
    return (prev_t if prev_t != p.title else None), (next_t if next_t != p.title else None)


def unique_titles(p: Page) -> list[str]:
    """The site's titles in page order, each once (the duplicate pair's essay is one course item / one topic)."""
    seen, out = set(), []
    for t in p.site_titles:
        if t not in seen:
            seen.add(t)
            out.append(t)
    return out


# ---- 1. brackenbury: Moodle 4.1 (Boost), a Page resource; URL only in absolute links --------------------------

BB_ROOT = "https://learn.brackenbury.ac.uk"
# The stats line, written by the course's exemplar template in one of three wordings, taken in turn page by page.
BB_STATS = [
    "This exemplar is {words} words long ({pages} when printed) and was graded {grade}.",
    "Length of this exemplar: {pages} printed, {words} words. Grade awarded: {grade}.",
    "Graded {grade} by the marking team \u00b7 {words} words \u00b7 {pages} in print",
]
BB_COMMENTS = [
    "Notice how each paragraph opens with a claim and only then brings in the evidence.",
    "The writer keeps the question in view throughout; this is what markers mean by focus.",
    "A strong example of signposting. Count how often the writer tells you where the argument is going.",
    "Some sentences here are long. Try rewriting one of them as two and see whether it reads better.",
    "This is one of the clearest essays on {topic} we have had in the exemplar bank.",
    "Compare the evidence here with the weaker essay on {topic} we looked at in week 4.",
    "Look at the way counter-arguments are handled: acknowledged, then answered.",
]
BB_TIPS = [
    ("Library tip", "The Learning Resource Centre holds a shelf of sources on {topic}. Ask at the desk for the exemplar "
     "reading box."),
    ("Library tip", "You can borrow up to twelve books at a time over the essay period. Returns are due on the last Friday of "
     "term."),
]
BB_DRAWER = [
    ("Writing Centre drop-ins", "Bring a draft on {topic} or on anything else to room C112, Monday to Thursday, 12 to 2."),
    ("Writing Centre drop-ins", "Tutors read your first page with you and suggest three things to work on before you submit."),
    ("Study Skills Week", "Workshops on planning, paraphrasing and referencing run all week in the Learning Resource Centre."),
]
BB_DISCLAIMER = ("Exemplars are shared to show the standard expected on this course. Handing in any part of one as your "
                 "own work is academic misconduct under College Regulation 7.")
BB_MAINTENANCE = [
    "Scheduled maintenance: Brackenbury Learn will be unavailable from 6am to 9am on Sunday while we upgrade the servers.",
    "Brackenbury Learn will be read-only on Saturday morning during the end-of-term backup. Quiz attempts will resume at noon.",
    "Essay submission deadlines for AWS101 have moved to Friday 5pm. Check the course handbook for details.",
]


def brackenbury(p: Page) -> str:
    rng = p.rng
    site = "brackenbury"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    cmid = 20000 + p.sample_id
    ctx = 80000 + p.sample_id * 3
    url = f"{BB_ROOT}/mod/page/view.php?id={cmid}"
    stamp = 1690000000000 + rng.randint(0, 10**9)
    yui = iter(range(21, 10**6, 3))

    def yid() -> str:
        return f"yui_3_17_2_1_{stamp}_{next(yui)}"

    pieces = pieces_for(p.visible(), para='<p dir="ltr" style="text-align: left;">{}</p>',
                        heading='<h3 dir="ltr" style="text-align: left;">{}</h3>',
                        quote='<blockquote><p dir="ltr" style="text-align: left;">{}</p></blockquote>',
                        ul='<ul>', ol='<ol>', li='<li dir="ltr">{}</li>')
    n_essay = len(pieces)
    # The exemplar template's header box: one of three wordings, in turn by page.
    stats = BB_STATS[(p.index - 1) % len(BB_STATS)].format(words=fmt_int(p.words), pages=plural(p.pages, "page"),
                                                           grade=p.grade)
    submitted = f"Submitted by {p.author}, {p.level}, {p.date.strftime('%B %Y')}"
    header = (f'<div class="alert alert-info" id="{yid()}"><p dir="ltr" style="text-align: left;"><strong>{esc(stats)}</strong>'
              f'</p><p dir="ltr" style="text-align: left;">{esc(submitted)}</p></div>')
    p.clutter += [stats, submitted]
    if shown_on(site, "comment", 14, p):  # the tutor's comment, a plain paragraph with a bold label
        note = note_for(BB_COMMENTS, p)
        pieces.insert(spot(n_essay, rng, 2, 6), f'<p dir="ltr" style="text-align: left;"><strong>Tutor\'s comment:</strong> '
                                                f'{esc(note)}</p>')
        p.clutter += ["Tutor's comment:", note]
    turn = rank_on(site, "tip", 4, p)
    if turn is not None:  # a library tip inside the essay, on 4 of 18 pages
        thead, ttext = BB_TIPS[turn % len(BB_TIPS)]
        ttext = ttext.format(topic=p.topic)
        pieces.insert(rng.randint(2, len(pieces) - 1),
                      f'<div class="alert alert-success" id="{yid()}"><p dir="ltr"><strong>{thead}</strong></p>'
                      f'<p dir="ltr">{esc(ttext)}</p></div>')
        p.clutter += [thead, ttext]
    disclaimer = f'<p dir="ltr" style="text-align: left;"><em>{esc(BB_DISCLAIMER)}</em></p>'
    p.clutter.append(BB_DISCLAIMER)
    if rng.random() < 0.5:  # the disclaimer either under the header box or after the essay
        pieces.insert(0, disclaimer)
        tail = []
    else:
        tail = [disclaimer]
    gate = ""
    if p.cut is not None:
        more = p.rest_words()
        gate = (f'<div class="alert alert-secondary" id="{yid()}"><p dir="ltr"><strong>Enrolled students only</strong></p>'
                f'<p dir="ltr">The full exemplar is available to students enrolled on AWS101. Enrol to read the remaining '
                f'{fmt_int(more)} words.</p><p dir="ltr"><a class="btn btn-primary" href="{BB_ROOT}/enrol/index.php?id=412">'
                'Enrol me in this course</a></p></div>')
        p.clutter += ["Enrolled students only", "The full exemplar is available to students enrolled on AWS101",
                      f"Enrol to read the remaining {fmt_int(more)} words", "Enrol me in this course"]
    refs = ""
    if p.refs:
        refs = ('<h3 dir="ltr" style="text-align: left;">Works Cited</h3>'
                + "".join(f'<p dir="ltr" style="text-align: left; padding-left: 30px;">{mk}</p>' for _, mk in p.refs))
    last, first_name = p.author.split()[-1], p.author.split()[0]
    harvard = (f"{last}, {first_name[0]}. ({p.date.year}) {p.title}. Brackenbury College, Academic Writing Skills "
               f"exemplar {p.sample_id}. Available at: {url}")
    cite = (f'<div class="alert alert-light border" id="{yid()}"><p dir="ltr"><strong>Referencing this exemplar (Harvard)</strong>'
            f'</p><p dir="ltr">{esc(harvard)}</p></div>')
    p.clutter += ["Referencing this exemplar (Harvard)", harvard]
    done = rng.random() < 0.4
    completion = "Done:" if done else "To do:"
    opened = p.stamp.strftime("%A, %-d %B %Y, %-I:%M %p")
    modified = (p.stamp + timedelta(days=rng.randint(1, 400), minutes=rng.randint(0, 900))).strftime("%A, %-d %B %Y, %-I:%M %p")
    announce = ""
    turn = rank_on(site, "maintenance", 3, p)
    if turn is not None:  # a site announcement, on 3 of 18 pages only
        text = BB_MAINTENANCE[turn]
        announce = (f'<div class="alert alert-warning alert-block fade in  alert-dismissible" role="alert" data-aria-autofocus="true">'
                    f'{esc(text)}<button type="button" class="close" data-dismiss="alert"><span aria-hidden="true">&times;</span>'
                    '<span class="sr-only">Dismiss this notification</span></button></div>')
        p.clutter += [text, "Dismiss this notification"]
    titles = unique_titles(p)
    index_items = "".join(
        f'<li class="courseindex-item{" pageitem" if t == p.title else ""}" data-for="cm" data-id="{cmid if t == p.title else 20000 + k}">'
        f'<div class="d-flex align-items-center"><span class="completioninfo completion_none" data-for="cm-completion"></span>'
        f'<a href="{BB_ROOT}/mod/page/view.php?id={cmid if t == p.title else 20500 + k}" class="courseindex-link text-truncate">{esc(t)}</a>'
        '</div></li>' for k, t in enumerate(titles))
    jump = "".join(f'<option value="/mod/page/view.php?id={20500 + k}&amp;forceview=1">{esc(t)}</option>'
                   for k, t in enumerate(titles) if t != p.title)
    prev_t, next_t = neighbours(p)
    prev_link = (f'<a href="{BB_ROOT}/mod/page/view.php?id={cmid - 1}" id="prev-activity-link" class="btn btn-link" '
                 f'title="{html.escape(prev_t)}">&#x25C4; {esc(prev_t)}</a>') if prev_t else ""
    next_link = (f'<a href="{BB_ROOT}/mod/page/view.php?id={cmid + 1}" id="next-activity-link" class="btn btn-link" '
                 f'title="{html.escape(next_t)}">{esc(next_t)} &#x25BA;</a>') if next_t else ""
    dhead, dtext = rng.choice(BB_DRAWER)
    dtext = dtext.format(topic=p.topic)
    cookie = ""
    if shown_on(site, "cookie", 6, p):
        cookie = ('<div class="bb-cookie-notice alert alert-dark fixed-bottom mb-0" data-region="cookie-notice" role="dialog">'
                  '<span>Brackenbury Learn keeps a session cookie so that you stay logged in between pages.</span> '
                  f'<a href="{BB_ROOT}/admin/tool/policy/view.php?policyid=2">Read the privacy notice</a> '
                  '<button type="button" class="btn btn-secondary btn-sm">Got it</button></div>')
        p.clutter += ["Brackenbury Learn keeps a session cookie so that you stay logged in between pages",
                      "Read the privacy notice"]
    p.clutter += ["Brackenbury Learn", "Dashboard", "My courses", "Library & Study Skills", "Skip to main content",
                  "You are currently using guest access", "Academic Writing Skills", "Exemplar essays", "Getting started",
                  "Course handbook", "Essay planning template", "Course index", "Completion requirements", f"{completion} View",
                  f"Opened: {opened}", f"Last modified: {modified}", "Jump to...", *(t for t in titles if t != p.title),
                  dhead, dtext, "Upcoming events", "There are no upcoming events", "Go to calendar...",
                  "Share this exemplar:", "Microsoft Teams", "Copy link", "Data retention summary", "Get the mobile app",
                  "Powered by Moodle", "Policies"]
    done_cls = "badge-success" if done else "badge-light"
    return f"""<!DOCTYPE html>

<html  dir="ltr" lang="en" xml:lang="en">
<head>
    <title>AWS101: {esc(p.title)} | Brackenbury Learn</title>
    <link rel="shortcut icon" href="{BB_ROOT}/theme/image.php/boost/theme/1697536823/favicon" />
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="moodle, AWS101: {html.escape(p.title)} | Brackenbury Learn" />
<link rel="stylesheet" type="text/css" href="{BB_ROOT}/theme/yui_combo.php?rollup/3.17.2/yui-moodlesimple-min.css" /><script id="firstthemesheet" type="text/css">/** Required in order to fix style inclusion problems in IE with YUI **/</script><link rel="stylesheet" type="text/css" href="{BB_ROOT}/theme/styles.php/boost/1697536823_1/all" />
<script>
//<![CDATA[
var M = {{}}; M.yui = {{}};
M.pageloadstarttime = new Date();
M.cfg = {{"wwwroot":"https:\\/\\/learn.brackenbury.ac.uk","homeurl":{{}},"sesskey":"{hexid(site, "sess", p.index, n=10)}","sessiontimeout":"28800","sessiontimeoutwarning":1200,"themerev":"1697536823","slasharguments":1,"theme":"boost","iconsystemmodule":"core\\/icon_system_fontawesome","jsrev":"1697536823","admin":"admin","svgicons":true,"usertimezone":"Europe\\/London","courseId":412,"courseContextId":{ctx - 1},"contextid":{ctx},"contextInstanceId":{cmid},"langrev":1697536823,"templaterev":"1697536823"}};var yui1ConfigFn = function(me) {{if(/-skin|reset|fonts|grids|base/.test(me.name)){{me.type='css';me.path=me.path.replace(/\\.js/,'.css');me.path=me.path.replace(/\\/yui2-skin/,'/assets/skins/sam/yui2-skin')}}}};
//]]>
</script>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
</head>
<body  id="page-mod-page-view" class="format-topics  path-mod path-mod-page chrome dir-ltr lang-en yui-skin-sam yui3-skin-sam learn-brackenbury-ac-uk pagelayout-incourse course-412 context-{ctx} cmid-{cmid} category-7 theme uses-drawers drawer-open-index">
<div class="toast-wrapper mx-auto py-0 fixed-top" role="status" aria-live="polite"></div>
<div id="page-wrapper" class="d-print-block">
    <div>
    <a class="sr-only sr-only-focusable" href="#maincontent">Skip to main content</a>
</div><script src="{BB_ROOT}/lib/javascript.php/1697536823/lib/polyfills/polyfill.js"></script>
<script src="{BB_ROOT}/theme/yui_combo.php?rollup/3.17.2/yui-moodlesimple-min.js"></script><script src="{BB_ROOT}/lib/javascript.php/1697536823/lib/javascript-static.js"></script>
    <nav class="navbar fixed-top navbar-light bg-white navbar-expand" aria-label="Site navigation">
        <button class="navbar-toggler aabtn d-block d-md-none px-1 my-1 border-0" data-toggler="drawers" data-action="toggle" data-target="theme_boost-drawers-primary"><span class="navbar-toggler-icon"></span><span class="sr-only">Side panel</span></button>
        <a href="{BB_ROOT}/my/" class="navbar-brand d-none d-md-flex align-items-center m-0 mr-4 p-0 aabtn">Brackenbury Learn</a>
            <div class="primary-navigation">
                <nav class="moremenu navigation observed">
                    <ul id="moremenu-{hexid(site, "moremenu", p.index, n=13)}-navbar-nav" role="menubar" class="nav more-nav navbar-nav">
                                <li data-key="home" class="nav-item" role="none" data-forceintomoremenu="false"><a role="menuitem" class="nav-link" href="{BB_ROOT}/" tabindex="-1">Home</a></li>
                                <li data-key="myhome" class="nav-item" role="none" data-forceintomoremenu="false"><a role="menuitem" class="nav-link" href="{BB_ROOT}/my/" tabindex="-1">Dashboard</a></li>
                                <li data-key="mycourses" class="nav-item" role="none" data-forceintomoremenu="false"><a role="menuitem" class="nav-link" href="{BB_ROOT}/my/courses.php" tabindex="-1">My courses</a></li>
                                <li data-key="{hexid(site, "custom")}" class="nav-item" role="none" data-forceintomoremenu="false"><a role="menuitem" class="nav-link" href="{BB_ROOT}/course/view.php?id=9" tabindex="-1">Library &amp; Study Skills</a></li>
                    </ul>
                </nav>
            </div>
            <div id="usernavigation" class="navbar-nav ml-auto">
                <div class="d-flex align-items-stretch usermenu-container" data-region="usermenu">
                    <div class="usermenu"><span class="login pl-2">You are currently using guest access (<a href="{BB_ROOT}/login/index.php">Log in</a>)</span></div>
                </div>
            </div>
    </nav>
<div  class="drawer drawer-left show d-print-none not-initialized" data-region="fixed-drawer" id="theme_boost-drawers-courseindex" data-preference="drawer-open-index" data-state="show-drawer-left" data-forceopen="0" data-close-on-resize="0">
    <div class="drawerheader"><button class="btn drawertoggle icon-no-margin hidden" data-toggler="drawers" data-action="closedrawer" data-target="theme_boost-drawers-courseindex" data-toggle="tooltip" data-placement="right" title="Close course index"><i class="icon fa fa-times fa-fw " aria-hidden="true"  ></i></button></div>
    <div class="drawercontent drag-container" data-usertour="scroller">
        <nav id="courseindex" class="courseindex"><div id="courseindex-content"><div data-region="loading-placeholder-content" aria-hidden="true" id="course-index-placeholder"></div>
            <h2 class="sr-only">Course index</h2>
            <ul class="courseindex-sectionlist">
            <li class="courseindex-section" data-for="section" data-id="3301"><div class="courseindex-item d-flex courseindex-section-title"><a href="{BB_ROOT}/course/view.php?id=412#section-0" class="courseindex-link text-truncate">Getting started</a></div>
                <ul class="courseindex-sectioncontent collapse show"><li class="courseindex-item" data-for="cm"><a href="{BB_ROOT}/mod/forum/view.php?id=19801" class="courseindex-link text-truncate">Announcements</a></li><li class="courseindex-item" data-for="cm"><a href="{BB_ROOT}/mod/resource/view.php?id=19802" class="courseindex-link text-truncate">Course handbook</a></li><li class="courseindex-item" data-for="cm"><a href="{BB_ROOT}/mod/resource/view.php?id=19803" class="courseindex-link text-truncate">Essay planning template</a></li></ul></li>
            <li class="courseindex-section current" data-for="section" data-id="3302"><div class="courseindex-item d-flex courseindex-section-title"><a href="{BB_ROOT}/course/section.php?id=3302" class="courseindex-link text-truncate">Exemplar essays</a></div>
                <ul class="courseindex-sectioncontent collapse show">{index_items}</ul></li>
            </ul>
        </div></nav>
    </div>
</div>
    <div id="page" data-region="mainpage" data-usertour="scroller" class="drawers show-drawer-left  drag-container">
        <div id="topofscroll" class="main-inner">
            <div class="drawer-toggles d-flex"><div class="drawer-toggler drawer-left-toggle open-nav d-print-none"><button class="btn icon-no-margin" data-toggler="drawers" data-action="toggle" data-target="theme_boost-drawers-courseindex" data-toggle="tooltip" data-placement="right" title="Open course index"><span class="sr-only">Open course index</span></button></div></div>
            <header id="page-header" class="header-maxwidth d-print-none">
    <div class="w-100">
        <div class="d-flex flex-wrap">
            <div id="page-navbar">
                <nav aria-label="Navigation bar">
    <ol class="breadcrumb">
                <li class="breadcrumb-item"><a href="{BB_ROOT}/course/view.php?id=412"  title="Academic Writing Skills">AWS101</a></li>
                <li class="breadcrumb-item"><a href="{BB_ROOT}/course/section.php?id=3302"  >Exemplar essays</a></li>
                <li class="breadcrumb-item"><a href="{url}"  aria-current="page" title="Page">{esc(p.title)}</a></li>
    </ol>
</nav>
            </div>
        </div>
        <div class="d-flex align-items-center">
                    <div class="mr-auto">
                        <div class="page-context-header"><div class="page-header-image mr-2"><div class="activityiconcontainer content courseicon"><img src="{BB_ROOT}/theme/image.php/boost/page/1697536823/monologo?filtericon=1" class="activityicon " alt=""  /></div></div><div class="page-header-headings"><div class="text-muted text-uppercase small line-height-3">Page</div><h1 class="h2">{esc(p.title)}</h1></div></div>
                    </div>
        </div>
    </div>
</header>
            <div id="page-content" class="pb-3 d-print-block">
                <div id="region-main-box">
                    <section id="region-main" aria-label="Content">

                        <span class="notifications" id="user-notifications">{announce}</span>
                        <div role="main"><span id="maincontent"></span><div class="activity-header" data-for="page-activity-header">
        <span class="sr-only">Completion requirements</span>
        <div data-region="activity-information" data-activityname="{html.escape(p.title)}" class="activity-information">
            <div class="completion-info" data-region="completion-info">
                <div class="d-flex">
                    <div class="automatic-completion-conditions" data-region ="completionrequirements" role="list" aria-label="Completion requirements for {html.escape(p.title)}">
                            <div class="badge badge-pill {done_cls} rounded-pill mb-1 text-truncate" role="listitem"><strong>{completion}</strong> View</div>
                    </div>
                </div>
            </div>
                <div data-region="activity-dates" class="activity-dates"><div><strong>Opened:</strong> {opened}</div></div>
        </div>
</div><div class="box py-3 generalbox center clearfix"><div class="no-overflow">{header}
{chr(10).join(pieces)}
{gate}
{refs}
{chr(10).join(tail)}
{cite}</div></div><div class="modified">Last modified: {modified}</div>
<div class="bb-share d-print-none" data-region="share"><span class="bb-share-label">Share this exemplar:</span> <a class="btn btn-link" href="https://teams.microsoft.com/share?href={quote(url, safe='')}">Microsoft Teams</a> <a class="btn btn-link" href="mailto:?subject={quote(p.title)}">Email</a> <button type="button" class="btn btn-link" data-action="copy-link">Copy link</button></div>
</div>
                    </section>
                </div>
            </div>
        </div>
                <div class="mt-5 mb-1 activity-navigation container-fluid">
<div class="row">
    <div class="col-md-4"><div class="float-left">{prev_link}</div></div>
    <div class="col-md-4"><div class="mdl-align"><div class="urlselect">
    <form method="post" action="{BB_ROOT}/course/jumpto.php" class="form-inline" id="url_select_f{hexid(site, "jump", p.index, n=13)}">
        <input type="hidden" name="sesskey" value="{hexid(site, "sess", p.index, n=10)}">
            <label for="jump-to-activity" class="sr-only">Jump to...</label>
        <select  id="jump-to-activity" class="custom-select urlselect" name="jump"><option value="" selected>Jump to...</option>{jump}</select>
            <noscript><input type="submit" class="btn btn-secondary ml-1" value="Go"></noscript>
    </form>
</div></div></div>
    <div class="col-md-4"><div class="float-right">{next_link}</div></div>
</div>
</div>
    </div>
<div  class="drawer drawer-right d-print-none not-initialized" data-region="fixed-drawer" id="theme_boost-drawers-blocks" data-preference="drawer-open-block" data-state="show-drawer-right" data-forceopen="" data-close-on-resize="1">
    <div class="drawercontent drag-container" data-usertour="scroller"><section class="d-print-none" aria-label="Blocks"><aside id="block-region-side-pre" class="block-region" data-blockregion="side-pre" data-droptarget="1">
<section id="inst{4000 + p.sample_id % 7}" class=" block_html block  card mb-3" role="complementary" data-block="html" aria-labelledby="instance-4001-header"><div class="card-body p-3"><h5 id="instance-4001-header" class="card-title d-inline">{esc(dhead)}</h5><div class="card-text content mt-3"><div class="no-overflow"><p dir="ltr">{esc(dtext)}</p></div></div></div></section>
<section id="inst4002" class=" block_calendar_upcoming block  card mb-3" role="complementary" data-block="calendar_upcoming"><div class="card-body p-3"><h5 class="card-title d-inline">Upcoming events</h5><div class="card-text content mt-3"><div id="{yid()}" data-template="core_calendar/upcoming_mini"><div class="text-center"><span class="text-muted">There are no upcoming events</span></div></div><div class="footer"><div class="gotocal"><a href="{BB_ROOT}/calendar/view.php?view=upcoming&amp;course=412">Go to calendar...</a></div></div></div></div></section>
</aside></section></div>
</div>
    <footer id="page-footer" class="footer-popover bg-white">
        <div class="footer-content-popover container" data-region="footer-content-popover">
                <div class="footer-section p-3 border-bottom"><div class="logininfo">You are currently using guest access (<a href="{BB_ROOT}/login/index.php">Log in</a>)</div>
                <div class="tool_usertours-resettourcontainer"></div></div>
            <div class="footer-section p-3 border-bottom"><div class="tool_dataprivacy"><a href="{BB_ROOT}/admin/tool/dataprivacy/summary.php">Data retention summary</a></div><div><a class="mobilelink" href="https://moodle.com/app/">Get the mobile app</a></div><div class="policiesfooter"><a href="{BB_ROOT}/admin/tool/policy/viewall.php?returnurl=https%3A%2F%2Flearn.brackenbury.ac.uk%2Fmod%2Fpage%2Fview.php%3Fid%3D{cmid}">Policies</a></div></div>
            <div class="footer-section p-3"><div>Powered by <a href="https://moodle.com">Moodle</a></div></div>
        </div>
        <div class="footer-content-debugging footer-dark bg-dark text-light"><div class="container-fluid footer-dark-inner"></div></div>
    </footer>
</div>
{cookie}
<script>
//<![CDATA[
var require = {{ baseUrl : '{BB_ROOT}/lib/requirejs.php/1697536823/', enforceDefine: true, skipDataMain: true, waitSeconds : 0 }};
M.util.js_pending('core/first'); require(['core/first'], function() {{ require(['theme_boost/loader', 'theme_boost/drawer'], function(Loader, Drawer) {{ Drawer.init(); M.util.js_complete('theme_boost/loader'); }}); }});
//]]>
</script>
</body>
</html>
"""


# ---- 2. tollgate: phpBB 3.0 (prosilver), a forum topic; NO URL at all; one essay on two pages -----------------

TG_RULES = ("Essays in the Swap are shared for feedback only. Be kind, be specific, and never submit anything you read "
            "here as your own work.")
TG_DISCLAIMER = "Shared for feedback under the Swap rules. Please do not hand this essay in as your own."
TG_ASKS = ["whether my conclusion follows from the rest", "paragraph structure, mostly", "my use of evidence",
           "anything at all, honestly", "the introduction, which I rewrote four times", "flow between paragraphs",
           "whether the argument on {topic} is clear enough"]
TG_MODNOTES = [
    "Topic moved to the right subforum. Please check the subject list before posting.",
    "Title edited to match the essay's real title, as the Swap rules ask.",
    "Member's real name removed from the post at their request.",
    "Two links to an essay-writing service removed from this post.",
    "Reminder: feedback on {topic} essays should be about the writing, not the opinions.",
    "Mark confirmed by the poster's marked script, sent to the moderators.",
]
TG_SIGS = ["Currently drowning in reading lists.", "First-year, second attempt at everything.",
           "Proofreading swaps welcome, send me a PM.", "If it can be said in fewer words, it should be.",
           "Tea first, essays second.", "Semicolons are not a personality; mine disagrees."]
TG_REPLIES = [
    "Really enjoyed this. Your second paragraph is the strongest part for me, it does exactly what the question asks.",
    "Thanks for posting. I would cut the opening sentence, it repeats the title without adding anything.",
    "This helped a lot with my own essay on {topic}, thank you for sharing it.",
    "Good stuff. One small thing: a couple of your claims could use a source next to them.",
    "I think the conclusion is a bit rushed compared with the rest, but the argument is solid.",
    "Saving this one. The way you bring in the counter-argument is really neat.",
    "Did your tutor say anything about the length? It reads well but feels long for the word limit.",
    "Nice one. Could you post the question you were answering? It would help with the feedback.",
]
TG_ADS = [
    ("Essay Swap Supporters", "Keep the Swap free for everyone. Supporters get a badge, a bigger inbox and no adverts, for the "
     "price of a sandwich a month."),
    ("Exam Week Meet-up", "Members are meeting in the Central Library café on the first Saturday of the month to swap printed "
     "drafts. Everyone is welcome."),
]
TG_FORUMS = ["Noticeboard", "Introduce yourself", "The Essay Swap", "Feedback etiquette", "Off topic"]


def tollgate(p: Page) -> str:
    rng = p.rng
    site = "tollgate"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    topic_id, pid, uid = 2000 + p.sample_id, 40000 + p.sample_id * 3, 100 + p.sample_id % 900
    sid = hexid(site, "sid", p.index, n=32)
    forum = 10 + sum(map(ord, p.category)) % 40

    def link(path: str) -> str:
        return f"./{path}{'&amp;' if '?' in path else '?'}sid={sid}"

    def when(d: datetime) -> str:
        return d.strftime("%a %b %d, %Y %-I:%M %p").replace("AM", "am").replace("PM", "pm")

    kinds, parts = [], []
    for kind, value in p.visible():
        if kind == "heading":
            parts.append(f'<span style="font-size: 150%; line-height: 116%;"><span style="font-weight: bold">{esc(value)}</span></span>')
        elif kind == "paragraph":
            parts.append(esc(value))
        elif kind == "quote":
            parts.append(f'<blockquote class="uncited"><div>{esc(value)}</div></blockquote>')
        else:
            ordered, items = value
            parts.append(('<ol style="list-style-type: decimal">' if ordered else "<ul>")
                         + "".join(f"<li>{esc(i)}</li>" for i in items) + ("</ol>" if ordered else "</ul>"))
        kinds.append(kind)
    # The board's posting template: info lines, then the essay. The disclaimer line sits under the info lines or after
    # the essay (posters move it), and a moderator's note is edited into most posts.
    length = f"{fmt_int(p.words)} words ({plural(p.pages, 'side')} of A4)"
    post_rng = random.Random(f"{SEED}:{site}:post:{topic_id}")  # what the poster wrote: the same on both saves of a topic
    ask = post_rng.choice(TG_ASKS).format(topic=p.topic)
    info = (f'<span style="font-weight: bold">Length:</span> {length}<br /><span style="font-weight: bold">Level:</span> '
            f'{esc(p.level)}<br /><span style="font-weight: bold">Mark received:</span> {esc(p.grade)}<br />'
            f'<span style="font-weight: bold">Feedback wanted on:</span> {esc(ask)}')
    p.clutter += ["Length:", length, "Mark received:", "Feedback wanted on:", ask]
    disclaimer = f'<span style="font-style: italic">{esc(TG_DISCLAIMER)}</span>'
    p.clutter.append(TG_DISCLAIMER)
    if shown_on(site, "modnote", 13, p):
        note = note_for(TG_MODNOTES, p)
        at = spot(len(parts), rng, 1, 5)
        parts.insert(at, f'<span style="color: #BF0000"><span style="font-weight: bold">Mod note:</span> {esc(note)}</span>')
        kinds.insert(at, "paragraph")
        p.clutter += ["Mod note:", note]
    if post_rng.random() < 0.5:
        parts.insert(0, disclaimer)
        kinds.insert(0, "paragraph")
        end = []
    else:
        end = [disclaimer]
    body = info + "<br /><br />"
    for i, (kind, part) in enumerate(zip(kinds, parts)):
        body += part
        if i + 1 < len(parts):
            body += "<br />" if kind == "heading" else "" if kind in ("list", "quote") else "<br /><br />"
    if p.cut is not None:
        more = p.rest_words()
        body += ('<div class="hidebox"><div class="hidebox_title">Hidden content</div><div class="hidebox_hidden">The remaining '
                 f'{fmt_int(more)} words of this essay are visible to registered members. Please <a href="{link("ucp.php?mode=login")}">'
                 f'log in</a> or <a href="{link("ucp.php?mode=register")}">register</a> to read them.</div></div>')
        p.clutter += ["Hidden content", f"The remaining {fmt_int(more)} words of this essay are visible to registered members",
                      "Please log in or register to read them"]
    if p.refs:
        body += ('<br /><br /><span style="font-weight: bold">Works Cited</span><br />'
                 + "<br />".join(mk for _, mk in p.refs))
    for e in end:
        body += "<br /><br />" + e
    last, first_name = p.author.split()[-1], p.author.split()[0]
    ref = (f"{last}, {first_name[0]}. ({p.date.year}) '{p.title}'. Posted by {p.username} in The Essay Swap, Tollgate "
           f"Scholars, topic {topic_id}.")
    body += f'<br /><br /><span style="font-weight: bold">To reference:</span> {esc(ref)}'
    p.clutter += ["To reference:", ref]
    edited = ""
    if shown_on(site, "edited", 5, p):
        times = rng.randint(1, 4)
        text = f"Last edited by {p.username} on {when(p.stamp + timedelta(hours=rng.randint(2, 300)))}, edited {plural(times, 'time')} in total."
        edited = f'<div class="notice">{text}</div>'
        p.clutter.append(text)
    sig = post_rng.choice(TG_SIGS)
    p.clutter.append(sig)
    posts_by = rng.randint(3, 900)
    joined = p.stamp - timedelta(days=rng.randint(30, 1500))

    def post(post_id: int, user: str, user_id: int, subject: str, stamp: datetime, content: str, bg: int, extra: str = "",
             rank: str = "Swapper", posts: int = 10, since: datetime | None = None) -> str:
        since = since or stamp - timedelta(days=200)
        p.clutter.extend([f"by {user} » {when(stamp)}", f"Posts: {posts}", f"Joined: {when(since)}"])
        return f"""<div id="p{post_id}" class="post bg{bg}">
		<div class="inner"><span class="corners-top"><span></span></span>
		<div class="postbody">
			<ul class="profile-icons">
				<li class="report-icon"><a href="{link(f"report.php?f={forum}&amp;p={post_id}")}" title="Report this post"><span>Report this post</span></a></li>
				<li class="quote-icon"><a href="{link(f"posting.php?mode=quote&amp;f={forum}&amp;p={post_id}")}" title="Reply with quote"><span>Reply with quote</span></a></li>
			</ul>
			<h3{' class="first"' if bg == 2 and post_id == pid else ''}><a href="#p{post_id}">{esc(subject)}</a></h3>
			<p class="author"><a href="{link(f"viewtopic.php?p={post_id}#p{post_id}")}"><img src="./styles/prosilver/imageset/icon_post_target.gif" width="11" height="9" alt="Post" title="Post" /></a>by <strong><a href="{link(f"memberlist.php?mode=viewprofile&amp;u={user_id}")}">{user}</a></strong> &raquo; {when(stamp)} </p>
			<div class="content">{content}</div>
			{extra}
		</div>
		<dl class="postprofile" id="profile{post_id}">
			<dt><a href="{link(f"memberlist.php?mode=viewprofile&amp;u={user_id}")}">{user}</a></dt>
			<dd>{rank}</dd>
			<dd>&nbsp;</dd>
			<dd><strong>Posts:</strong> {posts}</dd><dd><strong>Joined:</strong> {when(since)}</dd>
		</dl>
		<div class="back2top"><a href="#wrap" class="top" title="Top">Top</a></div>
		<span class="corners-bottom"><span></span></span></div>
	</div>
	<hr class="divider" />"""

    posts = [post(pid, p.username, uid, p.title, p.stamp, body, 2,
                  f'{edited}<div id="sig{pid}" class="signature">{esc(sig)}</div>', "Regular swapper", posts_by, joined)]
    turn = rank_on(site, "ad", 4, p)
    if turn is not None:  # a sponsored pseudo-post after the first post, on 4 of 18 pages
        ahead, atext = TG_ADS[turn % len(TG_ADS)]
        posts.append(f'<div class="post bg3 tg-sponsor"><div class="inner"><span class="corners-top"><span></span></span>'
                     f'<div class="postbody"><h3>{esc(ahead)}</h3><p class="author">by <strong>Tollgate Scholars</strong></p>'
                     f'<div class="content">{esc(atext)}</div></div><span class="corners-bottom"><span></span></span></div></div>'
                     '<hr class="divider" />')
        p.clutter += [ahead, atext]
    # The thread's replies belong to the topic (a later save of the same topic shows the same first replies); how many
    # there are so far is the page's own.
    n_replies = rng.choice([0, 1, 1, 2, 2, 3])
    stamp = p.stamp
    for k, text in enumerate(post_rng.sample(TG_REPLIES, 3)[:n_replies]):
        stamp += timedelta(hours=post_rng.randint(1, 90), minutes=post_rng.randint(0, 59))
        user = post_rng.choice([u for u in USERNAMES if u != p.username])
        text = text.format(topic=p.topic)
        posts.append(post(pid + 7 + k * 5, user, 100 + post_rng.randint(0, 899), f"Re: {p.title}", stamp, esc(text), 1 + k % 2,
                          posts=post_rng.randint(1, 1200)))
        p.clutter += [text, f"Re: {p.title}"]
    count = f"{plural(1 + n_replies, 'post')} • Page 1 of 1"
    similar = ""
    for t in p.related:
        replies, views = rng.randint(0, 14), rng.randint(40, 4000)
        user = rng.choice(USERNAMES)
        last_at = when(datetime(2019, 1, 1) + timedelta(minutes=rng.randint(0, 3_000_000)))
        similar += (f'<li class="row bg{1 + len(similar) % 2}"><dl class="icon" style="background-image: url(./styles/prosilver/imageset/topic_read.gif); background-repeat: no-repeat;">'
                    f'<dt><a href="{link(f"viewtopic.php?f={forum}&amp;t={3000 + rng.randint(0, 5000)}")}" class="topictitle">{esc(t)}</a><br />'
                    f'by <a href="{link("memberlist.php?mode=viewprofile&amp;u=" + str(rng.randint(2, 999)))}">{user}</a> &raquo; in The Essay Swap</dt>'
                    f'<dd class="posts">{replies}</dd><dd class="views">{views}</dd><dd class="lastpost"><span>by {user}<br />{last_at}</span></dd></dl></li>')
        p.clutter += [t, last_at]
    guests = rng.randint(2, 60)
    online = f"Users browsing this forum: No registered users and {plural(guests, 'guest')}"
    cookie = ""
    if shown_on(site, "cookie", 6, p):
        cookie = (f'<div id="cookie-notice" class="cookie-notice"><span>This board uses cookies to keep you logged in and to '
                  f'remember which topics you have read.</span> <a href="{link("ucp.php?mode=privacy")}">Privacy</a> '
                  '<input type="button" class="button2" value="Fine by me" /></div>')
        p.clutter += ["This board uses cookies to keep you logged in and to remember which topics you have read"]
    p.clutter += [count, online, "Tollgate Scholars", "Swap essays, get honest feedback, pass it on", "Skip to content",
                  "Advanced search", "Board index", "The Essay Swap", "Change font size", "Print view", "Register",
                  "Forum rules", TG_RULES, "Post a reply", "Report this post", "Reply with quote", "Regular swapper",
                  "Similar topics", "Last post", "Share this topic:", "Reddit", "E-mail friend", f"Return to {p.category}",
                  "Jump to:", "Select a forum", *TG_FORUMS, "Who is online", "The team", "Delete all board cookies",
                  "All times are UTC", "Powered by phpBB © 2000, 2002, 2005, 2007 phpBB Group",
                  "Tollgate Scholars is run by volunteers"]
    jump = "".join(f'<option value="{k}">{"&nbsp; &nbsp;" if k > 2 else ""}{esc(f)}</option>' for k, f in enumerate(TG_FORUMS, 1))
    crumbs = (f'<a href="{link("index.php")}" accesskey="h">Board index</a>  <strong>&#8249;</strong> '
              f'<a href="{link("viewforum.php?f=3")}">The Essay Swap</a> <strong>&#8249;</strong> '
              f'<a href="{link(f"viewforum.php?f={forum}")}">{esc(p.category)}</a>')
    actions = (f'<div class="topic-actions"><div class="buttons"><div class="reply-icon"><a href="{link(f"posting.php?mode=reply&amp;f={forum}&amp;t={topic_id}")}" '
               f'title="Post a reply"><span></span>Post a reply</a></div></div>'
               f'<div class="pagination">{count.replace("•", "&bull;").replace("Page 1 of 1", "Page <strong>1</strong> of <strong>1</strong>")}</div></div>')
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">
<html dir="ltr" lang="en-gb" xml:lang="en-gb">
<head>

<meta http-equiv="content-type" content="text/html; charset=UTF-8" />
<meta http-equiv="content-style-type" content="text/css" />
<meta http-equiv="content-language" content="en-gb" />
<meta http-equiv="imagetoolbar" content="no" />
<meta name="resource-type" content="document" />
<meta name="distribution" content="global" />
<meta name="keywords" content="" />
<meta name="description" content="" />

<title>Tollgate Scholars &bull; View topic - {esc(p.title)}</title>

<link rel="alternate" type="application/atom+xml" title="Feed - Tollgate Scholars" href="./feed.php" /><link rel="alternate" type="application/atom+xml" title="Feed - Topic - {html.escape(p.title)}" href="./feed.php?f={forum}&amp;t={topic_id}" />

<script type="text/javascript">
// <![CDATA[
	var jump_page = 'Enter the page number you wish to go to:';
	var on_page = '1';
	var per_page = '';
	var base_url = '';
	var style_cookie = 'phpBBstyle';
	var style_cookie_settings = '; path=/; domain=tollgate-scholars';
	var onload_functions = new Array();
	var onunload_functions = new Array();
// ]]>
</script>
<script type="text/javascript" src="./styles/prosilver/template/styleswitcher.js"></script>
<script type="text/javascript" src="./styles/prosilver/template/forum_fn.js"></script>

<link href="./styles/prosilver/theme/print.css" rel="stylesheet" type="text/css" media="print" title="printonly" />
<link href="./style.php?id=1&amp;lang=en&amp;sid={sid}" rel="stylesheet" type="text/css" media="screen, projection" />
<link href="./styles/prosilver/theme/normal.css" rel="stylesheet" type="text/css" title="A" />
<link href="./styles/prosilver/theme/medium.css" rel="alternate stylesheet" type="text/css" title="A+" />
<link href="./styles/prosilver/theme/large.css" rel="alternate stylesheet" type="text/css" title="A++" />

</head>

<body id="phpbb" class="section-viewtopic ltr">

<div id="wrap">
	<a id="top" name="top" accesskey="t"></a>
	<div id="page-header">
		<div class="headerbar">
			<div class="inner"><span class="corners-top"><span></span></span>

			<div id="site-description">
				<a href="{link("index.php")}" title="Board index" id="logo"><img src="./styles/prosilver/imageset/site_logo.gif" width="139" height="52" alt="" title="" /></a>
				<h1>Tollgate Scholars</h1>
				<p>Swap essays, get honest feedback, pass it on</p>
				<p class="skiplink"><a href="#start_here">Skip to content</a></p>
			</div>

			<div id="search-box">
				<form action="{link("search.php")}" method="get" id="search">
				<fieldset>
					<input name="keywords" id="keywords" type="text" maxlength="128" title="Search for keywords" class="inputbox search" value="Search…" onclick="if(this.value=='Search…')this.value='';" onblur="if(this.value=='')this.value='Search…';" />
					<input class="button2" value="Search" type="submit" /><br />
					<a href="{link("search.php")}" title="View the advanced search options">Advanced search</a> <input type="hidden" name="sid" value="{sid}" />
				</fieldset>
				</form>
			</div>

			<span class="corners-bottom"><span></span></span></div>
		</div>

		<div class="navbar">
			<div class="inner"><span class="corners-top"><span></span></span>

			<ul class="linklist navlinks">
				<li class="icon-home">{crumbs}</li>

				<li class="rightside"><a href="#" onclick="fontsizeup(); return false;" onkeypress="return fontsizeup(event);" class="fontsize" title="Change font size">Change font size</a></li>

				<li class="rightside"><a href="{link(f"viewtopic.php?f={forum}&amp;t={topic_id}&amp;view=print")}" title="Print view" accesskey="p" class="print">Print view</a></li>
			</ul>

			<ul class="linklist rightside">
				<li class="icon-faq"><a href="{link("faq.php")}" title="Frequently Asked Questions">FAQ</a></li>
				<li class="icon-register"><a href="{link("ucp.php?mode=register")}">Register</a></li>
				<li class="icon-logout"><a href="{link("ucp.php?mode=login")}" title="Login" accesskey="x">Login</a></li>
			</ul>

			<span class="corners-bottom"><span></span></span></div>
		</div>

	</div>

	<a name="start_here"></a>
	<div id="page-body">

<h2><a href="{link(f"viewtopic.php?f={forum}&amp;t={topic_id}")}">{esc(p.title)}</a></h2>
<!-- NOTE: remove the style="display: none" when you want to have the forum description on the topic body -->
	<div class="rules">
		<div class="inner"><span class="corners-top"><span></span></span>
			<strong>Forum rules</strong><br />
			{esc(TG_RULES)}
		<span class="corners-bottom"><span></span></span></div>
	</div>

{actions}
<div class="clear"></div>

	{chr(10).join(posts)}

{actions}
	<div class="share-topic"><span>Share this topic:</span> <a href="{link(f"share.php?t={topic_id}&amp;to=facebook")}">Facebook</a> &bull; <a href="{link(f"share.php?t={topic_id}&amp;to=reddit")}">Reddit</a> &bull; <a href="{link(f"memberlist.php?mode=email&amp;t={topic_id}")}">E-mail friend</a></div>

	<div class="forumbg">
		<div class="inner"><span class="corners-top"><span></span></span>
		<ul class="topiclist">
			<li class="header"><dl class="icon"><dt>Similar topics</dt><dd class="posts">Replies</dd><dd class="views">Views</dd><dd class="lastpost"><span>Last post</span></dd></dl></li>
		</ul>
		<ul class="topiclist topics">{similar}</ul>
		<span class="corners-bottom"><span></span></span></div>
	</div>

	<p></p><p><a href="{link(f"viewforum.php?f={forum}")}" class="left-box left" accesskey="r">Return to {esc(p.category)}</a></p>

	<form method="post" id="jumpbox" action="{link("viewforum.php")}" onsubmit="if(this.f.value == -1){{return false;}}">
	<fieldset class="jumpbox">
			<label for="f" accesskey="j">Jump to:</label>
			<select name="f" id="f" onchange="if(this.options[this.selectedIndex].value != -1){{ document.forms['jumpbox'].submit() }}">
				<option value="-1">Select a forum</option>
				<option value="-1">------------------</option>{jump}
			</select>
			<input type="submit" value="Go" class="button2" />
	</fieldset>
	</form>

	<h3>Who is online</h3>
	<p>{online}</p>
</div>

<div id="page-footer">

	<div class="navbar">
		<div class="inner"><span class="corners-top"><span></span></span>

		<ul class="linklist">
			<li class="icon-home"><a href="{link("index.php")}" accesskey="h">Board index</a></li>
				<li class="rightside"><a href="{link("memberlist.php?mode=leaders")}">The team</a> &bull; <a href="{link("ucp.php?mode=delete_cookies")}">Delete all board cookies</a> &bull; All times are UTC </li>
		</ul>

		<span class="corners-bottom"><span></span></span></div>
	</div>

	<div class="copyright">Powered by phpBB &copy; 2000, 2002, 2005, 2007 phpBB Group
		<br />Tollgate Scholars is run by volunteers. Letters to the moderators go through the Noticeboard.
	</div>
</div>

</div>

<div>
	<a id="bottom" name="bottom" accesskey="z"></a>
	<img src="./cron.php?cron_type=tidy_sessions&amp;sid={sid}" width="1" height="1" alt="cron" />
</div>
{cookie}
</body>
</html>
"""


# ---- 3. hollowmere: MkDocs + Material for MkDocs 9, canonical only; the "About this essay" box moves ----------

HM_ROOT = "https://notes.hollowmere.sch.uk"
HM_REPO = "https://github.com/hollowmere-sixth/study-notes"
HM_BANNERS = [
    "Mock exam timetables for Year 13 are now on the <a href=\"../../exams/\">exams page</a>.",
    "New this term: twelve more exemplar essays, added to the list on the left.",
    "The humanities office is closed for half term. Printed study packs can be collected from reception.",
]
HM_NOTES = [
    "Read this one for the way the argument is built, not for the facts: some of them have moved on since it was written.",
    "The writer planned for ten minutes before starting. It shows in how little the essay wanders.",
    "Moderated at the top of its band. The two weakest paragraphs are still worth studying.",
    "A useful model for the comparative question on {topic} that comes up most years.",
    "Notice how short the quotations are. Long quotations rarely earn marks on their own.",
    "We discuss this essay in the Year 13 seminar on {topic}; bring annotated copies.",
]
HM_TIPS = [
    ("Exam tip", "In timed conditions, write your conclusion's first sentence before you start the essay. It keeps you on "
     "course."),
    ("Exam tip", "Markers reward an essay on {topic} that answers the question set, not the one you revised for."),
]
HM_DISCLAIMER = ("These essays are published for study. Reusing their wording in your own coursework is malpractice and "
                 "will be reported to the exam board.")
HM_PLACES = ["top"] * 6 + ["middle"] * 6 + ["end"] * 6


def hollowmere(p: Page) -> str:
    rng = p.rng
    site = "hollowmere"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    url = f"{HM_ROOT}/essays/{slug(p.title)}/"
    ids: dict[str, int] = {}

    def anchor(text: str) -> str:
        base = re.sub(r"[^\w\s-]", "", text.lower()).strip()
        base = re.sub(r"[\s-]+", "-", base) or "section"
        k = ids.get(base, 0)
        ids[base] = k + 1
        return base if k == 0 else f"{base}_{k}"

    heads: list[tuple[str, str]] = []
    pieces = []
    for kind, value in p.visible():
        if kind == "heading":
            a = anchor(value)
            heads.append((a, value))
            pieces.append(f'<h2 id="{a}">{esc(value)}<a class="headerlink" href="#{a}" title="Permanent link">&para;</a></h2>')
        elif kind == "paragraph":
            pieces.append(f"<p>{esc(value)}</p>")
        elif kind == "quote":
            pieces.append(f"<blockquote>\n<p>{esc(value)}</p>\n</blockquote>")
        else:
            ordered, items = value
            tag = "ol" if ordered else "ul"
            pieces.append(f"<{tag}>\n" + "\n".join(f"<li>{esc(i)}</li>" for i in items) + f"\n</{tag}>")
    n_essay = len(pieces)
    if shown_on(site, "note", 14, p):  # the teacher's note, a collapsible details block
        note = note_for(HM_NOTES, p)
        pieces.insert(spot(n_essay, rng, 2, 5), f'<details class="note">\n<summary>Teacher\'s note</summary>\n<p>{esc(note)}</p>\n</details>')
        p.clutter += ["Teacher's note", note]
    turn = rank_on(site, "tip", 4, p)
    if turn is not None:
        thead, ttext = HM_TIPS[turn % len(HM_TIPS)]
        ttext = ttext.format(topic=p.topic)
        pieces.insert(rng.randint(1, len(pieces) - 1),
                      f'<div class="admonition tip">\n<p class="admonition-title">{thead}</p>\n<p>{esc(ttext)}</p>\n</div>')
        p.clutter += [thead, ttext]
    pieces.insert(rng.randint(1, len(pieces) - 1),
                  f'<div class="admonition warning">\n<p class="admonition-title">Academic honesty</p>\n<p>{esc(HM_DISCLAIMER)}</p>\n</div>')
    p.clutter += ["Academic honesty", HM_DISCLAIMER]
    # The writer's box, placed where each page's author put it: before the essay, inside it, or after it.
    places = HM_PLACES[:]
    random.Random(f"{SEED}:{site}:about").shuffle(places)
    place = places[p.index - 1]
    stats = f"Runs to {fmt_int(p.words)} words ({plural(p.pages, 'page')} handwritten)"
    by = f"{p.author}, {p.level}, {p.date.strftime('%B %Y')}"
    awarded = f"Awarded {p.grade} at moderation"
    about = (f'<div class="admonition info">\n<p class="admonition-title">About this essay</p>\n<p>{esc(stats)}<br>\n{esc(by)}<br>\n'
             f'{esc(awarded)}</p>\n</div>')
    p.clutter += ["About this essay", stats, by, awarded]
    if place == "top":
        pieces.insert(0, about)
    elif place == "middle":
        pieces.insert(spot(len(pieces), rng, 2, len(pieces) - 2), about)
    else:
        pieces.append(about)
    if p.cut is not None:
        more = p.rest_words()
        pieces.append(f'<div class="admonition abstract">\n<p class="admonition-title">Extract only</p>\n<p>This page shows the '
                      f'opening of the essay. The remaining {fmt_int(more)} words are in the printed Year 13 study pack, '
                      'available from the humanities office.</p>\n</div>')
        p.clutter += ["Extract only", "This page shows the opening of the essay",
                      f"The remaining {fmt_int(more)} words are in the printed Year 13 study pack, available from the humanities office"]
    if p.refs:
        a = anchor("Works Cited")
        heads.append((a, "Works Cited"))
        pieces.append(f'<h2 id="{a}">Works Cited<a class="headerlink" href="#{a}" title="Permanent link">&para;</a></h2>\n'
                      + "\n".join(f"<p>{mk}</p>" for _, mk in p.refs))
    last, first_name = p.author.split()[-1], p.author.split()[0]
    apa = f"{last}, {first_name[0]}. ({p.date.year}). {p.title}. Hollowmere Study Notes. {url}"
    p.clutter += ["Referencing this page", apa]
    created = p.date.strftime("%B %-d, %Y")
    updated = (p.date + timedelta(days=rng.randint(3, 500))).strftime("%B %-d, %Y")
    teacher = rng.choice(["Ms R. Achterberg", "Mr D. Osei", "Dr H. Lyle", "Mrs P. Gorman"])
    p.clutter += [created, updated, teacher]
    banner = rng.choice(HM_BANNERS)
    p.clutter.append(re.sub(r"<[^>]+>", "", banner))
    titles = unique_titles(p)
    nav = "\n".join(
        (f'<li class="md-nav__item md-nav__item--active">\n<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">\n'
         f'<a href="./" class="md-nav__link md-nav__link--active"><span class="md-ellipsis">{esc(t)}</span></a>\n</li>')
        if t == p.title else
        f'<li class="md-nav__item"><a href="../{slug(t)}/" class="md-nav__link"><span class="md-ellipsis">{esc(t)}</span></a></li>'
        for t in titles)
    p.clutter += [t for t in titles if t != p.title]
    toc = ""
    if len(heads) >= 2:
        toc = ('<nav class="md-nav md-nav--secondary" aria-label="On this page">\n<label class="md-nav__title" for="__toc">'
               '<span class="md-nav__icon md-icon"></span>On this page</label>\n<ul class="md-nav__list" data-md-component="toc" '
               'data-md-scrollfix>\n' + "\n".join(f'<li class="md-nav__item"><a href="#{a}" class="md-nav__link"><span '
                                                   f'class="md-ellipsis">{esc(h)}</span></a></li>' for a, h in heads)
               + "\n</ul>\n</nav>")
        p.clutter.append("On this page")
    prev_t, next_t = neighbours(p)
    foot = ""
    if prev_t:
        foot += (f'<a href="../{slug(prev_t)}/" class="md-footer__link md-footer__link--prev" aria-label="Previous: {html.escape(prev_t)}">'
                 '<div class="md-footer__button md-icon"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M20 11v2H8l5.5 5.5-1.42 1.42L4.16 12l7.92-7.92L13.5 5.5 8 11h12Z"/></svg></div>'
                 f'<div class="md-footer__title"><span class="md-footer__direction">Previous</span><div class="md-ellipsis">{esc(prev_t)}</div></div></a>')
    if next_t:
        foot += (f'<a href="../{slug(next_t)}/" class="md-footer__link md-footer__link--next" aria-label="Next: {html.escape(next_t)}">'
                 f'<div class="md-footer__title"><span class="md-footer__direction">Next</span><div class="md-ellipsis">{esc(next_t)}</div></div>'
                 '<div class="md-footer__button md-icon"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M4 11v2h12l-5.5 5.5 1.42 1.42L19.84 12l-7.92-7.92L10.5 5.5 16 11H4Z"/></svg></div></a>')
    consent = ""
    if shown_on(site, "cookie", 6, p):
        consent = ('<div class="md-consent" data-md-component="consent" id="__consent">\n<div class="md-consent__overlay"></div>\n'
                   '<aside class="md-consent__inner">\n<form class="md-consent__form md-grid md-typeset" name="consent">\n'
                   '<h4>Cookie consent</h4>\n<p>This site counts visits with a cookie so that the faculty can see which notes '
                   'students actually read. Nothing else is stored.</p>\n<input class="md-toggle" type="checkbox" id="__settings">\n'
                   '<div class="md-consent__controls">\n<button class="md-button md-button--primary">Accept</button>\n'
                   '<button type="reset" class="md-button md-button--primary">Reject</button>\n<label class="md-button" '
                   'for="__settings">Manage settings</label>\n</div>\n</form>\n</aside>\n</div>')
        p.clutter += ["Cookie consent", "This site counts visits with a cookie so that the faculty can see which notes students "
                      "actually read", "Manage settings"]
    p.clutter += ["Hollowmere Study Notes", "Skip to content", "Initializing search", "Exemplar essays", "Revision guides",
                  "Essay skills", "For staff", "About the exemplars", "hollowmere-sixth/study-notes", "Was this exemplar useful?",
                  "Thanks! Tell your teacher which parts helped", "Sorry to hear that", "feedback form", "Pass it on:",
                  "Google Classroom", "Microsoft Teams", "© 2024 Hollowmere Sixth Form Humanities Faculty",
                  "Essays appear with their writers' permission", "Made with Material for MkDocs", "Back to top"]
    return f"""
<!doctype html>
<html lang="en" class="no-js">
  <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width,initial-scale=1">
        <meta name="description" content="Exemplar essays and study notes from the Hollowmere Sixth Form humanities faculty">
        <meta name="author" content="Hollowmere Humanities Faculty">
        <link rel="canonical" href="{url}">
        {f'<link rel="prev" href="../{slug(prev_t)}/">' if prev_t else ''}
        {f'<link rel="next" href="../{slug(next_t)}/">' if next_t else ''}
      <link rel="icon" href="../../assets/images/favicon.png">
      <meta name="generator" content="mkdocs-1.6.0, mkdocs-material-9.5.27">
        <title>{esc(p.title)} - Hollowmere Study Notes</title>
      <link rel="stylesheet" href="../../assets/stylesheets/main.6543a935.min.css">
        <link rel="stylesheet" href="../../assets/stylesheets/palette.06af60db.min.css">
        <link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
        <link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Source+Serif+4:300,300i,400,400i,700,700i%7CJetBrains+Mono:400,400i,700,700i&display=fallback">
        <style>:root{{--md-text-font:"Source Serif 4";--md-code-font:"JetBrains Mono"}}</style>
      <script>__md_scope=new URL("../..",location),__md_hash=e=>[...e].reduce((e,_)=>(e<<5)-e+_.charCodeAt(0),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{{try{{_.setItem(a.pathname+"."+e,JSON.stringify(_))}}catch(e){{}}}}</script>
  </head>
  <body dir="ltr" data-md-color-scheme="default" data-md-color-primary="teal" data-md-color-accent="amber">
    <input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
    <input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">
    <label class="md-overlay" for="__drawer"></label>
    <div data-md-component="skip">
        <a href="#{heads[0][0] if heads else slug(p.title)}" class="md-skip">Skip to content</a>
    </div>
    <div data-md-component="announce">
        <aside class="md-banner">
          <div class="md-banner__inner md-grid md-typeset">
            <button class="md-banner__button md-icon" aria-label="Don't show this again"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12 19 6.41Z"/></svg></button>
            {banner}
          </div>
        </aside>
    </div>
<header class="md-header md-header--shadow md-header--lifted" data-md-component="header">
  <nav class="md-header__inner md-grid" aria-label="Header">
    <a href="../.." title="Hollowmere Study Notes" class="md-header__button md-logo" aria-label="Hollowmere Study Notes" data-md-component="logo"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M12 8a3 3 0 0 0 3-3 3 3 0 0 0-3-3 3 3 0 0 0-3 3 3 3 0 0 0 3 3m0 3.54C9.64 9.35 6.5 8 3 8v11c3.5 0 6.64 1.35 9 3.54 2.36-2.19 5.5-3.54 9-3.54V8c-3.5 0-6.64 1.35-9 3.54Z"/></svg></a>
    <label class="md-header__button md-icon" for="__drawer"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M3 6h18v2H3V6m0 5h18v2H3v-2m0 5h18v2H3v-2Z"/></svg></label>
    <div class="md-header__title" data-md-component="header-title">
      <div class="md-header__ellipsis">
        <div class="md-header__topic"><span class="md-ellipsis">Hollowmere Study Notes</span></div>
        <div class="md-header__topic" data-md-component="header-topic"><span class="md-ellipsis">{esc(p.title)}</span></div>
      </div>
    </div>
    <label class="md-header__button md-icon" for="__search"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M9.5 3A6.5 6.5 0 0 1 16 9.5c0 1.61-.59 3.09-1.56 4.23l.27.27h.79l5 5-1.5 1.5-5-5v-.79l-.27-.27A6.516 6.516 0 0 1 9.5 16 6.5 6.5 0 0 1 3 9.5 6.5 6.5 0 0 1 9.5 3m0 2C7 5 5 7 5 9.5S7 14 9.5 14 14 12 14 9.5 12 5 9.5 5Z"/></svg></label>
    <div class="md-search" data-md-component="search" role="dialog">
  <label class="md-search__overlay" for="__search"></label>
  <div class="md-search__inner" role="search">
    <form class="md-search__form" name="search">
      <input type="text" class="md-search__input" name="query" aria-label="Search" placeholder="Search" autocapitalize="off" autocorrect="off" autocomplete="off" spellcheck="false" data-md-component="search-query" required>
    </form>
    <div class="md-search__output">
      <div class="md-search__scrollwrap" tabindex="0" data-md-scrollfix>
        <div class="md-search-result" data-md-component="search-result">
          <div class="md-search-result__meta">Initializing search</div>
          <ol class="md-search-result__list" role="presentation"></ol>
        </div>
      </div>
    </div>
  </div>
</div>
      <div class="md-header__source">
        <a href="{HM_REPO}" title="Go to repository" class="md-source" data-md-component="source">
  <div class="md-source__icon md-icon"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 448 512"><path d="M439.55 236.05 244 40.45a28.87 28.87 0 0 0-40.81 0l-40.66 40.63 51.52 51.52c27.06-9.14 52.68 16.77 43.39 43.68l49.66 49.66c34.23-11.8 61.18 31 35.47 56.69-26.49 26.49-70.21-2.87-56-37.34L240.22 199v121.85c25.3 12.54 22.26 41.85 9.08 55a34.34 34.34 0 0 1-48.55 0c-17.57-17.6-11.07-46.91 11.25-56v-123c-20.8-8.51-24.6-30.74-18.64-45L142.57 101 8.45 235.14a28.86 28.86 0 0 0 0 40.81l195.61 195.6a28.86 28.86 0 0 0 40.8 0l194.69-194.69a28.86 28.86 0 0 0 0-40.81z"/></svg></div>
  <div class="md-source__repository">hollowmere-sixth/study-notes</div>
</a>
      </div>
  </nav>
    <nav class="md-tabs" aria-label="Tabs" data-md-component="tabs">
  <div class="md-grid">
    <ul class="md-tabs__list">
        <li class="md-tabs__item"><a href="../.." class="md-tabs__link">Home</a></li>
        <li class="md-tabs__item md-tabs__item--active"><a href="../" class="md-tabs__link">Exemplar essays</a></li>
        <li class="md-tabs__item"><a href="../../revision/" class="md-tabs__link">Revision guides</a></li>
        <li class="md-tabs__item"><a href="../../skills/" class="md-tabs__link">Essay skills</a></li>
        <li class="md-tabs__item"><a href="../../staff/" class="md-tabs__link">For staff</a></li>
    </ul>
  </div>
</nav>
</header>
    <div class="md-container" data-md-component="container">
      <main class="md-main" data-md-component="main">
        <div class="md-main__inner md-grid">
            <div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation" >
              <div class="md-sidebar__scrollwrap">
                <div class="md-sidebar__inner">
<nav class="md-nav md-nav--primary md-nav--lifted" aria-label="Navigation" data-md-level="0">
  <label class="md-nav__title" for="__drawer">Hollowmere Study Notes</label>
  <ul class="md-nav__list" data-md-scrollfix>
    <li class="md-nav__item md-nav__item--active md-nav__item--section md-nav__item--nested">
      <input class="md-nav__toggle md-toggle " type="checkbox" id="__nav_2" checked>
        <label class="md-nav__link" for="__nav_2" id="__nav_2_label" tabindex=""><span class="md-ellipsis">Exemplar essays</span><span class="md-nav__icon md-icon"></span></label>
      <nav class="md-nav" data-md-level="1" aria-labelledby="__nav_2_label" aria-expanded="true">
        <label class="md-nav__title" for="__nav_2"><span class="md-nav__icon md-icon"></span>Exemplar essays</label>
        <ul class="md-nav__list" data-md-scrollfix>
<li class="md-nav__item"><a href="../" class="md-nav__link"><span class="md-ellipsis">About the exemplars</span></a></li>
{nav}
        </ul>
      </nav>
    </li>
  </ul>
</nav>
                </div>
              </div>
            </div>
            <div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc" >
              <div class="md-sidebar__scrollwrap">
                <div class="md-sidebar__inner">
{toc}
                </div>
              </div>
            </div>
          <div class="md-content" data-md-component="content">
            <article class="md-content__inner md-typeset">
  <a href="{HM_REPO}/edit/main/docs/essays/{slug(p.title)}.md" title="Edit this page" class="md-content__button md-icon"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M10 20H6V4h7v5h5v3.1l2-2V8l-6-6H6c-1.1 0-2 .9-2 2v16c0 1.1.9 2 2 2h4v-2m10.2-7c.1 0 .3.1.4.2l1.3 1.3c.2.2.2.6 0 .8l-1 1-2.1-2.1 1-1c.1-.1.2-.2.4-.2m0 3.9L14.1 23H12v-2.1l6.1-6.1 2.1 2.1Z"/></svg></a>
<h1 id="{slug(p.title)}">{esc(p.title)}</h1>
{chr(10).join(pieces)}
<div class="admonition quote">
<p class="admonition-title">Referencing this page</p>
<p>{esc(apa)}</p>
</div>
<aside class="md-source-file">
    <span class="md-source-file__fact"><span class="md-icon" title="Last update"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M21 13.1c-.1 0-.3.1-.4.2l-1 1 2.1 2.1 1-1c.2-.2.2-.6 0-.8l-1.3-1.3c-.1-.1-.2-.2-.4-.2m-1.9 1.8-6.1 6V23h2.1l6.1-6.1-2.1-2M12.5 7v5.2l4 2.4-1 1L11 13V7h1.5M11 21.9c-5.1-.5-9-4.8-9-9.9C2 6.5 6.5 2 12 2c5.3 0 9.6 4.1 10 9.3-.3-.1-.6-.2-1-.2s-.7.1-1 .2C19.6 7.2 16.2 4 12 4c-4.4 0-8 3.6-8 8 0 4.1 3.1 7.5 7.1 7.9l-.1.2v1.8Z"/></svg></span><span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">{updated}</span></span>
    <span class="md-source-file__fact"><span class="md-icon" title="Created"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M14.47 15.08 11 13V7h1.5v5.25l3.08 1.83c-.41.28-.79.62-1.11 1m-1.39 4.84c-.36.05-.71.08-1.08.08-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8c0 .37-.03.72-.08 1.08.69.1 1.33.32 1.92.64.1-.56.16-1.13.16-1.72 0-5.5-4.5-10-10-10S2 6.5 2 12s4.47 10 10 10c.59 0 1.16-.06 1.72-.16-.32-.59-.54-1.23-.64-1.92M18 15v3h-3v2h3v3h2v-3h3v-2h-3v-3h-2Z"/></svg></span><span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">{created}</span></span>
    <span class="md-source-file__fact"><span class="md-icon" title="Contributors"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M12 4a4 4 0 0 1 4 4 4 4 0 0 1-4 4 4 4 0 0 1-4-4 4 4 0 0 1 4-4m0 10c4.42 0 8 1.79 8 4v2H4v-2c0-2.21 3.58-4 8-4Z"/></svg></span><nav><span class="md-author" title="{html.escape(teacher)}">{esc(teacher)}</span></nav></span>
</aside>
<form class="md-feedback" name="feedback">
  <fieldset>
    <legend class="md-feedback__title">Was this exemplar useful?</legend>
    <div class="md-feedback__inner">
      <div class="md-feedback__list">
          <button class="md-feedback__icon md-icon" type="submit" title="Yes, it helped" data-md-value="1"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M20 12a8 8 0 0 0-8-8 8 8 0 0 0-8 8 8 8 0 0 0 8 8 8 8 0 0 0 8-8m2 0a10 10 0 0 1-10 10A10 10 0 0 1 2 12 10 10 0 0 1 12 2a10 10 0 0 1 10 10"/></svg></button>
          <button class="md-feedback__icon md-icon" type="submit" title="Not really" data-md-value="0"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M20 12a8 8 0 0 0-8-8 8 8 0 0 0-8 8 8 8 0 0 0 8 8 8 8 0 0 0 8-8m2 0a10 10 0 0 1-10 10A10 10 0 0 1 2 12 10 10 0 0 1 12 2a10 10 0 0 1 10 10"/></svg></button>
      </div>
      <div class="md-feedback__note">
          <div data-md-value="1" hidden>Thanks! Tell your teacher which parts helped.</div>
          <div data-md-value="0" hidden>Sorry to hear that. Tell us what was missing through the <a href="../../feedback/">feedback form</a>.</div>
      </div>
    </div>
  </fieldset>
</form>
<div class="hm-share"><span>Pass it on:</span> <a href="https://classroom.google.com/share?url={quote(url, safe='')}">Google Classroom</a> <a href="https://teams.microsoft.com/share?href={quote(url, safe='')}">Microsoft Teams</a> <a href="mailto:?subject={quote(p.title)}&amp;body={quote(url, safe='')}">Email</a></div>
            </article>
          </div>
        </div>
        <button type="button" class="md-top md-icon" data-md-component="top" hidden>Back to top</button>
      </main>
        <footer class="md-footer">
    <nav class="md-footer__inner md-grid" aria-label="Footer">{foot}</nav>
  <div class="md-footer-meta md-typeset">
    <div class="md-footer-meta__inner md-grid">
      <div class="md-copyright">
    <div class="md-copyright__highlight">© 2024 Hollowmere Sixth Form Humanities Faculty. Essays appear with their writers' permission.</div>
  Made with
  <a href="https://squidfunk.github.io/mkdocs-material/" target="_blank" rel="noopener">Material for MkDocs</a>
      </div>
    </div>
  </div>
</footer>
    </div>
    <div class="md-dialog" data-md-component="dialog"><div class="md-dialog__inner md-typeset"></div></div>
    {consent}
    <script id="__config" type="application/json">{{"base": "../..", "features": ["navigation.tabs", "navigation.sections", "navigation.footer", "content.action.edit", "announce.dismiss", "toc.follow"], "search": "../../assets/javascripts/workers/search.b8dbb3d2.min.js", "translations": {{"clipboard.copied": "Copied to clipboard", "search.result.none": "No matching documents", "search.result.placeholder": "Type to start searching"}}}}</script>
      <script src="../../assets/javascripts/bundle.fe8b6f2b.min.js"></script>
  </body>
</html>
"""


# ---- 4. brindle: a Substack post, canonical + og:url; every post opens with the editor's greeting --------------

BR_ROOT = "https://brindle.substack.com"
BR_ASIDES = [
    "{writer} sent this in after reading last month's letter on {topic}. I'm glad they did.",
    "I've left the essay exactly as it was submitted, including one or two sentences I would have cut.",
    "If you teach, this one works well as a model answer. Several of you have told me so.",
    "A reader asked whether these essays are edited. They aren't, beyond fixing the odd typo.",
    "This is the most-forwarded essay on {topic} we've run so far.",
    "{writer} wrote this in their first term. Keep that in mind when you reach the end.",
]
BR_NOTES = [
    "There will be no letter next week while I move house. Normal service resumes the week after.",
    "The reader survey closes on Friday. It takes three minutes and it really does shape what goes out.",
    "Paid subscribers: the printable PDF of this month's essays is now in your inbox.",
]
BR_DISCLAIMER = ("The Brindle Letter publishes student essays as examples of good writing. They belong to their writers, "
                 "so please don't submit them, or any part of them, as your own.")
BR_SIGNOFF = "That's all for this week. If an essay here helped you, forward it to one person who would like it. Clara"
BR_WIDGETS = [
    "The Brindle Letter is reader-supported. To receive new essays and support the writers, consider becoming a free or "
    "paid subscriber.",
    "Thanks for reading The Brindle Letter! Subscribe for free to receive a new student essay every Sunday.",
]


def brindle(p: Page) -> str:
    rng = p.rng
    site = "brindle"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    url = f"{BR_ROOT}/p/{slug(p.title)}"
    post_id = 130000000 + p.sample_id * 997
    issue = 40 + p.index * 3 + rng.randint(0, 2)
    pieces = pieces_for(p.visible(), para="<p>{}</p>", heading='<h2 class="header-anchor-post">{}</h2>',
                        quote="<blockquote><p>{}</p></blockquote>", ul="<ul>", ol="<ol>", li="<li><p>{}</p></li>")
    n_essay = len(pieces)
    greeting = (f"Good morning, and welcome to issue {issue} of The Brindle Letter. This week's essay is by {p.author}, "
                f"who writes about {p.topic}.")
    p.clutter.append(greeting)
    if shown_on(site, "aside", 12, p):  # the editor's aside, an italic paragraph with a bold label
        note = rng.choice(BR_ASIDES).format(writer=p.author.split()[0], topic=p.topic)
        pieces.insert(spot(n_essay, rng, 1, 5), f"<p><em><strong>Editor's aside:</strong> {esc(note)}</em></p>")
        p.clutter += ["Editor's aside:", note]
    widget_text = BR_WIDGETS[p.index % 2]
    widget = (f'<div class="subscription-widget-wrap-editor" data-attrs="{{&quot;url&quot;:&quot;{BR_ROOT}/subscribe?&quot;,'
              f'&quot;text&quot;:&quot;Subscribe&quot;,&quot;language&quot;:&quot;en&quot;}}" data-component-name="SubscribeWidgetToDOM">'
              f'<div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">{esc(widget_text)}</p>'
              '</div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" '
              'placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe">'
              '<div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div></div></form></div></div>')
    pieces.insert(spot(len(pieces), rng, 2, 7), widget)
    p.clutter.append(widget_text)
    if rng.random() < 0.6:  # a share button inside the post on most pages
        pieces.insert(rng.randint(2, len(pieces) - 1),
                      f'<p class="button-wrapper" data-attrs="{{&quot;url&quot;:&quot;{BR_ROOT}/p/{slug(p.title)}?utm_source=substack&amp;'
                      'utm_medium=email&amp;utm_content=share&amp;action=share&quot;,&quot;text&quot;:&quot;Share&quot;}}" '
                      f'data-component-name="ButtonCreateButton"><a class="button primary" href="{url}?utm_source=substack&amp;'
                      'utm_medium=email&amp;utm_content=share&amp;action=share"><span>Share this essay</span></a></p>')
        p.clutter.append("Share this essay")
    head = [f"<p>{esc(greeting)}</p>"]
    turn = rank_on(site, "programming", 3, p)
    if turn is not None:  # a programming note under the greeting, on 3 of 18 pages only
        head.append(f"<p><strong>Programming note:</strong> {esc(BR_NOTES[turn])}</p>")
        p.clutter += ["Programming note:", BR_NOTES[turn]]
    disclaimer = f"<p><em>{esc(BR_DISCLAIMER)}</em></p>"
    p.clutter.append(BR_DISCLAIMER)
    at_top = rng.random() < 0.5 or p.cut is not None  # behind a paywall, only the top of the post is shown
    if at_top:
        head.append(disclaimer)
    head.append('<div><hr></div>')
    paywall = ""
    if p.cut is not None:
        more = p.rest_words()
        paywall = ('<div data-component-name="Paywall" class="paywall"><h2 class="paywall-title">Keep reading with a 7-day free '
                   'trial</h2><div class="paywall-content"><p>Subscribe to The Brindle Letter to keep reading this post and get 7 '
                   f'days of free access to the full post archives.</p><p class="paywall-words">{fmt_int(more)} more words '
                   'follow for paid subscribers.</p></div><div class="paywall-cta"><a class="button primary" '
                   f'href="{BR_ROOT}/subscribe?simple=true&amp;next={quote(url, safe="")}">Start trial</a></div><div '
                   f'class="paywall-login">Already a paid subscriber? <a href="{BR_ROOT}/account/login">Sign in</a></div></div>')
        p.clutter += ["Keep reading with a 7-day free trial", "Subscribe to The Brindle Letter to keep reading this post and "
                      "get 7 days of free access to the full post archives", f"{fmt_int(more)} more words follow for paid "
                      "subscribers", "Start trial", "Already a paid subscriber?"]
    refs = ""
    if p.refs:
        refs = '<h3 class="header-anchor-post">Works Cited</h3>' + "".join(f"<p>{mk}</p>" for _, mk in p.refs)
    tail = ['<div><hr></div>'] + ([] if at_top else [disclaimer]) + [f"<p>{esc(BR_SIGNOFF)}</p>"]
    if p.cut is None:
        p.clutter.append(BR_SIGNOFF)
    first_name, last = p.author.split()[0], p.author.split()[-1]
    day = p.date.strftime("%b %d, %Y")
    chicago = f'{last}, {first_name}. "{p.title}." The Brindle Letter, {p.date.strftime("%B %-d, %Y")}. {url}.'
    cite = (f'<div class="callout-block" data-callout="true"><p><strong>Citing this essay (Chicago)</strong></p>'
            f'<p>{esc(chicago)}</p></div>')
    if p.cut is None:
        p.clutter += ["Citing this essay (Chicago)", chicago]
    subtitle = f"{fmt_int(p.words)} words, about {plural(p.pages, 'page')}. A guest essay on {p.topic}."
    p.clutter.append(subtitle)
    likes, comments, restacks = rng.randint(4, 900), rng.randint(0, 60), rng.randint(0, 40)
    more_from = ""
    dates = []
    for t in p.related:
        d = (p.date - timedelta(days=rng.randint(7, 700))).strftime("%b %d, %Y")
        lk = rng.randint(2, 400)
        dates.append(d)
        more_from += (f'<div class="post-preview portable-archive-post" data-testid="post-preview"><div class="post-preview-content">'
                      f'<a class="post-preview-title newsletter" href="{BR_ROOT}/p/{slug(t)}">{esc(t)}</a>'
                      f'<div class="post-preview-meta"><time datetime="{d}" class="date">{d}</time> \u2022 <span class="post-preview-likes">'
                      f'{lk}</span></div></div></div>')
        p.clutter.append(t)
    p.clutter += dates
    cookie = ""
    if shown_on(site, "cookie", 6, p):
        cookie = ('<div class="cookieBanner-fZ6hup" role="dialog"><div class="cookieBannerText">Substack and The Brindle Letter '
                  'use a few cookies to keep you signed in and to count readers. You can turn off the ones that are not '
                  'strictly necessary.</div><div class="cookieBannerButtons"><button class="button primary">Accept</button>'
                  '<button class="button">Only necessary</button></div></div>')
        p.clutter += ["Substack and The Brindle Letter use a few cookies to keep you signed in and to count readers",
                      "You can turn off the ones that are not strictly necessary", "Only necessary"]
    p.clutter += ["The Brindle Letter", "Subscribe", "Sign in", day, "Discussion about this post",
                  "More from The Brindle Letter", "Ready for more?", "© 2024 Clara Mott",
                  "Collection notice", "Start writing", "Get the app", "Substack is the home for great culture"]
    ufi = (f'<div class="post-ufi style-large"><div class="like-button-container post-ufi-button style-large"><button '
           f'class="post-ufi-button like-button" aria-label="Like ({likes})"><div class="label">{likes}</div></button></div>'
           f'<a class="post-ufi-button post-ufi-comment-button" href="{url}/comments"><div class="label">{comments}</div></a>'
           f'<a class="post-ufi-button restack-button" role="button"><div class="label">{restacks}</div></a>'
           '<div class="post-ufi-button share-button"><div class="label">Share</div></div></div>')
    return f"""<!DOCTYPE html>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <meta name="norton-safeweb-site-verification" content="24usqpep0ejc5w6hod3dulxwciwp0djs6c6ufp96av3t4whuxovj72wfkdjxu82yacb7430qjm8adbd5ezlt4592dq4zrvadcn9j9n-0btgdzpiojfzno16-fnsnu7xd" />
        <link rel="preconnect" href="https://substackcdn.com" />
        <title data-rh="true">{esc(p.title)} - by {esc(p.author)} - The Brindle Letter</title>
        <meta data-rh="true" name="theme-color" content="#ffffff"/><meta data-rh="true" property="og:type" content="article"/><meta data-rh="true" property="og:title" content="{html.escape(p.title)}"/><meta data-rh="true" name="twitter:title" content="{html.escape(p.title)}"/><meta data-rh="true" name="description" content="{html.escape(subtitle)}"/><meta data-rh="true" property="og:description" content="{html.escape(subtitle)}"/><meta data-rh="true" property="og:url" content="{url}"/><meta data-rh="true" name="twitter:card" content="summary_large_image"/>
        <link data-rh="true" rel="canonical" href="{url}"/>
        <link rel="stylesheet" type="text/css" href="https://substackcdn.com/bundle/static/css/main.{hexid(site, "css", n=8)}.css" />
        <script>window._preloads = JSON.parse("{{\\"isEU\\":true,\\"language\\":\\"en\\",\\"pub\\":{{\\"id\\":{1700000 + 41},\\"name\\":\\"The Brindle Letter\\",\\"subdomain\\":\\"brindle\\"}},\\"post\\":{{\\"id\\":{post_id},\\"slug\\":\\"{slug(p.title)}\\"}}}}")</script>
    </head>
    <body class="pc-root">
        <div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu" data-testid="navbar"><div class="main-menu-content"><div class="topbar-content"><div class="navbar-left"><a href="{BR_ROOT}/" class="navbar-logo-container"><img class="navbar-logo" src="https://substackcdn.com/image/fetch/w_80,h_80,c_fill/{hexid(site, "logo", n=12)}.png" alt="The Brindle Letter"/></a></div>
<div class="navbar-title"><h1 class="navbar-title-link"><a href="{BR_ROOT}/">The Brindle Letter</a></h1></div>
<div class="navbar-buttons"><button tabindex="0" type="button" class="button primary subscribe-btn">Subscribe</button><a class="button sign-in-link" href="{BR_ROOT}/sign-in?redirect=%2Fp%2F{slug(p.title)}">Sign in</a></div></div></div></div>
<div class="container"><div class="single-post-container"><div class="container"><div class="single-post"><div class="typography newsletter-post post">
<div class="post-header" role="region" aria-label="Post header">
<h1 dir="auto" class="post-title published title-X77sOw">{esc(p.title)}</h1>
<h3 dir="auto" class="subtitle subtitle-HEEcLo">{esc(subtitle)}</h3>
<div class="post-meta"><div class="byline-wrapper"><div class="pencraft pc-display-flex pc-gap-4 pc-reset"><div class="profile-hover-card-target profileHoverCardTarget-PBxvGm"><a href="https://substack.com/@{slug(p.author).replace('-', '')}" class="pencraft pc-reset decoration-hover-underline-ClDVRM reset-IxiVJZ">{esc(p.author)}</a></div></div><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T meta-EgzBVA">{day}</div></div>
{ufi}</div>
</div>
<div class="available-content"><div dir="auto" class="body markup">{"".join(head)}{"".join(pieces)}{refs}{"".join(tail) if p.cut is None else ""}{cite if p.cut is None else ""}</div></div>
{paywall}
<div class="post-footer use-separators">{ufi}</div>
</div></div></div></div>
<div class="single-post-section comments-section"><div class="container"><h4 class="comments-heading">Discussion about this post</h4><div class="comment-input-wrap"><textarea class="comment-input" placeholder="Write a comment…"></textarea></div></div></div>
<div class="single-post-section"><div class="container"><h4 class="more-from-heading">More from The Brindle Letter</h4><div class="portable-archive-list">{more_from}</div></div></div>
<div class="single-post-section"><div class="container"><div class="subscribe-footer"><h3>Ready for more?</h3><form class="form subscribe-widget"><input type="email" name="email" placeholder="Type your email…"><button class="button primary subscribe-btn" type="submit">Subscribe</button></form></div></div></div>
</div>
<div class="footer-wrap publication-footer"><div class="footer themed-background"><div class="container"><div class="footer-terms"><span class="copyright">© 2024 Clara Mott</span><span class="footer-links"> · <a href="https://substack.com/privacy">Privacy</a> ∙ <a href="https://substack.com/tos">Terms</a> ∙ <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></span></div>
<div class="footer-buttons"><a href="https://substack.com/signup?utm_source=substack&amp;utm_medium=web&amp;utm_content=footer" class="button">Start writing</a><a href="https://substack.com/app/app-store-redirect?utm_campaign=app-marketing&amp;utm_content=web-footer-button" class="button">Get the app</a></div>
<div class="footer-substack-cta"><a href="https://substack.com">Substack</a> is the home for great culture</div></div></div></div>
</div>
{cookie}
<script src="https://substackcdn.com/bundle/static/js/main.{hexid(site, "js", n=8)}.js" charset="utf-8"></script>
    </body>
</html>
"""


# ------------------------------------------------------------------------------------------------ main

SITES = {  # name: (writer, teaser pages, works-cited pages, duplicate pair (page numbers) or None)
    "brackenbury": (brackenbury, 2, 4, None),   # Moodle; Introduction / Conclusion are essay headings; 3 stats wordings
    "tollgate": (tollgate, 3, 3, (5, 14)),      # phpBB; NO URL; replies in post markup; the same topic saved twice
    "hollowmere": (hollowmere, 2, 4, None),     # MkDocs Material; the "About this essay" box moves
    "brindle": (brindle, 3, 3, None),           # Substack; every post opens with the editor's greeting
}
HEADINGS = {"brackenbury": None}
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
    ap.add_argument("--seed", type=int, default=97)
    args = ap.parse_args()
    SEED = args.seed
    rng = random.Random(args.seed)
    essays = load_essays()
    # Texts no set used first (none are left), then texts one of the first three sets used and the fourth and fifth
    # did not reuse, then the rest.
    tiers = [[e for e in essays if tier(e) == t] for t in (0, 1, 2)]
    for group in tiers:
        rng.shuffle(group)
    need = g.essays_needed(SITES, PAGES_PER_SITE)
    chosen = g.choose_essays(tiers[0] + tiers[1] + tiers[2], need)[:need]
    rng.shuffle(chosen)
    keep_urls_off(chosen, "tollgate")

    def page_for(name: str, n: int, essay: dict, titles: list[str], page_rng: random.Random, twin: Page | None) -> Page:
        blocks = (with_essay_headings(essay["blocks"], random.Random(f"{args.seed}:{name}:{n}:headings"), HEADINGS[name])
                  if name in HEADINGS else None)
        return Page(essay, page_rng, n, titles, blocks)

    def copy_twin(page: Page, twin: Page) -> None:
        page.blocks, page.cut, page.refs = twin.blocks, twin.cut, twin.refs
        page.words, page.pages, page.minutes = twin.words, twin.pages, twin.minutes
        page.date, page.author, page.level, page.grade, page.sample_id = (twin.date, twin.author, twin.level, twin.grade,
                                                                          twin.sample_id)
        page.username, page.stamp = twin.username, twin.stamp

    rows = g.write_site_folders(
        args.outdir, args.seed, SITES, chosen, PAGES_PER_SITE, page_for, copy_twin,
        lambda name, n, e: f"{name}\tpage-{n:02d}\t{e['id']}\t{e['earlier'] or '-'}\t{e['url']}\t{e['title']}")
    header = "site\tpage\twcxb_id\tearlier_sets\tsource_url\ttitle"
    (args.outdir / "SOURCES.tsv").write_text("\n".join([header, *rows]) + "\n", "utf-8")
    counts = [sum(tier(e) == t for e in chosen) for t in (0, 1, 2)]
    print(f"{len(SITES)} sites x {PAGES_PER_SITE} pages -> {args.outdir} ({need} texts: {counts[0]} new, {counts[1]} used by one "
          f"of the first three sets only, {counts[2]} used by the fourth or fifth set too)")


if __name__ == "__main__":
    main()
