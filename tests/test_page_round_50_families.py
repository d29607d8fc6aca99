"""Families met at first contact in held-out round 50 (heldout/round50/FIRST-CONTACT.md), each checked
by mechanism on pages of our own: a related-posts box inside a teaser under a prize report, with the
wall's own count and heading; a text dump of one block per line under a site's name, slogan and menu;
titles (a draft's number, a contest's "… Winner" label shown again above the essay, a submission's
one heading over its Works Cited); a Malayalam report with its count and byline; a Markdown task list
beside the essay. Our own texts throughout."""

from __future__ import annotations

import essayconv
from essayconv.clean.page_labels import title_under_a_page_label
from essayconv.model import Gap, Heading, Removed, Text
from essayconv.signals import Kind

from .helpers import PROSE, article_page, draft_of, kept_text, paragraphs_html

ESSAY = [f"{PROSE} Part {i} of the argument follows the tram lines from the depot to the harbour." for i in range(5)]
ESSAY_TITLE = "The Last Trams of the Harbour Line"


def test_a_related_box_inside_a_teaser_under_a_prize_report_and_the_walls_count() -> None:
    report = ("<p>Every spring our Young Engineers Prize asks students to write about a machine that changed a town. "
              "This year's judges read 140 entries. The winner, Ada Quinlan of Harbour College, receives a bursary. "
              "Her essay is published below.</p>")
    related = ("<p>Related Posts</p><ul><li><a href='/a'>The depot fire of 1921</a></li>"
               "<li><a href='/b'>Why the cable cars stopped</a></li></ul>")
    wall = ("<h3>Keep reading with Harbour Review</h3><p>You have reached the end of the free preview. The complete "
            "essay — 612 words — is for subscribers only, along with every article in our archive.</p>")
    page = article_page(report, f"<h2>{ESSAY_TITLE}</h2>", "<p>by Ada Quinlan</p>", paragraphs_html(ESSAY[:2]), related,
                        "<h3>The depot</h3>", f"<p>{ESSAY[2]}</p>", "<blockquote><p>The trams ran until the rails wore "
                        "through.</p></blockquote>", f"<p>{ESSAY[3]}</p>", f"<h3>The harbour</h3><p>{ESSAY[4]}</p><p>The last tram ran on a "
                        "wet Sunday, and", wall, title="Young Engineers Prize 2025: the winning essay",
                        h1="Young Engineers Prize 2025: the winning essay")
    document = essayconv.load(page, name="teaser.html")
    kept = kept_text(document)
    assert document.title == ESSAY_TITLE and document.metadata.author == "Ada Quinlan"
    assert document.metadata.claimed_words == 612 and any(isinstance(b, Gap) for b in document.blocks)
    assert ESSAY[3][:60] in kept and "judges read" not in kept and "Keep reading" not in kept and "Related Posts" not in kept


def test_a_dump_of_one_block_per_line_under_a_sites_name_slogan_and_menu() -> None:
    dump = "\n".join(["Skip to content", "Harbour Tramway Society", "Keeping the story of our trams since 1968", "Menu",
                      "Home", "Meetings", "Photo archive", "Join us", "Young Writers Award 2025: the winning entry",
                      "Posted by the committee on 18 March 2025", "Our award is open to young people aged 11 to 16 who live "
                      "near the harbour. The judges chose Ada Quinlan, 14. Her essay has 188 words. Here it is in full.",
                      "The Last Trams of the Harbour Line: How a Town Lost Its Rails", *ESSAY[:4],
                      "Membership", "Membership costs £12 a year and includes three newsletters."]) + "\n"
    document = essayconv.load(dump.encode(), name="dump.txt")
    kept = kept_text(document)
    assert document.title == "The Last Trams of the Harbour Line: How a Town Lost Its Rails"
    assert document.metadata.claimed_words == 188
    assert "Photo archive" not in kept and "judges chose" not in kept and ESSAY[0][:60] in kept


def test_a_drafts_number_leaves_the_title() -> None:
    title = f"{ESSAY_TITLE} (draft 2)"
    document = essayconv.load(article_page(paragraphs_html(ESSAY), title=title, h1=title), name="draft.html")
    assert document.title == ESSAY_TITLE


def test_a_contests_label_over_its_note_and_facts_box_gives_way_to_the_essays_heading() -> None:
    """Under a contest's label ("… Contest: Grades 9–12 Winner"), its note on the entries set aside, then the
    entry's facts box the finder set aside, then the essay's own heading: that heading is the title (the
    label shown again above is not)."""
    label = "2025 Student Essay Contest: Grades 9–12 Winner"
    draft = draft_of(Removed(Kind.TITLE, label), Removed(Kind.NOTE, "This year's theme asked students to write about a "
                                                                      "machine that changed a town. Judges read 1,146 essays."),
                     Removed(Kind.OUTSIDE_ESSAY, "About this entry Author: Ada Quinlan, grade 11"),
                     Heading(2, (Text(ESSAY_TITLE),)), *ESSAY, title=label)
    assert title_under_a_page_label(draft).title == ESSAY_TITLE


def test_a_submissions_one_heading_over_its_works_cited_is_its_title() -> None:
    page = ("<html><head><title>Unit 4 Essay: Reform After Tragedy</title></head><body><main>"
            "<div class='assignment-header'><h1>Unit 4 Essay: Reform After Tragedy</h1><span>Essay</span></div>"
            "<div class='submission'>" + f"<h2>{ESSAY_TITLE}</h2>" + paragraphs_html(ESSAY)
            + "<p>Works Cited</p><p>Quinlan, Ada. Rails by the Sea. Harbour Press, 2014.</p></div></main></body></html>")
    document = essayconv.load(page.encode(), name="lms.html")
    assert document.title == ESSAY_TITLE


def test_a_malayalam_report_its_count_byline_and_ad_label() -> None:
    essay = ["പഴയ ട്രാം പാത ഒരുകാലത്ത് നഗരത്തിന്റെ പ്രധാന വഴിയായിരുന്നു, അതിലൂടെ ആയിരക്കണക്കിന് ആളുകൾ ദിവസവും യാത്ര ചെയ്തു. " * 3
             for _ in range(4)]
    report = ("<p>ട്രാം പാതയുടെ ശതാബ്ദിയുടെ ഭാഗമായി നടത്തിയ ഉപന്യാസ മത്സരത്തിൽ 212 വിദ്യാർത്ഥികൾ പങ്കെടുത്തു. "
              "250 വാക്കുകളിൽ കവിയരുത് എന്നായിരുന്നു നിബന്ധന. ഈ ഉപന്യാസത്തിൽ ആകെ 174 വാക്കുകളുണ്ട്. "
              "ജില്ലയിലെ എല്ലാ ഹൈസ്കൂളുകളിൽ നിന്നും എൻട്രികൾ ലഭിച്ചു, വിധികർത്താക്കൾ ഓരോ രചനയും ശ്രദ്ധയോടെ വായിച്ചു. "
              "രചന പൂർണരൂപത്തിൽ താഴെ വായിക്കാം.</p>")
    page = article_page(report, "<h2>ട്രാം പാതയുടെ കഥ</h2>", "<p>അനഘ സുരേഷ്, ഒമ്പതാം ക്ലാസ്, സെന്റ് ആൻസ് ഹൈസ്കൂൾ</p>",
                        f"<p>{essay[0]}</p><p>{essay[1]}</p><p>പരസ്യം</p><p>{essay[2]}</p><p>{essay[3]}</p>",
                        title="ഉപന്യാസ മത്സരം: ഒന്നാം സമ്മാനം", h1="ഉപന്യാസ മത്സരം: ഒന്നാം സമ്മാനം")
    document = essayconv.load(page, name="ml.html")
    kept = kept_text(document)
    assert document.title == "ട്രാം പാതയുടെ കഥ" and document.metadata.claimed_words == 174
    assert "പരസ്യം" not in kept and "ഒമ്പതാം ക്ലാസ്" not in kept and "വിദ്യാർത്ഥികൾ പങ്കെടുത്തു" not in kept


def test_a_markdown_task_list_beside_the_essay_is_the_writers_to_do_and_a_plain_list_stays() -> None:
    tasks = ("<ul class='contains-task-list'><li class='task-list-item'><input type='checkbox' checked disabled> "
             "three sources at least</li><li class='task-list-item'><input type='checkbox' disabled> ask about the "
             "map</li></ul>")
    listed = "<ul><li>the depot at the north end</li><li>the harbour loop</li></ul>"
    document = essayconv.load(article_page(tasks, paragraphs_html(ESSAY[:3]), listed, paragraphs_html(ESSAY[3:]),
                                           title=ESSAY_TITLE, h1=ESSAY_TITLE), name="export.html")
    kept = kept_text(document)
    assert "three sources at least" not in kept and "ask about the map" not in kept and "the harbour loop" in kept


def test_an_essay_run_on_into_the_posters_next_post_loses_the_posts_furniture() -> None:
    """A forum member posts an essay over two posts: the reply's own title ("Re: …"), the post's header
    line ("by <handle> <date>") and the "(continued below)" mark are the forum's."""
    posts = (f"<p>by quarry_kid Sat Mar 8, 2025 6:42 pm</p><p><strong>{ESSAY_TITLE}</strong></p>"
             + paragraphs_html(ESSAY[:3]) + "<p>(continued below)</p>"
             + "<h3>Re: Harbour trams essay - please be honest!</h3><p>by quarry_kid Sat Mar 8, 2025 6:44 pm</p>"
             + paragraphs_html(ESSAY[3:]))
    document = essayconv.load(article_page(posts, title="Harbour trams essay - please be honest!",
                                           h1="Harbour trams essay - please be honest!"), name="forum.html")
    kept = kept_text(document)
    assert "continued below" not in kept and "Re: Harbour" not in kept and "quarry_kid" not in kept
    assert all(text[:60] in kept for text in ESSAY)
