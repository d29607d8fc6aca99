"""Batch over every input kind, with the report, resume, sanitising, bad members and exit codes."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from .conftest import SAMPLES

GOOD = ["bartleby-printing-press.html", "ipl-urban-gardens.txt", "ivypanda-coral-reefs.mhtml", "clone-magical-realism.html"]
BOT_WALL = (b"<html><head><title>Just a moment...</title></head><body><p>This website uses a security service to "
            b"protect against malicious bots.</p></body></html>")


def batch(*args: str, cwd: Path | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "essayconv.cli", "batch", *args], capture_output=True, text=True,
                          cwd=cwd, input=stdin.decode() if stdin else None, timeout=300)


def report(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def pages(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in GOOD:
        shutil.copy(SAMPLES / name, folder / name)
    return folder


def test_folder_recursive_skips_resource_folders_and_mirrors_paths(tmp_path: Path) -> None:
    source = pages(tmp_path / "crawl")
    pages(source / "deeper" / "still")
    (source / "Essay_files").mkdir()
    (source / "Essay_files" / "script.html").write_text("<script>x</script>")
    (source / "logo.png").write_bytes(b"\x89PNG")
    result = batch(str(source), "-o", str(tmp_path / "out"), "--parallel", "2")
    assert result.returncode == 0, result.stderr
    outputs = sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.json"))
    expected = sorted([f"{Path(n).stem}.json" for n in GOOD] + [f"deeper/still/{Path(n).stem}.json" for n in GOOD])
    assert outputs == expected
    records = report(tmp_path / "out" / "essayconv-report.jsonl")
    assert len(records) == 8 and {r["status"] for r in records} == {"ok"}
    assert set(records[0]) == {"source", "member", "status", "output", "site", "encoding", "words", "error", "message",
                               "seconds", "url"}
    assert "1 files with other extensions ignored" in result.stderr and "8 ok" in result.stderr


def test_zip_with_unsafe_names_corrupt_member_bomb_and_link(tmp_path: Path) -> None:
    archive = tmp_path / "scrape.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("good/one.html", (SAMPLES / GOOD[0]).read_bytes())
        z.writestr("../../escape.html", (SAMPLES / GOOD[3]).read_bytes())
        z.writestr("/etc/absolute.html", (SAMPLES / GOOD[3]).read_bytes())
        z.writestr("bomb.html", b"\0" * (40 * 1024 * 1024))
        z.writestr("corrupt.html", (SAMPLES / GOOD[3]).read_bytes())
        link = zipfile.ZipInfo("link.html")
        link.external_attr = (0o120777 << 16)
        z.writestr(link, "/etc/passwd")
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as z:
        info = z.getinfo("corrupt.html")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start + 10] ^= 0xFF  # damage the compressed bytes: CRC or inflate error
    archive.write_bytes(bytes(data))
    out = tmp_path / "out"
    result = batch(str(archive), "-o", str(out))
    assert result.returncode == 1, result.stderr
    by_member = {r["member"]: r for r in report(out / "essayconv-report.jsonl")}
    assert by_member["good/one.html"]["status"] == "ok"
    assert by_member["../../escape.html"]["output"] == "scrape/escape.json"
    assert by_member["/etc/absolute.html"]["output"] == "scrape/etc/absolute.json"
    assert by_member["bomb.html"]["status"] == "failed" and "zip bomb" in by_member["bomb.html"]["message"]
    assert by_member["corrupt.html"]["status"] == "failed"
    assert by_member["link.html"]["status"] == "skipped"
    written = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()}
    assert "escape.json" not in written and not any(".part" in w for w in written)
    assert all(w.startswith(("out/", "scrape.zip")) for w in written)


def _tar(path: Path, mode: str) -> None:
    with tarfile.open(path, mode) as tar:
        for name in GOOD[:2]:
            tar.add(SAMPLES / name, arcname=f"site/{name}")
        link = tarfile.TarInfo("site/link.html")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        tar.addfile(link)


@pytest.mark.parametrize("suffix, mode", [(".tar", "w"), (".tar.gz", "w:gz"), (".tar.bz2", "w:bz2"), (".tar.xz", "w:xz")])
def test_tar_archives(tmp_path: Path, suffix: str, mode: str) -> None:
    archive = tmp_path / f"crawl{suffix}"
    _tar(archive, mode)
    result = batch(str(archive), "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    records = report(tmp_path / "out" / "essayconv-report.jsonl")
    assert [(r["member"], r["status"]) for r in records] == [
        ("site/bartleby-printing-press.html", "ok"), ("site/ipl-urban-gardens.txt", "ok"), ("site/link.html", "skipped")]
    assert (tmp_path / "out" / "crawl" / "site" / "ipl-urban-gardens.json").exists()


def _warc(path: Path, gz: bool = True) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "test"}))
        pages = [("https://www.bartleby.com/essay/The-Printing-Press-FKT8QW3MZR7C", GOOD[0], "text/html; charset=utf-8"),
                 ("https://example.org/essays/magic?id=7", GOOD[3], "text/html; charset=windows-1252"),
                 ("https://example.org/logo.png", None, "image/png"),
                 ("https://example.org/wall", None, "text/html")]
        for url, name, kind in pages:
            body = (SAMPLES / name).read_bytes() if name else (b"\x89PNG" if "png" in kind else BOT_WALL)
            request = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            writer.write_record(request)
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))


def test_warc_html_responses_only_named_from_uri_and_http_charset(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    _warc(warc)
    result = batch(str(warc), "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    records = report(tmp_path / "out" / "essayconv-report.jsonl")
    assert [r["status"] for r in records] == ["ok", "ok", "no-essay"]
    assert records[0]["output"] == "crawl/www.bartleby.com/essay/The-Printing-Press-FKT8QW3MZR7C.json"
    assert records[1]["output"].startswith("crawl/example.org/essays/magic-") and records[1]["encoding"] == "windows-1252"
    assert all(r["member"].startswith("<urn:uuid:") for r in records)
    document = json.loads((tmp_path / "out" / records[1]["output"]).read_text())
    assert "García Márquez" in json.dumps(document, ensure_ascii=False)


def test_truncated_gzip_warc_keeps_what_it_can(tmp_path: Path) -> None:
    warc = tmp_path / "cut.warc.gz"
    _warc(warc)
    data = warc.read_bytes()
    warc.write_bytes(data[: int(len(data) * 0.6)])
    result = batch(str(warc), "-o", str(tmp_path / "out"))
    records = report(tmp_path / "out" / "essayconv-report.jsonl")
    assert result.returncode == 1
    assert records[0]["status"] == "failed" and "cut short" in records[0]["message"]
    assert any(r["status"] == "ok" for r in records)


def test_wacz(tmp_path: Path) -> None:
    warc = tmp_path / "data.warc.gz"
    _warc(warc)
    wacz = tmp_path / "crawl.wacz"
    with zipfile.ZipFile(wacz, "w") as z:
        z.write(warc, "archive/data.warc.gz")
        z.writestr("datapackage.json", "{}")
    result = batch(str(wacz), "-o", str(tmp_path / "out"))
    assert [r["status"] for r in report(tmp_path / "out" / "essayconv-report.jsonl")] == ["ok", "ok", "no-essay"]
    assert result.returncode == 0


def test_list_file_from_stdin_globs_and_jsonl(tmp_path: Path) -> None:
    source = pages(tmp_path / "in")
    listing = f"{source / GOOD[0]}\n# a comment\n{source / GOOD[1]}\n".encode()
    target = tmp_path / "all.jsonl"
    result = batch(str(source / "*.mhtml"), "-i", "-", "--to", "jsonl", "-o", str(target), stdin=listing)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in target.read_text().splitlines()]
    assert [d["schema"] for d in lines] == ["essayconv/1"] * 3
    assert {d["title"] for d in lines} >= {"The Printing Press And The Reformation", "Coral Reef Bleaching and Ocean Warming"}


def test_jsonl_to_stdout_is_clean(tmp_path: Path) -> None:
    source = pages(tmp_path / "in")
    result = batch(str(source / GOOD[0]), "--to", "jsonl", "-o", "-", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["schema"] for line in result.stdout.splitlines()] == ["essayconv/1"]


def test_exit_codes(tmp_path: Path) -> None:
    walls = tmp_path / "walls"
    walls.mkdir()
    (walls / "a.html").write_bytes(BOT_WALL)
    assert batch(str(walls), "-o", str(tmp_path / "o1")).returncode == 3  # nothing converted
    (walls / "b.html").write_bytes(b"")
    assert batch(str(walls), "-o", str(tmp_path / "o2")).returncode == 3
    good = pages(tmp_path / "good")
    (good / "empty.html").write_bytes(b"")
    assert batch(str(good), "-o", str(tmp_path / "o3")).returncode == 1  # some failed
    assert batch(str(tmp_path / "missing"), "-o", str(tmp_path / "o4")).returncode == 3


def test_existing_outputs_skipped_unless_forced_and_resume(tmp_path: Path) -> None:
    source = pages(tmp_path / "in")
    (source / "bad.html").write_bytes(b"\x89PNG\r\n\x1a\n")
    out = tmp_path / "out"
    assert batch(str(source), "-o", str(out)).returncode == 1
    first = report(out / "essayconv-report.jsonl")
    assert [r["status"] for r in first].count("ok") == 4

    again = batch(str(source), "-o", str(out))
    statuses = [r["status"] for r in report(out / "essayconv-report.jsonl")[len(first):]]
    assert statuses.count("skipped") == 4 and "the output exists" in (out / "essayconv-report.jsonl").read_text()
    assert again.returncode == 1  # bad.html failed again

    resumed = batch(str(source), "-o", str(out), "--resume")
    last = report(out / "essayconv-report.jsonl")[-5:]
    assert [r["status"] for r in last] == ["skipped"] * 5 and resumed.returncode == 0
    (out / "ipl-urban-gardens.json").unlink()  # a missing output is redone on resume
    batch(str(source), "-o", str(out), "--resume", "--retry-failed")
    last = {Path(r["source"]).name: r["status"] for r in report(out / "essayconv-report.jsonl")[-5:]}
    assert last == {"bartleby-printing-press.html": "skipped", "ipl-urban-gardens.txt": "ok", "ivypanda-coral-reefs.mhtml": "skipped",
                    "clone-magical-realism.html": "skipped", "bad.html": "failed"}
    forced = batch(str(source), "-o", str(out), "--force")
    assert [r["status"] for r in report(out / "essayconv-report.jsonl")[-5:]].count("ok") == 4 and forced.returncode == 1


def test_pdf_and_docx_batches(tmp_path: Path) -> None:
    source = pages(tmp_path / "in")
    for fmt in ("pdf", "docx"):
        result = batch(str(source), "-o", str(tmp_path / fmt), "--to", fmt, "--style", "mla", "--parallel", "2")
        assert result.returncode == 0, result.stderr
        made = sorted(tmp_path.joinpath(fmt).glob(f"*.{fmt}"))
        assert len(made) == 4 and all(p.read_bytes()[:4] in (b"%PDF", b"PK\x03\x04") for p in made)


def test_interrupted_run_leaves_a_report_and_no_partial_files(tmp_path: Path) -> None:
    import signal
    import time

    source = tmp_path / "in"
    for n in range(250):
        pages(source / f"d{n:03}")
    out = tmp_path / "out"
    process = subprocess.Popen([sys.executable, "-m", "essayconv.cli", "batch", str(source), "-o", str(out), "--parallel", "2"],
                               stderr=subprocess.PIPE, text=True)
    report_file = out / "essayconv-report.jsonl"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (report_file.exists() and report_file.stat().st_size > 2000):
        time.sleep(0.02)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130 and "interrupted" in err and "Traceback" not in err
    records = report(out / "essayconv-report.jsonl")  # every line parses
    assert 0 < len(records) < 1000
    assert not [p for p in out.rglob("*.part")]
    done = {r["output"] for r in records if r["status"] == "ok"}
    assert all((out / name).exists() for name in done)


def test_dask_engine_matches_the_process_pool(tmp_path: Path) -> None:
    import distributed

    source = pages(tmp_path / "in")
    _warc(source / "crawl.warc.gz")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        dask_run = batch(str(source), "-o", str(tmp_path / "dask"), "--scheduler", cluster.scheduler_address)
    pool_run = batch(str(source), "-o", str(tmp_path / "pool"), "--parallel", "2")
    assert dask_run.returncode == pool_run.returncode == 0, dask_run.stderr

    def comparable(folder: Path) -> list[dict]:
        return [{k: v for k, v in r.items() if k != "seconds"} for r in report(folder / "essayconv-report.jsonl")]

    assert comparable(tmp_path / "dask") == comparable(tmp_path / "pool")
    for produced in (tmp_path / "pool").rglob("*.json"):
        assert produced.read_bytes() == (tmp_path / "dask" / produced.relative_to(tmp_path / "pool")).read_bytes()
