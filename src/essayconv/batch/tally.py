"""`essayconv report`: what a batch run did, from its report and records — statuses, why pages had
no essay, what failed, and what the cleaner removed, by kind, across every record."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .report import Record, report_records


@dataclass(frozen=True)
class Tally:
    statuses: Counter[str] = field(default_factory=Counter)
    no_essay: Counter[str] = field(default_factory=Counter)
    failures: Counter[str] = field(default_factory=Counter)
    """Error class → count."""
    removed: Counter[str] = field(default_factory=Counter)
    """Removal kind → count, over every record read."""
    records_read: int = 0
    words: int = 0
    unreadable: int = 0
    """Outputs the report lists that could not be read (gone, or not JSON)."""


def _documents_from_outputs(records: Iterable[Record], outdir: Path) -> Iterator[dict | None]:
    for record in records:
        if record.status in ("ok", "skipped") and record.output and record.output.endswith(".json"):
            try:
                yield json.loads((outdir / record.output).read_text("utf-8"))
            except (OSError, ValueError):
                yield None


def _documents_from_jsonl(path: Path) -> Iterator[dict | None]:
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            try:
                yield json.loads(line)
            except ValueError:
                yield None


def tally(report: Path, outdir: Path | None = None, records_file: Path | None = None) -> Tally:
    """Count over the report at `report`; removals come from `records_file` (a JSONL) when given,
    else from the JSON outputs the report lists (below `outdir`, default the report's folder)."""
    from . import _reason_kind

    records = list(report_records(report))
    result = Tally()
    for record in records:
        result.statuses[record.status] += 1
        if record.status == "no-essay":
            result.no_essay[_reason_kind(record.message or "")] += 1
        elif record.status == "failed":
            result.failures[record.error or "unknown"] += 1
    documents = (_documents_from_jsonl(records_file) if records_file is not None
                 else _documents_from_outputs(records, outdir or report.parent))
    read = words = unreadable = 0
    for document in documents:
        if document is None:
            unreadable += 1
            continue
        read += 1
        words += int(document.get("metadata", {}).get("words") or 0)
        result.removed.update(str(item.get("kind")) for item in document.get("removed", []))
    return Tally(result.statuses, result.no_essay, result.failures, result.removed, read, words, unreadable)


def _counts(counter: Counter[str]) -> str:
    return ", ".join(f"{k} {n}" for k, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))) or "none"


def describe(result: Tally) -> str:
    lines = [f"inputs     {sum(result.statuses.values())}: {_counts(result.statuses)}",
             f"no essay   {_counts(result.no_essay)}",
             f"failed     {_counts(result.failures)}",
             f"records    {result.records_read} read, {result.words} words"
             + (f", {result.unreadable} listed but unreadable" if result.unreadable else ""),
             f"removed    {sum(result.removed.values())}: {_counts(result.removed)}"]
    return "\n".join(lines)


def as_json(result: Tally) -> str:
    return json.dumps({"statuses": dict(result.statuses), "no_essay": dict(result.no_essay),
                       "failures": dict(result.failures), "records_read": result.records_read,
                       "words": result.words, "unreadable": result.unreadable, "removed": dict(result.removed)},
                      ensure_ascii=False, sort_keys=True)
