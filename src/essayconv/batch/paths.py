"""Output paths that mirror the inputs and can never leave the output folder, and the one name
policy every output follows: safe parts, byte-length caps, and collisions found before writing."""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from ..regexes import compile_regex

_UNSAFE = compile_regex(r'[\x00-\x1f\x7f<>:"|?*\\]')
MAX_PART_BYTES = 120
"""Per path part, in UTF-8 bytes: NAME_MAX is 255 bytes, and the temporary file adds a dot, a
random tag, ".part" and the format suffix (so 120 leaves room even for a long ".docx")."""
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".mhtml", ".mht", ".txt", ".php", ".asp", ".aspx", ".jsp")


def _visible(character: str) -> bool:
    # Cc: C0/C1 controls; Cf: bidi overrides and isolates (U+202E), zero-width marks; Cs: the
    # surrogates that stand for undecodable bytes; Zl/Zp: line separators. None belongs in a name.
    return unicodedata.category(character) not in ("Cc", "Cf", "Cs", "Zl", "Zp")


def _cap_bytes(part: str) -> str:
    encoded = part.encode("utf-8")
    if len(encoded) <= MAX_PART_BYTES:
        return part
    digest = hashlib.sha1(encoded).hexdigest()[:8]
    kept = encoded[:MAX_PART_BYTES - 9].decode("utf-8", "ignore")  # never half a character
    return f"{kept}-{digest}"


def safe_part(part: str) -> str:
    part = "".join(c if _visible(c) else "_" for c in _UNSAFE.sub("_", part.strip()))
    return _cap_bytes(part).lstrip(".")


def safe_relative(name: str) -> PurePosixPath | None:
    """A relative path made of `name`'s harmless parts: no root, no drive, no "..", no control or
    bidi characters, each part at most 120 UTF-8 bytes. None when nothing is left."""
    parts: list[str] = []
    for raw in name.replace("\\", "/").split("/"):
        stripped = raw.strip()
        if stripped in ("", ".", "..") or re.fullmatch(r"[A-Za-z]:", stripped) and not parts:
            continue
        part = safe_part(stripped)
        if part:
            parts.append(part)
    return PurePosixPath(*parts) if parts else None


def with_format(relative: PurePosixPath, fmt: str) -> PurePosixPath:
    if relative.suffix.lower() in PAGE_SUFFIXES and relative.stem:
        return relative.with_suffix(f".{fmt}")
    return relative.with_name(f"{relative.name}.{fmt}")


def from_url(url: str) -> PurePosixPath:
    """host/path[-hash-of-query] for a crawled page; "index" for a folder URL."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:  # a malformed target URI still names a file, just not by host
        return safe_relative(f"unparsed-uri/{hashlib.sha1(url.encode()).hexdigest()[:12]}") or PurePosixPath("index")
    path = unquote(parts.path)
    if not path or path.endswith("/"):
        path += "index"
    if parts.query:
        path += "-" + hashlib.sha1(parts.query.encode()).hexdigest()[:8]
    return safe_relative(f"{host or 'unknown-host'}/{path}") or PurePosixPath("index")


def common_base(roots: list[str]) -> str:
    """The folder every root lies in (absolute, not resolved: links in the inputs' own paths are
    the user's naming)."""
    if not roots:
        return ""
    absolute = [os.path.abspath(r) for r in roots]
    return os.path.commonpath(absolute)


def _fold(path: PurePosixPath) -> str:
    # Two names one file system may store as one file: case-insensitive (macOS, Windows, a USB
    # stick) and Unicode-normalising (macOS) file systems are common targets.
    return unicodedata.normalize("NFC", str(path)).casefold()


def tagged(path: PurePosixPath, key: str) -> PurePosixPath:
    """`path` with a short hash of `key` before its suffix: the deterministic way out of a collision."""
    tag = hashlib.sha1(key.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    return path.with_name(f"{path.stem}-{tag}{path.suffix}")


class NameBook:
    """Every output name claimed so far, as files and as the folders above them, compared the way
    a case-insensitive file system would. `clash` says why a name cannot be used."""

    def __init__(self) -> None:
        self.files: dict[str, str] = {}
        self.folders: dict[str, str] = {}

    def clash(self, path: PurePosixPath) -> str | None:
        """Who already holds `path` (as a file or a folder), or a folder above it as a file."""
        folded = _fold(path)
        if folded in self.files:
            return self.files[folded]
        if folded in self.folders:
            return self.folders[folded]
        for parent in path.parents:
            if str(parent) != "." and _fold(parent) in self.files:
                return self.files[_fold(parent)]
        return None

    def claim(self, path: PurePosixPath, owner: str) -> None:
        self.files[_fold(path)] = owner
        for parent in path.parents:
            if str(parent) != ".":
                self.folders.setdefault(_fold(parent), owner)

    def _file_above(self, path: PurePosixPath) -> PurePosixPath | None:
        for parent in reversed(path.parents):
            if str(parent) != "." and _fold(parent) in self.files:
                return parent
        return None

    def claim_unique(self, path: PurePosixPath, key: str) -> PurePosixPath:
        """`path` if free, else a tagged form of it (a hash of the key, then of the key and a
        counter): the same inputs in the same order always get the same names. When a folder
        above is already a file, the parts from that folder down are joined into one name."""
        candidate, attempt = path, 0
        while self.clash(candidate) is not None:
            attempt += 1
            salt = key if attempt == 1 else f"{key}\x00{attempt}"
            above = self._file_above(path)
            if above is None:
                candidate = tagged(path, salt)
            else:
                joined = "_".join(path.relative_to(above.parent).parts)
                candidate = above.parent / tagged(PurePosixPath(_cap_bytes(joined)), salt)
        self.claim(candidate, key)
        return candidate


def inside(outdir: Path, relative: PurePosixPath) -> Path:
    """The output file for `relative`; raises ValueError if it would resolve outside `outdir`
    (a link planted inside the output folder, say)."""
    base = outdir.resolve()
    target = (base / relative).resolve()
    if not target.is_relative_to(base) or target == base:
        raise ValueError(f"refusing to write outside the output folder: {relative}")
    return target
