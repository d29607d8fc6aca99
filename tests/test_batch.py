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

pytestmark = pytest.mark.slow  # runs essayconv in a subprocess: `pytest -m 'not slow'` leaves it out

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
    assert "1 files that are not pages ignored" in result.stderr and "8 ok" in result.stderr


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
    # the HTTP header's charset decoded the essay's own text (not just some field of the record)
    assert "García Márquez" in " ".join(b.get("text", "") for b in document["blocks"])


def test_truncated_gzip_warc_keeps_what_it_can(tmp_path: Path) -> None:
    warc = tmp_path / "cut.warc.gz"
    _warc(warc)
    data = warc.read_bytes()
    warc.write_bytes(data[: int(len(data) * 0.6)])
    result = batch(str(warc), "-o", str(tmp_path / "out"))
    records = report(tmp_path / "out" / "essayconv-report.jsonl")
    assert result.returncode == 1
    assert records[0]["status"] == "failed" and "cut short" in records[0]["message"]
    # the page stored wholly before the cut is converted
    assert records[1]["status"] == "ok" and records[1]["output"].startswith("cut/www.bartleby.com/essay/")


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
    assert [d["schema"] for d in lines] == ["essayconv/2"] * 3
    assert {d["title"] for d in lines} >= {"The Printing Press And The Reformation", "Coral Reef Bleaching and Ocean Warming"}


def test_jsonl_to_stdout_is_clean(tmp_path: Path) -> None:
    source = pages(tmp_path / "in")
    result = batch(str(source / GOOD[0]), "--to", "jsonl", "-o", "-", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["schema"] for line in result.stdout.splitlines()] == ["essayconv/2"]


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


def test_rerun_replaces_the_report_skips_existing_outputs_and_resume_carries_records(tmp_path: Path) -> None:
    source = pages(tmp_path / "in")
    (source / "bad.html").write_bytes(b"\x89PNG\r\n\x1a\n")
    out = tmp_path / "out"
    assert batch(str(source), "-o", str(out)).returncode == 1
    first = report(out / "essayconv-report.jsonl")
    assert [r["status"] for r in first].count("ok") == 4 and len(first) == 5
    assert [r for r in first if r["status"] == "failed"][0]["output"] is None  # failed rows name no output

    again = batch(str(source), "-o", str(out))
    second = report(out / "essayconv-report.jsonl")
    assert len(second) == 5  # replaced, not appended
    assert [r["status"] for r in second].count("skipped") == 4 and "the output exists" in (out / "essayconv-report.jsonl").read_text()
    assert all((out / r["output"]).exists() for r in second if r["status"] == "skipped")
    assert again.returncode == 1  # bad.html failed again

    resumed = batch(str(source), "-o", str(out), "--resume")
    third = report(out / "essayconv-report.jsonl")
    assert len(third) == 5 and resumed.returncode == 0 and "5 skipped" in resumed.stderr
    assert {r["status"] for r in third} == {"skipped", "failed"}  # the earlier records stand
    (out / "ipl-urban-gardens.json").unlink()  # a missing output is redone on resume
    (out / "clone-magical-realism.json").write_text('{"schema": ')  # and so is an incomplete one
    batch(str(source), "-o", str(out), "--resume", "--retry-failed")
    last = {Path(r["source"]).name: r["status"] for r in report(out / "essayconv-report.jsonl")}
    assert last == {"bartleby-printing-press.html": "skipped", "ipl-urban-gardens.txt": "ok", "ivypanda-coral-reefs.mhtml": "skipped",
                    "clone-magical-realism.html": "ok", "bad.html": "failed"}
    assert len(report(out / "essayconv-report.jsonl")) == 5
    forced = batch(str(source), "-o", str(out), "--force")
    assert [r["status"] for r in report(out / "essayconv-report.jsonl")].count("ok") == 4 and forced.returncode == 1


def test_pdf_and_docx_batches(tmp_path: Path) -> None:
    source = pages(tmp_path / "in")
    for fmt in ("pdf", "docx"):
        result = batch(str(source), "-o", str(tmp_path / fmt), "--to", fmt, "--style", "mla", "--parallel", "2")
        assert result.returncode == 0, result.stderr
        made = sorted(tmp_path.joinpath(fmt).glob(f"*.{fmt}"))
        assert len(made) == 4 and all(p.read_bytes()[:4] in (b"%PDF", b"PK\x03\x04") for p in made)


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


# ---------------------------------------------------------------- names, filters, -o, identity (issues 14, 18)


def test_outputs_mirror_inputs_relative_to_their_common_parent(tmp_path: Path) -> None:
    for folder in ("dirA", "dirB"):
        (tmp_path / folder).mkdir()
        shutil.copy(SAMPLES / GOOD[0], tmp_path / folder / "page.html")
    out = tmp_path / "out"
    result = batch(str(tmp_path / "dirA"), str(tmp_path / "dirB"), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert sorted(r["output"] for r in report(out / "essayconv-report.jsonl")) == ["dirA/page.json", "dirB/page.json"]
    assert (out / "dirA" / "page.json").is_file() and (out / "dirB" / "page.json").is_file()


@pytest.mark.parametrize("names", [("essay.html", "essay.txt"), ("a/b.html", "a/b.htm"), ("q?.html", "q_.html"),
                                   ("Case.html", "case.html")])
def test_plain_inputs_that_would_share_an_output_are_refused_before_any_work(tmp_path: Path, names: tuple[str, str]) -> None:
    source = tmp_path / "in"
    for name in names:
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SAMPLES / GOOD[1], source / name)
    out = tmp_path / "out"
    result = batch(str(source), "-o", str(out))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and all(name.split("/")[-1] in lines[0] for name in names) and "both" in lines[0]
    assert not out.exists()  # nothing was made


ASSETS = {"page_files/app.js": b"var a = 1;", "site.css": b"body { color: red }", "tracker.js": b"track()",
          "logo.png": b"\x89PNG\r\n\x1a\n" + bytes(64), "robots.txt": b"User-agent: *\nDisallow: /\n",
          "notes/idea.md": b"# An idea\n\nSome notes.\n", "tool.py": b"import os\nprint(os.getcwd())\n",
          "blob": b"\x00\x01\x02\x03" * 64, ".hidden.html": b"<p>x</p>"}


def _asset_tree(folder: Path) -> None:
    folder.mkdir(parents=True)
    shutil.copy(SAMPLES / GOOD[0], folder / "page.html")
    for name, data in ASSETS.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)


@pytest.mark.parametrize("kind", ["folder", "zip", "tar.gz"])
def test_members_that_are_not_pages_are_ignored_like_a_folders_files(tmp_path: Path, kind: str) -> None:
    tree = tmp_path / "saved"
    _asset_tree(tree)
    source = tree
    if kind == "zip":
        source = tmp_path / "saved.zip"
        with zipfile.ZipFile(source, "w") as z:
            for path in sorted(tree.rglob("*")):
                if path.is_file():
                    z.write(path, path.relative_to(tree).as_posix())
    elif kind == "tar.gz":
        source = tmp_path / "saved.tar.gz"
        with tarfile.open(source, "w:gz") as tar:
            for path in sorted(tree.rglob("*")):
                if path.is_file():
                    tar.add(path, arcname=path.relative_to(tree).as_posix())
    out = tmp_path / "out"
    result = batch(str(source), "-o", str(out))
    assert result.returncode == 0, result.stderr
    records = report(out / "essayconv-report.jsonl")
    assert [(Path(r["member"] or r["source"]).name, r["status"]) for r in records] == [("page.html", "ok")]
    ignored = len(ASSETS) - (1 if kind == "folder" else 0)  # a folder's hidden files are passed over unseen
    if kind == "folder":
        ignored -= 1  # and its *_files/ folders are not entered
    assert f"{ignored} files that are not pages ignored" in result.stderr


def test_duplicate_and_colliding_member_names_get_distinct_deterministic_outputs(tmp_path: Path) -> None:
    archive = tmp_path / "dupes.zip"
    bodies = [(SAMPLES / name).read_bytes() for name in GOOD]
    names = ["page.html", "page.html", "a/b.html", "a/b.htm", "q?.html", "q_.html", "\u202eevil.html",
             "日本語のエッセイ" * 12 + ".html"]
    with zipfile.ZipFile(archive, "w") as z, pytest.warns(UserWarning):
        for n, name in enumerate(names):
            z.writestr(name, bodies[n % len(bodies)])
    runs = []
    for out in (tmp_path / "one", tmp_path / "two"):
        result = batch(str(archive), "-o", str(out))
        assert result.returncode == 0, result.stderr
        runs.append(report(out / "essayconv-report.jsonl"))
    records = runs[0]
    assert [r["member"] for r in records][:2] == ["page.html", "page.html#2"]
    outputs = [r["output"] for r in records]
    assert len(set(outputs)) == len(names) and all(r["status"] == "ok" for r in records)
    assert outputs == [r["output"] for r in runs[1]]  # the same inputs, the same names
    assert not any("\u202e" in o for o in outputs)
    assert all(len(part.encode()) <= 120 + len(".json") for o in outputs for part in o.split("/"))
    first, second = (json.loads((tmp_path / "one" / o).read_text()) for o in outputs[:2])
    assert first["title"] != second["title"]  # both members were read, not the last one twice


def test_warc_urls_that_would_nest_a_file_in_a_file_are_kept_apart(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    warc = tmp_path / "nest.warc.gz"
    with open(warc, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, name in (("https://e.org/x", GOOD[0]), ("https://e.org/x.json/y", GOOD[3])):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO((SAMPLES / name).read_bytes()),
                                                          http_headers=headers))
    out = tmp_path / "out"
    result = batch(str(warc), "-o", str(out))
    assert result.returncode == 0, result.stderr
    outputs = [r["output"] for r in report(out / "essayconv-report.jsonl")]
    assert outputs[0] == "nest/e.org/x.json" and outputs[1] != "nest/e.org/x.json/y.json"
    assert all((out / o).is_file() for o in outputs)


@pytest.mark.parametrize("args, hint", [(["-o", "single.json"], "--to jsonl"), (["-o", "single.json", "--to", "md"], "folder"),
                                        (["--to", "jsonl", "-o", "all.json"], "all.jsonl"), (["-o", "-"], "--to jsonl -o -")])
def test_output_checked_against_the_format(tmp_path: Path, args: list[str], hint: str) -> None:
    source = pages(tmp_path / "in")
    result = batch(str(source), *args, cwd=tmp_path)
    assert result.returncode == 2 and hint in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]  # no folder named single.json


def test_jsonl_records_carry_text_identity_and_fingerprints(tmp_path: Path, schema: dict) -> None:
    import hashlib

    import jsonschema

    source = pages(tmp_path / "in")
    page = (SAMPLES / GOOD[0]).read_bytes()
    (source / "copy.html").write_bytes(page.replace(b"<body", b"<body><nav><a href='/'>Home</a></nav", 1))
    _warc(source / "crawl.warc.gz")
    target = tmp_path / "all.jsonl"
    result = batch(str(source), "--to", "jsonl", "-o", str(target))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in target.read_text().splitlines()]
    for record in records:
        jsonschema.validate(record, schema)
        assert record["schema"] == "essayconv/2" and record["text"] and len(record["fingerprint"]) == 16
    by_file = {Path(r["source"]["file"]).name: r for r in records if r["source"]["warc_record_id"] is None}
    assert by_file[GOOD[0]]["sha1"] == hashlib.sha1(page).hexdigest()
    assert by_file[GOOD[0]]["fingerprint"] == by_file["copy.html"]["fingerprint"]  # the same essay saved twice
    assert by_file[GOOD[0]]["sha1"] != by_file["copy.html"]["sha1"]
    assert by_file[GOOD[0]]["hostname"] == "www.bartleby.com" and by_file[GOOD[1]]["url"] is None
    first_paragraph = next(b["text"] for b in by_file[GOOD[0]]["blocks"] if b["type"] == "paragraph")
    assert first_paragraph in by_file[GOOD[0]]["text"]
    crawled = [r for r in records if r["source"]["warc_record_id"]]
    assert len(crawled) == 2 and all(r["crawl_date"] and r["source"]["file"].endswith("crawl.warc.gz") for r in crawled)
    assert crawled[1]["url"] == "https://example.org/essays/magic?id=7" and crawled[1]["hostname"] == "example.org"
    keys = {(r["source"], r["member"]) for r in report(tmp_path / "essayconv-report.jsonl") if r["status"] == "ok"}
    assert keys == {(r["source"]["file"], r["source"]["warc_record_id"] or r["source"]["member"]) for r in records}


def test_an_input_named_twice_is_one_input(tmp_path: Path) -> None:
    source = pages(tmp_path / "in")
    out = tmp_path / "out"
    result = batch(str(source), str(source / GOOD[0]), str(source / "*.html"), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert sorted(Path(r["source"]).name for r in report(out / "essayconv-report.jsonl")) == sorted(GOOD)


def test_summary_splits_no_essay_by_reason_and_quiet_says_nothing(tmp_path: Path) -> None:
    source = pages(tmp_path / "in")
    (source / "wall.html").write_bytes(BOT_WALL)
    result = batch(str(source), "-o", str(tmp_path / "out"))
    assert result.returncode == 0 and "1 no-essay (1 bot check or preview)" in result.stderr
    quiet = batch(str(source), "-o", str(tmp_path / "quiet"), "--quiet")
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_a_lying_warc_record_and_a_cut_tar_member_fail_under_their_own_names(tmp_path: Path) -> None:
    from warcio.archiveiterator import ArchiveIterator

    from .test_bad_inputs import _generator

    make = _generator()
    make.warc_length_lie(tmp_path / "liar.warc")
    make.tar_cut_mid_member(tmp_path / "cut.tar.gz")
    with open(tmp_path / "liar.warc", "rb") as handle:
        ids = [r.rec_headers.get_header("WARC-Record-ID") for r in ArchiveIterator(handle)]
    result = batch(str(tmp_path / "liar.warc"), str(tmp_path / "cut.tar.gz"), "-o", str(tmp_path / "out"))
    assert result.returncode == 1
    failed = {(Path(r["source"]).name, r["member"]) for r in report(tmp_path / "out" / "essayconv-report.jsonl")
              if r["status"] == "failed"}
    assert failed == {("liar.warc", ids[1]), ("cut.tar.gz", "two.html")}


def test_a_run_removes_what_a_killed_run_left_half_written(tmp_path: Path) -> None:
    """A worker killed between creating an output's temporary file and guarding it leaves the
    file behind; the next run (holding the folder's lock) removes it, and nothing else."""
    source = tmp_path / "in"
    source.mkdir()
    shutil.copy(SAMPLES / "bartleby-printing-press.html", source / "a.html")
    out = tmp_path / "out"
    (out / "sub").mkdir(parents=True)
    leftover, keep = out / "sub" / ".a.json.k3j9x_2q.part", out / "notes.part"
    leftover.write_text("{", "utf-8")
    keep.write_text("mine", "utf-8")
    result = batch(str(source), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert not leftover.exists() and keep.read_text("utf-8") == "mine"
    assert (out / "a.json").is_file()
