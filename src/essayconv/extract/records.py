"""An essay saved inside a record: a form's entry exported as CSV (a header row of field names, then the
entry), a database shell's row printed a field to a line ("        title = …", "         body = …", the names
aligned on " = "), an app's INI autosave ("[Body]" / "text = …"), a record printed by Perl's Data::Dumper
("'essay' => '…'"). Read as text, the field names, the pupil's e-mail and phone and the record's quoting would
stand around the essay as its words.

The essay is the one value holding far more words than any other; the other fields become removed records
("Words (counted on submit): 379", read for the essay's length as any labelled count is), and a field whose
name says it is the title ("Essay Title") titles it. A record of several essays is a table of essays, not one:
it is read as the text it is."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, replace

from ..model import Removed
from ..regexes import compile_regex
from ..signals import Kind
from ..tuning import Tuning

_DELIMITERS = (",", "\t", ";")
_TITLE_FIELD = compile_regex(r"\b(?:title|headline|subject|name of (?:the )?(?:essay|entry|piece))\b", re.I)
_NOT_A_TITLE_FIELD = compile_regex(r"\b(?:job|course|school|first|last|user)\b", re.I)


@dataclass(frozen=True)
class SavedRecord:
    title: str | None
    body: str
    fields: tuple[Removed, ...]
    """The entry's other fields, "name: value", in the header's order."""
    markdown: bool = False
    """The essay's field is named as Markdown ("body_md", "content_markdown"): read as such."""


def read_csv_record(text: str, tuning: Tuning) -> SavedRecord | None:
    """The essay a one-entry CSV export holds, or None for any other text."""
    text = text.lstrip("\ufeff")
    first_line = text.split("\n", 1)[0]
    delimiter = max(_DELIMITERS, key=first_line.count)
    if first_line.count(delimiter) < tuning.saved_record_min_fields - 1:
        return None
    try:
        rows = [row for row in csv.reader(io.StringIO(text), delimiter=delimiter) if any(cell.strip() for cell in row)]
    except csv.Error:
        return None
    if len(rows) < 2 or any(abs(len(row) - len(rows[0])) > 1 for row in rows[1:]):
        return None
    header = [name.strip() for name in rows[0]]
    long_cells = [(row, at) for row in rows[1:] for at, cell in enumerate(row) if len(cell.split()) >= tuning.saved_record_body_min_words]
    if len(long_cells) != 1:
        return None  # no essay in it, or a table of several
    row, at = long_cells[0]
    body = row[at]
    if len(body.split()) < tuning.saved_record_body_share_min * sum(len(cell.split()) for cell in row):
        return None
    named = [(header[i] if i < len(header) else "", cell.strip()) for i, cell in enumerate(row) if i != at and cell.strip()]
    return _record(named, body)


def _record(named: list[tuple[str, str]], body: str) -> SavedRecord:
    """The record of the essay `body` with its other fields (name, value), the title taken from a field named so."""
    title_at = next((i for i, (name, value) in enumerate(named) if _TITLE_FIELD.search(name)
                     and not _NOT_A_TITLE_FIELD.search(name) and len(value.split()) <= 20), None)
    title = named[title_at][1] if title_at is not None else None
    # (a column's name read as words: "n_words: 571" states a count as "n words: 571" does)
    fields = tuple(Removed(Kind.RECORD, f"{name.replace('_', ' ')}: {value}" if name else value)
                   for i, (name, value) in enumerate(named) if i != title_at)
    return SavedRecord(title, body, fields)


_FIELD_LINE = compile_regex(r"^ *(?P<name>[A-Za-z_][\w.-]{0,40}) = ")


def read_field_lines(text: str, tuning: Tuning) -> SavedRecord | None:
    """The essay a record printed a field to a line holds ("student_name = …", "body = <the essay, over many
    lines>"), the names aligned on their " = " as a database shell prints them; None for any other text."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    first = _FIELD_LINE.match(lines[0]) if lines else None
    if first is None:
        return None
    column = first.end()  # (where every field's value starts: the names are right-aligned)
    fields: list[tuple[str, list[str]]] = []
    for line in lines:
        found = _FIELD_LINE.match(line)
        if found is not None and found.end() == column:
            fields.append((found.group("name"), [line[column:]]))
        elif fields:
            fields[-1][1].append(line)
    if len(fields) < tuning.saved_record_min_fields:
        return None
    return _one_long_value([(name, "\n".join(parts).strip()) for name, parts in fields], tuning)


_RECORD_HEADER = compile_regex(r"^-\[ RECORD \d+ \][-+]*$")
_EXPANDED_FIELD = compile_regex(r"^(?P<name>[A-Za-z_][\w.-]{0,62}) *\|(?: |$)")
_HEADER_WITHIN = 3
"""psql's record header opens the output, under its "Expanded display is on." at most."""


def read_expanded_display(text: str, tuning: Tuning) -> SavedRecord | None:
    """The essay psql's expanded display (`\\x`) of one row holds: "-[ RECORD 1 ]-+---", then a field to a line,
    "name | value", a long value's lines under the bar, each closed by psql's "+" where the value breaks its line;
    None for any other text. Only the first record is read (the essay's row)."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").split("\n")
    start = next((at for at, line in enumerate(lines[:_HEADER_WITHIN]) if _RECORD_HEADER.match(line.rstrip())), None)
    first = _EXPANDED_FIELD.match(lines[start + 1]) if start is not None and start + 1 < len(lines) else None
    if first is None:
        return None
    bar = first.group().rindex("|")  # (the column of the bar: every field's and every value line's)
    fields: list[tuple[str, list[str]]] = []
    for line in lines[start + 1:]:
        if _RECORD_HEADER.match(line.rstrip()):
            break  # the next row's
        if line[bar:bar + 1] != "|":
            continue
        value = line[bar + 1:].rstrip()
        value = value[1:] if value.startswith(" ") else value
        value = value[:-1].rstrip() if value.endswith("+") else value  # (psql's mark of a line break in the value)
        if line[:bar].strip():
            fields.append((line[:bar].strip(), [value]))
        elif fields:
            fields[-1][1].append(value)
    found = _one_long_value([(name, "\n".join(parts).strip()) for name, parts in fields], tuning)
    if found is None:
        return None
    shell = tuple(Removed(Kind.RECORD, line.strip()) for line in lines[:start + 1] if line.strip())
    return replace(found, fields=(*shell, *found.fields))


def read_ini_record(text: str, tuning: Tuning) -> SavedRecord | None:
    """The essay an INI file holds (an app's autosave: "[Document]", "title = …", "[Body]", "text = <the essay,
    its lines indented>"), read by configparser; None for any other text."""
    import configparser

    text = text.lstrip("\ufeff")
    if _INI_SECTION.match(text) is None:
        return None
    parser = configparser.ConfigParser(interpolation=None, strict=False, delimiters=("=", ":"))
    try:
        parser.read_string(text)
    except configparser.Error:
        return None
    return _one_long_value([(key, value.strip()) for section in parser.sections() for key, value in parser.items(section)], tuning)


_INI_SECTION = compile_regex(r"\s*\[[^\]\n]{1,60}\]\s*\n")


def read_perl_dump(text: str, tuning: Tuning) -> SavedRecord | None:
    """The essay a record printed by Perl's Data::Dumper holds ("$VAR1 = {", "'essay' => '<the essay>',",
    "'word_total' => 403"); None for any other text."""
    if _DUMPER_START.match(text) is None:
        return None
    fields = [(m.group("key"), re.sub(r"\\(.)", r"\1", m.group("text")) if m.group("text") is not None else m.group("number"))
              for m in _DUMPER_FIELD.finditer(text)]
    return _one_long_value(fields, tuning)


_DUMPER_START = compile_regex(r"\s*\$VAR\d+ = \{")
_DUMPER_FIELD = compile_regex(r"^\s*'(?P<key>[^'\n]{1,60})' => (?:'(?P<text>(?:[^'\\]|\\.)*)'|(?P<number>-?[\d.]+))",
                              re.MULTILINE | re.DOTALL)


def _one_long_value(fields: list[tuple[str, str]], tuning: Tuning) -> SavedRecord | None:
    """The record whose one long value is the essay, its other fields as records; None when no value, or more
    than one, is an essay's length."""
    if len(fields) < tuning.saved_record_min_fields:
        return None
    long_values = [i for i, (_, value) in enumerate(fields) if len(value.split()) >= tuning.saved_record_body_min_words]
    if len(long_values) != 1 or len(fields[long_values[0]][1].split()) < tuning.saved_record_body_share_min * sum(len(v.split()) for _, v in fields):
        return None
    name, body = fields[long_values[0]]
    found = _record([(name, value) for i, (name, value) in enumerate(fields) if i != long_values[0] and value], body)
    return replace(found, markdown=_MARKDOWN_FIELD.search(name) is not None)


_MARKDOWN_FIELD = compile_regex(r"(?:^|[_.-])(?:md|markdown)(?:$|[_.-])", re.I)
