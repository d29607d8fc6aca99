"""Many inputs: `run_batch` plans tasks, runs them on an engine, and keeps the report.

Every input ends as exactly one report record (ok, no-essay, failed, skipped). Exit status:
0 nothing failed, 1 some inputs failed, 3 nothing was converted.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import signal
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterator

from ..errors import OutputError
from ..options import Options
from ..regexes import compile_regex
from ..sites.template import LEARNING_THRESHOLDS
from .engine import StopRequest, run_dask, run_local
from .plan import Plan, plan_inputs
from .records import record_key
from .report import Record, ReportWriter, RunFile, in_progress, read_report
from .work import Settings, run_task

REPORT_NAME = "essayconv-report.jsonl"
LOCK_NAME = ".essayconv.lock"


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
    quiet: bool = False
    """No progress bar and no summary line (the exit status and the report still tell)."""
    learn_sites: bool = False
    """Learn each site's template from its own pages first and remove it (issue 13; opt-in: see README)."""
    learn_min_pages: int = LEARNING_THRESHOLDS.min_group
    """Sites with fewer pages than this learn nothing (their pages convert as they do alone)."""


@dataclass
class Summary:
    counts: Counter[str] = field(default_factory=Counter)
    report: str = ""
    seconds: float = 0.0
    sites: list = field(default_factory=list)
    """Site learning's per-site summaries (batch/learning.SiteSummary), when it ran."""
    interrupted: int = 0
    """The exit status of a stopped run: 130 for Ctrl-C, 143 for SIGTERM, 129 for SIGHUP; 0 if not."""
    ignored: int = 0
    no_essay_reasons: Counter[str] = field(default_factory=Counter)

    def add(self, records: list[Record]) -> None:
        for record in records:
            if record.status == "ignored":
                self.ignored += 1
                continue
            self.counts[record.status] += 1
            if record.status == "no-essay":
                self.no_essay_reasons[_reason_kind(record.message or "")] += 1

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return self.interrupted
        converted = self.counts["ok"] + self.counts["skipped"]
        if converted == 0:
            return 3
        return 1 if self.counts["failed"] else 0

    def line(self) -> str:
        parts = [f"{self.counts[s]} {s}" for s in ("ok", "no-essay", "failed", "skipped")]
        if self.no_essay_reasons:
            parts[1] += " (" + ", ".join(f"{n} {k}" for k, n in sorted(self.no_essay_reasons.items(),
                                                                        key=lambda kv: (-kv[1], kv[0]))) + ")"
        extra = f"; {self.ignored} files that are not pages ignored" if self.ignored else ""
        if self.sites:
            learned = [s for s in self.sites if s.template]
            extra += f"; site learning: {len(learned)} templates learned of {len(self.sites)} sites"
        state = "interrupted: " if self.interrupted else ""
        return f"essayconv: {state}{', '.join(parts)} in {self.seconds:.1f} s{extra}; report: {self.report}"


def _reason_kind(message: str) -> str:
    """A short name for why a page held no essay (the cleaner's three reasons), for the summary."""
    for words, kind in (("lists other essays", "listing"), ("shows other essays", "listing"), ("lists questions", "listing"), ("bot check", "bot check or preview"),
                        ("words of text", "too little text")):
        if words in message:
            return kind
    return "other"


class Progress:
    """A one-line progress bar on stderr with rate and time left, drawn only when stderr is a terminal."""

    def __init__(self, total: int | None, stream: IO[str] = sys.stderr, quiet: bool = False) -> None:
        self.total = total
        self.stream = stream
        self.enabled = not quiet and stream.isatty()
        self.last = 0.0
        self.started = time.monotonic()

    def update(self, counts: Counter[str], force: bool = False) -> None:
        now = time.monotonic()
        if not self.enabled or (not force and now - self.last < 0.1):
            return
        self.last = now
        done = sum(counts.values())
        rate = done / max(now - self.started, 1e-6)
        if self.total:
            filled = int(30 * min(done, self.total) / self.total)
            left = max(self.total - done, 0) / rate if rate > 0 else 0
            bar = f"[{'#' * filled}{'.' * (30 - filled)}] {done}/{self.total}  {rate:.1f}/s  ETA {int(left) // 60}:{int(left) % 60:02}"
        else:
            bar = f"{done} done  {rate:.1f}/s"
        self.stream.write(f"\r{bar}  ok {counts['ok']}  no-essay {counts['no-essay']}  failed {counts['failed']}\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


def _complete(path: Path, fmt: str) -> bool:
    """Whether an output an earlier run wrote is whole (outputs are renamed into place whole, but a
    power cut can still leave a rename without its data)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
            handle.seek(max(0, path.stat().st_size - 1024))
            tail = handle.read()
    except OSError:
        return False
    if not head:
        return False
    if fmt == "json":  # a whole object, without parsing a million files on a resume
        return head.lstrip().startswith(b"{") and tail.rstrip().endswith(b"}")
    if fmt == "pdf":
        return head.startswith(b"%PDF") and b"%%EOF" in tail
    if fmt == "docx":
        return head.startswith(b"PK") and b"PK\x05\x06" in tail
    if fmt == "html":
        return b"</html>" in tail.lower()
    return True


@dataclass(frozen=True)
class Earlier:
    """What --resume takes over from earlier runs."""

    records: dict[str, Record]
    """Key → the record that stands (carried into the new report when the input is skipped)."""
    skip: dict[str, str]
    """Key → why this run skips it."""
    jsonl_lines: dict[str, str]
    """Key → the JSONL record kept: one per key, each with a standing "ok" record."""
    incomplete: frozenset[str] = frozenset()
    """Outputs the report lists that are not whole: written again."""


def _earlier(request: BatchRequest, report_path: Path, jsonl_path: Path | None) -> Earlier:
    if not request.resume:
        return Earlier({}, {}, {})
    records = read_report(report_path, in_progress(report_path))
    lines: dict[str, str] = {}
    if jsonl_path is not None:
        for path in (jsonl_path, in_progress(jsonl_path)):
            if path.is_file():
                with path.open(encoding="utf-8", errors="surrogateescape") as handle:
                    for line in handle:
                        key = record_key(line)
                        if key is not None and line.endswith("\n") and records.get(key, _NONE).status == "ok":
                            lines.setdefault(key, line.rstrip("\n"))
    skip: dict[str, str] = {}
    incomplete: set[str] = set()
    for key, record in records.items():
        if record.status in ("ok", "skipped"):
            if request.fmt == "jsonl":
                done = key in lines
            else:
                done = bool(record.output) and _complete(Path(request.outdir) / str(record.output), request.fmt)
                if record.output and not done:
                    incomplete.add(record.output)
            if done:
                skip[key] = "converted in an earlier run (--resume)"
        elif not request.retry_failed:
            skip[key] = f"{record.status} in an earlier run (--retry-failed to try again)"
    standing = {k: r for k, r in records.items() if k in skip}
    return Earlier(standing, skip, {key: line for key, line in lines.items() if key in skip}, frozenset(incomplete))


_NONE = Record("", None, "")


def _engine(request: BatchRequest, stop: StopRequest):  # noqa: ANN202 - (tasks, settings, function) -> results
    """The batch's engine as one callable, so that site learning's passes run where conversion does."""
    if request.scheduler:
        return lambda tasks, settings, function=run_task: run_dask(tasks, settings, request.scheduler, stop, function)
    parallel = request.parallel or os.cpu_count() or 1
    return lambda tasks, settings, function=run_task: run_local(tasks, settings, parallel, stop, function)


def _results(plan: Plan, request: BatchRequest, settings: Settings, stop: StopRequest) -> Iterator[tuple[int, list[Record]]]:
    return _engine(request, stop)(plan.tasks, settings)


_PART_NAME = compile_regex(r"^\..+\.[A-Za-z0-9_]{8}\.part$")


def _sweep_partial_files(outdir: Path) -> None:
    """After Ctrl-C, and before a run starts: remove the temporary files of outputs a stopped
    worker was writing (a worker stopped between creating its temporary file and guarding it
    cannot remove it itself; nor can one whose parent was killed outright). Under the folder's
    lock no other batch is writing there, so every such file is a leftover."""
    for path in outdir.rglob("*.part"):
        if _PART_NAME.match(path.name):
            with contextlib.suppress(OSError):
                path.unlink()


@contextlib.contextmanager
def _signals_stop(stop: StopRequest) -> Iterator[None]:
    """Ctrl-C, SIGTERM and SIGHUP ask the run to stop (see StopRequest) instead of killing it."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {s: signal.signal(s, stop.request) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


@contextlib.contextmanager
def _locked(folders: list[Path]) -> Iterator[None]:
    """One batch at a time per output folder: a second one is refused at once, naming the first."""
    import fcntl

    with contextlib.ExitStack() as stack:
        for folder in dict.fromkeys(f.resolve() for f in folders):
            lock_path = folder / LOCK_NAME
            handle = stack.enter_context(open(lock_path, "a+", encoding="utf-8"))
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.seek(0)
                holder = handle.read().strip() or "another process"
                raise OutputError(f"another essayconv batch ({holder}) is writing into this folder; wait for it to "
                                  f"finish or choose another -o", str(folder)) from None
            handle.seek(0)
            handle.truncate()
            handle.write(f"pid {os.getpid()}")
            handle.flush()
        yield


def _written(records: list[Record], jsonl: RunFile | IO[str] | None) -> list[Record]:
    """Write the JSONL records of a task before its report lines; a record that cannot be
    written (a full disk) turns its report line into a failure."""
    lines = [r.document for r in records if r.document]
    if jsonl is None or not lines:
        return records
    try:
        if isinstance(jsonl, RunFile):
            jsonl.write_lines(lines)  # type: ignore[arg-type]
        else:
            jsonl.write("".join(f"{line}\n" for line in lines))
            jsonl.flush()
    except OSError as error:
        message = f"cannot write the JSONL record ({error.strerror or error})"
        return [dataclasses.replace(r, status="failed", error="OutputError", message=message, document=None)
                if r.document else r for r in records]
    return records


def _carried(records: list[Record], earlier: Earlier) -> list[Record]:
    """A record this run skipped because an earlier run settled it: the earlier record stands."""
    return [earlier.records.get(r.key, r) if r.status == "skipped" and r.key in earlier.skip else r for r in records]


def run_batch(request: BatchRequest, progress_stream: IO[str] = sys.stderr) -> Summary:
    started = time.perf_counter()
    outdir = Path(request.outdir)
    report_path = Path(request.report) if request.report else outdir / REPORT_NAME
    jsonl_path = None
    if request.fmt == "jsonl" and request.jsonl_target != "-":
        jsonl_path = Path(request.jsonl_target or outdir / "essays.jsonl")
    plan = plan_inputs(list(request.inputs), request.fmt)  # a name collision stops here, before any work
    outdir.mkdir(parents=True, exist_ok=True)
    summary = Summary(report=str(report_path))
    stop = StopRequest()
    with _locked([outdir, report_path.parent]), _signals_stop(stop):
        _sweep_partial_files(outdir)  # an earlier run killed outright may have left some
        earlier = _earlier(request, report_path, jsonl_path)
        settings = Settings(outdir=str(outdir), fmt=request.fmt, options=request.options, force=request.force,
                            skip=earlier.skip, replace=earlier.incomplete)
        summary.ignored = plan.ignored
        progress = Progress(plan.total, progress_stream, quiet=request.quiet)
        report_file = RunFile(report_path)
        jsonl: RunFile | IO[str] | None = None
        if jsonl_path is not None:
            jsonl = RunFile(jsonl_path)
            jsonl.write_lines(earlier.jsonl_lines.values())
        elif request.fmt == "jsonl":
            jsonl = sys.stdout
        report = ReportWriter(report_file)
        seen: set[str] = set()
        problems = [Record(source, None, "failed", error=error, message=message) for source, error, message in plan.problems]
        problems += [Record(source, member, "failed", error=error, message=message)
                     for source, member, error, message in plan.member_problems]
        report.write(problems)
        summary.add(problems)
        if request.learn_sites:
            from .learning import learn_sites

            tuning = dataclasses.replace(LEARNING_THRESHOLDS, min_group=request.learn_min_pages)
            learning, summary.sites = learn_sites(plan, settings, _engine(request, stop), tuning)
            settings = dataclasses.replace(settings, learning=learning)
            report.report.write_lines(json.dumps(s.to_json(), ensure_ascii=False) for s in summary.sites)
        results = _results(plan, request, settings, stop)
        try:
            for _, records in results:
                records = _written(records, jsonl)
                summary.add(records)  # as this run saw them: what an earlier run settled counts as skipped
                records = _carried(records, earlier)
                report.write(records)
                seen.update(r.key for r in records)
                progress.update(summary.counts)
        except KeyboardInterrupt:  # asked twice: the workers were stopped at once
            stop.signum = stop.signum or signal.SIGINT
            close = getattr(results, "close", None)
            if close is not None:
                close()  # stop the workers now, not when the generator is collected
            _sweep_partial_files(outdir)
        finally:
            stop.hard_stop_allowed = False
            summary.interrupted = 128 + stop.signum if stop.signum else 0
            progress.update(summary.counts, force=True)
            progress.close()
        if stop.signum and not request.resume:
            # a rerun stopped part way still lists what earlier runs did for the inputs it did not
            # reach (their outputs are on disk): what it did replaces, the rest is kept
            earlier = _earlier(dataclasses.replace(request, resume=True), report_path, jsonl_path)
            if isinstance(jsonl, RunFile):
                jsonl.write_lines(line for key, line in earlier.jsonl_lines.items() if key not in seen)
        # inputs an earlier run settled that this run did not meet stay in the report
        report.write(r for key, r in earlier.records.items() if key not in seen)
        if isinstance(jsonl, RunFile):
            jsonl.finish()
        report_file.finish()
    summary.seconds = time.perf_counter() - started
    return summary


__all__ = ["BatchRequest", "Summary", "run_batch", "Record"]
