"""Families met at first contact in held-out round 77 (heldout/round77/FIRST-CONTACT.md), and two left from site
set 38, each checked by mechanism on texts of our own: a message a mail reader listed part by part (nmh's
`mhshow`), a mill's listing <title> over the bold line opening the essay, prose and the site's citation of the
essay after the reference list, a limit and the count beside it ("stay under 450 words; hers runs 406"), a strip
of the writer's name and a date over the text."""

from __future__ import annotations

import textwrap

import pytest

import essayconv
from essayconv.clean.references import split_references
from essayconv.model import Heading, Text

from .helpers import PIER_ESSAY, PIER_PROSE, PIER_TITLE, PIER_TOWNS, draft_of, kept_text


def _load(page: str, name: str = "page.html") -> essayconv.Document:
    return essayconv.load(page.encode(), name=name)


def test_a_message_listed_part_by_part_gives_the_attached_essay() -> None:
    body = "\n\n".join(f"At {town}, {PIER_PROSE}" for town in PIER_TOWNS)
    listing = ("[ Message inbox:1 ]\nDate:    Mon, 14 Oct 2019 09:12:44 -0400\nTo:      Tom Grell <tg@quay.example>\n"
               "From:    Front Desk <desk@quay.example>\nSubject: Fwd: essay for Thursday\n\nMIME-Version: 1.0\n\n"
               "[ part 1 - text/plain -   213B  ]\nTom,\n\nForwarding this one from the booking form.\n\n-- Front desk\n"
               "[ part 2 - message/rfc822 -   3.4KB  ]\nDate:    Sun, 13 Oct 2019 23:47:10 -0400\nFrom:    Orla Breen "
               "<ob@quay.example>\nSubject: essay for Thursday\n\n[ part 1 - text/plain -   210B  ]\nHi,\n\nI'm attaching my "
               "essay on the pier for HIST 1102. My editor says 222 words, not counting the title.\n\nThank you,\nOrla\n"
               f"[ part 2 - text/plain - pier-final.txt  2.5KB  ]\nOrla Breen\nHIST 1102\nProf. Hallinan\n14 October 2019\n\n"
               f"{PIER_TITLE}\n\n{body}\n")
    document = _load(listing, name="message.txt")
    text = kept_text(document)
    assert document.title == PIER_TITLE and document.metadata.claimed_words == 222
    assert "[ part" not in text and "Forwarding" not in text and "MIME-Version" not in text


def test_a_mills_listing_title_gives_way_to_the_bold_line_opening_the_essay() -> None:
    page = ("<html><head><title>Dunmore Pier Term Paper - Free Essays, Term Papers, Book Reports - QuayTrowel.com</title>"
            f"</head><body><table><tr><td><font size='+1'><b>Stone Upon Stone: The Dunmore Pier and Its Engineer</b></font>"
            f"<br>{PIER_ESSAY}</td></tr></table></body></html>")
    assert _load(page).title == "Stone Upon Stone: The Dunmore Pier and Its Engineer"


_ENTRIES = ("Nimmo, Alexander. Reports on the Western Piers. Dublin: Board of Works, 1824.",
            "Breen, Orla. Harbours of the West. Galway: Quay Press, 1988.")


@pytest.mark.parametrize("after", [
    "Second place went to Tom Hallinan (Quay Regional High) for an essay on the county's 1937 flood, and third to Una "
    "Breen for an essay on the first public library in Dunmore. Read all the winning entries.",
    f"To cite this paper: \"{PIER_TITLE}.\" QuayTrowel.com. 4 Nov. 2002. <http://www.quaytrowel.example/papers.epl?id=30871>",
])
def test_prose_or_the_sites_citation_of_the_essay_after_the_list_ends_it(after: str) -> None:
    draft = split_references(draft_of(*PIER_TOWNS, Heading(2, (Text("Sources"),)), *_ENTRIES, after, title=PIER_TITLE))
    assert draft.references is not None and len(draft.references.entries) == len(_ENTRIES)


def test_a_limit_and_the_count_beside_it() -> None:
    note = ("<p>Congratulations to Orla Breen, whose essay took first place this year. Entries had to stay under 450 "
            "words; Orla's runs 222. We are proud to share it here.</p>")
    page = f"<html><head><title>{PIER_TITLE}</title></head><body>{note}<h2>{PIER_TITLE}</h2>{PIER_ESSAY}</body></html>"
    assert _load(page).metadata.claimed_words == 222


def test_a_strip_of_the_writers_name_and_a_date_over_the_text() -> None:
    page = (f"<html><head><title>{PIER_TITLE}</title></head><body><h1>{PIER_TITLE}</h1><h2>Callum Mouat · notebook 14 · "
            f"February 2018 · Python 3.6, pandas 0.23</h2>{PIER_ESSAY}</body></html>")
    assert "notebook 14" not in kept_text(_load(page))


def test_wrapped_text_is_still_read_whole() -> None:  # (the listing reader leaves a plain dump alone)
    dump = PIER_TITLE + "\n\n" + "\n\n".join(textwrap.fill(f"At {town}, {PIER_PROSE}", 72) for town in PIER_TOWNS)
    document = _load(dump, name="essay.txt")
    assert document.title == PIER_TITLE and len(document.blocks) == len(PIER_TOWNS)
