"""Wrap a sample page as a Blink-style MHTML file: a quoted-printable HTML part plus an image.

Run once to (re)build samples/*.mhtml from samples/src/*.html; the .mhtml is committed so that
tests read a fixed file.  Usage:
    python samples/src/make_mhtml.py samples/src/X.html samples/X.mhtml URL "Subject"
"""

import base64
import quopri
import sys

BOUNDARY = "----MultipartBoundary--Q9vYw3kTg4h7bNq1sPz2----"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(24)


def main(source: str, target: str, url: str, subject: str) -> None:
    html = open(source, "rb").read()
    body = quopri.encodestring(html).decode("ascii").replace("\n", "\r\n")
    lines = [
        "From: <Saved by Blink>",
        f"Snapshot-Content-Location: {url}",
        f"Subject: {subject}",
        "Date: Mon, 3 Feb 2025 10:12:44 -0000",
        "MIME-Version: 1.0",
        "Content-Type: multipart/related;",
        '\ttype="text/html";',
        f'\tboundary="{BOUNDARY}"',
        "",
        "",
        f"--{BOUNDARY}",
        "Content-Type: text/html",
        "Content-ID: <frame-5D3A8C1F0E2B4A6C9D7E1F2A3B4C5D6E@mhtml.blink>",
        "Content-Transfer-Encoding: quoted-printable",
        f"Content-Location: {url}",
        "",
        body,
        f"--{BOUNDARY}",
        "Content-Type: image/png",
        "Content-Transfer-Encoding: base64",
        "Content-Location: https://static.example.invalid/logo.png",
        "",
        base64.b64encode(PNG).decode("ascii"),
        "",
        f"--{BOUNDARY}--",
        "",
    ]
    with open(target, "w", encoding="ascii", newline="") as handle:
        handle.write("\r\n".join(lines))


if __name__ == "__main__":
    main(*sys.argv[1:5])
