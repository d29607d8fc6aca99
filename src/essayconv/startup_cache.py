"""What start-up derives from essayconv's own data files, kept between runs (issue 17: a one-shot
conversion spent a sixth of its CPU time parsing clutter.toml and analysing its patterns again).

One JSON file per name under the user's cache folder ($XDG_CACHE_HOME, else ~/.cache, then
essayconv/; none at all when ESSAYCONV_NO_CACHE is set to anything but "" or "0"), holding its key: a hash of everything the value is a function of (the data files'
bytes, the code deriving it, the Python that parses them). So a value is the same whichever run
wrote it; a file of another key, unreadable or malformed is ignored and written again; a folder
that cannot be made or written leaves every start computing afresh. A file is written whole under
a name of its own and renamed into place: two starts racing each leave a complete file.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

FORMAT = b"essayconv start-up cache 1"


def key_of(*parts: bytes) -> str:
    """The key of a value derived from `parts` (file contents, source code) by this Python."""
    digest = hashlib.sha256(FORMAT)
    for part in (sys.version.encode(), *parts):
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return digest.hexdigest()


OPT_OUT = "ESSAYCONV_NO_CACHE"
"""Set (to anything but "" or "0"), no cache is read or written: every start derives afresh, as
one with an unwritable cache folder does. For read-only homes, sandboxes and a user who wants no
file written that they did not ask for; the outputs are the same either way."""


def _path(name: str) -> Path | None:
    if os.environ.get(OPT_OUT, "") not in ("", "0"):
        return None
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        home = os.environ.get("HOME")
        if not home:
            return None
        base = os.path.join(home, ".cache")
    return Path(base, "essayconv", f"{name}.json")


def read(name: str, key: str) -> Any | None:
    """The value stored under `name` for `key`; None when there is none."""
    path = _path(name)
    try:
        stored = json.loads(path.read_bytes()) if path else None
    except (OSError, ValueError):
        return None
    return stored.get("value") if isinstance(stored, dict) and stored.get("key") == key else None


def write(name: str, key: str, value: Any) -> None:
    """Store `value` (JSON) under `name` for `key`, or nothing when it cannot be stored."""
    path = _path(name)
    if path is None:
        return
    try:
        text = json.dumps({"key": key, "value": value}, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):
        return
    part = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part.write_text(text, "utf-8")
        os.replace(part, path)
    except (OSError, UnicodeEncodeError):  # (a lone surrogate in a pattern cannot be written as UTF-8)
        try:
            part.unlink(missing_ok=True)
        except OSError:
            pass
