"""Reading one input into a `Page`, and telling what kind of page it is from its bytes."""

from __future__ import annotations

import os
import re
import stat
import sys
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from ..errors import InputError
from ..options import MAX_INPUT_BYTES


class PageKind(str, Enum):
    HTML = "html"
    TEXT = "text"
    MHTML = "mhtml"


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    """The encoding the text was read in ("utf-8", "windows-1252", …)."""


@dataclass(frozen=True)
class Page:
    data: bytes
    source: str
    """How the user named the input (a path, "-" or an archive member); used in messages."""
    kind: PageKind
    charset: str | None = None
    """A charset declared outside the bytes (HTTP header, MIME part), if any."""
    url: str | None = None

    def decoded(self) -> Decoded:
        """The page as text, decoded as a browser would (see encoding.decode_bytes); an HTML page
        may declare its charset in a <meta>, a text dump has no markup to declare one in. Decoded
        on request, not when read, so that it counts against the per-page time limit."""
        from .encoding import decode_bytes

        text, encoding = decode_bytes(self.data, self.charset, sniff_meta=self.kind is PageKind.HTML)
        return Decoded(text, encoding)


# Signatures of files that are often saved with an .html name but are not pages.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"RIFF", "a RIFF (WebP/WAV) file"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive"),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"\x1f\x8b", "a gzip file"),
    (b"BZh", "a bzip2 file"),
    (b"\xfd7zXZ\x00", "an xz file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)

_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<title", b"<div",
                 b"<p>", b"<p ", b"<article", b"<main", b"<section", b"<h1", b"<!--", b"<?xml", b"<script",
                 b"<style", b"<link", b"<noscript")


def _strip_bom(head: bytes) -> bytes:
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if head.startswith(bom):
            return head[len(bom):]
    return head


_CONTROL_BYTES = bytes(set(range(0, 9)) | set(range(14, 32)) | {127})


def _control_share(head: bytes) -> float:
    """Share of bytes no text file holds (C0 controls but tab, newlines, form feed; DEL)."""
    if not head:
        return 0.0
    return (len(head) - len(head.translate(None, _CONTROL_BYTES))) / len(head)


def sniff_kind(data: bytes, source: str) -> PageKind:
    """Decide from the bytes, not the file name: scrapes are saved under any name."""
    if not data.strip():
        raise InputError("the file is empty", source)
    for signature, what in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"not a web page or text: the file is {what}", source)
    from .encoding import utf16_without_bom

    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", "replace").encode("utf-8", "replace")
    elif utf16_without_bom(head):
        head = head.decode(utf16_without_bom(head) or "utf-16", "replace").encode("utf-8", "replace")
    elif head.count(b"\x00") > len(head) // 8 or _control_share(head) > 0.05:
        raise InputError("not a web page or text: the file is binary", source)
    lowered = _strip_bom(head).lstrip().lower()
    if lowered.startswith((b"from: <saved by", b"mime-version:")) or (
        b"multipart/related" in lowered[:2048] and b"content-type:" in lowered[:2048]
    ) or _a_mails_source(lowered):
        return PageKind.MHTML
    if lowered.startswith(_HTML_MARKERS):
        if lowered.startswith(b"<!--") and b"<" not in lowered[4:].split(b"-->", 1)[-1][:512]:
            return PageKind.TEXT
        return PageKind.HTML
    # A text dump may quote a tag or two; a page is made of them, or declares itself after a stray
    # script a plugin printed before its doctype.
    if lowered.count(b"<p") + lowered.count(b"<div") + lowered.count(b"<br") >= 3 \
            or b"<!doctype html" in lowered or b"<html" in lowered:
        return PageKind.HTML
    return PageKind.TEXT


_MAIL_HEADER_LINE = re.compile(rb"^(?:received|return-path|delivered-to|x-[\w-]+|date|from|to|subject|message-id|dkim-signature"
                               rb"|mime-version|arc-[\w-]+|authentication-results):", re.IGNORECASE)


def _a_mails_source(head: bytes) -> bool:
    """A saved e-mail's raw source (.eml, "Show original"): it opens on a mail's header lines and declares
    its MIME body (the message is read as MIME: quoted-printable lines joined, its parts apart)."""
    return _MAIL_HEADER_LINE.match(head) is not None and b"\nmime-version:" in head and b"\ncontent-type:" in head


def page_from_bytes(data: bytes, source: str, *, kind: PageKind | None = None,
                    charset: str | None = None, url: str | None = None) -> Page:
    kind = kind or sniff_kind(data, source)
    if kind is PageKind.MHTML:
        from .mhtml import html_from_mhtml

        root = html_from_mhtml(data, source)
        return Page(data=root.data, source=source, kind=PageKind.HTML if root.html else PageKind.TEXT,
                    charset=root.charset, url=root.url)
    return Page(data=data, source=source, kind=kind, charset=charset, url=url)


def display_name(name: str) -> str:
    """`name` as it can be shown and stored in UTF-8: bytes that are not UTF-8 (carried in a str
    as surrogates by os.fsdecode) become \\xNN escapes instead of breaking every writer."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _refuse_special(mode: int, shown: str) -> None:
    """Devices and sockets are refused before a byte is read (/dev/zero would otherwise be read
    up to the size limit); FIFOs and pipes are streams a user may mean (`convert <(curl …)`)."""
    for test, what in ((stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISSOCK, "a socket")):
        if test(mode):
            raise InputError(f"not a page: the input is {what}", shown)


def read_page(path: str | os.PathLike[str], *, max_bytes: int = MAX_INPUT_BYTES) -> Page:
    """Read a file (or stdin for "-") into a Page, with one-line errors for every failure."""
    source = os.fspath(path)
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        source = "<stdin>"
    else:
        shown = display_name(source)
        file = Path(source)
        try:
            if file.is_dir():
                raise InputError("is a folder, not a page (use `essayconv batch` for folders)", shown)
            info = file.stat()
            _refuse_special(info.st_mode, shown)
            if info.st_size > max_bytes:
                raise InputError(f"the file is {info.st_size // 2**20} MiB, over the {max_bytes // 2**20} MiB limit", shown)
            with file.open("rb") as handle:
                _refuse_special(os.fstat(handle.fileno()).st_mode, shown)  # swapped since the stat
                data = handle.read(max_bytes + 1)
        except FileNotFoundError:
            raise InputError("no such file", shown) from None
        except PermissionError:
            raise InputError("permission denied", shown) from None
        except IsADirectoryError:
            raise InputError("is a folder, not a page", shown) from None
        except OSError as error:
            raise InputError(f"cannot read the file ({error.strerror or error})", shown) from None
        source = shown
    if len(data) > max_bytes:
        raise InputError(f"the input is over the {max_bytes // 2**20} MiB limit", source)
    return page_from_bytes(data, source)
