"""Batch JSON/JSONL records (schema essayconv/2): the document of essayconv/1 plus what a corpus
needs to join, de-duplicate and cite it — flat text, where it came from, and two hashes."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..model import Document
from ..regexes import compile_regex

RECORD_SCHEMA = "essayconv/2"


@dataclass(frozen=True)
class Identity:
    """What was read, as the report names it."""

    file: str
    """The path given or found (or the archive), shown with undecodable bytes as \\xNN."""
    member: str | None = None
    """The archive member (zip, tar), as the report's `member`."""
    warc_record_id: str | None = None
    crawl_date: str | None = None
    """WARC-Date of the record, when there is one."""
    url: str | None = None
    sha1: str = ""
    """Of the input bytes as read (the member or record payload)."""

    @property
    def report_member(self) -> str | None:
        return self.warc_record_id or self.member


def plain_essay_text(blocks: list[dict[str, Any]]) -> str:
    """The essay as plain text from the JSON blocks: one paragraph per block, list items one per
    line; gaps leave nothing (their place is in `blocks`)."""
    parts = []
    for block in blocks:
        if "text" in block:
            parts.append(block["text"])
        elif block.get("type") == "list":
            parts.append("\n".join(block["items"]))
    return "\n\n".join(parts)


_WORD = compile_regex(r"\w+")


def fingerprint(text: str) -> str:
    """The same essay saved twice (other page chrome, other whitespace, curly or straight quotes,
    other case) has the same fingerprint: a hash of its words alone."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    return hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()[:16]


def _hostname(url: str | None) -> str | None:
    if not url:
        return None
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


def to_record(document: Document, identity: Identity) -> dict[str, Any]:
    from ..write.json_writer import to_dict

    body = to_dict(document)
    text = plain_essay_text(body["blocks"])
    url = document.metadata.url or identity.url
    record = {"schema": RECORD_SCHEMA, "text": text, "url": url, "hostname": _hostname(url),
              "source": {"file": identity.file, "member": identity.member, "warc_record_id": identity.warc_record_id},
              "crawl_date": identity.crawl_date, "sha1": identity.sha1, "fingerprint": fingerprint(text)}
    body.pop("schema")
    return {**record, **body}


def record_line(document: Document, identity: Identity) -> str:
    return json.dumps(to_record(document, identity), ensure_ascii=False)


def record_file(document: Document, identity: Identity) -> bytes:
    return (json.dumps(to_record(document, identity), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def record_key(line: str) -> str | None:
    """The report key (file NUL member) of a JSONL line; None for a line cut short or foreign."""
    try:
        data = json.loads(line)
        source = data["source"]
        member = source.get("warc_record_id") or source.get("member")
        return f"{source['file']}\x00{member or ''}"
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
