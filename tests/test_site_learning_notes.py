"""Site learning met at first contact in held-out site set 21 (heldout/sites21/LEARNING.md), each checked by
mechanism on sites of our own: a site's notes between the essay's paragraphs under labels it draws per page,
most of them too rare to learn alone, pooled with the notes the pages' own passes took; the site's credit
line after the essay's close, worded anew per page; a record headed by the essay's title is no writer's
heading block. Our own texts throughout."""

from __future__ import annotations

from dataclasses import replace

import essayconv
from essayconv.model import BlockQuote, Document, Heading, ListBlock, Metadata, Paragraph, Removed, Text, block_text
from essayconv.signals import Kind
from essayconv.sites.template import apply_template, learn, page_blocks

from .helpers import PROSE, article_page

PAGES = 18
"""As many pages as a held-out site folder: a line must stand in 6 different essays (a third) to be the site's."""
TOPICS = ["the canal", "the mill", "the ferry", "the lighthouse", "the viaduct", "the tannery", "the harbour",
          "the quarry", "the brewery", "the rope walk", "the chapel", "the foundry", "the lido", "the pier",
          "the market hall", "the gasworks", "the reservoir", "the tram depot", "the workhouse", "the toll house"]


def essay(n: int) -> list[Paragraph]:
    """Page n's essay: three paragraphs of prose (longer than a site's line) of its own topic."""
    return [Paragraph((Text(f"Part {part} of the story of {TOPICS[n]} in the town, told from its records. {PROSE} "
                            f"Nobody who worked at {TOPICS[n]} left a diary, so the minutes are what we have."),))
            for part in range(3)]


def page(n: int, note: str | None = None, taken: str | None = None, after_quote: bool = False,
         closing: str | None = None) -> Document:
    """Page n: its essay, `note` kept between its first and second paragraph (after a quotation of its
    own when `after_quote`), `taken` a note the page's own passes removed there, `closing` a line
    after the essay's last paragraph."""
    first, *rest = essay(n)
    quote = (BlockQuote((Text(f"The records of {TOPICS[n]} were kept in a ledger."),)),) if after_quote else ()
    noted = (Paragraph((Text(note),)),) if note else ()
    closed = (Paragraph((Text(closing),)),) if closing else ()
    removed = (Removed(Kind.NOTE, taken, at=1),) if taken else ()
    return Document(f"The Story of {TOPICS[n].title()}", Metadata(site="generic", words=150),
                    (first, *quote, *noted, *rest, *closed), removed=removed)


def kept_after_learning(pages: list[Document], new: Document) -> list[str]:
    template = learn("s", [page_blocks(p) for p in pages], titles=[p.title for p in pages])
    return [block_text(b) for b in apply_template(new, template).document.blocks]


def test_a_sites_rare_note_labels_are_learned_beside_the_notes_the_pages_took_themselves() -> None:
    """"Since writing this:" on two pages and "Correction made:" on two: four essays, too few for a
    line of the site's (six). The site's "Author's aside:" notes, which each page's passes took (four
    pages), show the notes are the site's box: its other labels go too."""
    pages = [page(n, note="Since writing this: the figure here comes from my notes and should be checked")
             for n in (0, 1)]
    pages += [page(n, note="Correction made: a reader put me right about the date here") for n in (2, 3)]
    pages += [page(n, taken="Author's aside: this paragraph was shortened for the web") for n in (4, 5, 6, 7)]
    pages += [page(n) for n in range(8, PAGES)]
    note = "Since writing this: a second source has turned up that says the same"
    kept = kept_after_learning(pages, page(19, note=note, after_quote=True))
    assert note not in kept and essay(19)[1].inlines[0].text in kept


def test_an_essays_own_label_line_on_two_pages_is_not_learned() -> None:
    """The same two rare labels with no notes of the site's beside them: two essays' own lines, kept."""
    pages = [page(n, note="Since writing this: the figure here comes from my notes and should be checked")
             for n in (0, 1)]
    pages += [page(n, note="Correction made: a reader put me right about the date here") for n in (2, 3)]
    pages += [page(n) for n in range(4, PAGES)]
    note = "Since writing this: a second source has turned up that says the same"
    assert note in kept_after_learning(pages, page(19, note=note))


SCHOOLS = ["Sandwick Academy", "Voe Secondary School", "Kirkhope High School", "Westerwick High School",
           "Mid Yell Junior High", "Baltasound School", "Aith Junior High"]


def test_the_sites_credit_line_after_the_essays_close_is_learned_whatever_names_it() -> None:
    """"Released to the network by <a school>, <a month>." after the essay on a third of the pages, a
    different school each time: the site's formula, learned by its first words."""
    months = ["June 2003", "May 2001", "July 2004", "October 2006", "March 2002", "April 2005"]
    pages = [page(n, closing=f"Released to the network by {SCHOOLS[n]}, {months[n]}.") for n in range(6)]
    pages += [page(n) for n in range(6, PAGES)]
    credit = f"Released to the network by {SCHOOLS[6]}, November 2001."
    kept = kept_after_learning(pages, page(19, closing=credit))
    assert credit not in kept and essay(19)[-1].inlines[0].text in kept


WORKERS = ["the carters", "the clerks", "the keepers", "the boatmen", "the weavers", "the tanners", "the porters",
           "the masons", "the brewers", "the spinners", "the sextons", "the moulders", "the lifeguards", "the anglers",
           "the stallholders", "the stokers", "the engineers", "the drivers", "the inmates", "the collectors"]


def test_an_opening_the_essays_share_inside_their_text_is_not_learned() -> None:
    """Six essays each opening a line with the same words ("In the end the records…") inside their text,
    before their close: essays share openings; only the site's line after the essay is its formula."""
    pages = [page(n, note=f"In the end the records of {TOPICS[n]} say little about {WORKERS[n]}.") for n in range(6)]
    pages += [page(n) for n in range(6, PAGES)]
    line = f"In the end the records of {TOPICS[19]} say little about {WORKERS[19]}."
    assert line in kept_after_learning(pages, page(19, note=line))


def test_a_record_headed_by_the_essays_title_names_no_writer() -> None:
    """A database's document: the title line, then its properties record with a date; no writer is named."""
    title = "The Narrows Ferry"  # (three capitalised words: shaped like a name)
    page_html = article_page(f"<p><b>{title}</b></p>", "<p>Document properties</p>", "<p>Created: 10/03/2004 11:12:00</p>",
                             *(f"<p>{PROSE} Part {i} of the story of the ferry.</p>" for i in range(4)), title=title)
    document = essayconv.load(page_html, name="essay.html")
    assert document.metadata.author != title


def test_a_boxs_heading_over_a_list_of_lines_takes_the_list_whatever_its_length() -> None:
    """"Three things to take away" over three lines of each essay's own on every page: the site's box, though
    its list runs longer than a line of the site's."""
    def takeaways(n: int) -> ListBlock:
        return ListBlock(False, tuple((Text(f"Why {TOPICS[n]} {ending}"),) for ending in (
            "mattered more to the town than its records admit at first sight",
            "could not have been run for long without the people who lived beside it",
            "is remembered now through its buildings rather than through its working days")))

    def boxed(n: int) -> Document:
        plain = page(n)
        return replace(plain, blocks=(*plain.blocks, Heading(3, (Text("Three things to take away"),)), takeaways(n)))

    kept = kept_after_learning([boxed(n) for n in range(PAGES)], boxed(19))
    assert not any("without the people who lived beside it" in k for k in kept) and essay(19)[-1].inlines[0].text in kept


def test_a_rare_label_of_four_words_is_learned_beside_a_label_the_site_draws_on_a_third_of_its_pages() -> None:
    """"Random fact:" between the paragraphs of seven essays (a third of the site's, learned with the
    site's lines) and "Elsewhere at the time:" on two: one box of notes, its labels drawn per page; a
    label of four words is a label still."""
    pages = [page(n, note=f"Random fact: the {TOPICS[n]} records were kept in a tin box") for n in range(7)]
    pages += [page(n, note="Elsewhere at the time: most of the letters on this are in the county archive")
              for n in (7, 8)]
    pages += [page(n) for n in range(9, PAGES)]
    note = "Elsewhere at the time: the town next door had no such trouble"
    assert note not in kept_after_learning(pages, page(19, note=note))


def test_a_site_shows_its_box_of_notes_on_every_page_says_nothing_of_an_essays_own_labels() -> None:
    """"Editor's pick:" on every page (a box on nearly every page, learned as such) and an essay's own
    "Tip:" on two: the tip stays."""
    pages = [page(n, note=f"Editor's pick: the {TOPICS[n]} records") for n in range(PAGES)]
    pages[3] = page(3, note="Tip: read the minutes before the letters")
    pages[4] = page(4, note="Tip: read the minutes before the letters")
    tip = "Tip: read the letters before the minutes"
    assert tip in kept_after_learning(pages, page(19, note=tip))
