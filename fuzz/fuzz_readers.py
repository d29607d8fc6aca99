"""Coverage-guided fuzzing of the batch readers (zip, tar, WARC, WARC.gz) with atheris, run by hand.

The first byte picks the container, the rest is the file. Planning and running every task must not
raise, and every record must name a distinct input (one report line per input).

    .venv/bin/pip install atheris
    bash fuzz/run.sh 300 readers      # seeds fuzz/corpus-readers/ with small archives first
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import zipfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["essayconv"]):
    from essayconv.batch.plan import plan_inputs
    from essayconv.batch.work import Settings, run_task

SUFFIXES = (".zip", ".tar.gz", ".warc", ".warc.gz", ".tar")
STATUSES = {"ok", "no-essay", "failed", "skipped", "ignored"}
WORK = Path(tempfile.mkdtemp(prefix="fuzz-readers-"))
SETTINGS = Settings(outdir=str(WORK / "out"), fmt="jsonl")


def test_one_input(data: bytes) -> None:
    if not data:
        return
    path = WORK / f"input{SUFFIXES[data[0] % len(SUFFIXES)]}"
    path.write_bytes(data[1:])
    plan = plan_inputs([str(path)], "jsonl")
    keys = [(m[0], m[1]) for m in plan.member_problems] + [(p[0], None) for p in plan.problems]
    for task in plan.tasks:
        _, records = run_task(task, SETTINGS)
        assert all(r.status in STATUSES for r in records), records
        keys += [(r.source, r.member) for r in records if r.status != "ignored"]
    assert len(keys) == len(set(keys)), keys


def make_seeds(folder: Path) -> None:
    """A few small, valid archives of each kind (the first byte picks the container)."""
    import tarfile

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    folder.mkdir(parents=True, exist_ok=True)
    page = b"<html><head><title>T</title></head><body><article><h1>T</h1>" + b"<p>Some words of an essay. </p>" * 40 + b"</article></body></html>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a/page.html", page)
        archive.writestr("a/page.html", page)
        archive.writestr("logo.png", b"\x89PNG\r\n\x1a\n")
    (folder / "zip").write_bytes(bytes([0]) + buffer.getvalue())
    for index, mode in ((1, "w:gz"), (4, "w")):
        buffer = io.BytesIO()
        with tarfile.open(fileobj=buffer, mode=mode) as archive:
            info = tarfile.TarInfo("site/page.html")
            info.size = len(page)
            archive.addfile(info, io.BytesIO(page))
        (folder / f"tar{index}").write_bytes(bytes([index]) + buffer.getvalue())
    for index, gz in ((2, False), (3, True)):
        buffer = io.BytesIO()
        writer = WARCWriter(buffer, gzip=gz)
        for n in range(2):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://e.org/{n}", "response", payload=io.BytesIO(page),
                                                          http_headers=headers))
        (folder / f"warc{index}").write_bytes(bytes([index]) + buffer.getvalue())


if __name__ == "__main__":
    if "--make-seeds" in sys.argv:
        make_seeds(Path(sys.argv[-1]))
        sys.exit(0)
    os.environ.setdefault("TMPDIR", str(WORK))
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
