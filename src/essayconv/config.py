"""The config file: the options a user would otherwise repeat on every command line.

Read from ESSAYCONV_CONFIG, else ~/.config/essayconv/config.toml, into one frozen value. The
command line wins over it; lists (rules, profiles, css) are the config's first, then the command
line's. Every value is checked by shape, and a wrong shape is one clear error naming the file; an
unknown key or an unreadable file is a warning, so that a typo never passes in silence.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Mapping

from .errors import OptionError
from .options import STYLES, Options

# key → (what it must be, the Options field it sets). "paths" are lists of file names, resolved
# against the config file's folder; "path" one such name.
KEYS: dict[str, tuple[str, str]] = {
    "rules": ("paths", "rules_files"),
    "profiles": ("paths", "profile_dirs"),
    "css": ("paths", "css_files"),
    "reference_doc": ("path", "reference_doc"),
    "style": ("text", "style"),
    "author": ("text", "author"),
    "instructor": ("text", "instructor"),
    "course": ("text", "course"),
    "affiliation": ("text", "affiliation"),
    "date": ("text", "date"),
    "page_size": ("text", "page_size"),
    "margins": ("text", "margins"),
    "font_size": ("text", "font_size"),
    "line_spacing": ("number", "line_spacing"),
    "gaps": ("text", "gaps"),
    "line_numbers": ("flag", "line_numbers"),
    "no_source": ("flag", "no_source"),
    "quiet": ("flag", "quiet"),
}
CHOICES: dict[str, tuple[str, ...]] = {"style": STYLES, "gaps": ("mark", "hide")}
_LIST_FIELDS = frozenset(("rules_files", "profile_dirs", "css_files"))


@dataclass(frozen=True)
class Config:
    path: str | None = None
    """The file read, or None when there was none."""
    values: tuple[tuple[str, Any], ...] = ()
    """(Options field, value) pairs, in the file's order."""
    warnings: tuple[str, ...] = field(default=())

    def get(self, name: str, default: Any = None) -> Any:
        return dict(self.values).get(name, default)


def config_path(environ: Mapping[str, str]) -> tuple[Path | None, bool]:
    """Where the config file is, and whether the user named it (ESSAYCONV_CONFIG)."""
    named = environ.get("ESSAYCONV_CONFIG")
    if named:
        return Path(named), True
    home = environ.get("HOME")
    return (Path(home) / ".config" / "essayconv" / "config.toml", False) if home else (None, False)


def _shaped(key: str, kind: str, value: Any, base: Path, path: Path) -> Any:
    def bad(wanted: str) -> OptionError:
        return OptionError(f"config key '{key}' must be {wanted} (got {type(value).__name__} {value!r:.60})", str(path))

    if kind == "paths":
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise bad("a list of file names, e.g. [\"mine.toml\"]")
        return tuple(v if Path(v).is_absolute() else str(base / v) for v in value)
    if kind == "path":
        if not isinstance(value, str) or not value:
            raise bad("a file name")
        return value if Path(value).is_absolute() else str(base / value)
    if kind == "text":
        if not isinstance(value, str):
            raise bad("a string")
        if key in CHOICES and value not in CHOICES[key]:
            raise OptionError(f"config key '{key}' must be one of {', '.join(CHOICES[key])} (got {value!r:.60})", str(path))
        return value
    if kind == "number":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise bad("a number")
        return float(value)
    if not isinstance(value, bool):
        raise bad("true or false")
    return value


def parse_config(text: str, path: Path) -> Config:
    """The config text as a Config (raises OptionError on a wrong shape)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise OptionError(f"the config file is not valid TOML ({error})", str(path)) from None
    values: list[tuple[str, Any]] = []
    warnings: list[str] = []
    for key, value in data.items():
        if key not in KEYS:
            warnings.append(f"{path}: unknown config key '{key}' ignored (known: {', '.join(KEYS)})")
            continue
        kind, name = KEYS[key]
        values.append((name, _shaped(key, kind, value, path.parent, path)))
    return Config(str(path), tuple(values), tuple(warnings))


def load_config(environ: Mapping[str, str] | None = None) -> Config:
    """The user's config. A file that cannot be read is a warning (and no config); a file that
    reads but holds a wrong shape is an OptionError."""
    path, named = config_path(os.environ if environ is None else environ)
    if path is None:
        return Config()
    try:
        if not path.exists():
            return Config(warnings=(f"{path}: the config file named by ESSAYCONV_CONFIG does not exist",) if named else ())
        if path.is_dir():
            return Config(warnings=(f"{path}: the config file is a folder, not a file; ignored",))
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        return Config(warnings=(f"{str(path)[:120]}: cannot read the config file ({reason}); ignored",))
    return parse_config(text, path)


def merged(config: Config, given: Mapping[str, Any]) -> dict[str, Any]:
    """Options keyword arguments: the command line's values (`given`, None or () when not given)
    over the config's; list options are the config's followed by the command line's."""
    known = {f.name for f in fields(Options)}
    out = {name: value for name, value in given.items() if value not in (None, ())}
    for name, value in config.values:
        if name not in known:
            continue  # "quiet" and other command-line-only settings
        if name in _LIST_FIELDS:
            out[name] = tuple(value) + tuple(given.get(name) or ())
        elif given.get(name) in (None, (), False):
            out[name] = value
    return out


@dataclass(frozen=True)
class Settings:
    """What a command runs with: Options keyword arguments (the config under the command line),
    whether warnings are silenced, and the config's own warnings to print."""
    values: Mapping[str, Any]
    quiet: bool
    warnings: tuple[str, ...]


def settings(given: Mapping[str, Any], environ: Mapping[str, str] | None = None) -> Settings:
    """Read the user's config and lay the command line's `given` values over it; `quiet` is
    --quiet or quiet = true in the config. Raises OptionError on a config of the wrong shape."""
    config = load_config(environ)
    given = dict(given)
    quiet = bool(given.pop("quiet", False)) or bool(config.get("quiet", False))
    return Settings(merged(config, given), quiet, config.warnings)
