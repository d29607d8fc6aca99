"""How much of the page's readable prose each element holds.

Class and id names are evidence, not verdicts: a theme calls the wrapper of its article
`content-sidebar-wrap`, tags an `<article>` with `tag-…` classes, leaves a `<header>` unclosed so
that it wraps the page, or puts the whole page in an ASP.NET `<form>`. Before the finder removes
an element for its name it asks how much of the page's prose the element holds; an element that
holds most of it is the article's home and is looked into, never removed whole.

Prose is counted in words of unlinked text in sentence-like blocks (a paragraph with enough words
and a sentence end): menus, link lists, buttons and short labels count for nothing, so a footer or
a sidebar of links never looks like the article, whatever its size.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..regexes import compile_regex
from ..tuning import Tuning
from .dom import Element, child_tags

_SENTENCE_END = compile_regex(r"[.!?。！？…।॥؟۔]")
_WORD = compile_regex(r"\w+")
# the elements that hold a paragraph of text; text directly in any other element (a <span>, an
# <a>) belongs to the nearest one of these above it
_TEXT_BLOCKS = frozenset("p div section article main header footer aside nav h1 h2 h3 h4 h5 h6 blockquote ul ol li "
                         "dl dt dd pre table td th figure figcaption address center details summary form body "
                         "html".split())


_UNSPACED = compile_regex(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
CHARS_PER_UNSPACED_WORD = 2
"""Chinese and Japanese write no spaces: two characters count as a word (about the average length
of a Chinese word), so a paragraph of theirs weighs what an English one does."""


_ASCII_WORD_BYTES = bytes.maketrans(bytes(range(128)), bytes(c if chr(c).isalnum() or c == ord("_") else ord(" ")
                                                             for c in range(128)))
"""An ASCII text's bytes with every non-word character a space: its runs of word characters are what split()
finds (a C split instead of a list of regex matches, on every string of the page)."""


def word_runs(text: str) -> int:
    """How many runs of word characters the text holds (`\\w+`): an ASCII text's counted by a C
    split of its bytes, not a list of regex matches."""
    if text.isascii():
        return len(text.encode("ascii").translate(_ASCII_WORD_BYTES).split())
    return len(_WORD.findall(text))


def word_count(text: str) -> int:
    if text.isascii():  # no unspaced letter in it (most texts): not searched for them
        return len(text.encode("ascii").translate(_ASCII_WORD_BYTES).split())
    words = len(_WORD.findall(text))
    return max(words, len(_UNSPACED.findall(text)) // CHARS_PER_UNSPACED_WORD)


@dataclass(frozen=True)
class ProseMass:
    """Words of prose held by each element under a root (keyed by the element)."""

    words: dict[Element, int]
    total: int

    def of(self, tag: Element) -> int:
        return self.words.get(tag, 0)

    def share(self, tag: Element) -> float:
        return self.of(tag) / self.total if self.total else 0.0


def unordered_pieces(root: Element) -> list[tuple[str, Element]]:
    """What `dom.pieces` yields, in no particular order (a tail comes before the text under its
    element): one pass over the nodes without the walk's events, for tallies that only add up."""
    found = []
    for node in root.iter():
        if type(node.tag) is str and (text := node.text):  # a comment's own text is not a string
            found.append((text, node))
        if (tail := node.tail) and node is not root:  # (each read decodes the string anew)
            found.append((tail, node.getparent()))
    return found


def prose_mass(root: Element, tuning: Tuning, found: list[tuple[str, Element]] | None = None) -> ProseMass:
    """One pass over the text under `root`: each string is charged to its nearest text block, each
    sentence-like block's unlinked words to every element above it. `found`: `unordered_pieces(root)`
    when the caller read them for another tally of the same tree."""
    text: dict[Element, list[str]] = defaultdict(list)
    linked: dict[Element, int] = defaultdict(int)
    nearest: dict[Element, tuple[Element, bool]] = {}  # per holder: its text block, and whether a link is between
    for string, holder in unordered_pieces(root) if found is None else found:  # (order is no matter: a tally)
        if not string.strip():
            continue
        found = nearest.get(holder)
        if found is None:
            node, in_link = holder, False
            while node is not None and node.tag not in _TEXT_BLOCKS and node is not root:
                in_link = in_link or node.tag == "a"
                node = node.getparent()
            if node is None:
                continue
            found = nearest[holder] = (node, in_link)
        block, in_link = found
        text[block].append(string)
        if in_link:
            linked[block] += word_count(string)
    words: dict[Element, int] = defaultdict(int)
    for block, strings in text.items():
        joined = " ".join(strings)
        count = word_count(joined)
        unlinked = count - min(linked[block], count)
        if count < tuning.prose_block_min_words or unlinked < (1 - tuning.prose_block_max_linked) * count \
                or not _SENTENCE_END.search(joined):
            continue
        node = block
        while node is not None:
            words[node] += unlinked
            if node is root:
                break
            node = node.getparent()
    return ProseMass(dict(words), words.get(root, 0))


_PARAGRAPHS = frozenset(("p", "blockquote", "ul", "ol", "dl", "pre", "h2", "h3", "h4", "h5", "h6"))


def prose_core(body: Element, mass: ProseMass, tuning: Tuning) -> Element:
    """The tightest element holding most of the page's prose: from <body> down, into the child
    that holds most of its parent's prose, while one does and the parent's own paragraphs do not
    carry a real share of it."""
    node = body
    while True:
        children = child_tags(node)
        best = max(children, key=mass.of, default=None)
        if best is None or mass.of(best) < tuning.core_child_share * mass.of(node) or not mass.of(best):
            return node
        own = sum(mass.of(c) for c in children if c.tag in _PARAGRAPHS)
        if node is not body and own >= tuning.core_own_paragraphs_share * mass.of(node):
            return node
        node = best
