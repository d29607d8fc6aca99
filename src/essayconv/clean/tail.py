"""Short paragraphs after the essay that speak of something else: the prize's sponsor and next year's
entries under a prize essay the page introduced with its report, a museum's opening hours run on into
its latest news in a text dump. The essay's own lines go on with its words (its topic, its names);
these share almost none of them, or more of the report's."""

from __future__ import annotations

from ..languages import function_words, guess_language
from ..model import BlockQuote, Heading, Paragraph, Removed
from ..regexes import compile_regex
from ..signals import MAIL_SENDER, WEB_ADDRESS, Kind, ends_sentence, without_pictographs
from .draft import Draft, as_removed, text_and_words
from .letters import signed_off
from .page_labels import topic_words
from .structure import looks_like_a_name


def drop_unrelated_tail(draft: Draft) -> Draft:
    """Under an essay the page introduced with its own report (notes set aside above the essay: the
    prize, the winner, the length), from the end, up to `tail_max_blocks` short paragraphs
    (`tail_paragraph_max_words`) that go on with the report's words rather than the essay's (at most
    `tail_max_shared` of their topic words the essay's, or more of them the report's than the
    essay's), after an essay of `tail_essay_min_words` at least: set aside as the page's. A page with
    no report of its own keeps its last lines: an essay's close may well reach for new words ("The
    night sky is part of our shared heritage …")."""
    tuning = draft.rules.tuning
    blocks = list(draft.blocks)
    kept = [i for i, b in enumerate(blocks) if not isinstance(b, Removed)]
    stop = topic_words(" ".join(function_words()))  # ("with", "their", "because" are no topic)
    report = set().union(*(topic_words(b.text) for b in blocks[:kept[0]] if isinstance(b, Removed)
                           and b.kind in (Kind.NOTE, Kind.LETTER))) - stop if kept else set()
    if not report:
        return draft
    tail: list[int] = []
    for index in reversed(kept[-tuning.tail_max_blocks:]):
        block = blocks[index]
        text, words = text_and_words(block)
        own = topic_words(text) - stop
        if not isinstance(block, Paragraph) or words > tuning.tail_paragraph_max_words or len(own) < tuning.tail_min_topic_words:
            break
        essay = [i for i in kept if i < index]
        essay_words = sum(text_and_words(blocks[i])[1] for i in essay)
        vocabulary = set().union(*(topic_words(text_and_words(blocks[i])[0]) for i in essay)) - stop if essay else set()
        shared = len(own & vocabulary)
        if essay_words < tuning.tail_essay_min_words or (shared > tuning.tail_max_shared * len(own) and len(own & report) <= shared):
            break
        tail.append(index)
    for index in tail:
        blocks[index] = as_removed(blocks[index], Kind.OUTSIDE_ESSAY)
    return draft.with_blocks(blocks) if tail else draft


_UNTOLD_LINES_MAX = 10
"""Lines at the end too short to tell their language, before any told to be another: the essay's own."""


def drop_translated_tail(draft: Draft) -> Draft:
    """The essay again in another language under it (a translator's output under its source text, a
    summary in a second language): from the end, the paragraphs in a language other than the essay's
    opening's, with the short lines and headings among and over them, set aside as the page's — when
    `translation_min_paragraphs` of them at least are told apart, after an essay of `tail_essay_min_words`.
    A quotation in another language stands in a quote block, inside the essay, and stays."""
    tuning = draft.rules.tuning
    blocks = list(draft.blocks)
    paragraphs = [i for i, b in enumerate(blocks) if isinstance(b, Paragraph)]
    opening = " ".join(text_and_words(blocks[i])[0] for i in paragraphs[:tuning.translation_opening_paragraphs])
    language = guess_language(opening)
    if language is None:
        return draft
    run: list[int] = []
    foreign = 0
    for index in range(len(blocks) - 1, -1, -1):
        block = blocks[index]
        if isinstance(block, Removed):
            continue
        if not isinstance(block, (Paragraph, Heading)):
            break
        guessed = guess_language(text_and_words(block)[0]) if isinstance(block, Paragraph) else None
        if guessed == language or (not foreign and len(run) >= _UNTOLD_LINES_MAX):
            break  # (short lines that tell no language close many essays: past a few, no translation is under them)
        foreign += guessed is not None
        run.append(index)
    taken = set(run)
    essay_words = sum(text_and_words(b)[1] for i, b in enumerate(blocks) if not isinstance(b, Removed) and i not in taken)
    if foreign < tuning.translation_min_paragraphs or essay_words < tuning.tail_essay_min_words:
        return draft
    for index in run:
        blocks[index] = as_removed(blocks[index], Kind.TRANSLATION)
    return draft.with_blocks(blocks)


_SIGN_OFF_MAX_WORDS = 6
"""A writer's sign-off is a line of a few words ("73 de Dave, M0DPX", "— Dave, M0DPX"); a closing sentence is longer."""


def drop_list_footer(draft: Draft) -> Draft:
    """What a mailing list appends under its messages, drawn off by a rule: after the essay's prose, a rule with
    only short lines under it, one of them at least holding a web or mail address ("Order flowers by Thursday:
    http://click…", "eGroups.com home: …", "To unsubscribe, send an email to: list-unsubscribe@…"). The earliest
    such rule counts (an advertisement boxed by two rules, the list's lines under the second)."""
    blocks = draft.blocks
    prose_words = draft.rules.tuning.essay_run_words
    kept = [i for i, b in enumerate(blocks) if not isinstance(b, Removed)]
    seen_prose = False
    for index, block in enumerate(blocks):
        if isinstance(block, Paragraph) and text_and_words(block)[1] >= prose_words:
            seen_prose = True
        if not (seen_prose and isinstance(block, Removed) and block.kind in (Kind.RULE, Kind.FOOTNOTE_RULE)):
            continue
        under = [i for i in kept if i > index]
        if under and len(under) <= _SIGNATURE_MAX_LINES and all(
                isinstance(blocks[i], Paragraph) and text_and_words(blocks[i])[1] <= _SIGNATURE_LINE_MAX_WORDS for i in under) \
                and any(WEB_ADDRESS.fullmatch(word.rstrip(".,;:")) for i in under for word in text_and_words(blocks[i])[0].split()):
            return draft.with_blocks([as_removed(b, Kind.FOOTER) if i in under else b for i, b in enumerate(blocks)])
    return draft


def drop_writers_sign_off(draft: Draft) -> Draft:
    """The essay's last line signing it with a name its byline gave ("by Dave Pummell, M0DPX" above the
    essay, "73 de Dave, M0DPX" under it: a radio amateur's "best regards from"), a few words ending no
    sentence, after prose: the writer's signature, not the essay's close."""
    bylines = [b.text for b in draft.blocks if isinstance(b, Removed) and b.kind == Kind.BYLINE]
    kept = [i for i, b in enumerate(draft.blocks) if not isinstance(b, Removed)]
    if signature := _signature_block(draft, kept):
        return draft.with_blocks([as_removed(b, Kind.BYLINE) if i in signature else b for i, b in enumerate(draft.blocks)])
    if len(kept) < 2 or not (signs_off(draft.blocks[kept[-1]], draft.blocks[kept[-2]], bylines, draft.rules.tuning.essay_run_words)
                             or _signed_under_prose(draft.blocks[kept[-1]], draft.blocks[kept[-2]], draft)):
        return draft
    blocks = list(draft.blocks)
    blocks[kept[-1]] = as_removed(blocks[kept[-1]], Kind.BYLINE)
    return draft.with_blocks(blocks)


_SIGNATURE_MAX_LINES = 6
_SIGNATURE_LINE_MAX_WORDS = 20
"""A mail's signature under its text: a few short lines (the name, a place, a line about the writer), and the list's
own lines the archive appended after them."""


def _signature_block(draft: Draft, kept: list[int]) -> set[int]:
    """The lines after the essay's last paragraph of prose when they open on the writer's sign-off or name ("Amitiés,"
    / "Jérôme"; "Dwight V." / "Berks County, PA" / …) and are all short: the mail's signature, not the essay."""
    # (the last paragraph longer than a signature's line, or the quotation closing the essay: a closing
    # paragraph may be shorter than a run of prose)
    prose = [i for i in kept if isinstance(draft.blocks[i], BlockQuote) or isinstance(draft.blocks[i], Paragraph)
             and text_and_words(draft.blocks[i])[1] > _SIGNATURE_LINE_MAX_WORDS]
    trailing = [i for i in kept if prose and i > prose[-1]]
    if not trailing or len(trailing) > _SIGNATURE_MAX_LINES or any(
            not isinstance(draft.blocks[i], (Paragraph, Heading)) or text_and_words(draft.blocks[i])[1] > _SIGNATURE_LINE_MAX_WORDS
            for i in trailing):
        return set()
    letter = draft.rules.letter
    lines = [without_pictographs(text_and_words(draft.blocks[i])[0].strip()) for i in trailing]
    for at, line in enumerate(lines):
        # (the sign-off may follow the essay's own short closing lines: a quotation's lead, its words)
        if letter.sign_off.match(line) and (at + 1 == len(lines) or len(lines[at + 1].split()) <= letter.name_max_words) \
                and not _a_sentence_among(lines[at + 1:], letter.name_max_words):
            return set(trailing[at:])
    if _a_sentence_among(lines, letter.name_max_words):
        return set()
    sender = {word for b in draft.blocks if isinstance(b, Removed) and (b.kind == Kind.BYLINE or MAIL_SENDER.search(b.text))
              for word in _name_words(b.text)}  # ("From: "Moira Dunnachie" <…>": she signs "Moira")
    # (a name on a line of its own — a heading is a section's label, "Top Picks" over a list — or the sender's)
    named = isinstance(draft.blocks[trailing[0]], Paragraph) and looks_like_a_name(lines[0]) \
        or len(lines[0].split()) == 1 and lines[0].strip(".,") in sender
    return set(trailing) if named and len(trailing) >= 2 else set()


_SENTENCE_STOP = compile_regex(r"[.!?][\"”’»]?$")
"""A line's own full stop (a bracketed remark about the writer, "(Strathearn - one Harris hawk)", ends none)."""


def _a_sentence_among(lines: list[str], name_max_words: int) -> bool:
    """A line longer than a name that ends a sentence: a signature's lines end none (a name, a place, a line about the
    writer), the essay's own short closing lines may."""
    return any(_SENTENCE_STOP.search(line) and len(line.split()) > name_max_words for line in lines)


def _signed_under_prose(last: object, before: object, draft: Draft) -> bool:
    """The essay's last line a signature in a shape no sentence has, under prose: a name after a dash ("-- Alastair")
    or a sign-off and a name ("Until next time, Kirsteen 🌿")."""
    if not isinstance(last, Paragraph) or not isinstance(before, Paragraph):
        return False
    line = without_pictographs(text_and_words(last)[0])
    # (a name after a dash is no line of prose wherever it stands: under the writer's note on a cut, too)
    return draft.rules.letter.signed_name.match(line) is not None \
        or text_and_words(before)[1] >= draft.rules.tuning.essay_run_words and signed_off(last, draft) \
        and not ends_sentence(line) and len(line.partition(",")[2].split()) <= draft.rules.letter.name_max_words
    # (a thank-you in a sentence is the essay's own close: "Thank you, Mrs Okafor, for the crew lists.")


def signs_off(last: object, before: object, bylines: list[str], prose_min_words: int) -> bool:
    """`last` is the writer's sign-off under `before`, the essay's last paragraph of prose: a line or a
    heading of a few words, ending no sentence, naming a name or a handle one of the `bylines` gave. (Also
    asked by site learning, once the site's lines under the essay are gone.)"""
    names = {word for text in bylines for word in _name_words(text)}
    if not names or not isinstance(last, (Paragraph, Heading)) or not isinstance(before, Paragraph):
        return False
    text, words = text_and_words(last)
    return words <= _SIGN_OFF_MAX_WORDS and not ends_sentence(text.strip()) and text_and_words(before)[1] >= prose_min_words \
        and not names.isdisjoint(_name_words(text))


def _name_words(text: str) -> set[str]:
    """The words of a line that may be a person's name or handle: capitalised, or letters and digits mixed
    (a callsign, "M0DPX"), three characters at least."""
    return {word for word in (w.strip(".,;:!?()—–-\"“”") for w in text.split())
            if len(word) >= 3 and (word[0].isupper() or any(c.isdigit() for c in word) and any(c.isalpha() for c in word))
            and word.casefold() != "by"}
