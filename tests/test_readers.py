from __future__ import annotations

import pytest

import essayconv
from essayconv.errors import InputError
from essayconv.extract.text import extract_text
from essayconv.model import BlockQuote, ListBlock, Paragraph, Removed, block_text, plain_text
from essayconv.mojibake import repair_mojibake
from essayconv.sources import Decoded, page_from_bytes
from essayconv.sources.encoding import decode_bytes, normalize_label
from essayconv.sources.page import PageKind, sniff_kind

from .helpers import PROSE


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body><article><h1>A Title</h1>" + body + "</article></body></html>"


# ---------------------------------------------------------------- encodings

def test_bom_wins_over_declaration() -> None:
    text, encoding = decode_bytes("\ufeff<meta charset='windows-1252'>“quoted”".encode("utf-8"))
    assert encoding == "utf-8" and "“quoted”" in text


def test_latin1_label_means_windows_1252() -> None:
    data = b"<meta charset=iso-8859-1><p>\x93Smart\x94 quotes \x96 and caf\xe9</p>"
    text, encoding = decode_bytes(data)
    assert encoding == "windows-1252"
    assert "“Smart” quotes – and café" in text


def test_ascii_label_means_windows_1252() -> None:
    text, encoding = decode_bytes(b'<meta http-equiv="Content-Type" content="text/html; charset=us-ascii"><p>it\x92s</p>')
    assert encoding == "windows-1252" and "it’s" in text


@pytest.mark.parametrize("label, expected", [
    ("ISO-8859-1", "windows-1252"), ("latin1", "windows-1252"), ("latin-1", "windows-1252"), ("cp819", "windows-1252"),
    ("x-user-defined", "windows-1252"), ("iso-8859-9", "windows-1254"), ("utf8", "utf-8"), ('"UTF-8"', "utf-8"),
    ("unicode-1-1-utf-8", "utf-8"), ("koi8-r", "koi8-r"), ("shift_jis", "shift_jis"), ("utf-16", None),
    ("no-such-charset", None), ("", None),
])
def test_charset_labels_as_whatwg_reads_them(label: str, expected: str | None) -> None:
    assert normalize_label(label) == expected


def test_a_page_hands_over_its_decoded_text() -> None:
    html = page_from_bytes(b"<html><meta charset=windows-1252><p>caf\xe9 \x93quoted\x94</p></html>", "a.html")
    assert html.decoded() == Decoded("<html><meta charset=windows-1252><p>café “quoted”</p></html>", "windows-1252")
    # a text dump has no markup to declare a charset in: a <meta> quoted in it is text
    dump = page_from_bytes(b"Quoting <meta charset=koi8-r> in a dump: caf\xc3\xa9.", "a.txt", kind=PageKind.TEXT)
    assert dump.decoded() == Decoded("Quoting <meta charset=koi8-r> in a dump: café.", "utf-8")
    mhtml = (b"MIME-Version: 1.0\r\nSnapshot-Content-Location: https://example.org/essay\r\n"
             b"Content-Type: multipart/related; boundary=\"B\"\r\n\r\n--B\r\nContent-Type: text/html; charset=windows-1252\r\n"
             b"Content-Location: https://example.org/essay\r\n\r\n<html><p>na\xefve</p></html>\r\n--B--\r\n")
    root = page_from_bytes(mhtml, "a.mhtml")
    assert (root.kind, root.url, root.decoded().encoding) == (PageKind.HTML, "https://example.org/essay", "windows-1252")
    assert "<p>naïve</p>" in root.decoded().text


def test_declared_latin1_but_really_utf8() -> None:
    text, encoding = decode_bytes("<meta charset=iso-8859-1><p>García’s “novel”</p>".encode("utf-8"))
    assert encoding == "utf-8" and "García’s “novel”" in text


def test_wrong_utf8_declaration_falls_back_to_detection() -> None:
    data = "<meta charset=utf-8><p>Le cœur a ses raisons que la raison ne connaît point, écrivait Pascal.</p>".encode("cp1252")
    text, _ = decode_bytes(data)
    assert "connaît" in text and "écrivait" in text


def test_undeclared_utf8() -> None:
    assert decode_bytes("<p>Zoë’s naïve café</p>".encode())[0] == "<p>Zoë’s naïve café</p>"


def test_utf16_with_bom() -> None:
    text, encoding = decode_bytes("\ufeffHello “world”".encode("utf-16"))
    assert encoding == "utf-16" and text.endswith("Hello “world”")


def test_mojibake_repaired_only_where_bad() -> None:
    assert repair_mojibake("Khrushchevâ€™s speech") == "Khrushchev’s speech"
    assert repair_mojibake("Khrushchev’s “speech”") == "Khrushchev’s “speech”"
    assert repair_mojibake("plain ascii") == "plain ascii"


def test_mojibake_in_a_page_is_repaired() -> None:
    html = page(f"<p>Khrushchevâ€™s speech was widely read. {PROSE} {PROSE}</p>")
    document = essayconv.load(html.encode("utf-8"), name="m.html")
    assert block_text(document.blocks[0]).startswith("Khrushchev’s speech")


# ---------------------------------------------------------------- sniffing

@pytest.mark.parametrize("data, kind", [
    (b"<!DOCTYPE html><html></html>", PageKind.HTML),
    (b"  \n<html><body>x</body></html>", PageKind.HTML),
    (b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\n", PageKind.MHTML),
    (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n", PageKind.MHTML),
    (b"Essay On Khrushchev\n\n591 Words3 Pages\n", PageKind.TEXT),
    # a plugin's script printed before the doctype (a real WordPress page, WCXB dev 0252)
    (b"\n<script type='text/javascript'>\n" + b"var x = 1;\n" * 400 + b"</script>\n<!DOCTYPE html>\n<html><head>",
     PageKind.HTML),
    (b"<script>document.write('hi')</script>", PageKind.HTML),
])
def test_kind_from_bytes(data: bytes, kind: PageKind) -> None:
    assert sniff_kind(data, "x") is kind


@pytest.mark.parametrize("data, what", [
    (b"\x89PNG\r\n\x1a\n" + bytes(40), "PNG image"),
    (b"%PDF-1.7\n", "PDF document"),
    (b"PK\x03\x04" + bytes(30), "zip archive"),
    (bytes(200), "binary"),
    (b"   \n\t  ", "empty"),
])
def test_not_a_page_is_a_clear_error(data: bytes, what: str) -> None:
    with pytest.raises(InputError) as info:
        sniff_kind(data, "bad.html")
    assert what in str(info.value) and str(info.value).startswith("bad.html: ")


def test_mhtml_without_html_part() -> None:
    data = (b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n"
            b"--b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n")
    with pytest.raises(InputError, match="no HTML part"):
        essayconv.load(data, name="x.mhtml")


# ---------------------------------------------------------------- text dumps

WRAPPED = """A Study of Rivers

The river carries sediment from the mountains to the sea, and along
the way it builds terraces, deltas and floodplains that farmers have
used for thousands of years. Its course changes slowly, then sud-
denly, when a flood breaks through a levee and finds a shorter path.
Engineers have tried to hold rivers in place with concrete channels.

                                                      Okoro 2

These channels protect cities but starve the delta of the sand it
needs, so the coast retreats while the city stays dry. Planners now
speak of giving rivers room, which means buying back farmland and
letting the water spread out when it must. The idea is old and new.

                                                      Okoro 3
"""


def test_hard_wrapped_lines_rejoined_and_headers_dropped() -> None:
    extracted = extract_text(WRAPPED, encoding="utf-8")
    paragraphs = [block_text(b) for b in extracted.blocks if isinstance(b, Paragraph)]
    assert extracted.title == "A Study of Rivers"
    assert len(paragraphs) == 2
    assert "then suddenly, when a flood" in paragraphs[0]
    assert paragraphs[1].startswith("These channels protect cities")
    assert [(b.kind, b.text) for b in extracted.blocks if isinstance(b, Removed)] == [
        ("running-header", "Okoro 2"), ("running-header", "Okoro 3")]


def test_paragraph_split_by_a_page_break_is_rejoined() -> None:
    text = ("Title Line\n\n" + "\n".join(["word " * 14 + "line"] * 5) + "\nand the sentence goes on across the\n\n"
            "Okoro 2\n\ncontinuing here on the next page with more words in it.\n\nOkoro 3\n")
    extracted = extract_text(text, encoding="utf-8")
    paragraphs = [block_text(b) for b in extracted.blocks if isinstance(b, Paragraph)]
    assert paragraphs[-1].endswith("goes on across the continuing here on the next page with more words in it.")


def test_hyphenated_compound_kept_when_the_text_uses_it() -> None:
    lines = ["The well-known story of the river is told here in many words today."] * 6
    lines[2] = "This is the story of a well-"
    lines[3] = "known river and it goes on for a long time in the text here."
    extracted = extract_text("\n".join(lines), encoding="utf-8")
    joined = " ".join(block_text(b) for b in extracted.blocks)
    assert "a well-known river" in joined


def test_copy_paste_dump_keeps_one_paragraph_per_line() -> None:
    text = f"Title\n\nFirst paragraph. {PROSE}\nSecond paragraph. {PROSE}\n"
    extracted = extract_text(text, encoding="utf-8")
    assert [block_text(b)[:16] for b in extracted.blocks] == ["First paragraph.", "Second paragraph"]


def test_bullets_and_numbers_become_lists() -> None:
    text = f"Title\n\n{PROSE}\n• first point\n• second point\n{PROSE}\n1. one\n2. two\n"
    blocks = extract_text(text, encoding="utf-8").blocks
    lists = [b for b in blocks if isinstance(b, ListBlock)]
    assert [(l.ordered, len(l.items)) for l in lists] == [(False, 2), (True, 2)]


def test_indented_passage_is_a_block_quote() -> None:
    text = f"Title\n\n{PROSE}\n\n        {PROSE}\n\n{PROSE}\n"
    blocks = extract_text(text, encoding="utf-8").blocks
    assert [type(b) for b in blocks] == [Paragraph, BlockQuote, Paragraph]


def test_dot_leader_toc_and_page_numbers_removed() -> None:
    text = f"Title\n\n2.1 PESTEL Analysis of Apple Inc. ....... 10\n\n{PROSE}\n\n12\n\n{PROSE}\n"
    extracted = extract_text(text, encoding="utf-8")
    assert [(b.kind) for b in extracted.blocks if isinstance(b, Removed)] == ["toc", "page-number"]


# ---------------------------------------------------------------- HTML finder

def test_related_cards_and_sidebars_do_not_leak() -> None:
    essay = "".join(f"<p>{PROSE} Paragraph {i} goes on, with commas, clauses and more.</p>" for i in range(6))
    cards = "".join(f'<div class="card"><a href="/e{i}"><h4>Other Essay {i}</h4><p>{PROSE}</p></a></div>' for i in range(4))
    html = f"""<html><body><nav><a href="/">Home</a><a href="/x">Essays</a></nav>
    <main><div class="post"><h1>My Essay</h1>{essay}</div><div class="more">{cards}</div></main>
    <aside><p>Subscribe to our newsletter for more essays like this one, every single week.</p></aside>
    <footer>© 2026 Some Site</footer></body></html>"""
    document = essayconv.load(html.encode(), name="x.html")
    texts = [block_text(b) for b in document.blocks]
    assert len(texts) == 6 and all("Paragraph" in t for t in texts)
    assert document.title == "My Essay"


def test_essay_split_by_a_teaser_div_is_kept_whole() -> None:
    first = "".join(f"<p>{PROSE} Part one {i}.</p>" for i in range(3))
    second = "".join(f"<p>{PROSE} Part two {i}.</p>" for i in range(3))
    html = (f"<html><body><div class='wrap'><div class='a'>{first}</div><div class='cut'>…show more content…</div>"
            f"<div class='b'>{second}</div></div></body></html>")
    document = essayconv.load(html.encode(), name="x.html")
    kinds = [type(b).__name__ for b in document.blocks]
    assert kinds == ["Paragraph"] * 3 + ["Gap"] + ["Paragraph"] * 3


def test_html_formatting_becomes_spans() -> None:
    from essayconv.model import Emph, Link, Strong

    html = page(f"<p>In <em>Beloved</em>, <strong>memory</strong> is <a href='https://example.org/x'>a place</a>. {PROSE} {PROSE}</p>")
    block = essayconv.load(html.encode(), name="x.html").blocks[0]
    kinds = {type(s) for s in block.inlines}
    assert {Emph, Strong, Link} <= kinds


def test_page_metadata_read() -> None:
    html = page(f"<p>{PROSE} {PROSE} {PROSE}</p>",
                head='<meta name="author" content="Ada Lovelace"><link rel="canonical" href="https://example.org/essay">')
    document = essayconv.load(html.replace("<html>", '<html lang="fr-CA">').encode(), name="x.html")
    assert document.metadata.author == "Ada Lovelace"
    assert document.metadata.source == "https://example.org/essay"
    assert document.metadata.lang == "fr"


def test_proxy_wrapped_url_decoded() -> None:
    import base64

    from essayconv.extract.html import decode_proxy_url

    real = "https://www.bartleby.com/essay/Example-FKT8QW3MZR7C"
    wrapped = "https://rt.http3.lol/index.php?q=" + base64.b64encode(real.encode()).decode().rstrip("=")
    assert decode_proxy_url(wrapped) == real
    assert decode_proxy_url("https://p.example/api/grab?url=" + real.replace(":", "%3A").replace("/", "%2F")) == real


@pytest.mark.parametrize("title, clean", [
    ("Summary Of There Will Come Soft Rain - 188 Words | Bartleby", "Summary Of There Will Come Soft Rain"),
    ("Comparing Orwell's 1984 to Today's Government Essay - Bartleby.com", "Comparing Orwell's 1984 to Today's Government Essay"),
    ("Disadvantages Of Eviction - 1161 Words - Internet Public Library", "Disadvantages Of Eviction"),
    ("An Analysis Of There Will Come Soft Rains - 119 Words | Studymode", "An Analysis Of There Will Come Soft Rains"),
    ("Essay On Khrushchev", "Essay On Khrushchev"),
    ("Free Essays - The Erie Canal and the Growth of New York", "The Erie Canal and the Growth of New York"),
])
def test_title_decorations_removed(title: str, clean: str) -> None:
    from essayconv.extract.title import clean_title
    from essayconv.rules import load_rules

    assert clean_title(title, load_rules()) == clean


def test_quoted_verse_in_a_dump_is_one_block_quote_not_cut_fragments() -> None:
    intro = "The same freedom appears in the scene where the heroine, still disguised, tells of a sister:"
    dump = (f"A Title\n\n{PROSE}\n\n{intro}\nShe never told her love,\nBut let concealment, like a worm i' th' bud,\n"
            f"Feed on her damask cheek. (2.4.110-112)\n\n{PROSE}\n")
    document = essayconv.load(dump.encode(), name="verse.txt")
    kinds = [type(b).__name__ for b in document.blocks]
    assert kinds == ["Paragraph", "Paragraph", "BlockQuote", "Paragraph"], kinds
    assert block_text(document.blocks[2]).startswith("She never told her love, But let concealment")


def test_label_lines_are_not_verse() -> None:
    dump = f"A Title\n\nTopics:\nEnvironment\nWords:\n2704\n\n{PROSE} {PROSE}\n\n{PROSE}\n"
    document = essayconv.load(dump.encode(), name="labels.txt")
    assert not any(type(b).__name__ == "BlockQuote" for b in document.blocks)


def test_footnotes_under_a_rule_in_a_dump_become_the_notes() -> None:
    dump = (f"A Title\n\n{PROSE[:-1]} at the port.1 Then it went on.\n\n{PROSE}\n\n__________\n"
            "1 Paul A. Van Dyke, The Canton Trade: Life and Enterprise on the China Coast,\n"
            "1700–1845 (Hong Kong: Hong Kong University Press, 2005), 10.\n")
    document = essayconv.load(dump.encode(), name="notes.txt")
    assert document.references is not None and document.references.heading == "Notes"
    assert [block_text(b) for b in document.blocks] == [f"{PROSE[:-1]} at the port.1 Then it went on.", PROSE]


def test_a_menu_copied_one_item_per_line_is_not_the_title() -> None:
    dump = f"bartleby\nSearch\nEssays\nLog in\nUrban Beekeeping\n812 Words4 Pages\n{PROSE} {PROSE}\n{PROSE}\n"
    document = essayconv.load(dump.encode(), name="menu.txt")
    assert document.title == "Urban Beekeeping"
    assert [r.text for r in document.removed if r.kind == "navigation"] == ["bartleby", "Search", "Essays", "Log in"]


def test_an_untitled_dump_takes_its_title_from_the_more_about_tail() -> None:
    dump = f"{PROSE} {PROSE}\n{PROSE}\nMore about Why The Tides Rise And Fall\nOcean Currents\nOpen Document\n"
    assert essayconv.load(dump.encode(), name="untitled.txt").title == "Why The Tides Rise And Fall"


def test_a_one_step_breadcrumb_above_a_dumps_title_is_navigation() -> None:
    dump = f"Monografias.com > Educación\nLas bibliotecas escolares\nEnviado por Ana María Torres\n{PROSE} {PROSE}\n{PROSE}\n"
    document = essayconv.load(dump.encode(), name="crumb.txt")
    assert document.title == "Las bibliotecas escolares" and document.metadata.author == "Ana María Torres"


def test_an_mla_dump_keeps_its_heading_block_title_and_hanging_references() -> None:
    dump = ("Rivera 1\nDaniel Rivera\nProfessor Chen\nEnglish 201\n3 March 2025\nWhitman's Catalogues\n"
            f"     {PROSE}\nRivera 2\n     {PROSE}\nWorks Cited\nReynolds, David S. Walt Whitman's America. Knopf,\n"
            "     1995.\nWhitman, Walt. Leaves of Grass. Edited by Malcolm Cowley, Penguin,\n     1959.\n")
    document = essayconv.load(dump.encode(), name="mla.txt")
    assert (document.title, document.metadata.author) == ("Whitman's Catalogues", "Daniel Rivera")
    assert [plain_text(e) for e in document.references.entries] == [
        "Reynolds, David S. Walt Whitman's America. Knopf, 1995.",
        "Whitman, Walt. Leaves of Grass. Edited by Malcolm Cowley, Penguin, 1959."]


DOUBLE_SPACED = """The Waste Land and the Modern City

Few poems of the twentieth century changed the way readers saw their cities as

much as the long poem published in 1922 by the American-born poet and critic

T. S. Eliot, who had settled in London after the war and worked in a bank while

writing at night. The poem moves between voices and languages, and its famous

opening turns spring into a season of pain rather than a season of new hope.


Critics at first found the poem difficult, but later readers saw in its broken

form a picture of a culture that had lost its centre after the war, and they

read the crowds flowing over London Bridge as the dead of the trenches, walking.
"""


def test_double_spaced_copy_is_read_as_wrapped_lines() -> None:
    extracted = extract_text(DOUBLE_SPACED, encoding="utf-8")
    paragraphs = [block_text(b) for b in extracted.blocks if isinstance(b, Paragraph)]
    assert extracted.title == "The Waste Land and the Modern City"
    assert len(paragraphs) == 2
    assert "poet and critic T. S. Eliot, who had settled" in paragraphs[0]
    assert not any(isinstance(b, ListBlock) for b in extracted.blocks)


def test_whole_paragraph_lines_between_blank_lines_stay_paragraphs() -> None:
    text = "\n\n".join(f"{PROSE} Paragraph {i} ends here." for i in range(6))
    paragraphs = [b for b in extract_text(text, encoding="utf-8").blocks if isinstance(b, Paragraph)]
    assert len(paragraphs) == 6


def test_a_capital_initial_opening_a_line_is_not_a_list_item() -> None:
    text = f"{PROSE} The poem was written by\nT. S. Eliot in London.\n\nJ. R. R. Tolkien wrote about it later on.\n"
    blocks = extract_text(text, encoding="utf-8").blocks
    assert not any(isinstance(b, ListBlock) for b in blocks)


def test_a_select_all_dump_shows_its_title_twice_below_the_sites_head() -> None:
    dump = ("Skip to main content\nThis site uses cookies to make it work. By staying you agree to our use of cookies.\n"
            "Accept\nInkwell\nEssays\nTopics\nLog in\nHome\n›\nEssays\n›\nWhy Tides Rise and Fall\nWhy Tides Rise and Fall\n"
            "Type\tArgumentative essay\nLength\t612 words (approx. 3 pages)\nAdded\tMarch 3, 2025\n\n"
            f"{PROSE} {PROSE}\n\n{PROSE}\n")
    document = essayconv.load(dump.encode(), name="copy.txt")
    assert document.title == "Why Tides Rise and Fall"
    assert [block_text(b) for b in document.blocks] == [f"{PROSE} {PROSE}", PROSE]
    assert (document.metadata.claimed_words, document.metadata.claimed_pages) == (612, 3)
    assert ("metadata", "Added: March 3, 2025") in [(r.kind, r.text) for r in document.removed]


def test_a_call_to_action_in_a_dump_goes_whole_with_its_button_and_a_widgets_answers_with_its_question() -> None:
    dump = (f"Why Tides Rise and Fall\n\n{PROSE} {PROSE}\n\nStuck on your own essay?\n"
            "An Inkwell writer can draft it for you, from $12 a page.\nGet started\n\n"
            f"{PROSE} The end.\n\nWas this essay helpful?\nYes\nNo\n")
    document = essayconv.load(dump.encode(), name="cta.txt")
    assert [block_text(b) for b in document.blocks] == [f"{PROSE} {PROSE}", f"{PROSE} The end."]


def test_an_essay_sent_by_mail_loses_the_letter_around_it() -> None:
    mail = ("<html><head><title>[Class-7B] Final essay - Why Rivers Flood</title></head><body>"
            "<h1>[Class-7B] Final essay - Why Rivers Flood</h1><b>Ana Lopes</b> ana at school.example<br>"
            "<i>Fri Mar 15 21:47:03 GMT 2024</i><pre>Hi Ms Reed,\n\nHere is my essay, pasted below as you asked.\n"
            f"Sorry it is late!\n\nThanks,\nAna\n\n\nWhy Rivers Flood\n\n{PROSE} {PROSE}\n\n{PROSE} The end.\n\n"
            "-- \nAna Lopes, 7B\n\nOn Mon, 11 Mar 2024 at 08:02, Ms Reed wrote:\n&gt; Essays are due on Friday.\n</pre>"
            "</body></html>")
    document = essayconv.load(mail.encode(), name="mail.html")
    assert document.title == "Why Rivers Flood"
    assert [block_text(b) for b in document.blocks] == [f"{PROSE} {PROSE}", f"{PROSE} The end."]
    assert {"letter", "header"} <= {r.kind for r in document.removed}


def test_a_greeting_that_opens_the_essay_itself_is_kept() -> None:
    dump = f"Letters Home\n\nDear diary, {PROSE} {PROSE}\n\n{PROSE}\n\nThanks,\n\n{PROSE}\n"
    document = essayconv.load(dump.encode(), name="diary.txt")
    assert block_text(document.blocks[0]).startswith("Dear diary,")


def test_a_text_browsers_dump_keeps_its_title_under_the_sites_path_and_loses_its_drawn_boxes() -> None:
    dump = ("[logo] Inkwell                                  Log in | Sign up\n\n  • Home\n  • Free essays\n\n"
            "[Search 60,000 free essays        ] [Search]\n\nHome > Free essays > Society > Rivers\n\n"
            "Why Rivers Flood\n\n★★★★☆ 4.2/5 (54 votes)   [Save] [Print] [Share]\n\n"
            f"{PROSE} {PROSE}\n\n────────────────────────────────────────\nNeed this essay rewritten?\n"
            "Our editors rephrase any sample in your own voice.\n[Rewrite it for me]\n────────────────────────────────────────\n\n"
            f"{PROSE} The end.\n\nWas this sample useful?  [Yes] [No]\n")
    document = essayconv.load(dump.encode(), name="w3m.txt")
    assert document.title == "Why Rivers Flood"
    assert [block_text(b) for b in document.blocks] == [f"{PROSE} {PROSE}", f"{PROSE} The end."]


def test_a_browsers_print_header_and_footer_on_every_page_are_furniture() -> None:
    head = "29/11/2025, 21:47                  Why Rivers Flood Every Spring? Free Essay Example | Inkwell Essays"
    page_1 = (f"{head}\n\nWhy Rivers Flood\n\n{PROSE}\nand the town had to decide who\n\n"
              "https://inkwell.example/free-essays/environment/why-rivers-flood-every-spring-and-who-pays            1/2\n")
    page_2 = (f"{head}\n\npaid for the new walls along the banks.\n\n{PROSE}\n\n"
              "https://inkwell.example/free-essays/environment/why-rivers-flood-every-spring-and-who-pays            2/2\n")
    document = essayconv.load((page_1 + "\f" + page_2).encode(), name="print.txt")
    texts = [block_text(b) for b in document.blocks]
    assert texts == [PROSE, "and the town had to decide who paid for the new walls along the banks.", PROSE]


def test_a_textract_dumps_pipe_table_entities_and_key_term_box() -> None:
    """textract's output: no title line, the menu first, the site's path with its "&gt;" left
    undecoded, a facts table drawn with pipes right above the essay, a "Key term" box of one entry."""
    essay = "\n\n".join(f"Paragraph {i} of the essay weighs the river's old course against the town that grew on "
                        f"its banks, and finds the town the poorer for it in every spring flood." for i in range(5))
    dump = ("Browse essays\n\nGeography\n\nPolitics\n\nHome &gt; Geography &gt; Rivers\n\nShould Rivers Be Left to Flood?\n\n"
            "----------------------------\n| Subject | Geography |\n|  Length | 789 words |\n|   Added | 3 April 2025 |\n"
            "----------------------------\n\n" + essay + "\n\nKey term\n\nFlood plain: the flat land a river "
            "covers when it overflows.\n\nThe meadows held the water, and the town stayed dry that year.\n")
    document = essayconv.load(dump.encode(), name="roam.txt")
    kept = "\n".join(block_text(b) for b in document.blocks)
    assert document.title == "Should Rivers Be Left to Flood?" and document.metadata.claimed_words == 789
    assert "Paragraph 3 of the essay" in kept and "Paragraph 4 of the essay" in kept
    assert "Politics" not in kept and "Flood plain" not in kept and "&gt;" not in kept
