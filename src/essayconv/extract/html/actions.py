"""Call-to-action boxes told by their shape: a small box that ends in a button — a short headline, a
sentence or two of pitch, then the button ("Still hungry for marks? / Have an expert write yours… /
[Start my paper]"). Sites drop these between the essay's sections with names that say nothing
(`frame-box`, `rounded-2xl bg-emerald-50`); once the button is gone, the headline would read as a
section heading and the pitch as the essay's prose.

Found before the invisible elements go (a `<button>` is one of them), as element ids; the chrome pass
removes a box found here only when no class name already said what it is, and never one that holds
the page's prose (it spares those as it spares any chrome).

The same holds for a small box that opens with an advertising label ("Sponsored", "Anzeige") over a
line or two: the label names the whole box, though its paragraph is styled like the essay's."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from ...rules import Rules
from ...signals import SENTENCE_INSIDE, Kind
from ...tuning import Tuning
from .tags import HEADING, INVISIBLE_TAGS, STRONG_TAGS, first_under, tags_under

_BOX_TAGS = frozenset(("div", "section", "aside", "figure"))
_CONTROL_INPUTS = frozenset(("submit", "button"))
_NAME_PARTS = re.compile(r"[-_\s]+")
_LINE_TAGS = frozenset(("p", "div", "li", "section", "aside", "figure", "figcaption"))


def _styled_as_button(tag: Tag, rules: Rules) -> bool:
    """A link or input styled as a button: a class word (split on - and _) or its role names it, or
    its utility classes draw one (a filled, padded box)."""
    if tag.get("role") == "button":
        return True
    classes = tag.get("class")
    if not classes:
        return False
    joined = " " + " ".join(classes).lower()  # one string: substring tests run at C speed on every link
    if any(word in rules.button_tokens for word in _NAME_PARTS.split(joined)):
        return True
    return any(all(" " + prefix in joined for prefix in style) for style in rules.button_styles)


def is_control(tag: Tag, rules: Rules) -> bool:
    """A button the reader would press, with a label."""
    if tag.name == "button":
        return bool(tag.get_text(strip=True))
    if tag.name == "input":
        return str(tag.get("type") or "").lower() in _CONTROL_INPUTS and bool(str(tag.get("value") or "").strip())
    # a link styled as a button may have lost its label to the parser (a <table> inside an <a> is
    # moved out of it): its class is enough, the label is read after it
    return tag.name == "a" and _styled_as_button(tag, rules)


def _visible_lines(box: Tag, control: Tag | None, most_words: int, label_words: int = 0) -> tuple[list[str], bool] | None:
    """The box's text before the control as its lines (one per block element or heading), and
    whether more than a button's label (`label_words`: the label the parser moved out of an
    empty control) follows the control; None when the box holds more than `most_words`
    or something that is not a pitch (a list, a table, a form field, a quotation)."""
    lines: list[str] = []
    current: list[str] = []
    after = False
    after_words = 0
    seen_control = False
    words = 0
    line_block: Tag | None = None
    for node in box.descendants:
        if isinstance(node, Tag):
            if node is control:
                seen_control = True
            elif node.name in ("ul", "ol", "table", "dl", "textarea", "select", "blockquote") \
                    and not (node.name == "table" and node.get("role") == "presentation"):
                return None  # a list, a data table, a field, a quotation: not a pitch
            elif node.name == "br":
                if current and not seen_control:
                    lines.append(" ".join(current))
                current = []
            continue
        if not isinstance(node, NavigableString) or type(node).__name__ != "NavigableString":
            continue
        parents = _parents_within(node, box)
        if any(p.name in INVISIBLE_TAGS and p.name not in ("button", "input") for p in parents):
            continue
        text = node.strip()
        if not text:
            continue
        # a line per block: text under another block than the last text's starts a new line (the
        # end of "<div>Title?</div>Pitch" shows only in where the next text sits)
        block = next((p for p in parents if p.name in _LINE_TAGS or HEADING.match(p.name or "")), box)
        if block is not line_block and current and not seen_control:
            lines.append(" ".join(current))
            current = []
        line_block = block
        words += len(text.split())
        if words > most_words:
            return None  # stop early: a box this wordy is no pitch, however long it goes on
        if seen_control and control is not None and not _inside(node, control):
            after_words += len(text.split())
            after = after_words > label_words
        elif not seen_control:
            current.append(text)
    if current:
        lines.append(" ".join(current))
    return lines, after


def _parents_within(node: NavigableString, box: Tag) -> list[Tag]:
    found = []
    for parent in node.parents:
        if parent is box:
            break
        found.append(parent)
    return found


def _inside(node: NavigableString, control: Tag) -> bool:
    return any(parent is control for parent in node.parents)


def _headline(line: str, tuning: Tuning) -> bool:
    """A box's headline: a few words, no full stop ("Need help with your essay?")."""
    return len(line.split()) <= tuning.action_headline_max_words and not line.rstrip().endswith((".", ",", ";", ":"))


def _pitch_shaped(lines: list[str], tuning: Tuning) -> bool:
    """A headline, then one or two short lines of pitch, each a sentence rather than a row of links.
    (The page's title box — its h1 over a row of tools — is never one: the caller rules out h1.)"""
    if len(lines) < 2 or len(lines) > 1 + tuning.action_pitch_max_lines:
        return False
    headline, *pitch = lines
    if any(len(line.split()) < tuning.action_pitch_min_words for line in pitch):
        return False  # a row of links or tools ("Download PDF · Cite"), not a pitch
    sentences = sum(len(SENTENCE_INSIDE.findall(line)) + 1 for line in pitch)  # the ends inside, and the last
    return _headline(headline, tuning) and sentences <= tuning.action_pitch_max_sentences


def _strong_or_heading_first(box: Tag) -> bool:
    """The headline stands out: a heading element or bold text opens the box, or its class says bold."""
    for tag in tags_under(box):
        if not tag.get_text(strip=True):
            continue
        if HEADING.match(tag.name) or tag.name in STRONG_TAGS:
            return True
        if any("bold" in c.lower() or "title" in c.lower() or "heading" in c.lower() for c in (tag.get("class") or [])):
            return True
        if tag.name in ("p", "div", "span"):
            continue
        return False
    return False


def action_boxes(soup: BeautifulSoup, rules: Rules) -> dict[int, str]:
    """Element ids of the boxes that are calls to action or labelled advertisements, with their kind."""
    return {**_labelled_ads(soup, rules), **_button_boxes(soup, rules)}


def _button_boxes(soup: BeautifulSoup, rules: Rules) -> dict[int, str]:
    """For each button, the nearest box around it that ends with it, opens with a standing-out
    headline, and says no more than a short pitch (the button may sit in wrappers of its own inside
    the box: a few boxes up are looked at)."""
    tuning = rules.tuning
    found: dict[int, str] = {}
    for control in tags_under(soup, ("button", "a", "input")):
        if not is_control(control, rules):
            continue
        boxes = 0
        for box in control.parents:
            if box.name in ("body", "html", "main", "article", "[document]") or boxes >= tuning.action_box_levels:
                break
            if box.name not in _BOX_TAGS:
                continue
            boxes += 1
            label = 0 if control.get_text(strip=True) else tuning.cta_max_words
            read = _visible_lines(box, control, tuning.action_box_max_words, label)
            if read is None or read[1]:
                break  # wordier than a pitch, or text after the button: no wider box is one either
            if _pitch_shaped(read[0], tuning) and _strong_or_heading_first(box) and first_under(box, "h1") is None:
                found[id(box)] = Kind.AD
                break
    return found


_LABEL_MAX_CHARS = 40  # a cheap test first: no label of three words is longer


def _labelled_ads(soup: BeautifulSoup, rules: Rules) -> dict[int, str]:
    """Small boxes whose first line is an advertising label alone ("Sponsored" over a line of copy)."""
    tuning = rules.tuning
    ad_rules = [rule for rule in rules.blocks if rule.kind == Kind.AD and rule.action == "drop"]
    found: dict[int, str] = {}
    for string in soup.descendants:  # a plain walk: find_all(string=True) builds a matcher per call
        if type(string) is not NavigableString:
            continue
        text = string.strip()
        if not text or len(text) > _LABEL_MAX_CHARS or len(text.split()) > tuning.ad_label_max_words:
            continue
        if not any(rule.matches(text, len(text.split())) for rule in ad_rules):
            continue
        box = next((p for p in string.parents if p.name in _BOX_TAGS), None)
        if box is None or box.name in ("body", "html"):
            continue
        read = _visible_lines(box, None, tuning.action_box_max_words)
        if read is not None and len(read[0]) >= 2 and read[0][0] == text:
            found[id(box)] = Kind.AD
    return found
