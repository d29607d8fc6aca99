"""One report record per input, written as JSON lines."""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable, Iterator


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
    learned: tuple[tuple[str, int], ...] = ()
    """Site learning's rules that fired on this page: (rule, pages of the site it was seen on)."""

    @property
    def key(self) -> str:
        return f"{self.source}\x00{self.member or ''}"

    def to_json(self) -> str:
        data = asdict(self)
        data.pop("document")
        data["seconds"] = round(self.seconds, 4)
        learned = data.pop("learned")
        if learned:  # only with --learn-sites: other reports keep their shape
            data["learned"] = [{"rule": rule, "pages": pages} for rule, pages in learned]
        return json.dumps(data, ensure_ascii=False, sort_keys=False)


def report_records(path: Path) -> Iterator[Record]:
    """Every record of a report that parses (a line cut short by a killed run does not)."""
    if not path.is_file():
        return
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            try:
                data = json.loads(line)
                data.pop("learned", None)
                yield Record(**{k: v for k, v in data.items() if k in Record.__dataclass_fields__})
            except (ValueError, TypeError):
                continue


def read_report(*paths: Path) -> dict[str, Record]:
    """The last decisive record (not a bare "skipped") per input, from earlier runs' reports, later
    paths winning (a killed run's unfinished report after the last finished one)."""
    last: dict[str, Record] = {}
    for path in paths:
        for record in report_records(path):
            if record.status != "skipped" or record.output:
                last[record.key] = record
    return last


def in_progress(path: Path) -> Path:
    """Where a run writes `path` until it ends; a killed run leaves it, and --resume reads it."""
    return path.with_name(path.name + ".inprogress")


class RunFile:
    """A report or JSONL file a run writes beside the real one and renames over it at the end,
    so a rerun replaces the old file whole and an interrupted run leaves a consistent one. Every
    write goes straight to the file, so even a killed run's `.inprogress` file holds each line
    written before it died."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.working = in_progress(path)
        self.descriptor = os.open(self.working, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0), 0o644)

    def write_lines(self, lines: Iterable[str]) -> None:
        """All the lines or none: a failed write (a full disk) is cut back to the last whole line."""
        data = "".join(line + "\n" for line in lines).encode("utf-8", "backslashreplace")
        start = os.lseek(self.descriptor, 0, os.SEEK_CUR)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(self.descriptor, view):]
        except OSError:
            with contextlib.suppress(OSError):
                os.ftruncate(self.descriptor, start)
                os.lseek(self.descriptor, start, os.SEEK_SET)
            raise

    def finish(self) -> None:
        """Make the file durable, then put it in place of the old one."""
        os.fsync(self.descriptor)
        os.close(self.descriptor)
        os.replace(self.working, self.path)

    def abandon(self) -> None:
        os.close(self.descriptor)


class ReportWriter:
    """Report records to a RunFile; `document` lines go to the JSONL first, so a report line never
    names a record that is not written."""

    def __init__(self, report: RunFile) -> None:
        self.report = report

    def write(self, records: Iterable[Record]) -> None:
        self.report.write_lines(r.to_json() for r in records if r.status != "ignored")
