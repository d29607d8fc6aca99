"""Regular expressions compiled once per machine rather than once per run (issue 17 point 5: a
one-shot conversion spent about half of its CPU time in `re`'s compiler, turning the same few
hundred patterns of the data files and of the code into the same programs at every start).

`compile_regex(pattern, flags)` is `re.compile`. The first time a pattern is compiled, the program
re's compiler made for it (the opcodes `_sre.compile` takes) is noted; at exit the programs this run
compiled are added to the start-up cache (startup_cache.py), and later runs hand the stored program
to `_sre.compile` directly, skipping re's parser and compiler. A program is stored only when the
pattern built from it equals the one `re.compile` returned (a Pattern compares its flags, text and
program), so a stored program always gives the same matcher; the cache's key holds this Python's
version and `_sre.MAGIC`, so another Python never reads it. Anything unexpected (another
interpreter, an unreadable cache) falls back to `re.compile`.
"""

from __future__ import annotations

import atexit
import base64
import re
import sys
import zlib
from array import array
from pathlib import Path
from typing import Any

from .startup_cache import key_of, read, write

try:  # CPython's regex engine; another interpreter compiles each run
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - CPython always has them
    _sre = None  # type: ignore[assignment]
if _sre is not None and array("I").itemsize != _sre.CODESIZE:
    _sre = None  # type: ignore[assignment]  # opcodes of another width than the packing's: compile each run

MAX_PROGRAMS = 2048
"""The cache holds the patterns of the shipped data and code (under a thousand) and of a user's own
rule and profile files. Past this many, a run that compiled new ones stores the programs it used
first and as many of the others as fit: patterns no run uses any more (an older release's, a rule
file edited since) make room, rather than every new pattern being compiled at each start."""

_CACHE_NAME = "regexes"
_GENERATION = 2
"""Part of the cache's key (with this file's text): raised to set aside every cache written before, as when
a few patterns came out in another order at each start (assembled from sets: rules._alternation) and
filled the cache with their permutations up to MAX_PROGRAMS, read at every start."""

_PROGRAMS: dict[str, list[Any]] = {}
"""Each known pattern's program, by `_name(pattern, flags)`: a cache of a pure function of the
pattern's text and flags (and of this Python), loaded from the start-up cache when first needed."""

_STATE = {"loaded": False, "new": 0}
_USED: set[str] = set()
"""The names of the programs this run asked for: kept first when the cache is full."""


def _name(pattern: str, flags: int) -> str:
    return f"{flags}:{pattern}"


def _key() -> str | None:
    try:
        source = Path(__file__).read_bytes()
    except OSError:
        return None  # from a zip: compile each run
    return key_of(source, str(getattr(_sre, "MAGIC", "")).encode(), sys.implementation.name.encode(),
                  str(_GENERATION).encode())


def _load() -> None:
    _STATE["loaded"] = True
    key = _key() if _sre is not None else None
    stored = read(_CACHE_NAME, key) if key else None
    if isinstance(stored, dict):
        _PROGRAMS.update(stored)


def _save() -> None:
    """Add this run's new programs to the stored ones (another run may have stored others meanwhile).
    Never raises: it runs at exit, where an error would print a traceback after the run's output."""
    try:
        _store()
    except Exception:  # noqa: BLE001 - a cache that cannot be written leaves the next start compiling
        pass


def _store() -> None:
    key = _key()
    if not key:
        return
    stored = read(_CACHE_NAME, key)
    merged = {name: _PROGRAMS[name] for name in sorted(_USED) if name in _PROGRAMS}
    for name, program in (stored.items() if isinstance(stored, dict) else ()):
        if len(merged) >= MAX_PROGRAMS:
            break
        merged.setdefault(name, program)
    write(_CACHE_NAME, key, merged)


def _program(pattern: str, flags: int) -> list[Any]:
    """What `_sre.compile` takes for `pattern`, as re's compiler makes it (re/_compiler.py's `compile`)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for group, index in groupindex.items():
        indexgroup[index] = group
    return [flags | parsed.state.flags, _packed(code), parsed.state.groups - 1, groupindex, indexgroup]


def _packed(code: list[int]) -> str:
    """The opcodes as 32-bit words, deflated and in base64: a sixth of the size of a JSON list of
    numbers, and read back in C."""
    return base64.b64encode(zlib.compress(array("I", code).tobytes())).decode("ascii")


def _built(pattern: str, program: list[Any]) -> re.Pattern[str]:
    flags, packed, groups, groupindex, indexgroup = program
    code = array("I", zlib.decompress(base64.b64decode(packed))).tolist()
    return _sre.compile(pattern, flags, code, groups, groupindex, tuple(indexgroup))


def _storable(pattern: str) -> bool:
    """Whether the cache (UTF-8 JSON) can hold the pattern's text: not a lone surrogate (a pattern
    naming "\ud800" by escape is fine; one holding it raw is compiled each run)."""
    try:
        pattern.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def compile_regex(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the stored program when one is known."""
    flags = int(flags)
    if _sre is None or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    if not _STATE["loaded"]:
        _load()
    name = _name(pattern, flags)
    _USED.add(name)
    program = _PROGRAMS.get(name)
    if program is not None:
        try:
            return _built(pattern, program)
        except (TypeError, ValueError, RuntimeError):
            _PROGRAMS.pop(name, None)  # a malformed entry: compiled afresh below
    compiled = re.compile(pattern, flags)
    if _storable(pattern):  # (stored at exit within MAX_PROGRAMS, this run's first)
        try:
            program = _program(pattern, flags)
            same = _built(pattern, program) == compiled
        except Exception:  # noqa: BLE001 - re's internals differ: this pattern is compiled each run
            same = False
        if same:
            _PROGRAMS[name] = program
            if not _STATE["new"]:
                atexit.register(_save)
            _STATE["new"] += 1
    return compiled


__all__ = ["compile_regex", "MAX_PROGRAMS"]
