"""Families met at first contact in held-out round 71 (heldout/round71/FIRST-CONTACT.md), each checked by
mechanism on texts of our own: `git diff --word-diff` of two drafts, a file printed with its line ends shown
(`sed -n l`, `cat -A`), a mail's note greeting a teacher by an abbreviated title, "pgs", and a section's body
locked behind a card counting its words. Our own texts throughout."""

from __future__ import annotations

import essayconv
from essayconv.model import Gap, Heading, block_text

from .helpers import PIER_PROSE, kept_text

TOWNS = ["Dunmore", "Kilbaha", "Ardmore", "Carrigaholt", "Ballycotton"]
TITLE = "The Pier at Dunmore and Its Engineer"


def test_a_word_diff_reads_as_the_new_draft() -> None:
    body = "\n\n".join(f"At {town}, {PIER_PROSE} The [-old-]{{+new+}} quay [-was small.-]{{+grew each decade.+}}"
                       for town in TOWNS)
    text = (f"diff --git a/pier.md b/pier.md\nindex 1a2b3c4..5d6e7f8 100644\n--- a/pier.md\n+++ b/pier.md\n"
            f"@@ -1,12 +1,12 @@\n# {TITLE}\n\nWords: [-401-]{{+433+}}\n\n{body}\n")
    document = essayconv.load(text.encode(), name="pier.diff")
    kept = kept_text(document)
    assert document.title == TITLE and document.metadata.claimed_words == 433
    assert kept.count("The new quay grew each decade.") == 5
    assert "[-" not in kept and "{+" not in kept and "old" not in kept and "index 1a2b3c4" not in kept


def test_a_unified_diffs_own_lines_still_read_as_a_patch() -> None:
    """A unified diff whose text quotes "[-x-]" is no word diff: its "+" lines are the new text."""
    body = "\n".join(f"+At {town}, {PIER_PROSE} Marks like [-x-] stay." for town in TOWNS)
    text = f"--- a/pier.txt\n+++ b/pier.txt\n@@ -0,0 +1,5 @@\n+{TITLE}\n+\n{body}\n"
    kept = kept_text(essayconv.load(text.encode(), name="pier.diff"))
    assert kept.count("Marks like [-x-] stay.") == 5 and "+At" not in kept


def _rows(line: str, width: int = 69) -> list[str]:
    """`sed -n l`'s view of one line: escaped, cut into rows closed by a backslash, the last closed by "$"."""
    shown = line.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r")
    shown = "".join(f"\\{byte:03o}" if byte > 127 else chr(byte) for byte in shown.encode("utf-8"))
    rows = [shown[at:at + width] for at in range(0, len(shown), width)]
    return [row + "\\" for row in rows[:-1]] + [rows[-1] + "$"]


def test_sed_l_view_of_a_file_reads_as_the_file() -> None:
    lines = ["Síle Nic Amhlaoibh\r", "Grade 10 History - Mr. Rattray\r", "March 3, 2014\r", "\r", f"{TITLE}\r", "\r",
             *(f"\tAt {town}, {PIER_PROSE}\r" for town in TOWNS)]
    text = "\n".join(row for line in lines for row in _rows(line)) + "\n"
    document = essayconv.load(text.encode(), name="pier.sed.txt")
    kept = kept_text(document)
    assert document.title == TITLE
    assert kept.count("Alexander Nimmo, walked the coast") == 5
    assert "\\r$" not in kept and "\\t" not in kept and "\\" not in kept


def test_cat_a_view_of_a_file_reads_as_the_file() -> None:
    lines = ["Síle Nic Amhlaoibh^M", "Grade 10 History - Mr. Rattray^M", "March 3, 2014^M", "^M", f"{TITLE}^M", "^M", *(f"^IAt {town}, {PIER_PROSE}^M" for town in TOWNS)]
    shown = "\n".join(line.replace("í", "M-CM--") + "$" for line in lines) + "\n"
    document = essayconv.load(shown.encode(), name="pier.cat.txt")
    kept = kept_text(document)
    assert document.title == TITLE and kept.count("walked the coast") == 5
    assert "^M" not in kept and "^I" not in kept and "$" not in kept


def test_a_text_quoting_a_prompts_dollar_is_prose() -> None:
    text = f"{TITLE}\n\n" + "\n\n".join(f"At {town}, {PIER_PROSE} It cost $" for town in TOWNS) + "\n"
    kept = kept_text(essayconv.load(text.encode(), name="pier.txt"))
    assert kept.count("It cost $") == 5


def _page(body: str, title: str = TITLE) -> bytes:
    return f"<html><head><title>{title}</title></head><body><main>{body}</main></body></html>".encode()


def test_a_mails_note_greeting_a_teacher_by_an_abbreviated_title_goes() -> None:
    note = ("Hi Mrs. Calloway,<br><br>Here is my essay on the pier. Sorry it is late, the library printer was broken. "
            "It comes out to 455 words not counting the title.<br><br>Niamh<br><br>")
    essay = "<br><br>".join(f"At {town}, {PIER_PROSE}" for town in TOWNS)
    document = essayconv.load(_page(f"<div class='msgbody'>{note}{TITLE}<br><br>{essay}</div>", "Mail - Message"),
                              name="mail.html")
    kept = kept_text(document)
    assert document.title == TITLE and document.metadata.claimed_words == 455
    assert "Calloway" not in kept and "printer" not in kept and kept.count("walked the coast") == 5


def test_pgs_is_a_count_of_pages() -> None:
    essay = "".join(f"<p>At {town}, {PIER_PROSE}</p>" for town in TOWNS)
    document = essayconv.load(_page(f"<h1>{TITLE}</h1><div><span>412 words</span> · <span>≈ 2 pgs</span></div>{essay}"),
                              name="sample.html")
    assert (document.metadata.claimed_words, document.metadata.claimed_pages) == (412, 2)


def test_a_card_counting_the_words_it_locks_is_a_cut_under_its_sections_heading_and_at_the_end() -> None:
    def card(count: int) -> str:
        return (f"<div class='locked-card'><p class='locked-card__title'>This section is for Quayside members</p>"
                f"<p>{count} words locked · members read every sample</p><button>Unlock</button></div>")
    sections = (f"<p>At Dunmore, {PIER_PROSE}</p><h2>The Engineer's Survey</h2>{card(71)}"
                f"<h2>The Harbour Today</h2><p>At Kilbaha, {PIER_PROSE}</p><p>At Ardmore, {PIER_PROSE}</p>{card(64)}"
                "<h2>References</h2><ol><li>Rattray, F. (2004). Harbours of the west. Quay Press.</li>"
                "<li>Nimmo, A. (1822). Report on the western piers. Dublin.</li></ol>")
    document = essayconv.load(_page(f"<h1>{TITLE}</h1><article>{sections}</article>"), name="sample.html")
    blocks = list(document.blocks)
    survey = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and block_text(b) == "The Engineer's Survey")
    assert isinstance(blocks[survey + 1], Gap)
    assert sum(1 for b in blocks if isinstance(b, Gap)) == 2
    assert "locked" not in kept_text(document)
