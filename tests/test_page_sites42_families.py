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
