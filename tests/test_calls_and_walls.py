"""Calls to action whose button is a plain link, the headings around them, notes under a heading, a
facts line over the essay, and a wall that says the essay goes on: shapes met at first contact on the
fourth held-out site folders (heldout/sites4), written here in our own words."""

from __future__ import annotations

import essayconv
from essayconv.clean.banners import extract_banners
from essayconv.clean.clutter import drop_clutter_blocks
from essayconv.clean.gaps import drop_wall_lines_after_the_cut, mark_truncated_end
from essayconv.clean.notes import drop_notes_on_the_essay
from essayconv.clean.over_clutter import drop_headings_over_clutter
from essayconv.model import Gap, Heading, Link, Paragraph, Removed, Text, block_text

from .helpers import PROSE, draft_of, kept, kept_texts, removed_of


def _pitch(pitch: str, button: str) -> Paragraph:
    return Paragraph((Text(pitch + " "), Link((Text(button),), "order.php")))


def test_an_asking_headline_makes_a_short_verb_link_after_a_price_a_button() -> None:
    headline = Heading(3, (Text("Deadline closing in?"),))
    draft = drop_clutter_blocks(draft_of(PROSE, headline, _pitch("Model answers from 7.50 per page, checked twice.", "Order today"), PROSE))
    assert kept_texts(draft) == [PROSE, PROSE]
    assert ("ad", "Deadline closing in?") in removed_of(draft)


def test_an_offer_word_is_a_pitch_under_an_asking_headline() -> None:
    headline = Paragraph((Text("Sick of hunting for sources?"),))
    draft = drop_clutter_blocks(draft_of(PROSE, headline, _pitch("The whole library opens for one small yearly fee.", "Join the club"), PROSE))
    assert kept_texts(draft) == [PROSE, PROSE]


def test_a_paragraph_ending_in_a_link_is_prose_without_an_asking_headline() -> None:
    plain = _pitch("The council published its figures for 7.50 per household in the spring report.", "Read the report")
    assert kept_texts(drop_clutter_blocks(draft_of(PROSE, plain, PROSE))) == [PROSE, block_text(plain), PROSE]
    # …and under a question that is the essay's own heading, a sentence of prose with no offer stays too
    heading = Heading(2, (Text("Why does it matter?"),))
    prose = _pitch("Historians still argue about the causes of the strike in the docks.", "Start here")
    assert block_text(prose) in kept_texts(drop_clutter_blocks(draft_of(PROSE, heading, prose, PROSE)))


def test_the_heading_over_a_call_with_its_own_headline_is_the_essays() -> None:
    section = Heading(2, (Text("Why the River Moved"),))
    draft = draft_of(PROSE, section, Removed("ad", "Deadline closing in?"), Removed("ad", "Model answers from 7.50 per page."),
                     Heading(2, (Text("The Old Course"),)), PROSE)
    assert "Why the River Moved" in kept_texts(drop_headings_over_clutter(draft))
    label = draft_of(PROSE, Heading(2, (Text("Share this essay"),)), Removed("share", "Facebook | X | Email"))
    assert "Share this essay" not in kept_texts(drop_headings_over_clutter(label))


def test_a_heading_over_a_note_and_the_essays_prose_stays() -> None:
    note = "Webmaster's note: readers asked for more papers like this one, so we added some."
    draft = drop_notes_on_the_essay(draft_of(PROSE, Heading(2, (Text("The Old Course"),)), note, PROSE))
    assert kept_texts(draft) == [PROSE, "The Old Course", PROSE]
    alone = drop_notes_on_the_essay(draft_of(PROSE, PROSE, Heading(2, (Text("A word from us"),)), note))
    assert kept_texts(alone) == [PROSE, PROSE]


def test_a_long_facts_line_over_the_essay_is_read_as_its_banner() -> None:
    facts = "Item #3310 · Length: 845 words / 4 pages · Views: 12,044 · Rating: 4.1/5 from 19 readers · Listed since 03.09.2019"
    draft = extract_banners(draft_of(facts, PROSE, PROSE))
    assert (draft.claimed_words, draft.claimed_pages) == (845, 4)
    assert kept_texts(draft) == [PROSE, PROSE]


def test_a_wall_saying_the_essay_goes_on_cuts_it_and_takes_its_links() -> None:
    draft = draft_of(PROSE, PROSE, Removed("paywall", "You are reading the free part of this paper."),
                     Removed("paywall", "640 words more are in the members' area."), "Members login | Join for 4.95",
                     Removed("cite-box", "Cite this paper"))
    result = drop_wall_lines_after_the_cut(mark_truncated_end(draft))
    assert [type(b) for b in kept(result)] == [Paragraph, Paragraph, Gap]
    assert ("paywall", "Members login | Join for 4.95") in removed_of(result)


def test_a_wall_with_the_essay_going_on_after_it_is_no_cut() -> None:
    draft = draft_of(PROSE, Removed("paywall", "You are reading the free part of this paper."), PROSE, PROSE)
    assert not any(isinstance(b, Gap) for b in mark_truncated_end(draft).blocks)


def test_a_call_in_a_box_with_a_plain_link_leaves_the_page() -> None:
    essay = "".join(f"<p>{PROSE} Essay paragraph {i}.</p>" for i in range(4))
    box = ("<div style='border:1px dashed #c60;padding:6px'><b>Deadline closing in?</b><br>Model answers from "
           "7.50 per page, checked twice. <a href='order.php'>Order today</a></div>")
    page = f"<html><body><h1>Rivers</h1>{essay[:len(essay) // 2]}<h3>Why the River Moved</h3>{box}<h3>The Old Course</h3>{essay}</body></html>"
    document = essayconv.load(page.encode(), name="x.html")
    texts = [block_text(b) for b in document.blocks]
    assert "Why the River Moved" in texts and not any("Deadline" in t or "Order today" in t for t in texts)


def test_the_sites_tip_to_the_reader_is_a_note_anywhere() -> None:
    tip = "Study tip: read the first sentence of each paragraph in a row and you have the argument."
    draft = drop_notes_on_the_essay(draft_of(PROSE, PROSE, tip, PROSE, PROSE, PROSE))
    assert kept_texts(draft) == [PROSE] * 5
    assert ("note", tip) in removed_of(draft)


def test_a_slogan_over_its_pitch_and_a_link_that_reads_as_a_button_is_a_call() -> None:
    slogan = Heading(3, (Text("Your essay, our craft."),))
    pitch = "Send us the prompt and your notes; we return a referenced draft by morning."
    draft = drop_clutter_blocks(draft_of(PROSE, slogan, pitch, Removed("links", "Start a draft"), PROSE))
    assert kept_texts(draft) == [PROSE, PROSE]


def test_a_bold_line_over_the_sites_pitch_closed_by_a_button_is_a_call() -> None:
    from essayconv.model import Strong

    bold = Paragraph((Strong((Text("Counter-arguments are hard."),)),))
    draft = drop_clutter_blocks(draft_of(PROSE, bold, _pitch("Our editors keep a checklist for essay writers.", "Download the checklist"), PROSE))
    assert kept_texts(draft) == [PROSE, PROSE]


def test_an_essay_heading_over_a_whole_call_stays() -> None:
    heading = Heading(2, (Text("Both can share one roof"),))
    call = Removed("ad", "Deadline tonight? A Quillmere author can draft yours from scratch. Order now")
    draft = drop_clutter_blocks(draft_of(PROSE, heading, call, PROSE))
    assert kept_texts(draft) == [PROSE, "Both can share one roof", PROSE]


def test_a_wall_listing_the_hidden_sections_and_its_prices_is_all_the_walls() -> None:
    from essayconv.model import ListBlock

    hidden = ListBlock(False, ((Text("Who pays to skip"),), (Text("The view from the back"),), (Text("Works cited (6 sources)"),)))
    draft = draft_of(PROSE, f"{PROSE} The economist's view is that a queue is a price paid in time by those who value it least, and so",
                     Removed("paywall", "You've reached the end of the free preview"), Heading(3, (Text("Still to come"),)), hidden,
                     "£5.99 a month or £1.99 for this paper only", Gap("unmarked-cut"), "Cancel whenever you like.")
    result = drop_wall_lines_after_the_cut(mark_truncated_end(draft))
    assert [type(b) for b in kept(result)] == [Paragraph, Paragraph, Gap]


def test_a_call_without_a_button_under_an_asking_headline() -> None:
    headline = Heading(3, (Text("Essay due on Thursday?"),))
    pitch = "Tell us the question and one of our writers starts on it this evening."
    draft = drop_clutter_blocks(draft_of(PROSE, headline, pitch, PROSE))
    assert kept_texts(draft) == [PROSE, PROSE]
    # an essay's question heading over a short paragraph that names no seller stays
    essay = drop_clutter_blocks(draft_of(PROSE, Heading(2, (Text("Why do we write?"),)), "We write to remember what we saw.", PROSE))
    assert "We write to remember what we saw." in kept_texts(essay)


def test_the_sites_end_of_text_mark_gives_it_the_rest_of_the_page() -> None:
    draft = draft_of(PROSE, PROSE, Removed("banner", "— end of sample · 420 words · 2 pages —"),
                     "Original work, delivered to your inbox.", Heading(3, (Text("Quoting this sample"),)), "A card excerpt.")
    assert kept_texts(drop_clutter_blocks(draft)) == [PROSE, PROSE]


def test_a_strip_of_facts_over_the_essay_is_metadata() -> None:
    strip = "Argumentative essay · Environment · Sample author: J. K., geography graduate"
    draft = drop_clutter_blocks(draft_of(strip, PROSE, PROSE))
    assert kept_texts(draft) == [PROSE, PROSE] and ("metadata", strip) in removed_of(draft)
    subtitle = "Rivers · Towns · Memory"  # no label and value: a subtitle, not the site's facts
    assert subtitle in kept_texts(drop_clutter_blocks(draft_of(subtitle, PROSE, PROSE)))


def test_a_text_browsers_menu_and_its_list_of_link_addresses_are_links() -> None:
    from essayconv.model import ListBlock

    menu = ListBlock(False, ((Text("[2]Free essays"),), (Text("[3]Topics"),), (Text("[4]Log in"),)))
    addresses = ListBlock(True, ((Text("https://quillmere.example/"),), (Text("mailto:?subject=Rivers"),)))
    draft = drop_clutter_blocks(draft_of(menu, PROSE, PROSE, addresses))
    assert kept_texts(draft) == [PROSE, PROSE]
    steps = ListBlock(False, ((Text("[1] Smith argues the opposite"),), (Text("a second point"),)))
    assert len(kept_texts(drop_clutter_blocks(draft_of(PROSE, steps)))) == 2  # a note call in prose is not a menu


def test_a_count_line_naming_this_essay_is_read_wherever_it_stands() -> None:
    draft = extract_banners(draft_of(PROSE, PROSE, "Dit betoog telt 412 woorden.", PROSE))
    assert draft.claimed_words == 412 and kept_texts(draft) == [PROSE, PROSE, PROSE]
    card = extract_banners(draft_of(PROSE, PROSE, "Should towns ban cars? 812 words"))
    assert card.claimed_words is None  # after the essay's start, other lines' counts are other essays'


def test_a_notice_wrapped_onto_the_next_line_is_removed_whole() -> None:
    body = "\n\n".join(f"{PROSE} Essay paragraph {i}." for i in range(4))
    dump = (f"Why Rivers Move\n\n{body}\n\nThis essay was submitted by a student and is published as a learning example. Copying it\n"
            f"is plagiarism.\n")
    texts = [block_text(b) for b in essayconv.load(dump.encode(), name="dump.txt").blocks]
    assert not any("plagiarism" in t for t in texts)


def test_a_call_in_one_paragraph_that_opens_with_its_question() -> None:
    call = "Essay due tomorrow? Text QUILL to 60123 and a writer will call you back within the hour."
    assert kept_texts(drop_clutter_blocks(draft_of(PROSE, call, PROSE))) == [PROSE, PROSE]
    linked = _pitch("Deadline looming? Our tutors plan your next essay with you, and the first call is free.", "Book a call")
    assert kept_texts(drop_clutter_blocks(draft_of(PROSE, linked, PROSE))) == [PROSE, PROSE]
    prose = "Why did the river move? Nobody in the village could say, though everyone had a theory about it."
    assert prose in kept_texts(drop_clutter_blocks(draft_of(PROSE, prose, PROSE)))


def test_a_facts_strip_of_genre_and_level_is_metadata() -> None:
    strip = "Urban geography · Argumentative · Undergraduate level"
    assert kept_texts(drop_clutter_blocks(draft_of(strip, PROSE, PROSE))) == [PROSE, PROSE]


def test_a_pitch_in_the_sites_voice_under_an_asking_headline_with_a_lone_link_under_it_is_the_call() -> None:
    # (round 29: the call's button set aside by the finder as a link, its pitch naming no seller)
    headline = Heading(3, (Text("Two thousand words due on Monday?"),))
    pitch = Paragraph((Text("Send the brief to our night desk and wake up to a plan and a first draft."),))
    draft = drop_headings_over_clutter(drop_clutter_blocks(
        draft_of(PROSE, headline, pitch, Removed("links", "Hand over the brief"), Heading(2, (Text("Conclusion"),)), PROSE)))
    assert kept_texts(draft) == [PROSE, "Conclusion", PROSE]
    essay_talk = Paragraph((Text("Send the brief to our committee and it meets on Monday."),))
    kept_draft = drop_clutter_blocks(draft_of(PROSE, Heading(3, (Text("Who decides?"),)), essay_talk, PROSE))
    assert "Send the brief to our committee and it meets on Monday." in kept_texts(kept_draft)
