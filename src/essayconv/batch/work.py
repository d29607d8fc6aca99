"""The worker side: one Task in, its report records out. Never raises: every input, good or bad,
ends as exactly one record, so one bad file never stops the others."""

from __future__ import annotations

import contextlib
import io
import json
import stat
import tarfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Iterator, Mapping

from ..errors import EssayconvError, InputError, NoEssayError
from ..limits import RenderWorker
from ..options import Options
from .paths import from_url, inside, safe_relative, with_format
from .plan import Task, _is_html, _zip_resource
from .report import Record

# An archive member that expands more than this many times over is treated as a zip bomb.
MAX_EXPANSION_RATIO = 200
RATIO_CHECK_FLOOR = 1024 * 1024  # small members compress well legitimately; only big ones are checked


@dataclass(frozen=True)
class Settings:
    outdir: str
    fmt: str
    options: Options = Options()
    force: bool = False
    skip: Mapping[str, str] = field(default_factory=dict)
    """Record key (source + member) → why it is skipped this time (--resume)."""


@dataclass(frozen=True)
class Item:
    source: str
    member: str | None
    relative: PurePosixPath | None
    data: bytes | None = None
    url: str | None = None
    charset: str | None = None
    problem: tuple[str, str] | None = None  # (error class, message) found while reading the archive
    status: str = "failed"


def _read_limited(stream, limit: int) -> bytes:  # noqa: ANN001 - any binary file object
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"the page is over the {limit // 2**20} MiB limit")
    return data


def _file_items(task: Task, limit: int) -> Iterator[Item]:
    for path, relative in zip(task.items, task.relatives):
        try:
            with open(path, "rb") as handle:
                data = _read_limited(handle, limit)
        except (OSError, InputError) as error:
            yield Item(path, None, None, problem=(type(error).__name__, _reason(error)))
            continue
        yield Item(path, None, safe_relative(relative), data)


def _zip_items(task: Task, limit: int) -> Iterator[Item]:
    prefix = PurePosixPath(task.prefix)
    with zipfile.ZipFile(task.source) as archive:
        for name in task.items:
            relative = safe_relative(name)
            output = prefix / relative if relative else None
            try:
                info = archive.getinfo(name)
                if stat.S_ISLNK(info.external_attr >> 16):
                    yield Item(task.source, name, output, problem=("LinkMember", "a link inside the archive is not followed"),
                               status="skipped")
                    continue
                if info.file_size > limit:
                    raise InputError(f"the member is {info.file_size // 2**20} MiB, over the {limit // 2**20} MiB limit")
                if info.file_size > RATIO_CHECK_FLOOR and info.file_size > MAX_EXPANSION_RATIO * max(info.compress_size, 1):
                    raise InputError(f"the member expands {info.file_size // max(info.compress_size, 1)} times over "
                                     f"(a zip bomb?); the limit is {MAX_EXPANSION_RATIO}")
                with archive.open(info) as member:
                    data = _read_limited(member, limit)
            except Exception as error:  # noqa: BLE001 - zlib.error, BadZipFile, CRC…: this member only
                yield Item(task.source, name, output, problem=(type(error).__name__, _reason(error)))
                continue
            yield Item(task.source, name, output, data)


def _tar_items(task: Task, limit: int) -> Iterator[Item]:
    prefix = PurePosixPath(task.prefix)
    count = 0
    try:
        with tarfile.open(task.source, mode="r|*") as archive:  # a stream: front to back, never seeks
            for member in archive:
                if member.isdir() or _zip_resource(member.name):
                    continue
                count += 1
                relative = safe_relative(member.name)
                output = prefix / relative if relative else None
                if not member.isfile():
                    yield Item(task.source, member.name, output, problem=(
                        "LinkMember", "links and devices inside the archive are not followed"), status="skipped")
                    continue
                if member.size > limit:
                    yield Item(task.source, member.name, output, problem=(
                        "InputError", f"the member is {member.size // 2**20} MiB, over the {limit // 2**20} MiB limit"))
                    continue
                extracted = archive.extractfile(member)
                data = _read_limited(extracted, limit) if extracted else b""
                yield Item(task.source, member.name, output, data)
    except (tarfile.TarError, OSError, EOFError, InputError) as error:
        yield Item(task.source, f"#{count + 1}", None, problem=(
            "ArchiveError", f"the archive is damaged or cut short after {count} members ({_reason(error)})"))


def _warc_record_item(record, source: str, prefix: PurePosixPath, limit: int) -> Item:  # noqa: ANN001
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    record_id = record.rec_headers.get_header("WARC-Record-ID") or uri
    content_type = (record.http_headers.get_header("Content-Type") if record.http_headers else None) or ""
    charset = None
    for parameter in content_type.split(";")[1:]:
        key, _, value = parameter.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'")
    output = prefix / from_url(uri) if uri else None
    try:
        data = _read_limited(record.content_stream(), limit)
    except (InputError, OSError, EOFError, ValueError) as error:
        return Item(source, record_id, output, url=uri, problem=(type(error).__name__, _reason(error)))
    return Item(source, record_id, output, data, url=uri or None, charset=charset)


def _warc_items(task: Task, limit: int) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator

    prefix = PurePosixPath(task.prefix)
    with open(task.source, "rb") as handle, contextlib.redirect_stderr(io.StringIO()):
        for offset in task.items:
            try:
                handle.seek(int(offset))
                record = next(iter(ArchiveIterator(handle, arc2warc=True)))
            except Exception as error:  # noqa: BLE001 - warcio raises plain exceptions
                yield Item(task.source, f"@{offset}", None, problem=("ArchiveError", _reason(error)))
                continue
            yield _warc_record_item(record, task.source, prefix, limit)


def _wacz_items(task: Task, limit: int) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator

    prefix = PurePosixPath(task.prefix)
    count = 0
    try:
        with zipfile.ZipFile(task.source) as archive, archive.open(task.items[0]) as inner, \
                contextlib.redirect_stderr(io.StringIO()):
            for record in ArchiveIterator(inner, arc2warc=True):
                if record.rec_type in ("response", "resource") and _is_html(record):
                    count += 1
                    yield _warc_record_item(record, task.source, prefix, limit)
    except Exception as error:  # noqa: BLE001
        yield Item(task.source, f"{task.items[0]}#{count + 1}", None, problem=(
            "ArchiveError", f"the WARC inside is damaged or cut short after {count} pages ({_reason(error)})"))


READERS = {"files": _file_items, "zip": _zip_items, "tar": _tar_items, "warc": _warc_items, "wacz": _wacz_items}


def _reason(error: BaseException) -> str:
    if isinstance(error, EssayconvError):
        return error.reason
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


def _convert(item: Item, settings: Settings, worker: RenderWorker | None) -> Record:
    from ..api import load_page
    from ..sources import page_from_bytes
    from ..write import write
    from ..write.json_writer import to_dict

    started = time.perf_counter()
    base = {"source": item.source, "member": item.member, "url": item.url}

    def done(status: str, **fields: object) -> Record:
        return Record(**base, status=status, seconds=time.perf_counter() - started, **fields)  # type: ignore[arg-type]

    if item.problem:
        return done(item.status, error=item.problem[0], message=item.problem[1])
    key = Record(item.source, item.member, "ok").key
    if key in settings.skip:
        return done("skipped", message=settings.skip[key])
    if item.relative is None and settings.fmt != "jsonl":
        return done("failed", error="InputError", message="the member's name leaves nothing safe to write to")
    output = str(with_format(item.relative, settings.fmt)) if item.relative else None
    try:
        target = inside(Path(settings.outdir), with_format(item.relative, settings.fmt)) if settings.fmt != "jsonl" else None
        if target is not None and target.exists() and not settings.force:
            return done("skipped", output=output, message="the output exists (use --force to replace it)")
        name = item.source if item.member is None else f"{item.source}!{item.member}"
        page = page_from_bytes(item.data or b"", name, charset=item.charset, url=item.url)
        document = load_page(page, settings.options)
        meta = document.metadata
        fields = {"site": meta.site, "encoding": meta.encoding, "words": meta.words}
        if settings.fmt == "jsonl":
            line = json.dumps(to_dict(document), ensure_ascii=False)
            return done("ok", document=line, **fields)
        from ..output import write_atomic

        data = write(document, settings.fmt, settings.options, worker)
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, data)
        return done("ok", output=output, **fields)
    except NoEssayError as error:
        return done("no-essay", error=type(error).__name__, message=error.reason)
    except EssayconvError as error:
        return done("failed", output=output, error=type(error).__name__, message=error.reason)
    except Exception as error:  # noqa: BLE001 - a worker reports, it does not raise
        return done("failed", output=output, error=type(error).__name__, message=_reason(error))


def run_task(task: Task, settings: Settings) -> tuple[int, list[Record]]:
    """Convert every input of `task`; a damaged archive becomes a record, not an exception."""
    records: list[Record] = []
    limit = settings.options.max_input_bytes
    try:
        with contextlib.ExitStack() as stack:
            worker = None
            if settings.fmt == "pdf":
                from ..write.pdf_writer import start_worker

                worker = stack.enter_context(start_worker(settings.options))
            for item in READERS[task.kind](task, limit):
                records.append(_convert(item, settings, worker))
    except Exception as error:  # noqa: BLE001 - e.g. a zip that vanished between plan and run
        records.append(Record(task.source or "<files>", None, "failed", error=type(error).__name__,
                              message=f"the task stopped: {_reason(error)}"))
    return task.index, records
