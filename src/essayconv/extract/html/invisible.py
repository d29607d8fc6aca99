"""What a reader never sees is dropped before anything else looks at the page: comments, scripts,
hidden and blurred elements (a blurred block is recorded as the placeholder where the site hid the
essay), nesting deeper than any real page — except hidden prose a reader can open (the rest of an
essay behind "Read more", posts kept for readers without scripts)."""

from __future__ import annotations

import re
from typing import Iterator

from lxml import etree

from ...regexes import compile_regex
from ...rules import Rules
from ...signals import Kind
from ..dom import Element, has_attr, new_element, remove, replace, replace_with_text, set_text, text, unwrap
from ..reading import Reading
from .captions import PICTURES, mark_its_caption
from .prune import chrome_kind, element_summary, name_tokens, name_words
from .sheets import classes_styled
from .tags import BLOCK_TAGS, BOXES, CONTROLS, INVISIBLE_TAGS, MAX_ELEMENT_DEPTH, REMOVED_TAG, SWALLOWED, first_under, tags_under

_HIDING_STYLE = compile_regex(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _is_hidden(tag: Element, attributes: dict[str, str] | None = None) -> bool:
    """`attributes`: the tag's attributes when the caller read them (see `drop_invisible`)."""
    if attributes is None:
        attributes = dict(tag.items())
    if "hidden" in attributes or attributes.get("aria-hidden") == "true":
        return True
    style = attributes.get("style")
    return style is not None and _HIDING_STYLE.search(style) is not None


def _a_closed_dialog(attributes: dict[str, str], rules: Rules) -> bool:
    """A modal dialog the page's script shows on a condition ([html] script_shown_attributes): closed
    in the page as saved (a shop's terms of service, a sign-up form), whatever it holds."""
    modal = attributes.get("role", "").strip().lower() in ("dialog", "alertdialog") \
        or attributes.get("aria-modal", "").strip().lower() == "true"
    return modal and any(name.casefold() in rules.script_shown_attributes for name in attributes)


def _shown_but_unread(tag: Element) -> bool:
    """Hidden from screen readers only (aria-hidden): drawn on the screen all the same — a "·" between
    two facts, an icon — so what stood either side stays apart. Text hidden from the eye (display:
    none, the hidden attribute) closes up: junk letters some sites hide inside words."""
    return tag.get("aria-hidden") == "true" and not has_attr(tag, "hidden") and not _HIDING_STYLE.search(tag.get("style") or "")


def _collapsed_prose(tag: Element, rules: Rules) -> bool:
    """The rest of an essay behind a "Read more" button: a hidden block of paragraphs, not page
    chrome. It is text the page holds, so it is kept (hidden junk inside words is inline, and
    hidden menus and dialogs carry chrome tokens)."""
    tuning = rules.tuning
    # <noscript> too: a forum or a web app saves its posts there for readers without scripts
    # (Discourse's crawler view), which is what a saved page shows of them
    if (tag.tag not in BLOCK_TAGS and tag.tag != "noscript") or chrome_kind(tag, rules) is not None:
        return False
    paragraphs = [text(p, " ") for p in tags_under(tag, "p", limit=50)]
    long_ones = [p for p in paragraphs if len(p.split()) >= 12 and re.search(r"[.!?]", p)]
    return len(long_ones) >= 2 and sum(len(p.split()) for p in long_ones) >= tuning.collapsed_min_words


TYPED = "data-essayconv-typed"
"""Set on the block of paragraphs that stands for a text box's typed prose (container.typed_answer)."""
_TYPED_PARAGRAPH_BREAK = compile_regex(r"\n[ \t\r\f\v]*\n")


def _lines_or_paragraph(chunk: str, short: int) -> list[str]:
    """A typed chunk's lines when every one is short (a header typed line by line), else the chunk whole."""
    lines = [line for line in chunk.split("\n") if line.strip()]
    return lines if len(lines) >= 2 and all(len(line.split()) <= short for line in lines) else [chunk]


def _typed_paragraphs(box: Element, rules: Rules) -> Element | None:
    """A text box holding what someone typed into it (an answer to a quiz's essay question, a
    submission shown back, disabled) shows that text on the page: when it is prose as a collapsed
    block's would be, its paragraphs (the blank lines between them) as a block of `<p>`s to take its
    place, a short first line its title. None for a box that is empty, or holds a prompt or a line
    ("Type your answer here")."""
    # (a chunk of short lines is lines, each its own: a header the writer typed, "Name: … | Group …" / "Essay 2")
    typed = [" ".join(line.split()) for chunk in _TYPED_PARAGRAPH_BREAK.split(box.text or "")
             for line in (_lines_or_paragraph(chunk, rules.tuning.heading_max_words))]
    typed = [chunk for chunk in typed if chunk]
    long_ones = [p for p in typed if len(p.split()) >= 12 and re.search(r"[.!?]", p)]
    if len(long_ones) < 2 or sum(len(p.split()) for p in long_ones) < rules.tuning.collapsed_min_words:
        return None
    block = new_element("div", **{TYPED: "1"})
    for at, paragraph in enumerate(typed):
        # the writer's own title typed on the first line ("Mary Mallon: Villain or Victim?")
        titled = at == 0 and len(typed) > 1 and len(paragraph.split()) <= rules.tuning.heading_max_words \
            and not paragraph.endswith((".", ",", ";", ":"))
        block.append(new_element("h1" if titled else "p", paragraph))
    return block


def _sources_toggle(tag: Element, rules: Rules) -> Element | None:
    """The control over a hidden block that is labelled as the essay's sources ("Bibliography", "Works
    Cited"): a forum's spoiler or an accordion, whose list is in the page, a click away, and is the
    essay's. None for any other hidden block."""
    label = tag.getprevious()
    if label is None or first_under(label, ("a", "button")) is None and label.tag not in ("a", "button", "summary"):
        return None
    return label if rules.reference_heading.match(text(label, " ").strip()) and first_under(tag, ("p", "li")) is not None else None


# a text filter, not a backdrop (backdrop-filter) and not blur(0)
_BLUR = compile_regex(r"(?<![\w-])filter\s*:\s*blur\(\s*(?!0(?:px|em|rem)?\s*\))", re.I)
_NEVER_PLACEHOLDER = frozenset(("html", "body", "main", "article"))


_BLUR_CALL = compile_regex(r"[bB][lL][uU][rR]\(")


def _blur_calls(sheet: str) -> Iterator[int]:
    """Where "blur(" stands, in any case: in an ASCII sheet (nearly all) found in its lowered copy,
    of the same length, by str.find, many times faster than a regex's scan."""
    if not sheet.isascii():
        yield from (call.start() for call in _BLUR_CALL.finditer(sheet))
        return
    lowered = sheet.lower()
    at = lowered.find("blur(")
    while at >= 0:
        yield at
        at = lowered.find("blur(", at + 1)


def _blur_declarations(sheet: str) -> Iterator[re.Match[str]]:
    """`_BLUR.finditer(sheet)`, tried only where a "blur(" stands: the declaration's "filter" ends
    where the run of spaces and colons before it starts (a sheet of 60 kB holding a backdrop blur
    is not tried at every position)."""
    for start in _blur_calls(sheet):
        while start > 0 and (sheet[start - 1] == ":" or sheet[start - 1].isspace()):
            start -= 1
        start -= len("filter")
        if start >= 0 and (declaration := _BLUR.match(sheet, start)) is not None:
            yield declaration


def _blurred_classes(root: Element) -> frozenset[str]:
    """Classes the page's own style sheets blur (`.para--ghost{filter:blur(5px)}`): only a class
    of the rule's subject (`.card .thumb img{…}` blurs the image, not the card)."""
    return classes_styled(root, _blur_declarations)


def _blurred(tag: Element, attributes: dict[str, str], rules: Rules, blurred_classes: frozenset[str],
             placeholder_names: dict[tuple[str | None, str | None, str | None], bool]) -> bool:
    """Shown blurred: the site hides this text behind a wall and shows a placeholder. A page
    wrapper, or anything holding the page's <h1>, is styled, not hidden. `attributes`: the tag's
    attributes. `placeholder_names`: what each (class, id, role) said, the page's answers so
    far (a page repeats its names many times)."""
    if tag.tag in _NEVER_PLACEHOLDER:
        return False
    names = attributes.get("class")
    key = (names, attributes.get("id"), attributes.get("role"))
    named = placeholder_names.get(key)
    if named is None:
        named = placeholder_names[key] = key != (None, None, None) and _may_name(tag, names or "", rules.placeholder_tokens) \
            and bool(name_words(name_tokens(tag)) & rules.placeholder_tokens)
    blurred = named or _blurred_style(attributes.get("style")) \
        or (bool(blurred_classes) and any(c in blurred_classes for c in (names or "").split()))
    return blurred and first_under(tag, "h1") is None


def _blurred_style(style: str | None) -> bool:
    """An inline style that blurs. Searched only when it holds "blur(" (lowered: no other letter
    folds to b, l, u or r, so the substring test rules out exactly what the pattern would): most
    elements of a page carry a style, few a filter."""
    return style is not None and "blur(" in style.lower() and _BLUR.search(style) is not None


def _may_name(tag: Element, classes: str, tokens: frozenset[str]) -> bool:
    """Whether any of `tokens` could be among the tag's name words: each is a lower-cased piece of a
    class, id or role, so it is a substring of them lower-cased. A cheap test before tokenising
    (asked of every element of the page)."""
    names = f"{classes} {tag.get('id') or ''} {tag.get('role') or ''}".lower()
    return any(token in names for token in tokens)


_PANEL_TAGS = ("p", "ul", "ol", "table", "blockquote", "pre", "dl")
_TOGGLE_DEPTH = 4
"""A toggle's control sits a few wrappers below the block that holds its label."""
_TOGGLE_LABEL_MAX_WORDS = 10
"""A collapsed toggle's label is a line: "Outline and brainstorm notes", "Show the sources"."""


def _collapsed_toggles(root: Element) -> list[Element]:
    """Toggles shown closed whose content the page does not hold at all (a Notion toggle, an accordion
    whose panel loads when opened): the reader sees a label beside a ▸, never its text. The block
    around the control is taken when it holds the label alone; an accordion that holds its hidden
    panel is left to the hidden-element tests (the panel may be the essay's, kept when it is prose)."""
    found = []
    reading = Reading()  # (nothing is taken out until all are found)
    for control in root.iterfind(".//*[@aria-expanded='false']"):
        own = reading.words(control)
        block = control.getparent()
        for _ in range(_TOGGLE_DEPTH):  # up to the element that holds more than the control: the toggle
            if block is None or block.tag in ("body", "html") or reading.words(block) != own:
                break
            block = block.getparent()
        if block is None or block.tag in ("body", "html", "main", "article") or first_under(block, _PANEL_TAGS) is not None:
            continue
        # a linked label is an entry of a tree the reader can follow (a category tree's "▸ Compilers (12)")
        if 0 < reading.words(block) <= _TOGGLE_LABEL_MAX_WORDS and first_under(block, ("h1", "a")) is None:
            found.append(block)
    return found


def _shows_html(svg: Element) -> bool:
    """An <svg> whose <foreignObject> holds HTML text (Marp's slides, diagrams with HTML labels): its
    HTML is shown. The drawing's own text (a <text> label) is not the page's prose: it goes."""
    holder = next(svg.iter("foreignobject", "foreignObject"), None)
    if holder is None or not "".join(holder.itertext()).strip():
        return False
    keep = {holder, *holder.iterancestors(), *holder.iterdescendants()}
    for element in svg.iter():
        if element not in keep:
            element.text = None
    return True


def drop_invisible(root: Element, rules: Rules, placed: list[Element] | None = None) -> None:
    """Comments, scripts and hidden elements go (never content, whatever else the page holds);
    anything nested deeper than MAX_ELEMENT_DEPTH is flattened to its text (real pages stay far
    below it; the limit is there so that no later step can be made slow or recursive by absurd
    nesting). A comment leaves an empty seam: the strings either side of it stay apart. `placed`: given,
    the elements seen whose style places them by position ("absolute") are added to it."""
    blurred_classes = _blurred_classes(root)
    for toggle in _collapsed_toggles(root):
        replace(toggle, new_element(REMOVED_TAG, element_summary(toggle) or " ", kind=Kind.NAVIGATION))
    if _is_hidden(root) and not _collapsed_prose(root, rules):
        set_text(root, " ")  # the whole page hidden: nothing of it is shown
        return
    stack: list[tuple[Element, int]] = [(root, 1)]  # <html> is the document's first level
    swallowers: list[Element] = []
    placeholder_names: dict[tuple[str | None, str | None, str | None], bool] = {}
    while stack:
        node, depth = stack.pop()
        for child in list(node):
            name = child.tag
            if type(name) is not str:  # a comment or a processing instruction: a seam remains
                if child.text:
                    replace(child, etree.Comment(""))
                continue
            # its attributes read once, as a dict: lxml's `get` costs as much for an absent attribute as
            # for a present one, and each element is asked for five or six (an element without
            # attributes is neither blurred nor hidden)
            attributes = dict(child.items())
            if placed is not None and "bsolute" in attributes.get("style", ""):
                placed.append(child)  # (a box placed by position, for placed.py: this walk reads every element's style)
            if attributes and name not in ("html", "body") \
                    and _blurred(child, attributes, rules, blurred_classes, placeholder_names):
                summary = element_summary(child)
                if summary:
                    replace(child, new_element(REMOVED_TAG, summary, kind=Kind.PLACEHOLDER))
                else:
                    remove(child)
                continue
            if _a_closed_dialog(attributes, rules):
                replace_with_text(child, " ")
                continue
            if name == "svg" and _shows_html(child):
                unwrap(child)  # a slide drawn as an <svg> holding HTML (Marp): the HTML is what shows
                stack.append((node, depth))  # its children stand in its place: look at them again
                break
            if attributes.get("role") == "img" and name not in ("html", "body") and first_under(child, BLOCK_TAGS) is None:
                replace_with_text(child, " ")  # a picture drawn of text (a badge, an icon font's ligature): no prose
                continue
            if name == "textarea" and (typed := _typed_paragraphs(child, rules)) is not None:
                replace(child, typed)  # (read as any block of paragraphs: not walked again)
                continue
            sources: Element | None = None
            if name in CONTROLS and first_under(child, SWALLOWED) is not None:
                swallowers.append(child)  # an unclosed <button> that swallowed the page: its content is the page
            elif (name in INVISIBLE_TAGS and not (name == "noscript" and _collapsed_prose(child, rules))) \
                    or (attributes and _is_hidden(child, attributes) and not _collapsed_prose(child, rules)
                        and (sources := _sources_toggle(child, rules)) is None):
                # a hidden block or a box stood between its neighbours; a hidden inline element
                # (junk letters some sites hide inside words) closes up
                if name in PICTURES:
                    mark_its_caption(node, child)  # (the picture goes: where its caption stands is marked first)
                if name in BOXES or name in BLOCK_TAGS or _shown_but_unread(child):
                    replace_with_text(child, " ")  # it took room on the line: words stay apart
                else:
                    remove(child)
                continue
            if sources is not None:  # the sources' control is their heading (its box is named as page furniture)
                replace(sources, new_element("h4", text(sources, " ").strip()))
            if depth + 1 >= MAX_ELEMENT_DEPTH:
                set_text(child, text(child, " "))
                continue
            stack.append((child, depth + 1))
    for control in swallowers:
        unwrap(control)
