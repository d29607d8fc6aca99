"""A file printed with its invisible characters shown, as one does to see why a file misbehaves: sed's `l`
command (`sed -n l`: every line closed by "$", a tab shown as "\\t", a carriage return as "\\r", a byte
outside ASCII in octal, "\\303\\251", and a line longer than the width cut into rows each closed by "\\") and
`cat -A` (`cat -vET`: "$" at each line's end, a tab as "^I", a carriage return as "^M", a byte outside
ASCII as "M-"). Read as a dump, every line would close on "$", the rows of one paragraph would stand apart
cut mid-word, and the escapes would be words; the file as it was, unescaped, is the text."""

from __future__ import annotations

from ..regexes import compile_regex
from ..tuning import Tuning

_SED_ESCAPE = compile_regex(r"\\(?:([0-7]{3})|(.))")
_SED_LETTERS = {"\\": "\\", "a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
_CARET = compile_regex(r"(M-)?(?:\^([@-_?])|(.))", flags=0)


def read_shown_ends(text: str, tuning: Tuning) -> str | None:
    """The file `sed -n l` or `cat -A` printed, or None for any other text (a text that only quotes a "$")."""
    lines = text.replace("\r\n", "\n").split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    shown = [line for line in lines if line.strip()]
    if not shown:
        return None
    closed = sum(1 for line in shown if line.endswith("$"))
    cut = sum(1 for line in shown if _continues(line))
    if closed < tuning.shown_ends_min_lines or closed + cut < tuning.shown_ends_line_share * len(shown):
        return None
    if cut or any("\\t" in line or line.endswith("\\r$") for line in shown):
        return _from_sed(lines)
    return _from_cat(lines)


def _continues(line: str) -> bool:
    """A row `sed`'s `l` cut at its width: closed by one backslash (an odd run: "\\\\" is a backslash shown)."""
    return (len(line) - len(line.rstrip("\\"))) % 2 == 1


def _from_sed(lines: list[str]) -> str:
    out: list[str] = []
    row = ""
    for line in lines:
        if _continues(line):
            row += line[:-1]
            continue
        row += line[:-1] if line.endswith("$") else line
        out.append(_unescape_sed(row))
        row = ""
    if row:
        out.append(_unescape_sed(row))
    return "\n".join(out)


def _unescape_sed(row: str) -> str:
    data = bytearray()
    at = 0
    for match in _SED_ESCAPE.finditer(row):
        data += row[at:match.start()].encode("utf-8")
        octal, letter = match.groups()
        if octal is not None:
            data.append(int(octal, 8) & 0xFF)
        else:
            data += _SED_LETTERS.get(letter, "\\" + letter).encode("utf-8")
        at = match.end()
    data += row[at:].encode("utf-8")
    return data.decode("utf-8", errors="replace").replace("\r", "")


def _from_cat(lines: list[str]) -> str:
    return "\n".join(_unescape_cat(line[:-1] if line.endswith("$") else line) for line in lines)


def _unescape_cat(line: str) -> str:
    """cat's -v notation back to bytes: "^I" a tab, "^M" a carriage return, "^?" DEL, "M-x" the byte 0x80 + x.
    A line whose "M-" sequences make no UTF-8 wrote "M-" itself ("an M-16"): only its carets are undone."""
    for high_bytes in (True, False):
        data = bytearray()
        for match in _CARET.finditer(line):
            high, control, plain = match.groups()
            if high and not high_bytes:
                data += b"M-"
            if control is not None:
                byte = 0x7F if control == "?" else ord(control) - 0x40
            elif ord(plain) >= 0x80:  # (a letter cat did not escape, the file read in a UTF-8 locale)
                data += plain.encode("utf-8")
                continue
            else:
                byte = ord(plain)
            data.append(byte | 0x80 if high and high_bytes else byte)
        try:
            return data.decode("utf-8").replace("\r", "")
        except UnicodeDecodeError:
            continue
    return line
