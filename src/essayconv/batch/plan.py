"""What to do: inputs (folders, globs, list files, archives) → tasks a worker can run alone.

Plain files go in chunks; zip members in chunks of member names (the central directory is read
once); WARC response records in chunks of byte offsets (one streamed pass finds them); tar files
and the WARCs inside a WACZ are read front to back by one task each, as those formats demand.
Nothing is loaded whole.
"""

from __future__ import annotations

import contextlib
import glob
import io
import os
import sys
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Iterator


CHUNK = 16
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".mhtml", ".mht", ".txt", ".php", ".asp", ".aspx", ".jsp", "")
ZIP_SUFFIXES = (".zip",)
TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
WACZ_SUFFIXES = (".wacz",)


@dataclass(frozen=True)
class Task:
    index: int
    kind: str  # "files" | "zip" | "tar" | "warc" | "wacz"
    source: str  # the archive, or "" for a chunk of plain files
    items: tuple[str, ...] = ()
    """files: paths; zip: member names; warc: record offsets; wacz: inner WARC names; tar: ()."""
    prefix: str = ""
    """Output folder for this task's items, relative to OUTDIR (an archive's own folder)."""
    relatives: tuple[str, ...] = ()
    """files: each file's output path relative to OUTDIR (before the format suffix)."""


@dataclass
class Plan:
    tasks: list[Task] = field(default_factory=list)
    total: int | None = 0
    """How many inputs the tasks hold (None when a tar or WACZ hides its count until read)."""
    problems: list[tuple[str, str, str]] = field(default_factory=list)
    """(source, error class, message) for inputs that could not even be planned."""
    ignored: int = 0


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for suffix in (*TAR_SUFFIXES, *WARC_SUFFIXES, *WACZ_SUFFIXES, *ZIP_SUFFIXES):
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def archive_stem(path: Path) -> str:
    suffix = _suffix(path)
    name = path.name
    return name[: -len(suffix)] if suffix and name.lower().endswith(suffix) else path.stem


def _warc_offsets(path: Path) -> tuple[list[str], str | None]:
    """Offsets of HTML response/resource records, and a problem if the file is damaged."""
    from warcio.archiveiterator import ArchiveIterator

    offsets: list[str] = []
    last = None
    try:
        # warcio prints its own warnings on stderr; the report says what went wrong instead
        with path.open("rb") as handle, contextlib.redirect_stderr(io.StringIO()):
            records = ArchiveIterator(handle, arc2warc=True)
            for record in records:
                wanted = record.rec_type in ("response", "resource") and _is_html(record)
                last = records.get_record_offset()  # reads the rest of the record first
                if wanted:
                    offsets.append(str(last))
    except Exception as error:  # warcio raises plain exceptions for damaged archives
        return offsets, f"the archive is damaged or cut short after {len(offsets)} pages ({type(error).__name__}: {error})"
    if last is not None and _gzip_member_cut_short(path, last):
        # warcio reads a truncated gzip member as a short record without complaint
        if offsets and offsets[-1] == str(last):
            offsets.pop()
        return offsets, f"the archive is cut short: its last record is incomplete (kept {len(offsets)} pages before it)"
    return offsets, None


def _gzip_member_cut_short(path: Path, offset: int) -> bool:
    """Whether the gzip member starting at `offset` (the last record) ends before its end marker."""
    with path.open("rb") as handle:
        handle.seek(offset)
        if handle.read(2) != b"\x1f\x8b":
            return False
        handle.seek(offset)
        inflater = zlib.decompressobj(31)
        try:
            while chunk := handle.read(1 << 16):
                inflater.decompress(chunk, 1 << 16)
                while inflater.unconsumed_tail and not inflater.eof:
                    inflater.decompress(inflater.unconsumed_tail, 1 << 16)
                if inflater.eof:
                    return False
        except zlib.error:
            return True
    return not inflater.eof


def _is_html(record: object) -> bool:
    headers = getattr(record, "http_headers", None)
    kind = headers.get_header("Content-Type") if headers is not None else None
    kind = kind or record.rec_headers.get_header("Content-Type") or ""  # type: ignore[attr-defined]
    kind = kind.lower()
    return any(t in kind for t in ("text/html", "application/xhtml", "multipart/related", "text/plain"))


class Planner:
    def __init__(self) -> None:
        self.plan = Plan()
        self._pending_files: list[tuple[str, str]] = []

    def _add(self, kind: str, source: str, items: tuple[str, ...] = (), prefix: str = "",
             relatives: tuple[str, ...] = (), count: int | None = None) -> None:
        self.plan.tasks.append(Task(len(self.plan.tasks), kind, source, items, prefix, relatives))
        if count is None or self.plan.total is None:
            self.plan.total = None
        else:
            self.plan.total += count

    def _flush_files(self) -> None:
        for start in range(0, len(self._pending_files), CHUNK):
            chunk = self._pending_files[start:start + CHUNK]
            self._add("files", "", tuple(p for p, _ in chunk), "", tuple(r for _, r in chunk), len(chunk))
        self._pending_files = []

    def add_path(self, path: Path, relative: PurePosixPath, prefix: PurePosixPath) -> None:
        suffix = _suffix(path)
        if suffix in (*ZIP_SUFFIXES, *TAR_SUFFIXES, *WARC_SUFFIXES, *WACZ_SUFFIXES):
            self._flush_files()  # keep tasks, and so the report, in input order
        if suffix in ZIP_SUFFIXES:
            self.add_zip(path, prefix / archive_stem(path))
        elif suffix in TAR_SUFFIXES:
            self._add("tar", str(path), (), str(prefix / archive_stem(path)), count=None)
        elif suffix in WARC_SUFFIXES:
            self.add_warc(path, prefix / archive_stem(path))
        elif suffix in WACZ_SUFFIXES:
            self.add_wacz(path, prefix / archive_stem(path))
        elif suffix in PAGE_SUFFIXES:
            self._pending_files.append((str(path), str(relative)))
            if len(self._pending_files) >= CHUNK:
                self._flush_files()
        else:
            self.plan.ignored += 1

    def add_zip(self, path: Path, prefix: PurePosixPath) -> None:
        try:
            with zipfile.ZipFile(path) as archive:
                names = [i.filename for i in archive.infolist() if not i.is_dir()
                         and not _zip_resource(i.filename)]
        except (zipfile.BadZipFile, OSError, ValueError) as error:
            self.plan.problems.append((str(path), type(error).__name__, f"cannot read the zip file ({error})"))
            return
        for start in range(0, len(names), CHUNK):
            chunk = tuple(names[start:start + CHUNK])
            self._add("zip", str(path), chunk, str(prefix), count=len(chunk))

    def add_warc(self, path: Path, prefix: PurePosixPath) -> None:
        offsets, problem = _warc_offsets(path)
        if problem:
            self.plan.problems.append((str(path), "ArchiveError", problem))
        for start in range(0, len(offsets), CHUNK):
            chunk = tuple(offsets[start:start + CHUNK])
            self._add("warc", str(path), chunk, str(prefix), count=len(chunk))

    def add_wacz(self, path: Path, prefix: PurePosixPath) -> None:
        try:
            with zipfile.ZipFile(path) as archive:
                warcs = [n for n in archive.namelist() if n.lower().endswith(WARC_SUFFIXES)]
        except (zipfile.BadZipFile, OSError) as error:
            self.plan.problems.append((str(path), type(error).__name__, f"cannot read the WACZ file ({error})"))
            return
        for name in warcs:
            self._add("wacz", str(path), (name,), str(prefix), count=None)

    def add_folder(self, folder: Path) -> None:
        for directory, subdirs, files in os.walk(folder):
            # "Save page as, complete" puts a page's images and scripts in "<page>_files/"
            subdirs[:] = sorted(d for d in subdirs if not d.endswith("_files") and not d.startswith("."))
            for name in sorted(files):
                path = Path(directory) / name
                if name.startswith(".") or path.is_symlink():
                    continue
                relative = PurePosixPath(path.relative_to(folder).as_posix())
                self.add_path(path, relative, relative.parent)

    def add_input(self, name: str) -> None:
        path = Path(name)
        if path.is_dir():
            self.add_folder(path)
        elif path.is_file():
            self.add_path(path, PurePosixPath(path.name), PurePosixPath())
        elif any(c in name for c in "*?["):
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                self.plan.problems.append((name, "InputError", "the pattern matches no file"))
            for match in matches:
                if Path(match).is_file():
                    self.add_input(match)
        else:
            self.plan.problems.append((name, "InputError", "no such file or folder"))

    def finish(self) -> Plan:
        self._flush_files()
        return self.plan


def _zip_resource(name: str) -> bool:
    return any(part.endswith("_files") for part in PurePosixPath(name).parts[:-1]) or name.startswith("__MACOSX/")


def read_list(list_file: str) -> Iterator[str]:
    """Paths from a list file (one per line, # comments), or from stdin for "-"."""
    opened = contextlib.nullcontext(sys.stdin) if list_file == "-" else open(list_file, encoding="utf-8")
    with opened as handle:
        for line in handle:
            line = line.strip()
            if line and not line.startswith("#"):
                yield line


def plan_inputs(inputs: list[str]) -> Plan:
    planner = Planner()
    for name in inputs:
        planner.add_input(name)
    return planner.finish()

