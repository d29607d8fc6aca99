"""Small builders for pass tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import essayconv
from essayconv.clean.draft import Draft
from essayconv.model import Block, Gap, Removed, block_text, paragraph
from essayconv.rules import load_rules


def draft_of(*blocks: Block | str, title: str | None = None) -> Draft:
    built = tuple(paragraph(b) if isinstance(b, str) else b for b in blocks)
    return Draft(title=title, blocks=built, rules=load_rules())


def kept(draft: Draft) -> list[Block]:
    return [b for b in draft.blocks if not isinstance(b, Removed)]


def kept_texts(draft: Draft) -> list[str]:
    return [block_text(b) for b in kept(draft)]


def removed_of(draft: Draft) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in draft.blocks if isinstance(b, Removed)]


PROSE = ("The committee met in the spring and argued for several hours about the budget, "
         "the staffing of the new clinic and the timetable for the public consultation.")
PIER_PROSE = f"{PROSE} The pier’s engineer, Alexander Nimmo, walked the coast for weeks before he chose the site."
"""A paragraph of prose long enough to be an essay's (the family tests count it by its closing clause)."""
PIER_TOWNS = ["Dunmore", "Kilbaha", "Ardmore", "Carrigaholt", "Ballycotton"]
PIER_TITLE = "The Pier at Dunmore and Its Engineer"
PIER_ESSAY = "".join(f"<p>At {town}, {PIER_PROSE}</p>" for town in PIER_TOWNS)
"""The family tests' essay: its title and five paragraphs, each opening on its town."""


def convert_twice(source: Path, target_dir: Path, suffix: str, *flags: str) -> tuple[bytes, bytes]:
    """The same conversion in two separate processes: the bytes of both outputs."""
    outputs = []
    for n in range(2):
        target = target_dir / f"out{n}{suffix}"
        subprocess.run([sys.executable, "-m", "essayconv.cli", "convert", str(source), "-o", str(target), *flags],
                       check=True, capture_output=True, timeout=120)
        outputs.append(target.read_bytes())
    return outputs[0], outputs[1]


def paragraphs_html(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def article_page(*inside: str, title: str, h1: str | None = None, site: str = "Saltmarsh Forum") -> bytes:
    """A page with a menu, the given markup in its <article> (under an <h1> when given) and a footer."""
    heading = f"<h1>{h1}</h1>" if h1 else ""
    return (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav><main><article>"
            f"{heading}{''.join(inside)}</article></main><footer>© 2025 {site}</footer></body></html>").encode()


def kept_text(document: essayconv.Document) -> str:
    """The document's kept blocks' text, a line each (gap marks left out)."""
    return "\n".join(block_text(b) for b in document.blocks if not isinstance(b, Gap))

