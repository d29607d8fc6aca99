"""The HTML vocabulary the finder reads: which elements are invisible, boxes, chrome, blocks,
emphasis; the marker element left where something was removed."""

from __future__ import annotations

import re

from ...signals import Kind

INVISIBLE_TAGS = ("script", "style", "noscript", "template", "svg", "canvas", "iframe", "object",
                   "embed", "link", "meta", "head", "button", "input", "select", "textarea",
                   "option", "map", "audio", "video", "picture", "img", "source", "track")
# Form controls hold a label, never paragraphs: one that holds a <p> or an <article> was left
# unclosed by the page and the parser nested the rest of the page inside it.
CONTROLS = frozenset(("button", "select", "label"))
SWALLOWED = ("p", "article", "main", "section", "h1", "h2")
# Dropped, but each was a box on the rendered line, so what stood either side stays apart.
BOXES = frozenset(("iframe", "img", "svg", "canvas", "object", "embed", "video", "audio", "picture", "button",
                    "input", "select", "textarea", "map"))
CHROME_TAGS = {"nav": Kind.NAVIGATION, "footer": Kind.FOOTER, "aside": Kind.SIDEBAR, "form": Kind.FORM,
                "dialog": Kind.POPUP, "menu": Kind.NAVIGATION}
BLOCK_TAGS = frozenset("p div section article main header footer aside nav h1 h2 h3 h4 h5 h6 "
                        "blockquote ul ol li dl dt dd pre table thead tbody tfoot tr td th figure "
                        "figcaption hr address center details summary fieldset body html".split())
EMPH_TAGS = frozenset(("em", "i", "cite", "dfn", "var"))
STRONG_TAGS = frozenset(("strong", "b"))
HEADING = re.compile(r"^h([1-6])$")
MAX_ELEMENT_DEPTH = 256
"""Elements nested deeper are flattened to text before anything else looks at the page."""
MAX_DEPTH = MAX_ELEMENT_DEPTH + 8  # recursion guard for the walker, never reached after pruning
REMOVED_TAG = "essayconv-removed"

SUMMARY_CHARS = 300
