"""Calls to action, whatever their wording: a button ("Download this sample", "Order now — 15% off"),
a whole call in one paragraph (a pitch that asks or speaks to the reader, closed by a button), and a
call laid out as lines (a headline question, a line or two of pitch, then the button). In HTML the
box around one says as much first (extract/html/actions.py); these read what is left in the blocks."""

from __future__ import annotations

import re

from ..model import DraftBlock, Heading, Link, Paragraph, Removed, Strong, Text, count_words, paragraph, plain_text
from ..regexes import compile_regex
from ..rules import Rules
from ..signals import ADVERTISING, Kind, word_set
from ..tuning import Tuning
from .draft import as_removed, inlines_of, text_and_words

_CTA_PARTS = compile_regex(r"(?<=[?!])\s+|\s*[|·•]\s*")
_TEXT_BUTTON = compile_regex(r"\s\[([^\[\]]{2,30})\]\s*$")
"""A button as a text browser draws it, closing a line: "… in under 12 hours. [Rewrite it for me]"."""


_GLUED_WORDS = compile_regex(r"[A-Z][a-z]+")


def is_call_to_action(block: DraftBlock, rules: Rules) -> bool:
    """A short paragraph that is only buttons or links: it opens with a button verb and names what
    it sells or where it leads ("Download this sample", "Order now — 15% off", "Continue with
    Google"), perhaps after a short question ("Already a member? Log in"), or it is all links;
    never a sentence ending in a full stop."""
    tuning = rules.tuning
    if not isinstance(block, Paragraph):
        return False
    text = text_and_words(block)[0].strip()
    if not text or text.endswith((".", ",", ";", ":")):
        return False  # (before the count: most paragraphs of prose end so)
    words = count_words(text)  # words, not tokens: a framing dash or a "·" is no word
    if words > tuning.cta_max_words:
        return False
    if _TEXT_BUTTON.fullmatch(" " + text):
        return True  # a text browser draws a button as "[Rewrite it for me]"
    spans = [s for s in inlines_of(block) if not (isinstance(s, Text) and not s.text.strip())]
    if spans and all(isinstance(s, Link) for s in spans) and words <= tuning.cta_max_words // 2:
        return True
    parts = [p for p in _CTA_PARTS.split(text) if p.strip()]
    if not parts:
        return False
    glued = _GLUED_WORDS.findall(text)
    if len(glued) >= 2 and "".join(glued) == text and all(_button_verb_at_an_edge(word, rules) for word in glued):
        return True  # a row of buttons whose labels a dump ran together: "ListenBookmarkPrint"
    if len(parts) >= 2 and all(_button_verb_at_an_edge(part, rules) for part in parts):
        return True  # a row of buttons, as a dump keeps it: "Print this essay · Save as PDF · Email to a friend"
    *questions, last = parts
    if not _button_verb_at_an_edge(last, rules):
        return False
    named = {w.casefold() for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text)} & rules.button_objects
    return all(q.endswith("?") for q in questions) and (bool(named) or bool(re.search(r"\d|[%$€£]", text)))



def pitch_ending_in_a_button(block: DraftBlock, rules: Rules, under_asking_headline: bool = False) -> bool:
    """One paragraph holding a whole call to action: a short pitch that asks the reader or speaks to
    them, closed by a link that is a button ("… get a price in minutes. [Order now]"). Under a
    headline that asks ("Need it by tomorrow?") the call is already half made: a short link opening
    with a button verb ("Order today") is its button, when the pitch names a price or speaks to the
    reader."""
    if not isinstance(block, Paragraph) or text_and_words(block)[1] > rules.tuning.action_box_max_words:
        return False  # (a paragraph longer than a box is no call: not searched for its button)
    spans = [s for s in inlines_of(block) if not (isinstance(s, Text) and not s.text.strip())]
    text, words = text_and_words(block)
    drawn = _TEXT_BUTTON.search(text)  # a text browser draws a button as "[Rewrite it for me]"
    link = _button_link(spans, text, rules)
    if drawn is not None:
        button = drawn.group(1).strip()
        text = text[:drawn.start()] + button
    elif link is None:
        return False
    else:
        button = plain_text(link.children).strip()
    if words > rules.tuning.action_box_max_words or not button:
        return False
    under_asking_headline = under_asking_headline or opens_with_a_question(text, rules)
    pitch = text[: len(text) - len(button)].strip() if text.endswith(button) else text
    spoken_to = not word_set(pitch).isdisjoint(rules.reader_words)
    # a link is a button when it reads as one ("Place an urgent order"; a drawn "[…]" is one already);
    # under an asking headline, a few words opening with a button verb ("Order today") are one too,
    # when the pitch sells something
    reads_as_button = drawn is not None or is_call_to_action(paragraph(button), rules)
    if not reads_as_button and not (under_asking_headline and _button_verb_at_an_edge(button, rules)
                                    and count_words(button) <= rules.tuning.cta_max_words // 2):
        return False
    pitch_words = word_set(pitch)
    offers = _PRICE.search(pitch) is not None or not pitch_words.isdisjoint(rules.offer_words)
    # a true button under an asking headline needs only a pitch in the site's voice ("Our night-shift
    # writers take urgent orders…"), not a price; without a headline, one that is both the site
    # speaking and selling writing ("Our editors have a checklist for counter-arguments…")
    sells = not pitch_words.isdisjoint(rules.site_voice | rules.writing_service)
    site_sells = not pitch_words.isdisjoint(rules.site_voice) and not pitch_words.isdisjoint(rules.writing_service)
    # (…or a true button closing a short pitch that names an offer: "Members … get 10 free credits when they
    # sign up. [Sign up - it's free]")
    return "?" in pitch or spoken_to or (under_asking_headline and (offers or (reads_as_button and sells))) \
        or (reads_as_button and site_sells and words <= rules.tuning.action_box_max_words // 2) \
        or (drawn is None and reads_as_button and offers)  # (a link that is a button: a bracketed remark is drawn as one)


def priced_call(block: DraftBlock, rules: Rules) -> bool:
    """A short line opening with a button's verb and naming a price: the site selling in one sentence
    ("Book a one-to-one session with Dr Mensah: £38 an hour, online or in Leeds.")."""
    if not isinstance(block, Paragraph):
        return False
    text, words = text_and_words(block)
    first = _FIRST_WORD.match(text)
    return words <= rules.tuning.action_box_max_words // 2 and first is not None \
        and first.group(1).casefold() in rules.button_verbs and _MONEY.search(text) is not None


_MONEY = compile_regex(r"[$€£¥]\s?\d|\d\s?(?:[$€£¥]|usd|eur|gbp)\b", re.I)
"""An amount of money ("£38", "9,90 €"): a line offering a service for it sells (a percentage may be a
speed test's figure)."""


def _button_link(spans: list, text: str, rules: Rules) -> Link | None:
    """The link that may be the call's button: the paragraph's last span; or, in a paragraph opening
    with a question, a link opening with a button verb wherever it stands ("need one on your own
    topic? 👉 fill in the commission form and i'll reply within a day")."""
    if len(spans) >= 2 and isinstance(spans[-1], Link):
        return spans[-1]
    if not opens_with_a_question(text, rules):
        return None
    return next((s for s in reversed(spans) if isinstance(s, Link)
                 and _button_verb_at_an_edge(plain_text(s.children), rules)), None)


_PRICE = compile_regex(r"[$€£¥]\s?\d|\d\s?[$€£¥]|\d(?:[.,]\d\d)?\s?(?:per|a|an|/)\s?(?:page|word|essay|paper|month|week)\b|\d\s?%", re.I)
"""A price or an offer in a pitch: "$11", "9.95 per page", "15 %"."""
PRICE_OF_WRITING = compile_regex(r"(?:[$€£¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£¥]|usd|eur|gbp))\s?(?:per|a|an|/|pro|par|por|al)\s?"
                              r"(?:page|word|essay|paper|seite|wort|page|mot|página|palabra|pagina|parola)\b", re.I)
"""A price of writing by the page or the word ("from £8 a page", "$11.50 per page", "9,90 € pro Seite")."""


_FIRST_WORD = compile_regex(r"[\W\d_]*?([^\W\d_]+)")  # past a framing dash or an arrow
_LAST_WORD = compile_regex(r"([^\W\d_]+)[\W\d_]*$")  # before a closing arrow


def _button_verb_at_an_edge(text: str, rules: Rules) -> bool:
    """A button's verb opens it ("Order now", "Commandez maintenant") or, in German and Dutch, may
    close it ("Jetzt Korrektur anfragen", "Offerte aanvragen")."""
    first_word = _FIRST_WORD.match(text)
    if first_word is not None and first_word.group(1).casefold() in rules.button_verbs:
        return True
    last_word = _LAST_WORD.search(text)
    return last_word is not None and last_word.group(1).casefold() in rules.button_closing_verbs


def _all_bold(block: DraftBlock) -> bool:
    """A line set all in bold: a headline the page did not mark up."""
    return isinstance(block, Paragraph) and len(block.inlines) == 1 and isinstance(block.inlines[0], Strong)


def _asks(block: DraftBlock) -> bool:
    """A line asking or calling out to the reader ("Stuck on your essay?", "Deadline tonight!")."""
    text = block.text if isinstance(block, Removed) else text_and_words(block)[0]
    return text.rstrip().endswith(("?", "!"))


_OPENING_QUESTION = compile_regex(r"^\s*(?:[^.!?]|\.(?=\S)){3,120}\?(?=\s)")
"""A first sentence asking: no full stop before its "?", but an abbreviation's ("at 2 a.m.?") may be."""


def opens_with_a_question(text: str, rules: Rules) -> bool:
    """The paragraph's first sentence asks the reader, headline-short ("Homework piling up? …"): the
    call's headline set in its own paragraph."""
    match = _OPENING_QUESTION.match(text)
    return match is not None and count_words(match.group(0)) <= rules.tuning.action_headline_max_words


def _headline_and_pitch(block: DraftBlock, rules: Rules) -> bool:
    """One short paragraph over a button holding the call's asking headline and its pitch, the pitch
    speaking to the reader or in the site's voice ("Stuck between a 6 and a 7? Most students who book
    three sessions with us move up a grade.")."""
    if not isinstance(block, Paragraph):
        return False
    text, words = text_and_words(block)
    headline = _OPENING_QUESTION.match(text)
    if words > rules.tuning.action_box_max_words or headline is None or not opens_with_a_question(text, rules):
        return False
    pitch = word_set(text[headline.end():])
    return bool(pitch) and not pitch.isdisjoint(rules.reader_words | rules.site_voice)


def call_without_a_button(block: DraftBlock, rules: Rules, under_asking_headline: bool, button_under: bool = False) -> bool:
    """Under a headline asking the reader ("Teacher wants 400 words by Friday?"), a short line in the
    site's voice or to the reader naming who it sells ("Tell us the topic and a writer starts on it
    tonight", "Text ORCHARD to 60777 and a writer will call you back") or naming an offer: a call
    whose button is the whole card, or none. With the call's button right under it (`button_under`: "Hand
    over the brief"), the site's voice is enough ("Send the brief to our night desk and wake up to a plan")."""
    if not isinstance(block, Paragraph):
        return False
    text, words = text_and_words(block)
    if words > rules.tuning.action_box_max_words or not (under_asking_headline or opens_with_a_question(text, rules)):
        return False  # (the length first: at most a box's, whatever else holds)
    said = word_set(text)
    # its question set in bold as the call's headline, the pitch may run to a box's length
    most = rules.tuning.action_box_max_words if _bold_lead(block) else rules.tuning.action_box_max_words // 2
    in_site_voice = not said.isdisjoint(rules.site_voice | rules.reader_words)
    speaks_of_sellers = in_site_voice and not said.isdisjoint(rules.sellers)
    boxed = under_asking_headline and button_under and in_site_voice
    return words <= most and (speaks_of_sellers or boxed or _question_then_offer(text, rules))


def _question_then_offer(text: str, rules: Rules) -> bool:
    """A line asking the reader, then making an offer in the same paragraph ("Revising this week? Code
    MODEL10 takes 10% off any pack until Sunday", "Buying for a class? … a teacher's discount at
    checkout"): a shop's. (An FAQ's answer under its question heading may name prices: not this.)"""
    question = _OPENING_QUESTION.match(text)
    if question is None or count_words(question.group(0)) > rules.tuning.action_headline_max_words:
        return False
    rest = text[question.end():]
    return rules.deal.search(rest) is not None


def _bold_lead(block: DraftBlock) -> bool:
    """The paragraph opens with a bold run ending in a question: "**Got an essay due?** Tell us …"."""
    spans = [s for s in inlines_of(block) if not (isinstance(s, Text) and not s.text.strip())]
    return bool(spans) and isinstance(spans[0], Strong) and plain_text(spans[0].children).rstrip().endswith("?")


def headline_asks(kept: list[DraftBlock], tuning: Tuning) -> bool:
    """The block kept last is a call's headline: a few words asking the reader ("Need it by tomorrow?")."""
    previous = kept[-1] if kept else None
    if not isinstance(previous, (Heading, Paragraph)):
        return False
    text, words = text_and_words(previous)
    return text.rstrip().endswith("?") and words <= tuning.action_headline_max_words


def _calls_as_a_heading(block: DraftBlock, rules: Rules) -> bool:
    """A few words of heading opening on a button's verb ("Join the Quay Club", "Unlock every sample"): over
    the box it heads, taken out as a call, it is the call's headline, never a section of the essay."""
    if not isinstance(block, Heading):
        return False
    text, words = text_and_words(block)
    first = _FIRST_WORD.match(text.strip())
    return words <= rules.tuning.action_headline_max_words and first is not None and first.group(1).casefold() in rules.button_verbs


def pitch_before_button(blocks: list[DraftBlock], rules: Rules) -> list[DraftBlock]:
    """A call to action laid out as lines (a text dump, or a box the finder could not see): a headline
    asking the reader a question, a line or two of pitch that speaks to the reader or names a price,
    then the button ("Struggling to start your essay? / An expert can draft it for you, from $11 a
    page. / Get started"). The button was already taken out; its headline and pitch go with it. The
    same shape as extract/html/actions.py, read from the blocks."""
    tuning = rules.tuning
    out = list(blocks)
    for index, block in enumerate(blocks):
        if not (isinstance(block, Removed) and (block.kind == Kind.BUTTON or block.kind in ADVERTISING or (
                block.kind == Kind.LINKS and is_call_to_action(paragraph(block.text), rules)))):
            continue  # a button, or a link set apart that reads as one ("Start a draft")
        if block.kind in ADVERTISING and count_words(block.text) >= tuning.action_pitch_min_words \
                and opens_with_a_question(block.text, rules):
            continue  # the call came out whole, its asking headline in it: what stands before it is not its pitch
        if index and _calls_as_a_heading(out[index - 1], rules):
            out[index - 1] = as_removed(out[index - 1], block.kind)  # the box's heading, a call itself: "Join the Quay Club"
            continue
        if index and _headline_and_pitch(out[index - 1], rules):
            out[index - 1] = as_removed(out[index - 1], block.kind)  # "Stuck between a 6 and a 7? Most students who book with us…"
            continue
        pitch: list[int] = []
        cursor = index - 1
        while cursor >= 0 and len(pitch) < tuning.action_pitch_max_lines and isinstance(out[cursor], Paragraph) \
                and not _asks(out[cursor]) and not _all_bold(out[cursor]):  # a bold line is the headline
            pitch.insert(0, cursor)
            cursor -= 1
        # the headline may be taken already ("Need this essay rewritten?" reads as a button itself); the
        # pitch may be the removal itself (its pitch and button in one line, taken as an advertisement)
        whole = not pitch and block.kind in ADVERTISING and count_words(block.text) >= tuning.action_pitch_min_words
        if (not pitch and not whole) or cursor < 0 or not isinstance(out[cursor], (Paragraph, Heading, Removed)):
            continue
        if isinstance(out[cursor], Removed) and not (out[cursor].kind == Kind.BUTTON or out[cursor].kind in ADVERTISING):
            continue
        headline_words = count_words(out[cursor].text) if isinstance(out[cursor], Removed) else text_and_words(out[cursor])[1]
        texts = [text_and_words(out[i]) for i in pitch] or [(block.text, count_words(block.text))]
        words = headline_words + sum(n for _, n in texts)
        spoken_to = any(not word_set(text).isdisjoint(rules.reader_words) for text, _ in texts)
        # a slogan for a headline ("Your thesis, our craft.") over one line of pitch that speaks to the
        # reader and sells writing (a landing page's every section is a slogan over a pitch selling
        # something else, and is that page's content): a call all the same, though it asks nothing
        sells = any(not word_set(text).isdisjoint(rules.writing_service) for text, _ in texts)
        slogan = headline_words <= tuning.action_slogan_max_words and sells and (
            (isinstance(out[cursor], Heading) and len(pitch) == 1 and spoken_to)  # a heading over its own pitch line
            or (_all_bold(out[cursor]) and len(pitch) <= 1))  # a bold line: the page's heading would be marked up
        if not (_asks(out[cursor]) or slogan) or headline_words > tuning.action_headline_max_words \
                or words > tuning.action_box_max_words or any(n < tuning.action_pitch_min_words for _, n in texts):
            continue
        if whole or spoken_to or any(re.search(r"[$€£%]|\d", text) for text, _ in texts):
            for i in (cursor, *pitch):
                out[i] = as_removed(out[i], block.kind)
    return out
