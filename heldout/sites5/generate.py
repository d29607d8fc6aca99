"""Write a FIFTH set of held-out essay-site folders for measuring site learning (issue 13) at first contact.

    /work/main/.venv/bin/python heldout/sites5/generate.py /work/corpora/sites5-heldout [--seed 89]

Four invented essay-sample sites, 18 pages each, in markup families no earlier set (heldout/sites/, sites2/, sites3/,
sites4/) uses: OUTDIR/<site>/page-NN.html and the truth of every page, OUTDIR/<site>/truth/page-NN.md (the format at
the top of bench/scoring.py). The essay bodies are real article texts from the WCXB dev ground truth (CC-BY-4.0, even
file ids only, page_type "article", none of them in tests/realpages). The fourth set used up the last texts no set had
used, so this set prefers texts only ONE earlier set used and that the fourth set did not reuse; texts the fourth set
used come last (never twice within this set, except the one deliberate duplicate). OUTDIR/SOURCES.tsv records which
text went where, and which earlier sets used it. Same seed, same bytes.

Sites (markup families):
  wrenfield   Squarespace 7.1 blog item (sqs-layout rows, sqs-block-html / -button / -newsletter / -summary-v2 blocks
              with yui ids, paragraphs <p class="" style="white-space:pre-wrap;">), canonical + og:url
  ashgrove    Joomla 4, Cassiopeia template (com-content-article, article-info dl, articleBody, mod-breadcrumbs,
              moduletable / mod-custom modules loaded in the body, joomla-alert), NO URL at all; one essay on two pages
  kestrel     MediaWiki 1.41, Vector 2022 skin (mw-parser-output, mw-headline + mw-editsection, infobox, catlinks,
              printfooter, RelatedArticles cards, footer-info), canonical + "Retrieved from" URL; the essays carry the
              headings Introduction / Conclusion
  pinefold    Notion page rendered by react-notion-x (Next.js): notion-text divs (no <p>), notion-h headings with
              hash links, one <ul> per list item, collection properties, callout / bookmark / toggle blocks, og:url only;
              the essays carry the headings Introduction / Discussion / Conclusion

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
from datetime import timedelta
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
norm, block_text, slug, works_cited = g.norm, g.block_text, g.slug, g.works_cited
fmt_int, short_count, esc, pieces_for, spot = g2.fmt_int, g2.short_count, g2.esc, g2.pieces_for, g2.spot
plural = g3.plural

PAGES_PER_SITE = 18
FIRST_SET = frozenset(g2.FIRST_SET)    # the 80 ids of heldout/sites (seed 13), as listed by the second set
SECOND_SET = frozenset(g3.SECOND_SET)  # the 88 ids of heldout/sites2 (seed 29), as listed by the third set
# The 78 WCXB ids the third held-out set uses (heldout/sites3/generate.py, seed 47), as listed by the fourth set.
THIRD_SET = frozenset("""
0032 0058 0072 0096 0100 0104 0108 0114 0116 0138 0142 0158 0162 0164 0184 0198 0206 0212 0214 0230 0232 0244 0254 0298
0300 0304 0306 0308 0310 0324 0336 0354 0366 0390 0408 0428 0462 0488 0496 1222 1396 1628 2218 2722 4074 4088 4106 4130
4180 4192 4194 4218 4256 4260 4274 4362 4430 4476 4500 4506 4572 4576 4582 4584 4588 4614 4618 4624 4646 4662 4674 4688
4696 4842 4844 4858 4860 4864""".split())
# The 71 WCXB ids the fourth held-out set uses (heldout/sites4/generate.py, seed 71, OUTDIR/SOURCES.tsv).
FOURTH_SET = frozenset("""
0006 0010 0026 0034 0036 0044 0048 0054 0056 0072 0074 0094 0098 0104 0110 0150 0208 0250 0252 0272 0294 0322 0330 0350
0352 0358 0368 0378 0394 0402 0406 0430 0436 0440 0452 0484 0488 0898 1396 1974 2018 4010 4014 4030 4034 4040 4090 4116
4146 4170 4182 4192 4232 4258 4268 4274 4306 4362 4450 4458 4476 4592 4620 4622 4666 4690 4708 4840 4844 4880 4884""".split())
EARLIER = (("sites", FIRST_SET), ("sites2", SECOND_SET), ("sites3", THIRD_SET), ("sites4", FOURTH_SET))


def load_essays() -> list[dict]:
    """The third set's loader and filters, over every even article id but those of tests/realpages."""
    g3.FIRST_SET, g3.SECOND_SET = set(), set()  # the loader leaves out the earlier sets' ids: here they are marked instead
    essays = g3.load_essays()
    for essay in essays:
        essay["earlier"] = ",".join(name for name, ids in EARLIER if essay["id"] in ids)
    return essays


def tier(essay: dict) -> int:
    """0: no set used the text; 1: one earlier set did, not the fourth; 2: the rest."""
    used = essay["earlier"].split(",") if essay["earlier"] else []
    return 0 if not used else 1 if len(used) == 1 and "sites4" not in used else 2


# ------------------------------------------------------------------------------------------ invented bits

EXTRA_TITLES = [
    "The Village Pub as Public Space", "Why Trains Run Late in Autumn", "Charity Shops and the Second-Hand Economy",
    "The Ethics of Reality Television", "Weather Forecasting and Public Trust", "How Roundabouts Changed British Roads",
    "Sea Walls, Managed Retreat and Coastal Towns", "The Return of the Village Shop", "Pocket Parks in Dense Cities",
    "Why We Still Write Letters", "The History of the Public Swimming Bath", "Hedgerows and Farmland Birds",
    "The Politics of Bin Collections", "Ferries and Island Economies", "The Language of Football Commentary",
    "School Trips and Learning Outside the Classroom", "Night Markets and Urban Life", "The Decline of the Pen Friend",
    "Cycle Lanes and Local Politics", "Folk Songs as Historical Sources", "Street Lighting and Crime",
    "The Case for Longer Lunch Breaks", "Mountain Rescue Volunteers", "Lost Rivers Under the City",
]
# The page's subject, filled into breadcrumbs, categories and promos: a meaningful source tag, else a telling title word.
JUNK_TAGS = {"pool-import", "guide", "buying-guide", "comparison", "tutorial", "personal", "landing-page", "best-of", "chart",
             "reviews", "awards", "trends", "blog", "gift guide", "product-review", "best-practices", "how-to", "news",
             "deals", "industry-trends", "industry", "business"}
TITLE_STOP = set("""best top ultimate essential popular understanding perfect private daily updates weekend write building
beginner beginners mechanical electrical transparent strategies optimize here with from your that this what when them tips more
guide types styles open real estate machine most self successful free week around about into their have made will
prep rich indoor employee work home need know everything easy steps recent biggest according things ways should much these
those does using help whole complete reduce replace live smart fine must days year years future minimalist really practical
detailed latest scientific effective right cheap poor tested ranked compilation checklist review reviews trends trend lessons
learned failed introduces stop nesting look looking back ahead hope joy data cost costs pricing find shaping moment pivot
smaller measurable cut planning cycle weeks world artists certifications certificates services vs process basics unlocking
digital older adults outlook development outlook""".split())


def subject_of(essay: dict) -> str:
    """A tag that names a subject, else the first one or two telling words of the title."""
    tags = [t for t in essay["tags"] if len(t) > 2 and t.lower() not in JUNK_TAGS]
    if tags:
        return tags[0].replace("-", " ")
    found = list(re.finditer(r"[A-Za-z][A-Za-z'’]*", essay["title"]))

    def telling(word: str) -> bool:
        if word.lower() in TITLE_STOP or "'" in word or "’" in word:
            return False
        return (word.isupper() and len(word) >= 2) or len(word) >= 4
    for i, match in enumerate(found):
        if telling(match.group()):
            phrase = [match.group()]
            after = found[i + 1] if i + 1 < len(found) else None  # a second word only if a plain space joins the two
            if (after and telling(after.group()) and essay["title"][match.end():after.start()] == " "
                    and essay["title"][after.end():after.end() + 1] != "-"):
                phrase.append(after.group())
            return " ".join(w if w.isupper() else w.lower() for w in phrase)
    return "general studies"


LEVELS = ["A level", "Access course", "First year", "Second year", "Final year", "Master's"]
GRADES = ["A*", "A", "B", "First", "2:1", "2:2", "Distinction", "Merit"]


class Page(g2.Page):
    """The second set's page bookkeeping, with this set's own invented related titles and per-page details."""

    def __init__(self, essay, rng, index, site_titles, blocks=None):
        super().__init__(essay, rng, index, site_titles, blocks)
        self.topic = subject_of(essay)
        self.category = self.topic[:1].upper() + self.topic[1:]
        self.others = sorted({t for t in site_titles if t != self.title})
        self.related = rng.sample(self.others, 3) + rng.sample(EXTRA_TITLES, rng.randint(1, 2))
        rng.shuffle(self.related)
        self.level = rng.choice(LEVELS)
        self.grade = rng.choice(GRADES)
        self.sample_id = rng.randint(10000, 99999)


SEED = 89  # set by main(); the site-level choices below (which pages show a rare element) are drawn from it


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


def with_essay_headings(blocks, rng: random.Random, middle: str | None = None):
    """Essays on kestrel and pinefold carry Introduction / (middle) / Conclusion: part of the essay, not the template."""
    blocks = g2.with_common_headings(blocks, rng)
    if (middle and rng.random() < 0.8 and blocks[0] == ("heading", "Introduction") and len(blocks) > 5
            and blocks[1][0] == "paragraph" and blocks[2][0] == "paragraph" and blocks[3][0] != "heading"):
        blocks.insert(3, ("heading", middle))
    return blocks


def hexid(*parts, n: int = 24) -> str:
    return hashlib.sha1(":".join(map(str, parts)).encode()).hexdigest()[:n]


# ---- 1. wrenfield: Squarespace 7.1 blog item, canonical + og:url --------------------------------------------

WR_P = '<p class="" style="white-space:pre-wrap;">{}</p>'
WR_PROMOS = [
    ("Writing about {topic} this term?", "A Wrenfield tutor who has read dozens of essays on {topic} can look over your plan "
     "in a single session.", "Book a session"),
    ("Turn a good essay into a great one", "Send us 500 words and get back a marked-up draft with comments in the margin, "
     "usually within three days.", "Send a draft"),
    ("Exam season is coming", "Our timed-essay workshops run every Saturday morning in March and April. Places are limited "
     "to twelve.", "Save a place"),
]
WR_LETTERS = [
    ("The Friday Essay", "One annotated sample essay in your inbox every Friday, with the marker's comments left in.", "Sign me up"),
    ("Never miss a new essay", "A short email whenever the Writing Room files new essays on {topic} or on anything else "
     "you follow.", "Keep me posted"),
]
WR_NOTES = [
    "This essay was transcribed from a handwritten exam script; paragraph breaks follow the original.",
    "We have left the writer's spelling and punctuation exactly as they were.",
    "One of the most requested essays on {topic} in the Writing Room this year.",
    "The writer added a short reflection after marking; it is kept with the essay in our files.",
    "Figures quoted here were checked against the writer's sources when the essay was filed.",
    "The essay was written under timed conditions, in about forty minutes.",
    "Paired with a weaker draft on {topic} in our workshop packs, so that students can compare the two.",
]
WR_DISCLAIMER = ("The Writing Room shares these essays so that students can see what good work looks like. They remain "
                 "the writers' own, and copying them into coursework will be treated as plagiarism by your school.")


def wrenfield(p: Page) -> str:
    rng = p.rng
    site = "wrenfield"
    url = f"https://www.wrenfieldwriting.org.uk/essays/{slug(p.title)}"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    item = hexid(site, p.sample_id, p.title)
    stamp = 1600000000000 + rng.randint(0, 10**11)
    block_no = iter(range(1000, 10**6, 7))

    def bid() -> str:
        return f"yui_3_17_2_1_{stamp}_{next(block_no)}"

    def html_block(inner: list[str]) -> str:
        return (f'<div class="sqs-block html-block sqs-block-html" data-block-type="2" data-border-radii="&#123;&#125;" '
                f'id="block-{bid()}"><div class="sqs-block-content">\n<div class="sqs-html-content">\n' + "\n".join(inner)
                + "\n</div>\n</div></div>")

    vis = p.visible()
    pieces = pieces_for(vis, para=WR_P, heading='<h3 style="white-space:pre-wrap;">{}</h3>',
                        quote='<blockquote><p class="" style="white-space:pre-wrap;">{}</p></blockquote>',
                        ul='<ul data-rte-list="default">', ol='<ol data-rte-list="default">',
                        li='<li><p class="" style="white-space:pre-wrap;">{}</p></li>')
    if shown_on(site, "note", 15, p):  # the archivist's note, a plain paragraph of the html block with a bold label
        note = note_for(WR_NOTES, p)
        pieces.insert(spot(len(pieces), rng, 1, 4), WR_P.format(f"<strong>Archivist's note:</strong> {esc(note)}"))
        p.clutter += ["Archivist's note:", note]
    # The body is Squarespace blocks: an html block, the promo (html + button blocks), the rest of the essay in one or
    # two html blocks (a newsletter block between them on a few pages). The disclaimer closes the first html block.
    at = spot(len(pieces), rng, 2, 5)
    first, rest = pieces[:at] + [WR_P.format(esc(WR_DISCLAIMER))], pieces[at:]
    p.clutter.append(WR_DISCLAIMER)
    head, text, button = rng.choice(WR_PROMOS)
    head, text = head.format(topic=p.topic), text.format(topic=p.topic)
    promo = (html_block([f'<h4 style="text-align:center;white-space:pre-wrap;">{esc(head)}</h4>',
                         f'<p class="" style="text-align:center;white-space:pre-wrap;">{esc(text)}</p>'])
             + f'\n<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-{bid()}"><div class="sqs-block-content">'
             '<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" '
             'data-alignment="center" data-button-size="medium" data-button-type="primary"><a href="/tutoring" '
             f'class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">{button}</a></div></div></div>')
    p.clutter += [head, text, button]
    blocks = [html_block(first), promo]
    turn = rank_on(site, "newsletter", 4, p)
    if rest and turn is not None:  # a newsletter block inside the body, on 4 of 18 pages
        lhead, ltext, lbutton = WR_LETTERS[turn % len(WR_LETTERS)]
        ltext = ltext.format(topic=p.topic)
        cut = rng.randint(1, len(rest) - 1) if len(rest) > 1 else 1
        blocks.append(html_block(rest[:cut]))
        blocks.append(f'<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-{bid()}">'
                      '<div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat '
                      'newsletter-form-wrapper--alignCenter"><form class="newsletter-form" autocomplete="on" method="POST" novalidate="">'
                      f'<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">{esc(lhead)}</h2>'
                      f'<div class="newsletter-form-header-description"><p>{esc(ltext)}</p></div></header>'
                      '<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div '
                      'class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label '
                      'title" for="email-input">Email Address</label><input class="newsletter-form-field-element field-element" '
                      'id="email-input" name="email" type="email" placeholder="Email Address"></div></div>'
                      '<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button '
                      f'sqs-system-button sqs-editable-button sqs-button-element--primary" type="submit"><span '
                      f'class="newsletter-form-button-label">{lbutton}</span></button></div></div></form></div></div></div>')
        rest = rest[cut:]
        p.clutter += [lhead, ltext, lbutton, "Email Address"]
    if rest:
        blocks.append(html_block(rest))
    if p.cut is not None:
        more = p.rest_words()
        blocks.append(html_block(['<h3 style="text-align:center;white-space:pre-wrap;">The rest of this essay is for Room members</h3>',
                                  f'<p class="" style="text-align:center;white-space:pre-wrap;">{fmt_int(more)} further words are '
                                  'waiting behind the members\' door.</p>',
                                  '<p class="" style="text-align:center;white-space:pre-wrap;"><a href="/account/login">Members '
                                  'sign in here</a></p>']))
        blocks.append(f'<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-{bid()}"><div '
                      'class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--center">'
                      '<a href="/membership" class="sqs-block-button-element--large sqs-button-element--primary '
                      'sqs-block-button-element">Become a Room member</a></div></div></div>')
        p.clutter += ["The rest of this essay is for Room members", f"{fmt_int(more)} further words are waiting behind the "
                      "members' door", "Members sign in here", "Become a Room member"]
    if p.refs:
        blocks.append(html_block(['<h3 style="white-space:pre-wrap;">Works Cited</h3>']
                                 + [f'<p class="" style="white-space:pre-wrap;">{mk}</p>' for _, mk in p.refs]))
    filed = p.date.strftime("%-d %b %Y")
    last, first_name = p.author.split()[-1], p.author.split()[0]
    harvard = f"{last}, {first_name[0]}. ({p.date.year}) '{p.title}', Wrenfield Writing Room, {p.date.strftime('%-d %B')}. Available at: {url}"
    stats = [f"Word tally {fmt_int(p.words)}", f"Page tally {p.pages}", f"Studied {fmt_int(p.views)} times", f"Filed {filed}"]
    minutes = [f"{rng.randint(3, 14)} min read" for _ in p.related]
    summary = "".join(
        f'<div class="summary-item summary-item-record-type-text"><div class="summary-content sqs-gallery-meta-container">'
        f'<div class="summary-title"><a href="/essays/{slug(t)}" class="summary-title-link">{esc(t)}</a></div>'
        f'<div class="summary-metadata-container summary-metadata-container--below-content"><div class="summary-metadata '
        f'summary-metadata--primary"><span class="summary-metadata-item summary-metadata-item--reading-time">{m}</span></div>'
        f'</div></div></div>' for t, m in zip(p.related, minutes))
    prev_t, next_t = rng.sample(p.others, 2)
    cookie = ""
    if shown_on(site, "cookie", 7, p):
        cookie = ('<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" '
                  'role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2-text"><p>The Writing Room keeps a few '
                  'cookies to remember your reading list and to count visits.</p></div><div class="sqs-cookie-banner-v2-cta-container">'
                  '<button class="sqs-cookie-banner-v2-accept">Accept all</button><button class="sqs-cookie-banner-v2-deny">Decline'
                  '</button><button class="sqs-cookie-banner-v2-manage">Manage cookies</button></div></div></div>')
        p.clutter += ["The Writing Room keeps a few cookies to remember your reading list and to count visits",
                      "Manage cookies", "Accept all"]
    p.clutter += [*stats, f"Essay by {p.author}", "Wrenfield Writing Room", "Workshops", "Join the Room", "For your bibliography",
                  harvard, "Pass this essay on", "WhatsApp", "Keep reading", *minutes, *p.related, prev_t, next_t,
                  "a community writing centre", "Registered charity no. 1187462", "Safeguarding"]
    nav = "".join(f'<div class="header-nav-item header-nav-item--collection{active}"><a href="/{slug(name)}"{current}>{name}</a></div>'
                  for name, active, current in (("Essays", " header-nav-item--active", ' aria-current="page"'),
                                                ("Tutoring", "", ""), ("Workshops", "", ""), ("About us", "", ""),
                                                ("Donate", "", "")))
    return f"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- This is Squarespace. --><!-- wrenfield-writing-room -->
<base href="">
<meta charset="utf-8" />
<title>{esc(p.title)} &mdash; Wrenfield Writing Room</title>
<link rel="canonical" href="{url}"/>
<meta property="og:site_name" content="Wrenfield Writing Room"/>
<meta property="og:title" content="{html.escape(p.title)} &mdash; Wrenfield Writing Room"/>
<meta property="og:url" content="{url}"/>
<meta property="og:type" content="article"/>
<meta itemprop="name" content="{html.escape(p.title)}"/>
<script>Static = window.Static || {{}}; Static.SQUARESPACE_CONTEXT = {{"websiteId":"{hexid(site, "website")}","collectionId":"{hexid(site, "essays")}","itemId":"{item}","templateVersion":"7.1","pageType":50}};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/{hexid(site, "css")}/41/5c5a519771c10ba3470d8101/{hexid(site, "css2")}/1631/site.css"/>
</head>
<body id="item-{item}" class="collection-type-blog-basic-grid view-item collection-layout-default header-overlay-alignment-center tweak-blog-item-width-narrow tweak-blog-item-alignment-left primary-button-style-solid">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{{&quot;layout&quot;: &quot;navRight&quot;}}">
<div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/" id="site-title">Wrenfield Writing Room</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">{nav}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta" data-animation-role="header-element"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/membership">Join the Room</a></div></div>
</div></div></div>
</header>
<main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections="{hexid(site, "sections", p.index)}">
<section data-test="page-section" data-section-theme="white" class="page-section content-collection full-bleed-section collection-type-blog-basic-grid">
<div class="content-wrapper"><div class="content"><div class="blog-basic-grid collection-content-wrapper" data-controller="BlogImageLoader">
<article class="entry h-entry hentry post-type-text article-index-1" id="article-{item}" data-item-id="{item}">
<div class="blog-item-wrapper">
<div class="blog-item-top-wrapper">
<div class="blog-item-category-wrapper"><a href="/essays">Essays</a> <span class="blog-categories-separator">&rsaquo;</span> <a href="/essays?category={quote(p.category)}" class="blog-item-category">{esc(p.category)}</a></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">{esc(p.title)}</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-item-author-date-wrapper">
<div class="blog-meta-item blog-meta-item--author">Essay by <a href="/essays?author={hexid(site, p.author)}" class="blog-author-name">{esc(p.author)}</a></div>
<div class="blog-meta-item blog-meta-item--stats">{"".join(f'<span class="blog-meta-item blog-meta-item--tally">{esc(s)}</span><span class="blog-meta-delimiter"></span>' for s in stats)}</div>
</div></div>
</div>
<div class="blog-item-content-wrapper" data-layout-label="Post Body" data-type="item-page" data-updated-on="{stamp}">
<div class="blog-item-content e-content" data-content-field="main-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="{stamp}" id="item-{item}"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
{chr(10).join(blocks)}
</div></div></div>
</div>
<div class="sqs-block markdown-block sqs-block-markdown wr-cite" data-block-type="44" id="block-{bid()}"><div class="sqs-block-content"><h4>For your bibliography</h4>
<p><code>{esc(harvard)}</code></p></div></div>
<div class="blog-item-share"><div class="squarespace-social-buttons inline-style" data-system-data-id="{item}"><span class="wr-share-label">Pass this essay on</span>
<a class="ss-social-button" data-service="facebook" href="#"><span class="ss-social-button-text">Facebook</span></a>
<a class="ss-social-button" data-service="linkedin" href="#"><span class="ss-social-button-text">LinkedIn</span></a>
<a class="ss-social-button" data-service="whatsapp" href="#"><span class="ss-social-button-text">WhatsApp</span></a>
<a class="ss-social-button" data-service="email" href="#"><span class="ss-social-button-text">Email</span></a></div></div>
</div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid"><a class="item-pagination-link item-pagination-link--prev" href="/essays/{slug(prev_t)}"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">{esc(prev_t)}</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/essays/{slug(next_t)}"><div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">{esc(next_t)}</h2></a></section>
<div class="sqs-block summary-v2-block sqs-block-summary-v2" data-block-type="55" id="block-{bid()}"><div class="sqs-block-content"><div class="summary-block-header"><h3 class="summary-heading"><span>Keep reading</span></h3></div>
<div class="summary-item-list-container sqs-gallery-container"><div class="summary-item-list">{summary}</div></div></div></div>
</div>
</article>
</div></div></div>
</section>
</article>
</main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content-wrapper"><div class="content">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1593770223401_4187"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="text-align:center;white-space:pre-wrap;">Wrenfield Writing Room &middot; a community writing centre &middot; Registered charity no. 1187462</p>
<p class="" style="text-align:center;white-space:pre-wrap;"><a href="/privacy">Privacy</a> &middot; <a href="/safeguarding">Safeguarding</a> &middot; <a href="/contact">Contact</a></p>
</div></div></div>
</div></div></section></footer>
</div>
{cookie}
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.{hexid(site, "bundle", n=8)}.js" type="text/javascript"></script>
</body>
</html>
"""


# ---- 2. ashgrove: Joomla 4 (Cassiopeia), NO URL at all; one essay on two pages --------------------------------

AG_MODULES = [
    ("Stuck on {topic}?", "The librarians keep a reading list on {topic} and will send it to you free of charge.",
     "Ask a Librarian"),
    ("Your own essay belongs here", "Deposit an essay you are proud of and it will be catalogued, shelved and credited to you.",
     "Deposit an essay"),
    ("Reading Room evenings", "Card holders can book a quiet desk and a librarian's half hour on Tuesday and Thursday evenings.",
     "Book a desk"),
]
AG_FRIENDS = [
    "Ashgrove is kept going by volunteers and a handful of Friends. If this essay helped, becoming a Friend costs less than a "
    "coffee a month.",
    "The archive's server bill falls due every spring. The Friends of Ashgrove cover it between them, and there is room for "
    "one more.",
]
AG_NOTES = [
    "The essay was deposited as a scanned typescript and keyed in by a volunteer. Report any slips to the librarians.",
    "This essay is catalogued on two shelves; it also appears among the essays on {topic}.",
    "The writer's footnotes could not be kept in the catalogue. The text itself is complete.",
    "Deposited with the writer's permission to be quoted, with credit, in other students' work.",
    "Older essays in the archive may quote figures that have since changed. Check them before you rely on them.",
    "A reader pointed out a missing page in an earlier copy. This is the corrected deposit.",
]
AG_DISCLAIMER = ("Essays in the Ashgrove archive are deposited by the students who wrote them and are kept for study and "
                 "reference. The archive does not vouch for their accuracy, and submitting any of them as your own work is "
                 "plagiarism.")


def ashgrove(p: Page) -> str:
    rng = p.rng
    site = "ashgrove"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    vis = p.visible()
    pieces = pieces_for(vis, heading="<h2>{}</h2>", quote="<blockquote><p>{}</p></blockquote>")
    pieces.insert(min(3, len(pieces)), f"<p>{esc(AG_DISCLAIMER)}</p>")  # after the essay's third block, a plain <p>
    p.clutter.append(AG_DISCLAIMER)
    if shown_on(site, "note", 14, p):  # the librarian's note, a plain <p> with a <strong> label
        note = note_for(AG_NOTES, p)
        pieces.insert(rng.choice([0, spot(len(pieces), rng, 2, 6)]), f"<p><strong>Librarian's note:</strong> {esc(note)}</p>")
        p.clutter += ["Librarian's note:", note]
    head, text, button = rng.choice(AG_MODULES)
    head, text = head.format(topic=p.topic), text.format(topic=p.topic)
    at = spot(len(pieces), rng, 2, 6)
    module_id = rng.randint(90, 140)
    pieces.insert(at, f'<div class="moduletable "><h3>{esc(head)}</h3><div id="mod-custom{module_id}" class="mod-custom custom">'
                      f'<p>{esc(text)}</p><p><a class="btn btn-primary" href="/reading-room">{button}</a></p></div></div>')
    p.clutter += [head, text, button]
    turn = rank_on(site, "friends", 4, p)
    if turn is not None:  # an appeal as a plain <p> of the body, on 4 of 18 pages
        line = AG_FRIENDS[turn % len(AG_FRIENDS)]
        pieces.insert(rng.randint(max(at + 1, len(pieces) // 2), len(pieces)), f"<p>{esc(line)}</p>")
        p.clutter.append(line)
    locked = ""
    if p.cut is not None:
        more = p.rest_words()
        locked = (f'<p class="readmore"><a class="btn btn-secondary" href="/log-in" aria-label="Register to read more: '
                  f'{html.escape(p.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> Register to read more...</a></p>'
                  f'<div class="alert alert-warning ag-locked"><p>{fmt_int(more)} more words of this essay are kept in the Reading Room.</p>'
                  '<p>Ashgrove library card holders can read every essay in full.</p></div>')
        p.clutter += ["Register to read more", f"{fmt_int(more)} more words of this essay are kept in the Reading Room",
                      "Ashgrove library card holders can read every essay in full"]
    refs = ""
    if p.refs:
        refs = '<h2>Works Cited</h2>' + "".join(f'<p class="ag-ref">{mk}</p>' for _, mk in p.refs)
    catalogued = p.date.strftime("%d %B %Y")
    mhra = f"{p.author}, '{p.title}', Ashgrove Essay Archive, essay no. {p.sample_id}, catalogued {p.date.strftime('%-d %B %Y')}."
    looks = [f"Looked at {fmt_int(rng.randint(40, 9000))} times" for _ in p.related]
    shelf = "".join(f'<li><a class="mod-articles-category-title " href="/archive/{slug(p.category)}/{slug(t)}">{esc(t)}</a>'
                    f'<span class="mod-articles-category-hits">{c}</span></li>' for t, c in zip(p.related, looks))
    prev_t, next_t = rng.sample(p.others, 2)
    alert = ""
    if shown_on(site, "cookie", 5, p):
        alert = ('<div id="system-message-container" aria-live="polite"><joomla-alert type="info" close-text="Close" dismiss="true" '
                 'role="alert"><button type="button" class="joomla-alert--close" aria-label="Close"><span aria-hidden="true">&times;'
                 '</span></button><div class="alert-heading"><span class="info"></span><span class="visually-hidden">Info</span></div>'
                 '<div class="alert-wrapper"><div class="alert-message">Ashgrove sets one session cookie so that the Reading Room '
                 'knows you are signed in. Nothing else is stored.</div></div></joomla-alert></div>')
        p.clutter += ["Ashgrove sets one session cookie so that the Reading Room knows you are signed in",
                      "Nothing else is stored"]
    else:
        alert = '<div id="system-message-container" aria-live="polite"></div>'
    stats = [f"Deposited by: {p.author}", f"Shelf: {p.category}", f"Catalogued: {catalogued}",
             f"Extent: {fmt_int(p.words)} words on {plural(p.pages, 'page')}", f"Looked at {fmt_int(p.views)} times"]
    p.clutter += [*stats, *looks, "Ashgrove Essay Archive", "Student essays, kept and catalogued since 2009", "The Archive",
                  "Reading Room", "Ask a Librarian", "Deposit an essay", "Search the archive", "You are here:", "Catalogue entry",
                  f"Previous article: {prev_t}", f"Next article: {next_t}", "Pass it on:", "Email a friend", "Print this essay",
                  "Mastodon", "Quoting from this essay (MHRA)", mhra, "On the same shelf", *p.related,
                  "The Reading Room is open to card holders from nine till nine, every day but Sunday",
                  "Ashgrove Essay Archive is a volunteer project", "Every essay remains the property of its writer",
                  "Accessibility statement", "Privacy notice", "Contact the librarians", "Back to Top"]
    item_id = 100 + p.sample_id % 400
    return f"""<!DOCTYPE html>
<html lang="en-gb" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="author" content="{html.escape(p.author)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Deposited essay: {html.escape(p.title)}">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(p.title)} - Ashgrove Essay Archive</title>
<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
<link href="/media/system/css/joomla-fontawesome.min.css?{hexid(site, "fa", n=8)}" rel="stylesheet">
<link href="/media/templates/site/cassiopeia/css/template.min.css?{hexid(site, "tpl", n=8)}" rel="stylesheet">
<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.2.0" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"Error","MESSAGE":"Message","NOTICE":"Notice","WARNING":"Warning","JCLOSE":"Close","JOK":"OK","JOPEN":"Open"}},"system.paths":{{"root":"","rootFull":"\\/","base":"","baseFull":"\\/"}},"csrf.token":"{hexid(site, "csrf", p.index, n=32)}"}}</script>
<script src="/media/system/js/core.min.js?{hexid(site, "core", n=8)}"></script>
<script src="/media/vendor/bootstrap/js/bootstrap-es5.min.js?5.3.2" nomodule defer></script>
<script src="/media/system/js/messages.min.js?{hexid(site, "msg", n=8)}" type="module"></script>
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-{item_id} has-sidebar-right">
<header class="header container-header full-width position-sticky sticky-top">
<div class="grid-child">
<div class="navbar-brand"><a class="brand-logo" href="/"><span title="Ashgrove Essay Archive">Ashgrove Essay Archive</span></a>
<div class="site-description">Student essays, kept and catalogued since 2009</div></div>
</div>
<div class="grid-child container-nav">
<ul class="mod-menu mod-list nav ">
<li class="nav-item item-101 default"><a href="/">Home</a></li><li class="nav-item item-102 current active"><a href="/archive" aria-current="location">The Archive</a></li><li class="nav-item item-103"><a href="/reading-room">Reading Room</a></li><li class="nav-item item-104"><a href="/ask">Ask a Librarian</a></li><li class="nav-item item-105"><a href="/deposit">Deposit an essay</a></li>
</ul>
<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/search" method="get" role="search"><label for="mod-finder-searchword118" class="finder">Search the archive</label><div class="mod-finder__search input-group"><input type="text" name="q" id="mod-finder-searchword118" class="js-finder-search-query form-control" value="" placeholder="Search ..."><button class="btn btn-primary" type="submit"><span class="icon-search icon-white" aria-hidden="true"></span> Search</button></div></form></div>
</div>
</header>
<div class="site-grid">
<div class="grid-child container-top-a"><div class="top-a no-card ">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">You are here: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Home</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/archive" class="pathway"><span>The Archive</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/archive/{slug(p.category)}" class="pathway"><span>{esc(p.category)}</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>{esc(p.title)}</span></li></ol></nav>
</div></div>
<div class="grid-child container-component">
{alert}
<main>
<div class="com-content-article item-page">
<meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h1>{esc(p.title)}</h1></div>
<dl class="article-info text-muted">
<dt class="article-info-term">Catalogue entry</dt>
<dd class="createdby"><span class="icon-user icon-fw" aria-hidden="true"></span>Deposited by: <span>{esc(p.author)}</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Shelf: <a href="/archive/{slug(p.category)}">{esc(p.category)}</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{p.date.isoformat()}T10:{p.sample_id % 60:02d}:00+00:00">Catalogued: {catalogued}</time></dd>
<dd class="ag-extent"><span class="icon-file-alt icon-fw" aria-hidden="true"></span>{esc(stats[3])}</dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span>{esc(stats[4])}</dd>
</dl>
<ul class="tags list-inline"><li class="list-inline-item tag-{3 + LEVELS.index(p.level)} tag-list0"><a href="/tags/{slug(p.level)}" class="btn btn-sm btn-info">{esc(p.level)}</a></li></ul>
<div class="com-content-article__body">
{chr(10).join(pieces)}
</div>
{locked}
{refs}
<div class="ag-share"><span>Pass it on:</span> <a href="/share/email?id={p.sample_id}">Email a friend</a> &middot; <a href="/share/mastodon?id={p.sample_id}">Mastodon</a> &middot; <a href="/print/{p.sample_id}" onclick="window.print();return false;">Print this essay</a></div>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0">
<a class="btn btn-sm btn-secondary previous" href="/archive/{slug(p.category)}/{slug(prev_t)}" rel="prev"><span class="visually-hidden">Previous article: {esc(prev_t)}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Prev</span></a>
<a class="btn btn-sm btn-secondary next" href="/archive/{slug(p.category)}/{slug(next_t)}" rel="next"><span class="visually-hidden">Next article: {esc(next_t)}</span><span aria-hidden="true">Next</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>
</span></nav>
</div>
</main>
<div class="main-bottom card "><h3 class="card-header ">Quoting from this essay (MHRA)</h3><div class="card-body"><div id="mod-custom131" class="mod-custom custom"><p><kbd>{esc(mhra)}</kbd></p></div></div></div>
</div>
<div class="grid-child container-sidebar-right">
<div class="sidebar-right card "><h3 class="card-header ">On the same shelf</h3><div class="card-body"><ul class="mod-articlescategory category-module mod-list">{shelf}</ul></div></div>
<div class="sidebar-right card "><div class="card-body"><div id="mod-custom127" class="mod-custom custom"><p>The Reading Room is open to card holders from nine till nine, every day but Sunday.</p></div></div></div>
</div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child">
<div id="mod-custom120" class="mod-custom custom"><p>Ashgrove Essay Archive is a volunteer project. Every essay remains the property of its writer.</p></div>
<ul class="mod-menu mod-list nav "><li class="nav-item item-140"><a href="/accessibility">Accessibility statement</a></li><li class="nav-item item-141"><a href="/privacy">Privacy notice</a></li><li class="nav-item item-142"><a href="/contact">Contact the librarians</a></li></ul>
</div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span> Back to Top</a>
</body>
</html>
"""


# ---- 3. kestrel: MediaWiki 1.41, Vector 2022, canonical + printfooter URL; Introduction / Conclusion --------------

KW_BOXES = [
    ("Writing on {topic}?", "Kestrel's volunteer tutors answer questions about essays on {topic} on the tutoring board.",
     "Ask on the board"),
    ("Improve this essay's sources", "Editors who add page numbers to an essay's quotations earn a Careful Reader badge.",
     "See the sources drive"),
    ("Essay of the Month", "Nominate a well-argued essay from the archive; the winner is shown on the main page.",
     "Nominate an essay"),
]
KW_APPEALS = [
    "Kestrel runs on donations. This year's appeal stands at {pct}% of its goal; every pound keeps the wiki free of adverts.",
    "Kestrel is written and kept by volunteers. {donors} readers have chipped in this month to keep the servers running.",
]
KW_NOTES = [
    "This essay was imported from the old Kestrel archive; its formatting was tidied but the words are unchanged.",
    "The essay is one of several on {topic} that editors have checked against their sources.",
    "Some quotations in this essay could not be traced to a page number. See the talk page.",
    "The contributor asked for the essay to stay as it was marked, so it is protected from editing.",
    "This essay was a finalist for Essay of the Month.",
    "Readers studying {topic} often compare this essay with the ones listed at the foot of the page.",
]
KW_SITENOTICES = [
    "Voting for Essay of the Month closes on Friday. Have your say on the main page.",
    "Kestrel is looking for volunteer proofreaders for the summer. No experience needed.",
    "Scheduled maintenance: the wiki will be read-only on Sunday morning.",
]
KW_DISCLAIMER = ("Essays on Kestrel are contributed by students and kept as they were marked. They are here to be read "
                 "and discussed; handing one in as your own work breaks your institution's rules and ours.")


def kestrel(p: Page) -> str:
    rng = p.rng
    site = "kestrel"
    page_name = p.title.replace(" ", "_")
    url = f"https://essays.kestrelwiki.org/wiki/{quote(page_name, safe='_(),:!')}"
    oldid = rng.randint(40000, 99999)
    permalink = f"https://essays.kestrelwiki.org/index.php?title={quote(page_name, safe='_(),:!')}&oldid={oldid}"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    vis = p.visible()
    anchors, sections = [], 0
    pieces = []
    for kind, value in vis:
        if kind == "heading":
            sections += 1
            anchor = re.sub(r"[^\w\-.:]", "_", value.replace(" ", "_"))
            while anchor in anchors:
                anchor += "_2"
            anchors.append(anchor)
            pieces.append(f'<h2><span class="mw-headline" id="{html.escape(anchor)}">{esc(value)}</span><span class="mw-editsection">'
                          f'<span class="mw-editsection-bracket">[</span><a href="/index.php?title={quote(page_name)}&amp;veaction=edit'
                          f'&amp;section={sections}" class="mw-editsection-visualeditor" title="Edit section: {html.escape(value)}">'
                          f'<span>edit</span></a><span class="mw-editsection-divider"> | </span><a href="/index.php?title='
                          f'{quote(page_name)}&amp;action=edit&amp;section={sections}" title="Edit section\'s source code: '
                          f'{html.escape(value)}"><span>edit source</span></a><span class="mw-editsection-bracket">]</span></span></h2>')
        else:
            pieces += pieces_for([(kind, value)], para="<p>{}\n</p>", quote="<blockquote><p>{}</p></blockquote>")
    # The disclaimer is a plain <p> before the first section heading that follows at least two blocks (after the
    # Introduction section, or at the end of the lead), else after block 2.
    later = [i for i, piece in enumerate(pieces) if piece.startswith("<h2>") and i >= 2]
    pieces.insert(later[0] if later else min(2, len(pieces)), f"<p>{esc(KW_DISCLAIMER)}\n</p>")
    p.clutter.append(KW_DISCLAIMER)
    if shown_on(site, "note", 15, p):
        note = note_for(KW_NOTES, p)
        pieces.insert(spot(len(pieces), rng, 2, 5), f"<p><b>Curator's note:</b> {esc(note)}\n</p>")
        p.clutter += ["Curator's note:", note]
    head, text, button = rng.choice(KW_BOXES)
    head, text = head.format(topic=p.topic), text.format(topic=p.topic)
    at = spot(len(pieces), rng, 2, 6)
    pieces.insert(at, '<div class="kw-tutorbox plainlinks" style="border:1px solid #a2a9b1;background:#f8f9fa;padding:0.5em 1em;'
                      f'margin:1em 0;"><b>{esc(head)}</b> {esc(text)} <a href="/wiki/Kestrel:Tutoring">{button}</a></div>')
    p.clutter += [head, text, button]
    turn = rank_on(site, "appeal", 5, p)
    if turn is not None:  # a donation appeal as a plain <p>, with this week's figures, on 5 of 18 pages
        appeal = KW_APPEALS[turn % len(KW_APPEALS)].format(pct=rng.randint(18, 91), donors=fmt_int(rng.randint(40, 900)))
        pieces.insert(rng.randint(at + 1, len(pieces)), f"<p>{esc(appeal)}\n</p>")
        p.clutter.append(appeal)
    wall = ""
    if p.cut is not None:
        more = p.rest_words()
        wall = ('<div class="mw-message-box mw-message-box-warning kw-restricted"><p><b>The rest of this essay is restricted to '
                f'signed-in members.</b> {fmt_int(more)} more words can be read after you log in.</p><p><a href="/index.php?title='
                'Special:CreateAccount">Create a free account</a></p></div>')
        p.clutter += ["The rest of this essay is restricted to signed-in members",
                      f"{fmt_int(more)} more words can be read after you log in", "Create a free account"]
    refs = ""
    if p.refs:
        sections += 1
        refs = ('<h2><span class="mw-headline" id="Works_Cited">Works Cited</span></h2>\n<ul class="kw-works-cited">'
                + "".join(f"<li>{mk}</li>" for _, mk in p.refs) + "</ul>")
    uploaded = p.date.strftime("%-d %B %Y")
    edited = p.date + timedelta(days=rng.randint(20, 600))
    lastmod = f"This page was last edited on {edited.strftime('%-d %B %Y')}, at {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}."
    readcount = f"This essay has been read {fmt_int(p.views)} times."
    length = f"{fmt_int(p.words)} words ({plural(p.pages, 'page')})"
    last, first_name = p.author.split()[-1], p.author.split()[0]
    apa = f"{last}, {first_name[0]}. ({p.date.year}). {p.title}. In Kestrel Essay Wiki. Retrieved {edited.strftime('%B %-d, %Y')}, from {url}"
    extracts = [f"{fmt_int(rng.randint(400, 2400))} words, {rng.randint(2, 40)} revisions" for _ in p.related]
    cards = "".join(f'<li class="ext-related-articles-card"><div class="ext-related-articles-card-thumb '
                    f'ext-related-articles-card-thumb-placeholder"></div><a href="/wiki/{quote(t.replace(" ", "_"))}" '
                    f'class="ext-related-articles-card-link" aria-hidden="true"></a><div class="ext-related-articles-card-detail">'
                    f'<h3 class="ext-related-articles-card-detail-header"><a href="/wiki/{quote(t.replace(" ", "_"))}">{esc(t)}</a></h3>'
                    f'<p class="ext-related-articles-card-extract">{x}</p></div></li>' for t, x in zip(p.related, extracts))
    notice = note_for(KW_SITENOTICES, p)
    toc = ""
    vis_heads = [b[1] for b in vis if b[0] == "heading"] + (["Works Cited"] if p.refs else [])
    if len(vis_heads) >= 3:
        ids = anchors + (["Works_Cited"] if p.refs else [])
        toc = ('<nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container '
               'vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" '
               'class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header '
               'vector-pinnable-header-pinned" data-feature-name="toc-pinned"><div class="vector-pinnable-header-label">Contents</div>'
               '<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>'
               '<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item '
               'vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>'
               + "".join(f'<li id="toc-{html.escape(a)}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" '
                         f'href="#{html.escape(a)}"><div class="vector-toc-text"><span class="vector-toc-numb">{i}</span>{esc(h)}</div>'
                         f'</a></li>' for i, (a, h) in enumerate(zip(ids, vis_heads), 1))
               + "</ul></div></div></nav>")
    cookie = ""
    if shown_on(site, "cookie", 6, p):
        cookie = ('<div class="mw-cookiewarning-container"><div class="mw-cookiewarning-text"><span>Kestrel keeps cookies for '
                  'logins and for nothing else.</span></div><form method="POST"><a href="/wiki/Kestrel:Privacy_policy">Privacy '
                  'details</a><button name="disablecookiewarning" class="cdx-button cdx-button--action-progressive" '
                  'value="OK">OK</button></form></div>')
        p.clutter += ["Kestrel keeps cookies for logins and for nothing else", "Privacy details"]
    p.clutter += [notice, "Kestrel Essay Wiki", "Create account", "Essays by subject",
                  "Recent changes", "Random essay", "Help about MediaWiki", "What links here", "Related changes", "Special pages",
                  "Printable version", "Permanent link", "Page information", "Discussion", "View history",
                  "From Kestrel Essay Wiki, the student essay archive anyone can improve", "Essay record",
                  f"Contributed by {p.author}", length, "Course level", uploaded, "edit source", "Retrieved from", permalink,
                  f"Essays graded {p.grade}", f"{p.level} essays", "Crediting this essay (APA 7)", apa, "Send to a classmate:",
                  "Bluesky", "Copy permanent link", "Essays readers compared with this one", *p.related, *extracts, lastmod,
                  readcount, "Text is available under the Creative Commons Attribution-ShareAlike License 4.0",
                  "About Kestrel Essay Wiki", "Powered by MediaWiki"]
    wg = (f'{{"wgPageName":{quote_js(page_name)},"wgTitle":{quote_js(p.title)},"wgArticleId":{p.sample_id},"wgRevisionId":{oldid},'
          f'"wgCurRevisionId":{oldid},"wgCategories":[{quote_js(p.category)},{quote_js("Essays graded " + p.grade)}],'
          f'"wgNamespaceNumber":0,"wgAction":"view","wgIsArticle":true}}')
    portlet = "".join(f'<li id="{i}" class="mw-list-item"><a href="{h}"><span>{t}</span></a></li>' for i, h, t in (
        ("n-mainpage-description", "/wiki/Main_Page", "Main page"), ("n-Essays-by-subject", "/wiki/Essays_by_subject", "Essays by subject"),
        ("n-recentchanges", "/wiki/Special:RecentChanges", "Recent changes"), ("n-randompage", "/wiki/Special:Random", "Random essay"),
        ("n-help-mediawiki", "/wiki/Help:Contents", "Help about MediaWiki")))
    tools = "".join(f'<li id="{i}" class="mw-list-item"><a href="{h}"><span>{t}</span></a></li>' for i, h, t in (
        ("t-whatlinkshere", f"/wiki/Special:WhatLinksHere/{quote(page_name)}", "What links here"),
        ("t-recentchangeslinked", f"/wiki/Special:RecentChangesLinked/{quote(page_name)}", "Related changes"),
        ("t-specialpages", "/wiki/Special:SpecialPages", "Special pages"),
        ("t-print", f"/index.php?title={quote(page_name)}&amp;printable=yes", "Printable version"),
        ("t-permalink", f"/index.php?title={quote(page_name)}&amp;oldid={oldid}", "Permanent link"),
        ("t-info", f"/index.php?title={quote(page_name)}&amp;action=info", "Page information")))
    return f"""<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1" lang="en" dir="ltr">
<head>
<meta charset="UTF-8">
<title>{esc(p.title)} - Kestrel Essay Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={wg};RLSTATE={{"site.styles":"ready","user.styles":"ready","skins.vector.styles":"ready"}};RLPAGEMODULES=["site","mediawiki.page.ready","skins.vector.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles%7Cext.relatedArticles.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1">
<meta name="robots" content="max-image-preview:standard">
<meta name="viewport" content="width=1120">
<link rel="icon" href="/favicon.ico">
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch_desc.php" title="Kestrel Essay Wiki (en)">
<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/">
<link rel="canonical" href="{url}">
</head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-{html.escape(page_name)} rootpage-{html.escape(page_name)} skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><span class="mw-logo-wordmark">Kestrel Essay Wiki</span></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box"><form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search Kestrel Essay Wiki" aria-label="Search Kestrel Essay Wiki" autocapitalize="sentences" title="Search Kestrel Essay Wiki [f]" accesskey="f" id="searchInput"><input type="hidden" name="title" value="Special:Search"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><ul class="vector-menu-content-list"><li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:CreateAccount"><span>Create account</span></a></li><li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></div></nav>
</div>
</header></div>
<div class="mw-page-container"><div class="mw-page-container-inner">
<div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel" class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul class="vector-menu-content-list">{portlet}</ul></div></div>
<div id="p-tb" class="vector-menu mw-portlet mw-portlet-tb"><div class="vector-menu-heading">Tools</div><div class="vector-menu-content"><ul class="vector-menu-content-list">{tools}</ul></div></div>
</div></nav></div></div>
<div class="vector-sitenotice-container"><div id="siteNotice"><div id="localNotice" data-nosnippet=""><div class="sitenotice" lang="en" dir="ltr"><p>{esc(notice)}</p></div></div></div></div>
<div class="vector-column-start">{toc}</div>
<div class="mw-content-container">
<main id="content" class="mw-body">
<header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">{esc(p.title)}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/{quote(page_name)}"><span>Essay</span></a></li><li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:{quote(page_name)}" rel="discussion"><span>Discussion</span></a></li></ul></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet"><ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/{quote(page_name)}"><span>Read</span></a></li><li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/index.php?title={quote(page_name)}&amp;action=edit"><span>Edit</span></a></li><li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title={quote(page_name)}&amp;action=history"><span>View history</span></a></li></ul></div></nav></div>
</div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>
<div id="siteSub" class="noprint">From Kestrel Essay Wiki, the student essay archive anyone can improve</div>
<div id="contentSub"><div id="mw-content-subtitle"><span class="subpages">&lt; <a href="/wiki/Essays_by_subject" title="Essays by subject">Essays by subject</a>&lrm; | <a href="/wiki/Essays_by_subject/{quote(p.category)}" title="Essays by subject/{html.escape(p.category)}">{esc(p.category)}</a></span></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox kw-essaybox" style="float:right;clear:right;width:22em;border:1px solid #a2a9b1;background:#f8f9fa;margin:0 0 1em 1em;font-size:88%;"><tbody>
<tr><th colspan="2" class="infobox-above" style="text-align:center;font-size:125%;">Essay record</th></tr>
<tr><td colspan="2" class="infobox-full-data" style="text-align:center;">Contributed by <a href="/wiki/User:{quote(p.author.replace(" ", "_"))}">{esc(p.author)}</a></td></tr>
<tr><th scope="row" class="infobox-label">Length</th><td class="infobox-data">{esc(length)}</td></tr>
<tr><th scope="row" class="infobox-label">Course level</th><td class="infobox-data">{esc(p.level)}</td></tr>
<tr><th scope="row" class="infobox-label">Mark</th><td class="infobox-data">{esc(p.grade)}</td></tr>
<tr><th scope="row" class="infobox-label">Uploaded</th><td class="infobox-data">{uploaded}</td></tr>
</tbody></table>
{chr(10).join(pieces)}
{wall}
{refs}
<div class="kw-credit" style="clear:both;border:1px solid #c8ccd1;background:#eaf3ff;padding:0.5em 1em;margin-top:1.5em;"><b>Crediting this essay (APA 7)</b><br><span class="kw-credit-line">{esc(apa)}</span></div>
<!--
NewPP limit report
Parsed by mw-web.kestrel.{rng.randint(1, 4)}
Cached time: {edited.strftime('%Y%m%d')}{rng.randint(0, 235959):06d}
CPU time usage: 0.{rng.randint(40, 999):03d} seconds
-->
</div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="{html.escape(permalink)}">{esc(permalink)}</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:{quote(p.category)}">{esc(p.category)}</a></li><li><a href="/wiki/Category:Essays_graded_{quote(p.grade)}">Essays graded {esc(p.grade)}</a></li><li><a href="/wiki/Category:{quote(p.level.replace(" ", "_"))}_essays">{esc(p.level)} essays</a></li></ul></div></div>
<div class="kw-share noprint">Send to a classmate: <a href="/wiki/Special:ShareByEmail/{p.sample_id}">Email</a> &middot; <a href="/wiki/Special:Share/mastodon/{p.sample_id}">Mastodon</a> &middot; <a href="/wiki/Special:Share/bluesky/{p.sample_id}">Bluesky</a> &middot; <a href="#" class="kw-copy">Copy permanent link</a></div>
</div>
<div class="read-more-container"><aside class="ext-related-articles-card-list-container noprint"><h2 class="ext-related-articles-card-list-heading">Essays readers compared with this one</h2><ul class="ext-related-articles-card-list">{cards}</ul></aside></div>
</main>
</div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo">
<ul id="footer-info"><li id="footer-info-lastmod"> {lastmod}</li><li id="footer-info-viewcount">{readcount}</li><li id="footer-info-copyright">Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may apply.</li></ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/Kestrel:Privacy_policy">Privacy policy</a></li><li id="footer-places-about"><a href="/wiki/Kestrel:About">About Kestrel Essay Wiki</a></li><li id="footer-places-disclaimers"><a href="/wiki/Kestrel:General_disclaimer">Disclaimers</a></li></ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="/wiki/Special:Version">Powered by MediaWiki</a></li></ul>
</footer></div>
</div></div>
{cookie}
<script>(RLQ=window.RLQ||[]).push(function(){{mw.config.set({{"wgBackendResponseTime":{rng.randint(60, 900)}}});}});</script>
</body>
</html>
"""


def quote_js(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\u003C").replace("&", "\\u0026") + '"'


# ---- 4. pinefold: Notion page rendered by react-notion-x, og:url only; Introduction / Discussion / Conclusion -----

PF_CALLOUTS = [
    ("Revising {topic}?", "The Pinefold study guide on {topic} has a one-page plan and five past questions.", "Open the guide"),
    ("Want feedback like this?", "Send a draft and a Pinefold marker returns it with comments within a week.", "Send a draft"),
    ("Pinefold Pass", "Every essay in full, a reading list for each subject, and no banners. Half price for students.",
     "Get a Pinefold Pass"),
]
PF_BOOKMARKS = [
    ("StudyNook: quiet desks by the hour", "Book a silent desk near campus for exam season. Pinefold readers get the first "
     "hour free.", "studynook.co/pinefold"),
    ("Inkwell Proofreading", "A second pair of eyes on your essay before the deadline, from four pence a word.",
     "inkwellproofing.com/students"),
]
PF_NOTES = [
    "A confident essay that would score higher with one more counter-argument.",
    "The paragraphs are well ordered; the evidence in the middle section is the thinnest part.",
    "Strong on {topic}, weaker on the wider context. The conclusion earns its marks.",
    "Notice how the writer signposts each step. Borrow that habit, not the sentences.",
    "Marked against the current scheme. It sits at the top of its band.",
    "Two of the sources here are dated; a newer one would make the argument safer.",
]
PF_DISCLAIMER = ("Pinefold Notes publishes student essays to show how a question can be answered. They are not model answers, "
                 "and passing any part of one off as your own work is academic misconduct.")
PF_ICON = ('<svg viewBox="0 0 14 14" class="notion-collection-column-title-icon"><path d="M4 3a1 1 0 011-1h4a1 1 0 011 1v8a1 1 0 '
           '01-1 1H5a1 1 0 01-1-1V3z"></path></svg>')
HASH_SVG = ('<svg viewBox="0 0 16 16" width="16" height="16"><path fill-rule="evenodd" d="M7.775 3.275a.75.75 0 001.06 1.06l1.25-1.25a2 '
            '2 0 112.83 2.83l-2.5 2.5a2 2 0 01-2.83 0 .75.75 0 00-1.06 1.06 3.5 3.5 0 004.95 0l2.5-2.5a3.5 3.5 0 00-4.95-4.95l-1.25 '
            '1.25z"></path></svg>')


def pinefold(p: Page) -> str:
    rng = p.rng
    site = "pinefold"
    page_id = hexid(site, "page", p.sample_id, p.title, n=32)
    url = f"https://notes.pinefold.org/{slug(p.title)}-{page_id}"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    counter = iter(range(10**6))

    def bid() -> str:
        return hexid(site, page_id, next(counter), n=32)

    def text_block(inner: str) -> str:
        return f'<div class="notion-text notion-block-{bid()}">{inner}</div>'

    vis = p.visible()
    pieces = []
    for kind, value in vis:
        b = bid()
        if kind == "heading":
            pieces.append(f'<h3 class="notion-h notion-h2 notion-h-indent-0 notion-block-{b}" data-id="{b}"><span><div id="{b}" '
                          f'class="notion-header-anchor"></div><a class="notion-hash-link" href="#{b}" title="{html.escape(value)}">'
                          f'{HASH_SVG}</a><span class="notion-h-title">{esc(value)}</span></span></h3>')
        elif kind == "paragraph":
            pieces.append(f'<div class="notion-text notion-block-{b}">{esc(value)}</div>')
        elif kind == "quote":
            pieces.append(f'<blockquote class="notion-quote notion-block-{b}"><div>{esc(value)}</div></blockquote>')
        else:  # react-notion-x wraps every list item block in its own list element
            ordered, items = value
            pieces.append("".join(
                (f'<ol start="{n}" class="notion-list notion-list-numbered notion-block-{bid()}"><li>{esc(it)}</li></ol>' if ordered
                 else f'<ul class="notion-list notion-list-disc notion-block-{bid()}"><li>{esc(it)}</li></ul>')
                for n, it in enumerate(items, 1)))
    if shown_on(site, "note", 13, p):  # the marker's note, a notion-text block with a bold label
        note = note_for(PF_NOTES, p)
        pieces.insert(spot(len(pieces), rng, 1, 5), text_block(f"<b>Marker's note:</b> {esc(note)}"))
        p.clutter += ["Marker's note:", note]
    head, text, button = rng.choice(PF_CALLOUTS)
    head, text = head.format(topic=p.topic), text.format(topic=p.topic)
    at = spot(len(pieces), rng, 2, 6)
    pieces.insert(at, f'<div class="notion-callout notion-brown_background_co notion-block-{bid()}"><div class="notion-page-icon-inline '
                      'notion-page-icon-span"><span class="notion-page-icon" role="img" aria-label="📌">📌</span></div>'
                      f'<div class="notion-callout-text"><b>{esc(head)}</b> {esc(text)} <a class="notion-link" href="/pass">{button}</a>'
                      '</div></div>')
    p.clutter += [head, text, button]
    turn = rank_on(site, "bookmark", 4, p)
    if turn is not None:  # a sponsor's bookmark block inside the essay, on 4 of 18 pages
        btitle, bdesc, blink = PF_BOOKMARKS[turn % len(PF_BOOKMARKS)]
        pieces.insert(rng.randint(at + 1, len(pieces)),
                      f'<div class="notion-row"><a target="_blank" rel="noopener noreferrer" class="notion-bookmark notion-block-{bid()}" '
                      f'href="https://{blink}"><div><div class="notion-bookmark-title">{esc(btitle)}</div><div '
                      f'class="notion-bookmark-description">{esc(bdesc)}</div><div class="notion-bookmark-link"><div '
                      f'class="notion-bookmark-link-text">https://{blink}</div></div></div></a></div>')
        p.clutter += [btitle, bdesc, f"https://{blink}"]
    pieces.append(text_block(esc(PF_DISCLAIMER)))  # the last text block of the page, like the essay's own
    p.clutter.append(PF_DISCLAIMER)
    gate = ""
    if p.cut is not None:
        more = p.rest_words()
        gate = (f'<div class="notion-callout notion-gray_background_co notion-block-{bid()} pf-gate"><div class="notion-page-icon-inline '
                'notion-page-icon-span"><span class="notion-page-icon" role="img" aria-label="🔒">🔒</span></div><div '
                f'class="notion-callout-text"><b>Members\' shelf</b><br>The remaining {fmt_int(more)} words of this essay are on the '
                'members\' shelf.<br><a class="notion-link" href="/pass">Unlock with a Pinefold Pass</a> · <a class="notion-link" '
                'href="/signin">I already have one</a></div></div>')
        p.clutter += ["Members' shelf", f"The remaining {fmt_int(more)} words of this essay are on the members' shelf",
                      "Unlock with a Pinefold Pass", "I already have one"]
    refs = ""
    if p.refs:
        b = bid()
        refs = (f'<h3 class="notion-h notion-h2 notion-h-indent-0 notion-block-{b}" data-id="{b}"><span><div id="{b}" '
                f'class="notion-header-anchor"></div><span class="notion-h-title">Works Cited</span></span></h3>'
                + "".join(text_block(mk) for _, mk in p.refs))
    added = p.date.strftime("%B %-d, %Y")
    last, first_name = p.author.split()[-1], p.author.split()[0]
    apa = f"{last}, {first_name[0]}. ({p.date.year}, {p.date.strftime('%B %-d')}). {p.title}. Pinefold Notes. {url}"
    length = f"{fmt_int(p.words)} words across {plural(p.pages, 'page')}"
    lists = f"on {fmt_int(rng.randint(3, 900))} reading lists"
    props = [("Length", f'<span class="notion-property notion-property-text">{esc(length)}</span>'),
             ("Subject", f'<span class="notion-property notion-property-select"><div class="notion-property-select-item '
                         f'notion-item-green">{esc(p.category)}</div></span>'),
             ("Level", f'<span class="notion-property notion-property-select"><div class="notion-property-select-item '
                       f'notion-item-blue">{esc(p.level)}</div></span>'),
             ("Saved", f'<span class="notion-property notion-property-text">{lists}</span>'),
             ("Added", f'<span class="notion-property notion-property-date">{added}</span>')]
    prop_html = "".join(f'<div class="notion-collection-row-property"><div class="notion-collection-column-title">{PF_ICON}'
                        f'<div class="notion-collection-column-title-body">{k}</div></div><div class="notion-collection-row-value">'
                        f'{v}</div></div>' for k, v in props)
    counts = [f"{fmt_int(rng.randint(450, 2500))} words" for _ in p.related]
    items = "".join(f'<a class="notion-list-item notion-page-link" href="/{slug(t)}-{hexid(site, t, n=32)}"><div '
                    f'class="notion-list-item-title"><span class="notion-page-title"><span class="notion-page-title-text">{esc(t)}'
                    f'</span></span></div><div class="notion-list-item-body"><div class="notion-list-item-property"><span '
                    f'class="notion-property notion-property-text">{c}</span></div></div></a>' for t, c in zip(p.related, counts))
    cookie = ""
    if shown_on(site, "cookie", 6, p):
        cookie = ('<div class="pf-cookie" role="dialog" aria-live="polite"><span>Pinefold keeps one cookie so your reading list '
                  'survives a reload.</span><button class="pf-cookie-ok">Okay</button><button class="pf-cookie-no">No cookies, '
                  'please</button></div>')
        p.clutter += ["Pinefold keeps one cookie so your reading list survives a reload", "No cookies, please"]
    p.clutter += [length, lists, added, f"Written up by {p.author}", "Pinefold Notes", "Essay index", "Study guides",
                  "Send us yours", "Citation (APA 7th)", apa, "Share the essay", "Threads", "Bluesky", "Email it",
                  "Copy page link", f"More essays in {p.category}", *p.related, *counts, "Copyright 2025 Pinefold Notes",
                  "Toggle dark mode", "Instagram"]
    return f"""<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/>
<title>{esc(p.title)} | Pinefold Notes</title><meta name="robots" content="index,follow"/><meta property="og:site_name" content="Pinefold Notes"/>
<meta property="og:title" content="{html.escape(p.title)}"/><meta property="og:url" content="{url}"/><meta name="twitter:card" content="summary_large_image"/>
<meta name="next-head-count" content="9"/><link rel="preload" href="/_next/static/css/{hexid(site, "css", n=16)}.css" as="style"/><link rel="stylesheet" href="/_next/static/css/{hexid(site, "css", n=16)}.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-{hexid(site, "wp", n=16)}.js" defer=""></script><script src="/_next/static/chunks/pages/%5BpageId%5D-{hexid(site, "page", n=16)}.js" defer=""></script>
</head><body><div id="__next"><div class="notion notion-app light-mode notion-block-{page_id}"><div class="notion-viewport"></div><div class="notion-frame">
<header class="notion-header"><div class="notion-nav-header"><div class="breadcrumbs"><a class="breadcrumb" href="/"><div class="notion-page-icon-inline notion-page-icon-span"><span class="notion-page-icon" role="img" aria-label="🌲">🌲</span></div><span class="title">Pinefold Notes</span></a><span class="spacer">/</span><a class="breadcrumb" href="/{slug(p.category)}-{hexid(site, p.category, n=32)}"><span class="title">{esc(p.category)}</span></a><span class="spacer">/</span><div class="breadcrumb active"><span class="title">{esc(p.title)}</span></div></div>
<div class="notion-nav-header-rhs breadcrumbs"><a class="breadcrumb button" href="/essays">Essay index</a><a class="breadcrumb button" href="/guides">Study guides</a><a class="breadcrumb button" href="/submit">Send us yours</a><div role="button" class="breadcrumb button notion-search-button"><svg class="searchIcon" viewBox="0 0 17 17"></svg><span class="title">Search</span></div></div></div></header>
<div class="notion-page-scroller"><main class="notion-page notion-page-no-cover notion-page-has-icon notion-page-has-text-icon notion-full-page">
<div class="notion-page-icon-hero notion-page-icon-span"><span class="notion-page-icon" role="img" aria-label="📝">📝</span></div>
<h1 class="notion-title">{esc(p.title)}</h1>
<div class="notion-collection-page-properties"><div class="notion-collection-row"><div class="notion-collection-row-body">{prop_html}</div></div></div>
<div class="notion-page-content"><article class="notion-page-content-inner">
{text_block(f'Written up by <a class="notion-link" href="/people/{slug(p.author)}">{esc(p.author)}</a>')}
<hr class="notion-hr notion-block-{bid()}"/>
{chr(10).join(pieces)}
{gate}
{refs}
<details class="notion-toggle notion-block-{bid()}"><summary>Citation (APA 7th)</summary><div>{text_block(f'<code class="notion-inline-code">{esc(apa)}</code>')}</div></details>
<div class="notion-collection notion-block-{bid()}"><div class="notion-collection-header"><div class="notion-collection-header-title">More essays in {esc(p.category)}</div></div><div class="notion-list-collection"><div class="notion-list-view">{items}</div></div></div>
</article></div>
<div class="pf-share"><span>Share the essay</span><a href="/share/threads?id={page_id}">Threads</a><a href="/share/bluesky?id={page_id}">Bluesky</a><a href="mailto:?subject={quote(p.title)}">Email it</a><button class="pf-copy">Copy page link</button></div>
<footer class="styles_footer__{hexid(site, "footer", n=5)}"><div class="styles_copyright__{hexid(site, "copy", n=5)}">Copyright 2025 Pinefold Notes</div><div class="styles_settings__{hexid(site, "set", n=5)}"><a class="styles_toggleDarkMode__{hexid(site, "dark", n=5)}" href="#" role="button" title="Toggle dark mode">Toggle dark mode</a></div><div class="styles_social__{hexid(site, "social", n=5)}"><a class="styles_instagram__{hexid(site, "ig", n=5)}" href="/instagram" title="Instagram @pinefoldnotes">Instagram</a><a class="styles_mastodon__{hexid(site, "md", n=5)}" href="/mastodon" title="Mastodon">Mastodon</a></div></footer>
</main></div></div></div>
{cookie}
</div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"site":{{"name":"Pinefold Notes","domain":"notes.pinefold.org","rootNotionPageId":"{hexid(site, "root", n=32)}"}},"pageId":"{page_id}"}},"__N_SSG":true}},"page":"/[pageId]","query":{{"pageId":"{slug(p.title)}-{page_id}"}},"buildId":"{hexid(site, "build", n=21)}","isFallback":false,"gsp":true,"scriptLoader":[]}}</script>
</body></html>
"""


# ------------------------------------------------------------------------------------------------ main

SITES = {  # name: (writer, teaser pages, works-cited pages, duplicate pair (page numbers) or None)
    "wrenfield": (wrenfield, 2, 3, None),       # Squarespace blocks; the disclaimer closes the first html block
    "ashgrove": (ashgrove, 3, 4, (7, 16)),      # NO URL; the same essay on two pages (different visits)
    "kestrel": (kestrel, 2, 4, None),           # MediaWiki; essays carry the headings Introduction / Conclusion
    "pinefold": (pinefold, 3, 3, None),         # Notion; essays carry Introduction / Discussion / Conclusion
}
HEADINGS = {"kestrel": None, "pinefold": "Discussion"}
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
    ap.add_argument("--seed", type=int, default=89)
    args = ap.parse_args()
    SEED = args.seed
    rng = random.Random(args.seed)
    essays = load_essays()
    # Texts no set used first (none are left), then texts one earlier set used and the fourth did not reuse, then the rest.
    tiers = [[e for e in essays if tier(e) == t] for t in (0, 1, 2)]
    for group in tiers:
        rng.shuffle(group)
    need = g.essays_needed(SITES, PAGES_PER_SITE)
    chosen = g.choose_essays(tiers[0] + tiers[1] + tiers[2], need)[:need]
    rng.shuffle(chosen)
    keep_urls_off(chosen, "ashgrove")

    def page_for(name: str, n: int, essay: dict, titles: list[str], page_rng: random.Random, twin: Page | None) -> Page:
        blocks = (with_essay_headings(essay["blocks"], random.Random(f"{args.seed}:{name}:{n}:headings"), HEADINGS[name])
                  if name in HEADINGS else None)
        return Page(essay, page_rng, n, titles, blocks)

    def copy_twin(page: Page, twin: Page) -> None:
        page.blocks, page.cut, page.refs = twin.blocks, twin.cut, twin.refs
        page.words, page.pages, page.minutes = twin.words, twin.pages, twin.minutes
        page.date, page.author, page.level, page.grade, page.sample_id = (twin.date, twin.author, twin.level, twin.grade,
                                                                          twin.sample_id)

    rows = g.write_site_folders(
        args.outdir, args.seed, SITES, chosen, PAGES_PER_SITE, page_for, copy_twin,
        lambda name, n, e: f"{name}\tpage-{n:02d}\t{e['id']}\t{e['earlier'] or '-'}\t{e['url']}\t{e['title']}")
    header = "site\tpage\twcxb_id\tearlier_sets\tsource_url\ttitle"
    (args.outdir / "SOURCES.tsv").write_text("\n".join([header, *rows]) + "\n", "utf-8")
    counts = [sum(tier(e) == t for e in chosen) for t in (0, 1, 2)]
    print(f"{len(SITES)} sites x {PAGES_PER_SITE} pages -> {args.outdir} ({need} texts: {counts[0]} new, {counts[1]} used by one "
          f"earlier set, {counts[2]} used by the fourth set too)")


if __name__ == "__main__":
    main()
