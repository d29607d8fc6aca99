"""Families met at first contact in held-out round 57 (heldout/round57/FIRST-CONTACT.md), each checked by
mechanism on pages of our own: a Markdown file's front matter shown as a table whose keys join their words
with underscores ("length_words"); a wiki's subpage titled by its path ("Food history/The Potato …"); a
printed text numbering its pages "1 / 3". Our own texts throughout."""

from __future__ import annotations

import essayconv

from .helpers import PROSE, kept_text


def test_a_front_matter_table_keyed_with_underscores_states_the_length() -> None:
    table = ("<table class='frontmatter'><thead><tr><th>title</th><th>author</th><th>length_words</th><th>status</th>"
             "</tr></thead><tbody><tr><td>Ferries and Tides</td><td>J. Arkwright</td><td>612</td><td>final</td></tr>"
             "</tbody></table>")
    page = (f"<html><head><title>essay.md at main</title></head><body><div class='markdown'>{table}"
            f"<h1>Ferries and Tides</h1><p>{PROSE}</p><p>{PROSE}</p></div></body></html>")
    document = essayconv.load(page.encode(), name="repo.html")
    assert document.metadata.claimed_words == 612
    assert "J. Arkwright" not in kept_text(document) and "length" not in kept_text(document)


def test_a_wiki_subpage_titled_by_its_path_is_titled_by_its_last_part() -> None:
    page = ("<html><head><title>Harbour studies/The Pier at Dunmore - Wikiversity</title>"
            "<link rel='canonical' href='https://en.wikiversity.org/wiki/Harbour_studies/The_Pier_at_Dunmore'></head>"
            f"<body><h1>Harbour studies/The Pier at Dunmore</h1><div id='content'><p>{PROSE}</p><p>{PROSE}</p></div></body></html>")
    assert essayconv.load(page.encode(), name="wiki.html").title == "The Pier at Dunmore"
    # a title with a slash of its own, on a page whose address does not end with it, stays whole
    page = page.replace("Harbour_studies/The_Pier_at_Dunmore'", "Pier_essay'")
    assert essayconv.load(page.encode(), name="wiki.html").title == "Harbour studies/The Pier at Dunmore"


def test_a_printed_text_numbering_its_pages_k_of_n_with_a_slash_states_its_pages() -> None:
    pages = []
    for number in (1, 2, 3):
        pages += [f"{PROSE} Page {number} goes on here with more of the argument about the harbour.", "",
                  f"{PROSE} And it ends its page here.", "", f"{number} / 3".center(60).rstrip(), "", ""]
    document = essayconv.load("\n".join(["The Pier at Dunmore", "", *pages]).encode(), name="essay.txt")
    assert document.metadata.claimed_pages == 3
    assert "1 / 3" not in kept_text(document)


def _manual(essay_sections: str) -> bytes:
    return ("<html><head><title>essay3 - HIST 2210 essay 3</title></head><body><ul id='index'>"
            + "".join(f"<li><a href='#{n}'>{n}</a></li>" for n in ("NAME", "SYNOPSIS", "WORD COUNT", "AUTHOR")) + "</ul>"
            "<h1>NAME</h1><p>essay3 - HIST 2210 Ports and Packets, essay 3</p><h1>SYNOPSIS</h1><pre>perldoc essay3.pod</pre>"
            "<h1>WORD COUNT</h1><p>512 (the essay's paragraphs and headings)</p>"
            f"{essay_sections}<h1>AUTHOR</h1><p>Aoife Brennan, student 5521907.</p>"
            "<h1>COPYRIGHT AND LICENSE</h1><p>Copyright 2025 Aoife Brennan. Please do not redistribute.</p></body></html>").encode()


def test_a_manual_pages_sections_around_the_essay_go_and_its_word_count_is_read() -> None:
    essay = f"<h1>The Pier at Dunmore</h1><p>{PROSE}</p><h2>The engineer</h2><p>{PROSE}</p><p>{PROSE}</p>"
    document = essayconv.load(_manual(essay), name="essay3.html")
    kept = kept_text(document)
    assert document.title == "The Pier at Dunmore"
    assert document.metadata.claimed_words == 512
    assert "perldoc" not in kept and "Aoife Brennan" not in kept and "SYNOPSIS" not in kept and "NAME" not in kept
    assert kept.count(PROSE) == 3 and "The engineer" in kept
    # an essay's own sections in capitals are long: they stay
    long = " ".join([PROSE] * 4)
    page = ("<html><head><title>Ports</title></head><body><h1>Ports and Packets</h1>"
            + "".join(f"<h1>{name}</h1><p>{long}</p>" for name in ("INTRODUCTION", "THE PIER", "CONCLUSION")) + "</body></html>")
    kept = kept_text(essayconv.load(page.encode(), name="caps.html"))
    assert "INTRODUCTION" in kept and kept.count(long) == 3


def test_the_essays_own_heading_in_its_box_titles_it_over_the_assignments_in_a_side_panel() -> None:
    page = ("<html><head><title>Harbour Histories - Course Space</title></head><body>"
            "<div class='layout'><aside class='task'><a href='/tasks'>All tasks</a><p>HIST 1010 Harbours · Dr. Ines Quist</p>"
            "<h1>Task 3: Harbours Revisited</h1><dl><dt>Due</dt><dd>Mar 16</dd><dt>Points</dt><dd>50</dd></dl>"
            "<h3>Prompt</h3><p>Choose one harbour from the chapters and explain what it was built for, how later "
            "use changed it, and what you think it still tells us about the coast.</p></aside>"
            "<main><div class='toolbar'><span>All changes saved</span></div><article>"
            f"<h1>The Pier at Dunmore</h1><p>{PROSE}</p><h2>The engineer</h2><p>{PROSE}</p><h2>The tides</h2><p>{PROSE}</p>"
            "</article></main></div></body></html>")
    document = essayconv.load(page.encode(), name="lms.html")
    assert document.title == "The Pier at Dunmore"
    # the page's one <h1> over the essay's box, and a section's heading opening the box: the page's title stands
    page = ("<html><head><title>The Pier</title></head><body><header><h1>The Pier at Dunmore</h1></header>"
            f"<article><h1>Introduction</h1><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></article></body></html>")
    assert essayconv.load(page.encode(), name="one.html").title == "The Pier at Dunmore"


def test_a_box_of_labelled_statements_and_a_note_on_the_essay_over_it_go_and_the_count_is_read() -> None:
    box = ("<table class='box'><tr><td><img src='i.png' alt=''></td><td><b>Type classification:</b> this is an essay resource.</td></tr>"
           "<tr><td><img src='j.png' alt=''></td><td><b>Completion status:</b> this resource is complete.</td></tr>"
           "<tr><td><img src='k.png' alt=''></td><td><b>Educational level:</b> this is a tertiary resource.</td></tr></table>")
    note = ("<div class='note'><p><b>Student essay</b> written for HIST 2210 Ports and Packets at Kilbride College by "
            "Aoife Brennan. Prose and headings: 512 words (the title and references left out).</p></div>")
    page = (f"<html><head><title>The Pier at Dunmore - Wikiversity</title></head><body><h1>The Pier at Dunmore</h1>"
            f"<div id='content'>{box}{note}<p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div></body></html>")
    document = essayconv.load(page.encode(), name="wiki.html")
    kept = kept_text(document)
    assert "classification" not in kept and "Completion status" not in kept and "Aoife Brennan" not in kept
    assert kept.count(PROSE) == 3 and document.metadata.claimed_words == 512


def test_the_essay_again_in_another_language_under_it_goes() -> None:
    italian = ["Il comitato si è riunito in primavera e ha discusso per diverse ore del bilancio, del personale della "
               "nuova clinica e del calendario della consultazione pubblica con i cittadini della città.",
               "Il porto di Dunmore è stato costruito per le navi postali, e per un decennio ha fatto proprio questo "
               "lavoro con grande successo per tutti gli abitanti del villaggio e della costa."]
    page = ("<html><head><title>Translator</title></head><body><h1>The Pier at Dunmore</h1><div class='source'>"
            + f"<p>{PROSE} {PROSE}</p>" * 6 + "<h2>Translation results</h2>"
            + "".join(f"<p>{p}</p>" for p in italian) + "</div></body></html>")
    document = essayconv.load(page.encode(), name="translator.html")
    kept = kept_text(document)
    assert "comitato" not in kept and "porto" not in kept and "Translation results" not in kept
    assert kept.count(PROSE) == 12
    assert {r.kind for r in document.removed} >= {"translation"}
