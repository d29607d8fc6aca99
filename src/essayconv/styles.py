"""Where the style files live: inside the installed package (wheel), or at the top of a source
checkout (editable install). One place, so no module guesses paths of its own."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .errors import InputError, OptionError
from .options import STYLES


@lru_cache(maxsize=1)
def styles_dir() -> Path:
    package = Path(__file__).resolve().parent
    for candidate in (package / "styles", package.parent.parent / "styles"):
        if (candidate / "base.css").is_file():
            return candidate
    raise InputError("the style files are missing from this installation (styles/base.css)")


def style_css(name: str) -> Path:
    if name not in STYLES:
        raise OptionError(f"--style: unknown style '{name}' (choose from {', '.join(STYLES)})")
    return styles_dir() / f"{name}.css"
