from __future__ import annotations

import json
from html.parser import HTMLParser

import jsonschema
import pytest

import essayconv
from essayconv.model import (
    BlockQuote,
    Citation,
    Document,
    Emph,
    Gap,
    Heading,
    Link,
    ListBlock,
    Metadata,
    Paragraph,
    References,
    Strong,
    Text,
)
from essayconv.write import UnknownFormat, format_for, write

DOC = Document(
    title="On *Stars* & <Tags>",
    metadata=Metadata(source="x.html", site="generic", author="Ada", lang="en", claimed_words=100,
                      claimed_pages=1, words=40, complete=False),
    blocks=(
        Heading(2, (Text("First Part"),)),
        Paragraph((Text("1. Not a list, # not a heading, *not* emphasis "), Emph((Text("but this"),)), Text(" and "),
                   Strong((Text("this"),)), Text(" and "), Link((Text("a link"),), "https://example.org/a(b)"),
                   Text(" "), Citation("(Eidelman 1)", "Eidelman", True), Text("."))),
        Gap("teaser"),
        BlockQuote((Text("> quoted words"),)),
        ListBlock(False, ((Text("one"),), (Text("two"),))),
        ListBlock(True, ((Text("first"),), (Text("second"),))),
    ),
    references=References("Works Cited", ((Text("Eidelman, Tamara. "), Emph((Text("The Thaw"),)), Text(". 2009.")),)),
    citations=(Citation("(Eidelman 1)", "Eidelman", True),),
)


def test_json_contract(schema: dict) -> None:
    data = json.loads(write(DOC, "json"))
    jsonschema.validate(data, schema)
    assert data["schema"] == "essayconv/1"
    assert [b["type"] for b in data["blocks"]] == ["heading", "paragraph", "gap", "blockquote", "list", "list"]
    assert data["blocks"][1]["text"].endswith("a link (Eidelman 1).")
    assert data["references"] == {"heading": "Works Cited", "entries": ["Eidelman, Tamara. The Thaw. 2009."]}
    assert data["citations"] == [{"text": "(Eidelman 1)", "key": "Eidelman", "matched": True}]
    assert list(data["metadata"]) == ["source", "site", "author", "lang", "claimed_words", "claimed_pages", "words", "complete"]


def test_json_is_deterministic() -> None:
    assert write(DOC, "json") == write(DOC, "json")


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        self.tags.append(tag)
        if tag not in ("meta", "br", "link"):
            self.stack.append(tag)

    def handle_endtag(self, tag):  # noqa: ANN001
        assert self.stack and self.stack[-1] == tag, f"unbalanced </{tag}>"
        self.stack.pop()

    def handle_data(self, data):  # noqa: ANN001
        self.text.append(data)


def test_html_is_balanced_semantic_and_escaped() -> None:
    html = write(DOC, "html").decode()
    collector = _Collector()
    collector.feed(html)
    assert not collector.stack
    assert {"article", "h1", "h2", "em", "strong", "a", "blockquote", "ul", "ol", "section"} <= set(collector.tags)
    assert "<title>On *Stars* &amp; &lt;Tags&gt;</title>" in html
    assert 'class="gap"' in html and "[…]" in html
    assert '<html lang="en">' in html
    assert "http" not in html.replace("https://example.org/a(b)", "")  # nothing remote referenced


def test_markdown_escapes_and_structure() -> None:
    md = write(DOC, "md").decode()
    lines = md.rstrip("\n").split("\n\n")
    assert lines[0] == r"# On \*Stars\* & \<Tags\>"
    assert lines[1] == "## First Part"
    assert lines[2].startswith(r"1\. Not a list, # not a heading, \*not\* emphasis *but this* and **this**")
    assert "[a link](https://example.org/a%28b%29)" in lines[2]
    assert lines[3].startswith(r"*\[…\]")
    assert lines[4] == r"> \> quoted words"
    assert lines[5] == "- one\n- two" and lines[6] == "1. first\n2. second"
    assert lines[7] == "## Works Cited" and lines[8] == "Eidelman, Tamara. *The Thaw*. 2009."


def test_markdown_renders_back_to_the_same_text() -> None:
    import markdown_it
    html = markdown_it.MarkdownIt().render(write(DOC, "md").decode())
    assert "<h1>On *Stars* &amp; &lt;Tags&gt;</h1>" in html
    assert "<em>but this</em>" in html and "<ol>" in html


def test_text_output() -> None:
    text = write(DOC, "txt").decode()
    assert text.startswith("On *Stars* & <Tags>\n\nFirst Part\n\n1. Not a list")
    assert "[…]" in text and "• one\n• two" in text and text.endswith("Eidelman, Tamara. The Thaw. 2009.\n")


@pytest.mark.parametrize("path, explicit, expected", [
    ("out.json", None, "json"), ("out.HTML", None, "html"), ("notes.md", None, "md"), ("a.txt", None, "txt"),
    (None, None, "json"), ("-", "md", "md"), ("x.json", "markdown", "md"),
])
def test_format_choice(path: str | None, explicit: str | None, expected: str) -> None:
    assert format_for(path, explicit) == expected


@pytest.mark.parametrize("path, explicit", [("out.xyz", None), (None, "rtf")])
def test_unknown_format(path: str | None, explicit: str | None) -> None:
    with pytest.raises(UnknownFormat):
        format_for(path, explicit)


def test_convert_api_round_trip() -> None:
    from .conftest import SAMPLES

    data = essayconv.convert(SAMPLES / "bartleby-printing-press.html", "md")
    assert data.startswith(b"# The Printing Press And The Reformation\n")


def test_a_block_of_control_characters_alone_is_no_block() -> None:
    import json

    import essayconv
    from essayconv.write.json_writer import dumps

    page = "<html><body>\x80<p></p>" + "<p>River banks give way after a wet spring, and the town pays for it.</p>" * 3 + "</body></html>"
    produced = json.loads(dumps(essayconv.load(page.encode("utf-8"), name="x.html")))
    assert all(block["text"] for block in produced["blocks"])
