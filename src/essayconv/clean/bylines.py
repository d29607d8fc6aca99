"""The writer's name around the essay: a "by <Name>" line above it, a writer's card or a bio
closing it. Each becomes the document's author (when the page gave none) and leaves the body."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from ..model import DraftBlock, Emph, Heading, ListBlock, Paragraph, Removed, Text
from ..regexes import compile_regex
from ..rules import SENTENCE_BREAKS, first_block_rule
from ..signals import HEADING_NEVER_ENDS, Kind, ends_sentence
from .counters import count_in_a_note
from .draft import Draft, text_and_words
from .essay_talk import words_of
from .structure import looks_like_a_name

# What the finder set aside around the essay: a byline is often among it (an author link is "links").
_MAY_HOLD_A_BYLINE = frozenset((Kind.OUTSIDE_ESSAY, Kind.LINKS))


def _byline_name(text: str, draft: Draft) -> str | None:
    """The writer a byline names: "by Priya Raman", or a short line naming the author the page's
    metadata gave ("Kemi Adebayo, Department of Civil Engineering")."""
    for pattern in draft.rules.bylines:
        match = pattern.match(text.strip())
        if match:
            return match.group("name")
    parts = {p.casefold() for p in re.findall(r"[^\W\d_]{2,}", draft.author or "")}
    words = {w.casefold() for w in re.findall(r"[^\W\d_]{2,}", text)}
    if len(parts) >= 2 and parts <= words and len(text.split()) <= 15 and not HEADING_NEVER_ENDS.search(text.strip()):
        return draft.author
    # (a name alone on its line, or with its places after commas: "Alun Thursby, Hoylake, Wirral")
    name, *places = (part.strip() for part in text.strip().split(","))
    if places and not all(0 < len(place.split()) <= _PLACE_MAX_WORDS and place[:1].isupper() for place in places):
        return None
    return name if looks_like_a_name(name) and _named_by_the_page(name, draft) else None


_PLACE_MAX_WORDS = 3


def _named_by_the_page(name: str, draft: Draft) -> bool:
    """A name alone on its line ("Bastian Amsel") that the page's own lines set aside name as a writer's ("posted
    by …"; not "taught by"), or as a user name of the first name and the surname's initial ("Last edited by
    Bastian A")."""
    first, *rest = name.split()
    if not rest or len(first) < 3:
        return False
    # (named as a writer is: after "by", or as a user name — a table of contents lists headings by their name)
    # (…or as the page's copyright holder: "Copyright (c) 1996 Alun Thursby", a personal site's writer)
    shown = compile_regex(rf"\b(?:written|posted|edited|submitted|uploaded|shared|contributed) by {re.escape(name)}\b"
                          rf"|(?:©|\(c\)|\bcopyright)[\s\d,–-]*{re.escape(name)}\b"
                          rf"|\b{re.escape(first)} {re.escape(rest[-1][0])}\b(?![\w’'])")
    # (the records read as one text, searched once: a page of many records asks this of many names)
    return shown.search("\n".join(b.text for b in draft.blocks if isinstance(b, Removed))) is not None


def extract_byline(draft: Draft) -> Draft:
    """A "by <Name>" line names the writer: it becomes the author, and the line leaves the body —
    above the first real paragraph, or in a writer's card at the end."""
    return _report_after_the_essay(_bio_at_the_end(_byline_at_the_end(_byline_at_the_top(draft))))


def _report_after_the_essay(draft: Draft) -> Draft:
    """Under the page's report on the essay (set aside as notes above its byline: a school's news
    story on a prize), the report's close after the essay: the last paragraphs, each short, naming
    the writer by a name of the byline's in the third person ("Kiara will be recognized at the
    awards luncheon …", "Congratulations, Kiara!"), and the report's bracketed word inside the essay
    naming the writer so ("[Editor's note: the quoted passage is from an interview Kiara recorded
    …]"). The essay does not speak of its writer so."""
    blocks = list(draft.blocks)
    at = next((i for i, b in enumerate(blocks) if isinstance(b, Removed) and b.kind == Kind.BYLINE), None)
    names = {n.casefold() for n in (draft.author or "").split() if len(n) > 2}
    if at is None or len(names) < 2 or not any(isinstance(b, Removed) and b.kind == Kind.NOTE for b in blocks[:at]):
        return draft
    content = [i for i in range(at + 1, len(blocks)) if not isinstance(blocks[i], Removed)]

    def of_the_writer(index: int) -> bool:
        text, words = text_and_words(blocks[index])
        said = words_of(text)
        return isinstance(blocks[index], Paragraph) and words <= draft.rules.note_max_words \
            and not names.isdisjoint(said) and draft.rules.note_first_person.isdisjoint(said)

    closing = list(itertools.takewhile(of_the_writer, reversed(content[len(content) // 2:])))
    closing += [i for i in content if i not in closing and of_the_writer(i)
                and text_and_words(blocks[i])[0].strip().startswith("[") and text_and_words(blocks[i])[0].strip().endswith("]")]
    for index in closing:
        blocks[index] = Removed(Kind.NOTE, text_and_words(blocks[index])[0])
    return draft.with_blocks(blocks) if closing else draft


def byline_under_the_letter(draft: Draft) -> Draft:
    """A byline looked for again once the letter around the essay has gone ("Dear members, …" and the
    chair's news above the prize essay's introduction, its title and "by <Name>"), and the writer's bio
    once the newsletter's notices after the essay have gone ("Orla has walked the coast path …")."""
    return _bio_at_the_end(_byline_at_the_top(draft))


def _bio_at_the_end(draft: Draft) -> Draft:
    """The writer's bio closing the page ("Priya Raman is a Year 13 student at …", "Dilys has swum at the
    lido every summer since 1974."): among the last few lines, a paragraph opening with the author's
    whole name or first name and a verb of a bio, after which only short lines follow."""
    blocks = list(draft.blocks)
    content = [i for i, b in enumerate(blocks) if isinstance(b, (Paragraph, Heading))]
    name = (draft.author or "").strip() or _name_shown_above(blocks, content, draft)
    if len(name.split()) < 2:
        return draft  # a single name ("Admin") opens many of an essay's sentences
    for index in content[-draft.rules.tuning.writer_card_lines:]:
        text, words = text_and_words(blocks[index])
        # (the first name alone where the bio is set in italics, as a newsletter sets its writer's note:
        # "QCY is already embracing …" from a brand that signs as author is the article's own sentence)
        first = name.split()[0] if _in_italics(blocks[index]) else name
        opening = next((n for n in (name, first) if text.strip().startswith(n + " ")), "")
        rest = text.strip()[len(opening):].split(maxsplit=1) if opening else []
        later = [i for i in content if i > index]
        if rest and rest[0].casefold() in draft.rules.bio_verbs and words <= draft.rules.note_max_words \
                and all(text_and_words(blocks[i])[1] <= draft.rules.note_max_words for i in later):
            blocks[index] = Removed(Kind.AUTHOR_BIO, text)
            # (the card's short lines after it go with it, and a list there is the site's: "The author's
            # research interests", "More from the Journal" and its list of other articles)
            for after in range(index + 1, len(blocks)):
                if isinstance(blocks[after], (Paragraph, Heading, ListBlock)):
                    blocks[after] = Removed(Kind.AUTHOR_BIO, text_and_words(blocks[after])[0])
            if later and index and isinstance(blocks[index - 1], Heading):  # (…and the card's label over it: "About the author")
                blocks[index - 1] = Removed(Kind.AUTHOR_BIO, text_and_words(blocks[index - 1])[0])
            return replace(draft, blocks=tuple(blocks))
    return draft


_OPENING_NAME = compile_regex(r"^(?-i:[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2}) (?=\w)")
"""A paragraph opening on a person's whole name: "Idris Pellow is a third-year …"."""


def _name_shown_above(blocks: list, content: list[int], draft: Draft) -> str:
    """The name a closing paragraph opens with before a verb of a bio, when the page showed it above the
    essay (its header's credit line, set aside: "… Silent Spring at Sixty · Idris Pellow · 3–4 minutes"):
    the writer's, though the page gave no byline to read."""
    above = " ".join(b.text for b in blocks[:content[0]] if isinstance(b, Removed)) if content else ""
    for index in content[-draft.rules.tuning.writer_card_lines:]:
        text = text_and_words(blocks[index])[0].strip()
        match = _OPENING_NAME.match(text)
        name = match.group(0).strip() if match else ""
        verb = text[match.end():].split(maxsplit=1)[0].casefold() if match and text[match.end():].strip() else ""
        # (the essay's own subject is named all through it: "Mr Obama was speaking to the BBC …" closes an
        # article about him; the writer's name stands in the header and the bio only)
        if name and verb in draft.rules.bio_verbs and name in above and not draft.rules.counter.rest_phrase.search(text) \
                and not any(name in text_and_words(blocks[i])[0] for i in content if i != index):
            # (not the site's notice of what the writer kept back: "Juniper Hale has shared only part of this
            # piece publicly. The other 412 words …")
            return name
    return ""


def _in_italics(block: object) -> bool:
    spans = [s for s in getattr(block, "inlines", ()) if not (isinstance(s, Text) and not s.text.strip())]
    return bool(spans) and all(isinstance(s, Emph) for s in spans)


def _byline_at_the_top(draft: Draft) -> Draft:
    """Only lines above the first real paragraph are looked at."""

    blocks = list(draft.blocks)
    talk: list[int] = []  # the page's word on the essay above its title ("Her essay is printed in full below.")
    for index, block in enumerate(blocks):
        if isinstance(block, Removed) and block.kind not in _MAY_HOLD_A_BYLINE:
            continue
        if isinstance(block, ListBlock) and talk:
            talk.append(index)  # the page's word goes on in a list (a contest's winners, under its announcement)
            continue
        if not isinstance(block, (Paragraph, Heading, Removed)):
            return draft
        text, words = (block.text, len(block.text.split())) if isinstance(block, Removed) else text_and_words(block)
        if talk and isinstance(block, Paragraph) and words <= 30 and (text.strip().rstrip(")]”’\"'").endswith((".", ":"))
                                                                     or _sentences_closing_on_a_cry(text)):
            # the page's word goes on in a short line ("Her essay appears below."; a title may ask or exclaim;
            # a remark in brackets may close it: "… (The assignment asked for 450–700 words.)"; sentences that
            # close on a cry: "… We have not corrected anything. Well done Tobin!")
            talk.append(index)
            continue
        if words > 30:
            if isinstance(block, Removed):
                continue
            if isinstance(block, Paragraph) and sum(text_and_words(blocks[i])[1] > 30 for i in talk) \
                    < draft.rules.tuning.byline_talk_max_paragraphs:
                talk.append(index)  # (its word on the work is checked once a byline is found)
                continue
            return draft
        name = _byline_name(text, draft) or _opened_by_a_byline(text, draft)
        if name and isinstance(block, Removed) and _writers_line_below(blocks, index, draft):
            continue  # the blog post's byline set aside above the page's word on a winner, whose own line follows
        if name and talk and not _essay_under_its_byline(blocks, talk, index, draft):
            return draft  # prose above that says nothing of the work, or no essay under a title: the essay had begun
        if name:
            # A byline the finder left outside the essay stays removed; it still names the writer.
            blocks[index] = block if isinstance(block, Removed) else Removed(Kind.BYLINE, text)
            # Short lines above the byline are the page's header (a kicker, a prize, a dateline); on a
            # page with no title of its own (a mail's subject was an issue label), the heading right
            # above the byline is the essay's title.
            # Under the page's word on the essay, the line right above the byline is the essay's title
            # (the page's own title was the or the prize's).
            title = draft.title
            heading_above = next((i for i in range(index - 1, -1, -1) if isinstance(blocks[i], Heading)), None) \
                if title is None else None
            if heading_above is None and index and _title_line(blocks[index - 1], draft) \
                    and (not _shown(title, blocks) or draft.rules.title_page_label.search(title or "")):
                # (the page's <title> was a newsletter's issue, shown nowhere in the text, or labels the page:
                # "Bastian A - Beowulf Essay" over the essay's own title line and its writer's name)
                heading_above = index - 1
            if talk and index - 1 > talk[-1] and _line_above(blocks[index - 1]) is not None \
                    and _line_above(blocks[index - 1])[1] <= draft.rules.tuning.title_line_max_words:
                heading_above = index - 1
            claims = (draft.claimed_words, draft.claimed_pages)
            if index and (under := _title_under(blocks, index, index - 1 if heading_above is None else heading_above, draft)) is not None:
                # an entry's label over the byline ("Featured Narrative #1" / "By Caddick T., Period 2. …"), the
                # essay's own title under it: the title is that line, the label the page's
                title, heading_above = text_and_words(blocks[under])[0].strip(), None
                blocks[under] = Removed(Kind.TITLE, title)
            if claims == (None, None) and isinstance(block, Paragraph):
                claims = count_in_a_note(text, draft) or claims  # (the byline's own line may count the essay)
            for earlier in range(index):
                if isinstance(blocks[earlier], ListBlock):
                    blocks[earlier] = Removed(Kind.NOTE, text_and_words(blocks[earlier])[0])
                elif isinstance(blocks[earlier], (Paragraph, Heading)) or earlier == heading_above:
                    line, count = _line_above(blocks[earlier])
                    rule = first_block_rule(draft.rules.blocks, line, count)
                    kind = Kind.TITLE if earlier == heading_above and not rule else rule.kind if rule else \
                        Kind.NOTE if earlier in talk else Kind.METADATA
                    title = line.strip() if kind == Kind.TITLE else title
                    if claims == (None, None) and isinstance(blocks[earlier], Paragraph):
                        claims = count_in_a_note(line, draft) or claims  # (the page's facts above the byline too)
                    blocks[earlier] = Removed(kind, line)
            # (under the page's word on it, the byline names the essay's writer, not the page's)
            return replace(draft, title=title, blocks=tuple(blocks), author=name if talk else draft.author or name,
                           claimed_words=claims[0], claimed_pages=claims[1])
    return draft


_WRITERS_LINE_WITHIN = 6
"""Blocks below a byline set aside in which the essay's own writer's line may stand (the page's word, the title)."""


def _writers_line_below(blocks: list, at: int, draft: Draft) -> bool:
    """A paragraph naming a writer by a byline stands a few blocks below, under a title line: the page's post
    (its byline set aside above) reports an essay, whose writer that line names."""
    below = [i for i in range(at + 1, len(blocks)) if not isinstance(blocks[i], Removed)][:_WRITERS_LINE_WITHIN]
    return any(isinstance(blocks[i], Paragraph) and k and _title_line(blocks[below[k - 1]], draft)
               and _byline_name(text_and_words(blocks[i])[0], draft) for k, i in enumerate(below))


def _title_under(blocks: list, byline: int, above: int, draft: Draft) -> int | None:
    """Where the essay's title line stands right under its byline, when the line over the byline labels the
    page's entry ([title] page_label, task_label: "Featured Narrative #1"), prose following; None otherwise."""
    line = _line_above(blocks[above])
    under = byline + 1
    labels = line is not None and (draft.rules.title_page_label.search(line[0].strip()) or draft.rules.title_task_label.search(line[0].strip()))
    if not labels or under >= len(blocks) \
            or not _title_line(blocks[under], draft):
        return None
    following = next((b for b in blocks[under + 1:] if not isinstance(b, Removed)), None)
    return under if isinstance(following, Paragraph) and text_and_words(following)[1] > draft.rules.tuning.prompt_prose_words else None


def _sentences_closing_on_a_cry(text: str) -> bool:
    """Two sentences or more, the last one asking or exclaiming: a note's closing, never a title line."""
    return ends_sentence(text.strip()) and len(SENTENCE_BREAKS.split(text.strip())) >= 2


def _title_line(block: DraftBlock, draft: Draft) -> bool:
    """A heading, or a line set as one (a magazine's title in large type, a plain line of a few words
    that ends no sentence)."""
    if isinstance(block, Heading):
        return True
    if not isinstance(block, Paragraph):
        return False
    text, words = text_and_words(block)
    return words <= draft.rules.tuning.title_line_max_words and not ends_sentence(text.strip())


def _shown(title: str | None, blocks: list) -> bool:
    wanted = (title or "").strip().casefold()
    return any(wanted == (b.text if isinstance(b, Removed) else text_and_words(b)[0]).strip().casefold()
               for b in blocks if isinstance(b, (Removed, Paragraph, Heading)))


def _essay_under_its_byline(blocks: list, talk: list[int], at: int, draft: Draft) -> bool:
    """Past the page's word on the work (one paragraph of it, at least, naming or counting the work), the
    essay's own title line right above the byline, and its prose after it."""
    from .essay_talk import names_the_work

    line = _line_above(blocks[at - 1]) if at and at - 1 > talk[-1] else None
    title_line = line is not None and line[1] <= draft.rules.tuning.title_line_max_words and not line[0].rstrip().endswith(".")
    prose_after = any(isinstance(b, Paragraph) and text_and_words(b)[1] > draft.rules.tuning.prompt_prose_words
                      for b in blocks[at + 1:])
    return title_line and prose_after and any(
        names_the_work(line, draft.rules) or count_in_a_note(line, draft) is not None
        for line in (text_and_words(blocks[i])[0] for i in talk))


def _line_above(block: DraftBlock) -> tuple[str, int] | None:
    """A line that may be the essay's title over its byline, with its words: a heading or a paragraph, or
    one the finder left outside the essay's box (a centred title set above the box the essay is in)."""
    if isinstance(block, (Paragraph, Heading)):
        return text_and_words(block)
    if isinstance(block, Removed) and block.kind == Kind.OUTSIDE_ESSAY:
        return block.text, len(block.text.split())
    return None


def _opened_by_a_byline(text: str, draft: Draft) -> str | None:
    """A short paragraph above the essay whose first sentence is a byline naming a writer in two words
    or more ("By Jonah L., Year 12. Posted by Mr Haines for our essay unit; I fixed two typos."): the
    credit and the poster's note. ("By Christmas, the river had…" names no one: one word.)"""
    first, *rest = SENTENCE_BREAKS.split(text.strip(), maxsplit=1)
    if not rest:
        return None
    match = next((m for pattern in draft.rules.bylines if (m := pattern.match(first.rstrip(".")))), None)
    return match.group("name") if match and len(match.group("name").split()) >= 2 else None


_BARE_BY = compile_regex(r"(?i)by\b|[^\W\d_]+\s+by\b")
"""A line opening on "by" (or "<a word> by"): a byline's or a quoted poem's credit, never a card alone."""
_WRITER_CARD = compile_regex(r"^(?:written|submitted|posted|uploaded|prepared|sent in|contributed|shared) by\b", re.I)


def _byline_at_the_end(draft: Draft) -> Draft:
    """A writer's card after the essay ("Written by Priya N." over the card's other lines): among the
    last few lines, a short byline line after which only short lines follow names the writer too."""
    blocks = list(draft.blocks)
    content = [i for i, b in enumerate(blocks) if isinstance(b, (Paragraph, Heading))]
    for index in content[-draft.rules.tuning.writer_card_lines:]:
        text, words = text_and_words(blocks[index])
        # a bare "by X" there may close a quoted poem; "Written by X" is the writer's card, and so is a
        # pupil's name and class ("Aysel Məmmədova, 9 „B" sinfi, …": a byline that opens with no "by")
        name = _byline_name(text, draft) if words <= draft.rules.tuning.above_title_max_words else None
        card = _WRITER_CARD.match(text.strip()) or (
            name is not None and not _BARE_BY.match(text.strip()) and any(p.match(text.strip()) for p in draft.rules.bylines))
        name = name if card else None
        later = [i for i in content if i > index]
        if name and all(text_and_words(blocks[i])[1] <= draft.rules.note_max_words for i in later):
            blocks[index] = Removed(Kind.BYLINE, text)
            return replace(draft, blocks=tuple(blocks), author=draft.author or name)
    return draft
