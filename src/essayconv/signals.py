"""Text signals every stage reads, each defined once: what ends a sentence, what a heading-shaped line
looks like, what a date and a note number look like, and the kinds of things removed from a page.

Callers keep their own named cut-offs (a text dump's title may be 14 words, a heading inside the
essay 12): the signal is shared, the threshold is the caller's decision.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from .model import LETTER_MARKS
from .regexes import compile_regex

if TYPE_CHECKING:
    from .model import DraftBlock

# ---------------------------------------------------------------- sentences

CLOSING_MARKS = "\"'”’“‘»«›‹)\\]"
"""Closing quotes and brackets in the languages essays are written in: English ” ’, German “ ‘ (opened
by „ ‚) and » « in either direction, French » ›, and plain quotes and brackets."""

SENTENCE_END = compile_regex(rf"[.!?…:;।॥؟۔。！？][{CLOSING_MARKS}]*$|[\"”“»«)\]]$"
                          rf"|[^\W\d_][.!?…][{CLOSING_MARKS}]*(?:\d{{1,3}}|[¹²³⁰⁴-⁹]{{1,3}})$")
"""What may end a complete sentence or paragraph: the stop (the Devanagari danda "।", the Arabic "؟" and
Urdu "۔", the CJK full stops too), then any closing quotes and brackets; or a closing quote or bracket
alone (a quoted title closing a line); or a word's stop with a footnote's number stuck to it ("… if I can
remember breaking it.2", an export's footnote reference)."""

SENTENCE_INSIDE = compile_regex(rf"[.!?…।॥؟۔][{CLOSING_MARKS}]*\s+\S")
"""A sentence ends somewhere inside the text and another starts."""


def ends_sentence(text: str) -> bool:
    """The text (already trimmed) ends where a sentence can end."""
    return SENTENCE_END.search(text) is not None


def without_pictographs(text: str) -> str:
    """The text (trimmed) without the pictographs closing it, as a blogger signs a line ("Hello, dyers! 🌿")."""
    text = text.rstrip()
    while text and (unicodedata.category(text[-1]) == "So" or text[-1] in "\ufe0f\ufe0e\u200d"):
        text = text[:-1].rstrip()
    return text


# ---------------------------------------------------------------- headings

WORD = compile_regex(rf"[^\W\d_][\w{LETTER_MARKS}’'\-]*")
"""A word as headings and titles count them: letters first, then letters, digits, apostrophes,
hyphens ("Nineteenth-Century", "Women’s")."""

LINK_NUMBER = r"\[\d{1,4}\]"
"""A link's number as a text browser writes it before the link's text (lynx, elinks: "[2]Free essays")."""

LETTERS = compile_regex(r"[^\W\d_]+")
"""A run of letters: the unit the vocabulary tests of the clean passes compare ("you", "writers")."""


def word_set(text: str) -> set[str]:
    """The text's runs of letters, case-folded: what a pass asks of a line's vocabulary."""
    return {w.casefold() for w in LETTERS.findall(text)}


HEADING_NEVER_ENDS = compile_regex(r"[.,;:!…\"”“'’‘»«—–-]$")
"""A heading never ends on a stop, a comma, a colon, a dash or a closing quote: a line that does is
prose or a label. A question mark is allowed ("Why Did Rome Fall?")."""


@dataclass(frozen=True)
class LineShape:
    """How much a line looks like a heading or title, as facts; each caller applies its own cut-offs."""

    words: tuple[str, ...]
    chars: int
    ends_like_prose: bool
    """It ends as a heading never does (HEADING_NEVER_ENDS)."""
    starts_upper: bool
    """Its first character is a capital letter or a digit."""
    ends_on_function_word: bool
    """Its last word is a function word ("…Nova Scotia, has the"): a sentence running on."""
    capitalised_share: float
    """Share of its significant words (not function words) that start with a capital; 0 when none."""
    significant: int
    """How many of its words are not function words."""


def line_shape(text: str, function_words: frozenset[str]) -> LineShape:
    text = text.strip()
    words = tuple(WORD.findall(text))
    significant = [w for w in words if w.lower() not in function_words]
    capitalised = sum(w[:1].isupper() for w in significant)
    return LineShape(words=words, chars=len(text), ends_like_prose=HEADING_NEVER_ENDS.search(text) is not None,
                     starts_upper=text[:1].isupper() or text[:1].isdigit(),
                     # (the last token as written: "The Lisbon Earthquake of 1755" ends on its year, not on "of")
                     ends_on_function_word=bool(words) and words[-1].lower() in function_words
                     and not text.split()[-1].strip("()[].,;:!?").isdigit(),
                     capitalised_share=capitalised / len(significant) if significant else 0.0,
                     significant=len(significant))


BOLD_LINE_NEVER_ENDS = compile_regex(r"[.,;]$")
"""An all-bold line ending like a sentence or a clause is emphasised prose, not a heading."""


def bold_line(block: DraftBlock, max_chars: int) -> bool:
    """A paragraph that is one bold run, short, not ended like a sentence: a heading the page did not
    mark up (the walker reports it as it is; the heading pass decides)."""
    from .model import Paragraph, Strong, plain_text

    if not isinstance(block, Paragraph) or len(block.inlines) != 1 or not isinstance(block.inlines[0], Strong):
        return False
    text = plain_text(block.inlines)
    return len(text) < max_chars and not BOLD_LINE_NEVER_ENDS.search(text)


# ---------------------------------------------------------------- list items

MAIL_SENDER = compile_regex(r"(?:^|\s)(?:from|von|de|da|van|od)\s?:\s[^\n]{0,120}@[\w-]+\.", re.IGNORECASE)
"""A message's sender with an address ("From: Dr Grizel Lennie <g.lennie@teviot.ac.uk>", "Von: …"): what makes
header lines a message's (a Q&A's "A: …" and an event's "Date: …" are no mail's), and names who signs it."""
TYPED_RULE = compile_regex(r"^[_\-–—=─━]{8,}$")
"""A rule typed across the text ("--------", "________", "========"): a plain-text page's <hr>."""
WEB_ADDRESS = compile_regex(r"(?:https?|ftp)://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?", re.I)
"""One word that is a web or mail address ("http://…", "www.…", "list-unsubscribe@host.example",
"eGroups.com", "site.example/path"); matched whole (`fullmatch`) against a word."""
BULLET_LINE = compile_regex(r"^\s*(?:[•▪◦●○■□►‣⁃∙·*]|[-–—](?=\s)(?!.*\s[-–—]\s*$))\s+(?P<rest>.+)$")
"""A bulleted line of text ("• item", "- item"); one framed by dashes on both ends ("— Keep reading: … —")
is a notice, not an item."""

MARKDOWN_HEADING = compile_regex(r"^\s{0,3}(?P<hashes>#{1,6})\s+(?P<text>\S.*?)(?:\s+#+)?\s*$")
"""A Markdown heading line: one to six "#", a space, the heading (a hashtag, "#CarryOnLearning", has no space)."""


# ---------------------------------------------------------------- dates and notes

_DAY_MONTH_YEAR = r"\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+\.? \d{4}"
_MONTH_DAY_YEAR = r"[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}"
_NUMERIC_DATE = r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
_ISO_DATE = r"\d{4}-\d{2}-\d{2}"

DATE_LINE = compile_regex(rf"^(?:[A-Z][a-z]+day,? )?(?:{_DAY_MONTH_YEAR}|{_MONTH_DAY_YEAR}|{_NUMERIC_DATE}|{_ISO_DATE})$")
"""A line that is only a date: "4 May 2025", "May 4th, 2025", "Sunday, March 9, 2025", "5/4/25", "2025-05-04"."""

DATE_IN_LINE = compile_regex(
    rf"(?:^|\s){_NUMERIC_DATE}(?=\s|[A-Za-z]|$)|\b{_MONTH_DAY_YEAR}\b|\b{_DAY_MONTH_YEAR}\b|\b{_ISO_DATE}\b")
"""A date inside a line, even glued to the next field ("3/14/12English Honors")."""

CLOCK_TIME = compile_regex(r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s?[ap]\.?m\b\.?)?(?![\d:])", flags=re.IGNORECASE)
"""A time of day: "3:28pm", "15:05", "10:47:02"."""


LABELLED = compile_regex(r"[^\W\d_][\w ’'-]{0,30}:\s\S")
"""A label and its value ("Sample author: M. R.", "Student: Sofia, Year 13", "Key words: witnesses")."""
OPENS_ON_A_LABEL = compile_regex(r"^[^\W\d_][\w-]{0,20}:\s")
"""A line opening on a one-word label and its colon ("changelog: 2020-11-12 fixed …", "Note: …"): a field of its
own, no sentence going on or cut off."""


def stamped_line(text: str) -> bool:
    """A date with its time of day ("Brian September 29, 2025, 3:28pm 3"): when a post or a message
    was sent, a header's line, never a title."""
    return DATE_IN_LINE.search(text) is not None and CLOCK_TIME.search(text) is not None


YEAR_OR_DATE = compile_regex(rf"\d{{4}}|{_NUMERIC_DATE}")
"""A year or a numeric date anywhere: what ends a printed page's running header."""

NOTE_NUMBER = r"\d{1,3}"
"""A footnote's number: notes run to the hundreds, never to four digits (that is a year)."""

BRACKETED_NOTE_START = compile_regex(rf"^\[({NOTE_NUMBER})\]\s+\S")
"""A note that opens with its bracketed number: "[1] Liss, A Century of …"."""

LABEL_REMARK = compile_regex(r"\s*\([^()]*\)")
"""A label's remark in brackets ("Words (title and this table not counted)", "Words in my essay (not the
title or references)"): what its count leaves out, no part of the label's name."""

PLAIN_NOTE_START = compile_regex(rf"^({NOTE_NUMBER})\s+\S")
"""A note that opens with its plain number ("1 Liss, …"): only under a footnote rule or on a printed
page's foot, where a number opening a line is a note."""


# ---------------------------------------------------------------- what was removed


class Kind(StrEnum):
    """What a removed piece of a page was: the `kind` of a `Removed` record and of the JSON contract's
    `removed` entries. Data files (clutter rules, profiles, user rules) may name kinds of their own;
    these are the ones the code itself decides on or reads."""

    # outside the essay, named by the finder
    OUTSIDE_ESSAY = "outside-essay"
    SITE_CLUTTER = "site-clutter"
    SITE_TEMPLATE = "site-template"
    NAVIGATION = "navigation"
    SIDEBAR = "sidebar"
    FOOTER = "footer"
    FORM = "form"
    POPUP = "popup"
    COMMENTS = "comments"
    LINKS = "links"
    HIDDEN = "hidden"
    PLACEHOLDER = "placeholder"
    # the page's furniture around the essay
    TITLE = "title"
    METADATA = "metadata"
    FRONT_MATTER = "front-matter"  # a Markdown dump's YAML fields: the converter's (its word_count is the tool's own)
    BANNER = "banner"
    BYLINE = "byline"
    DATELINE = "dateline"  # a news story's "DENVER -- ": where it was filed
    HEADER = "header"
    STUDENT_HEADER = "student-header"
    RUNNING_HEADER = "running-header"
    COVER_PAGE = "cover-page"
    SITE_TOC = "site-toc"
    PAGINATION = "pagination"
    BUTTON = "button"
    PAGE_NUMBER = "page-number"
    END_MARK = "end-mark"  # a magazine's lone "■" after the article
    CONTENTS_LINE = "toc"
    """A dotted contents line of a printed document ("Introduction ....... 3")."""
    NOTE = "note"
    """A note about the essay (a grade, a signed comment), not part of it."""
    AUTHOR_BIO = "author-bio"
    CAPTION = "caption"
    """A picture's caption or credit between the essay's paragraphs ("Photo: a Saturday shift")."""
    GALLERY = "gallery"
    """A slideshow's slides, each headed "N/M" ("1/50 United goin down"): pictures and captions, not the article."""
    NOTEBOOK_CELL = "notebook-cell"
    """A notebook's code cell or its output between the essay's prose cells (Jupyter Book, nbsphinx)."""
    TRANSLATION = "translation"
    """The essay again in another language under it: a translator's output beside its source text."""
    EMBED = "embed"
    """A post embedded from a social network (its writer's name and @handle, its text, its date) or a link's
    preview card (a linked title and the site's domain), set between an essay's parts."""
    PULL_QUOTE = "pull-quote"
    REPEATED = "repeated"  # the essay's text shown again whole (a viewer's "Unformatted text preview")
    """A sentence of the essay shown again beside it, large (a magazine's pull quote)."""
    LETTER = "letter"
    """The letter around an essay sent by mail: the greeting and note above it, the signature and the
    quoted message below it."""
    # clutter phrases (data/clutter.toml)
    TEASER = "teaser"
    RELATED = "related"
    PAYWALL = "paywall"
    AD = "ad"
    CITE_BOX = "cite-box"
    SUMMARY_BOX = "summary-box"
    GLOSSARY = "glossary"
    DOWNLOAD = "download"
    DISCLAIMER = "disclaimer"
    SHARE = "share"
    COOKIE_NOTICE = "cookie-notice"
    SITE_PROMO = "site-promo"
    EMPTY_CITATION = "empty-citation"
    # the end of the essay
    PREVIEW_END = "preview-end"
    REFERENCES_HEADING = "references-heading"
    AFTER_REFERENCES = "after-references"
    FOOTNOTE_RULE = "footnote-rule"
    NOTE_CALL = "note-call"
    """A superscript note number glued to the text ("… in 1914.¹"), linking to its note: the notes are read
    as the reference list, the number recorded here (read into the text it would make "1914.1")."""
    RULE = "rule"  # a line drawn across a text dump over anything but notes ("=====" under a title block)
    PATCH = "patch"
    """A version-control file's own lines around the essay's text: a patch's mail header, diffstat and the other
    files it changes; an RCS archive's admin part, description and older revisions (extract/rcs.py)."""
    RECORD = "record"
    """A field of the record the essay was exported in (a form's entry as CSV: the pupil's name, e-mail, school)."""
    SHELL_SESSION = "shell-session"
    """A terminal session's own lines around the output that is the essay: its prompts, commands, other outputs."""
    SIGNATURE = "signature"
    """A signature around the essay's text: OpenPGP's armour line, its header and its signature block."""


SET_ASIDE_WHOLE = frozenset((Kind.OUTSIDE_ESSAY, Kind.SITE_CLUTTER, Kind.RECORD))
"""Removed by the finder as whole elements; the cleaning passes may still read their lines (a title,
a word banner) but never put them back."""
HIDES_TEXT = frozenset((Kind.PLACEHOLDER,))
"""Stands where the site hid text: a gap follows."""
COUNTED_WALLS = frozenset((Kind.PAYWALL, Kind.AD, Kind.TEASER, Kind.NAVIGATION, Kind.PAGINATION))
"""Records that may be a wall counting what it hides ("For enrolled students: the remaining 344 words …"), or a
pager counting what the next page holds ("Continued overleaf: 244 more words on the next page »")."""
LABELS_A_LIST = frozenset((Kind.SUMMARY_BOX,))
"""A label whose list below it goes with it."""
ADVERTISING = frozenset((Kind.AD, Kind.PAYWALL))
"""Sales copy: a short line sandwiched between two of these goes with them."""
OTHER_ESSAYS = frozenset((Kind.RELATED, Kind.COMMENTS, Kind.LINKS))
"""What shows other essays or other people's words: a word count in it is not this essay's."""


_SERIES_LABEL = compile_regex(r"^\S.{0,40}?\S\s?[:：]\s*$")
_SERIES_LABEL_MAX_WORDS = 4


def labelled_title(line: str, title: str) -> str | None:
    """The title, when a line shows it after a series label and its colon ("Dissert' n°2 : Bread and Beer in
    the Fens", "Devoir n°4 : …"): a label of a few words, before a title of three words or more; else None."""
    line, title = line.strip(), title.strip()
    if len(title.split()) < 3 or len(line) <= len(title) or not line.casefold().endswith(title.casefold()):
        return None
    label = line[:len(line) - len(title)]
    return line[len(label):] if _SERIES_LABEL.match(label) and len(label.split()) <= _SERIES_LABEL_MAX_WORDS else None


_CONTENT_WORD = compile_regex(rf"[^\W\d_][\w{LETTER_MARKS}]{{3,}}")  # (a vowel sign inside a Devanagari word)
_TOPIC_STEM = 6
"""Letters of a word that name its topic whatever its ending ("histor-y", "histor-ians")."""


def topic_words(text: str) -> set[str]:
    """A line's longer words, case-folded, by their first letters (a plural's "s" and the endings of
    one word's forms apart: "certainty" and "Certain", "insects" and "Insect"): what it is about. Read by the
    title passes (clean/page_labels) and the page's title (extract/html/page_title)."""
    return {w.casefold().removesuffix("s")[:_TOPIC_STEM] for w in _CONTENT_WORD.findall(text)}
