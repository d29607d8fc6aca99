"""One report record per input, written as JSON lines."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Iterable

@dataclass(frozen=True)
class Record:
    source: str
    """The input as named on the command line or found in a folder: a file or an archive."""
    member: str | None
    """Archive member name or WARC record id; None for a plain file."""
    status: str
    output: str | None = None
    site: str | None = None
    encoding: str | None = None
    words: int | None = None
    error: str | None = None
    """Error class, for failed and no-essay inputs."""
    message: str | None = None
    seconds: float = 0.0
    url: str | None = None
    document: str | None = None
    """The JSON document itself for --to jsonl (written by the parent, not to the report)."""

    @property
    def key(self) -> str:
        return f"{self.source}\x00{self.member or ''}"

    def to_json(self) -> str:
        data = asdict(self)
        data.pop("document")
        data["seconds"] = round(self.seconds, 4)
        return json.dumps(data, ensure_ascii=False, sort_keys=False)


def read_report(path: Path) -> dict[str, Record]:
    """The last decisive record (not "skipped") per input, from an earlier run's report."""
    last: dict[str, Record] = {}
    if not path.is_file():
        return last
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            try:
                data = json.loads(line)
                record = Record(**{k: v for k, v in data.items() if k in Record.__dataclass_fields__})
            except (ValueError, TypeError):
                continue  # a line cut short by an interrupted run
            if record.status != "skipped":
                last[record.key] = record
    return last


class ReportWriter:
    """Appends records and flushes each, so an interrupted run leaves a usable report."""

    def __init__(self, handle: IO[str]) -> None:
        self.handle = handle

    def write(self, records: Iterable[Record]) -> None:
        for record in records:
            self.handle.write(record.to_json() + "\n")
        self.handle.flush()
