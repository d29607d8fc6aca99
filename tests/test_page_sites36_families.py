"""Families met at first contact in held-out site set 36 (heldout/sites36/LEARNING.md), each checked by
mechanism on texts of our own: a mailing list archive's message page (its header fields, a quoted earlier
message above the text, a mail client's inline picture, the sender's line with the count, a subject changed in
the thread or split in parts), a <title> opening on its section with the site's name in the banner, a layout
program's caption frame, and the first of two text frames. Our own texts throughout."""

from __future__ import annotations

import essayconv
from essayconv.model import Gap

from .helpers import PIER_PROSE, kept_text

TOWNS = ["Dunmore", "Kilbaha", "Ardmore", "Carrigaholt", "Ballycotton"]
TITLE = "The Pier at Dunmore and Its Engineer"
PLAIN = "\n\n".join(f"At {town}, {PIER_PROSE}" for town in TOWNS)


def _message(subject: str, body: str) -> bytes:
    return (f"<html><head><title>[harbours] {subject}</title></head><body>"
            f"<table><tr><td><b>harbours list archive</b> · <a href='/'>Society home</a></td></tr></table><hr>"
            f"[<a href='m1.html'>Date Prev</a>][<a href='m3.html'>Date Next</a>]<h1>[harbours] {subject}</h1><hr><ul>"
            f"<li><em>To</em>: harbours@lists.example.org</li><li><em>Subject</em>: [harbours] {subject}</li>"
            f"<li><em>From</em>: Aoife Brennan &lt;aoife@example.org&gt;</li>"
            f"<li><em>Date</em>: Fri, 13 Jan 2006 16:26:48 +0000</li></ul><hr><pre>{body}</pre><hr></body></html>").encode()


def test_a_list_archives_message_reads_as_the_essay_it_carries() -> None:
    body = (f"My 455-word piece for the newsletter, sent as plain text.\n\n{TITLE}\n{'=' * len(TITLE)}\n\n{PLAIN}\n\n"
            "[cid:image003.jpg@01C66665.AFF74E53]\n\n-- \nAoife Brennan\n")
    document = essayconv.load(_message(TITLE, body), name="msg00028.html")
    kept = kept_text(document)
    assert document.title == TITLE and document.metadata.claimed_words == 455
    assert "harbours@" not in kept and "Fri, 13 Jan" not in kept and "cid:" not in kept and "455-word" not in kept
    assert kept.count("walked the coast") == 5


def test_a_reply_quoting_the_message_it_answers_above_its_own_text() -> None:
    quoted = "\n".join(f"&gt; {line}" for line in ("The old quay at Dunmore was never meant", "to take a steamer."))
    body = f"On 13 Jan 2006, Brian Nolan wrote:\n{quoted}\n\n{TITLE}\n{'=' * len(TITLE)}\n\n{PLAIN}\n"
    document = essayconv.load(_message(f"{TITLE} (was: The Old Quay)", body), name="msg00029.html")
    kept = kept_text(document)
    assert document.title == TITLE and "never meant" not in kept and "wrote:" not in kept


def test_a_subject_split_in_parts_goes_on_in_the_next_message() -> None:
    body = f"{TITLE}\n{'=' * len(TITLE)}\n\n{PLAIN}\n\n-- \nAoife Brennan\n"
    document = essayconv.load(_message(f"{TITLE} (part 1 of 2)", body), name="msg00030.html")
    assert document.title == TITLE and isinstance(document.blocks[-1], Gap)


def test_a_title_opening_on_its_section_names_the_entry_not_the_site() -> None:
    essay = "<br><br>".join(f"At {town}, {PIER_PROSE}" for town in TOWNS)
    page = (f"<html><head><title>Harbour Notes | {TITLE}</title></head><body><div id='pageHeader'><img src='/images/quayside-"
            f"logo.png' alt='Site logo' width='96' height='96'><h1>Quayside Society</h1><h2>Harbours since 1962</h2></div><ul><li><a href='/'>Home</a></li><li><a href='/notes/' id='current'>Harbour Notes</a></li>"
            f"<li><a href='/meetings/'>Meetings</a></li></ul><div class='blog-entry'><h1 class='blog-entry-title'>"
            f"<a href='files/pier.html'>{TITLE}</a></h1><div class='blog-entry-body'>{essay}</div></div></body></html>").encode()
    assert essayconv.load(page, name="pier.html").title == TITLE


def test_a_caption_frame_under_its_picture_with_a_layout_programs_comment_goes() -> None:
    frames = (f"<div class='clearfix colelem' id='u10-4'><!-- content --><h1>{TITLE}</h1></div>"
              f"<div class='clearfix colelem' id='u11-4'><!-- content -->{''.join(f'<p>At {t}, {PIER_PROSE}</p>' for t in TOWNS[:3])}</div>"
              "<div class='colelem' id='u12'><!-- simple frame --><img class='block' src='quay.jpg' width='540' height='360'></div>"
              "<div class='clearfix colelem' id='u13-4'><!-- content --><p class='Caption'>Members on the quay at low water, 2013.</p></div>"
              f"<div class='clearfix colelem' id='u14-4'><!-- content -->{''.join(f'<p>At {t}, {PIER_PROSE}</p>' for t in TOWNS[3:])}</div>")
    page = f"<html><head><title>{TITLE}</title></head><body><div id='page'>{frames}</div></body></html>".encode()
    kept = kept_text(essayconv.load(page, name="muse.html"))
    assert "Members on the quay" not in kept and kept.count("walked the coast") == 5


def test_the_first_of_two_text_frames_around_an_advert_is_the_texts_opening() -> None:
    """A layout program's page (Adobe Muse's frames, each "clearfix colelem" with an id of its own): the article's
    opening frame, then an advert, then the frame holding the rest, its sections under headings of the same rank."""
    first = f"<p>At Dunmore, {PIER_PROSE}</p><h2>The Survey</h2><p>At Kilbaha, {PIER_PROSE}</p><h2>The Builders</h2><p>Near Kilbaha, {PIER_PROSE}</p>"
    rest = "".join(f"<h2>At {t}</h2><p>First at {t}, {PIER_PROSE}</p><p>Then at {t}, {PIER_PROSE}</p>" for t in TOWNS[1:]) \
        + "<h3>Sources</h3>" + "".join(f"<p class='Reference'>Nolan, B. Harbours of {t}. Quay Press, 2001.</p>" for t in TOWNS)
    frames = (f"<div class='clearfix colelem' id='u1-4'><p class='Issue-Line'>The Bulletin No. 45 · pp. 14–15</p></div>"
              f"<div class='clearfix colelem' id='u2-4'><h1>{TITLE}</h1></div><div class='clearfix colelem' id='u3-12'>{first}</div>"
              "<div class='clearfix colelem' id='pu4'><div class='clearfix grpelem' id='u5-4'><p>Supporting the Bulletin</p></div>"
              "<div class='clearfix grpelem' id='u6-4'><p>The Anchor welcomes members: ten ales on hand pump.</p></div></div>"
              f"<div class='clearfix colelem' id='u7-44'>{rest}</div>")
    side = ("<div class='clearfix grpelem' id='u9'><div class='clearfix colelem' id='u10-6'><h4>Upstairs at the Anchor</h4>"
            "<p>Tuesday 2 December, 8pm: a talk on the pier.</p></div>"
            + "".join(f"<div class='clearfix colelem' id='u1{n}-8'><h4><a href='/a{n}.html'>Quays of {t}</a></h4>"
                      f"<p class='Side-Pages'>pp. {n}–{n + 1}</p></div>" for n, t in enumerate(TOWNS, start=2)) + "</div>")
    page = (f"<html><head><title>{TITLE}</title></head><body><div id='page'><div class='clearfix colelem' id='pu1'>"
            f"<div class='clearfix grpelem' id='u8'>{frames}</div>{side}</div></div></body></html>").encode()
    kept = kept_text(essayconv.load(page, name="muse.html"))
    assert "At Dunmore," in kept and "Near Kilbaha," in kept and kept.count("walked the coast") == 11


def test_one_earlier_frame_whose_sections_the_chosen_one_goes_on_with_opened_the_text() -> None:
    """frames.opened_in_earlier_boxes: one box before the chosen one is enough when the chosen box opens on a
    section's heading and the earlier one holds sections under headings of that rank; not a box of other make."""
    from essayconv.extract.html.document import parse_page
    from essayconv.extract.html.frames import opened_in_earlier_boxes
    from essayconv.extract.prose import prose_mass
    from essayconv.rules import load_rules

    tuning = load_rules().tuning
    first = f"<p>At Dunmore, {PIER_PROSE}</p><h2>The Survey</h2><p>At Kilbaha, {PIER_PROSE}</p>"
    rest = "".join(f"<h2>At {t}</h2><p>First at {t}, {PIER_PROSE}</p><p>Then at {t}, {PIER_PROSE}</p>" for t in TOWNS[2:])

    def opened(before: str) -> bool:
        root = parse_page(f"<html><body><div id='col'>{before}<div class='frame text' id='b'>{rest}</div></div></body></html>")
        node = root.xpath("//div[@id='b']")[0]
        return opened_in_earlier_boxes(node, prose_mass(root.xpath("//body")[0], tuning), tuning, lambda box: True)

    assert opened(f"<div class='frame text' id='a'>{first}</div>")
    assert not opened(f"<div class='frame text' id='a'><p>At Dunmore, {PIER_PROSE}</p><p>At Kilbaha, {PIER_PROSE}</p></div>")
