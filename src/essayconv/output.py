"""Writing results safely: never over an input, never a half-written file."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path

from .errors import OutputError
from .regexes import compile_regex


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


_DESCRIPTOR = compile_regex(r"/(?:dev|proc/self)/fd/(\d+)")


def _write_all(descriptor: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(descriptor, view):]


def _write_stream(target: str, data: bytes) -> bool:
    """Write into `target` if it is a stream rather than a file to replace: /dev/stdout,
    /dev/stderr, /dev/fd/N (and `>(…)`), or a FIFO. True when written. A device node of any
    other kind is refused: renaming over it would replace it (as root, even /dev/null)."""
    streams = {"/dev/stdout": sys.stdout, "/dev/stderr": sys.stderr}
    if target in streams:
        streams[target].flush()
        _write_all(streams[target].fileno(), data)
        return True
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return False
    descriptor = _DESCRIPTOR.fullmatch(target)
    if descriptor and not stat.S_ISREG(mode):
        _write_all(int(descriptor.group(1)), data)
        return True
    if stat.S_ISFIFO(mode):
        with open(target, "wb") as handle:
            handle.write(data)
        return True
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISSOCK(mode):
        raise OutputError("is a device, not a file; refusing to write over it (use -o - or /dev/stdout for a stream)", target)
    return False


def write_output(target: str, data: bytes, *, inputs: tuple[str, ...] = ()) -> None:
    """Write `data` to `target` ("-" is stdout) through a temporary file and a rename, so a crash
    or Ctrl-C leaves either the old file or the new one, never a part. A stream target (a FIFO,
    /dev/stdout, /dev/fd/N) is written into, not replaced."""
    if target == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    try:
        if _write_stream(target, data):
            return
    except OSError as error:
        raise OutputError(f"cannot write the output ({error.strerror or error})", target) from None
    path = Path(target)
    for source in inputs:
        if source not in ("-", "<stdin>") and (_same_file(path, Path(source)) or
                                               path.resolve() == Path(source).resolve()):
            raise OutputError("refusing to write over the input file", target)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise OutputError(f"the output folder {directory} does not exist", target)
    write_atomic(path, data)


def write_atomic(path: Path, data: bytes) -> None:
    """Temporary file in the same folder, then rename: a crash or Ctrl-C leaves the old file or
    the new one, never a part. (No fsync: surviving power loss is not worth its cost per file
    in a batch of millions.)"""
    target = str(path)
    try:
        handle = tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", suffix=".part", delete=False)
    except OSError as error:
        raise OutputError(f"cannot write here ({error.strerror or error})", target) from None
    try:
        with handle:
            handle.write(data)
        os.chmod(handle.name, 0o644)
        os.replace(handle.name, path)
    except BaseException as error:
        try:
            os.unlink(handle.name)
        except OSError:
            pass
        if isinstance(error, OSError):
            raise OutputError(f"cannot write the file ({error.strerror or error})", target) from None
        raise
