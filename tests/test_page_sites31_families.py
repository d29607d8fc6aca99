"""Families met at first contact in held-out site set 31 (heldout/sites31/LEARNING.md), each checked by
mechanism on pages of our own: a graded reading laid out as numbered table rows beside a key-words column, its
tasks and language notes; a reading app's shared copy with its readers' notes; a magazine's credit line; an
archive's typed-in journal in <br>-wrapped lines, a link to the page's scan and a labelled count over it. Our
own texts throughout."""

from __future__ import annotations

import textwrap

import essayconv

from .helpers import PIER_PROSE, kept_text

TOWNS = ["Dunmore", "Kilbaha", "Ardmore", "Carrigaholt", "Ballycotton"]
_ESSAY = "".join(f"<p>At {town}, {PIER_PROSE}</p>" for town in TOWNS)


def _row(n: int, town: str) -> str:
    return (f"<tr><td class='pn'><font color='#999'>{n}</font></td><td class='pt'>At {town}, {PIER_PROSE}</td>"
            f"<td class='kw'><b>Key words:</b> engineer, {town.lower()}</td></tr>")


def test_a_reading_in_numbered_rows_beside_its_key_words_reads_as_its_paragraphs() -> None:
    rows = "".join(_row(n, town) for n, town in enumerate(TOWNS, start=1))
    rows = rows.replace("<tr><td class='pn'><font color='#999'>3", "<tr><td></td><td colspan='2'><b>The engineer</b>"
                        "</td></tr><tr><td class='pn'><font color='#999'>3", 1)
    page = ("<html><head><title>The Pier at Dunmore | Harbour Readers</title></head><body><table><tr><td>"
            "<h1>The Pier at Dunmore</h1><p>Adapted by Aoife Brennan · Topic: Irish history</p>"
            "<table class='warmup'><tr><td>Warm-up question: What do you already know about piers? Write three words "
            "you expect to meet.</td></tr></table>"
            f"<table class='reading'>{rows}</table>"
            "<table class='questions'><tr><td><b>Comprehension check</b><ol><li>True or false: the writer agrees that "
            "the engineer chose badly.</li><li>Find two facts in the text about the engineer.</li><li>Which paragraph "
            "gives dates, and what do they show?</li></ol></td></tr></table></td></tr></table></body></html>")
    document = essayconv.load(page.encode(), name="reading.html")
    kept = kept_text(document)
    paragraphs = [line for line in kept.split("\n") if "Alexander Nimmo" in line]
    assert len(paragraphs) == 5 and all(line.startswith("At ") for line in paragraphs)  # no row number before them
    assert "Key words" not in kept and "Warm-up" not in kept and "True or false" not in kept
    assert "The engineer" in kept and document.metadata.author == "Aoife Brennan"


def test_a_reading_apps_shared_copy_loses_its_readers_notes() -> None:
    paragraphs = [f"<div class='_b1'><span>At {town}, {PIER_PROSE}</span></div>" for town in TOWNS]
    paragraphs.insert(2, "<div class='_n'><div>@corncrake noted</div><div>the clearest paragraph in the piece</div></div>")
    page = ("<html><head><title>The Pier at Dunmore · Leafmark</title></head><body><div id='root'>"
            "<div role='heading' aria-level='1'>The Pier at Dunmore</div><div>by Aoife Brennan</div>"
            "<div><div>Why @wheatear_reads shared this: I kept coming back to the part about the engineer. Worth the "
            "2 minutes, honestly.</div></div><div class='_doc'>" + "".join(paragraphs) + "</div></div></body></html>")
    kept = kept_text(essayconv.load(page.encode(), name="shared.html"))
    assert "shared this" not in kept and "@corncrake" not in kept and "clearest paragraph" not in kept
    assert kept.count("Alexander Nimmo") == 5


def test_a_magazines_words_and_illustration_credit_is_the_byline() -> None:
    page = ("<html><head><title>The Pier at Dunmore</title></head><body><article><h1>The Pier at Dunmore</h1>"
            f"<p class='credit'>Words by Aoife Brennan · Illustration by Juno Keane</p>{_ESSAY}</article></body></html>")
    document = essayconv.load(page.encode(), name="inflight.html")
    assert document.metadata.author == "Aoife Brennan" and "Illustration by" not in kept_text(document)


def test_a_typed_in_journals_scan_link_its_labelled_count_and_its_untyped_rest() -> None:
    wrapped = "<br>\n<br>\n".join("<br>\n".join(textwrap.wrap(f"At {town}, {PIER_PROSE}", 66)) for town in TOWNS[:3])
    page = ("<html><head><title>The Pier at Dunmore</title></head><body><table><tr><td>"
            "<p align='center'>Typed in from the printed journal: 412 words, which filled 2 pages of The Quay</p>"
            f"<font face='Georgia'><b>The Pier at Dunmore</b><br>\n<br>\n{wrapped}<br>\n<br>\n"
            "<a href='images/scans/pier1971.jpg'>Illustration from the printed page: the pier in 1971 (scan, 340 KB)</a>"
            "<br>\n<br>\n</font><p><font color='#900'>Our volunteers have keyed in just the start of this paper. Its other "
            "150 words await typing; members may borrow the printed issue.</font></p></td></tr></table></body></html>")
    document = essayconv.load(page.encode(), name="archive.html")
    kept = kept_text(document)
    assert (document.metadata.claimed_words, document.metadata.claimed_pages) == (412, 2)
    assert "Illustration from the printed page" not in kept and "await typing" not in kept
    assert kept.count("Alexander Nimmo") == 3
