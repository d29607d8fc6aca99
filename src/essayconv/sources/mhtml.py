"""MHTML ("Save as single file" in Chromium, .mht in Edge/IE): a MIME multipart whose root HTML
part is the page; and a saved e-mail (.eml, a mailbox's raw source), its HTML body the page, else its plain
text (quoted-printable and base64 decoded). Read with the standard library's email parser. Knows nothing of `Page`
(page.py builds one from the root part), so the two modules do not import each other."""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass
from email.message import Message

from ..errors import InputError


@dataclass(frozen=True)
class RootPart:
    """The page inside an MHTML file: its HTML bytes, the part's charset and the snapshot's address.
    `html` False: a mail's plain-text body (a message with no HTML part)."""
    data: bytes
    charset: str | None
    url: str | None
    html: bool = True


def _html_parts(message: Message) -> list[Message]:
    return [part for part in message.walk() if part.get_content_type() in ("text/html", "application/xhtml+xml")]


def html_from_mhtml(data: bytes, source: str) -> RootPart:
    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
    except Exception as error:  # the email parser is lenient; this is a last resort
        raise InputError(f"cannot parse the MHTML file ({error})", source) from None
    parts = _html_parts(message)
    if not parts:
        plain = next((part for part in message.walk() if part.get_content_type() == "text/plain"), None)
        text = plain.get_payload(decode=True) if plain is not None else None
        if isinstance(text, bytes) and text.strip():
            return RootPart(data=text, charset=plain.get_content_charset(), url=None, html=False)  # a plain-text mail
        raise InputError("the MHTML file or saved mail has no HTML part and no text", source)
    location = message.get("Snapshot-Content-Location")
    # The root part is the one at the snapshot's location; browsers put it first anyway.
    root = next((p for p in parts if location and p.get("Content-Location") == location), parts[0])
    try:
        payload = root.get_payload(decode=True)
    except Exception:
        payload = None
    if not isinstance(payload, bytes) or not payload.strip():
        raise InputError("the MHTML file's HTML part is empty or undecodable", source)
    if any("Base64" in type(defect).__name__ for defect in root.defects):
        raise InputError("the MHTML file's HTML part is damaged (invalid base64)", source)
    url = location or root.get("Content-Location")
    return RootPart(data=payload, charset=root.get_content_charset(), url=url)
