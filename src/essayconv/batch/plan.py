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
import stat
import sys
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Iterator

from ..errors import OptionError
from ..regexes import compile_regex
from ..sources.page import display_name
from .paths import NameBook, common_base, from_url, safe_relative, with_format

CHUNK = 16
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".mhtml", ".mht", ".txt", ".php", ".asp", ".aspx", ".jsp", "")
ZIP_SUFFIXES = (".zip",)
TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
WACZ_SUFFIXES = (".wacz",)
ARCHIVE_SUFFIXES = (*ZIP_SUFFIXES, *TAR_SUFFIXES, *WARC_SUFFIXES, *WACZ_SUFFIXES)
# Files a site or a crawler keeps beside its pages, with page-like names but never an essay.
SITE_FILES = frozenset({"robots.txt", "humans.txt", "ads.txt", "app-ads.txt", "security.txt", "llms.txt",
                        "sitemap.txt", "license.txt", "readme.txt", "requirements.txt", "changelog.txt"})


@dataclass(frozen=True)
class Task:
    index: int
    kind: str  # "files" | "zip" | "tar" | "warc" | "wacz"
    source: str  # the archive, or "" for a chunk of plain files
    items: tuple[str, ...] = ()
    """files: paths; zip: positions in the central directory; warc: record offsets; wacz: inner
    WARC names; tar: ()."""
    prefix: str = ""
    """Output folder for this task's items, relative to OUTDIR (an archive's own folder)."""
    relatives: tuple[str, ...] = ()
    """files, zip, warc: each item's output path relative to OUTDIR, format suffix included,
    unique across the run. tar and wacz name theirs as they read (their names are not known
    before), inside a folder no other input writes to."""
    members: tuple[str, ...] = ()
    """zip and warc: each item's member name or record id as the report shows it, unique within
    the archive (a repeated name gets "#2", "#3"…)."""
    fmt: str = "json"
    followed: tuple[str, ...] = ()
    """files: the paths the user named that are links (followed; links found in folders are not)."""


@dataclass
class Plan:
    tasks: list[Task] = field(default_factory=list)
    total: int | None = 0
    """How many inputs the tasks hold (None when a tar or WACZ hides its count until read)."""
    problems: list[tuple[str, str, str]] = field(default_factory=list)
    """(source, error class, message) for inputs that could not even be planned."""
    member_problems: list[tuple[str, str, str, str]] = field(default_factory=list)
    """(archive, member or record id, error class, message) for one bad record found when planning."""
    ignored: int = 0


# What zipfile raises for a damaged or unsupported archive (found by fuzz/fuzz_readers.py: a
# version field it does not know raises NotImplementedError).
ZIP_ERRORS = (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError)


class NameCollision(OptionError):
    """Two inputs would be written to one output: refused before any work."""


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for suffix in ARCHIVE_SUFFIXES:
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def archive_stem(path: Path) -> str:
    suffix = _suffix(path)
    name = path.name
    return name[: -len(suffix)] if suffix and name.lower().endswith(suffix) else path.stem


def not_a_page(name: str) -> bool:
    """Whether a file or member is left alone by its name: a browser's `*_files/` assets, macOS
    metadata, hidden files, a site's robots.txt and kin, and anything whose extension is not a
    page's (images, styles, scripts, source code, notes, nested archives)."""
    path = PurePosixPath(name.replace("\\", "/"))
    if not path.parts or name.startswith("__MACOSX/") or any(p.endswith("_files") for p in path.parts[:-1]):
        return True
    if path.name.startswith(".") or path.name.lower() in SITE_FILES:
        return True
    return _suffix(Path(path.name)) not in PAGE_SUFFIXES


def unique_members(names: list[str]) -> list[str]:
    """Names as the report shows them: a name seen before gets "#2", "#3"… so each is one key."""
    seen: Counter[str] = Counter()
    unique = []
    for name in names:
        seen[name] += 1
        unique.append(name if seen[name] == 1 else f"{name}#{seen[name]}")
    return unique


@dataclass(frozen=True)
class WarcScan:
    offsets: list[str]
    ids: list[str]
    uris: list[str]
    problems: list[tuple[str, str]]
    """(record id or "@offset", message) for records that are cut short or lie about their length."""


# a record header's first line; not anchored to a line start, as the bytes before it belong to the
# record that lied and need not end in a newline
_WARC_START = compile_regex(rb"WARC/1\.[01]\r\nWARC-")


def _next_warc_start(handle: IO[bytes], after: int) -> int | None:
    """Where the next record header begins after `after` in an uncompressed WARC: after a record
    that lied about its length, the records it swallowed are found again this way."""
    handle.seek(after)
    carry = b""
    position = after
    while chunk := handle.read(1 << 20):
        found = _WARC_START.search(carry + chunk)
        if found:
            return position - len(carry) + found.start()
        carry = (carry + chunk)[-16:]
        position += len(chunk)
    return None


def _scan_warc(path: Path) -> WarcScan:
    """One streamed pass: the offset, id and URI of every HTML response/resource record, and every
    record that is cut short or claims more bytes than the file holds (a failed record under its
    own id; an uncompressed WARC is searched for the records such a lie swallowed)."""
    from warcio.archiveiterator import ArchiveIterator

    scan = WarcScan([], [], [], [])
    start, last = 0, None
    # warcio prints its own warnings on stderr; the report says what went wrong instead
    with path.open("rb") as handle, contextlib.redirect_stderr(io.StringIO()):
        while start is not None:
            handle.seek(start)
            resume_at = None
            try:
                records = ArchiveIterator(handle, arc2warc=True)
                for record in records:
                    wanted = record.rec_type in ("response", "resource") and _is_html(record)
                    record_id = record.rec_headers.get_header("WARC-Record-ID") or ""
                    # reads the rest of the record first; a fresh iterator counts its first record from 0
                    last = records.get_record_offset() or start
                    claimed = record.length or 0
                    missing = getattr(record.raw_stream, "limit", 0) or 0
                    if missing > 0:
                        scan.problems.append((record_id or f"@{last}", f"the record claims {claimed} bytes but the file "
                                              f"ends {missing} bytes short of them (cut short, or its length is wrong)"))
                        if records.reader.decompressor is None:
                            resume_at = _next_warc_start(handle, last + 8)
                        break
                    if wanted:
                        scan.offsets.append(str(last))
                        scan.ids.append(record_id)
                        scan.uris.append(record.rec_headers.get_header("WARC-Target-URI") or "")
            except Exception as error:  # warcio raises plain exceptions for damaged archives
                scan.problems.append((f"@{last if last is not None else start}", f"the archive is damaged or cut short "
                                      f"after {len(scan.offsets)} pages ({type(error).__name__}: {error})"))
            start = resume_at if resume_at is not None and (last is None or resume_at > last) else None
    if last is not None and not scan.problems and _gzip_member_cut_short(path, last):
        # warcio reads a truncated gzip member as a short record without complaint
        if scan.offsets and scan.offsets[-1] == str(last):
            scan.offsets.pop()
            record_id = scan.ids.pop()
            scan.uris.pop()
        else:
            record_id = f"@{last}"
        scan.problems.append((record_id, f"the archive is cut short: its last record is incomplete "
                                         f"(kept {len(scan.offsets)} pages before it)"))
    return scan


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


@dataclass(frozen=True)
class _Found:
    """An input found while walking the command line, before names are given."""

    path: str
    root: str
    """The folder its output path is taken relative to, before the common parent is applied."""
    kind: str  # "files" | "zip" | "tar" | "warc" | "wacz"
    relative: str = ""
    """For a file found in a folder: its path below that folder."""
    link: bool = False
    """A link the user named: followed (links found in folders are not)."""


def _not_regular(mode: int) -> str | None:
    for test, what in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return f"not a regular file ({what}); not read"
    return None if stat.S_ISREG(mode) or stat.S_ISDIR(mode) else "not a regular file; not read"


class Planner:
    """Walks the inputs (nothing is read but folder listings, zip directories and WARC headers),
    then names every output in one pass so names never depend on which worker runs first."""

    def __init__(self, fmt: str | None = None) -> None:
        self.fmt = fmt
        self.plan = Plan()
        self.found: list[_Found] = []
        self.seen: set[str] = set()

    def _add(self, kind: str, source: str, items: tuple[str, ...] = (), prefix: str = "",
             relatives: tuple[str, ...] = (), count: int | None = None, members: tuple[str, ...] = (),
             followed: tuple[str, ...] = ()) -> None:
        self.plan.tasks.append(Task(len(self.plan.tasks), kind, source, items, prefix, relatives, members,
                                    self.fmt or "json", followed))
        if count is None or self.plan.total is None:
            self.plan.total = None
        else:
            self.plan.total += count

    def add_path(self, path: Path, root: str, relative: str, link: bool = False) -> None:
        same = os.path.abspath(path)
        if same in self.seen:
            return  # named twice (a folder and a glob inside it, say): one input, one report line
        self.seen.add(same)
        suffix = _suffix(path)
        kinds = {**dict.fromkeys(ZIP_SUFFIXES, "zip"), **dict.fromkeys(TAR_SUFFIXES, "tar"),
                 **dict.fromkeys(WARC_SUFFIXES, "warc"), **dict.fromkeys(WACZ_SUFFIXES, "wacz")}
        if suffix in kinds:
            self.found.append(_Found(str(path), root, kinds[suffix], relative, link))
        elif not_a_page(relative or path.name):
            self.plan.ignored += 1
        else:
            self.found.append(_Found(str(path), root, "files", relative, link))

    def add_folder(self, folder: Path) -> None:
        for directory, subdirs, files in os.walk(folder):
            # "Save page as, complete" puts a page's images and scripts in "<page>_files/"
            subdirs[:] = sorted(d for d in subdirs if not d.endswith("_files") and not d.startswith("."))
            for name in sorted(files):
                path = Path(directory) / name
                if name.startswith("."):
                    continue
                try:
                    mode = path.lstat().st_mode
                except OSError:
                    continue  # gone since the listing
                if stat.S_ISLNK(mode):
                    continue  # links are not followed: they may point anywhere
                problem = _not_regular(mode)
                if problem:
                    self.plan.problems.append((display_name(str(path)), "InputError", problem))
                    continue
                self.add_path(path, str(folder), path.relative_to(folder).as_posix())

    def add_input(self, name: str) -> None:
        path = Path(name)
        try:
            mode = path.stat().st_mode
        except OSError:
            mode = None
        if mode is not None and stat.S_ISDIR(mode):
            self.add_folder(path)
        elif mode is not None and stat.S_ISREG(mode):
            self.add_path(path, os.path.dirname(os.path.abspath(name)), "", path.is_symlink())
        elif mode is not None:
            self.plan.problems.append((display_name(name), "InputError", _not_regular(mode) or "not a regular file"))
        elif any(c in name for c in "*?["):
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                self.plan.problems.append((display_name(name), "InputError", "the pattern matches no file"))
            for match in matches:
                if not Path(match).is_dir():  # a FIFO or device matched is refused, not passed over
                    self.add_input(match)
        else:
            self.plan.problems.append((display_name(name), "InputError", "no such file or folder"))

    def _relative(self, found: _Found, base: str) -> str:
        whole = os.path.join(found.root, found.relative) if found.relative else found.path
        return os.path.relpath(os.path.abspath(whole), base).replace(os.sep, "/")

    def finish(self) -> Plan:
        base = common_base(sorted({f.root for f in self.found}))
        book = NameBook()
        fmt = self.fmt or "json"
        # every plain file first: their names are the user's, so a collision between two of them is
        # the user's to settle (refused below); archive members then make way around them
        names: dict[int, str] = {}  # position in self.found → output name
        for number, found in enumerate(self.found):
            if found.kind != "files":
                continue
            relative = safe_relative(self._relative(found, base))
            if relative is None:
                continue  # reported by the worker: nothing safe to write to
            output = with_format(relative, fmt)
            holder = book.clash(output)
            if holder is not None and self.fmt not in (None, "jsonl"):
                raise NameCollision(f"{display_name(holder)} and {display_name(found.path)} would both be written to "
                                    f"{output}: rename one, or convert them in separate runs")
            book.claim(output, found.path)
            names[number] = str(output)
        pending: list[tuple[int, _Found]] = []

        def flush() -> None:
            for begin in range(0, len(pending), CHUNK):
                chunk = pending[begin:begin + CHUNK]
                self._add("files", "", tuple(f.path for _, f in chunk), "", tuple(names.get(n, "") for n, _ in chunk),
                          len(chunk), followed=tuple(f.path for _, f in chunk if f.link))
            pending.clear()

        for number, found in enumerate(self.found):
            if found.kind == "files":
                pending.append((number, found))
                if len(pending) >= CHUNK:
                    flush()
                continue
            flush()  # keep tasks, and so the report, in input order
            relative = safe_relative(self._relative(found, base))
            parent = relative.parent if relative else PurePosixPath()
            prefix = parent / (safe_relative(archive_stem(Path(found.path))) or PurePosixPath("archive"))
            getattr(self, f"add_{found.kind}")(Path(found.path), prefix, book)
        flush()
        return self.plan

    def _named(self, book: NameBook, prefix: PurePosixPath, member_names: list[str], keys: list[str]) -> tuple[str, ...]:
        fmt = self.fmt or "json"
        return tuple(str(book.claim_unique(prefix / with_format(safe_relative(n) or PurePosixPath("unnamed"), fmt), k))
                     for n, k in zip(member_names, keys))

    def add_zip(self, path: Path, prefix: PurePosixPath, book: NameBook) -> None:
        try:
            with zipfile.ZipFile(path) as archive:
                infos = archive.infolist()
        except ZIP_ERRORS as error:
            self.plan.problems.append((display_name(str(path)), type(error).__name__, f"cannot read the zip file ({error})"))
            return
        members = unique_members([i.filename for i in infos])
        files = [n for n, info in enumerate(infos) if not info.filename.endswith("/")]  # is_dir() fails on ""
        chosen = [n for n in files if not not_a_page(infos[n].filename)]
        self.plan.ignored += len(files) - len(chosen)
        keys = [f"{path}\x00{members[n]}" for n in chosen]
        relatives = self._named(book, prefix, [infos[n].filename for n in chosen], keys)
        for begin in range(0, len(chosen), CHUNK):
            part = chosen[begin:begin + CHUNK]
            self._add("zip", str(path), tuple(str(n) for n in part), str(prefix), relatives[begin:begin + CHUNK],
                      len(part), tuple(members[n] for n in part))

    def add_warc(self, path: Path, prefix: PurePosixPath, book: NameBook) -> None:
        scan = _scan_warc(path)
        # one name per record, a failed one included: a repeated id (a copied header) gets "#2"
        names = unique_members([member for member, _ in scan.problems] + scan.ids)
        for member, (_, message) in zip(names, scan.problems):
            self.plan.member_problems.append((display_name(str(path)), member, "ArchiveError", message))
        members = names[len(scan.problems):]
        fmt = self.fmt or "json"
        relatives = tuple(str(book.claim_unique(prefix / with_format(from_url(uri), fmt) if uri else
                                                prefix / f"record-{offset}.{fmt}", f"{path}\x00{member}"))
                          for uri, offset, member in zip(scan.uris, scan.offsets, members))
        for begin in range(0, len(scan.offsets), CHUNK):
            end = begin + CHUNK
            self._add("warc", str(path), tuple(scan.offsets[begin:end]), str(prefix), relatives[begin:end],
                      len(scan.offsets[begin:end]), tuple(members[begin:end]))

    def add_tar(self, path: Path, prefix: PurePosixPath, book: NameBook) -> None:
        # a tar's members are named only as it is read: its folder is claimed whole, as if a file,
        # so no other output goes there
        self._add("tar", str(path), (), str(book.claim_unique(prefix, str(path))), count=None)

    def add_wacz(self, path: Path, prefix: PurePosixPath, book: NameBook) -> None:
        try:
            with zipfile.ZipFile(path) as archive:
                warcs = [n for n in archive.namelist() if n.lower().endswith(WARC_SUFFIXES)]
        except ZIP_ERRORS as error:
            self.plan.problems.append((display_name(str(path)), type(error).__name__, f"cannot read the WACZ file ({error})"))
            return
        folder = book.claim_unique(prefix, str(path))  # named as read, like a tar's members
        for name in warcs:
            self._add("wacz", str(path), (name,), str(folder), count=None)


def read_list(list_file: str) -> Iterator[str]:
    """Paths from a list file (one per line, # comments), or from stdin for "-"."""
    # surrogateescape: a name that is not UTF-8 is still the name of a file on disk
    opened = (open(sys.stdin.fileno(), encoding="utf-8", errors="surrogateescape", closefd=False) if list_file == "-"
              else open(list_file, encoding="utf-8", errors="surrogateescape"))
    with opened as handle:
        for line in handle:
            line = line.strip()
            if line and not line.startswith("#"):
                yield line


def plan_inputs(inputs: list[str], fmt: str | None = None) -> Plan:
    """The tasks for `inputs`. With `fmt` (a batch), two plain files that would share an output
    raise NameCollision; without it (a handout) names are only for show."""
    planner = Planner(fmt)
    for name in inputs:
        planner.add_input(name)
    return planner.finish()

