"""Families met at first contact in held-out round 55 (heldout/round55/FIRST-CONTACT.md), each checked
by mechanism on pages of our own: an essay sent in a thread's second message; a Word file's text dumped
with its details table one cell to a line and a picture's stand-in; a wiki page stripped of its markup; a
page titled by the app's name over a document's name; a poster's note whose count sentence ends on a
layout's page count; a note naming the writer before stating the count. Our own texts throughout."""

from __future__ import annotations

import essayconv

from .helpers import PROSE, article_page, kept_text

ESSAY = [f"{PROSE} Part {i} of the argument follows the tide mill from its dam to its grindstones." for i in range(5)]
ESSAY_TITLE = "Power from the Sea: The Tide Mill at Eling"


def test_an_essay_in_a_threads_second_message_is_read_under_its_own_note() -> None:
    thread = ["Ms Ilori &lt;m.ilori@school.example.org&gt; Mon, 3 Mar 2025 at 09:12", "To: 9T History &lt;9t@school.example.org&gt;",
              "Dear 9T,", "Please reply to this message with your essay pasted in, not attached.", "Best wishes,", "Ms Ilori",
              "Ravi Shah &lt;ravi.shah@students.school.example.org&gt; Sat, 8 Mar 2025 at 10:40",
              "To: Ms Ilori &lt;m.ilori@school.example.org&gt;", "Hi Ms Ilori,",
              "Here is my essay for the homework. I make it 512 words without the title and the sources."]
    page = article_page(*(f"<div>{line}</div>" for line in thread), f"<div><b>{ESSAY_TITLE}</b></div>",
                        *(f"<div>{p}</div>" for p in ESSAY), "<div>Thanks,</div><div>Ravi</div>",
                        title="School Mail - Re: History homework", h1=None)
    document = essayconv.load(page, name="thread.html")
    kept = kept_text(document)
    assert document.title == ESSAY_TITLE and document.metadata.claimed_words == 512
    assert "Hi Ms Ilori" not in kept and "Please reply" not in kept and all(p in kept for p in ESSAY)


def test_a_word_files_dump_with_its_table_one_cell_to_a_line() -> None:
    lines = ["Eling Primary · Year 6 · Local history project", "", "Name", "", "Maya Osei", "", "Class", "", "6B", "",
             "Teacher", "", "Mrs Achterberg", "", "Words in my essay (not the title or the table)", "", "412", "", "", "",
             ESSAY_TITLE, "", "Introduction", "", ESSAY[0], "", ESSAY[1], "", "----media/image1.png----", "",
             "The mill", "", ESSAY[2], "", ESSAY[3], "", "Conclusion", "", ESSAY[4], ""]
    document = essayconv.load("\n".join(lines).encode(), name="essay.txt")
    kept = kept_text(document)
    assert document.title == ESSAY_TITLE and document.metadata.claimed_words == 412
    assert "Maya Osei" not in kept and "Mrs Achterberg" not in kept and "media/image1" not in kept


def test_a_wiki_page_stripped_of_its_markup_loses_its_magic_word_and_its_pictures_options() -> None:
    lines = ["__NOTOC__", "", ESSAY_TITLE, "", "Maya Osei, 12B. 412 words of body text, headings included; the title "
             "and the bibliography are not counted.", "", ESSAY[0], "",
             "thumb|right|upright=1.2|The mill pond at low tide, drawn from an old postcard.", "", *ESSAY[1:], ""]
    document = essayconv.load("\n".join(lines).encode(), name="essay.txt")
    kept = kept_text(document)
    assert document.title == ESSAY_TITLE and document.metadata.claimed_words == 412
    assert "thumb|right" not in kept and "mill pond at low tide" not in kept and "__NOTOC__" not in kept


def test_a_page_titled_by_the_apps_name_is_titled_by_the_documents_name_over_the_essay() -> None:
    page = ("<html><head><title>Draftpad</title></head><body><header><nav>Draftpad <a href='/f'>Features</a> "
            "<a href='/p'>Pricing</a> <a href='/l'>Log in</a></nav></header><div class='doc-name'>The Tide Mill</div>"
            f"<div class='editor'>{''.join(f'<p>{p}</p>' for p in ESSAY)}</div></body></html>")
    assert essayconv.load(page.encode(), name="editor.html").title == "The Tide Mill"


def test_a_site_named_like_its_page_keeps_the_essays_own_title() -> None:
    """A page whose <title> is the essay's, shown in the header too: no line above the essay retitles it."""
    page = (f"<html><head><title>{ESSAY_TITLE}</title></head><body><header>{ESSAY_TITLE} by the Eling Society"
            f"</header><div class='note'>Read aloud</div><main>{''.join(f'<p>{p}</p>' for p in ESSAY)}</main></body></html>")
    assert essayconv.load(page.encode(), name="essay.html").title == ESSAY_TITLE


def test_a_posters_count_sentence_ending_on_a_layouts_page_count_states_the_words_only() -> None:
    note = (f"<p>Hi all, here is Maya's final piece for the booklet, approved on Friday. It's 512 words all told (title "
            f"and sources not included), so it fits the two-page spread with the photo.</p><p><b>{ESSAY_TITLE}</b></p>")
    document = _load(note, *(f"<p>{p}</p>" for p in ESSAY))
    assert (document.metadata.claimed_words, document.metadata.claimed_pages) == (512, None)
    assert document.title == ESSAY_TITLE


def _load(*inside: str) -> essayconv.Document:
    return essayconv.load(article_page(*inside, title="Booklet 2025 › Message Board", h1=None), name="post.html")


def test_a_journals_earlier_entry_after_the_newest_ones_sources_stays() -> None:
    """Entries shown newest first: part 2 with its sources, then part 1 — the text goes on after the list."""
    part_two = [f"{PROSE} The second part of the story follows the mill's last miller." for _ in range(2)]
    part_one = [f"{PROSE} {PROSE} Part {i} of the first half follows the mill's builders and their dam." for i in range(3)]
    page = article_page("<h2>Thursday, 13 March 2025</h2>", "<p>Essay part 2</p>", *(f"<p>{p}</p>" for p in part_two),
                        "<h3>Sources</h3>", "<p>Achterberg, L. (2011). Water on the Hill. Tarnside Press.</p>",
                        "<p>Ilori, B. (2018). Keepers of the locks. Journal of Waterway History, 4(1), 12–30.</p>",
                        "<h2>Wednesday, 12 March 2025</h2>", "<p>Essay part 1</p>", *(f"<p>{p}</p>" for p in part_one),
                        title="Mira's journal", h1=None)
    document = essayconv.load(page, name="journal.html")
    kept = kept_text(document)
    assert all(p in kept for p in part_one) and document.references is not None
    assert len(document.references.entries) == 2


def test_a_writers_bio_after_the_sources_still_goes() -> None:
    bio = ("Maya Osei studies history at the county college and writes about the mills of the river valley, "
           "the canals that served them and the families who worked them for three generations.")
    page = article_page(*(f"<p>{p}</p>" for p in ESSAY), "<h3>Sources</h3>",
                        "<p>Achterberg, L. (2011). Water on the Hill. Tarnside Press.</p>", f"<p>{bio}</p>",
                        title=ESSAY_TITLE, h1=ESSAY_TITLE)
    assert bio not in kept_text(essayconv.load(page, name="essay.html"))
