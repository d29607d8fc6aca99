"""The bad inputs: small ones are written once into files/ (committed), large or archive ones are
made at test time by the functions below (named in cases.toml as `make = "…"`).

Rebuild the committed files with: .venv/bin/python tests/bad_inputs/generate.py
"""

from __future__ import annotations

import gzip
import io
import random
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROSE = ("The committee met in the spring and argued for several hours about the budget, the staffing of the new "
         "clinic and the timetable for the public consultation, which nobody had planned for. ")
ESSAY = "".join(f"<p>{PROSE * 2} Paragraph {n} ends here.</p>\n" for n in range(5))


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}<title>A Test Essay</title></head><body><article><h1>A Test Essay</h1>{body}</article></body></html>"


SMALL: dict[str, bytes] = {
    "empty.html": b"",
    "whitespace.html": b"  \n\t \r\n   \n",
    "png-named.html": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    "pdf-named.html": b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n",
    "zip-named.html": b"PK\x03\x04" + bytes(60),
    "gzip-named.html": gzip.compress(page(ESSAY).encode()),
    "elf-named.html": b"\x7fELF\x02\x01\x01" + bytes(120),
    "random-bytes.html": random.Random(7).randbytes(4096),
    "truncated.html": page(ESSAY).encode()[: len(page(ESSAY)) * 2 // 3],
    "garbled.html": ("<html><body><div><p>" + PROSE * 3 + "<b><i></p></b></i><p><<<>>>" + PROSE * 3 +
                     "</div></span></table><p>" + PROSE * 3 + "<td><tr></html></body><p>" + PROSE * 2).encode(),
    "nul-bytes.html": page(ESSAY.replace("budget", "bud\x00get", 3)).encode(),
    "invalid-utf8-undeclared.html": page(ESSAY).replace("<meta charset='utf-8'>", "").encode().replace(b"budget", b"bud\xffget\xc3"),
    "invalid-utf8-declared.html": page(ESSAY).encode().replace(b"clinic", b"clin\xe9\xe9ic"),
    "wrong-charset.html": page(ESSAY.replace("clinic", "clínica café"), "").replace("utf-8", "koi8-r").encode("utf-8"),
    "only-scripts.html": ("<html><head><script>" + "var x = 1;" * 500 + "</script></head><body><script>"
                          "document.write('essay')</script><noscript>Enable JavaScript</noscript></body></html>").encode(),
    "utf16-bom.txt": ("An Essay in UTF-16\n\n" + (PROSE * 2 + "\n\n") * 4).encode("utf-16"),
    "utf16le-nobom.txt": ("An Essay in UTF-16 LE\n\n" + (PROSE * 2 + "\n\n") * 4).encode("utf-16-le"),
    "mhtml-no-html.mhtml": (b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n"
                            b"--b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n"),
    "mhtml-broken-base64.mhtml": (b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n"
                                  b"--b\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!!not base64 at all!!!!\r\n--b--\r\n"),
    "bot-wall.html": (b"<html><head><title>bartleby.com \xe2\x80\x94 Just a moment...</title></head><body><h1>bartleby.com</h1>"
                      b"<p>This website uses a security service to protect against malicious bots. This page is displayed "
                      b"while the website verifies you are not a bot.</p></body></html>"),
    "script-preview.html": (b"<html><body><h1>Capital Punishment Is Unlawful and Ineffective</h1><p>This is a persuasive "
                            b"essay in which the author argues that the death penalty does not deter crime.</p>"
                            b"<h3>About this essay</h3><p>Generating Preview...</p></body></html>"),
    "unclosed-comment.html": ("<html><body><!-- a comment that never ends " + ESSAY).encode(),
    "mojibake.html": page("<p>Khrushchevâ€™s speech was read aloud in every factory. " + PROSE * 3 + "</p>" + ESSAY).encode(),
    "control-characters.html": page(ESSAY.replace("budget", "bud\x1b[31mget\x07\x0b", 2)).encode(),
    "entity-bomb.xhtml": ('<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                          '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
                          '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>'
                          '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>&f;&f;&f;</p>' + ESSAY + "</body></html>").encode(),
    "clutter-only.txt": b"Essay Title\n\n591 Words3 Pages\n\nOpen Document\nSign up to view the full document.\nMore about Essay Title\n",
    "windows-1252-dump.txt": ("An Essay Saved by Notepad\n\n\u201cQuoted,\u201d she said \u2013 " + PROSE * 3 + "\n\n" + PROSE * 3 + "\n").encode("cp1252"),
    "bidi-overrides.html": page("<p>\u202eThis line is reversed by an override character.\u202c " + PROSE * 3 + "</p>" + ESSAY).encode(),
    "tag-soup-attributes.html": page("<p " + " ".join(f'a{n}="{"x" * 50}"' for n in range(2000)) + ">" + PROSE * 3 + "</p>" + ESSAY).encode(),
}


def write_small() -> None:
    folder = HERE / "files"
    folder.mkdir(exist_ok=True)
    for name, data in SMALL.items():
        (folder / name).write_bytes(data)


# ---------------------------------------------------------------- made at test time

def big_page(target: Path) -> None:
    """A 20 MB SingleFile-style capture: inline data: images around a normal essay."""
    image = random.Random(1).randbytes(1024 * 1024).hex()
    body = "".join(f'<img src="data:image/png;base64,{image}">' for _ in range(10)) + ESSAY
    target.write_text("<!--\n Page saved with SingleFile \n url: https://example.org/essay \n-->\n" + page(body))


def deep_page(target: Path) -> None:
    target.write_text(page(ESSAY + "<div>" * 60000 + "bottom" + "</div>" * 60000))


def long_line(target: Path) -> None:
    """One 5 MB line: a text dump with no line breaks at all."""
    words = (PROSE * (5 * 1024 * 1024 // len(PROSE) + 1))[: 5 * 1024 * 1024]
    target.write_text("A Very Long Line\n\n" + words)


def many_elements(target: Path) -> None:
    target.write_text(page(ESSAY + "<span></span>" * 300000))


def huge_title(target: Path) -> None:
    target.write_text(page(ESSAY).replace("<title>A Test Essay</title>", "<title>" + "Title words " * 200000 + "</title>")
                      .replace("<h1>A Test Essay</h1>", ""))


def zip_traversal(target: Path) -> None:
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("../../escape.html", page(ESSAY))
        archive.writestr("/abs/olute.html", page(ESSAY))
        archive.writestr("C:\\windows\\drive.html", page(ESSAY))
        link = zipfile.ZipInfo("link.html")
        link.external_attr = 0o120777 << 16
        archive.writestr(link, "/etc/passwd")


def zip_bomb(target: Path) -> None:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bomb.html", b"<p>" + b" " * (120 * 1024 * 1024))  # ~1000x: over the 200x ratio
        archive.writestr("fine.html", page(ESSAY))


def tar_links(target: Path) -> None:
    import tarfile

    with tarfile.open(target, "w:gz") as archive:
        data = page(ESSAY).encode()
        info = tarfile.TarInfo("../../../escape.html")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
        for kind, name in ((tarfile.SYMTYPE, "sym.html"), (tarfile.LNKTYPE, "hard.html"), (tarfile.FIFOTYPE, "fifo.html")):
            member = tarfile.TarInfo(name)
            member.type, member.linkname = kind, "/etc/passwd"
            archive.addfile(member)


def truncated_warc(target: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for n in range(3):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://example.org/{n}", "response",
                                                      payload=io.BytesIO(page(ESSAY).encode()), http_headers=headers))
    data = buffer.getvalue()
    target.write_bytes(data[: len(data) - 200])


def not_a_warc(target: Path) -> None:
    target.write_bytes(gzip.compress(b"this is not a web archive at all\n" * 100))


def _warc_bytes(urls: list[str], gz: bool) -> list[bytes]:
    """One WARC response record per URL, each as its own bytes."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    records = []
    for url in urls:
        buffer = io.BytesIO()
        writer = WARCWriter(buffer, gzip=gz)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(page(ESSAY).encode()),
                                                      http_headers=headers))
        records.append(buffer.getvalue())
    return records


def _bomb_warc() -> bytes:
    """A WARC.gz whose first record is 60 MB of spaces (about 60 KB compressed), then a page."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for n, body in enumerate((b"<p>" + b" " * (60 * 1024 * 1024), page(ESSAY).encode())):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://example.org/{n}", "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return buffer.getvalue()


def warc_bomb(target: Path) -> None:
    target.write_bytes(_bomb_warc())


def wacz_bomb(target: Path) -> None:
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("archive/data.warc.gz", _bomb_warc())
        archive.writestr("datapackage.json", "{}")


def warc_length_lie(target: Path) -> None:
    """An uncompressed WARC whose middle record claims 2 GB: it must fail under its own id, and
    the record after it must still be read."""
    first, middle, last = _warc_bytes([f"https://example.org/{n}" for n in range(3)], gz=False)
    header, _, body = middle.partition(b"\r\n\r\n")
    lines = [b"Content-Length: 2000000000" if line.startswith(b"Content-Length:") else line for line in header.split(b"\r\n")]
    target.write_bytes(first + b"\r\n".join(lines) + b"\r\n\r\n" + body[: len(body) // 2] + last)


def tar_cut_mid_member(target: Path) -> None:
    """A tar.gz cut inside its second member's data: that member fails, under its own name."""
    import tarfile

    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name in ("one.html", "two.html"):
            data = page(ESSAY).encode() + random.Random(name).randbytes(40000).hex().encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    raw = gzip.decompress(buffer.getvalue())
    cut = 512 + 512 * ((len(page(ESSAY)) + 80000 + 511) // 512) + 512 + 20000  # inside two.html's data
    target.write_bytes(gzip.compress(raw[:cut]))


def fifo_in_folder(target: Path) -> None:
    """A folder holding a FIFO named like a page: refused when planning, never opened."""
    import os

    target.mkdir()
    (target / "essay.html").write_text(page(ESSAY))
    os.mkfifo(target / "stuck.html")


def non_utf8_names(target: Path) -> None:
    """A folder whose page names are not UTF-8 (Latin-1 bytes)."""
    import os

    target.mkdir()
    for name in (b"caf\xe9.html", b"na\xefve.txt"):
        with open(os.path.join(os.fsencode(target), name), "w") as handle:
            handle.write(page(ESSAY))


def zip_duplicate_members(target: Path) -> None:
    import warnings

    with zipfile.ZipFile(target, "w") as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name": exactly what this case is about
        archive.writestr("essay.html", page(ESSAY))
        archive.writestr("essay.html", page(ESSAY.replace("committee", "council")))


def zip_unknown_version(target: Path) -> None:
    """A zip whose central directory asks for format version 7.4 (found by fuzz/fuzz_readers.py:
    zipfile raises NotImplementedError, which once stopped the whole batch)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("essay.html", page(ESSAY))
    data = bytearray(buffer.getvalue())
    central = data.index(b"PK\x01\x02")
    data[central + 6] = 74  # "version needed to extract"
    target.write_bytes(bytes(data))


if __name__ == "__main__":
    write_small()
    print(f"wrote {len(SMALL)} files into {HERE / 'files'}")

