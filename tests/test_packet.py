"""The packet as data and the page options, in process (no rendering): what build_packet decides
for both renderers, the HTML it becomes, the one parser of --page-size/--margins/--font-size, and
the import rule that keeps write/ below handout.py."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from essayconv.errors import OptionError
from essayconv.handout import HandoutOptions, build_packet
from essayconv.model import Document, Gap, Metadata, paragraph
from essayconv.options import Options
from essayconv.packet import Cover, Layout
from essayconv.write import page_options
from essayconv.write.packet_html import packet_css, packet_html

from .conftest import ROOT
from .helpers import PROSE


def essay(title: str | None, url: str | None = None, **meta: object) -> Document:
    return Document(title=title, metadata=Metadata(source=url or "local/page.html", url=url, **meta),  # type: ignore[arg-type]
                    blocks=(paragraph(PROSE),))


ZEBRAS = essay("Zebras at Dawn", "https://example.org/zebras")
ANTS = essay("Ants\x01 and Order", words=300, claimed_words=1000, complete=False)
HIDDEN = Document(title=None, metadata=Metadata(source="x.html", complete=False), blocks=(paragraph(PROSE), Gap("teaser")))


def test_build_packet_decides_what_both_formats_print() -> None:
    handout = HandoutOptions(title="Unit\x01 3", subtitle="Readings", sort="title", line_numbers=True, answer_lines=2,
                             questions=(("zebra", ("Why dawn?",)), ("*", ("What is the claim?",))))
    packet = build_packet([ZEBRAS, ANTS, HIDDEN], handout, Options(style="handout"))
    assert packet.cover == Cover("Unit 3", "Readings", None, None)  # made safe before anything is derived
    assert packet.layout == Layout(line_numbers=True, wide_margins=False, duplex=False, answer_lines=2)
    assert [e.document.title for e in packet.essays] == [None, "Ants and Order", "Zebras at Dawn"]  # by title
    hidden, ants, zebras = packet.essays
    assert hidden.warning == "Incomplete: the source page hid part of this essay."
    assert ants.warning == "Incomplete: the source page showed about 30% of 1000 words."
    assert zebras.warning is None
    assert zebras.questions == ("Why dawn?", "What is the claim?") and ants.questions == ("What is the claim?",)
    assert zebras.source_line is not None and "https://example.org/zebras" in zebras.source_line
    assert ants.source_line is None  # a local path never reaches paper


def test_packet_html_lays_out_the_packet() -> None:
    handout = HandoutOptions(title="Unit <3>", questions=(("*", ("Q?",)),), answer_lines=3)
    html = packet_html(build_packet([ZEBRAS, HIDDEN], handout, Options(style="handout")), Options(style="handout"))
    assert '<h1 class="packet-title">Unit &lt;3&gt;</h1>' in html
    assert '<li><a href="#essay-2">Untitled essay</a></li>' in html
    assert html.count('<div class="answer-line"></div>') == 2 * 3
    assert html.count('<p class="blanks">Name ______________________   Date ____________   Period ______</p>') == 2


@pytest.mark.parametrize("switches, css", [
    ({}, ""),
    ({"line_numbers": True}, "@page { margin-left: 1.3in; }"),
    ({"wide_margins": True}, "@page { margin: 1in 2.2in 1in 1in; }"),
    ({"wide_margins": True, "duplex": True},
     "@page :right { margin: 1in 2.2in 1in 1in; } @page :left { margin: 1in 1in 1in 2.2in; }\n"
     ".essay { break-before: right; }"),
])
def test_packet_css(switches: dict[str, bool], css: str) -> None:
    packet = build_packet([ZEBRAS], HandoutOptions(**switches), Options())  # type: ignore[arg-type]
    assert packet_css(packet) == css


# ---------------------------------------------------------------- the page options, read once

def test_lengths_keep_what_the_user_wrote() -> None:
    assert page_options.margins_css(" 1.50in\t2cm ") == "1.50in 2cm"
    assert page_options.margins_css("12 1em") == "12pt 1em"  # a bare number is points, as it always was
    assert page_options.margin_inches("1in 2.54cm") == pytest.approx((1.0, 1.0, 1.0, 1.0))
    assert page_options.margin_inches("72pt 6pc 25.4mm 96px") == pytest.approx((1.0, 1.0, 1.0, 1.0))
    assert page_options.font_points("11") == pytest.approx(11) and page_options.font_size("11.5pt").css == "11.5pt"


@pytest.mark.parametrize("value", ["1in2cm", "-1in", ".5in", "1IN", "1 in", "1in/**/2cm", "1in,2cm", "1e2pt", "", "wide"])
def test_what_is_not_a_length_is_refused(value: str) -> None:
    with pytest.raises(OptionError, match="--margins takes CSS lengths"):
        page_options.margins_css(value)


def test_the_formats_differ_only_where_they_must() -> None:
    with pytest.raises(OptionError, match="one to four lengths"):
        page_options.margins_css("1in 1in 1in 1in 1in")
    with pytest.raises(OptionError, match="--margins takes CSS lengths"):  # Word cannot lay out an em
        page_options.margin_inches("1em")
    with pytest.raises(OptionError, match="--font-size takes CSS lengths"):
        page_options.font_size("12pt 14pt")
    assert page_options.css_page_size(" A4 Landscape") == "a4 landscape"
    assert page_options.page_inches("Letter") == (8.5, 11.0)
    with pytest.raises(OptionError, match="unknown size 'a4 landscape' for DOCX"):
        page_options.page_inches("a4 landscape")
    with pytest.raises(OptionError, match="unknown size 'tabloid'"):
        page_options.css_page_size("tabloid")


# ---------------------------------------------------------------- import structure

def _imports(path: Path) -> set[str]:
    """Every module `path` imports, lazy imports included, relative ones resolved."""
    package = path.relative_to(ROOT / "src").parent.parts
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else ()
            module = ".".join((*base, node.module) if node.module else base)
            found.update([module, *(f"{module}.{alias.name}" for alias in node.names)])
    return found


def test_write_never_imports_handout() -> None:
    """handout.py builds the Packet and may call the writers; the writers render a Packet and
    never reach back up."""
    for path in sorted((ROOT / "src" / "essayconv" / "write").rglob("*.py")):
        assert "essayconv.handout" not in _imports(path), path
