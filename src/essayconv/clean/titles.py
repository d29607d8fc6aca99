"""The essay's title: the page's title not repeated as a heading, or found in the page when the page
gives none or only a label ("Exemplar essay: …"); the lines above it that are the site's."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from ..extract.title import clean_title
from ..model import DraftBlock, Heading, Paragraph, Removed, block_text, clean_whitespace, plain_text
from ..regexes import compile_regex
from ..signals import Kind, ends_sentence, labelled_title
from ..tuning import Tuning
from .counters import count_in_a_note
from .draft import Draft, text_and_words
from .labels import STRIP_PARTS
from .page_labels import NOTES_ABOVE_THE_TITLE, TITLE_SEPARATORS


def same_title(text: str, title: str) -> bool:
    def key(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().lower()

    def bare(s: str) -> str:  # the site's "Essay On …" / "… Essay" decoration, on either side
        return re.sub(r"^essay (?:on|about) | essay$", "", s)

    a, b = key(text), key(title)
    return bool(a) and (a == b or bare(a) == bare(b))


def _title_segment(text: str, title: str, menu_texts: frozenset[str] = frozenset()) -> str | None:
    segments = [part.strip() for part in TITLE_SEPARATORS.split(title) if part.strip()]
    if len(segments) < 2:
        return None
    # a section's menu entry set aside beside the essay ("Personal Essay") names the section, not the essay
    segments = [part for part in segments if clean_whitespace(part).casefold() not in menu_texts]
    key = re.sub(r"\W+", " ", text).strip().casefold()
    return next((part for part in segments if key and re.sub(r"\W+", " ", part).strip().casefold() == key), None)


def _last_part(segment: str, title: str) -> bool:
    """The segment closes the <title> (where sites put their name: "<essay> | <site>")."""
    parts = [part.strip() for part in TITLE_SEPARATORS.split(title) if part.strip()]
    return len(parts) >= 2 and parts[-1] == segment


def above_the_title(blocks: list[DraftBlock], title_index: int, tuning: Tuning) -> list[DraftBlock]:
    """An essay starts after its title: short lines the page shows above it (a site slogan, a
    section name) are the page's header. A long paragraph there means the title line was a
    heading inside the essay after all, and nothing is touched."""
    above = [i for i in range(title_index) if not isinstance(blocks[i], Removed)]
    if not above or any(not isinstance(blocks[i], (Paragraph, Heading)) or
                        text_and_words(blocks[i])[1] > tuning.above_title_max_words for i in above):
        return blocks
    return [Removed(Kind.HEADER, plain_text(b.inlines)) if i in above else b for i, b in enumerate(blocks)]


def _segment_shown_below(blocks: list[DraftBlock], after: int, draft: Draft) -> tuple[int, str] | None:
    """A later line, before the essay's prose, that is one part of a decorated title."""
    for index in range(after + 1, len(blocks)):
        block = blocks[index]
        if isinstance(block, Removed) or not isinstance(block, (Heading, Paragraph)):
            continue
        segment = _title_segment(plain_text(block.inlines), draft.title or "", draft.menu_texts)
        if segment:
            return index, segment
        if text_and_words(block)[1] > draft.rules.tuning.above_title_max_words:
            return None
    return None


def _decorated_title(block: Heading | Paragraph, before: list[DraftBlock], after: list[DraftBlock], draft: Draft) -> bool:
    """The heading opening the text shows the title with the decorations the title was cleaned of ("The Cube From
    Budapest (History of a Game essay)"), and no line after it shows the title bare (a list's subject, "[cottmaps]
    The Road in Ribbons", over the mail's own title line). (Further down, "[Official thread] …" is a related
    discussion's link.)"""
    return isinstance(block, Heading) and all(isinstance(b, Removed) for b in before) \
        and same_title(clean_title(plain_text(block.inlines), draft.rules), draft.title or "") \
        and not any(isinstance(b, (Heading, Paragraph)) and same_title(plain_text(b.inlines), draft.title or "") for b in after)


def _fuller_title(block: DraftBlock, before: list[DraftBlock], draft: Draft) -> str | None:
    """The heading opening the text gives the title in full, the page's short title and a subtitle after a colon
    (a writing community's project named "Frozen Forever" over "Frozen Forever: Time and Beauty in …")."""
    if not isinstance(block, Heading) or not all(isinstance(b, Removed) for b in before):
        return None
    text = clean_whitespace(plain_text(block.inlines)).strip()
    short, colon, subtitle = text.partition(":")
    return text if colon and subtitle.strip() and same_title(short, draft.title or "") \
        and len(text.split()) <= draft.rules.tuning.title_line_max_words * 2 else None


def drop_title_heading(draft: Draft) -> Draft:
    """The title is the document's, not a block: drop its first repetition at the top."""
    if not draft.title:
        return draft
    draft = _without_the_sites_name(draft)
    blocks = list(draft.blocks)
    for index, block in enumerate(blocks):
        if isinstance(block, Removed):
            # the page's own title line, set aside beside the essay, settles a decorated <title>
            segment = _title_segment(block.text, draft.title, draft.menu_texts) if block.kind == Kind.OUTSIDE_ESSAY else None
            if segment:
                blocks[index] = Removed(Kind.TITLE, block.text)
                return replace(draft, title=segment, blocks=tuple(blocks))
            continue
        if (fuller := _fuller_title(block, blocks[:index], draft)) is not None:
            blocks[index] = Removed(Kind.TITLE, fuller)  # ("Frozen Forever" / "Frozen Forever: Time and Beauty in …")
            return replace(draft, title=fuller, blocks=tuple(above_the_title(blocks, index, draft.rules.tuning)))
        if isinstance(block, (Heading, Paragraph)) and (same_title(plain_text(block.inlines), draft.title)
                                                         or labelled_title(plain_text(block.inlines), draft.title)
                                                         or _decorated_title(block, blocks[:index], blocks[index + 1:], draft)):
            blocks[index] = Removed(Kind.TITLE, plain_text(block.inlines))
            following = next((i for i in range(index + 1, len(blocks)) if not isinstance(blocks[i], Removed)), None)
            if following is not None and (fuller := _fuller_title(blocks[following], blocks[:following], draft)) is not None:
                blocks[following] = Removed(Kind.TITLE, fuller)  # (the short title over the full one)
                return replace(draft, title=fuller, blocks=tuple(above_the_title(blocks, index, draft.rules.tuning)))
            lines_above = [text_and_words(b)[0] for b in blocks[:index] if isinstance(b, (Paragraph, Heading))]
            blocks = above_the_title(blocks, index, draft.rules.tuning)
            # (the sender's line above a mail's title states its count: "My 429-word offering for the newsletter")
            stated = next((c for line in lines_above if (c := count_in_a_note(line, draft)) is not None), None) \
                if draft.claimed_words is None else None
            if stated is not None and all(isinstance(b, Removed) for b in blocks[:index]):  # (set aside as the header)
                draft = replace(draft, claimed_words=stated[0], claimed_pages=draft.claimed_pages or stated[1])
            shown = _segment_shown_below(blocks, index, draft)
            if shown is not None:
                # "[List] Final essay - X" heads a mail whose own title line "X" comes after the
                # sender's lines: the part the essay itself shows is its title
                position, segment = shown
                blocks[position] = Removed(Kind.TITLE, segment)
                return replace(draft, title=segment, blocks=tuple(above_the_title(blocks, position, draft.rules.tuning)))
            return draft.with_blocks(blocks)
        segment = _title_segment(plain_text(block.inlines), draft.title) if isinstance(block, (Heading, Paragraph)) else None
        wrapped = _title_wrapped(blocks, index, draft.title) if segment else None
        if wrapped is not None:
            # "Tourism and Small Island Communities:" / "Who Really Benefits?": the whole title, over two lines
            blocks[index], blocks[wrapped] = Removed(Kind.TITLE, plain_text(block.inlines)), Removed(Kind.TITLE, block_text(blocks[wrapped]))
            return draft.with_blocks(above_the_title(blocks, index, draft.rules.tuning))
        if segment:
            # "Print version - X" / "X — English 102 Final Essay" above a page that shows "X":
            # the part of the <title> the page itself shows is the title. When the page shows the
            # site's part first on a line of its own ("X | Civics Corner" over "Civics Corner" over
            # "X"), the part shown below it is.
            shown = _segment_shown_below(blocks, index, draft) if _last_part(segment, draft.title) else None
            if shown is not None and shown[1] != segment:
                blocks[index] = Removed(Kind.HEADER, plain_text(block.inlines))
                index, segment = shown
                block = blocks[index]
            blocks[index] = Removed(Kind.TITLE, text_and_words(block)[0])
            return replace(draft, title=segment, blocks=tuple(above_the_title(blocks, index, draft.rules.tuning)))
        if isinstance(block, Paragraph) and text_and_words(block)[1] > 30:
            break
    return draft


def _without_the_sites_name(draft: Draft) -> Draft:
    """A <title> decorated with the site's name the page's header shows on a line of its own ("X -
    Fernleigh Essay Garden - Obsidian Publish" under a header reading "Fernleigh Essay Garden"): the
    title is what stands before that name."""
    segments = [part.strip() for part in TITLE_SEPARATORS.split(draft.title or "")]
    if len(segments) < 2:
        return draft
    shown = {clean_whitespace(b.text).strip().casefold() for b in draft.blocks
             if isinstance(b, Removed) and b.kind in (Kind.HEADER, Kind.NAVIGATION) and len(b.text.split()) <= 6}
    cut = next((i for i, part in enumerate(segments) if i > 0 and part.casefold() in shown), None)
    if cut is None:
        return draft
    parts = re.split(f"({TITLE_SEPARATORS.pattern})", draft.title or "")  # keep the separators before the cut
    kept = "".join(parts[:2 * cut - 1]).strip()
    return replace(draft, title=kept) if kept else draft


def may_be_title(text: str, title: str) -> bool:
    """The line is the page's title, or one part of it ("Why We Keep Dogs" under "Exemplar 54 - Mbeki -
    Why We Keep Dogs"): the title passes decide what it is."""
    return same_title(text, title) or _title_segment(text, title) is not None


def _title_wrapped(blocks: list[DraftBlock], index: int, title: str) -> int | None:
    """Where the rest of the title stands when the page shows it over two lines, the first one
    ending in a colon, the next holding what follows it in the title; else None."""
    first = clean_whitespace(plain_text(blocks[index].inlines)).strip()  # type: ignore[union-attr]
    following = next((i for i in range(index + 1, len(blocks)) if not isinstance(blocks[i], Removed)), None)
    if not first.endswith(":") or following is None or not isinstance(blocks[following], (Heading, Paragraph)):
        return None
    whole = f"{first} {clean_whitespace(block_text(blocks[following])).strip()}"
    return following if same_title(whole, title) else None


def title_from_first_heading(draft: Draft) -> Draft:
    """A record's title field above the essay names it, when the page has no title or one that adds to
    the field's. A page with no title of its own: the archive's "More about <Title>" tail names it; else an
    opening heading before any prose serves — under a paragraph or two of the page's word on the work
    when it heads the essay's first paragraph (the word is a note, its count the essay's); so it does under a
    mail's subject for a title ("Re: [list] …": the note above the essay names the message, not the essay)."""
    named = _named_by_a_field(draft)
    if named is not None and (not draft.title or _opens_with(draft.title, named) or _ends_on_its_start(draft.title, named)
                              or draft.rules.title_page_label.search(draft.title)):  # (a page label: "… Essay Example")
        return replace(draft, title=named)  # (a <title> adding the site's name to the field's: "… - Loch Lomond Libraries")
    if draft.title and not draft.rules.title_mail_subject.search(draft.title):
        return draft
    for block in draft.blocks if not draft.title else ():
        if isinstance(block, Removed) and block.kind == Kind.RELATED:
            match = draft.rules.title_from_related.match(block.text.split("\n")[0].strip())
            if match:
                return replace(draft, title=match.group("title").strip())
    notes: list[int] = []  # the page's word on the work above the heading ("Here's this month's model answer…")
    for index, block in enumerate(draft.blocks):
        if isinstance(block, Removed):
            continue
        if isinstance(block, Heading):
            following = next((b for b in draft.blocks[index + 1:] if not isinstance(b, Removed)), None)
            if notes and _title_over_a_section(draft.blocks[notes[-1]], block, draft):
                # the essay's title line right over its first section's heading ("Why the Dodo Was Not
                # Stupid" / "Introduction"), as a Word file's text comes out: the title, not a note
                blocks = list(draft.blocks)
                title = text_and_words(blocks[notes[-1]])[0].strip()
                blocks[notes[-1]] = Removed(Kind.TITLE, title)
                return replace(draft, title=title, blocks=tuple(blocks))
            # (the report may open on its news, "A Year 12 student has won …": the paragraph right above
            # the title is the one that names or counts the work)
            if notes and (not _title_over_prose(block, following) or not _names_or_counts_the_work(draft.blocks[notes[-1]], draft)):
                return draft
            blocks = list(draft.blocks)
            blocks[index] = Removed(Kind.TITLE, plain_text(block.inlines))
            counted = next((c for i in notes if (c := count_in_a_note(text_and_words(blocks[i])[0], draft))), None)
            for i in notes:
                blocks[i] = Removed(Kind.NOTE, text_and_words(blocks[i])[0])
            if counted and draft.claimed_words is None and draft.claimed_pages is None:
                draft = replace(draft, claimed_words=counted[0], claimed_pages=counted[1])
            return replace(draft, title=plain_text(block.inlines), blocks=tuple(blocks))
        if not notes and isinstance(block, Paragraph) and len(STRIP_PARTS.split(text_and_words(block)[0])) >= _STRIP_MIN_PARTS:
            continue  # the site's strip over the text ("Gopherlane · fetched gopher://… · raw file · up one level"): no note
        if len(notes) < NOTES_ABOVE_THE_TITLE and isinstance(block, Paragraph) \
                and text_and_words(block)[1] <= draft.rules.tuning.note_above_title_max_words:
            notes.append(index)
            continue
        return draft
    return draft


_STRIP_MIN_PARTS = 3
"""A strip of three parts at least, set apart by "·" or "|": the site's line of links and facts, never prose."""


def _opens_with(title: str, named: str) -> bool:
    """The page's title is the field's with more after it."""
    return len(title) > len(named) and title.casefold().startswith(named.casefold())


def _named_by_a_field(draft: Draft) -> str | None:
    """The title a record set aside above the essay names in its field ("title: Caves and
    Manuscripts", a Markdown file's front matter shown as a table), up to the record's next field (an old
    mill's info table read as one banner: "Essay Title: … Words on file: 464 …")."""
    above = list(itertools.takewhile(lambda b: isinstance(b, Removed), draft.blocks))  # (a field below the essay's opening names something else)
    fields = [(block, *block.text.partition(": ")[::2]) for block in above if block.kind in (Kind.OUTSIDE_ESSAY, Kind.BANNER)]
    # (a field read with its colon first: the same record may stand above it as one banner, its colons lost)
    for block, label, value in fields:
        if value.strip() and label.strip().casefold() in draft.rules.title_field_labels:
            return _NEXT_FIELD.split(value, maxsplit=1)[0].strip() if block.kind == Kind.BANNER else value.strip()
    for block, _, _ in fields:  # (a label beside its value, no colon: "Essay title Balance Without …")
        named = next((block.text[len(name):] for name in draft.rules.title_field_labels
                      if block.kind == Kind.BANNER and block.text.casefold().startswith(name + " ")), "")
        if named.strip():
            return _NEXT_FIELD.split(named, maxsplit=1)[0].strip()
    return None


_NEXT_FIELD = compile_regex(r"\s+(?=(?-i:[A-Z])[\w’'-]*(?: (?-i:[a-z])[\w’'-]*){0,3}:\s\d)")
"""Where the next field of a record read as one line begins: a label of a few words, the first capitalised, its colon and a
number ("Words on file: 464"); a title's own colon leads on to words ("The River and the Shore: Freedom …")."""


def _ends_on_its_start(title: str, named: str) -> bool:
    """The page's title closes on the start of the field's title ("EssayRanch.com :: Free Essays :: Huckleberry
    Finn - The River and the Shore" over "The River and the Shore: Freedom and Conscience in …")."""
    last = TITLE_SEPARATORS.split(title)[-1].strip().casefold()
    return len(last.split()) >= 3 and named.casefold().startswith(last) and len(named) > len(last)


def _names_or_counts_the_work(block: DraftBlock, draft: Draft) -> bool:
    """A paragraph of the page's word on the essay: it names the work or states its length."""
    from .essay_talk import names_the_work

    if not isinstance(block, Paragraph):
        return False
    text, words = text_and_words(block)
    return words <= draft.rules.tuning.note_above_title_max_words and (
        names_the_work(text, draft.rules) or count_in_a_note(text, draft) is not None)


def _title_over_prose(heading: Heading, following: DraftBlock | None) -> bool:
    """A heading set as a title over the essay's first paragraph, not a section's name."""
    from ..sites.learning_data import is_essay_heading

    text = text_and_words(heading)[0]
    return isinstance(following, Paragraph) and not is_essay_heading(text)


def _title_over_a_section(line: DraftBlock, heading: Heading, draft: Draft) -> bool:
    """A line set as a title (`set_as_a_title`), ending no sentence, right over a heading naming a section
    of an essay ("Introduction")."""
    from ..sites.learning_data import is_essay_heading
    from .page_labels import set_as_a_title

    text = text_and_words(line)[0].strip()
    return isinstance(line, Paragraph) and not ends_sentence(text) and set_as_a_title(text, draft) \
        and is_essay_heading(plain_text(heading.inlines))


_TITLE_HEADING_LINES = 2
"""A title the page marked up as a heading may run to two of a dump's title lines (a title and its subtitle)."""


def title_over_its_first_section(draft: Draft) -> Draft:
    """The essay opens with a heading of its own right over its first section's heading ("Free at the
    Point of Need: …" over "Introduction"): that heading is its title, whatever the page's title names
    (a portfolio's page, a course's workbook). A heading over another that names no part of an essay
    ("Background" over "Early years") is a section over its subsection, left as it is."""
    from ..sites.learning_data import is_essay_heading

    blocks = list(draft.blocks)
    content = [i for i, b in enumerate(blocks) if not isinstance(b, Removed)]
    if len(content) < 3 or not all(isinstance(blocks[i], Heading) for i in content[:2]):
        return draft
    first, section = blocks[content[0]], blocks[content[1]]
    text, words = text_and_words(first)
    if not is_essay_heading(text_and_words(section)[0]) or is_essay_heading(text) or first.level > section.level \
            or words > _TITLE_HEADING_LINES * draft.rules.tuning.title_line_max_words or ends_sentence(text.strip()) \
            or text.strip().casefold() == (draft.title or "").strip().casefold():
        return draft
    blocks[content[0]] = Removed(Kind.TITLE, text)
    return replace(draft, title=text.strip(), blocks=tuple(blocks))
