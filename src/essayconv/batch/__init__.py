"""Many inputs: `run_batch` plans tasks, runs them on an engine, and keeps the report.

Every input ends as exactly one report record (ok, no-essay, failed, skipped). Exit status:
0 nothing failed, 1 some inputs failed, 3 nothing was converted.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterator

from ..options import Options
from .engine import run_dask, run_local
from .plan import Plan, plan_inputs
from .report import Record, ReportWriter, read_report
from .work import Settings

REPORT_NAME = "essayconv-report.jsonl"


@dataclass(frozen=True)
class BatchRequest:
    inputs: tuple[str, ...]
    outdir: str
    fmt: str = "json"
    options: Options = Options()
    parallel: int = 0
    """Worker processes; 0 means one per CPU."""
    resume: bool = False
    retry_failed: bool = False
    force: bool = False
    report: str | None = None
    scheduler: str | None = None
    jsonl_target: str | None = None
    """Where --to jsonl writes: a file, "-" for stdout; default OUTDIR/essays.jsonl."""


@dataclass
class Summary:
    counts: Counter[str] = field(default_factory=Counter)
    report: str = ""
    seconds: float = 0.0
    interrupted: bool = False
    ignored: int = 0

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return 130
        converted = self.counts["ok"] + self.counts["skipped"]
        if converted == 0:
            return 3
        return 1 if self.counts["failed"] else 0

    def line(self) -> str:
        parts = [f"{self.counts[s]} {s}" for s in ("ok", "no-essay", "failed", "skipped")]
        extra = f"; {self.ignored} files with other extensions ignored" if self.ignored else ""
        state = "interrupted: " if self.interrupted else ""
        return f"essayconv: {state}{', '.join(parts)} in {self.seconds:.1f} s{extra}; report: {self.report}"


class Progress:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self, total: int | None, stream: IO[str] = sys.stderr) -> None:
        self.total = total
        self.stream = stream
        self.enabled = stream.isatty()
        self.last = 0.0

    def update(self, counts: Counter[str], force: bool = False) -> None:
        now = time.monotonic()
        if not self.enabled or (not force and now - self.last < 0.1):
            return
        self.last = now
        done = sum(counts.values())
        if self.total:
            filled = int(30 * min(done, self.total) / self.total)
            bar = f"[{'#' * filled}{'.' * (30 - filled)}] {done}/{self.total}"
        else:
            bar = f"{done} done"
        self.stream.write(f"\r{bar}  ok {counts['ok']}  no-essay {counts['no-essay']}  failed {counts['failed']}\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


def _skips(request: BatchRequest, report_path: Path) -> dict[str, str]:
    if not request.resume:
        return {}
    skip: dict[str, str] = {}
    for key, record in read_report(report_path).items():
        if record.status == "ok" and (request.fmt == "jsonl" or (record.output and (Path(request.outdir) / record.output).exists())):
            skip[key] = "converted in an earlier run (--resume)"
        elif record.status in ("failed", "no-essay") and not request.retry_failed:
            skip[key] = f"{record.status} in an earlier run (--retry-failed to try again)"
    return skip


def _results(plan: Plan, request: BatchRequest, settings: Settings) -> Iterator[tuple[int, list[Record]]]:
    if request.scheduler:
        return run_dask(plan.tasks, settings, request.scheduler)
    return run_local(plan.tasks, settings, request.parallel or os.cpu_count() or 1)


_PART_NAME = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.part$")


def _sweep_partial_files(outdir: Path) -> None:
    """After Ctrl-C: remove the temporary files of outputs a stopped worker was writing (a worker
    stopped between creating its temporary file and guarding it cannot remove it itself)."""
    for path in outdir.rglob("*.part"):
        if _PART_NAME.match(path.name):
            with contextlib.suppress(OSError):
                path.unlink()


def run_batch(request: BatchRequest, progress_stream: IO[str] = sys.stderr) -> Summary:
    started = time.perf_counter()
    outdir = Path(request.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    report_path = Path(request.report) if request.report else outdir / REPORT_NAME
    summary = Summary(report=str(report_path))
    settings = Settings(outdir=str(outdir), fmt=request.fmt, options=request.options, force=request.force,
                        skip=_skips(request, report_path))
    plan = plan_inputs(list(request.inputs))
    summary.ignored = plan.ignored
    progress = Progress(plan.total, progress_stream)
    with contextlib.ExitStack() as stack:
        report = ReportWriter(stack.enter_context(report_path.open("a", encoding="utf-8")))
        jsonl = None
        if request.fmt == "jsonl":
            target = request.jsonl_target or str(outdir / "essays.jsonl")
            jsonl = sys.stdout if target == "-" else stack.enter_context(open(target, "a", encoding="utf-8"))
        problems = [Record(source, None, "failed", error=error, message=message) for source, error, message in plan.problems]
        report.write(problems)
        summary.counts.update(r.status for r in problems)
        results = _results(plan, request, settings)
        try:
            for _, records in results:
                report.write(records)
                if jsonl is not None:
                    for record in records:
                        if record.document:
                            jsonl.write(record.document + "\n")
                    jsonl.flush()
                summary.counts.update(r.status for r in records)
                progress.update(summary.counts)
        except KeyboardInterrupt:
            summary.interrupted = True
            close = getattr(results, "close", None)
            if close is not None:
                close()  # stop the workers now, not when the generator is collected
            _sweep_partial_files(outdir)
        finally:
            progress.update(summary.counts, force=True)
            progress.close()
    summary.seconds = time.perf_counter() - started
    return summary


__all__ = ["BatchRequest", "Summary", "run_batch", "Record"]
