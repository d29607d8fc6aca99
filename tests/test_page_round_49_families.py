"""Families met at first contact in held-out round 49 (heldout/round49/FIRST-CONTACT.md), each checked
by mechanism on pages of our own: a forum that lists its posts as <li>s, a bibliography behind a
spoiler, a badge drawn as a picture, a writer's note after the work with its length, a newsletter's
notices under headings of a higher rank than the essay's own, a Marathi magazine (report, byline,
dashed ad label, "also read" line), a featured image's caption, an assignment's title far above the
essay, a sample site's card title above its facts, a text dump with no blank lines, and a page that
is an example of a cover letter. Our own texts throughout."""

from __future__ import annotations

import lxml.html
import pytest

import essayconv
from essayconv.clean.opening_titles import title_from_sole_opening_heading
from essayconv.extract.html.item_shapes import items_are_sections
from essayconv.model import Heading, Removed, Text
from essayconv.rules import load_rules
from essayconv.signals import Kind

from .helpers import PROSE, article_page, draft_of, kept_text, paragraphs_html

ESSAY = [f"{PROSE} Part {i} of the argument follows the canal boats from the quarry to the city wharves."
         for i in range(5)]
ESSAY_TITLE = "What the Canal Boats Carried"


def test_a_forum_that_lists_its_posts_as_list_items_reads_each_post_as_a_section() -> None:
    """WoltLab lists a thread's posts as <li>s, each post's paragraphs a few boxes down (<article> /
    <div> / <div>), beside a list of its own meta: read as sections of blocks, never as one list item
    holding the whole thread. A shop's cards, whose headings link to the product, stay a list."""
    post = ("<li><article><div class='author'>quarry_kid</div><ul class='meta'><li>Posted 9 March</li></ul>"
            "<div class='body'><div class='text'>" + paragraphs_html(ESSAY[:3]) + "</div></div></article></li>")
    card = ("<li><div class='card'><h3><a href='/p/1'>Quarry Lamp</a></h3><div><p>A brass lamp for the towpath, "
            "made to the pattern the boatmen used on the night runs to the wharves.</p><p>It burns for eight hours "
            "on one filling and folds flat into its own box for the journey home.</p></div></div></li>")
    assert items_are_sections(lxml.html.fromstring(f"<ul>{post}{post}</ul>"))
    assert not items_are_sections(lxml.html.fromstring(f"<ul>{card}{card}</ul>"))


def test_a_bibliography_behind_a_spoiler_is_the_essays_reference_list() -> None:
    spoiler = ("<div class='spoilerBox'><div class='spoilerHeader'><a href='#' class='toggle'>Bibliography</a></div>"
               "<div class='spoilerContent' style='display: none'><p>Ashdown, Mary. Boats of the Upper Canal. Wharf Press, 2011.</p>"
               "<p>Penrose, Tom. \"Stone by Water.\" Canal History Review, vol. 9, 2018, pp. 12–30.</p></div></div>")
    document = essayconv.load(article_page(paragraphs_html(ESSAY), spoiler, title=ESSAY_TITLE, h1=ESSAY_TITLE), name="s.html")
    assert document.references is not None and len(document.references.entries) == 2
    assert "Ashdown" not in kept_text(document)


def test_a_badge_drawn_as_a_picture_is_no_text() -> None:
    badge = "<div role='img' aria-label='Literature'><span>Literature</span><span>Text</span></div>"
    document = essayconv.load(article_page(badge, paragraphs_html(ESSAY), title=ESSAY_TITLE, h1=ESSAY_TITLE), name="b.html")
    assert "LiteratureText" not in kept_text(document) and "Literature" not in kept_text(document)


def test_a_writers_note_after_the_work_with_its_length_goes_and_gives_the_count() -> None:
    note = ("<section aria-label='Description'><div>This is the essay I wrote for my local history module. It comes to "
            "618 words, title not included, and I was pleased with the mark.<br><br>The photo is the lock at Stanton."
            "<br><br>Comments very welcome!</div></section>")
    document = essayconv.load(article_page(paragraphs_html(ESSAY), "<p><a href='#c'>Comment</a></p>", note,
                                           title=ESSAY_TITLE, h1=ESSAY_TITLE), name="d.html")
    kept = kept_text(document)
    assert document.metadata.claimed_words == 618
    assert "local history module" not in kept and "Comments very welcome" not in kept and "The photo is" not in kept
    assert all(text[:60] in kept for text in ESSAY)


def test_a_newsletters_notices_under_a_higher_rank_than_the_essays_sections_go() -> None:
    body = ("<p>Dear members,</p><p>Spring is here and the towpath is clear again. This year's young writers' prize "
            "asked for a piece on the canal's history, and the judges chose Ada Penrose's essay, printed below.</p>"
            "<p>With best wishes, the committee</p>"
            f"<h1>{ESSAY_TITLE}</h1><p>by Ada Penrose, aged 13</p>"
            f"<p>{ESSAY[0]}</p><h3>The quarry boats</h3><p>{ESSAY[1]}</p><p>{ESSAY[2]}</p>"
            f"<h3>The last cargo</h3><p>{ESSAY[3]}</p><p>{ESSAY[4]}</p>"
            "<h2>Volunteer rota</h2><p>If you can help at the lock on a Saturday, please reply with your dates.</p>"
            "<h2>Diary dates</h2><ul><li>Saturday 3 May: towpath tidy</li><li>Sunday 8 June: open boat day</li></ul>")
    page = f"<html><head><title>Towpath News, Spring</title></head><body><table><tr><td>{body}</td></tr></table></body></html>"
    document = essayconv.load(page.encode(), name="news.html")
    kept = kept_text(document)
    assert document.title == ESSAY_TITLE
    assert "Volunteer rota" not in kept and "towpath tidy" not in kept and "The last cargo" in kept


def test_a_marathi_report_byline_ad_label_and_also_read_line() -> None:
    essay = ["गावाच्या कडेला असलेला जुना कालवा एकेकाळी व्यापाराचा मुख्य मार्ग होता आणि त्यावरून दगड, धान्य आणि कापड शहरात जात असे. " * 4
             for _ in range(4)]
    report = ("<p>आपल्या मासिकाच्या वार्षिक निबंध स्पर्धेत यंदा जिल्ह्यातील ८८ विद्यार्थ्यांनी भाग घेतला आणि परीक्षकांनी सर्व निबंध "
              "काळजीपूर्वक वाचले. स्पर्धेसाठी ३०० ते ५०० शब्दांची मर्यादा होती. अनयच्या निबंधात शीर्षक वगळून एकूण 412 शब्द आहेत. "
              "त्याचा निबंध कोणताही बदल न करता येथे देत आहोत.</p>")
    page = article_page(report, "<h3>जुना कालवा आणि आपले गाव</h3>", "<p>- अनय देशपांडे, इयत्ता नववी, ज्ञानदीप विद्यालय</p>",
                        f"<p>{essay[0]}</p><p>{essay[1]}</p><p>- जाहिरात -</p><p>{essay[2]}</p><p>{essay[3]}</p>",
                        "<p><em>(अनयचे हार्दिक अभिनंदन! पुढील स्पर्धेची घोषणा लवकरच करण्यात येईल आणि सर्व शाळांना कळवण्यात येईल.)</em></p>",
                        "<p><strong>हेही वाचा:</strong> <a href='/other'>नदीकाठची गावे आणि त्यांचे सण</a></p>",
                        title="निबंध स्पर्धा: प्रथम क्रमांक", h1="निबंध स्पर्धा: प्रथम क्रमांक")
    document = essayconv.load(page, name="mr.html")
    kept = kept_text(document)
    assert document.title == "जुना कालवा आणि आपले गाव" and document.metadata.claimed_words == 412
    assert "जाहिरात" not in kept and "हेही वाचा" not in kept and "अभिनंदन" not in kept and "स्पर्धेत" not in kept


def test_a_featured_images_caption_goes_and_a_quotations_caption_stays() -> None:
    pictured = ("<div class='featured'><figure><a href='/big.jpg'><img src='/small.jpg' alt=''></a>"
                "<figcaption>The lock at Stanton in the winter of 1921</figcaption></figure></div>")
    quoted = ("<figure><blockquote><p>The water remembers every boat that ever passed along it.</p></blockquote>"
              "<figcaption>Lock keeper's diary, 1921</figcaption></figure>")
    document = essayconv.load(article_page(pictured, paragraphs_html(ESSAY[:3]), quoted, paragraphs_html(ESSAY[3:]),
                                           title=ESSAY_TITLE, h1=ESSAY_TITLE), name="f.html")
    kept = kept_text(document)
    assert "winter of 1921" not in kept and "Lock keeper's diary" in kept


def test_an_assignments_title_far_above_the_essay_gives_way_to_the_essays_own_line() -> None:
    """The finder set the page's h1 aside as the title, then the assignment's facts, its panel's header and
    its prompt: the box opens with its one heading over the essay, which is the essay's own title."""
    page_title = "Canal DBQ: Causes and Consequences"
    draft = draft_of(Removed(Kind.TITLE, page_title), Removed(Kind.OUTSIDE_ESSAY, "Due Fri 14 March · Turned in Thu 13 March"),
                     Removed(Kind.OUTSIDE_ESSAY, "Your response"), Removed(Kind.OUTSIDE_ESSAY, "Submitted"),
                     Removed(Kind.OUTSIDE_ESSAY, "Prompt: Using the documents, explain why the canal trade declined."),
                     Heading(2, (Text("Why Did the Canal Boats Stop?"),)), *ESSAY, title=page_title)
    assert title_from_sole_opening_heading(draft).title == "Why Did the Canal Boats Stop?"
    # right under the page's title (its byline and date between), the heading is the essay's first section's
    near = draft_of(Removed(Kind.TITLE, page_title), Removed(Kind.BYLINE, "by Ada Penrose"),
                    Heading(2, (Text("The quarry boats"),)), *ESSAY, title=page_title)
    assert title_from_sole_opening_heading(near).title == page_title


def test_a_card_title_above_a_sample_sites_facts_is_the_essays_title() -> None:
    card = ("<article class='card'><div class='card-header'><h2>Stone by Water: The Quarry Canals</h2></div>"
            "<dl class='facts'><dt>Subject</dt><dd>Transport history</dd><dt>Length</dt><dd>611 words (2 pages)</dd>"
            "<dt>Sources</dt><dd>3, APA</dd></dl><div class='alert'>Note: this sample was shared by a student for learning.</div>"
            f"<div class='card-body'>{paragraphs_html(ESSAY)}</div></article>")
    page = ("<html><head><title>Quarry Canals Essay Sample</title></head><body><h1>Quarry Canals Essay Sample</h1>"
            f"<main>{card}</main></body></html>")
    document = essayconv.load(page.encode(), name="card.html")
    assert document.title == "Stone by Water: The Quarry Canals"


DUMP_PARTS = [
    ("", "The quarry at Stanton sent its stone to the city by water long before any railway reached the valley, and "
         "the boats that carried it were built for that trade and for nothing else. Each one was long and narrow, with "
         "a flat bottom that let it sit low under a load of twenty tons."),
    ("Horses and locks", "A single horse could pull a loaded boat along the towpath at walking pace, which was slow but "
                         "cheap, and a family could work a boat for a whole season. The locks were the hard part: "
                         "fourteen of them lifted the canal over the ridge, and each one cost a toll and an hour."),
    ("The last cargo", "When the railway finally arrived in 1871, it carried the same stone in a third of the time, and "
                       "the boatmen lost their trade within a decade. The last cargo left the quarry wharf in 1883, "
                       "and the basin silted up until the museum's volunteers dug it out again."),
]


def _wrapped(text: str, width: int = 72) -> list[str]:
    lines, line = [], []
    for word in text.split():
        if line and len(" ".join(line + [word])) > width:
            lines.append(" ".join(line))
            line = []
        line.append(word)
    return lines + [" ".join(line)]


def test_a_text_dump_without_blank_lines_its_wrapped_titles_page_break_and_closing_notices() -> None:
    body: list[str] = []
    for heading, text in DUMP_PARTS:
        body.extend(([heading] if heading else []) + _wrapped(text))
    body[2] = "\f" + body[2]  # a page break inside the first part's sentence
    dump = "\n".join(["Skip to main content", "Stanton Canal Museum", "Home > Blog > Young Writers Prize 2025",
                      "Young Writers Prize 2025:", "the winner", "Posted on 6 June 2025 by the Learning Team",
                      "Our prize asks young writers to tell the story of a place on the canal. This year",
                      "forty entries arrived, and the judges chose an essay about the quarry boats.",
                      "At 188 words, Ada's essay is inside our 800-word limit. We print it below as",
                      "she sent it.", "Stone by Water: The Quarry Boats and the", "Canal That Carried Them",
                      *body, "Plan your visit", "Open Tuesday to Sunday, 10am to 4pm. Free entry for children.",
                      "More from the blog", "Why we keep the old lock gates", "The ice winter of 1947"]) + "\n"
    document = essayconv.load(dump.encode(), name="dump.txt")
    kept = kept_text(document)
    assert document.title == "Stone by Water: The Quarry Boats and the Canal That Carried Them"
    assert document.metadata.claimed_words == 188
    assert "Skip to main content" not in kept and "Plan your visit" not in kept and "lock gates" not in kept
    assert all(text in kept for _, text in DUMP_PARTS)  # the page break inside the first part's sentence joined again


@pytest.mark.parametrize("title,other", [("Museum Assistant Cover Letter Example", True), ("Barista Resume Sample", True),
                                         ("Letter of Recommendation Template", True), ("APA Reference Examples", False),
                                         ("Personal Statement Example", False), ("Persuasive Essay Example", False)])
def test_a_page_titled_as_an_example_of_another_kind_of_document(title: str, other: bool) -> None:
    assert bool(load_rules(()).other_document.search(title)) is other
    letter = ["Dear Hiring Manager,", *ESSAY[:4], "Yours sincerely, Ada Penrose"]
    page = article_page(paragraphs_html(letter), title=title, h1=title)
    if other:
        with pytest.raises(essayconv.NoEssayError):
            essayconv.load(page, name="letter.html")
