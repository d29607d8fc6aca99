"""The site speaking of itself inside the essay: mills set their sales copy as paragraphs of the
essay, with the essay's own tags and classes ("Every example on Thesisly is written by one of our
vetted writers", "The Casebook team includes writers who can build yours around your readings").
No shape tells it from prose, but its subject does: it names the site, and speaks as the site sells.

The site's names are read from the page itself: its address (`thesisly.example` → "thesisly",
`casebookwriters.example` → "casebookwriters") and the name after its "©" ("© 2025 Casebook
Writers" → "casebook")."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from ..model import BlockQuote, DraftBlock, ListBlock, Paragraph, Removed, Text, block_text, count_words
from ..regexes import compile_regex
from ..signals import WORD, Kind
from .calls import PRICE_OF_WRITING, headline_asks, opens_with_a_question
from .draft import FUNCTION_WORDS, Draft, as_removed, text_and_words

_COPYRIGHT = compile_regex(r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{2,4})?\s*)?,?\s*(?:by\s+)?([^\W\d_][\w&'’.-]*)"
                        r"((?:\s(?-i:[A-Z])[\w&'’-]*){0,3})", re.IGNORECASE)
"""The copyright holder: its first word, then up to three more capitalised ones ("© 2025 by Saltmeadow
Essay Exchange")."""
_LEGAL_FORMS = frozenset(("ltd", "limited", "inc", "llc", "gmbh", "plc", "corp", "company", "group", "media"))
_SECOND_LEVEL = frozenset(("co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc", "nic"))
_MIN_NAME_CHARS = 4
_POSSESSIVE = compile_regex(r"['’]s$")


def _folded(word: str) -> str:
    """Case and accents folded: "Skrivlådan" is the site at skrivladan."""
    if word.isascii():
        return word.lower()  # (no accent to strip, and ASCII folds as it lowers: asked of every capitalised word)
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


def _host(url: str | None) -> str:
    try:
        return (urlsplit(url).hostname or "") if url else ""
    except ValueError:  # a malformed address ("https://[host/…") names nothing
        return ""


def _line_text(block: DraftBlock) -> str:
    """The text of a paragraph or of a record set aside: where a "©" line may stand."""
    return block.text if isinstance(block, Removed) else block_text(block) if isinstance(block, Paragraph) else ""


def _words(text: str) -> set[str]:
    # WORD, not signals.word_set: "writer's" is no "writer", as the passes were tuned
    return {w.casefold() for w in WORD.findall(text)}


def site_names(url: str | None, blocks: tuple[DraftBlock, ...], generic: frozenset[str] | None = None,
               stated: tuple[str, ...] = ()) -> frozenset[str]:
    """The page's names for its own site, folded: its address's name and its copyright holder's (its
    first word; with `generic`, the words a site's name shares with everyday writing, also the
    holder's other capitalised words that are not among them: "Exchange" of "Saltmeadow Essay
    Exchange")."""
    names = set()
    for name in stated:  # "Ashgrove Essay Archive" (og:site_name, the <title>'s site part): its first word
        first = next(iter(WORD.findall(name)), "")
        if _folded(first) not in FUNCTION_WORDS:
            names.add(_folded(first))
    host = _host(url)
    if host:
        labels = [label for label in host.split(".") if label and label != "www"]
        if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
            labels = labels[:-1]
        if len(labels) >= 2:
            names.add(_folded(labels[-2]).replace("-", ""))
    for block in blocks:
        text = _line_text(block)
        if "©" not in text and "opyright" not in text and "(c)" not in text.lower():
            continue
        for match in _COPYRIGHT.finditer(text):
            name = _folded(match.group(1)).strip(".-'’")
            if name not in FUNCTION_WORDS:
                names.add(name)
            if generic is not None:
                names.update(word for word in (_folded(w).strip(".-'’") for w in match.group(2).split())
                             if word not in FUNCTION_WORDS and word not in generic and word not in _LEGAL_FORMS)
    return frozenset(n for n in names if len(n) >= _MIN_NAME_CHARS)


def _names_the_site(text: str, names: frozenset[str]) -> bool:
    """A capitalised word of the text is one of the site's names, or the first part of its address's
    name ("Casebook" of casebookwriters)."""
    for word in WORD.findall(text):
        if not word[0].isupper() or len(word) < _MIN_NAME_CHARS + 1:
            continue
        folded = _POSSESSIVE.sub("", _folded(word))  # "Thesisly's" is the site; "Thesis" keeps its s
        if folded in names or any(name.startswith(folded) and len(folded) >= 6 for name in names):
            return True
    return False


def _sells_writing(text: str, voice: frozenset[str], service: frozenset[str]) -> bool:
    words = _words(text)
    return not words.isdisjoint(service) and not words.isdisjoint(voice)


def _appeals_for_support(text: str, rules) -> bool:  # noqa: ANN001 - Rules
    """The site asks to be kept going: two of its appeal's words ("runs on donations", "this year's
    appeal"; "kept going by volunteers", "becoming a Friend")."""
    return len({m.group(0).casefold() for m in rules.support_appeal.finditer(text)}) >= 2


def _a_writing_site(url: str | None, blocks: tuple[DraftBlock, ...], stems: tuple[str, ...]) -> bool:
    """The site's own name says it sells writing: its address or its "©" holder holds a stem of
    `[buttons] writing_site_stems` ("scrollhouse-essays", "© 2024 Keystone Essays", "lanternpaper")."""
    holders = [match.group(0) for block in blocks for match in _COPYRIGHT_HOLDER.finditer(_line_text(block))]
    return any(stem in _folded(place) for place in (_host(url), *holders) for stem in stems)


_COPYRIGHT_HOLDER = compile_regex(r"(?:©|\(c\)|copyright)[^.|·\n]{0,60}", re.IGNORECASE)


def _calls_out(text: str, voice: frozenset[str], rules) -> bool:  # noqa: ANN001 - Rules
    """A call in one paragraph naming the site: its headline question first, then the site's voice
    ("Typing this up at 2 a.m.? Our night team is awake too: message Keystone on WhatsApp"). Asked
    only on a site whose name sells writing: every shop's blog calls out to its readers so."""
    words = _words(text)
    return opens_with_a_question(text, rules) and not words.isdisjoint(voice)


def _pitches_its_people(text: str, rules) -> bool:  # noqa: ANN001 - Rules
    """The site offering its writers to the reader, whether or not it names itself: "Our writers can
    produce a paper on your own question", "Nos correcteurs rédigent … Vous pouvez aussi leur
    confier votre sujet" — its own voice, who it sells, the reader and writing, in one paragraph
    (a shop's "our experts … you" sells something else); or pricing writing by the page ("commissions
    are open! essays, personal statements and coursework plans from £8 a page")."""
    words = _words(text)
    if PRICE_OF_WRITING.search(text) and not words.isdisjoint(rules.writing_service):
        return True
    return not words.isdisjoint(rules.site_self) and not words.isdisjoint(rules.sellers) \
        and not words.isdisjoint(rules.reader_words) and not words.isdisjoint(rules.writing_service)


_CREDIT = compile_regex(r"[—–―-]\s*((?:an?|one of (?:our|the)|un[ae]?|une|eine?|uno|una) (?:[\w’'.-]+ ){0,3}?([^\W\d_]+))"
                     r"(?:,?\s(?:in|from|at|of|on|en|de|aus|di|da|uit)\b[^.!?]{0,40})?[.)]?$")
"""A quotation's credit to someone not named, last in it: "— a Sixpence reader in Year 11"."""


_FIRST_NAME_CREDIT = compile_regex(r"[—–―-]\s*(?-i:[A-Z][a-z]+)(?: (?-i:[A-Z])\.)?,\s*(?:(?:an?\s|the\s)?(?:[\w’'-]+\s){0,2}?"
                                r"([^\W\d_]+)\b(?:\s(?:of|in|from|at)\b[^.!?]{0,40})?|(year|grade|class|form)\s?\d{1,2}\b[^.!?]{0,40})[.)]?$",
                                re.IGNORECASE)
"""…or to a customer by first name and role, last in it: "— Helen, parent of a Year 9 pupil", "— Leah, Year 12,
Bristol" (a pupil by their school year)."""


def _testimonial(block: DraftBlock, names: frozenset[str], rules) -> bool:  # noqa: ANN001 - Rules
    """A quotation credited to one of the site's customers by the site's name or in its voice ("…came
    out with a grade 8." — a Sixpence reader in Year 11; — one of our students), or by a first name
    and a customer's role when it speaks of the page ("My daughter read this before…" — Helen, parent
    of a Year 9 pupil): the site praising itself between the essay's paragraphs. An essay quotes
    people it does not sell to ("— a librarian at a branch library in my town")."""
    if not isinstance(block, BlockQuote):
        return False
    quoted = block_text(block).strip()
    credit = _CREDIT.search(quoted)
    if credit is not None and credit.group(2).casefold() in rules.customers:
        return not _words(credit.group(1)).isdisjoint(rules.site_self) or bool(names and _names_the_site(credit.group(1), names))
    named = _FIRST_NAME_CREDIT.search(quoted)
    role = named and (named.group(1) or "student")
    return named is not None and role.casefold() in rules.customers and rules.about_the_page.search(quoted[:named.start()]) is not None


def _without_testimonials(blocks: tuple[DraftBlock, ...], names: frozenset[str], rules) -> list[DraftBlock]:  # noqa: ANN001
    """Each run of quotation blocks read as one quotation (the quote and its credit may be two
    paragraphs of one `<blockquote>`): a testimonial goes whole."""
    out = list(blocks)
    index = 0
    while index < len(out):
        end = index
        while end < len(out) and isinstance(out[end], BlockQuote):
            end += 1
        if end == index and _quoted_then_credited(out[index:index + 2]):
            end = index + 2  # (a quotation set as a paragraph in quotation marks, its credit the next: "- Bronwyn T., …")
        if end > index:
            joined = BlockQuote(tuple(span for b in out[index:end] for span in (*b.inlines, Text(" "))))  # type: ignore[union-attr]
            if _testimonial(joined, names, rules):
                out[index:end] = [as_removed(b, Kind.AD) for b in out[index:end]]
        index = end + 1 if end > index else index + 1
    return out


def _quoted_then_credited(pair: list[DraftBlock]) -> bool:
    """A paragraph all in quotation marks, then a paragraph that is only a credit opening on a dash."""
    if len(pair) < 2 or not all(isinstance(b, Paragraph) for b in pair):
        return False
    quoted, credit = (text_and_words(b)[0].strip() for b in pair)
    return quoted[:1] in _OPENING_QUOTES and quoted[-1:] in _CLOSING_QUOTES and credit[:1] in "—–―-" \
        and text_and_words(pair[1])[1] <= _CREDIT_MAX_WORDS


_OPENING_QUOTES, _CLOSING_QUOTES = "\"“„«", "\"”»"
_CREDIT_MAX_WORDS = 12


def drop_site_copy(draft: Draft) -> Draft:
    """A paragraph that speaks as the site sells is the site's copy when it stands alone among the
    essay's paragraphs: one or two such lines between paragraphs that never do. It names the site
    and sells (to the reader, of its writers, its orders, its prices), or it offers the site's
    writers to the reader in the site's voice. (A company's own article names the company
    throughout, from its opening to its close: that is its subject, not copy.)"""
    rules = draft.rules
    names = site_names(draft.url, draft.blocks, rules.writing_service | rules.sellers, draft.site_names)
    draft = draft.with_blocks(_without_testimonials(draft.blocks, names, rules))
    voice = rules.reader_words | rules.button_objects | rules.offer_words | rules.site_voice
    paragraphs = [i for i, b in enumerate(draft.blocks) if isinstance(b, Paragraph)]
    naming = [i for i in paragraphs if names and _names_the_site(text_and_words(draft.blocks[i])[0], names)]
    pitching = [i for i in paragraphs if i not in naming and _pitches_its_people(text_and_words(draft.blocks[i])[0], rules)]
    speaking = naming + pitching
    writing_site = _a_writing_site(draft.url, draft.blocks, rules.writing_site_stems)
    prose = [i for i in paragraphs if i not in speaking and text_and_words(draft.blocks[i])[1] >= rules.tuning.site_copy_prose_words]
    # the company's own article names it in paragraph after paragraph; the page's short lines naming
    # the site (its newsletter's name, its support's signature, a cite box) say nothing of that
    speaking_prose = [i for i in speaking if text_and_words(draft.blocks[i])[1] >= rules.tuning.site_copy_prose_words]
    if not speaking or len(speaking_prose) > rules.tuning.site_copy_max_lines or len(prose) < rules.tuning.site_copy_min_prose:
        return draft
    copy = {i for i in speaking if min(prose) < i < max(prose)  # between the essay's paragraphs
            and text_and_words(draft.blocks[i])[1] <= rules.tuning.site_copy_max_words
            and (i in pitching or _sells_writing(text_and_words(draft.blocks[i])[0], voice, rules.writing_service)
                 or _appeals_for_support(text_and_words(draft.blocks[i])[0], rules)
                 or (writing_site and _calls_out(text_and_words(draft.blocks[i])[0], voice, rules)))}
    # a headline asking the reader right above the copy was its headline ("Essay not going anywhere?")
    copy |= {i - 1 for i in copy if i > 0 and headline_asks(list(draft.blocks[i - 1:i]), rules.tuning)}
    return draft.with_blocks([as_removed(b, Kind.AD) if i in copy else b for i, b in enumerate(draft.blocks)])


def own_page_voice(title: str, blocks: tuple, names: frozenset[str], rules) -> tuple[int, int] | None:  # noqa: ANN001 - Rules
    """(words in the site's voice, words of prose) when the page is the site's own page: its title names the
    site (or one of its own sections, "Press & Media Kit"), and it speaks as the site (its name, "we", "our")
    in most of its prose (any share, under a section's name), naming itself in a few
    paragraphs and speaking of the writing it sells in a few more (a writing service's rewards programme,
    its "Link to us" page). None for any other page (a company's own article sells no writing)."""
    tuning = rules.tuning
    section = rules.site_page_title.search(title.strip()) is not None  # ("Press & Media Kit": its voice may be the third person)
    if not names or not (section or _names_the_site(title, names)):
        return None
    voiced = total = naming = selling = 0
    for block in blocks:
        if isinstance(block, (Paragraph, ListBlock, BlockQuote)):
            text = block_text(block)
            words, named = _words(text), _names_the_site(text, names)
            in_voice = named or not words.isdisjoint(rules.site_self)
            total += (count := count_words(text))
            voiced += count if in_voice else 0
            naming += named
            selling += in_voice and not words.isdisjoint(rules.writing_service)
    if total and (section or voiced >= tuning.own_page_voice_share * total) and naming >= tuning.own_page_naming_min \
            and selling >= tuning.own_page_selling_min:
        return voiced, total
    return None
