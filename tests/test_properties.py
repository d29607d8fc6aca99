"""Properties over generated input: convert never raises anything but essayconv's own errors, the
JSON always matches the schema, cleaning never adds words that were not in the page, and never
drops an essay paragraph that holds no clutter."""

from __future__ import annotations

import json
import os
import re

from bs4 import BeautifulSoup
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import essayconv
from essayconv.errors import EssayconvError
from essayconv.model import INVISIBLE_IN_WORDS, Paragraph, block_text, plain_text
from essayconv.mojibake import repair_mojibake
from essayconv.write.json_writer import dumps

from .helpers import PROSE

# CI runs the same examples every time (a red CI must mean a change broke something, not a new draw);
# a developer's run explores new ones
SETTINGS = settings(settings.default, max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                    derandomize=bool(os.environ.get("CI")))
WORD = re.compile(r"\w+")
BLOCK_NAMES = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "table", "tr", "td", "th",
               "section", "article", "header", "footer", "nav", "aside", "pre", "br", "hr"]

TAGS = ["p", "div", "span", "em", "strong", "b", "i", "a", "h1", "h2", "h3", "blockquote", "ul", "ol", "li", "table",
        "tr", "td", "section", "article", "nav", "footer", "aside", "header", "br", "script", "style", "q", "cite",
        "sup", "pre", "form", "iframe", "svg", "main"]
ATTRIBUTES = ["", ' class="content"', ' class="related"', ' class="ad-banner"', ' id="essay"', ' hidden',
              ' style="display:none"', ' href="https://example.org/x"', ' class="share-buttons"', ' lang="fr"']


# Essay prose made of words that trigger no clutter rule, in full sentences (no words that talk about an
# essay as a piece of work either: "teacher", "student"; see [notes] essay_talk).
VOCABULARY = ("river valley farmers harvest season market village bridge mountain winter baker sailor "
              "library letter garden morning evening history journey family harbor orchard meadow storm "
              "lantern painter kitchen window forest").split()
sentence = st.lists(st.sampled_from(VOCABULARY), min_size=6, max_size=14).map(lambda w: " ".join(w).capitalize() + ".")
essay_paragraph = st.lists(sentence, min_size=3, max_size=6).map(" ".join)


@st.composite
def html_fragment(draw, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        if depth < 4 and draw(st.booleans()):
            tag = draw(st.sampled_from(TAGS))
            attributes = draw(st.sampled_from(ATTRIBUTES))
            inner = draw(html_fragment(depth + 1))
            closing = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", ""]))  # sometimes left open
            parts.append(f"<{tag}{attributes}>{inner}{closing}")
        else:
            # random Unicode, or prose long enough to make an essay of the page
            parts.append(draw(st.one_of(st.text(min_size=0, max_size=80), essay_paragraph)))
    return "".join(parts)


@st.composite
def html_page(draw) -> str:
    head = draw(st.sampled_from(["", "<title>" + draw(st.text(max_size=40)) + "</title>", '<meta charset="utf-8">']))
    return f"<!DOCTYPE html><html><head>{head}</head><body>{draw(html_fragment())}</body></html>"


def _load_or_own_error(data: bytes, name: str):  # noqa: ANN202
    try:
        return essayconv.load(data, name=name)
    except EssayconvError as error:
        assert str(error).startswith(name)
        return None


@SETTINGS
@given(st.binary(max_size=3000))
def test_any_bytes(data: bytes) -> None:
    _load_or_own_error(data, "fuzz.html")


@SETTINGS
@given(st.text(max_size=3000))
def test_any_text_dump(text: str) -> None:
    document = _load_or_own_error(text.encode("utf-8"), "fuzz.txt")
    if document is not None:
        for fmt in ("md", "txt", "html"):
            essayconv.render(document, fmt)


@SETTINGS
@given(page=html_page())
def test_any_html_gives_schema_valid_json(page: str, schema: dict) -> None:
    import jsonschema

    document = _load_or_own_error(page.encode("utf-8"), "fuzz.html")
    if document is not None:
        jsonschema.validate(json.loads(dumps(document)), schema)
        for fmt in ("md", "txt", "html"):
            essayconv.render(document, fmt)


def _words(text: str) -> set[str]:
    return {w.casefold() for w in WORD.findall(text)}


@SETTINGS
@given(html_page())
# a C1 control at the end of one span and a word opening the next: two words, not "0River"
@example(page="<html><body>River river river river river river. River river river river river river river river."
              "0:0\x80<em>River river river river river river. River river river river river river.</em></body></html>")
# an empty block taken out as chrome still breaks the line it stood in: "0 0", not "00"
@example(page='<!DOCTYPE html><html><head></head><body><p class="related"></p>0:0:0\U00018cd6á\x80\x1f:0:0:River river river river '
              'river river. River river river river river river river river river river river river river river. River '
              'river river river river river river river river river river river river river.</body></html>')
@example(page='<!DOCTYPE html><html><head></head><body>0<p class="related"></p>0<p>0:0:River river river river river '
              'river river river river. River river river river river river river river river river river river river '
              'river. River river river river river river river river river river river river river river.</p></body></html>')
def test_cleaning_never_adds_words(page: str) -> None:
    document = _load_or_own_error(page.encode("utf-8"), "fuzz.html")
    if document is None:
        return
    # everything the page holds as text, as a reader sees it (soft hyphens and joiners closed up);
    # encoding repair ("â€™" → "’") is the one change the design allows, so the repaired text counts
    seen = INVISIBLE_IN_WORDS.sub("", page)
    soup = BeautifulSoup(seen, "lxml")
    source = set()
    # text nodes apart, and joined as a browser renders inline neighbours ("0</cite>River" → "0River")
    # and with hidden elements gone: junk letters a site hides inside a word close up ("0:0<span
    # hidden>0</span>River" reads "0:0River"), by design
    shown = BeautifulSoup(seen, "lxml")
    for hidden in shown.find_all(lambda tag: tag.has_attr("hidden") or tag.get("aria-hidden") == "true"
                                 or "display:none" in str(tag.get("style", "")).replace(" ", "").lower()):
        hidden.decompose()
    # …and block elements apart, as a browser lays them out: "<span>0:1</span>0</p><p>0" reads "0:10 0"
    blocks = BeautifulSoup(seen, "lxml")
    for block in blocks.find_all(BLOCK_NAMES):
        block.insert_before(" ")
        block.append(" ")
    # the page's <title> is never drawn beside the body's first words ("<title>0</title>…<span>0</span>River"
    # reads "0River" on the page, not "00River")
    for title in shown.find_all("title"):
        title.decompose()
    for text in (seen, soup.get_text(" "), soup.get_text(""), shown.get_text(""), blocks.get_text("")):
        source |= _words(text) | _words(repair_mojibake(text))
    # mojibake is repaired before invisible characters go: "Î\xad" is "έ" misread, not "Î" and a soft hyphen
    source |= _words(repair_mojibake(BeautifulSoup(page, "lxml").get_text("")))
    # …and a control character inside a line is a space to the reader before the repair reads it
    # ("à¢\x1f0" is "à¢ 0", which the repair reads as "ࢠ0": a scraper's space may have been a no-break space)
    for text in (soup.get_text(" "), soup.get_text("")):
        source |= _words(repair_mojibake(re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", " ", text)))
        # (the space may be a no-break space standing after a misread lead byte and its C1 continuation:
        # "á\x80\x1f" is "á\x80\xa0", UTF-8 for "ဠ")
        source |= _words(repair_mojibake(re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "\xa0", text)))
    produced = json.loads(dumps(document))
    texts = [produced["title"] or ""] + [b.get("text", "") for b in produced["blocks"]] + \
            [i for b in produced["blocks"] for i in b.get("items", [])] + \
            (produced["references"]["entries"] if produced["references"] else [])
    assert _words(" ".join(texts)) <= source


CLUTTER = ["<div class='ad-banner'>Hire writer</div>", "<p>Get Help With Your Essay</p>",
           "<nav><a href='/'>Home</a> <a href='/essays'>Essays</a></nav>", "<p>Cite this essay cite-image</p>",
           "<div class='share-buttons'>Share Tweet Email</div>", "<p>Save your time!</p>",
           "<aside><p>Popular essays: one, two, three, four, five, six.</p></aside>", "<p>Open Document</p>"]


@SETTINGS
@given(st.lists(essay_paragraph, min_size=3, max_size=8), st.lists(st.sampled_from(CLUTTER), max_size=6),
       st.randoms(use_true_random=False), st.sampled_from(["article", "div class='post'", "main", "td"]))
def test_clutter_free_paragraphs_are_never_dropped(paragraphs: list[str], clutter: list[str], rng, wrapper: str) -> None:
    blocks = [f"<p>{p}</p>" for p in paragraphs]
    for item in clutter:
        blocks.insert(rng.randrange(len(blocks) + 1), item)
    tag = wrapper.split()[0]
    page = f"<html><body><header><a href='/'>Site</a></header><{wrapper}><h1>The Title</h1>{''.join(blocks)}</{tag}>" \
           f"<footer>© 2026 Site</footer></body></html>"
    document = essayconv.load(page.encode(), name="essay.html")
    kept = [plain_text(b.inlines) for b in document.blocks if isinstance(b, Paragraph)]
    for paragraph_text in paragraphs:
        assert paragraph_text in kept


def test_chrome_inside_pre_is_not_read_as_text() -> None:
    """Found by Hypothesis: a <nav> inside <pre> came back as its truncated summary ("mornin")."""
    words = " ".join(["River valley farmers"] * 40) + " morning."
    page = f"<html><body><p><pre><p><nav>{words}</nav></p></pre></p><article><p>{PROSE} {PROSE}</p></article></body></html>"
    text = " ".join(block_text(b) for b in essayconv.load(page.encode(), name="pre.html").blocks)
    assert "mornin " not in text + " " and "[…]" not in text


def test_whitespace_cleaning_fast_path_changes_nothing_the_slow_path_would() -> None:
    """`clean_whitespace` returns a string untouched when one scan finds nothing to clean: for every
    character of the Basic Multilingual Plane, alone and inside words, it agrees with the three
    substitutions it skips."""
    from essayconv import model

    def slow(text: str) -> str:
        return model._WS.sub(" ", model._SEPARATING_CONTROLS.sub(" ", model.INVISIBLE_IN_WORDS.sub("", text)))

    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        for text in (f"a{char}b", f"a {char}b", char):
            assert model.clean_whitespace(text) == slow(text), hex(code)


def test_whitespace_cleaning_by_split_agrees_with_the_substitutions() -> None:
    """`clean_whitespace` splits a text at white space when it holds nothing else to clean: for every
    character of the Basic Multilingual Plane, at the text's edges and between runs of spaces, it
    agrees with the three substitutions; and `str.split` splits at no character they would keep."""
    from essayconv import model

    def slow(text: str) -> str:
        return model._WS.sub(" ", model._SEPARATING_CONTROLS.sub(" ", model.INVISIBLE_IN_WORDS.sub("", text)))

    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        if char.isspace():
            assert slow(f"a{char}b") == "a b", hex(code)
        for text in (f" {char}", f"{char}\n", f"a  {char}  b", f"\t{char}\u00a0b ", f"{char}{char}"):
            assert model.clean_whitespace(text) == slow(text), hex(code)


def test_ascii_word_count_agrees_with_the_word_pattern() -> None:
    """`count_words` counts an ASCII text by splitting it: for every string of up to four characters
    over word characters, joiners and separators, as many words as the pattern finds."""
    import itertools

    from essayconv import model

    for length in range(5):
        for letters in itertools.product("a_1-' .", repeat=length):
            text = "".join(letters)
            assert model.count_words(text) == len(model._WORD.findall(text)), repr(text)
