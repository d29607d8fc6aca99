"""Bytes → text, the way browsers do it.

Order: byte-order mark, then a declared charset (HTTP header / MIME part, then `<meta>`), then a
detector, then UTF-8. A declared label means what WHATWG's table (webencodings, WeasyPrint's own
dependency) says it means: iso-8859-1, latin1 and ascii are windows-1252, as in every browser, and
pages that say latin-1 are indeed full of cp1252 curly quotes.
"""

from __future__ import annotations

import codecs
import re

import webencodings

from ..regexes import compile_regex

_META_CHARSET = compile_regex(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.IGNORECASE)
# Labels read otherwise than WHATWG's table: "latin-1" is not in it (a browser falls back to
# windows-1252 for it), and x-user-defined's private-use mapping would garble what is in fact cp1252.
_NOT_AS_WHATWG = {"latin-1": "windows-1252", "x-user-defined": "windows-1252"}
_SINGLE_BYTE = {"windows-1252", "cp1252", "windows-1250", "windows-1251", "windows-1254",
                "iso-8859-2", "iso-8859-15", "koi8-r", "mac-roman"}


def normalize_label(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _NOT_AS_WHATWG.get(label) or _whatwg_name(label) or label
    if label in ("utf-16", "utf-16le", "utf-16be"):  # a page that reached us as bytes in a
        return None  # <meta> cannot really be UTF-16: the BOM would have said so
    try:
        return codecs.lookup(label).name if label not in _SINGLE_BYTE else label
    except LookupError:
        return None


def _whatwg_name(label: str) -> str | None:
    """The encoding WHATWG names for `label` ("latin1" → "windows-1252"), None for a label it lacks."""
    encoding = webencodings.lookup(label)
    return encoding.name if encoding is not None else None


def declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:8192])
    return normalize_label(match.group(1).decode("ascii", "replace")) if match else None


def utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" for BOM-less UTF-16 text (Windows tools save it): mostly-ASCII text
    leaves a NUL in every other byte, on the odd side for little-endian."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > len(odd) * 0.6 and even.count(0) < len(even) * 0.05:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.6 and odd.count(0) < len(odd) * 0.05:
        return "utf-16-be"
    return None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_bytes(data: bytes, declared: str | None = None, *, sniff_meta: bool = True) -> tuple[str, str]:
    """Return (text, encoding used)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace"), "utf-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace"), "utf-16"
    utf16 = utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, "replace"), utf16
    encoding = normalize_label(declared) or (declared_charset(data) if sniff_meta else None)
    if encoding:
        # A page declared single-byte whose bytes are valid, non-ASCII UTF-8 was mislabelled:
        # that combination almost never happens by chance.
        if encoding in _SINGLE_BYTE and not data.isascii() and _is_utf8(data):
            return data.decode("utf-8"), "utf-8"
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            pass  # the declaration is wrong; fall through to detection
    if _is_utf8(data):
        return data.decode("utf-8"), "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    guess = normalize_label(best.encoding) if best is not None else None
    if guess:
        try:
            return data.decode(guess), guess
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("windows-1252", "replace"), "windows-1252"
