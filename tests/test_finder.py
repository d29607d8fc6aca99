"""The generic finder and cleaners on layouts that are not in samples/: rules must generalise."""

from __future__ import annotations

import pytest

import essayconv
from essayconv.clean.clutter import drop_related_cards
from essayconv.model import Gap, Heading, Link, Text, block_text, plain_text

from .helpers import PROSE, draft_of, kept_texts

ESSAY = "".join(f"<p>{PROSE} {PROSE} Essay paragraph {i}.</p>" for i in range(5))
CARDS = "".join(f'<div><h3><a href="/e{i}">Another Essay Title {i}</a></h3><p>{PROSE} {PROSE} Card excerpt {i} '
                f'which ends abruptly and</p><a href="/e{i}">Read more</a></div>' for i in range(5))
LAYOUTS = {
    "announced cards beside the essay": f"<div id=main><div class=x><h1>Rivers</h1>{ESSAY}</div>"
                                        f"<div class=y><h2>You may also like</h2>{CARDS}</div></div>",
    "unannounced cards beside the essay": f"<div><div><h1>Rivers</h1>{ESSAY}</div><div>{CARDS}</div></div>",
    "cards inside the essay container": f"<div class=post><h1>Rivers</h1>{ESSAY}{CARDS}</div>",
    "comment thread": f"<article><h1>Rivers</h1>{ESSAY}</article><section id='respond'><h3>12 thoughts on Rivers</h3>"
                      f"<div class='c'><p>{PROSE} Great essay, thanks! It helped me with my homework.</p></div></section>",
    "table layout": f"<table><tr><td><a href=/>Home</a><br><a href=/b>Essays</a></td><td><h1>Rivers</h1>{ESSAY}</td></tr></table>",
    "divs instead of paragraphs": "<div class=content><h1>Rivers</h1>" +
                                  "".join(f"<div>{PROSE} {PROSE} Essay paragraph {i}.</div>" for i in range(5)) + "</div>",
    "br-separated paragraphs": "<td><b>Rivers</b><br><br>" +
                               "<br><br>".join(f"{PROSE} {PROSE} Essay paragraph {i}." for i in range(5)) + "</td>",
}


@pytest.mark.parametrize("layout", LAYOUTS, ids=list(LAYOUTS))
def test_essay_found_and_nothing_else(layout: str) -> None:
    document = essayconv.load(f"<html><body>{LAYOUTS[layout]}</body></html>".encode(), name="x.html")
    texts = [block_text(b) for b in document.blocks]
    assert [t for t in texts if "Essay paragraph" in t] == texts
    assert len(texts) == 5
    assert document.title == "Rivers"


def test_linked_heading_run_after_the_essay_is_a_related_tail() -> None:
    def card(n: int) -> Heading:
        return Heading(3, (Link((Text(f"Other essay {n}"),), f"https://x.example/{n}"),))

    result = drop_related_cards(draft_of(PROSE, card(1), PROSE, card(2), PROSE))
    assert kept_texts(result) == [PROSE]


def test_one_linked_heading_is_left_alone() -> None:
    heading = Heading(2, (Link((Text("A section that links"),), "https://x.example/"),))
    assert len(kept_texts(drop_related_cards(draft_of(PROSE, heading, PROSE)))) == 3


DUMPS = {
    "scribd": "Download as pdf or txt\nYou are on page 1of 16\n{body}\nDownload as pdf or txt\nYou might also like\nApple Inc PESTEL\nA study of Nike",
    "course hero": "{body}\nThis preview shows document pages 1 - 2. Sign up to view the full document.\nView Full Document\n"
                   "This note was uploaded on 03/04/2024 for the course HIST 101 taught by Professor Lee during the Spring '24 term.\nPage1 / 2",
    "old 123helpme": "Length: 1234 words (3.5 double-spaced pages)\nRating: Excellent\nEssay Preview\n{body}\nNeed Writing Help?\nCheck your paper »",
    "www2 bartleby NEXT run": "{body} the essay stops here in the middle of a\nNEXT What Nathaniel Hawthorne did with the scarlet letter was to make shame visible to every reader",
    "edubirdie head": "Topics:\nEnvironment\nWords:\n2704\nPages:\n4\nThis essay sample was donated by a student to help the academic community. "
                      "Papers provided by EduBirdie writers usually outdo students' samples.\nUpdated:\n10.02.2025\nCite this essay cite-image\n{body}",
}


@pytest.mark.parametrize("site", DUMPS, ids=list(DUMPS))
def test_text_dump_clutter_families(site: str) -> None:
    body = "\n".join(f"{PROSE} {PROSE} Essay paragraph {i}." for i in range(4))
    document = essayconv.load(("An Essay Title\n\n" + DUMPS[site].format(body=body)).encode(), name=f"{site}.txt")
    texts = [block_text(b) for b in document.blocks if block_text(b)]
    assert len(texts) == 4 and all("Essay paragraph" in t for t in texts), texts


def test_label_and_value_columns_are_read_in_pairs() -> None:
    page = (f"<html><body><h1>Remote Work</h1><div class='details'><div><span>Subject:</span><span>Words:</span></div>"
            f"<div><span>Business</span><span>611</span></div></div><article>{''.join(f'<p>{PROSE}</p>' for _ in range(4))}"
            "</article></body></html>")
    document = essayconv.load(page.encode(), name="columns.html")
    assert document.metadata.claimed_words == 611
    assert any(r.text == "Subject: Business | Words: 611" for r in document.removed)


def test_a_short_line_inside_an_advertisement_goes_with_it() -> None:
    from essayconv.clean.clutter import drop_clutter_blocks

    from .helpers import draft_of, kept_texts

    result = drop_clutter_blocks(draft_of(PROSE, "Get a custom essay on Remote Work", "190 writers online", "Learn More", PROSE))
    assert kept_texts(result) == [PROSE, PROSE]
    # a short line between an ad and ordinary prose is not absorbed
    assert "A Heading Line" in kept_texts(drop_clutter_blocks(draft_of(PROSE, "Learn More", "A Heading Line", PROSE)))


def test_a_pdf_text_layer_is_read_as_wrapped_text_across_its_pages() -> None:
    import textwrap

    def page(n: int, text: str) -> str:
        lines = "".join(f"<div>{line}</div>" for line in textwrap.wrap(text, 70))
        return f"<div class='page'><div class='layer'>{lines}<div>{n}</div></div></div>"

    first, second = PROSE + " " + PROSE + " It went on", "past the break. " + PROSE + " " + PROSE
    html = f"<html><body><h1>A Document</h1><div class='doc'>{page(1, first)}{page(2, second)}</div></body></html>"
    document = essayconv.load(html.encode(), name="layer.html")
    texts = [block_text(b) for b in document.blocks]
    assert texts == [first + " " + second], texts  # one paragraph, over the page break
    assert [r.text for r in document.removed if r.kind == "page-number"] == ["1", "2"]


def test_a_bold_line_opening_a_page_without_h1_is_its_title() -> None:
    page = (f"<html><head><title>Free Essays on the Role of Women in the Civil War - Example.com</title></head><body>"
            f"<table><tr><td><b>Women Who Served in the Civil War</b><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p>"
            "</td></tr></table></body></html>")
    document = essayconv.load(page.encode(), name="old.html")
    assert document.title == "Women Who Served in the Civil War"
    assert all(block_text(b) != document.title for b in document.blocks)


def test_an_unrelated_first_heading_does_not_replace_the_title() -> None:
    page = (f"<html><head><title>The Causes Of Global Warming - 591 Words</title></head><body><div>"
            f"<b>Rising Seas</b><p>{PROSE}</p><p>{PROSE}</p></div></body></html>")
    document = essayconv.load(page.encode(), name="heading.html")
    assert document.title == "The Causes Of Global Warming"
    assert document.metadata.claimed_words == 591  # the count the <title> states


def test_a_line_naming_the_metadata_author_is_a_byline() -> None:
    page = (f"<html><head><title>Microgrids</title><meta name='citation_author' content='Adebayo, Kemi'></head><body>"
            f"<article><h1>Microgrids</h1><p>Kemi Adebayo, Department of Civil Engineering</p>"
            f"<p>Received 12 January 2025 · Accepted 3 March 2025</p><p>{PROSE}</p><p>{PROSE}</p></article></body></html>")
    document = essayconv.load(page.encode(), name="journal.html")
    assert document.metadata.author == "Adebayo, Kemi"
    assert [block_text(b) for b in document.blocks] == [PROSE, PROSE]


def test_line_breaks_in_the_html_source_are_spaces() -> None:
    page = f"<html><body><article><p>{PROSE[:60]}\n{PROSE[60:]}</p><p>{PROSE}</p></article></body></html>"
    assert [block_text(b) for b in essayconv.load(page.encode(), name="src.html").blocks] == [PROSE, PROSE]


@pytest.mark.parametrize("shape", ["pre", "br"])
def test_hard_wrapped_text_in_a_page_is_rejoined(shape: str) -> None:
    import textwrap

    paragraphs = [PROSE + " " + PROSE, PROSE + " It ends here."]
    if shape == "pre":
        body = "<pre>" + "\n\n".join("\n".join(textwrap.wrap(p, 60)) for p in paragraphs) + "</pre>"
    else:
        body = "<div>" + "<br><br>".join("<br>".join(textwrap.wrap(p, 60)) for p in paragraphs) + "</div>"
    document = essayconv.load(f"<html><body><h1>T</h1>{body}</body></html>".encode(), name="wrapped.html")
    assert [block_text(b) for b in document.blocks] == paragraphs


def test_the_part_of_the_title_the_page_shows_is_the_title() -> None:
    page = (f"<html><head><title>Print version - The Decline of Small Harbours</title></head><body><div>"
            f"<p>THE DECLINE OF SMALL HARBOURS</p><p>{PROSE}</p><p>{PROSE}</p></div></body></html>")
    document = essayconv.load(page.encode(), name="print.html")
    assert document.title == "The Decline of Small Harbours"
    assert [block_text(b) for b in document.blocks] == [PROSE, PROSE]


def test_the_rest_of_an_essay_behind_a_read_more_button_is_kept() -> None:
    long = PROSE + " " + PROSE
    hidden = f"<div aria-hidden='true' class='more is-hidden'><p>{long}</p><p>{long}</p></div>"
    page = f"<html><body><article><h1>T</h1><p>{long}</p>{hidden}<button>Read more</button></article></body></html>"
    assert [block_text(b) for b in essayconv.load(page.encode(), name="more.html").blocks] == [long] * 3
    # a hidden menu or dialog stays out, and so does hidden text inside a word
    page = (f"<html><body><article><h1>T</h1><p>{PROSE} Jun<span style='display:none'>xx</span>k.</p><p>{PROSE}</p>"
            f"<div hidden class='modal'><p>{PROSE}</p><p>{PROSE}</p></div></article></body></html>")
    assert [block_text(b) for b in essayconv.load(page.encode(), name="hidden.html").blocks] == [PROSE + " Junk.", PROSE]


def test_a_listing_of_linked_teasers_is_no_essay_but_linked_sections_are_an_essay() -> None:
    cards = "".join(f"<article class='card'><h2><a href='/essay/{n}'>Essay {n}</a></h2><p>{PROSE} {PROSE}</p></article>"
                    for n in range(5))
    with pytest.raises(essayconv.NoEssayError, match="lists other essays"):
        essayconv.load(f"<html><body><h1>History Essays</h1><div>{cards}</div></body></html>".encode(), name="list.html")
    long = " ".join([PROSE] * 7)  # sections of an essay are longer than teasers
    sections = "".join(f"<section class='part'><h2>Part {n}</h2><p>{long} See <a href='/src/{n}'>the source</a>.</p></section>"
                       for n in range(3))
    document = essayconv.load(f"<html><body><h1>An Essay</h1><div>{sections}</div></body></html>".encode(), name="s.html")
    assert len([b for b in document.blocks if type(b).__name__ == "Paragraph"]) == 3


@pytest.mark.parametrize("byline", ["<span itemprop='author'><a href='/u/{name}'>{name}</a></span>",
                                    "<a rel='author' href='/u/{name}'>{name}</a>",
                                    "<span class='creator'><a href='/u/{name}'>{name}</a></span>"])
def test_a_thread_of_posts_each_opening_on_its_writers_name_is_no_listing(byline: str) -> None:
    # a forum's posts: same-class boxes, each short and opening on a link (to its writer, not to another essay)
    posts = "".join(f"<div class='post'>{byline.format(name=name)} March {n}, 2025<p>{PROSE} Reply {n}.</p></div>"
                    for n, name in enumerate(["ingrid_v", "tomasz", "ingrid_v", "mel88"], start=1))
    document = essayconv.load(f"<html><body><h1>Tide tables and the ferry</h1><div>{posts}</div></body></html>".encode(),
                              name="thread.html")
    assert sum(1 for b in document.blocks if block_text(b).startswith(PROSE)) == 4
    # the same boxes opening on a linked title are a listing's cards
    cards = "".join(f"<div class='post'><a href='/essay/{n}'>Tides and ferries, part {n}</a><p>{PROSE}</p></div>"
                    for n in range(1, 5))
    with pytest.raises(essayconv.NoEssayError, match="lists other essays"):
        essayconv.load(f"<html><body><h1>Ferry essays</h1><div>{cards}</div></body></html>".encode(), name="list.html")


def test_a_sidebar_of_excerpts_longer_than_the_essay_is_not_the_essay() -> None:
    boxes = "".join(f"<div class='box'><h3>Pick {n}</h3><p>{PROSE} {PROSE}</p></div>" for n in range(3))
    page = (f"<html><body><div class='cols'><div class='left'><h1>The Essay</h1><p>{PROSE} {PROSE}</p>"
            f"<p>{PROSE}</p></div><div class='right'>{boxes}</div></div></body></html>")
    document = essayconv.load(page.encode(), name="sidebar.html")
    assert [block_text(b) for b in document.blocks] == [PROSE + " " + PROSE, PROSE]


def test_a_metadata_list_gives_the_word_claim() -> None:
    page = (f"<html><body><main><h1>T</h1><ul><li>Words: 220</li><li>Pages: 1</li><li>Subject: Health</li></ul>"
            f"<p>{PROSE} {PROSE}</p><p>{PROSE}</p></main></body></html>")
    document = essayconv.load(page.encode(), name="meta.html")
    assert document.metadata.claimed_words == 220 and all("Words" not in block_text(b) for b in document.blocks)


def test_word_footnotes_after_the_text_are_its_notes() -> None:
    page = (f"<html><body><div class=WordSection1><p class=MsoNormal>{PROSE} {PROSE}</p><p class=MsoNormal>{PROSE}"
            "<a href='#_ftn1' name='_ftnref1'>[1]</a></p></div><div style='mso-element:footnote-list'><div "
            "style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a href='#_ftnref1' name='_ftn1'>[1]</a>"
            " Conversation with the author, Kumasi, October 2021.</p></div></div></body></html>")
    document = essayconv.load(page.encode(), name="word.html")
    assert document.references is not None
    assert [plain_text(e) for e in document.references.entries] == ["Conversation with the author, Kumasi, October 2021."]


# ---------------------------------------------------------------- never delete the article

ARTICLE = "<h1>Rivers</h1>" + ESSAY
MISNAMED_WRAPPERS = {
    "a wrapper named like a sidebar": f"<div class='content-sidebar-wrap'><main>{ARTICLE}</main><aside>Ads</aside></div>",
    "an article tagged with its tags": f"<article class='post tag-share tag-sidebar'>{ARTICLE}</article>",
    "an ASP.NET form around the page": f"<form id='aspnetForm'><div class='nav'><a href='/'>Home</a></div>{ARTICLE}</form>",
    "an unclosed header wrapping the page": f"<header class='site-header'><a href='/'>Home</a><div>{ARTICLE}</div>",
    "an unclosed button wrapping the page": f"<div><button class='menu-button'>Menu<div>{ARTICLE}</div></div>",
    "every paragraph in a widget box": "<div class='page'><h1>Rivers</h1>" + "".join(
        f"<section class='builder-widget'><div class='widget-wrap'><p>{PROSE} {PROSE} Essay paragraph {i}.</p></div></section>"
        for i in range(5)) + "</div>",
}


@pytest.mark.parametrize("layout", MISNAMED_WRAPPERS, ids=list(MISNAMED_WRAPPERS))
def test_a_chrome_name_never_removes_the_article(layout: str) -> None:
    document = essayconv.load(f"<html><body>{MISNAMED_WRAPPERS[layout]}</body></html>".encode(), name="x.html")
    assert [block_text(b) for b in document.blocks if "Essay paragraph" in block_text(b)] == \
        [f"{PROSE} {PROSE} Essay paragraph {i}." for i in range(5)]
    assert document.metadata.finder  # inspect can say how it was found


def test_inspect_names_the_rung_and_the_spared_wrapper() -> None:
    from essayconv.report import describe

    page = f"<html><body>{MISNAMED_WRAPPERS['a wrapper named like a sidebar']}</body></html>".encode()
    text = describe(essayconv.load(page, name="x.html"))
    assert "finder     strict" in text and "spared div.content-sidebar-wrap" in text


def test_a_landing_page_of_small_boxes_is_read_from_its_prose_core() -> None:
    # Every scored rung keeps the hero line under the <h1> (its title bonus outweighs any one box);
    # the sections are not a top-level run of the essay, since the mega-menu above shares their words.
    menu = "".join(f"<a href='/m{i}'>{w}</a> " for i, w in enumerate(
        "Our team plans the work of part with you checks each step against the budget and reports back every week "
        "so that you always know where project stands 0 1 2 3 4 5 Service".split()))
    features = "".join(
        f"<div class='container'><div class='row'><div class='col-sm-4'><h3>Service {n}</h3><p>Our team plans the work of "
        f"part {n} with you, checks each step against the budget, and reports back every week, so that you always know "
        "where the project stands.</p></div></div></div><hr>" for n in range(6))
    page = (f"<div class='top-bg'><div class='navbar'>{menu}</div><div class='text-center'><h1>Garden Design for Small "
            "Yards</h1><p>Plans, planting and care for gardens of every size.</p></div></div>" + features)
    document = essayconv.load(f"<html><body>{page}</body></html>".encode(), name="x.html")
    texts = [block_text(b) for b in document.blocks]
    assert [t for t in texts if t.startswith("Service")] == [f"Service {n}" for n in range(6)]
    assert texts[-1].startswith("Our team plans the work of part 5") and document.metadata.finder.startswith("prose-core")


def test_a_page_of_short_prose_is_still_no_essay() -> None:
    with pytest.raises(essayconv.NoEssayError):
        essayconv.load(b"<html><body><div class='sidebar'><p>Just a line.</p></div></body></html>", name="x.html")


def test_linked_headings_over_long_sections_are_the_essay() -> None:
    def section(n: int) -> Heading:
        return Heading(3, (Link((Text(f"Day {n}"),), f"https://x.example/day/{n}"),))

    long_section = [PROSE + " " + PROSE + " " + PROSE] * 3
    result = drop_related_cards(draft_of(PROSE, section(1), *long_section, section(2), *long_section))
    assert len(kept_texts(result)) == 9


SHORT_ESSAY = "".join(f"<p>{PROSE} Short essay paragraph {i}.</p>" for i in range(3))


def test_a_facts_list_under_the_title_does_not_outscore_a_short_essay_beside_it() -> None:
    """The box right under the <h1> earns the title's bonus; when it holds none of the page's prose
    and the essay beside it is short, the page's prose core is the essay."""
    page = (f"<main><div class='paper'><h1>Rivers</h1><ul class='paper__facts'><li>Essay length: 640 words / about 3 pp.</li>"
            f"<li>Sources: 4</li><li>Uploaded: 2 Oct 2025</li></ul><div class='paper__text'>{SHORT_ESSAY}</div></div></main>")
    document = essayconv.load(f"<html><body>{page}</body></html>".encode(), name="x.html")
    assert [block_text(b) for b in document.blocks] == [f"{PROSE} Short essay paragraph {i}." for i in range(3)]
    assert document.metadata.claimed_pages == 3  # "pp." is a page unit


def test_blurred_text_after_the_essay_marks_where_it_goes_on() -> None:
    page = (f"<article><h1>Rivers</h1><div class='t'>{ESSAY}</div><div class='rest'>"
            f"<div style='filter: blur(4px)'><p>{PROSE} hidden words hidden words.</p></div>"
            f"<div class='card'><p>The rest of this paper is for members</p></div></div></article>")
    document = essayconv.load(f"<html><body>{page}</body></html>".encode(), name="x.html")
    assert isinstance(document.blocks[-1], Gap) and document.metadata.complete is False
    assert ("placeholder", f"{PROSE} hidden words hidden words.") in [(r.kind, r.text) for r in document.removed]


SHEETS = [
    ".x .y{color:red;filter:blur(2px)} @media (max-width:600px){.z,.w:hover{filter : BLUR( 1px )}}",
    ".a{backdrop-filter:blur(3px)} .b{filter:blur(0)} .c{filter:blur(0px)} .d{-webkit-filter:blur(2px)}",
    "{filter:blur(2px)} .e{ .f{filter:blur(2px)}} .g{filter:blur(2px)",
    "/* no blur here */ .h{color:blue}",
]


@pytest.mark.parametrize("sheet", SHEETS)
def test_blurred_rules_are_found_as_the_whole_sheet_pattern_finds_them(sheet: str) -> None:
    """The fast search from each blur outwards agrees with matching every rule of the sheet."""
    import re

    from essayconv.extract.html.invisible import _BLUR, _blur_declarations
    from essayconv.extract.html.sheets import rule_selectors
    every_rule = [s for s, d in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet) if _BLUR.search(d)]
    assert rule_selectors(sheet, _blur_declarations(sheet)) == every_rule


def test_a_class_blurred_by_the_sheet_is_a_placeholder() -> None:
    page = (f"<style>.q{{color:red}} .teaser .para--ghost, .x:hover{{filter:blur(5px)}}</style><article><h1>Rivers</h1>"
            f"{ESSAY}<p class='para--ghost'>{PROSE} ghost words ghost words.</p></article>")
    document = essayconv.load(f"<html><head></head><body>{page}</body></html>".encode(), name="x.html")
    assert ("placeholder", f"{PROSE} ghost words ghost words.") in [(r.kind, r.text) for r in document.removed]


def test_an_aria_note_is_not_the_essay() -> None:
    page = (f"<article><h1>Rivers</h1><div role='note'><p>Draft 3, for the seminar on Thursday: add the survey "
            f"numbers from the library before then.</p></div>{ESSAY}</article>")
    document = essayconv.load(f"<html><body>{page}</body></html>".encode(), name="x.html")
    assert all("Draft 3" not in block_text(b) for b in document.blocks)
    assert any(r.kind == "note" and r.text.startswith("Draft 3") for r in document.removed)


def test_a_section_heading_in_a_box_named_header_is_a_heading() -> None:
    sections = "".join(f"<div class='sub_header-block'><h3>Part {i}</h3></div><p>{PROSE} {PROSE} Essay paragraph {i}.</p>"
                       for i in range(3))
    page = (f"<header class='site-header'><a href='/'>Logo</a><a href='/e'>Essays</a></header>"
            f"<article><h1>Rivers</h1>{sections}</article>")
    document = essayconv.load(f"<html><body>{page}</body></html>".encode(), name="x.html")
    assert [plain_text(b.inlines) for b in document.blocks if isinstance(b, Heading)] == ["Part 0", "Part 1", "Part 2"]
    assert any(r.kind == "header" and "Logo" in r.text for r in document.removed)  # the site's header still goes


def test_endnotes_listed_after_the_works_cited_are_its_notes() -> None:
    """A body calling notes [1]…[3], a Works Cited, then a list of three items with "↵" back-links:
    the list is the essay's notes (Pressbooks prints them so), not text after the references."""
    calls = "".join(f"<p>{PROSE} Point {i}.<a href='#fn{i}' id='r{i}'>[{i}]</a></p>" for i in (1, 2, 3))
    notes = "".join(f"<li id='fn{i}'>Note number {i} explains a point. <a href='#r{i}'>&crarr;</a></li>" for i in (1, 2, 3))
    page = (f"<article><h1>Rivers</h1>{calls}<h2>Works Cited</h2><p>Ashworth, Helen. Clean and Decent. Northgate Press, 2011.</p>"
            f"<div class='footnotes'><ol>{notes}</ol></div></article>")
    document = essayconv.load(f"<html><body>{page}</body></html>".encode(), name="x.html")
    entries = [plain_text(e) for e in document.references.entries]
    assert entries == ["Ashworth, Helen. Clean and Decent. Northgate Press, 2011.",
                       *(f"Note number {i} explains a point." for i in (1, 2, 3))]
    assert not any(r.kind == "after-references" for r in document.removed)


def test_an_article_in_a_second_html_document_is_found() -> None:
    """A theme that opens a second <html> mid-page: a browser ignores the extra <html>/<head>/<body>
    tags, so the article after them is still the page's; libxml2 starts a second tree."""
    page = (f"<html><head><title>Rivers</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
            f"<html><head><meta name='x' content='y'></head><body><article><h1>Rivers</h1>{ESSAY}</article></body></html>")
    document = essayconv.load(page.encode(), name="x.html")
    assert [block_text(b) for b in document.blocks] == [f"{PROSE} {PROSE} Essay paragraph {i}." for i in range(5)]
    assert document.title == "Rivers"


def test_a_heading_line_after_a_full_line_of_wrapped_text_starts_a_block() -> None:
    """Hard-wrapped text (a PDF's text layer, a dump): a full line ending a sentence, then a short
    capitalised line ending none, is a paragraph's end and a heading — not one run of text."""
    words = ("The river carried timber from the hills to the mills below and the town grew along "
             "its banks for two hundred years until the railway came and the mills closed one by one").split()
    lines, line = [], ""
    for word in words * 3:
        if len(line) + len(word) + 1 > 72:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    body = "\n".join(lines[:4]) + "\n" + lines[4].rstrip() + "."  # four full lines and a fifth ending the sentence
    dump = f"Rivers and Mills\n\n{body}\nWhere the timber went\n{chr(10).join(lines[:4])}\n{lines[4].rstrip()}.\n"
    document = essayconv.load(dump.encode(), name="x.txt")
    assert [type(b).__name__ for b in document.blocks] == ["Paragraph", "Heading", "Paragraph"]
    assert plain_text(document.blocks[1].inlines) == "Where the timber went"


@pytest.mark.parametrize("name", ["Microsoft Word - rivers_essay_FINAL_v3.docx", "Rivers essay - FINAL (do not edit)",
                                  "Copy of Rivers essay", "rivers essay draft v2"])
def test_a_file_name_is_not_a_title(name: str) -> None:
    page = (f"<html><head><title>{name}</title></head><body>"
            f"<h2>Rivers and Their Towns</h2>{ESSAY}</body></html>")
    document = essayconv.load(page.encode(), name="x.html")
    assert document.title == "Rivers and Their Towns"


def test_a_badge_in_the_title_heading_is_not_part_of_the_title() -> None:
    page = f"<h1>Rivers and Their Towns <small><span class='label label-info'>Expository</span></small></h1>{ESSAY}"
    document = essayconv.load(f"<html><body><article>{page}</article></body></html>".encode(), name="x.html")
    assert document.title == "Rivers and Their Towns"
    assert not any(isinstance(b, Heading) for b in document.blocks)  # the title heading went as the title
    assert ("metadata", "Expository") in [(r.kind, r.text) for r in document.removed]


@pytest.mark.parametrize("link", ["<a href='/web/20130312084511/http://www.example-courier.org/'>The Courier</a>",
                                  "<a href='https://www.example-courier.org/blog/' rel='home'>The Courier</a>"])
def test_a_blog_name_heading_linking_home_is_not_the_title(link: str) -> None:
    """The blog's name in an <h1> over the post's own <h1>: linking home by rel="home", or to the
    home page as a web archive wraps its address."""
    page = f"<header><h1 id='site-title'>{link}</h1></header><article><h1>Rivers and Their Towns</h1>{ESSAY}</article>"
    document = essayconv.load(f"<html><head><title>Rivers and Their Towns | The Courier</title></head><body>{page}</body></html>".encode(),
                              name="x.html")
    assert document.title == "Rivers and Their Towns"


def test_a_facts_strip_of_short_items_with_a_count_is_read_whole() -> None:
    strip = ("<div class='stats'><div>At a glance</div><div><div>612 words</div><div>Argumentative</div>"
             "<div>Grade 11</div></div></div>")
    page = f"<article><h1>Rivers</h1>{strip}{ESSAY}</article>"
    document = essayconv.load(f"<html><body>{page}</body></html>".encode(), name="x.html")
    assert [block_text(b) for b in document.blocks] == [f"{PROSE} {PROSE} Essay paragraph {i}." for i in range(5)]
    assert document.metadata.claimed_words == 612
    assert ("banner", "At a glance · 612 words · Argumentative · Grade 11") in [(r.kind, r.text) for r in document.removed]


CTA_BOXES = {
    "a button drawn by utility classes": "<div class='my-10 rounded-2xl bg-indigo-50 p-6'><p class='font-semibold'>Make it stand out</p>"
                                         "<p class='mt-1 text-sm'>Try our thesis builder: three strong statements in a minute.</p>"
                                         "<a href='/t' class='mt-4 inline-flex rounded-lg bg-indigo-600 px-4 py-2'>Build my thesis</a></div>",
    "an advertising label over a line styled as the essay's": "<div class='my-6 border-y py-4'><span class='text-xs'>Sponsored</span>"
                                                              "<p class='mb-5 text-lg'>Cite anything in seconds with RefSnap, used by millions.</p></div>",
    "a bold line, a pitch and a button": "<div class='my-8 rounded-2xl bg-emerald-50'><p class='font-bold'>Short on time?</p>"
                                         "<p>Our tutors will polish your draft overnight, sources checked.</p>"
                                         "<button type='button'>Start my paper</button></div>",
    "a heading, a pitch and a button-styled link": "<div class='frame frame-box'><div class='ce-bodytext'><h3>Stuck on an essay?</h3>"
                                                   "<p>A subject expert writes yours from scratch in 48 hours.</p>"
                                                   "<p><a class='btn btn-primary' href='/order'>Ask for help</a></p></div></div>",
}


@pytest.mark.parametrize("box", CTA_BOXES, ids=list(CTA_BOXES))
def test_a_call_to_action_box_between_sections_is_removed_whole(box: str) -> None:
    halves = [f"<p>{PROSE} {PROSE} Essay paragraph {i}.</p>" for i in range(4)]
    page = f"<article><h1>Rivers</h1>{halves[0]}{halves[1]}{CTA_BOXES[box]}<h2>Second part</h2>{halves[2]}{halves[3]}</article>"
    document = essayconv.load(f"<html><body>{page}</body></html>".encode(), name="x.html")
    texts = [block_text(b) for b in document.blocks]
    assert texts == [f"{PROSE} {PROSE} Essay paragraph {i}." for i in range(2)] + ["Second part"] + \
        [f"{PROSE} {PROSE} Essay paragraph {i}." for i in range(2, 4)]
    assert "ad" in [r.kind for r in document.removed]


def test_a_short_section_that_ends_in_a_link_row_or_goes_on_after_its_button_stays() -> None:
    section = (f"<div><h3>Rivers in winter</h3><p>{PROSE} Ice changes everything.</p>"
               "<a class='btn' href='/pdf'>Download</a><p>After the thaw the banks gave way in three places.</p></div>")
    page = f"<article><h1>Rivers</h1>{ESSAY}{section}</article>"
    document = essayconv.load(f"<html><body>{page}</body></html>".encode(), name="x.html")
    texts = [block_text(b) for b in document.blocks]
    assert "Rivers in winter" in texts and "After the thaw the banks gave way in three places." in texts


def test_a_description_list_of_counts_is_read_pair_by_pair() -> None:
    facts = ("<dl><div><dt>Word tally:</dt><dd>812</dd></div><div><dt>Page estimate:</dt><dd>3</dd></div>"
             "<div><dt>Type:</dt><dd>Persuasive</dd></div></dl>")
    page = f"<header><h1>Rivers</h1>{facts}</header><article>{ESSAY}</article>"
    document = essayconv.load(f"<html><body>{page}</body></html>".encode(), name="x.html")
    assert (document.metadata.claimed_words, document.metadata.claimed_pages) == (812, 3)



def test_an_essay_split_over_a_page_builders_rows_is_gathered_whole() -> None:
    def row(inner: str) -> str:
        return f"<div class='row'><div class='col'><div class='block'><div class='block-content'>{inner}</div></div></div></div>"

    first = "".join(f"<p>{PROSE} {PROSE} Essay paragraph {i}.</p>" for i in range(3))
    second = "<h2>Second part</h2>" + "".join(f"<p>{PROSE} {PROSE} Essay paragraph {i}.</p>" for i in range(3, 6))
    page = f"<div class='layout'><h1>Rivers</h1>{row(first)}{row(second)}</div><div class='more'><a href='/a'>Other essays</a></div>"
    document = essayconv.load(f"<html><body>{page}</body></html>".encode(), name="x.html")
    texts = [block_text(b) for b in document.blocks]
    assert texts[-1] == f"{PROSE} {PROSE} Essay paragraph 5." and "Second part" in texts


def test_an_article_cut_into_one_section_per_heading_is_gathered_whole() -> None:
    small = "".join(f"<section><h2>Part {i}</h2><p>A short part of the essay, number {i}, with a clause, and another.</p></section>"
                    for i in range(6))
    big = "<section><h2>The long part</h2>" + "".join(f"<p>{PROSE} {PROSE} Long paragraph {i}.</p>" for i in range(10)) + "</section>"
    page = f"<main><article><header><h1>Rivers</h1></header>{small}{big}</article><aside><p>Other essays</p></aside></main>"
    document = essayconv.load(f"<html><body>{page}</body></html>".encode(), name="x.html")
    texts = [block_text(b) for b in document.blocks]
    assert texts[:2] == ["Part 0", "A short part of the essay, number 0, with a clause, and another."]
    assert texts[-1] == f"{PROSE} {PROSE} Long paragraph 9."


def test_a_cms_field_label_beside_its_value_is_read_as_one_line() -> None:
    fields = ("<div class='node__content'><div class='field field--label-inline'><div class='field__label'>Word count</div>"
              "<div class='field__item'>1,111</div></div></div>")
    page = f"<article><h1>Rivers</h1>{fields}<div class='body'>{ESSAY}</div></article>"
    document = essayconv.load(f"<html><body>{page}</body></html>".encode(), name="x.html")
    assert document.metadata.claimed_words == 1111


def test_chips_side_by_side_are_a_strip_not_one_glued_word() -> None:
    chips = "<div class='_x1'><span class='_c'>Essay</span><span class='_c'>612 words</span><span class='_c'>3 pages</span></div>"
    page = f"<article><h1>Rivers</h1>{chips}{ESSAY}</article>"
    document = essayconv.load(f"<html><body>{page}</body></html>".encode(), name="x.html")
    assert (document.metadata.claimed_words, document.metadata.claimed_pages) == (612, 3)
    assert ("banner", "Essay · 612 words · 3 pages") in [(r.kind, r.text) for r in document.removed]


def test_a_paragraph_that_is_a_whole_call_to_action_goes() -> None:
    pitch = "<p><b>Need a paper on rivers? Send us your brief and get a price in minutes.</b> <a href='/order'>Order now</a></p>"
    page = f"<article><h1>Rivers</h1>{ESSAY[:len(ESSAY) // 2]}{pitch}{ESSAY[len(ESSAY) // 2:]}</article>"
    document = essayconv.load(f"<html><body>{page}</body></html>".encode(), name="x.html")
    assert not any("Order now" in block_text(b) for b in document.blocks)
    assert ("ad", "Need a paper on rivers? Send us your brief and get a price in minutes. Order now") in \
        [(r.kind, r.text) for r in document.removed]


@pytest.mark.parametrize("name", ["relatedposts", "sharebuttons"])
def test_a_chrome_word_glued_to_a_suffix_is_chrome(name: str) -> None:
    box = f"<div class='jp-{name}'><h3>More</h3><p>Another essay title, a summary of it, and more of it.</p></div>"
    page = f"<article><h1>Rivers</h1>{ESSAY}{box}</article>"
    document = essayconv.load(f"<html><body>{page}</body></html>".encode(), name="x.html")
    assert [block_text(b) for b in document.blocks] == [f"{PROSE} {PROSE} Essay paragraph {i}." for i in range(5)]


def test_an_essay_that_poses_a_list_of_questions_is_still_an_essay() -> None:
    questions = "<ul>" + "".join(f"<li>Should towns fund question {i}?</li>" for i in range(12)) + "</ul>"
    long_essay = "".join(f"<p>{PROSE} {PROSE} {PROSE} Essay paragraph {i}.</p>" for i in range(5))
    page = f"<article><h1>Rivers</h1>{long_essay}{questions}</article>"
    document = essayconv.load(f"<html><body>{page}</body></html>".encode(), name="x.html")
    assert len(document.blocks) == 6


def test_a_post_titled_by_its_own_line_under_a_discussion_topic_takes_that_title() -> None:
    page = ("<html><head><title>Week 7 Discussion: Draft</title></head><body><nav><a href='/'>Course</a> "
            "<a href='/d'>Week 7 Discussion: Draft</a></nav><div class='topic'><p>Post 300–500 words by Friday.</p></div>"
            f"<div class='entry'><h3>Rivers and Their Towns</h3>{ESSAY}</div></body></html>")
    document = essayconv.load(page.encode(), name="x.html")
    assert document.title == "Rivers and Their Towns"
    assert document.metadata.claimed_words is None  # a range asked for is no count stated


def test_a_short_post_under_a_long_comment_thread_is_not_retried_into_the_comments() -> None:
    comments = "".join(f"<li class='comment'><p>{PROSE} {PROSE} {PROSE} Reader comment {i}.</p></li>" for i in range(12))
    post = "".join(f"<p>{PROSE} Post paragraph {i}.</p>" for i in range(4))
    page = (f"<div class='site-inner'><article class='post'><h1>Rivers</h1>{post}</article>"
            f"<div class='entry-comments' id='comments'><ol class='comment-list'>{comments}</ol></div></div>")
    document = essayconv.load(f"<html><body>{page}</body></html>".encode(), name="x.html")
    assert [block_text(b) for b in document.blocks] == [f"{PROSE} Post paragraph {i}." for i in range(4)]
    assert document.metadata.finder.startswith("strict")


@pytest.mark.parametrize("script", ["", '<script>$RC("B:0","S:0");$RS("S:1","P:1")</script>'])
def test_a_streamed_react_page_has_its_parts_put_in_place(script: str) -> None:
    parts = [f"<p>{PROSE} {PROSE} Essay paragraph {i}.</p>" for i in range(5)]
    page = (f"<main><article><h1>Rivers</h1>{parts[0]}<template id='B:0'></template><template id='P:1'></template>"
            f"</article><aside><p>Our newsletter, every week, for readers of essays like this one.</p></aside></main>"
            f"<div hidden id='S:0'>{parts[1]}{parts[2]}</div><div hidden id='S:1'>{parts[3]}{parts[4]}</div>{script}")
    document = essayconv.load(f"<html><body>{page}</body></html>".encode(), name="x.html")
    assert [block_text(b) for b in document.blocks] == [f"{PROSE} {PROSE} Essay paragraph {i}." for i in range(5)]


def test_posts_kept_for_readers_without_scripts_are_the_page() -> None:
    posts = "".join(f"<div class='topic-body crawler-post'><div class='post'><p>{PROSE} {PROSE} Forum post {i}.</p></div></div>"
                    for i in range(3))
    page = (f"<div id='app'></div><noscript data-path='/t/rivers/1'><div id='main-outlet'><h1>Rivers</h1>{posts}</div></noscript>"
            "<noscript><img src='/pixel.gif'></noscript>")
    document = essayconv.load(f"<html><body>{page}</body></html>".encode(), name="x.html")
    assert [block_text(b) for b in document.blocks] == [f"{PROSE} {PROSE} Forum post {i}." for i in range(3)]


def test_flex_items_side_by_side_are_never_glued_into_one_word() -> None:
    rating = ("<div class='not-prose mb-6 flex items-center gap-2'><span aria-label='4.7 stars'>★★★★★</span>"
              "<span>4.7</span><span>from 208 student votes</span></div>")
    page = f"<article><h1>Rivers</h1>{rating}{ESSAY}</article>"
    document = essayconv.load(f"<html><body>{page}</body></html>".encode(), name="x.html")
    assert [block_text(b) for b in document.blocks] == [f"{PROSE} {PROSE} Essay paragraph {i}." for i in range(5)]
    assert ("share", "★★★★★ 4.7 from 208 student votes") in [(r.kind, r.text) for r in document.removed]


def test_a_heading_for_screen_readers_only_is_not_the_title() -> None:
    page = (f"<html><head><title>Rivers - Catalogue - Commons</title></head><body><h1 class='hide-accessible sr-only'>Navigation</h1>"
            f"<nav><a href='/'>Home</a></nav><article><h1 class='paper-title'>Rivers and Their Towns</h1>{ESSAY}</article></body></html>")
    assert essayconv.load(page.encode(), name="x.html").title == "Rivers and Their Towns"


def test_a_topic_page_whose_cards_are_a_kept_list_is_no_essay() -> None:
    cards = "".join(f"<li><span>Argumentative</span> <a href='/e{i}'>Essay Title Number {i}</a> <p>{PROSE}</p> "
                    f"<span>{400 + i * 37} words · 2 pages</span></li>" for i in range(5))
    page = (f"<main><h1>Geography essay examples</h1><p>{PROSE} Use them to see how a thesis is stated.</p>"
            f"<p>Showing 1–5 of 88 essays</p><ul class='grid'>{cards}</ul></main>")
    with pytest.raises(essayconv.NoEssayError, match="shows other essays"):
        essayconv.load(f"<html><body>{page}</body></html>".encode(), name="x.html")


def test_an_order_page_in_the_sites_own_voice_is_no_essay() -> None:
    sales = [f"Most students who come to us want an essay they can learn from, and our writers know it. {PROSE} {PROSE}",
             f"Every writer on our team holds a degree in the subject of your paper. {PROSE} {PROSE}",
             f"We believe a good essay is a conversation, so our writers answer every message. {PROSE} {PROSE}"]
    page = "<main><h1>Order an essay written from scratch</h1>" + "".join(f"<p>{p}</p>" for p in sales) + "</main>"
    with pytest.raises(essayconv.NoEssayError, match="sells writing"):
        essayconv.load(f"<html><body>{page}</body></html>".encode(), name="x.html")
    # a student's essay that says "we" and "essay" in one paragraph of five is an essay
    essay = [f"We wrote this essay after a visit to the river. {PROSE}"] + [f"{PROSE} The river paragraph {i}." for i in range(4)]
    document = essayconv.load(("<html><body><main><h1>Rivers</h1>" + "".join(f"<p>{p}</p>" for p in essay)
                               + "</main></body></html>").encode(), name="x.html")
    assert len(document.blocks) == 5


def test_a_logo_heading_inside_the_link_home_is_not_the_title() -> None:
    page = (f"<header><a href='/' class='brand'><h1>Quillmere &amp; Co</h1><p>Essays, done properly</p></a></header>"
            f"<main><h1>What Rivers Remember</h1>{ESSAY}</main>")
    assert essayconv.load(f"<html><body>{page}</body></html>".encode(), name="x.html").title == "What Rivers Remember"


def test_a_text_browsers_logo_link_and_trail_are_not_a_dumps_title() -> None:
    body = "\n\n".join(f"   {PROSE} Essay paragraph {i} on the river." for i in range(4))
    dump = (f"   [1]Quillmere Essays\n\n     * [2]Free essays\n     * [3]Topics\n\n   [4]Home > [5]Essays > Why Rivers Move?\n\n"
            f"                      Why Rivers Move?\n\n{body}\n\nReferences\n\n   Visible links\n   1. https://quillmere.example/\n")
    assert essayconv.load(dump.encode(), name="dump.txt").title == "Why Rivers Move?"


def test_a_threads_next_post_header_is_not_taken_for_the_title_after_a_reply_signed_as_a_letter() -> None:
    # a reply written as a letter ("Dear Brian, … Best regards,") closes before the next post's header,
    # which names its writer and when it was sent: a header, not the essay's title
    header = "<div class='meta'><span itemprop='author'><a href='/u/{0}'>{0}</a></span> September {1}, 2025, {1}:28pm {1}</div>"
    posts = [f"<p>{PROSE} {PROSE}</p>",
             f"<p>Dear Brian,</p><p>{PROSE}</p><p>Best regards,</p>",
             f"<p>{PROSE} It starts, then stops.</p>",
             f"<p>{PROSE} Any news on this?</p>"]
    page = "".join(f"<div class='post'>{header.format(name, n)}{post}</div>"
                   for n, (name, post) in enumerate(zip(["Brian", "Thiago", "Brian", "Brian"], posts), start=1))
    document = essayconv.load(f"<html><head><title>Agents stop at night - Help</title></head><body>"
                              f"<h1>Agents stop at night</h1><div>{page}</div></body></html>".encode(), name="thread.html")
    assert document.title == "Agents stop at night"


def test_a_page_titled_by_its_day_takes_the_essays_title_from_its_text() -> None:
    # a writing diary's page is titled by the day ("Sunday, March 9, 2025"): that names when, not what
    page = (f"<html><head><title>Daily Pages - Sunday, March 9, 2025</title></head><body>"
            f"<div class='top'><a href='/' id='logo'>Daily Pages</a></div><h2 class='day'>Sunday, March 9, 2025</h2>"
            f"<div class='entry'><h2>The Dogs of Orbit</h2><p>{PROSE}</p><p>{PROSE}</p></div></body></html>")
    document = essayconv.load(page.encode(), name="diary.html")
    assert document.title == "The Dogs of Orbit"
    assert [block_text(b) for b in document.blocks] == [PROSE, PROSE]


def test_a_site_named_like_a_count_states_no_length() -> None:
    # "750 Words" is the site's name (its logo, a part of the <title>), in its header and its footer
    page = (f"<html><head><title>The Dogs of Orbit - 750 Words</title></head><body>"
            f"<header><a href='/' class='logo'>750 Words</a> <a href='/write'>Write</a> <a href='/stats'>Stats</a></header>"
            f"<article><h1>The Dogs of Orbit</h1><p>{PROSE}</p><p>{PROSE}</p></article>"
            f"<footer>© 2025 750 Words</footer></body></html>")
    document = essayconv.load(page.encode(), name="site.html")
    assert document.title == "The Dogs of Orbit"
    assert document.metadata.claimed_words is None
