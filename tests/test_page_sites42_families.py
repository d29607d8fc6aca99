"""Families met at first contact in site set 42 (heldout/sites42/LEARNING.md), each checked by mechanism on texts of
our own: a mailing list's web archive (the message in a `<tt>` of lines beside the archive's tables, its title
"<list> : Message: [list] …", the writer's hello to the list, "*bold*" headings and "- " lists typed in plain text, a
signature under the text, a quoted question run into one line with its header), and a plain-text dump's "*heading*"."""

from __future__ import annotations

import essayconv
from essayconv.model import Heading, ListBlock, block_text

from .helpers import PIER_PROSE, PIER_TITLE, PIER_TOWNS, kept_text


def _archive_page(body: str, subject: str = PIER_TITLE) -> bytes:
    chrome = ("<table><tr><td><a href='http://www.lists.example/'><img src='/logo.gif' alt='Lists'></a></td><td>"
              "<a href='/home'>Lists Home</a> | <a href='/my'>My Lists</a> | <a href='/start'>Start a List</a></td></tr></table>"
              "<table><tr><td><b>quayhistory</b> &middot; Piers, harbours and their builders</td></tr><tr><td>"
              "<a href='/h'>Home</a> | <a href='/m'>Messages</a> | <a href='/f'>Files</a> | <a href='/p'>Members</a></td></tr></table>"
              f"<table><tr><td><b>From:</b></td><td>\"Orla Breen\" &lt;obreen@q...&gt;</td></tr><tr><td><b>Subject:</b></td>"
              f"<td>[quayhistory] {subject}</td></tr></table><hr>")
    footer = "<hr><a href='/m/41'>&lt; Prev Message</a> | <a href='/m/43'>Next Message &gt;</a><br>Copyright 2000 Lists, Inc."
    return (f"<html><head><title>quayhistory : Message: [quayhistory] {subject} (long, sorry)</title></head><body>{chrome}"
            f"<tt>\n{body}</tt>{footer}</body></html>").encode("latin-1", "xmlcharrefreplace")


def _lines(text: str) -> str:
    return "<br>\n".join(text.split("\n")) + "<br>\n"


_BODY = "\n\n".join(f"At {town}, {PIER_PROSE}" for town in PIER_TOWNS[:3])


def test_a_list_archives_message_in_typewriter_type_is_the_essay_and_its_subject_the_title() -> None:
    document = essayconv.load(_archive_page(_lines(f"Hi gang,\n\n{_BODY}\n\nOrla B.\nDunmore, Co. Clare\nHarbour notes since '96")),
                              name="message.html")
    text = kept_text(document)
    assert document.title == PIER_TITLE
    assert all(f"At {town}," in text for town in PIER_TOWNS[:3])
    assert "Hi gang" not in text and "Orla B." not in text and "Harbour notes" not in text and "Lists Home" not in text


def test_a_plain_text_mails_bold_headings_and_dashed_list_are_read_so() -> None:
    body = (f"{_BODY}\n\n*What the engineers wanted*\n\nThe board asked for three things in the end:\n\n"
            "- A quay long enough for the hookers\n- Stone from the parish quarry\n\n"
            f"*What they got*\n\nAt {PIER_TOWNS[3]}, {PIER_PROSE}\n\n*The long view*\n\nAt {PIER_TOWNS[4]}, {PIER_PROSE}")
    document = essayconv.load(_archive_page(_lines(body)), name="message.html")
    headings = [b for b in document.blocks if isinstance(b, Heading)]
    lists = [b for b in document.blocks if isinstance(b, ListBlock)]
    assert "What the engineers wanted" in [block_text(h) for h in headings]
    assert len(lists) == 1 and len(lists[0].items) == 2 and "*" not in kept_text(document)


def test_a_sign_off_and_the_name_under_it_close_a_mail_not_the_essay() -> None:
    document = essayconv.load(_archive_page(_lines(f"{_BODY}\n\nAmitiés,\nJérôme")), name="message.html")
    text = kept_text(document)
    assert "Amitiés" not in text and "Jérôme" not in text and f"At {PIER_TOWNS[2]}," in text


def test_a_quoted_question_run_into_one_line_with_its_header_is_the_threads() -> None:
    quoted = ("--- In quayhistory@lists.example, Maeve &lt;mroche@...&gt; wrote:\n"
              "&gt; Does anyone know much about the pier at Dunmore? Our club wants a talk\n\n")
    document = essayconv.load(_archive_page(_lines(quoted + _BODY)), name="message.html")
    text = kept_text(document)
    assert "wrote:" not in text and "Our club wants" not in text and f"At {PIER_TOWNS[0]}," in text


def test_the_lines_over_the_first_of_several_sections_open_the_essay_not_a_note() -> None:
    opening = "Somebody on this list asked about the Dunmore pier last month; this reply grew longer than anyone wanted."
    sections = "\n\n".join(f"*At {town}*\n\nAt {town}, {PIER_PROSE}" for town in PIER_TOWNS[:3])
    document = essayconv.load(_archive_page(_lines(f"Bonsoir à tous,\n\n{opening}\n\n{sections}")), name="message.html")
    text = kept_text(document)
    assert opening in text and "Bonsoir" not in text and document.title == PIER_TITLE


def test_a_text_dumps_line_between_asterisks_is_a_heading() -> None:
    dump = f"{PIER_TITLE}\n\nAt {PIER_TOWNS[0]}, {PIER_PROSE}\n\n*The quarry*\n\nAt {PIER_TOWNS[1]}, {PIER_PROSE}\n"
    document = essayconv.load(dump.encode(), name="essay.txt")
    assert [block_text(b) for b in document.blocks if isinstance(b, Heading)] == ["The quarry"]


_LIST_FOOTER = ("------------------------------------------------------------------------\n"
                "Plant bulbs by Friday and get free delivery anywhere in the county:\n"
                "http://click.lists.example/1/4242/0/_/_/950000042/\n"
                "------------------------------------------------------------------------\n\n"
                "lists.example home: http://www.lists.example/group/quayhistory\n"
                "www.lists.example - Keeping groups talking\n\n"
                "To unsubscribe from this group, send an email to:\n"
                "quayhistory-unsubscribe@lists.example")


def test_the_lists_footer_under_its_rules_and_the_signature_above_it_go() -> None:
    # (the closing paragraph shorter than a run of prose; the advertisement boxed by two rules; the list's lines
    # under the second, one opening with the list's address in lower case)
    closing = "Readers may see the Dunmore pier differently; tell me how. I hope this proves of some use to anyone curious about the old pier."
    document = essayconv.load(_archive_page(_lines(f"{_BODY}\n\n{closing}\n\nOrla B.\nDunmore, Co. Clare\n"
                                                   f"Harbour notes since '96\n\n{_LIST_FOOTER}")), name="message.html")
    text = kept_text(document)
    assert closing in text and f"At {PIER_TOWNS[2]}," in text
    assert not any(line in text for line in ("Orla B.", "Co. Clare", "Plant bulbs", "lists.example", "unsubscribe"))


def test_a_hello_to_the_list_over_a_short_first_paragraph_goes_alone() -> None:
    opening = "After the thread about Dunmore I promised to write something proper, so here it is at last."
    document = essayconv.load(_archive_page(_lines(f"Hi gang,\n\n{opening}\n\n{_BODY}")), name="message.html")
    text = kept_text(document)
    assert opening in text and "Hi gang" not in text


def test_a_sign_off_after_the_essays_short_closing_lines_and_a_first_name_from_the_sender_close_the_mail() -> None:
    quote_lead = "An old harbour master, speaking in 1951, said:"
    signed = essayconv.load(_archive_page(_lines(f"{_BODY}\n\n{quote_lead}\n\n« Half the craft was knowing when to stop. »"
                                                 "\n\nAmitiés,\nJérôme")), name="message.html")
    assert quote_lead in kept_text(signed) and "Amitiés" not in kept_text(signed) and "Jérôme" not in kept_text(signed)
    named = essayconv.load(_archive_page(_lines(f"{_BODY}\n\nOrla\n(Dunmore - two currachs and a leaking punt)")), name="message.html")
    assert "Orla" not in kept_text(named) and "currachs" not in kept_text(named) and f"At {PIER_TOWNS[2]}," in kept_text(named)


def test_a_newsletters_letter_to_its_members_stays_the_letters_over_its_sections() -> None:
    # (a hello to a group alone opens a message whose sections follow; "Dear members," and a note presenting
    # the issue open a newsletter, whose piece is one of its notices)
    note = ("The first inspections are done and the willow is out. This month: the rota, a reminder about "
            "the monitoring sheet, and a member's essay on why the old pier still matters to the town.")
    sections = "\n\n".join(f"*At {town}*\n\nAt {town}, {PIER_PROSE}" for town in PIER_TOWNS[:3])
    document = essayconv.load(_archive_page(_lines(f"Dear members,\n\n{note}\n\n{sections}")), name="message.html")
    assert "first inspections" not in kept_text(document)


def test_a_writers_name_and_places_under_the_title_named_by_the_pages_copyright_are_its_byline() -> None:
    body = "".join(f"<P>At {town}, {PIER_PROSE}" for town in PIER_TOWNS[:3])
    page = (f"<HTML><HEAD><TITLE>The Cabinet - {PIER_TITLE}</TITLE></HEAD><BODY><CENTER><B><FONT SIZE=+2>{PIER_TITLE}</FONT></B>"
            f"</CENTER><CENTER><FONT SIZE=-1>Orla Breen, Dunmore, Co Clare<BR>Written August 1996</FONT></CENTER>{body}<HR>"
            "Copyright (c) 1996 Orla Breen. Pictures may not be copied without permission.</BODY></HTML>")
    document = essayconv.load(page.encode(), name="essay.htm")
    assert "Orla Breen" not in kept_text(document) and document.metadata.author == "Orla Breen"
    assert f"At {PIER_TOWNS[0]}," in kept_text(document)


def test_a_count_after_the_writers_bracketed_aside_under_the_prose_is_the_essays() -> None:
    body = "".join(f"<p>At {town}, {PIER_PROSE}</p>" for town in PIER_TOWNS[:3])
    page = (f"<html><body><h1>{PIER_TITLE}</h1>{body}<p>[Part 2 comes as a separate post - the list bounces anything "
            "over 20K.]</p><p>(Word count: 362)</p><p>Amitiés,</p><p>Jérôme</p></body></html>")
    document = essayconv.load(page.encode(), name="message.html")
    assert document.metadata.claimed_words == 362 and "Word count" not in kept_text(document)
