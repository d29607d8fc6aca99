"""Batch runs a researcher can trust (issues 14 and 18): reruns replace and resumes continue with
exactly one report line (and one JSONL record) per input after any sequence of runs, interrupts,
kills and resumes; workers die with their parent; one batch per output folder at a time."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from .conftest import SAMPLES

HTML = sorted(p for p in SAMPLES.iterdir() if p.suffix == ".html")[:6]
REPORT = "essayconv-report.jsonl"


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "essayconv.cli", "batch", *args]


def batch(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command(*args), capture_output=True, text=True, timeout=600)


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def distinct(count: int) -> list[bytes]:
    """`count` pages, each made distinct so none is a copy of another."""
    texts = [p.read_bytes() for p in HTML]
    return [texts[n % len(texts)].replace(b"<body", f"<!-- copy {n} --><body".encode(), 1) for n in range(count)]


def folder_input(root: Path, count: int) -> Path:
    folder = root / "crawl"
    for n, page in enumerate(distinct(count)):
        sub = folder / f"d{n // 100:02}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"page{n:04}.html").write_bytes(page)
    return folder


def zip_input(root: Path, count: int) -> Path:
    archive = root / "crawl.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        for n, page in enumerate(distinct(count)):
            z.writestr(f"site/page{n:04}.html", page)
    return archive


def warc_input(root: Path, count: int) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = root / "crawl.warc.gz"
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for n, page in enumerate(distinct(count)):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://example.org/essays/{n}", "response",
                                                          payload=io.BytesIO(page), http_headers=headers))
    return path


def children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def gone(pids: list[int]) -> bool:
    """Whether every process in `pids` has ended (waiting for them; no time is asserted)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and any(alive(p) for p in pids):
        time.sleep(0.05)
    return not any(alive(p) for p in pids)


def start_and_signal(args: list[str], watch: Path, signum: int, after_lines: int = 3) -> tuple[subprocess.Popen, list[int]]:
    """Start a batch, wait until its unfinished report holds `after_lines` lines, note its
    workers, send `signum` to the parent alone."""
    process = subprocess.Popen(command(*args), stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if watch.exists() and watch.read_text().count("\n") >= after_lines:
            break
        time.sleep(0.01)
    workers = children(process.pid)
    process.send_signal(signum)
    return process, workers


def check_consistent(out: Path, report: Path, fmt: str = "json") -> list[dict]:
    """Every line parses, one line per input, every output listed exists and every output on
    disk is listed; no temporary file is left."""
    records = lines(report)
    keys = Counter((r["source"], r["member"]) for r in records)
    assert [k for k, n in keys.items() if n > 1] == []
    listed = {r["output"] for r in records if r["output"]}
    assert all((out / name).is_file() for name in listed)
    if fmt != "jsonl":
        on_disk = {p.relative_to(out).as_posix() for p in out.rglob(f"*.{fmt}")}
        assert on_disk == listed
    assert not list(out.rglob("*.part"))
    assert all(r["output"] is None for r in records if r["status"] == "failed")
    return records


@pytest.mark.slow
@pytest.mark.parametrize("signum, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_stopped_run_finishes_its_report_and_its_workers(tmp_path: Path, signum: int, code: int) -> None:
    source = folder_input(tmp_path, 600)
    out = tmp_path / "out"
    process, workers = start_and_signal([str(source), "-o", str(out), "--parallel", "2"],
                                        out / f"{REPORT}.inprogress", signum)
    _, err = process.communicate(timeout=120)
    assert process.returncode == code and "interrupted" in err and "Traceback" not in err
    assert workers and gone(workers)
    records = check_consistent(out, out / REPORT)
    assert 0 < len(records) < 600
    assert not (out / f"{REPORT}.inprogress").exists()
    resumed = batch(str(source), "-o", str(out), "--resume", "--parallel", "2")
    assert resumed.returncode == 0, resumed.stderr
    records = check_consistent(out, out / REPORT)
    assert len(records) == 600 and {r["status"] for r in records} <= {"ok", "skipped"}


@pytest.mark.slow
def test_killed_parent_takes_its_workers_and_resume_lists_every_output(tmp_path: Path) -> None:
    source = folder_input(tmp_path, 600)
    out = tmp_path / "out"
    unfinished = out / f"{REPORT}.inprogress"
    process, workers = start_and_signal([str(source), "-o", str(out), "--parallel", "2"], unfinished, signal.SIGKILL)
    process.communicate(timeout=120)
    assert process.returncode == -signal.SIGKILL
    assert workers and gone(workers)  # the parent-death signal ended them: nothing writes on
    written = {p.relative_to(out).as_posix() for p in out.rglob("*.json")}
    listed = {r["output"] for r in lines(unfinished)}  # the killed run's lines all parse
    assert listed <= written
    resumed = batch(str(source), "-o", str(out), "--resume", "--parallel", "2")
    assert resumed.returncode == 0, resumed.stderr
    records = check_consistent(out, out / REPORT)
    assert len(records) == 600
    assert not unfinished.exists()


def _sequence(tmp_path: Path, source: Path, count: int) -> None:
    """run → run → --force → Ctrl-C → --resume, as JSONL and as files, checked line by line."""
    out = tmp_path / "out"
    target = out / "essays.jsonl"

    def jsonl_run(*extra: str) -> subprocess.CompletedProcess[str]:
        return batch(str(source), "--to", "jsonl", "-o", str(target), "--parallel", "2", *extra)

    def check_jsonl(expected: int) -> list[dict]:
        records = check_consistent(out, out / REPORT, "jsonl")
        documents = lines(target)
        keys = [(d["source"]["file"], d["source"]["warc_record_id"] or d["source"]["member"]) for d in documents]
        assert len(keys) == len(set(keys)) == expected
        ok = {(r["source"], r["member"]) for r in records if r["status"] in ("ok", "skipped")}
        assert set(keys) == ok
        return records

    for extra in ((), (), ("--force",)):
        assert jsonl_run(*extra).returncode == 0
        assert len(check_jsonl(count)) == count
    process, _ = start_and_signal([str(source), "--to", "jsonl", "-o", str(target), "--parallel", "2"],
                                  out / f"{REPORT}.inprogress", signal.SIGINT, after_lines=1)
    process.communicate(timeout=120)
    assert process.returncode in (0, 130)  # a fast machine may finish first; the files must agree either way
    interrupted = check_jsonl(len(lines(target)))
    assert len(interrupted) <= count
    assert jsonl_run("--resume").returncode == 0
    assert len(check_jsonl(count)) == count


@pytest.mark.slow
def test_sequence_on_a_folder(tmp_path: Path) -> None:
    _sequence(tmp_path, folder_input(tmp_path, 120), 120)


@pytest.mark.slow
def test_sequence_on_a_zip(tmp_path: Path) -> None:
    _sequence(tmp_path, zip_input(tmp_path, 120), 120)


@pytest.mark.slow
def test_sequence_on_a_warc(tmp_path: Path) -> None:
    _sequence(tmp_path, warc_input(tmp_path, 120), 120)


@pytest.mark.slow
def test_a_second_batch_into_the_same_folder_is_refused(tmp_path: Path) -> None:
    import fcntl

    source = folder_input(tmp_path, 3)
    out = tmp_path / "out"
    out.mkdir()
    with open(out / ".essayconv.lock", "a+") as held:  # as a running batch holds it
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        refused = batch(str(source), "-o", str(out))
    assert refused.returncode == 1 and "another essayconv batch" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1 and not (out / REPORT).exists()
    assert batch(str(source), "-o", str(out)).returncode == 0  # free again once the first is done


@pytest.mark.slow
def test_two_batches_racing_into_one_folder(tmp_path: Path) -> None:
    source = folder_input(tmp_path, 400)
    out = tmp_path / "out"
    first = subprocess.Popen(command(str(source), "-o", str(out), "--parallel", "2"), stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and first.poll() is None and not (out / f"{REPORT}.inprogress").exists():
        time.sleep(0.01)
    second = batch(str(source), "-o", str(out), "--force")
    _, err = first.communicate(timeout=300)
    assert first.returncode == 0, err
    assert second.returncode == 1 and "another essayconv batch (pid" in second.stderr
    records = check_consistent(out, out / REPORT)
    assert len(records) == 400 and {r["status"] for r in records} == {"ok"}  # none converted twice


@pytest.mark.slow
def test_a_second_ctrl_c_stops_at_once_and_leaves_a_consistent_report(tmp_path: Path) -> None:
    source = folder_input(tmp_path, 600)
    out = tmp_path / "out"
    process, workers = start_and_signal([str(source), "-o", str(out), "--parallel", "2"],
                                        out / f"{REPORT}.inprogress", signal.SIGINT)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 130 and "Traceback" not in err
    assert workers and gone(workers)
    records = lines(out / REPORT)  # renamed into place, every line whole
    assert all((out / r["output"]).is_file() for r in records if r["output"])
    assert not list(out.rglob("*.part")) and not (out / f"{REPORT}.inprogress").exists()


def test_a_fifo_swapped_in_after_planning_is_not_opened(tmp_path: Path) -> None:
    from essayconv.batch.plan import plan_inputs
    from essayconv.batch.work import Settings, run_task

    source = folder_input(tmp_path, 2)
    victim = next(source.rglob("*.html"))
    plan = plan_inputs([str(source)], "json")
    victim.unlink()
    os.mkfifo(victim)  # opening it for reading would block until a writer came
    _, records = run_task(plan.tasks[0], Settings(outdir=str(tmp_path / "out"), fmt="json"))
    assert sorted(r.status for r in records) == ["failed", "ok"]
    assert "no longer a regular file" in next(r.message for r in records if r.status == "failed")


def test_progress_shows_rate_and_time_left_on_a_terminal_only() -> None:
    from essayconv.batch import Progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    progress = Progress(10, screen)
    progress.update(Counter(ok=4), force=True)
    assert "4/10" in screen.getvalue() and "/s" in screen.getvalue() and "ETA" in screen.getvalue()
    quiet = Terminal()
    Progress(10, quiet, quiet=True).update(Counter(ok=4), force=True)
    piped = io.StringIO()
    Progress(10, piped).update(Counter(ok=4), force=True)
    assert quiet.getvalue() == "" and piped.getvalue() == ""


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_a_rerun_stopped_part_way_keeps_listing_what_earlier_runs_did(tmp_path: Path, fmt: str) -> None:
    source = folder_input(tmp_path, 400)
    out = tmp_path / "out"
    target = ["-o", str(out / "all.jsonl")] if fmt == "jsonl" else ["-o", str(out)]
    assert batch(str(source), "--to", fmt, *target, "--parallel", "2").returncode == 0
    process, _ = start_and_signal([str(source), "--to", fmt, *target, "--parallel", "2", "--force"],
                                  out / f"{REPORT}.inprogress", signal.SIGINT)
    process.communicate(timeout=120)
    assert process.returncode == 130
    records = check_consistent(out, out / REPORT, fmt)
    assert len(records) == 400  # this run's lines, and the first run's for the inputs it did not reach
    if fmt == "jsonl":
        documents = lines(out / "all.jsonl")
        assert sorted(Path(d["source"]["file"]).name for d in documents) == sorted(Path(r["source"]).name for r in records)
