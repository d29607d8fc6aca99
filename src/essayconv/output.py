"""Writing results safely: never over an input, never a half-written file."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from .errors import OutputError


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def write_output(target: str, data: bytes, *, inputs: tuple[str, ...] = ()) -> None:
    """Write `data` to `target` ("-" is stdout) through a temporary file and a rename, so a crash
    or Ctrl-C leaves either the old file or the new one, never a part."""
    if target == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
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
