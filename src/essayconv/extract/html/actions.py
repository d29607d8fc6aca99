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

from lxml import etree

from ...literals import prefilter_view
from ...regexes import compile_regex
from ...rules import Rules
from ...signals import SENTENCE_INSIDE, Kind
from ...tuning import Tuning
from ..dom import Element, all_strings, classes, has_text, pieces
from ..reading import Reading
from .tags import HEADING, INVISIBLE_TAGS, STRONG_TAGS, first_under, tags_under

_BOX_TAGS = frozenset(("div", "section", "aside", "figure"))
_CONTROL_INPUTS = frozenset(("submit", "button"))
_NAME_PARTS = compile_regex(r"[-_\s]+")
_LINE_TAGS = frozenset(("p", "div", "li", "section", "aside", "figure", "figcaption"))


def _styled_as_button(tag: Element, rules: Rules, styles: dict[tuple[str | None, str | None], bool]) -> bool:
    """A link or input styled as a button: a class word (split on - and _) or its role names it, or
    its utility classes draw one (a filled, padded box). `styles`: what each (role, class) said, the
    page's answers so far (a page gives many of its links the same class)."""
    key = (tag.get("role"), tag.get("class"))
    styled = styles.get(key)
    if styled is None:
        styled = styles[key] = _names_a_button(*key, rules)
    return styled


def _names_a_button(role: str | None, class_value: str | None, rules: Rules) -> bool:
    if role == "button":
        return True
    names = class_value.split() if class_value else []
    if not names:
        return False
    joined = " " + " ".join(names).lower()  # one string: substring tests run at C speed on every link
    if any(word in rules.button_tokens for word in _NAME_PARTS.split(joined)):
        return True
    return any(all(" " + prefix in joined for prefix in style) for style in rules.button_styles)


def is_control(tag: Element, rules: Rules, styles: dict[tuple[str | None, str | None], bool]) -> bool:
    """A button the reader would press, with a label (`styles`: see `_styled_as_button`)."""
    if tag.tag == "button":
        return has_text(tag)
    if tag.tag == "input":
        return (tag.get("type") or "").lower() in _CONTROL_INPUTS and bool((tag.get("value") or "").strip())
    # a link styled as a button may have lost its label to the parser (a <table> inside an <a> is
    # moved out of it): its class is enough, the label is read after it
    return tag.tag == "a" and _styled_as_button(tag, rules, styles)


def _visible_lines(box: Element, control: Element | None, most_words: int,
                   label_words: int = 0) -> tuple[list[str], bool] | None:
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
    line_block: Element | None = None
    inside_control = 0
    # per element open in the walk, from the box down: (whether its strings are skipped — inside an
    # invisible element or one holding its own strings —, the block its strings are a line of), so
    # that no string's ancestors are searched again
    open_elements: list[tuple[bool, Element]] = [(_in_own_strings(box), box)]

    def read(string: str, skipped: bool, block: Element) -> bool:
        """One string of the box; False when the box is too wordy to be a pitch."""
        nonlocal current, line_block, words, after_words, after
        if skipped:
            return True  # a script's, a style's or a ruby annotation's text is not the box's
        stripped = string.strip()
        if not stripped:
            return True
        # a line per block: text under another block than the last text's starts a new line (the
        # end of "<div>Title?</div>Pitch" shows only in where the next text sits)
        if block is not line_block and current and not seen_control:
            lines.append(" ".join(current))
            current = []
        line_block = block
        words += len(stripped.split())
        if words > most_words:
            return False  # stop early: a box this wordy is no pitch, however long it goes on
        if seen_control and control is not None and not inside_control:
            after_words += len(stripped.split())
            after = after_words > label_words
        elif not seen_control:
            current.append(stripped)
        return True

    for event, node in etree.iterwalk(box, events=("start", "end", "comment", "pi")):
        if event == "start":
            if node is not box:
                if node is control:
                    seen_control = True
                    inside_control += 1
                elif node.tag in ("ul", "ol", "table", "dl", "textarea", "select", "blockquote") \
                        and not (node.tag == "table" and node.get("role") == "presentation"):
                    return None  # a list, a data table, a field, a quotation: not a pitch
                elif node.tag == "br":
                    if current and not seen_control:
                        lines.append(" ".join(current))
                    current = []
                open_elements.append(_opened(node, *open_elements[-1]))
            if node.text and not read(node.text, *open_elements[-1]):
                return None
        elif event == "end":
            if node is box:
                continue
            if node is control:
                inside_control -= 1
            open_elements.pop()
            if node.tail and not read(node.tail, *open_elements[-1]):
                return None
        elif node.tail and not read(node.tail, *open_elements[-1]):
            return None
    if current:
        lines.append(" ".join(current))
    return lines, after


_OWN_STRINGS = frozenset(("script", "style", "template", "rt", "rp"))
_SKIPPED_TAGS = (frozenset(INVISIBLE_TAGS) - {"button", "input"}) | _OWN_STRINGS


def _opened(node: Element, skipped: bool, block: Element) -> tuple[bool, Element]:
    """What an element's strings are, from its parent's: skipped when it or the parent is invisible
    (a button's or a field's label counts) or holds its own strings; a line of it when it is a line
    block or a heading, else of the parent's block."""
    name = node.tag
    return skipped or name in _SKIPPED_TAGS, node if name in _LINE_TAGS or HEADING.match(name) else block


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


def _strong_or_heading_first(box: Element, reading: Reading) -> bool:
    """The headline stands out: a heading element or bold text opens the box, or its class says bold."""
    for tag in tags_under(box):
        if not reading.has_text(tag):
            continue
        if HEADING.match(tag.tag) or tag.tag in STRONG_TAGS:
            return True
        if any("bold" in c.lower() or "title" in c.lower() or "heading" in c.lower() for c in classes(tag)):
            return True
        if tag.tag in ("p", "div", "span"):
            continue
        return False
    return False


def action_boxes(root: Element, rules: Rules) -> dict[Element, str]:
    """The boxes that are calls to action or labelled advertisements, with their kind."""
    return {**_labelled_ads(root, rules), **_button_boxes(root, rules)}


def _button_boxes(root: Element, rules: Rules) -> dict[Element, str]:
    """For each button, the nearest box around it that ends with it, opens with a standing-out
    headline, and says no more than a short pitch (the button may sit in wrappers of its own inside
    the box: a few boxes up are looked at)."""
    tuning = rules.tuning
    found: dict[Element, str] = {}
    styles: dict[tuple[str | None, str | None], bool] = {}
    reading = Reading()  # the boxes around the buttons, each asked for each button inside it
    for control in tags_under(root, ("button", "a", "input")):
        if not is_control(control, rules, styles):
            continue
        boxes = 0
        for box in control.iterancestors():
            if box.tag in ("body", "html", "main", "article") or boxes >= tuning.action_box_levels:
                break
            if box.tag not in _BOX_TAGS:
                continue
            boxes += 1
            label = 0 if reading.has_text(control) else tuning.cta_max_words
            read = _visible_lines(box, control, tuning.action_box_max_words, label)
            if read is None or read[1]:
                break  # wordier than a pitch, or text after the button: no wider box is one either
            if _pitch_shaped(read[0], tuning) and _strong_or_heading_first(box, reading) and first_under(box, "h1") is None:
                found[box] = Kind.AD
                break
    return found


_LABEL_MAX_CHARS = 40  # a cheap test first: no label of three words is longer


def _labelled_ads(root: Element, rules: Rules) -> dict[Element, str]:
    """Small boxes whose first line is an advertising label alone ("Sponsored" over a line of copy)."""
    tuning = rules.tuning
    ad_rules = [rule for rule in rules.blocks if rule.kind == Kind.AD and rule.action == "drop"]
    found: dict[Element, str] = {}
    # each short string of the page asked once (a page repeats its labels, and most of its strings
    # are white space), the strings alone first: most pages have no label at all
    short = {text for string in all_strings(root) if (text := string.strip()) and len(text) <= _LABEL_MAX_CHARS}
    labels = {text for text in short if _may_label(text, ad_rules, tuning)}
    if not labels:
        return found
    for string, holder in pieces(root):
        text_ = string.strip()
        if text_ not in labels:
            continue
        if _in_own_strings(holder):
            continue  # a script's, a style's or a ruby annotation's text, not a line of the page
        box = holder if holder.tag in _BOX_TAGS else next(holder.iterancestors(*_BOX_TAGS), None)
        if box is None or box.tag in ("body", "html"):
            continue
        read = _visible_lines(box, None, tuning.action_box_max_words)
        if read is not None and len(read[0]) >= 2 and read[0][0] == text_:
            found[box] = Kind.AD
    return found


def _may_label(string: str, ad_rules: list, tuning: Tuning) -> bool:
    """A string short enough to be an advertising label alone, and one of the rules says it is."""
    label = string.strip()
    if not label or len(label) > _LABEL_MAX_CHARS:
        return False
    words = len(label.split())
    if words > tuning.ad_label_max_words:
        return False
    lowered = prefilter_view(label)  # once for all the rules
    return any(rule.matches(label, words, lowered) for rule in ad_rules)


def _in_own_strings(holder: Element) -> bool:
    return holder.tag in _OWN_STRINGS or next(holder.iterancestors(*_OWN_STRINGS), None) is not None
