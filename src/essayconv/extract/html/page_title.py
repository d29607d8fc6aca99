"""The essay's title from what the page says about itself (facts.head_facts): the <h1> unless it
names the site or a series, else the <title> or og:title with the site's part cut off, or the part of
it the page shows as a heading or a bold line."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from ...languages import function_words
from ...model import Heading, Link, Paragraph, Removed, Text, clean_whitespace, plain_text
from ...regexes import compile_regex
from ...rules import Rules
from ...signals import DATE_LINE, WEB_ADDRESS, bold_line, labelled_title, line_shape, topic_words
from ...tuning import Tuning
from ..title import clean_title
from .facts import HeadFacts

_TITLE_PARTS = compile_regex(r"\s(?:[|–—•»-]|--|::)\s|\s\[(?=[^\]]+\]$)|\]$")
"""Where a <title> splits into the essay's part and the site's: "<essay> | <site>", "<essay> - <site>",
a typewriter's "<site> -- <essay>", and a wiki's "<essay> [<site>]"."""


def _site_part_headings(facts: HeadFacts, site_name_max_words: int) -> set[str]:
    """<h1>s that are the site's name in the <title>'s words: the <title>'s end part ("<essay> - <site>")
    shown as an <h1> (a book theme's menu title, mdBook's "menu-title"; a one-page site's name)."""
    parts = [clean_whitespace(p).strip().casefold() for p in _TITLE_PARTS.split(facts.title or "") if p.strip()]
    if len(parts) < 2 or parts[0] == parts[-1]:
        return set()
    folded = [clean_whitespace(h).strip().casefold() for h in facts.h1]
    # the <title>'s end part ("<essay> | Write Right with Ms Okonjo") shown as the page's <h1>: the site,
    # when no longer than the other end (a site name is short; "Tastify | <a long title>" puts it first)
    # — unless the <title> opens on a section its menu lists and no <h1> shows ("Coin Notes | Twelve Sides": the
    # section, then the page; a book's menu lists the page itself, its <h1> the title's first part)
    # (a section is a word or three: a weblog's sidebar lists the entry itself among its recent entries)
    ends = set() if parts[0] in facts.nav_names | facts.menu_texts and parts[0] not in folded \
        and len(parts[0].split()) <= _SECTION_NAME_MAX_WORDS else \
        {h for h, f in zip(facts.h1, folded) if f == parts[-1] and len(f.split()) <= len(parts[0].split())}
    # "<forum> • View topic - <topic>" with the forum's name as the <h1> and the topic as an <h2> (or a
    # bold line under it, as a homepage sets its answer's title): the <h1> is one part of the <title>, the
    # other another
    shown = {clean_whitespace(h).strip().casefold() for h in (*facts.h2, *facts.bold_after_h1)}
    # (a site's name is short, and put before the topic: "<story> - <part> - Wattpad" names a story's part
    # after the story, the part its <h1>)
    other = {h for h, f in zip(facts.h1, folded) if f in parts and len(f.split()) <= site_name_max_words
             and any(p in shown and len(f.split()) <= len(p.split()) and parts.index(f) < parts.index(p) for p in parts if p != f)}
    return ends | other


def essay_h1s(facts: HeadFacts, rules: Rules) -> tuple[str, ...]:
    """The page's <h1>s that may title the essay: not the site's name."""
    site = _site_part_headings(facts, rules.tuning.site_name_max_words)
    return tuple(h for h in facts.h1 if h not in site)


_COUNT_SHAPED = compile_regex(r"^\d[\d,.]*\s?(?:words?|pages?)\b", re.IGNORECASE)
"""A <title>'s part shaped like a length: "591 Words", "3 pages"."""


def page_site_names(facts: HeadFacts, essay_title: str | None) -> tuple[str, ...]:
    """What the page calls its site: og:site_name, application-name, and the <title>'s end part beside
    the essay's title ("Should Rivers Flood? - Ashgrove Essay Archive")."""
    names = [n for n in (facts.get("og:site_name"), facts.get("application-name")) if n]
    parts = [clean_whitespace(p).strip() for p in _TITLE_PARTS.split(facts.title or "") if p.strip()]
    wanted = clean_whitespace(essay_title or "").strip().casefold()
    if len(parts) >= 2 and wanted:
        if parts[0].casefold() == wanted:
            names.append(parts[-1])
        elif parts[-1].casefold() == wanted:
            names.append(parts[0])
    # (the logo's name, where the <title> has it as a part: "750 Words - Sunday, March 9, 2025"; a part
    # shaped like a count is the site's only as its logo says it: "<essay> - 591 Words" is the essay's count)
    folded_parts = {part.casefold() for part in parts}
    logos = [logo for logo in facts.logo_names if logo.casefold() in folded_parts and logo.casefold() != wanted]
    named = {logo.casefold() for logo in logos}
    names = [n for n in names if not _COUNT_SHAPED.match(n) or n.casefold() in named]
    return tuple(dict.fromkeys(n for n in (*names, *logos) if len(n) <= 80))


_SECTION_NAME_MAX_WORDS = 3
"""A section's name in a menu is a word or three ("Shared", "Recently Deleted")."""


def _names_a_section(heading: str, facts: HeadFacts) -> bool:
    """A heading of a word or three that the page's menu lists, and its <title> does not say: the section
    shown ("Shared" in a notes app titled "iCloud Notes"). A menu lists the page itself too, and then the
    <title> says it ("Reuter's Pigeons — … documentation")."""
    folded = heading.strip().casefold()
    return folded in facts.nav_names and len(heading.split()) <= _SECTION_NAME_MAX_WORDS \
        and folded not in (facts.title or "").casefold()


_PARTS = compile_regex(r"\s+[-–—|·]\s+")


def _a_days_title(title: str) -> bool:
    """A diary's title for the day's entry, its name then the date in lower case as a diarist types it
    ("rust bucket bicycle diary - feb. 26, 2004"): the date closing (or opening) the <title> names the day."""
    parts = [part.strip() for part in _PARTS.split(title.strip()) if part.strip()]
    return len(parts) >= 2 and any(DATE_LINE.match(part[:1].upper() + part[1:]) for part in (parts[0], parts[-1]))


def page_title(facts: HeadFacts, rules: Rules) -> str | None:
    site_name = facts.get("og:site_name")
    # (a scholarly page's own tag for its article, as Google Scholar reads it: the title whatever the
    # <h1> holds — a journal's name over the article, "Braye: A Journal of Undergraduate History")
    cited = facts.get("citation_title", "dc.title")
    if cited and len(cited) < 300:
        return clean_title(cited, rules, site_name)
    site_headings = _site_part_headings(facts, rules.tuning.site_name_max_words)
    for heading in facts.h1:
        if rules.file_name_title.search(heading.strip()) and heading not in site_headings \
                and (unlabelled := clean_title(heading, rules)) != heading and not rules.file_name_title.search(unlabelled) \
                and unlabelled[:1].isupper():
            # (a series' label and number over the post's own title: "Kite History #7: Glass on the String"; a
            # post's label with a topic after it, "Members' model essay #14: the Great Smog …", titles nothing)
            return unlabelled
        if heading in site_headings or rules.file_name_title.search(heading.strip()) \
                or _names_a_section(heading, facts) or _a_series_item(heading, facts):
            continue  # (a wiki's location line, "PrizeEssays / 2024 / OctopusFarming", names a page, not an essay)
        if heading and len(heading) < 300:
            if (named := _heading_the_title_names(heading, facts, site_headings, rules)) is not None:
                return clean_title(named, rules, site_name)  # (the <h1> a sales line: "Read a real essay before you order")
            heading = _subpage_name(heading, facts)
            return clean_title(_named_under_the_label(heading, facts.title, facts.h2) or heading, rules, site_name)
    for candidate in (facts.get("og:title", "twitter:title"), facts.title):
        if candidate and candidate.strip():
            # a document's file name ("Microsoft Word - essay_FINAL_v3.docx") names no essay: the
            # title is then found in the text (its opening heading)
            if rules.file_name_title.search(candidate.strip()) or rules.account_title.search(candidate.strip()):
                return None  # (nor does a social network's page named for the account that posted)
            title = clean_title(candidate, rules, site_name or next(iter(facts.home_h1), None) or _logo_ending(candidate, facts))
            if (rest := _after_the_sites_name(title, facts, rules.tuning.site_name_max_words)) != title:
                title = clean_title(rest, rules)  # (its own decorations read once the site's name is off: "[paper] …")
            title = _without_its_section(title, facts)
            if DATE_LINE.match(title.strip()) or _a_days_title(title):
                return None  # a diary's day ("750 Words - Sunday, March 9, 2025"): the title is found in the text
            site_names = frozenset(n.casefold() for n in (*site_headings, *facts.home_h1))
            return _shown_as_heading(title, facts.h2, site_names) or _shown_as_bold_line(title, facts.bold_lines, site_names) or title
    return None


def _heading_the_title_names(h1: str, facts: HeadFacts, site_headings: set[str], rules: Rules) -> str | None:
    """The <h2> the <title> names when the <h1> shares no word of it: the page's headline is a sales line
    over the essay ("Read a real A-grade essay before you order yours" over "A Mural Without Color: How
    Picasso's Guernica …", titled "Free Art History Essay Sample: Guernica | <site>"): the page's first <h2>, of
    four words or more, naming one of the <title>'s topic words, the site's name apart."""
    parts = [p for p in _TITLE_PARTS.split(facts.title or "") if p.strip() and p.strip() not in site_headings]
    named = parts[:-1] if len(parts) >= 2 else parts  # (its last part the site's name: "… | Loom")
    # (the <title>'s words, less those a listing wraps a topic in, [buttons] writing_service and offer_words:
    # "Free Art History Essay Sample: Guernica"; less the site's name)
    wrapping = " ".join((*rules.writing_service, *rules.offer_words, *site_headings, facts.get("og:site_name") or ""))
    topic = topic_words(" ".join(named)) - topic_words(wrapping)
    if not topic or topic & topic_words(h1):
        return None
    # (the page's first section heading, set as a title: a landing page's are its offers, in a sentence's case)
    first = facts.h2[0] if facts.h2 else ""
    shape = line_shape(first, function_words())
    return first if len(first.split()) >= rules.tuning.set_title_min_words and len(first) < 300 and topic & topic_words(first) \
        and shape.capitalised_share >= rules.tuning.title_line_capitalised_share else None


_SERIES_ITEM_MAX_WORDS = 3


def _a_series_item(heading: str, facts: HeadFacts) -> bool:
    """An <h1> naming the site, then the item of its series ("Weisdale Pottery Study Group · notebook 13", a
    notebook's first cell): a label over the work, whose own title follows."""
    parts = [p.strip() for p in _SERIES_PARTS.split(heading.strip()) if p.strip()]
    names = {n.casefold() for n in (*facts.logo_names, *facts.home_h1, facts.get("og:site_name") or "") if n}
    return len(parts) == 2 and parts[0].casefold() in names and len(parts[1].split()) <= _SERIES_ITEM_MAX_WORDS


_SERIES_PARTS = compile_regex(r"\s[·|–—-]\s")


def _subpage_name(heading: str, facts: HeadFacts) -> str:
    """A wiki's subpage shows its path as its <h1> ("Food history/The Potato and Europe's Population Boom",
    the page's address ending ".../Food_history/The_Potato_and_Europe's_Population_Boom"): its last part
    names the page."""
    if "/" not in heading:
        return heading
    address = unquote(urlsplit(facts.canonical or facts.get("og:url") or "").path).replace("_", " ").rstrip("/")
    parent, _, name = heading.strip().rpartition("/")
    return name.strip() if parent and name.strip() and address.casefold().endswith(heading.strip().casefold()) else heading


def _logo_ending(title: str, facts: HeadFacts) -> str | None:
    """The site's name as its logo says it, when it ends the <title> ("… - WorkFlowy")."""
    parts = [p.strip() for p in _TITLE_PARTS.split(title) if p.strip()]
    return next((n for n in facts.logo_names if len(parts) >= 2 and n.casefold() == parts[-1].casefold()), None)


def _after_the_sites_name(title: str, facts: HeadFacts, site_name_max_words: int) -> str:
    """"orkut - Fifty Men for King Jesus": a <title> that opens with the site's name, as its logo or
    og:site_name gives it, titles the essay with the rest. A site's name is short, and shorter than the
    rest (a photo's alt text may repeat the essay's title)."""
    parts = _TITLE_PARTS.split(title, maxsplit=1)
    if len(parts) != 2:
        parts = title.split(": ", 1)  # (the site's name and its colon: "Russian Hill History Circle: His Imperial …")
    if len(parts) != 2:
        return title
    first, rest = parts[0].strip(), parts[1].strip()
    names = {n.casefold() for n in (facts.get("og:site_name"), *facts.home_h1, *facts.logo_names) if n}
    # (the page's own heading naming the site may be longer: "Russian Hill History Circle")
    short = len(first.split()) <= site_name_max_words or first.casefold() in {h.casefold() for h in facts.home_h1}
    # (or the site's address: "EssayLathe.example :: Kneeling Before the Inquisition: …", a host names no essay)
    if (first.casefold() in names and short or WEB_ADDRESS.fullmatch(first)) and len(rest.split()) > len(first.split()):
        return rest
    return title


def _without_its_section(title: str, facts: HeadFacts) -> str:
    """"Atticus Finch and Real Courage | Stories": a <title> closing on a word or three that the page's menu
    lists names the section the page stands in; the title is the rest."""
    separators = list(_TITLE_PARTS.finditer(title))
    if not separators:
        return title
    last, rest = title[separators[-1].end():].strip(), title[:separators[-1].start()].strip()
    if not rest or last.casefold() not in facts.nav_names | facts.menu_texts or len(last.split()) > _SECTION_NAME_MAX_WORDS \
            or len(rest.split()) <= len(last.split()) or last.casefold() in {h.strip().casefold() for h in facts.h1} \
            or rest.casefold() in facts.menu_texts:
        # (a menu lists the page itself too, and its <h1> names it; the rest a link home: "Wistowe English - The
        # Holderness Coast" is the site's name and the page's)
        return title
    return rest


def _named_under_the_label(h1: str, title: str | None, headings: tuple[str, ...]) -> str | None:
    """The heading the <title> names after the <h1>, when the <h1> is a series' label: <title>
    "Student Writing Spotlight: Middle Schoolers Need Recess Too – …" over an <h1> "Student Writing
    Spotlight" and an <h2> "Middle Schoolers Need Recess Too" (the essay's own title). A colon
    joins a label to what it labels; a dash or a bar joins the site's name ("… (PDF) - The Revision
    Room", its brand an <h2> too); the heading ends the <title> or its first part (a product's tagline
    goes on: "Jimmy: The Ultimate Device Opener, 301 Stainless Steel Blade"); a heading closing on a
    full stop is a tagline, not a title."""
    if not title:
        return None
    folded = clean_whitespace(title).casefold()
    label = clean_whitespace(h1).casefold()
    if label not in folded:
        return None  # (the pattern below holds both as literals: a page's own pattern is compiled only when both are there)
    for heading in headings:
        named = clean_whitespace(heading).casefold()
        if len(heading.split()) >= 3 and not heading.rstrip().endswith(".") and named in folded and re.search(
                rf"{re.escape(label)}\s?:\s?{re.escape(named)}\s*(?:$|[|–—-]\s)", folded):
            return heading
    return None


def after_a_series_label(heading: str, title: str | None) -> str | None:
    """The title (the <title>'s first part), when a heading shows it after a series label and its colon
    ("Dissert' n°2 : Bread and Beer in the Fens" under a <title> "Bread and Beer in the Fens - Blog de …");
    else None."""
    parts = [p.strip() for p in _TITLE_PARTS.split(title or "") if p.strip()]
    return labelled_title(heading, parts[0]) if parts else None


def _shown_as_heading(title: str, headings: tuple[str, ...], site_names: frozenset[str] = frozenset()) -> str | None:
    """The title as the page shows it over the essay, when the <title> adds to it ("Is Print Dead?
    (argumentative essay)" over an <h2> "Is Print Dead?"): a heading the <title> opens with, of most
    of its words."""
    folded = title.casefold()
    parts = [p.strip().casefold() for p in _TITLE_PARTS.split(title) if p.strip()]  # "<essay> | <course> | <site>"
    first_part = parts[0] if parts else folded
    for heading in headings:
        words = len(heading.split())
        if words < 3:
            continue
        if (unlabelled := after_a_series_label(heading, title)) is not None:
            return unlabelled
        if (folded.startswith(heading.casefold()) and words * 2 >= len(first_part.split())) \
                or (first_part in site_names and heading.casefold() in parts[1:]) \
                or (len(parts) >= 2 and clean_whitespace(heading).strip().casefold() in parts[1:]):
            # (a heading that is the <title>'s later part whole: "<forum> • View topic - <topic>", "<home
            # page's name> -- <essay>")
            return heading
    return None


_AFTER_THE_SHOWN_PART = compile_regex(r"\s*(?:[,:;(\[]|[|–—-]\s)")


def _shown_as_bold_line(title: str, lines: tuple[str, ...], site_names: frozenset[str] = frozenset()) -> str | None:
    """The title as the page shows it in a bold line, when the <title> adds to it after a comma, a
    colon or a bracket ("The Machine That Played Chess, an essay"): a line of three words or more
    the <title> opens with, ending where such a mark follows it; or the line the <title> closes on
    after a short label and its colon (a post's "Wren Delacroix: The Prisoner Who Survived", the
    poster's name before the post's bold title); or a part of the <title> after the site's name
    ("<site> - <answer>", the site's name its <h1>)."""
    folded = title.casefold()
    parts = [p.strip().casefold() for p in _TITLE_PARTS.split(title) if p.strip()]
    for line in lines:
        shown = line.casefold()
        if len(line.split()) < 3 or len(shown) >= len(folded):
            continue
        if parts and parts[0] in site_names and shown in parts[1:]:
            return line
        if folded.startswith(shown) and _AFTER_THE_SHOWN_PART.match(title, len(line)):
            return line
        label, colon, rest = title[:len(title) - len(line)].rpartition(":")
        if folded.endswith(shown) and colon and not rest.strip() and 0 < len(label.split()) <= _LABEL_MAX_WORDS:
            return line
    return None


_LABEL_MAX_WORDS = 4
"""A label before a title's colon: a name, a series, a course ("Wren Delacroix", "Unit 3 essay")."""


def _all_linked(block: object) -> bool:
    """A paragraph whose words are all in its links (a breadcrumb, a row of links): no line of the text."""
    inlines = getattr(block, "inlines", ())
    return isinstance(block, Paragraph) and any(isinstance(i, Link) for i in inlines) \
        and not any(isinstance(i, Text) and re.search(r"\w", i.text) for i in inlines)


def visible_title(blocks: list, title: str | None, titled: bool, tuning: Tuning) -> str | None:
    """A page with no <h1> often shows its title as a bold line above the essay while its <title>
    says something longer ("Free Essays on the Role of …"). When that line opens the essay and
    shares most of its words with the <title>, the reader's title is the line."""
    if not title or titled:
        return None
    # (over a breadcrumb's links: "Home > American Literature > William Faulkner")
    first = next((b for b in blocks if not isinstance(b, Removed) and not _all_linked(b)), None)
    if not isinstance(first, Heading) and not bold_line(first, tuning.bold_heading_max_chars):
        return None
    line = clean_whitespace(plain_text(first.inlines)).strip()
    if (unlabelled := after_a_series_label(line, title)) is not None:
        return unlabelled  # "Devoir n°4 : <the title>": the series' label is no part of it
    shared = (words := set(re.findall(r"\w{4,}", line.casefold()))) & set(re.findall(r"\w{4,}", title.casefold()))
    return line if words and len(shared) >= 0.6 * len(words) and len(line) <= 150 else None
