"""Families met at first contact in held-out round 69 (heldout/round69/FIRST-CONTACT.md), each checked by
mechanism on texts of our own: a kicker inside the title's heading, a wall set aside whole between two parts of
the text, a title over its line of counts in a one-cell table, a club's story announcing a contest's winner above
her essay, a text signed in the clear, a blog's word in another script around the essay, a <title> closing on its
section, a writer's "the end", an editor's screen with its line numbers, a page of quotations. Our own texts
throughout."""

from __future__ import annotations

import pytest

import essayconv
from essayconv.errors import NoEssayError
from essayconv.model import Gap, Paragraph, block_text

from .helpers import PIER_PROSE, kept_text

TOWNS = ["Dunmore", "Kilbaha", "Ardmore", "Carrigaholt", "Ballycotton"]
TITLE = "The Pier at Dunmore and Its Engineer"
_ESSAY = "".join(f"<p>At {town}, {PIER_PROSE}</p>" for town in TOWNS)


def _page(body: str, title: str = TITLE) -> bytes:
    return f"<html><head><title>{title}</title></head><body><main>{body}</main></body></html>".encode()


def test_a_kicker_opening_the_titles_heading_labels_the_page() -> None:
    for kicker in ("<span class='Sample_kicker__3kTnQ'>Case study</span>", "<span>Essay sample</span>"):
        document = essayconv.load(_page(f"<h1>{kicker} {TITLE}</h1>{_ESSAY}", "Samples"), name="sample.html")
        assert document.title == TITLE, kicker


def test_a_span_styling_the_titles_first_word_stays_in_it() -> None:
    document = essayconv.load(_page(f"<h1><span class='first'>Dunmore</span> Pier and Its Engineer</h1>{_ESSAY}", "Samples"),
                              name="sample.html")
    assert document.title == "Dunmore Pier and Its Engineer"


def test_a_wall_set_aside_whole_between_two_parts_of_the_text_is_a_cut() -> None:
    wall = ("<div class='Paywall_wall__Zr1o3'><p>The middle of this essay is hidden</p><p>Create a free account to read "
            "every paragraph. The conclusion is always shown below.</p><button>Continue with Google</button></div>")
    paragraphs = [f"<p>At {town}, {PIER_PROSE}</p>" for town in TOWNS]
    document = essayconv.load(_page(f"<h1>{TITLE}</h1>{''.join(paragraphs[:3])}{wall}<h2>Conclusion</h2>{paragraphs[4]}"),
                              name="sample.html")
    shown = ["[gap]" if isinstance(b, Gap) else block_text(b) for b in document.blocks]
    assert shown.index("[gap]") == 3 and "hidden" not in kept_text(document) and shown[-1].startswith("At Ballycotton")


def test_a_title_over_its_counts_in_a_one_cell_table_reads_as_two_lines() -> None:
    box = (f"<table><tr><td><font size='4'><b>{TITLE}</b></font><br><font size='1'>No. of words: 412 | No. of pages: 2 | "
           "Submitted by: Rhodri B.</font></td></tr></table>")
    document = essayconv.load(_page(box + _ESSAY, f"PierEssays.com - {TITLE} - Free Essays"), name="old.html")
    assert document.title == TITLE and (document.metadata.claimed_words, document.metadata.claimed_pages) == (412, 2)
    assert "Submitted by" not in kept_text(document)


def test_a_clubs_story_announcing_the_winner_above_her_essay_is_the_pages() -> None:
    story = ("<p>Congratulations to the winners of this year's club essay contest! Students from both high schools wrote "
             "about a neighbour who made a difference, and the judges, two teachers and a retired editor from the county paper, "
             "read every one of the forty entries twice before the meeting.</p>"
             "<ul><li>First place ($500 scholarship): Aoife Brennan, Grade 9</li><li>Second place ($250): Tomás Ruane, "
             "Grade 10</li></ul><p>Aoife's essay moves on to the district round. With her permission, we share it below.</p>"
             f"<p>Entry words: 412 (club limit 450)</p><p><b>{TITLE}</b></p><p>by Aoife Brennan</p>")
    document = essayconv.load(_page(f"<h1>Essay Contest Winners Announced</h1>{story}{_ESSAY}", "Winners"), name="story.html")
    kept = kept_text(document)
    assert document.title == TITLE and document.metadata.claimed_words == 412 and document.metadata.author == "Aoife Brennan"
    assert "Second place" not in kept and "Congratulations" not in kept and kept.count("walked the coast") == 5


def test_a_text_signed_in_the_clear_reads_as_the_signed_text() -> None:
    essay = "\n\n".join(f"At {town}, {PIER_PROSE}" for town in TOWNS)
    text = (f"-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n# {TITLE}\n\n{essay}\n\n- - the harbour board's minutes\n"
            "- - the engineer's letters\n-----BEGIN PGP SIGNATURE-----\n\niHUEARYIAB0WIQRoI/A7ZUvQz7D0\n=CoAt\n"
            "-----END PGP SIGNATURE-----\n")
    document = essayconv.load(text.encode(), name="essay.txt.asc")
    kept = kept_text(document)
    assert document.title == TITLE and "PGP" not in kept and "SHA256" not in kept and "iHUEARY" not in kept
    assert "- the harbour" not in kept and "the harbour board's minutes" in kept


def test_a_blogs_word_in_another_script_around_the_essay_is_the_pages() -> None:
    page = _page("<h2>英作文の授業：期末エッセイ</h2><p>英作文IIの期末課題で書いたエッセイを載せます。</p>"
                 f"<p>語数：412語（タイトルを除く）</p><p><b>{TITLE}</b></p>{_ESSAY}<p>In the end, {PIER_PROSE}</p>"
                 "<p>読んでくれてありがとうございました！</p>",
                 "はるかの大学ノート")
    document = essayconv.load(page, name="blog.html")
    kept = kept_text(document)
    assert document.metadata.claimed_words == 412 and "期末課題" not in kept and "ありがとう" not in kept
    assert kept.count("walked the coast") == 6


def test_a_title_closing_on_the_menus_section_is_the_rest() -> None:
    menu = "<ul class='tabs'><li><a href='/quizzes/'>Quizzes</a></li><li><a href='/stories/'>Stories</a></li></ul>"
    body = f"{menu}<div class='story'>{_ESSAY}<p>~*the end*~</p></div>"
    document = essayconv.load(_page(body, f"{TITLE} | Stories"), name="story.html")
    assert document.title == TITLE and "the end" not in kept_text(document)


def test_an_editors_screen_with_line_numbers_reads_as_its_file() -> None:
    rows = ["  1 " + TITLE, "  2"]
    for number, town in enumerate(TOWNS, start=3):
        words = f"At {town}, {PIER_PROSE}".split()
        wrapped = [" ".join(words[i:i + 12]) for i in range(0, len(words), 12)]
        rows += [f"{2 * number - 3:>3} {wrapped[0]}", *(f"    {row}" for row in wrapped[1:]), f"{2 * number - 2:>3}"]
    text = "\n".join(rows + ["~", "~", "Selected 9 of 12 Lines; 412 of 430 Words; 2252 of 2498 Bytes"]) + "\n"
    document = essayconv.load(text.encode(), name="screen.txt")
    paragraphs = [block_text(b) for b in document.blocks if isinstance(b, Paragraph)]
    assert document.title == TITLE and document.metadata.claimed_words == 412
    assert len(paragraphs) == 5 and all(p.startswith("At ") for p in paragraphs) and "~" not in kept_text(document)


def test_a_numbered_list_in_a_text_is_no_editors_gutter() -> None:
    builders = ["the harbour board", "a fishing company", "the county", "a landlord", "the navy", "a railway",
                "the parish", "a merchant", "the coastguard", "a mill owner"]
    items = "\n".join(f"{n:>3} {town} pier, built by {who}" for n, (town, who) in enumerate(zip(TOWNS * 2, builders), start=1))
    text = f"{TITLE}\n\n" + "\n\n".join(f"At {town}, {PIER_PROSE}" for town in TOWNS) + f"\n\nPiers:\n{items}\n"
    assert "  1 Dunmore pier" not in kept_text(essayconv.load(text.encode(), name="essay.txt"))
    assert "Dunmore pier" in kept_text(essayconv.load(text.encode(), name="essay.txt"))


def test_a_page_of_quotations_holds_no_essay() -> None:
    quotes = "".join(f"<figure><blockquote>The tide at {town} waits for no engineer, however patient.</blockquote>"
                     f"<figcaption>— {name}, harbour master</figcaption></figure><p>♥ 1.{n}K</p>"
                     for n, (town, name) in enumerate(zip(TOWNS, ["Ada Quill", "Ben Roe", "Cy Hart", "Di Moss", "Ed Lane"])))
    page = _page(f"<h1>Quotes About Harbours</h1><p>Short lines about the sea, hand-picked for essay hooks.</p>{quotes}",
                 "Quotes About Harbours")
    with pytest.raises(NoEssayError, match="quotations"):
        essayconv.load(page, name="quotes.html")
