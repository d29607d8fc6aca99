"""Output paths that mirror the inputs and can never leave the output folder."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"|?*\\]')
_MAX_PART = 120


def safe_relative(name: str) -> PurePosixPath | None:
    """A relative path made of `name`'s harmless parts: no root, no drive, no "..", no control
    characters, each part at most 120 characters. None when nothing is left."""
    parts = []
    for part in name.replace("\\", "/").split("/"):
        part = _UNSAFE.sub("_", part.strip())
        if part in ("", ".", "..") or re.fullmatch(r"[A-Za-z]_", part) and not parts:
            continue
        if len(part) > _MAX_PART:
            digest = hashlib.sha1(part.encode()).hexdigest()[:8]
            part = f"{part[:_MAX_PART - 9]}-{digest}"
        parts.append(part.lstrip("."))
    parts = [p for p in parts if p]
    return PurePosixPath(*parts) if parts else None


def with_format(relative: PurePosixPath, fmt: str) -> PurePosixPath:
    suffix = relative.suffix.lower()
    if suffix in (".html", ".htm", ".xhtml", ".shtml", ".mhtml", ".mht", ".txt", ".php", ".asp", ".aspx", ".jsp"):
        return relative.with_suffix(f".{fmt}")
    return relative.with_name(f"{relative.name}.{fmt}")


def from_url(url: str) -> PurePosixPath:
    """host/path[-hash-of-query] for a crawled page; "index" for a folder URL."""
    try:
        parts = urlsplit(url)
    except ValueError:  # a malformed target URI still names a file, just not by host
        return safe_relative(f"unparsed-uri/{hashlib.sha1(url.encode()).hexdigest()[:12]}") or PurePosixPath("index")
    path = unquote(parts.path)
    if not path or path.endswith("/"):
        path += "index"
    if parts.query:
        path += "-" + hashlib.sha1(parts.query.encode()).hexdigest()[:8]
    return safe_relative(f"{parts.hostname or 'unknown-host'}/{path}") or PurePosixPath("index")


def inside(outdir: Path, relative: PurePosixPath) -> Path:
    """The output file for `relative`; raises ValueError if it would resolve outside `outdir`
    (a link planted inside the output folder, say)."""
    base = outdir.resolve()
    target = (base / relative).resolve()
    if not target.is_relative_to(base) or target == base:
        raise ValueError(f"refusing to write outside the output folder: {relative}")
    return target
