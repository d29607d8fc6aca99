"""What a page's essay really is (samples/truth/*.md, written by hand) and how close a tool's output
comes to it. Shared by bench/accuracy.py (all tools, side by side) and tests/test_truth.py (essayconv
must stay above the issue's thresholds on every page).

A truth file is written from the essay the sample page was made from, not from essayconv's output:

    title: The Essay's Title            (required unless no_essay)
    site: bartleby                      (the profile that should recognise the page; "" = none)
    claimed_words: 591                  (the page's own word count, if it shows one)
    claimed_pages: 3                    (the page's own page count, if it shows one; checked only when given)
    no_essay: true                      (the page holds no essay)
    clutter: Get Help With Your Essay   (a phrase that must not survive; repeatable)
    ---
    ## A heading                        (### for a sub-heading; the level is not scored)
    A paragraph, on one line or several; blank lines separate blocks.
    > A block quote.
    - a list item (one per line; "1. " for numbered)
    [gap]                               (the site hid text here)
    # Works Cited                       (from here on, one reference entry per line)
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

WORD = re.compile(r"\w+")
# Clutter a reader would never accept in an essay, whichever site it comes from.
MARKERS = ("show more content", "More about", "Words3 Pages", "Cite this", "Disclaimer:", "Get Help With Your Essay",
           "Hire writer", "Related Documents", "Sign up to view", "Open Document", "Reference this", "We use cookies",
           "Table of Contents", "Download", "was written and submitted by your fellow student")
THRESHOLDS = {"f1": 0.99, "clean": 1.0, "title": 0.98, "heading_f1": 0.95, "paragraphs": 0.95, "references": 0.95}


@dataclass
class Output:
    """What a tool gave for a page (or what the truth says), in the terms the metrics need."""

    title: str | None = None
    blocks: list[tuple[str, str]] = field(default_factory=list)  # (kind, text); heading/paragraph/quote/list
    references: list[str] = field(default_factory=list)
    gaps: int = 0
    claimed_words: int | None = None
    claimed_pages: int | None = None
    no_essay: bool = False
    site: str | None = None
    clutter: list[str] = field(default_factory=list)


def _one_line(lines: list[str]) -> str:
    return re.sub(r"\s+", " ", " ".join(lines)).strip()


def read_truth(path: Path) -> Output:
    head, sep, body = path.read_text("utf-8").partition("\n---\n")
    if not sep:
        head, body = head, ""
    truth = Output()
    for line in head.splitlines():
        key, _, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if key == "title":
            truth.title = value
        elif key == "site":
            truth.site = value or None
        elif key == "claimed_words":
            truth.claimed_words = int(value)
        elif key == "claimed_pages":
            truth.claimed_pages = int(value)
        elif key == "no_essay":
            truth.no_essay = value == "true"
        elif key == "clutter":
            truth.clutter.append(value)
        elif line.strip():
            raise ValueError(f"{path}: unknown truth key {key!r}")
    in_references = False
    for chunk in re.split(r"\n\s*\n", body.strip()):
        lines = [line.strip() for line in chunk.splitlines() if line.strip()]
        if not lines:
            continue
        if in_references:
            truth.references.extend(lines)
        elif lines[0].startswith("# "):
            in_references = True
            truth.references.extend(lines[1:])
        elif lines[0].startswith("#"):
            truth.blocks.append(("heading", lines[0].lstrip("#").strip()))
            if lines[1:]:
                raise ValueError(f"{path}: a heading is one line, then a blank line: {lines[0]!r}")
        elif lines == ["[gap]"]:
            truth.gaps += 1
        elif lines[0].startswith(">"):
            truth.blocks.append(("quote", _one_line([line.lstrip(">").strip() for line in lines])))
        elif re.match(r"(?:-|\d+\.) ", lines[0]):
            truth.blocks.extend(("list", re.sub(r"^(?:-|\d+\.) ", "", line)) for line in lines)
        else:
            truth.blocks.append(("paragraph", _one_line(lines)))
    return truth


def from_json(data: dict) -> Output:
    """essayconv's JSON contract in the metrics' terms."""
    blocks = []
    for block in data["blocks"]:
        if block["type"] == "list":
            blocks.extend(("list", item) for item in block["items"])
        elif block["type"] != "gap":
            blocks.append((block["type"], block["text"]))
    refs = data["references"]["entries"] if data["references"] else []
    return Output(data["title"], blocks, refs, sum(b["type"] == "gap" for b in data["blocks"]),
                  data["metadata"]["claimed_words"], data["metadata"]["claimed_pages"], site=data["metadata"]["site"])


def _norm(text: str | None) -> str:
    # Quotes and dashes are compared as the reader sees them, so a straightened quote is no error.
    text = (text or "").translate(str.maketrans("‘’“”–—", "''\"\"--"))
    return re.sub(r"\s+", " ", text.strip()).casefold()


def _text(output: Output) -> str:
    return " ".join(t for _, t in output.blocks) + " " + " ".join(output.references)


def score(truth: Output, got: Output) -> dict[str, float]:
    """Per-page scores in [0, 1]; see bench/accuracy.py for what each means."""
    if truth.no_essay or got.no_essay:
        return {"no_essay": float(truth.no_essay == got.no_essay)} if truth.no_essay else _zero()
    want = Counter(w.casefold() for w in WORD.findall(_text(truth)))
    have = Counter(w.casefold() for w in WORD.findall(_text(got)))
    overlap = sum((want & have).values())
    precision = overlap / max(1, sum(have.values()))
    recall = overlap / max(1, sum(want.values()))
    heads_want = {_norm(t) for k, t in truth.blocks if k == "heading"}
    heads_have = {_norm(t) for k, t in got.blocks if k == "heading"}
    heading_f1 = 2 * len(heads_want & heads_have) / (len(heads_want) + len(heads_have)) if heads_want or heads_have else 1.0
    paragraphs = [_norm(t) for k, t in truth.blocks if k in ("paragraph", "quote")]
    blocks = {_norm(t) for _, t in got.blocks}
    entries = {_norm(t) for t in got.references} | blocks
    return {
        "precision": precision, "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "clean": float(not leaks(truth, got)),
        "title": float(_norm(truth.title) == _norm(got.title)),
        "heading_f1": heading_f1,
        "paragraphs": sum(p in blocks for p in paragraphs) / len(paragraphs) if paragraphs else 1.0,
        "references": sum(_norm(e) in entries for e in truth.references) / len(truth.references) if truth.references else 1.0,
        "separated": (float(all(_norm(e) not in blocks for e in truth.references) and bool(got.references))
                      if truth.references else 1.0),
        "gaps": float(truth.gaps == got.gaps),
        "claimed": float(truth.claimed_words == got.claimed_words),
        "claimed_pages": float(truth.claimed_pages is None or truth.claimed_pages == got.claimed_pages),
    }


def _zero() -> dict[str, float]:
    """An essay page a tool reported as empty scores nothing."""
    return dict.fromkeys(("precision", "recall", "f1", "clean", "title", "heading_f1", "paragraphs", "references",
                          "separated", "gaps", "claimed", "claimed_pages"), 0.0)


def leaks(truth: Output, got: Output) -> list[str]:
    """The truth's clutter phrases and the cross-site markers that survive in a tool's text."""
    text = _norm(_text(got))
    return [c for c in (*truth.clutter, *MARKERS) if _norm(c) in text]
