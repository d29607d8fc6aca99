"""Page → Extracted: the essay's raw blocks (removals kept in place) and what the page says
about itself. Cleaning passes turn this into a Document."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..model import DraftBlock
from ..rules import Rules

if TYPE_CHECKING:
    from ..profiles import Profile
from ..sources import Page, PageKind


@dataclass(frozen=True)
class Extracted:
    title: str | None
    blocks: tuple[DraftBlock, ...]
    site: str
    encoding: str
    url: str | None = None
    lang: str | None = None
    author: str | None = None
    claimed_words: int | None = None
    """A word count the page states outside its text ("… - 190 Words | IvyPanda" in <title>)."""
    teasers: int = 0
    """How many linked teaser cards the page is made of, when it is a listing of other essays."""
    menu_texts: frozenset[str] = frozenset()
    """The page's short link texts, case-folded (a "Personal Essay" menu entry is not the title)."""
    site_names: tuple[str, ...] = ()
    """What the page calls its site: og:site_name, application-name, the <title>'s part beside the essay's
    title ("<essay> - Ashgrove Essay Archive")."""
    declared: tuple[str, ...] = ()
    """What the page's structured data says its items are (JSON-LD "@type": "Recipe", "Article")."""
    finder: str = ""
    """How the essay was found (which rung of the HTML finder's ladder, and why), for `inspect`."""


def extract(page: Page, rules: Rules, profiles: tuple["Profile", ...] = ()) -> Extracted:
    decoded = page.decoded()  # sources/ decodes; extract/ reads text
    from .json_page import as_html_page, read_json_page

    if (saved_json := read_json_page(decoded.text, rules.tuning)) is not None:  # (an API's response: HTML inside a string)
        if saved_json.markup:
            from .html import extract_html

            return extract_html(as_html_page(saved_json), encoding=decoded.encoding, url=page.url, rules=rules,
                                profiles=profiles)
        text = f"{saved_json.title}\n\n{saved_json.body}" if saved_json.title else saved_json.body
        return _extract_text(text, decoded.encoding, page.url, rules, profiles)
    if page.kind is PageKind.HTML:
        from .classed_lines import classed_lines_as_html
        from .html import extract_html

        if (classed := classed_lines_as_html(decoded.text)) is not None:  # (its "<p> " lines looked like markup)
            return _read_as_text(classed, decoded.encoding, page.url, rules, profiles)
        return extract_html(decoded.text, encoding=decoded.encoding, url=page.url, rules=rules, profiles=profiles)
    return _saved_text(decoded.text, decoded.encoding, page.url, rules, profiles,
                       markdown=page.source.lower().endswith(_MARKDOWN_SUFFIXES))


def _saved_text(text: str, encoding: str, url: str | None, rules: Rules, profiles: tuple["Profile", ...],
                markdown: bool, unwrapped: bool = False) -> Extracted:
    """A text file, read by the reader of the format it was saved in (a patch, a terminal session, a blame
    view, a catalogue, a record, a signed text), else as a dump; `markdown`: its name says it is Markdown.
    `unwrapped`: the text was taken out of a signature or a view of its line ends already (once is all)."""
    from .clearsign import read_clearsigned
    from .patch import read_patch
    from .records import read_csv_record, read_expanded_display, read_field_lines, read_ini_record, read_perl_dump
    from .shown_ends import read_shown_ends

    shown = None if unwrapped else read_shown_ends(text, rules.tuning)
    if shown is not None:  # (a file printed with its line ends shown, `sed -n l`: the file, unescaped, is the text)
        return _saved_text(shown, encoding, url, rules, profiles, markdown=markdown, unwrapped=True)
    signed = None if unwrapped else read_clearsigned(text)
    if signed is not None:  # (a text signed in the clear: the signed text, unescaped, is the text; once)
        found = _saved_text(signed.text, encoding, url, rules, profiles, markdown=markdown or signed.markdown,
                            unwrapped=True)
        return replace(found, blocks=(*signed.removed, *found.blocks))
    from .rcs import read_rcs

    archive = read_rcs(text)
    if archive is not None:  # (an RCS archive, a ",v" file: its head revision is the text, its log the writer's note)
        found = _extract_text(archive.text, encoding, url, rules, profiles)
        return replace(found, blocks=(*archive.removed, *found.blocks))
    from .pytest_run import read_pytest_run

    run = read_pytest_run(text)
    if run is not None:  # (a pytest run whose failing assertion shows the essay's file whole: that text)
        found = _extract_text(run.text, encoding, url, rules, profiles)
        return replace(found, blocks=(*run.removed, *found.blocks))
    patch = read_patch(text, rules.tuning)
    if patch is not None:
        found = _extract_text(patch.essay.text, encoding, url, rules, profiles,
                              markdown=patch.essay.path.lower().endswith(_MARKDOWN_SUFFIXES))
        return replace(found, blocks=(*patch.removed, *found.blocks))
    from .blame import read_blame
    from .gettext import read_catalogue
    from .mime_listing import read_mime_listing
    from .pager_grid import read_pager_grid
    from .session import read_session

    session = read_session(text, rules.tuning)
    if session is not None:  # (a terminal session that printed the essay: the output holding it is the text)
        found = _extract_text(session.essay, encoding, url, rules, profiles)
        return replace(found, blocks=(*session.removed, *found.blocks),
                       claimed_words=found.claimed_words if session.claimed_words is None else session.claimed_words)
    listed = read_mime_listing(text)
    if listed is not None:  # (a message a mail reader listed part by part: the attached text under its sender's note)
        found = _extract_text(listed.text, encoding, url, rules, profiles)
        return replace(found, blocks=(*listed.removed, *found.blocks))
    gridded = read_pager_grid(text, rules.tuning)
    if gridded is not None:  # (a file a pager printed in its grid of numbered lines: its own lines are the text)
        return _extract_text(gridded[0], encoding, url, rules, profiles, markdown=gridded[1])
    blamed = read_blame(text, rules.tuning)
    if blamed is not None:  # (a file shown with who last changed each line: its own lines are the text)
        return _extract_text(blamed[0], encoding, url, rules, profiles, markdown=blamed[1])

    catalogue = read_catalogue(text, rules.tuning)
    if catalogue is not None:  # (a page's strings saved as a gettext catalogue: its msgids are its text)
        found = _extract_text(catalogue.text, encoding, url, rules, profiles)
        return replace(found, blocks=(*catalogue.removed, *found.blocks))
    record = read_csv_record(text, rules.tuning) or read_field_lines(text, rules.tuning) \
        or read_expanded_display(text, rules.tuning) or read_ini_record(text, rules.tuning) \
        or read_perl_dump(text, rules.tuning)
    if record is not None:  # (a form's entry exported as CSV: the essay is its long cell)
        text = f"{record.title}\n\n{record.body}" if record.title else record.body
        found = _extract_text(text, encoding, url, rules, profiles, markdown=record.markdown)
        return replace(found, blocks=(*record.fields, *found.blocks))
    # (a file named as Markdown is read as Markdown: its front matter, headings and emphasis are markup)
    return _extract_text(text, encoding, url, rules, profiles, markdown=markdown)


_MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")


def _read_as_text(html: str, encoding: str, url: str | None, rules: Rules, profiles: tuple["Profile", ...]) -> Extracted:
    """A text dump written out as the HTML its markup stands for (Markdown, jusText's classed lines), read by the
    HTML finder and reported as text."""
    from .html import extract_html

    found = extract_html(html, encoding=encoding, url=url, rules=rules, profiles=profiles)
    return replace(found, site="text") if found.site == "generic" else found


def _extract_text(text: str, encoding: str, url: str | None, rules: Rules, profiles: tuple["Profile", ...],
                  markdown: bool = False) -> Extracted:
    """A text dump, read as Markdown when it is (a file named so, or a dump whose links and headings are)."""
    from .classed_lines import classed_lines_as_html
    from .markdown import looks_like_markdown, markdown_as_html

    if not markdown and (classed := classed_lines_as_html(text)) is not None:  # (jusText's "<p> …" / "<h> …" lines)
        return _read_as_text(classed, encoding, url, rules, profiles)
    if markdown or looks_like_markdown(text):
        return _read_as_text(markdown_as_html(text), encoding, url, rules, profiles)
    from .text import extract_text

    return extract_text(text, encoding=encoding, url=url, rules=rules, profiles=profiles)
