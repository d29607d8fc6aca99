"""Families met at first contact in held-out round 67 (heldout/round67/FIRST-CONTACT.md), each checked by
mechanism on pages of our own: a Markdown file's front matter, a page titled by its item's genre label over the
essay's own heading, a forum thread titled by a request to critique the poster's essay, a closing plea for
honesty, a label over other papers in a subject, a wiki page titled by its writer's user name over the essay's
title and the writer's full name, a count's label "Word sum". Our own texts throughout."""

from __future__ import annotations

import essayconv

from .helpers import PIER_PROSE, kept_text

TOWNS = ["Dunmore", "Kilbaha", "Ardmore", "Carrigaholt", "Ballycotton"]
_ESSAY = "".join(f"<p>At {town}, {PIER_PROSE}</p>" for town in TOWNS)


def test_a_markdown_files_front_matter_titles_counts_and_credits_it() -> None:
    text = ("---\ntitle: \"The Pier at Dunmore\"\nauthor: Aoife Brennan\ngrade: 11\nwords_counted: 412\n---\n\n"
            "*Aoife rows for the Dunmore club in the summer.*\n\n" + "\n\n".join(f"At {t}, {PIER_PROSE}" for t in TOWNS) + "\n")
    document = essayconv.load(text.encode(), name="pier.md")
    kept = kept_text(document)
    assert document.title == "The Pier at Dunmore" and document.metadata.author == "Aoife Brennan"
    assert document.metadata.claimed_words == 412
    assert "words_counted" not in kept and "rows for the Dunmore club" not in kept and kept.count("walked the coast") == 5


def test_an_items_genre_label_yields_to_the_essays_own_heading() -> None:
    page = ("<html><head><title>Dunmore Research Essay | Aoife Brennan | Portfolios</title></head><body><main>"
            "<h1>Dunmore Research Essay</h1><dl><dt>Course</dt><dd>History 9</dd></dl><article>"
            f"<h2>The Pier at Dunmore: Who Chose the Site?</h2>{_ESSAY}</article></main></body></html>")
    assert essayconv.load(page.encode(), name="portfolio.html").title == "The Pier at Dunmore: Who Chose the Site?"


def test_a_thread_titled_by_a_request_to_critique_takes_the_essays_title_and_drops_the_plea() -> None:
    page = ("<html><head><title>pls critique my pier essay (due friday!!)</title></head><body><div class='post'>"
            "ok so this is for my history class and its supposed to be 400 words max but its 412 words so im over. "
            "can u guys tell me what to cut<br><br><b>The Pier at Dunmore</b><br><br>"
            + "<br><br>".join(f"At {t}, {PIER_PROSE}" for t in TOWNS)
            + "<br><br>ok thats it. be honest but not TOO honest xD</div></body></html>")
    document = essayconv.load(page.encode(), name="thread.html")
    kept = kept_text(document)
    assert document.title == "The Pier at Dunmore" and document.metadata.claimed_words == 412
    assert "be honest" not in kept and "what to cut" not in kept


def test_a_label_over_other_papers_in_a_subject_is_related() -> None:
    from essayconv.rules import first_block_rule, load_rules

    rules = load_rules()
    for label in ("Other papers in American History:", "More essays on Irish History", "Similar essays about the sea"):
        rule = first_block_rule(rules.blocks, label, len(label.split()))
        assert rule is not None and rule.kind == "related", label


def test_a_wiki_page_titled_by_its_writers_user_name_takes_the_essays_title_and_byline() -> None:
    page = ("<html><head><title>Aoife B - Pier Essay</title></head><body><div id='content'>"
            "<h1>Aoife B - Pier Essay</h1><p class='meta'>Last edited by Aoife B, Nov 18, 2008 (version 6)</p>"
            "<p><b>The Hero of the Harbour: Nimmo at Dunmore</b></p><p>Aoife Brennan</p>"
            f"{_ESSAY}</div></body></html>")
    document = essayconv.load(page.encode(), name="wiki.html")
    assert document.title == "The Hero of the Harbour: Nimmo at Dunmore" and document.metadata.author == "Aoife Brennan"
    assert "Aoife Brennan" not in kept_text(document)


def test_a_name_the_page_credits_as_a_teacher_is_no_byline() -> None:
    text = ("The Pier at Dunmore\nAoife Brennan\nProfessor Keane\nHIST 101\n14 March 2024\nThe Pier at Dunmore\n"
            + "\n".join(f"At {t}, {PIER_PROSE}" for t in TOWNS)
            + "\nThis note was uploaded for the course HIST 101 taught by Professor Keane at Shannon University.\n")
    assert essayconv.load(text.encode(), name="notes.txt").metadata.author != "Professor Keane"


def test_a_word_sum_label_in_a_sidebars_facts_states_the_count() -> None:
    page = ("<html><head><title>The Pier at Dunmore</title></head><body><main><article><h1>The Pier at Dunmore</h1>"
            f"{_ESSAY}</article><aside class='meta'><div><span>Subject</span><b>History</b></div><div><span>Word sum</span>"
            "<b>433</b></div><div><span>Estimated pages</span><b>2</b></div><div><span>Downloads</span><b>318</b></div>"
            "</aside></main></body></html>")
    document = essayconv.load(page.encode(), name="mill.html")
    assert (document.metadata.claimed_words, document.metadata.claimed_pages) == (433, 2)
