"""Plain-text dumps of pages (copy-paste, `lynx -dump`, text pulled out of PDFs) → blocks.

Two shapes reach us. Copy-paste dumps keep one paragraph per line, so every line is a block.
PDF-derived text is hard-wrapped at a fixed width, hyphenates words at line ends and carries
running headers and page numbers; its lines are re-joined into paragraphs by the line reader
(`lines.py`, shared with HTML text layers). What is a dump's alone is its top: the site's menu,
name and breadcrumb above the title, and the title line itself.
"""

from __future__ import annotations

import html
import re

from ..model import Removed, count_words
from ..profiles import TEXT_RECOGNISED_AT, Profile, recognise
from ..regexes import compile_regex
from ..rules import Rules, clutter_kind, load_rules
from ..signals import LINK_NUMBER, MARKDOWN_HEADING, YEAR_OR_DATE, Kind, ends_sentence, line_shape
from ..tuning import Tuning
from . import Extracted
from .lines import blocks_of, read_lines, title_like
from .markdown import FRONT_MATTER_MAX_LINES, front_matter_length
from .printed import heading_block_over_title, wrap_width

# "Monografias.com > Educación": a site's path above the title, even with one step
_BREADCRUMB = compile_regex(r"^(?!.*[.!?](?:\s|$))[^›»>]{1,60}\s[›»>]\s.{1,60}$")


# "Essays  Topics  Writing Guides  Log in", "Home | Essays | About": a menu copied as one line
_MENU_LINE = compile_regex(r"^\s*(?:[^\s|·•][^|·•]{0,24}?(?:\s{2,}|\s[|·•]\s)){2,}[^|·•]{1,24}$")


# A line that is one link as a text browser numbers it ("[1]Essay Granary": the site's logo), an item
# of a list of them ("* [2]Free essays"), or a trail of them ("[7]Home > [8]Essays > …"): the page's
# links, never its title.
_LINKED_LINE = compile_regex(rf"^\s*(?:[*+o•-]\s+)?{LINK_NUMBER}[^\[\]]{{1,60}}$"
                          rf"|^\s*{LINK_NUMBER}[^\[\]]{{1,40}}\s[›»>/|]\s{LINK_NUMBER}"  # …or a trail of them
                          # …or one link as html-to-text writes it, its target after it ("Get help [/help]")
                          r"|^\s*(?:[*+o•-]\s+)?[^\[\]]{1,60}\s\[(?:/|https?://|#|mailto:)[^\]\s]*\]/?\s*$")


def _site_name_line(groups: list[tuple[int, list[str]]], tuning: Tuning) -> int:
    """1 when the dump opens with the site's name (a line of a few words) over its menu or its
    breadcrumb: the name heads the site's header, it is not the essay's title."""
    if len(groups) < 2 or len(groups[0][1]) != 1 or len(groups[1][1]) != 1:
        return 0
    first, second = groups[0][1][0].strip(), groups[1][1][0]
    if count_words(first) > tuning.site_name_max_words or ends_sentence(first):
        return 0
    return int(bool(_MENU_LINE.match(second) or _BREADCRUMB.match(second.strip())))


_DATE_LINE_MAX_WORDS = 4
"""A date on its own line ("12 March 2024", "Spring term 2025"), under a student's heading block."""


def _leading_menu(groups: list[tuple[int, list[str]]], rules: Rules) -> int:
    """How many opening one-line groups are a site menu: three or more items of one or two words
    on consecutive lines ("bartleby / Search / Essays / Topics / Log in")."""
    tuning = rules.tuning
    count = 0
    for position, (start, group) in enumerate(groups):
        line = group[0].strip()
        if (len(group) != 1 or count_words(line) > tuning.dump_menu_item_words or ends_sentence(line)
                or re.search(r"\d", line) or (position and start != groups[position - 1][0] + 1)):
            break
        count += 1
    if count < len(groups) and YEAR_OR_DATE.search(groups[count][1][0]) and count_words(groups[count][1][0]) <= _DATE_LINE_MAX_WORDS:
        return 0  # name / teacher / course, then a date: a student's heading block, not a menu (a title may hold a year)
    if count >= len(groups):
        return 0
    # when no title-like line follows the run, its last short line is the title itself
    following = groups[count][1][0].strip()
    titled = (len(groups[count][1]) == 1 and (title_like(following, rules.tuning) or _headline(following, rules.tuning))
              and clutter_kind(following, rules) is None
              and not any(banner.match(following) for banner in rules.banners))
    if not titled:
        count -= 1
    return count if count >= tuning.dump_menu_min_items else 0


def _head_kind(position: int, line: str, rules: Rules) -> str:
    """The dump's first line, a few words, is the site's name heading its header; the rest is menu."""
    first = position == 0 and count_words(line) <= rules.tuning.site_name_max_words and not ends_sentence(line.strip())
    return Kind.HEADER if first else Kind.NAVIGATION


def _repeated_title(groups: list[tuple[int, list[str]]], rules: Rules) -> int | None:
    """Where the title stands when the dump's head shows it twice in a row (a select-all copy carries
    the breadcrumb's last step, then the heading): the second showing is the title, and everything
    above it — menu, cookie notice, breadcrumb — is the site's. (A title, a student's heading block,
    then the title again is read line by line as before: those lines are not the site's.)"""
    tuning = rules.tuning
    previous = None
    for index, (_, group) in enumerate(groups[:tuning.dump_head_max_lines]):
        line = group[0].strip()
        if len(group) != 1 or count_words(line) >= tuning.dump_head_prose_words:
            return None  # the essay began: no title showed twice above it
        if line.casefold() == previous and count_words(line) >= 2 and title_like(line, tuning):
            return index
        previous = line.casefold()
    return None


# "Home > Free essays > Society > Libraries", "Home / Free essays / Health & PE": a path of three or more steps
_LONG_BREADCRUMB = compile_regex(r"^(?!.*[.!?](?:\s|$))(?:[^›»>/]{1,40}\s[›»>/]\s){2,}[^›»>/]{1,60}$")


_KICKER = compile_regex(r"^[^·|•]{1,40}(?:\s[·|•]\s[^·|•]{1,40}){2,}$")
"""A strip of three or more short parts ("Politics · Persuasive essay · Undergraduate"): a kicker, never a title."""


def _title_under_breadcrumb(groups: list[tuple[int, list[str]]], rules: Rules) -> int | None:
    """Where the title stands when the dump's head carries the site's path of three or more steps:
    the title-like line right under it; everything above — logo, menu, search box — is the site's."""
    tuning = rules.tuning
    for index, (_, group) in enumerate(groups[:tuning.dump_head_max_lines]):
        line = group[0].strip()
        if len(group) != 1 or count_words(line) >= tuning.dump_head_prose_words:
            return None
        if _LONG_BREADCRUMB.match(line) and index + 1 < len(groups):
            below = index + 1
            if len(groups[below][1]) == 1 and _KICKER.match(groups[below][1][0].strip()) and below + 1 < len(groups):
                below += 1  # a kicker strip under the path ("POLITICS · PERSUASIVE ESSAY · UNDERGRADUATE")
            following = " ".join(line.strip() for line in groups[below][1])  # (a headline wrapped over two lines)
            if len(groups[below][1]) <= 2 and (title_like(following, tuning) or _headline(following, tuning)):
                return below
            return None
    return None


def _headline(line: str, tuning: Tuning) -> bool:
    """A page's headline in sentence case under its path ("Young Writers Award 2025: the winning essay"):
    a capital first, a few words, no sentence end and no date alone."""
    shape = line_shape(line, frozenset())
    return line[:1].isupper() and 3 <= len(shape.words) <= tuning.title_line_max_words and not shape.ends_like_prose \
        and not ends_sentence(line)


def _title_of(groups: list[tuple[int, list[str]]], rules: Rules) -> str | None:
    """A dump opens with the page title alone on a line when the page had one (a record's label, "Name"
    over its value as a table's cells come out one to a line, is none)."""
    if len(groups) < 2 or len(groups[0][1]) != 1:
        return None
    line = groups[0][1][0].strip()
    marked = MARKDOWN_HEADING.match(line)
    line = marked.group("text") if marked else line
    if count_words(line) > 20 or len(line) > 160 or re.search(r"[.,;:]$", line) or line.casefold() in rules.label_names:
        return None
    # (nor is a record's field, its label and value: "TEACHER: Mr. G. Ormsby" under a form's other fields)
    label, colon, _value = line.partition(":")
    return None if colon and label.strip().casefold() in rules.label_names else line


def _front_matter(groups: list[tuple[int, list[str]]]) -> int:
    """How many groups a Markdown file's YAML front matter takes at the dump's top
    (`markdown.front_matter_length`); 0 when there is none. The file's fields, not its text (a
    converter's own count is no count the page stated)."""
    lines = [(position, line) for position, (_start, group) in enumerate(groups[:FRONT_MATTER_MAX_LINES]) for line in group]
    length = front_matter_length([line for _position, line in lines])
    return lines[length - 1][0] + 1 if length else 0


def _dump_head(groups: list[tuple[int, list[str]]], rules: Rules) -> tuple[str | None, list[tuple[int, list[str]]],
                                                                       list[tuple[int, Removed]]]:
    """The top of a dump: the site's own lines above the title (a menu copied one item per line, the
    site's name over its menu, a breadcrumb, a promo strip) set aside, then the title line."""
    head: list[tuple[int, Removed]] = []
    matter = _front_matter(groups)
    if matter:
        fields = [line.strip() for _start, group in groups[1:matter - 1] for line in group]
        head.append((groups[0][0], Removed(Kind.FRONT_MATTER, " | ".join(fields))))
        groups = groups[matter:]
    twice = _repeated_title(groups, rules)
    if twice is None:
        twice = _title_under_breadcrumb(groups, rules)
    if twice is not None:
        head = [(start, Removed(clutter_kind(line.strip(), rules) or _head_kind(position, line, rules), line.strip()))
                for position, (start, group) in enumerate(groups[:twice]) for line in group if line.strip()]
        return " ".join(line.strip() for line in groups[twice][1]), groups[twice + 1:], head
    menu = _leading_menu(groups, rules)
    head.extend((start, Removed(Kind.NAVIGATION, group[0].strip())) for start, group in groups[:menu])
    groups = groups[menu:]
    for _ in range(_site_name_line(groups, rules.tuning)):
        head.append((groups[0][0], Removed(Kind.HEADER, groups[0][1][0].strip())))
        groups = groups[1:]
    while groups and len(groups[0][1]) > 1 and all(_LINKED_LINE.match(line) for line in groups[0][1]):
        head.extend((groups[0][0], Removed(Kind.NAVIGATION, line.strip())) for line in groups[0][1])  # a logo over its menu
        groups = groups[1:]
    while groups and len(groups[0][1]) == 1 and (kind := clutter_kind(groups[0][1][0].strip(), rules)
                                                  or (Kind.NAVIGATION if _BREADCRUMB.match(groups[0][1][0].strip())
                                                      or _MENU_LINE.match(groups[0][1][0])
                                                      or _LINKED_LINE.match(groups[0][1][0]) else None)):
        head.append((groups[0][0], Removed(kind, groups[0][1][0].strip())))
        groups = groups[1:]
    # the site's name and slogan over its menu, after its skip link ("Keswick & … Society" / "Recording the
    # story of our valleys since 1974" / "Menu" / "Home" / …): the header, and the title comes after it
    for above in range(1, _HEADER_LINES_OVER_A_MENU + 1):
        menu = _leading_menu(groups[above:], rules)
        if menu and all(len(group) == 1 and not ends_sentence(group[0].strip()) for _, group in groups[:above]):
            head.extend((start, Removed(Kind.HEADER, group[0].strip())) for start, group in groups[:above])
            head.extend((start, Removed(Kind.NAVIGATION, group[0].strip())) for start, group in groups[above:above + menu])
            groups = groups[above + menu:]
            break
    centred = _centred_title(groups)
    if centred is not None:
        return centred[0], centred[1], head
    over = heading_block_over_title(groups, rules.tuning, title_like)
    if over is not None:
        head.extend((start + offset, Removed(Kind.STUDENT_HEADER, line.strip()))
                    for start, group in groups[:over] for offset, line in enumerate(group))
        return groups[over][1][0].strip(), groups[over + 1:], head
    title = _title_of(groups, rules)
    if title is not None:
        groups = groups[1:]
    return title, groups, head


_CENTRED_TITLE_MAX_LINES = 3
_CENTRED_TITLE_MAX_WORDS = 20
"""A title and its subtitle centred over up to three lines; more words centred there are an epigraph."""
_CENTRING_SLACK = 3
"""A centred line's margins differ by a character or two (an odd length cannot be centred exactly)."""


def _centred_title(groups: list[tuple[int, list[str]]]) -> tuple[str, list[tuple[int, list[str]]]] | None:
    """A printed text's title centred over one to three lines at its top (roff, a typewritten page): the
    title, its lines joined; the centred lines under it (the writer's name, the course, the date) each a
    line of their own, as the page set them, for the heading block's reader. None when the text does not
    open so."""
    width = wrap_width([line for _, group in groups for line in group])
    if width is None or not groups:
        return None

    def centred(line: str) -> bool:
        indent = len(line) - len(line.lstrip())
        return indent >= 2 and abs(indent - (width - len(line.rstrip()))) <= _CENTRING_SLACK

    first = groups[0][1]
    words = count_words(" ".join(first))
    if len(first) > _CENTRED_TITLE_MAX_LINES or not all(centred(line) for line in first) \
            or not 0 < words <= _CENTRED_TITLE_MAX_WORDS or ends_sentence(first[-1].strip()):
        return None
    title = " ".join(" ".join(line.split()) for line in first)
    rest = groups[1:]
    block: list[tuple[int, list[str]]] = []
    while rest and all(centred(line) for line in rest[0][1]):
        start, lines = rest.pop(0)
        block.extend((start + offset, [line.strip()]) for offset, line in enumerate(lines))
    return title, [*block, *rest]


_HEADER_LINES_OVER_A_MENU = 2
"""A site's name and its slogan, the lines a dump's menu may stand under."""


_ENTITY = compile_regex(r"&(?:gt|lt|amp|quot|apos|nbsp|ndash|mdash|rsquo|lsquo|rdquo|ldquo|hellip|#\d{2,5}|#x[0-9a-fA-F]{2,4});")


def _entities_decoded(text: str) -> str:
    """A converter that left the page's character references undecoded ("Home &gt; Geography"): the
    dump reads as the page did. (Only references: a lone "&" stays as it is.)"""
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), text) if "&" in text else text


_COVER_LINE_MAX_WORDS = 6
_COVER_SHORT_SHARE = 0.6
"""A cover sheet is a form: most of its lines are labels and values of a few words."""
_COVER_TEXT_SHARE = 3
"""…and the text after it runs to several times its words."""
_LABEL_MAX_WORDS = 8
_BARE_VALUE = compile_regex(r"\d[\d,.]*")


def _cover_sheet(text: str, rules: Rules) -> tuple[list[Removed], str] | None:
    """A document's cover sheet: its first printed page (up to the first page break) made of short
    lines, a form's labels and values ("Student number" / "24118507", "Word count (main text)" /
    "626"), that shows the essay's title, which opens the next page again: its lines, a label and
    the number under it read as one ("Word count (main text): 626"), and the text after it. None for a
    text whose first page is not one (a first page of the essay itself holds its prose)."""
    cut = text.find("\f")
    if cut < 0:
        return None
    cover, rest = text[:cut], text[cut + 1:]
    lines = [" ".join(line.split()) for line in cover.split("\n") if line.strip()]
    if len(lines) < 4 or count_words(rest) < _COVER_TEXT_SHARE * count_words(cover) \
            or sum(count_words(line) <= _COVER_LINE_MAX_WORDS for line in lines) < _COVER_SHORT_SHARE * len(lines):
        return None
    opening = [" ".join(line.split()) for line in rest.split("\n") if line.strip()][:3]  # (a running header first)
    if not any(line in lines and count_words(line) <= rules.tuning.title_line_max_words and not ends_sentence(line)
               for line in opening):
        return None
    records: list[Removed] = []
    at = 0
    while at < len(lines):
        line, value = lines[at], lines[at + 1] if at + 1 < len(lines) else ""
        if _BARE_VALUE.fullmatch(value) and not any(c.isdigit() for c in line) and count_words(line) <= _LABEL_MAX_WORDS:
            records.append(Removed(Kind.COVER_PAGE, f"{line}: {value}"))
            at += 2
            continue
        records.append(Removed(Kind.COVER_PAGE, line))
        at += 1
    return records, rest


def extract_text(text: str, *, encoding: str, url: str | None = None, rules: Rules | None = None,
                 profiles: tuple[Profile, ...] = ()) -> Extracted:
    from ..mojibake import repair_mojibake
    from .title import clean_title

    rules = rules or load_rules()
    text = _entities_decoded(repair_mojibake(text))
    cover = _cover_sheet(text, rules)
    if cover is not None:
        text = cover[1]
    reading = read_lines(text, rules, dump=True)
    title, groups, head = _dump_head(list(reading.groups), rules)
    furniture = sorted([*reading.furniture, *head], key=lambda record: record[0])
    blocks = [*(cover[0] if cover is not None else ()), *blocks_of(reading, groups, furniture)]
    profile = recognise(profiles, url=url, site_name=None, title=None, text=text,
                        threshold=TEXT_RECOGNISED_AT) if profiles else None
    return Extracted(title=clean_title(title, rules) if title is not None else None, blocks=tuple(blocks),
                     site=profile.name if profile else "text", encoding=encoding, url=url)
