"""Families met at first contact in held-out round 56 (heldout/round56/FIRST-CONTACT.md), each checked by
mechanism on pages of our own: a PDF converted by pdftohtml (each block of print an absolutely placed <p>, its
lines broken with <br>); a text printed by roff (a centred title and writer's block, words broken with the
typographic hyphen, footnotes under a drawn rule, "‐2‐" page numbers); a record of labelled lines opening the
text; a title line ending on its year. Our own texts throughout."""

from __future__ import annotations

import lxml.html

import essayconv
from essayconv.clean.draft import FUNCTION_WORDS
from essayconv.clean.repeats import drop_text_shown_again
from essayconv.extract.html.invisible import _typed_paragraphs
from essayconv.model import ListBlock, Removed, Text, normalize
from essayconv.rules import load_rules
from essayconv.signals import line_shape

from .helpers import draft_of, kept_text, kept_texts

LINES = [
    "The harbour at Dunmore East was built between 1814 and 1825 to give the mail packets from",
    "Milford a safe landing on the Irish side, and for a decade it did exactly that. Engineers",
    "argued about the pier's curve for years, and the packets moved to Waterford in the end,",
    "yet the little port kept its fishing fleet and its lighthouse long after the mail had gone.",
]
SECOND = [
    "The pier itself was the work of Alexander Nimmo, who walked the coast for weeks before he",
    "chose the site, and his notebooks show how carefully he read the tides and the rock under",
    "the water before a single stone was laid on the shore beside the old fishing village there.",
]

THIRD = [
    "Nimmo's other harbours, at Wicklow and at Kingstown, show the same patience with the tides",
    "and with the stone he quarried nearby, and none of them has needed to be rebuilt since then.",
]


def _placed(top: int, left: int, cls: str, *lines: str) -> str:
    return f'<p style="position:absolute;top:{top}px;left:{left}px;white-space:nowrap" class="{cls}">{"<br/>".join(lines)}</p>'


def _pdftohtml_page() -> bytes:
    page1 = [
        _placed(96, 111, "ft15", "Student number: 5521907", "Module: HIST 2210 Ports and Packets",
                "Seminar group: Tuesday 14:00 (Dr K. Rowe)", "Essay question 2: Why did the packets leave?"),
        _placed(256, 141, "ft11", "<b>A Harbour for the Mail: Dunmore East and</b>"),
        _placed(290, 322, "ft11", "<b>the Packets of 1825</b>"),
        _placed(349, 111, "ft16", *LINES),
        _placed(500, 111, "ft16", *SECOND[:2]),
        _placed(1191, 399, "ft14", "Page 1 of&#160;3"),
    ]
    page2 = [
        _placed(98, 484, "ft24", "HIST 2210 – Essay 2 – student no. 5521907"),
        _placed(139, 111, "ft26", SECOND[2]),
        _placed(178, 111, "ft26", *THIRD),
        _placed(1191, 399, "ft24", "Page 2 of&#160;3"),
    ]
    page3 = [
        _placed(98, 484, "ft34", "HIST 2210 – Essay 2 – student no. 5521907"),
        _placed(139, 111, "ft36", "Rowe, K. (2019). <i>Packets and Piers: The Irish Mail, 1780–1850</i>. Slaney",
                "Press."),
        _placed(1191, 399, "ft34", "Page 3 of&#160;3"),
    ]
    pages = "".join(f'<a name="{n}"></a><div id="page{n}-div" style="position:relative;width:892px;height:1262px;">'
                    f'{"".join(page)}</div>' for n, page in ((1, page1), (2, page2), (3, page3)))
    return (f'<html><head><title>Essay2_draft_v3</title><meta name="generator" content="pdftohtml 0.36"/></head>'
            f'<body bgcolor="#A0A0A0">{pages}</body></html>').encode()


def test_a_pdftohtml_page_reads_as_the_printed_text_it_was() -> None:
    document = essayconv.load(_pdftohtml_page(), name="essay.html")
    kept = kept_text(document)
    assert document.title == "A Harbour for the Mail: Dunmore East and the Packets of 1825"
    assert "Student number" not in kept and "Seminar group" not in kept and "Page 1 of" not in kept
    assert "student no. 5521907" not in kept  # the running header between the pages
    # the paragraph cut by the page break is one paragraph again
    assert " ".join(SECOND) in kept
    assert document.metadata.claimed_pages == 3


def _centred(line: str, width: int = 60) -> str:
    return line.center(width).rstrip()


FOOTER = ["", "", _centred("Kilbride Distance College"), "", ""]
ROFF = "\n".join([
    "", "", "",
    _centred("A Harbour for the Mail: Dunmore East and the"),
    _centred("Packets of 1825"),
    "", "",
    _centred("Aoife Brennan, student 5521907"),
    _centred("HIST 2210 Ports and Packets, 1780–1850"),
    _centred("Tutor‐marked assignment 2, submitted 3 May 2025"),
    "", "",
    "Introduction",
    "",
    "     The harbour at Dunmore East was built between  1814  and",
    "1825 to give the mail packets from Milford a safe landing on",
    "the Irish side, and for a decade  it  did  exactly  that.1",
    "Engineers argued about the pier’s curve for years, and  the",
    "packets moved to Waterford in the end, yet the little  port",
    "kept its fishing fleet and its lighthouse long after  the",
    "mail had gone, and its harbour master kept the old sig‐",
    "nal book until the station closed for good in 1871.",
    "────────────────────",
    "  1 The harbour master’s log survives in Waterford.",
    *FOOTER,
    "A. Brennan (5521907)          ‐2‐          HIST 2210 TMA 02",
    "", "",
    "     The pier itself was the work of  Alexander  Nimmo,  who",
    "walked the coast for weeks before he chose the site, and his",
    "notebooks show how carefully he read the tides and the rock",
    "under the water before a single stone was laid on the shore",
    "beside the old fishing village, which is still there today.",
    *FOOTER,
    "A. Brennan (5521907)          ‐3‐          HIST 2210 TMA 02",
    "", "",
    "     Nimmo’s other harbours, at Wicklow and at Kingstown, show",
    "the same patience with tides and with the stone he quarried",
    "nearby, and none of them has needed to be rebuilt since then.",
    *FOOTER,
])


def test_a_text_printed_by_roff_keeps_its_title_and_loses_its_print() -> None:
    document = essayconv.load(ROFF.encode(), name="essay.txt")
    kept = kept_text(document)
    assert document.title == "A Harbour for the Mail: Dunmore East and the Packets of 1825"
    assert "Aoife Brennan" not in kept and "Tutor‐marked" not in kept and "HIST 2210 Ports" not in kept
    assert "Kilbride Distance College" not in kept and "‐2‐" not in kept
    assert "signal book" in kept  # a word broken by roff's hyphen (U+2010) is one word again
    assert "log survives" not in kept  # the footnote under the drawn rule is no part of the paragraph


def test_a_title_line_ending_on_its_year_does_not_end_on_a_function_word() -> None:
    assert not line_shape("The Great Flood of 1953", FUNCTION_WORDS).ends_on_function_word
    assert line_shape("Travellers crossing the coast of", FUNCTION_WORDS).ends_on_function_word


def test_a_record_of_labelled_lines_opening_an_article_goes_whatever_its_labels() -> None:
    body = "".join(f"<p>{' '.join(LINES)} Part {i} of the story.</p>" for i in range(3))
    page = ("<html><head><title>Dunmore East</title></head><body><article>"
            "<p>Candidate code: 4471</p><p>Centre: Harbour Road College</p><p>Unit: Ports and Packets</p>"
            f"{body}</article></body></html>").encode()
    kept = kept_text(essayconv.load(page, name="essay.html"))
    assert "Candidate code" not in kept and "Harbour Road College" not in kept and "Unit: Ports" not in kept


ESSAY = [f"{' '.join(LINES)} Part {i} of the story." for i in range(4)]
TITLE = "A Harbour for the Mail"


def test_a_feeds_footer_naming_the_post_and_where_it_appeared_first_goes() -> None:
    footer = ("<p>The post <a href='https://example.org/harbour/'>A Harbour for the Mail</a> appeared first on "
              "<a href='https://example.org'>The Quayside Courier</a>.</p>")
    page = f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1><article>{''.join(f'<p>{p}</p>' for p in ESSAY)}{footer}</article></body></html>"
    assert "appeared first on" not in kept_text(essayconv.load(page.encode(), name="post.html"))


def test_a_title_ending_on_the_sites_name_as_its_link_home_says_it_loses_it() -> None:
    page = ("<html><head><title>A Harbour for the Mail - Tidelist</title></head><body>"
            "<header><a class='logo' href='/'>Tidelist</a> <a href='/login'>Log in</a></header>"
            f"<div class='doc'>{''.join(f'<p>{p}</p>' for p in ESSAY)}</div></body></html>")
    assert essayconv.load(page.encode(), name="list.html").title == TITLE


def test_a_breadcrumb_heading_over_a_pages_own_heading_does_not_title_it() -> None:
    page = ("<html><head><title>Essay final - Wiki - Group B</title></head><body>"
            "<h1><a href='/projects/hist2210'>HIST 2210 Ports and Packets</a> » Group B</h1>"
            f"<div class='wiki'><h1>{TITLE}</h1>{''.join(f'<p>{p}</p>' for p in ESSAY)}</div></body></html>")
    assert essayconv.load(page.encode(), name="wiki.html").title == TITLE


def test_a_table_of_labelled_rows_under_the_title_is_the_records_not_the_essays() -> None:
    rows = "".join(f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in (
        ("Module", "HIST 2210 Ports and Packets – group essay (20% of the module mark)"),
        ("Group", "B: Aoife Brennan, Tom Keane, Saoirse Daly"), ("Status", "FINAL, handed in on 21/03")))
    page = (f"<html><head><title>{TITLE}</title></head><body><div class='wiki'><h1>{TITLE}</h1><table>{rows}</table>"
            f"{''.join(f'<p>{p}</p>' for p in ESSAY)}</div></body></html>")
    kept = kept_text(essayconv.load(page.encode(), name="wiki.html"))
    assert "Tom Keane" not in kept and "handed in" not in kept and "group essay" not in kept and ESSAY[0] in kept


def test_a_list_of_the_texts_lines_over_the_same_text_as_paragraphs_is_printed_once() -> None:
    header = ("Name: Aoife Brennan", "Group B", "Tutor: Dr Rowe", "Week 6 - Essay 2")
    lines = ListBlock(ordered=True, items=tuple(normalize([Text(line)]) for line in (*header, TITLE, *ESSAY, "Thanks!")))
    draft = drop_text_shown_again(draft_of(lines, TITLE, *ESSAY))
    assert isinstance(draft.blocks[0], Removed) and kept_texts(draft) == [TITLE, *ESSAY]


def test_a_typed_box_reads_its_header_line_by_line() -> None:
    raw = "\n".join(["Name: Aoife Brennan | Group PS-B | Tutor: Dr Rowe", "Foundation English (10 weeks), Week 6 - Essay 2",
                     "Counting only the essay: 412 words (no title, no references)", "", *(p for e in ESSAY for p in (e, ""))])
    box = lxml.html.fragment_fromstring(f"<textarea>{raw}</textarea>")
    typed = _typed_paragraphs(box, load_rules())
    assert typed is not None
    assert [p.text for p in typed][:3] == raw.split("\n")[:3]  # three lines, not one paragraph of them


def test_a_heading_naming_the_menus_current_section_does_not_title_the_page() -> None:
    page = ("<html><head><title>A Harbour for the Mail</title></head><body><nav><ul><li><span>All Notes</span></li>"
            "<li><span>Shared</span></li><li><span>Recently Deleted</span></li></ul></nav>"
            f"<section><h1>Shared</h1></section><div class='note'>{''.join(f'<p>{p}</p>' for p in ESSAY)}</div></body></html>")
    assert essayconv.load(page.encode(), name="notes.html").title == TITLE
