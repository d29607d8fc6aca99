"""The page's own style sheets, read for what they say of a class: which classes a declaration (a blur,
a kept line break) applies to. Found from each declaration outwards to its rule's selectors, so a large
sheet holding none costs one scan (a whole-sheet rule pattern backtracks over every long selector run)."""

from __future__ import annotations

import re
from typing import Callable, Iterable

from ...regexes import compile_regex
from ..dom import Element, text

_BRACES = compile_regex(r"[{}]")
_COMBINATORS = compile_regex(r"[\s>+~]+")
_CLASS = compile_regex(r"\.(-?[_a-zA-Z][\w-]*)")


def rule_selectors(sheet: str, declarations: Iterable[re.Match[str]]) -> list[str]:
    """The selector lists of the sheet's innermost rules (`selectors{declarations}`, no brace inside
    either) holding one of the declarations."""
    found: dict[int, str] = {}
    for declaration in declarations:
        opening = max(sheet.rfind("{", 0, declaration.start()), sheet.rfind("}", 0, declaration.start()))
        closing = _BRACES.search(sheet, declaration.end())
        if opening < 0 or sheet[opening] != "{" or closing is None or closing.group() != "}":
            continue  # not inside an innermost rule's declarations
        before = max(sheet.rfind("{", 0, opening), sheet.rfind("}", 0, opening))
        if opening - before > 1:
            found[opening] = sheet[before + 1:opening]
    return list(found.values())


def classes_styled(root: Element, declarations: Callable[[str], Iterable[re.Match[str]]]) -> frozenset[str]:
    """Classes of the subject of every rule of the page's sheets holding one of the `declarations`
    found in a sheet (`.card .thumb img{…}` styles the image, not the card)."""
    found: set[str] = set()
    for style in root.iter("style"):
        sheet = text(style)
        for selectors in rule_selectors(sheet, declarations(sheet)):
            for selector in selectors.split(","):
                subject = _COMBINATORS.split(selector.strip())[-1]
                found.update(_CLASS.findall(subject.split(":")[0]))
    return frozenset(found)
