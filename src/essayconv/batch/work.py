"""The worker side: one Task in, its report records out. Never raises: every input, good or bad,
ends as exactly one record, so one bad file never stops the others."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import os
import stat
import tarfile
import time
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Callable, Iterator, Mapping, Protocol

from ..errors import EssayconvError, InputError, NoEssayError
from ..limits import RenderWorker
from ..options import Options
from ..sources.page import display_name
from .paths import NameBook, from_url, inside, safe_relative, with_format
from .plan import Task, _is_html, not_a_page
from .records import Identity, record_file, record_line
from .report import Record

if TYPE_CHECKING:
    from ..sources import Page
    from .learning import Learning

# An archive member that expands more than this many times over is treated as a zip bomb.
MAX_EXPANSION_RATIO = 200
RATIO_CHECK_FLOOR = 1024 * 1024  # small members compress well legitimately; only big ones are checked


class StopFlag(Protocol):
    def is_set(self) -> bool: ...


@dataclass(frozen=True)
class Settings:
    outdir: str
    fmt: str
    options: Options = Options()
    force: bool = False
    skip: Mapping[str, str] = field(default_factory=dict)
    """Record key (source + member) → why it is skipped this time (--resume)."""
    replace: frozenset[str] = frozenset()
    """Outputs (relative to OUTDIR) an earlier run left incomplete: written again, --force or not."""
    learning: "Learning | None" = None
    """Site learning (--learn-sites): the sites' templates, removed in the conversion pass."""


@dataclass(frozen=True)
class Item:
    source: str
    """The path read (the archive for a member), as the file system knows it."""
    member: str | None
    relative: PurePosixPath | None
    """The output path below OUTDIR, format suffix included (None: nothing safe to write to)."""
    data: bytes | None = None
    url: str | None = None
    charset: str | None = None
    problem: tuple[str, str] | None = None  # (error class, message) found while reading the archive
    status: str = "failed"
    """For an item with a problem: "failed", "skipped" (a link) or "ignored" (not a page)."""
    record_id: str | None = None
    crawl_date: str | None = None

    @property
    def name(self) -> str:
        """How messages and the Page name the input: the file, or "archive!member"."""
        shown = display_name(self.source)
        return shown if self.member is None else f"{shown}!{display_name(self.member)}"

    def page(self) -> "Page":
        """The input as a Page (raises InputError when its bytes are no page)."""
        from ..sources import page_from_bytes

        return page_from_bytes(self.data or b"", self.name, charset=self.charset, url=self.url)


def _read_limited(stream, limit: int) -> bytes:  # noqa: ANN001 - any binary file object
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"the page is over the {limit // 2**20} MiB limit")
    return data


def _read_guarded(stream, limit: int, consumed: Callable[[], int]) -> bytes:  # noqa: ANN001
    """Read like _read_limited, and stop as soon as the output outgrows what `consumed()` says was
    read from the compressed file by more than MAX_EXPANSION_RATIO (a WARC record that is a gzip
    bomb: a 93 KB WACZ once expanded to a 60 MB record)."""
    parts: list[bytes] = []
    size = 0
    while chunk := stream.read(1 << 20):
        parts.append(chunk)
        size += len(chunk)
        if size > limit:
            raise InputError(f"the page is over the {limit // 2**20} MiB limit")
        if size > RATIO_CHECK_FLOOR and size > MAX_EXPANSION_RATIO * max(consumed(), 1):
            raise InputError(f"the record expands more than {MAX_EXPANSION_RATIO} times over (a gzip bomb?)")
    return b"".join(parts)


def open_regular(path: str, follow: bool = False) -> io.BufferedReader:
    """Open a planned input for reading, checked again now: a file swapped for a link since the
    plan is not followed (O_NOFOLLOW), and a FIFO or device put in its place neither blocks
    (O_NONBLOCK) nor is read."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | (0 if follow else getattr(os, "O_NOFOLLOW", 0))
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise InputError("became a symbolic link after the batch was planned; not followed") from None
        raise
    mode = os.fstat(descriptor).st_mode
    if not stat.S_ISREG(mode):
        os.close(descriptor)
        raise InputError("is no longer a regular file (a FIFO or a device?); not read")
    return io.open(descriptor, "rb")


def _file_items(task: Task, limit: int) -> Iterator[Item]:
    for path, relative in zip(task.items, task.relatives):
        try:
            with open_regular(path, follow=path in task.followed) as handle:
                data = _read_limited(handle, limit)
        except (OSError, InputError) as error:
            yield Item(path, None, None, problem=(type(error).__name__, _reason(error)))
            continue
        yield Item(path, None, PurePosixPath(relative) if relative else None, data)


def _zip_items(task: Task, limit: int) -> Iterator[Item]:
    with zipfile.ZipFile(task.source) as archive:
        infos = archive.infolist()
        for position, member, relative in zip(task.items, task.members, task.relatives):
            info = infos[int(position)]  # by position: two members may share a name
            try:
                if stat.S_ISLNK(info.external_attr >> 16):
                    yield Item(task.source, member, None, problem=("LinkMember", "a link inside the archive is not followed"),
                               status="skipped")
                    continue
                if info.file_size > limit:
                    raise InputError(f"the member is {info.file_size // 2**20} MiB, over the {limit // 2**20} MiB limit")
                if info.file_size > RATIO_CHECK_FLOOR and info.file_size > MAX_EXPANSION_RATIO * max(info.compress_size, 1):
                    raise InputError(f"the member expands {info.file_size // max(info.compress_size, 1)} times over "
                                     f"(a zip bomb?); the limit is {MAX_EXPANSION_RATIO}")
                with archive.open(info) as stream:
                    data = _read_limited(stream, limit)
            except Exception as error:  # noqa: BLE001 - zlib.error, BadZipFile, CRC…: this member only
                yield Item(task.source, member, None, problem=(type(error).__name__, _reason(error)))
                continue
            yield Item(task.source, member, PurePosixPath(relative), data)


def _tar_items(task: Task, limit: int) -> Iterator[Item]:
    prefix = PurePosixPath(task.prefix)
    book = NameBook()  # a tar's names are known only as it is read; its folder is its own
    seen: Counter[str] = Counter()
    count = 0
    current: str | None = None
    try:
        with tarfile.open(task.source, mode="r|*") as archive:  # a stream: front to back, never seeks
            for info in archive:
                if info.isdir():
                    continue
                seen[info.name] += 1
                member = info.name if seen[info.name] == 1 else f"{info.name}#{seen[info.name]}"
                if not_a_page(info.name):
                    yield Item(task.source, member, None, problem=("Ignored", "not a page by its name"), status="ignored")
                    continue
                count += 1
                if not info.isfile():
                    yield Item(task.source, member, None, problem=(
                        "LinkMember", "links and devices inside the archive are not followed"), status="skipped")
                    continue
                if info.size > limit:
                    yield Item(task.source, member, None, problem=(
                        "InputError", f"the member is {info.size // 2**20} MiB, over the {limit // 2**20} MiB limit"))
                    continue
                current = member  # a cut inside this member's data is this member's failure
                extracted = archive.extractfile(info)
                data = _read_limited(extracted, limit) if extracted else b""
                if len(data) < info.size:
                    raise EOFError(f"the member's data stops after {len(data)} of {info.size} bytes")
                current = None
                relative = safe_relative(info.name)
                output = book.claim_unique(prefix / with_format(relative or PurePosixPath("unnamed"), task.fmt), member)
                yield Item(task.source, member, output, data)
    except (tarfile.TarError, OSError, EOFError, InputError, zlib.error) as error:
        if current is not None:
            yield Item(task.source, current, None, problem=(
                "ArchiveError", f"the archive is damaged or cut short inside this member ({_reason(error)})"))
        else:
            yield Item(task.source, f"#{count + 1}", None, problem=(
                "ArchiveError", f"the archive is damaged or cut short after {count} members ({_reason(error)})"))


def _warc_record_item(record, source: str, member: str | None, output: PurePosixPath | None,  # noqa: ANN001
                      limit: int, consumed: Callable[[], int]) -> Item:
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    record_id = record.rec_headers.get_header("WARC-Record-ID") or uri
    crawl_date = record.rec_headers.get_header("WARC-Date")
    content_type = (record.http_headers.get_header("Content-Type") if record.http_headers else None) or ""
    charset = None
    for parameter in content_type.split(";")[1:]:
        key, _, value = parameter.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'")
    member = member or record_id
    common = {"url": uri or None, "record_id": record_id, "crawl_date": crawl_date}
    try:
        data = _read_guarded(record.content_stream(), limit, consumed)
        while record.raw_stream.read(1 << 16):
            pass  # a decoder (chunked, gzip) may stop before the record's end; only a short file is a cut
        missing = getattr(record.raw_stream, "limit", 0) or 0
        if missing > 0:
            raise InputError(f"the record is cut short ({missing} bytes missing)")
    except (InputError, OSError, EOFError, ValueError, zlib.error) as error:
        return Item(source, member, None, problem=(type(error).__name__, _reason(error)), **common)
    return Item(source, member, output, data, charset=charset, **common)


def _warc_items(task: Task, limit: int) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator

    with open(task.source, "rb") as handle, contextlib.redirect_stderr(io.StringIO()):
        for offset, member, relative in zip(task.items, task.members, task.relatives):
            try:
                handle.seek(int(offset))
                record = next(iter(ArchiveIterator(handle, arc2warc=True)))
            except Exception as error:  # noqa: BLE001 - warcio raises plain exceptions
                yield Item(task.source, member, None, problem=("ArchiveError", _reason(error)))
                continue
            start = int(offset)
            yield _warc_record_item(record, task.source, member, PurePosixPath(relative), limit,
                                    lambda: handle.tell() - start)


def _wacz_items(task: Task, limit: int) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator

    prefix = PurePosixPath(task.prefix)
    book = NameBook()
    seen: Counter[str] = Counter()
    count = 0
    try:
        with zipfile.ZipFile(task.source) as archive, archive.open(task.items[0]) as inner, \
                contextlib.redirect_stderr(io.StringIO()):
            for record in ArchiveIterator(inner, arc2warc=True):
                if record.rec_type in ("response", "resource") and _is_html(record):
                    count += 1
                    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                    record_id = record.rec_headers.get_header("WARC-Record-ID") or uri
                    seen[record_id] += 1
                    member = record_id if seen[record_id] == 1 else f"{record_id}#{seen[record_id]}"
                    name = with_format(from_url(uri), task.fmt) if uri else PurePosixPath(f"record-{count}.{task.fmt}")
                    start = inner.tell()
                    yield _warc_record_item(record, task.source, member, book.claim_unique(prefix / name, member), limit,
                                            lambda: inner.tell() - start)
    except Exception as error:  # noqa: BLE001
        yield Item(task.source, f"{task.items[0]}#{count + 1}", None, problem=(
            "ArchiveError", f"the WARC inside is damaged or cut short after {count} pages ({_reason(error)})"))


ITEM_READERS = {"files": _file_items, "zip": _zip_items, "tar": _tar_items, "warc": _warc_items, "wacz": _wacz_items}
"""Every member or record of a task, the ignored ones included (the batch counts them)."""


def iter_pages(task: Task, limit: int, *, ignored: bool = False) -> Iterator[Item]:
    """The one read loop over a task's inputs, for the batch and the handout alike: every page of
    `task` in order as an Item (its bytes, or the problem met reading it), and with `ignored` the
    members the batch counts but does not convert too. `Item.page()` makes the Page."""
    for item in ITEM_READERS[task.kind](task, limit):
        if ignored or item.status != "ignored":
            yield item


def _reason(error: BaseException) -> str:
    if isinstance(error, EssayconvError):
        return error.reason
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


def _identity(item: Item) -> Identity:
    member = display_name(item.member) if item.member is not None else None
    return Identity(file=display_name(item.source), member=None if item.record_id else member,
                    warc_record_id=member if item.record_id else None, crawl_date=item.crawl_date,
                    url=item.url, sha1=hashlib.sha1(item.data or b"").hexdigest())


def _sniffed_not_a_page(item: Item) -> bool:
    """A file or member with no extension that turns out binary is an asset, not a failed page."""
    from ..sources.page import sniff_kind

    name = PurePosixPath(item.member or item.source).name
    if PurePosixPath(name).suffix:
        return False
    try:
        sniff_kind(item.data or b"", name)
    except InputError as error:
        return error.reason.startswith("not a web page or text")
    return False


def _convert(item: Item, settings: Settings, worker: RenderWorker | None) -> Record:
    from ..api import load_page
    from ..write import write

    started = time.perf_counter()
    shown = display_name(item.source)
    member = display_name(item.member) if item.member is not None else None  # tar names may hold raw bytes
    base = {"source": shown, "member": member, "url": item.url}

    def done(status: str, **fields: object) -> Record:
        return Record(**base, status=status, seconds=time.perf_counter() - started, **fields)  # type: ignore[arg-type]

    if item.problem:
        return done(item.status, error=item.problem[0], message=item.problem[1])
    key = Record(shown, member, "ok").key
    if key in settings.skip:
        return done("skipped", message=settings.skip[key])
    if _sniffed_not_a_page(item):
        return done("ignored", message="not a page by its bytes")
    if item.relative is None and settings.fmt != "jsonl":
        return done("failed", error="InputError", message="the name leaves nothing safe to write to")
    output = str(item.relative) if item.relative and settings.fmt != "jsonl" else None
    try:
        target = inside(Path(settings.outdir), item.relative) if output else None
        if target is not None and target.exists() and not settings.force and output not in settings.replace:
            return done("skipped", output=output, message="the output exists (use --force to replace it)")
        document = load_page(item.page(), settings.options)
        learned: tuple[tuple[str, int], ...] = ()
        if settings.learning is not None:
            from .learning import apply_learned

            applied = apply_learned(document, item.data or b"", item.url, settings)
            document, learned = applied.document, applied.fired
        meta = document.metadata
        fields = {"site": meta.site, "encoding": meta.encoding, "words": meta.words, "learned": learned}
        if settings.fmt == "jsonl":
            return done("ok", document=record_line(document, _identity(item)), **fields)
        from ..output import write_atomic

        if settings.fmt == "json":
            data = record_file(document, _identity(item))
        else:
            data = write(document, settings.fmt, settings.options, worker)
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, data)
        return done("ok", output=output, **fields)
    except NoEssayError as error:
        return done("no-essay", error=type(error).__name__, message=error.reason)
    except EssayconvError as error:
        return done("failed", error=type(error).__name__, message=error.reason)
    except Exception as error:  # noqa: BLE001 - a worker reports, it does not raise
        return done("failed", error=type(error).__name__, message=_reason(error))


def _unreached(task: Task, records: list[Record]) -> list[tuple[str, str | None]]:
    """(source, member) of a task's planned inputs that have no record yet."""
    if task.kind == "files":
        planned = [(display_name(path), None) for path in task.items]
    elif task.kind in ("zip", "warc"):
        planned = [(display_name(task.source), member) for member in task.members]
    else:
        return [(display_name(task.source), None)]  # a stream: its members are unknown
    done = {(r.source, r.member) for r in records}
    return [pair for pair in planned if pair not in done]


def run_task(task: Task, settings: Settings, stop: "StopFlag | None" = None) -> tuple[int, list[Record]]:
    """Convert every input of `task`; a damaged archive becomes a record, not an exception, and
    a task that fails still ends with one record per planned input. When `stop` is set the task
    ends after the input in hand: inputs not reached get no record (a later --resume does them)."""
    records: list[Record] = []
    limit = settings.options.max_input_bytes
    try:
        with contextlib.ExitStack() as stack:
            worker = None
            if settings.fmt == "pdf":
                from ..write.pdf_writer import start_worker

                worker = stack.enter_context(start_worker(settings.options))
            for item in iter_pages(task, limit, ignored=True):
                if stop is not None and stop.is_set():
                    return task.index, records
                records.append(_convert(item, settings, worker))
    except Exception as error:  # noqa: BLE001 - e.g. a zip that vanished between plan and run
        records.extend(Record(source, member, "failed", error=type(error).__name__,
                              message=f"the task stopped: {_reason(error)}") for source, member in _unreached(task, records))
    return task.index, records
