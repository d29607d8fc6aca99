"""Families met at first contact in held-out round 59 (heldout/round59/FIRST-CONTACT.md), each checked by
mechanism on pages of our own: a saved e-mail's raw source (.eml: a mail's header lines, a multipart/alternative
body in quoted-printable). Our own texts throughout."""

from __future__ import annotations

import quopri

import essayconv

from .helpers import PROSE, kept_text


def _eml(body: str, html: bool) -> bytes:
    plain = quopri.encodestring(body.encode("utf-8")).decode("ascii")
    parts = ["--b1", "Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: quoted-printable", "", plain]
    if html:
        marked = "".join(f"<p>{line}</p>" for line in body.split("\n\n"))
        parts += ["--b1", "Content-Type: text/html; charset=\"utf-8\"", "Content-Transfer-Encoding: quoted-printable", "",
                  quopri.encodestring(marked.encode("utf-8")).decode("ascii")]
    headers = ["Delivered-To: teacher@school.example.edu", "Received: from mail.example.com by mx.example.edu;",
               " Tue, 8 Oct 2024 23:47:12 -0700", "MIME-Version: 1.0", "From: Aoife Brennan <aoife@example.com>",
               "Subject: HIST 1302 Essay 2 - Aoife Brennan", "To: Ms Quist <teacher@school.example.edu>",
               "Content-Type: multipart/alternative; boundary=\"b1\"", ""]
    return "\n".join([*headers, *parts, "--b1--", ""]).encode("ascii")


def test_a_saved_mails_raw_source_reads_as_its_message() -> None:
    long = f"{PROSE} The pier’s engineer, Alexander Nimmo, walked the coast for weeks before he chose the site."
    body = "\n\n".join(["Hello Ms Quist,", "Here is my essay. My word count is 412 without the title.",
                        "The Pier at Dunmore", *[long] * 6, "Thanks,", "Aoife"])
    for html in (True, False):
        document = essayconv.load(_eml(body, html), name="essay.eml")
        kept = kept_text(document)
        assert kept.count("walked the coast for weeks") == 6 and "pier’s engineer" in kept
        assert "Received:" not in kept and "MIME-Version" not in kept and "=E2=80=99" not in kept
        assert "HIST 1302 Essay 2" not in kept and document.metadata.claimed_words == 412


def test_a_timelines_date_labels_over_its_items_go() -> None:
    items = "".join(f"<div class='item'><div class='date'>{label}</div><p>{PROSE}</p></div>"
                    for label in ("c. AD 85", "AD 100", "circa 1200 BC"))
    page = f"<html><head><title>The Fort</title></head><body><h1>The Fort</h1><div class='story'>{items}</div></body></html>"
    kept = kept_text(essayconv.load(page.encode(), name="timeline.html"))
    assert "AD 85" not in kept and "AD 100" not in kept and "1200 BC" not in kept and kept.count(PROSE) == 3


def test_a_heading_block_at_the_margin_over_an_indented_title_and_one_line_paragraphs() -> None:
    long = f"{PROSE} {PROSE} The pier at Dunmore was built for the packets and kept its fishing fleet for a century."
    text = "\r\n".join(["Aoife Brennan", "Ms. Quist", "English 9 Honors, Period 4", "14 November 2024",
                        "Body of essay = 412 words (title and Works Cited not counted)",
                        "          The Pier at Dunmore: A Harbour for the Mail", *[f"\t{long}"] * 3])
    document = essayconv.load(text.encode("utf-16"), name="essay.txt")
    assert document.title == "The Pier at Dunmore: A Harbour for the Mail"
    assert "Aoife Brennan" not in kept_text(document) and kept_text(document).count(long) == 3
