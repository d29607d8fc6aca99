"""Real pages nobody here wrote (tests/realpages/, from the WCXB development split, CC-BY-4.0; see
the README there): pages the finder once wrote nothing for, or a fragment of. Each must now give
its article — scored as WCXB scores it (word F1 over lower-cased \\w+ tokens, bench/realpages.py)."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest

import essayconv
from essayconv.model import Gap, block_text, plain_text

ROOT = Path(__file__).resolve().parent.parent
REGRESSION = ROOT / "tests" / "realpages"
sys.path.insert(0, str(ROOT / "bench"))
from realpages import snippet_rate, word_prf  # noqa: E402

PAGES = sorted(REGRESSION.glob("*.html.gz"))
MIN_F1 = 0.8
"""Every page here scored 0 (nothing written) or under 0.5 before the finder's ladder and prose
core; trafilatura scores ≥ 0.85 on each. A page may lose a little to a boundary, never the article."""


def _essay_text(path: Path) -> str:
    document = essayconv.load(gzip.decompress(path.read_bytes()), name=path.name)
    parts = [block_text(b) for b in document.blocks if not isinstance(b, Gap)]
    if document.references:
        parts += [document.references.heading, *(plain_text(e) for e in document.references.entries)]
    return "\n\n".join(parts)


def test_the_regression_set_is_small_and_attributed() -> None:
    assert 10 <= len(PAGES) <= 40
    assert sum(p.stat().st_size for p in REGRESSION.iterdir()) <= 10 * 2**20
    assert "CC-BY-4.0" in (REGRESSION / "README.md").read_text("utf-8")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name.split(".")[0])
def test_real_page_gives_its_article(page: Path) -> None:
    truth = json.loads(page.with_name(page.name.replace(".html.gz", ".truth.json")).read_text("utf-8"))
    text = _essay_text(page)  # raises NoEssayError if the finder came back empty: a failure
    precision, recall, f1 = word_prf(text, truth["main_content"])
    assert f1 >= MIN_F1, f"word F1 {f1:.2f} (P {precision:.2f}, R {recall:.2f})"
    kept = snippet_rate(text, tuple(truth.get("with", ())))
    assert kept is None or kept >= 0.5, f"only {kept:.0%} of the must-keep snippets"
