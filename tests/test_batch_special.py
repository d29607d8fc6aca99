"""Special files and names (issue 18, points 7, 10, 11, 13, 16) and a full disk under --to jsonl
(point 2): refused or handled with one line, never a hang, a traceback or a replaced device."""

from __future__ import annotations

import json
import os
import resource
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import SAMPLES

PAGE = SAMPLES / "ipl-urban-gardens.txt"  # a text dump: no URL of its own, so its name is its source


def essayconv(*args: str, cwd: Path | None = None, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "essayconv.cli", *args], capture_output=True, cwd=cwd,
                          timeout=300, **kwargs)  # type: ignore[call-overload]


def latin1_name(folder: Path, stem: bytes = b"caf\xe9", suffix: bytes = b".txt") -> bytes:
    folder.mkdir(parents=True, exist_ok=True)
    name = os.path.join(os.fsencode(folder), stem + suffix)
    with open(name, "wb") as handle:
        handle.write(PAGE.read_bytes())
    return name


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["json", "html", "docx", "md"])
def test_convert_a_name_that_is_not_utf8(tmp_path: Path, fmt: str) -> None:
    name = latin1_name(tmp_path)
    result = essayconv("convert", os.fsdecode(name), "-o", str(tmp_path / f"out.{fmt}"))
    assert result.returncode == 0 and b"Traceback" not in result.stderr, result.stderr
    if fmt == "json":
        assert json.loads((tmp_path / "out.json").read_text())["metadata"]["source"].endswith("caf\\xe9.txt")


@pytest.mark.slow
def test_names_that_are_not_utf8_in_a_list_and_a_folder(tmp_path: Path) -> None:
    name = latin1_name(tmp_path / "in")
    listing = tmp_path / "list.txt"
    listing.write_bytes(name + b"\n")
    out = tmp_path / "out"
    result = essayconv("batch", "-i", str(listing), "-o", str(out))
    assert result.returncode == 0, result.stderr
    record = json.loads((out / "essayconv-report.jsonl").read_text())
    assert record["status"] == "ok" and record["source"].endswith("caf\\xe9.txt")
    bad = essayconv("batch", "-i", str(listing), "-o", str(tmp_path / "out2"), "--to", "txt")
    assert bad.returncode == 0 and (tmp_path / "out2" / "caf_.txt").is_file()


@pytest.mark.slow
def test_a_fifo_given_by_name_is_refused_when_planning(tmp_path: Path) -> None:
    fifo = tmp_path / "stuck.html"
    os.mkfifo(fifo)
    out = tmp_path / "out"
    result = essayconv("batch", str(fifo), str(PAGE), "-o", str(out))  # would block forever if opened
    by_glob = essayconv("batch", str(tmp_path / "*.html"), "-o", str(tmp_path / "globbed"))
    assert by_glob.returncode == 3 and b"a FIFO" in (tmp_path / "globbed" / "essayconv-report.jsonl").read_bytes()
    assert result.returncode == 1
    records = [json.loads(line) for line in (out / "essayconv-report.jsonl").read_text().splitlines()]
    assert [(Path(r["source"]).name, r["status"]) for r in records] == [("stuck.html", "failed"), (PAGE.name, "ok")]
    assert "a FIFO" in records[0]["message"]


@pytest.mark.slow
@pytest.mark.parametrize("command", ["convert", "batch"])
def test_dev_zero_is_refused_before_it_is_read(tmp_path: Path, command: str) -> None:
    args = [command, "/dev/zero", "-o", str(tmp_path / ("out.json" if command == "convert" else "out"))]
    result = subprocess.run([sys.executable, "-m", "essayconv.cli", *args], capture_output=True, text=True, timeout=120,
                            preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (1024 ** 3, 1024 ** 3)))
    assert "character device" in (result.stderr if command == "convert" else
                                  (tmp_path / "out" / "essayconv-report.jsonl").read_text())
    assert result.returncode in (1, 3) and "Traceback" not in result.stderr


def test_a_file_swapped_for_a_link_after_planning_is_not_followed(tmp_path: Path) -> None:
    from essayconv.batch.plan import plan_inputs
    from essayconv.batch.work import Settings, run_task

    source = tmp_path / "in"
    source.mkdir()
    (source / "page.txt").write_bytes(PAGE.read_bytes())
    secret = tmp_path / "secret.txt"
    secret.write_text("The secret essay.\n\n" + "Private words that must not be read. " * 60)
    plan = plan_inputs([str(source)], "json")
    (source / "page.txt").unlink()
    (source / "page.txt").symlink_to(secret)  # swapped between the plan and the read
    _, records = run_task(plan.tasks[0], Settings(outdir=str(tmp_path / "out"), fmt="json"))
    assert [r.status for r in records] == ["failed"] and "symbolic link" in (records[0].message or "")
    assert not (tmp_path / "out").exists()


@pytest.mark.slow
def test_output_onto_a_fifo_is_written_into_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    result = essayconv("convert", str(PAGE), "-o", str(fifo), "--to", "txt")
    written, _ = reader.communicate(timeout=60)
    assert result.returncode == 0, result.stderr
    assert b"Community Gardens" in written and stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.slow
@pytest.mark.parametrize("target", ["/dev/stdout", "/dev/fd/1"])
def test_output_onto_stdout_by_name(target: str) -> None:
    result = essayconv("convert", str(PAGE), "-o", target, "--to", "txt")
    assert result.returncode == 0 and b"Community Gardens" in result.stdout


@pytest.mark.slow
def test_output_onto_another_device_is_refused(tmp_path: Path) -> None:
    # any character device will do; /dev/null itself has been seen replaced by a file on a shared
    # machine (what this test guards against, done by something else)
    device = next((d for d in ("/dev/zero", "/dev/full", "/dev/null") if stat.S_ISCHR(os.stat(d).st_mode)), None)
    if device is None:
        pytest.skip("no character device to write to")
    result = essayconv("convert", str(PAGE), "-o", device, "--to", "txt")
    assert result.returncode == 1 and b"is a device" in result.stderr
    assert stat.S_ISCHR(os.stat(device).st_mode)


def _fsize_limit(limit: int):  # noqa: ANN202
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


@pytest.mark.slow
def test_a_full_disk_under_jsonl_loses_nothing_and_resume_redoes_what_was_lost(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    # twelve pages that each hold an essay (a sample whose golden says "no_essay" writes no document)
    pages = [p for p in sorted(SAMPLES.iterdir()) if p.suffix == ".html"
             and '"no_essay"' not in (SAMPLES / f"{p.stem}.expected.json").read_text("utf-8")][:12]
    for page in pages:
        (source / page.name).write_bytes(page.read_bytes())
    target = tmp_path / "all.jsonl"
    full = essayconv("batch", str(source), "--to", "jsonl", "-o", str(target), "--parallel", "1",
                     preexec_fn=_fsize_limit(60_000))  # the JSONL outgrows 60 kB; the report does not
    assert b"Traceback" not in full.stderr
    records = [json.loads(line) for line in (tmp_path / "essayconv-report.jsonl").read_text().splitlines()]
    documents = [json.loads(line) for line in target.read_text().splitlines()]  # every line whole
    failed = [r for r in records if r["status"] == "failed"]
    assert failed and all("cannot write the JSONL record" in r["message"] for r in failed) and full.returncode in (1, 3)
    assert len(documents) == sum(r["status"] == "ok" for r in records)
    resumed = essayconv("batch", str(source), "--to", "jsonl", "-o", str(target), "--resume", "--retry-failed")
    assert resumed.returncode == 0, resumed.stderr
    documents = [json.loads(line) for line in target.read_text().splitlines()]
    assert sorted(Path(d["source"]["file"]).name for d in documents) == sorted(p.name for p in pages)


@pytest.mark.slow
def test_report_command_tallies_a_run(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.txt").write_bytes(PAGE.read_bytes())
    (source / "wall.html").write_bytes(b"<html><head><title>Just a moment...</title></head><body><p>This website uses a "
                                       b"security service to protect against malicious bots.</p></body></html>")
    (source / "bad.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(40))
    out = tmp_path / "out"
    essayconv("batch", str(source), "-o", str(out))
    result = essayconv("report", str(out / "essayconv-report.jsonl"), "--json")
    assert result.returncode == 0, result.stderr
    tally = json.loads(result.stdout)
    assert tally["statuses"] == {"ok": 1, "no-essay": 1, "failed": 1}
    assert tally["no_essay"] == {"bot check or preview": 1} and tally["failures"] == {"InputError": 1}
    document = json.loads((out / "a.json").read_text())
    assert tally["records_read"] == 1 and sum(tally["removed"].values()) == len(document["removed"])
    text = essayconv("report", str(out / "essayconv-report.jsonl")).stdout.decode()
    assert text.startswith("inputs     3:") and "removed" in text
