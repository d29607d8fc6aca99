"""The only exceptions essayconv raises on purpose. The CLI maps each to an exit code and prints
its message on one line after the file name; anything else escaping is a bug."""

from __future__ import annotations


class EssayconvError(Exception):
    """Base class. `exit_code` is what the CLI exits with for this file."""

    exit_code = 1

    def __init__(self, reason: str, source: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}" if self.source else self.reason


class InputError(EssayconvError):
    """The input could not be read (missing, unreadable, binary, too large, malformed)."""


class NoEssayError(EssayconvError):
    """The page holds no essay: a bot wall, a script-loaded preview, a page of links."""

    exit_code = 3


class OutputError(EssayconvError):
    """The output could not be written (or would overwrite the input)."""


class OptionError(EssayconvError):
    """An option's value is unusable (an unknown style, a margin that is not a length)."""

    exit_code = 2
