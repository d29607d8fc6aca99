"""A forum thread where someone posts an essay for critique (heldout/round64's Absolute Write page was the
first met): the post is the essay, the replies under it are its readers' own texts; the poster's greeting
paragraph over the essay's title is a note, its count read even when a word counter gave it without a unit.
Our own texts throughout."""

from __future__ import annotations

import essayconv

from .helpers import PIER_PROSE, kept_text

REPLY = ("I read this twice and the second paragraph is the strongest part of the whole thing. The detail about "
         "the engineer walking the coast carries it, and I would cut the closing line so the image can stand.")


def _post(number: int, who: str, body: str, title: str = "") -> str:
    heading = f"<h2 class='title icon'>{title}</h2>" if title else ""
    return (f"<li class='postbitlegacy postcontainer' id='post_{number}'><div class='posthead'>"
            f"<span class='postdate'>03-0{number}-2021, 10:1{number} AM</span> #{number}</div>"
            f"<div class='postdetails'><div class='userinfo'><a class='username'>{who}</a>"
            "<dl class='userinfo_extra'><dt>Join Date</dt><dd>Mar 2017</dd><dt>Posts</dt><dd>214</dd></dl></div>"
            f"<div class='postbody'>{heading}<div class='content'><blockquote class='postcontent'>{body}"
            "</blockquote></div></div></div></li>")


def _thread(first_post: str) -> bytes:
    replies = "".join(_post(n, f"reader{n}", f"{REPLY}<br><br>{REPLY}") for n in (2, 3))
    return (f"<html><head><title>The Pier at Dunmore (essay, about 420 words)</title></head><body>"
            "<div id='breadcrumb'><a>Home</a> › <a>Share Your Writing</a></div>"
            f"<div id='postlist' class='postlist'><ol id='posts' class='posts'>{_post(1, 'quaywalker', first_post)}"
            f"{replies}</ol></div></body></html>").encode()


def test_the_posted_essay_is_kept_without_the_replies_under_it() -> None:
    essay = "<br><br>".join([PIER_PROSE] * 5)
    document = essayconv.load(_thread(f"<b>The Pier at Dunmore</b><br><br>{essay}"), name="thread.html")
    kept = kept_text(document)
    assert kept.count("walked the coast for weeks") == 5
    assert "second paragraph is the strongest" not in kept and "reader2" not in kept


def test_a_greeting_paragraph_with_a_full_stop_is_the_posters_note_and_a_counters_number_its_count() -> None:
    note = ("Hi all. This is a personal essay I would like to send to a quarterly that takes reader submissions "
            "about harbours and the people who built them, which seems to suit it. It's 431 by the counter in my "
            "editor (their limit is 1,000, so there is room if a part needs more). I am mostly worried that the "
            "ending is too quiet. Be honest, please.")
    essay = "<br><br>".join([PIER_PROSE] * 5)
    document = essayconv.load(_thread(f"{note}<br><br><b>The Pier at Dunmore</b><br><br>{essay}"), name="thread.html")
    kept = kept_text(document)
    assert document.title == "The Pier at Dunmore" and kept.count("walked the coast for weeks") == 5
    assert "by the counter" not in kept and "Hi all" not in kept
    assert document.metadata.claimed_words == 431


def test_a_counters_number_is_read_as_words_and_nothing_else_is() -> None:
    from essayconv.clean.counters import _read_off_a_counter
    from essayconv.rules import load_rules

    shape = load_rules().counter
    assert _read_off_a_counter("It is 412 according to the word count.", shape) == "It is 412 words according to the word count."
    assert _read_off_a_counter("the counter says 388.", shape) == "the counter says 388 words."
    assert _read_off_a_counter("the counter says 388 sources", shape) is None  # a noun after it counts something else
    assert _read_off_a_counter("By my count it is 355 words", shape) is None  # its unit stated: read as any count
