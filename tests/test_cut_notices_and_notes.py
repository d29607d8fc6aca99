"""A notice at the essay's end that counts what the site left out, whatever reason it gives, is the site's
cut; the notes under a "Footnotes" heading that the body calls by number are the essay's notes, however
little they look like sources. Families met in held-out site set 23 (an encyclopedia entry under update);
our own texts throughout."""

from __future__ import annotations

import essayconv
from essayconv.model import Gap, block_text, plain_text

from .helpers import PROSE, article_page, kept_text

ESSAY = [f"{PROSE} Part {i} of the argument follows the lighthouse keepers through that long winter." for i in range(4)]
TITLE = "Lamps on the Skerries"


def _entry(notice: str, notes: str = "") -> bytes:
    body = [f"<p>{ESSAY[0]}<sup><a href='#fn1' name='b1'>1</a></sup></p>", *(f"<p>{p}</p>" for p in ESSAY[1:3]),
            f"<p>{ESSAY[3]}<sup><a href='#fn2' name='b2'>2</a></sup></p>", notice]
    return article_page(*body, notes, title=TITLE, h1=TITLE)


NOTES = ("<div class='footnotes'><h4>Footnotes</h4><p><a name='fn1' href='#b1'>1</a> The keepers' log calls it the "
         "worst gale in living memory.</p><p><a name='fn2' href='#b2'>2</a> Nobody is sure who lit it that night.</p></div>")


def test_a_notice_counting_the_rest_of_the_text_is_the_sites_cut_whatever_its_reason() -> None:
    notice = ("<p>This entry is being revised. The remaining 318 words will come back once the editors have finished; "
              "follow the work in the review forum.</p>")
    document = essayconv.load(_entry(notice), name="entry.html")
    assert "remaining 318 words" not in kept_text(document)
    assert any("remaining 318 words" in r.text for r in document.removed)
    assert isinstance(document.blocks[-1], Gap) and all(p in kept_text(document) for p in ESSAY)


def test_the_cut_is_marked_though_the_site_still_shows_the_notes() -> None:
    notice = "<p>This entry is being revised. The remaining 318 words will come back once the editors have finished.</p>"
    document = essayconv.load(_entry(notice, NOTES), name="entry.html")
    assert isinstance(document.blocks[-1], Gap)
    assert document.references is not None
    entries = " ".join(plain_text(e) for e in document.references.entries)
    assert "worst gale" in entries and "Nobody is sure who lit it" in entries


def test_every_note_the_body_calls_in_turn_is_kept_however_little_it_looks_like_a_source() -> None:
    document = essayconv.load(_entry("", NOTES), name="entry.html")
    assert document.references is not None and len(document.references.entries) == 2
    assert not any(isinstance(b, Gap) for b in document.blocks)  # no notice: the essay is whole


def test_a_closing_paragraph_that_counts_words_and_goes_on_is_the_essays() -> None:
    # the count is the essay's own subject, and more of the essay follows it: no cut
    own = "<p>The keepers' log for that winter runs to 412 more words than any other year's.</p>"
    page = article_page(*(f"<p>{p}</p>" for p in ESSAY[:2]), own, *(f"<p>{p}</p>" for p in ESSAY[2:]), title=TITLE, h1=TITLE)
    document = essayconv.load(page, name="entry.html")
    assert "412 more words" in kept_text(document) and not any(isinstance(b, Gap) for b in document.blocks)


def test_a_notice_naming_the_rest_as_a_part_of_the_essay_is_the_cut() -> None:
    notice = "<p><b>remaining part of essay (318 words) is only for members of this group, join and message me</b></p>"
    replies = "<p>thanks, same topic for us</p><p>great work!!</p>"
    document = essayconv.load(_entry(notice + replies), name="post.html")
    assert "remaining part of essay" not in kept_text(document)
    shown = ["[gap]" if isinstance(b, Gap) else block_text(b) for b in document.blocks]
    assert shown.index("[gap]") == next(i for i, t in enumerate(shown) if "Part 3 of" in t) + 1  # where the site cut it


def test_a_title_opening_on_the_sites_name_as_its_logo_gives_it_titles_the_essay_with_the_rest() -> None:
    page = ("<html><head><title>tidewrite - Lamps on the Skerries</title></head><body>"
            "<div id='header'><a href='/Main#Home'><img src='/logo.png' alt='tidewrite'></a> <a href='/Main#Home'>Home</a></div>"
            f"<div class='post'>{''.join(f'<p>{p}</p>' for p in ESSAY)}</div></body></html>")
    assert essayconv.load(page.encode(), name="post.html").title == TITLE


def test_a_photos_alt_text_repeating_the_essays_title_does_not_cut_it() -> None:
    # the image's alt is the longer part of the <title>: the essay's, not a site's name
    page = ("<html><head><title>Lamps on the Skerries - tidewrite</title></head><body>"
            f"<a href='/p/1'><img src='/p.jpg' alt='Lamps on the Skerries'></a>"
            f"<div class='post'>{''.join(f'<p>{p}</p>' for p in ESSAY)}</div></body></html>")
    assert (essayconv.load(page.encode(), name="post.html").title or "").startswith(TITLE)
