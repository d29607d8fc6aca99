"""A text signed in the clear (OpenPGP's cleartext signature, RFC 4880 §7: `gpg --clearsign`, a signed
announcement or mail saved as text): an armour line and its "Hash:" header above the signed text, the
signature block under it, and every line of the text that opens on "-" escaped as "- -". Read as text, the
armour line would be the title, the header and the signature the essay's lines, and the escapes list
markers; the signed text, unescaped, is the text."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Removed
from ..regexes import compile_regex
from ..signals import MARKDOWN_HEADING, Kind

_BEGIN = "-----BEGIN PGP SIGNED MESSAGE-----"
_SIGNATURE = "-----BEGIN PGP SIGNATURE-----"
_END = "-----END PGP SIGNATURE-----"
_ARMOUR_HEADER = compile_regex(r"^[A-Za-z][\w-]{0,30}: \S")
_BEGIN_WITHIN_LINES = 40
"""The armour line opens the file, or stands under a saved mail's few header lines."""


@dataclass(frozen=True)
class SignedText:
    text: str
    """The signed text, its dash escapes undone."""
    markdown: bool
    """Whether it heads itself as Markdown does ("# Title", "## Section")."""
    removed: tuple[Removed, ...]
    """The armour, its header, the signature block, and what the file holds outside them."""


def read_clearsigned(text: str) -> SignedText | None:
    """The text a cleartext signature signs, or None for any other text (one that only quotes an armour line)."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").split("\n")
    begin = next((at for at, line in enumerate(lines[:_BEGIN_WITHIN_LINES]) if line.strip() == _BEGIN), None)
    if begin is None:
        return None
    signature = next((at for at in range(begin + 1, len(lines)) if lines[at].strip() == _SIGNATURE), None)
    end = next((at for at in range(signature + 1, len(lines)) if lines[at].strip() == _END), None) \
        if signature is not None else None
    if end is None:
        return None  # (an armour line quoted in prose: no signature closes what it opens)
    header = begin + 1
    while header < signature and _ARMOUR_HEADER.match(lines[header]):
        header += 1
    if header == begin + 1 or lines[header].strip():
        return None  # the armour's header ("Hash: SHA256") and the blank line under it are the format's
    signed = "\n".join(line[2:] if line.startswith("- ") else line for line in lines[header + 1:signature])
    outside = [line.strip() for line in (*lines[:begin], *lines[end + 1:]) if line.strip()]
    removed = (Removed(Kind.SIGNATURE, " | ".join(line.strip() for line in lines[begin:header])),
               Removed(Kind.SIGNATURE, " ".join(line.strip() for line in lines[signature:end + 1] if line.strip())),
               *(Removed(Kind.RECORD, line) for line in outside))
    markdown = any(MARKDOWN_HEADING.match(line) for line in signed.split("\n"))
    return SignedText(signed, markdown, removed)


