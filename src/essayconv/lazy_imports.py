"""Imports that a one-shot command pays for only when it uses them.

BeautifulSoup imports soupsieve (its CSS selectors, ~40 ms of regex compiling) and chardet (its
encoding guesser, ~10 ms) as it loads, yet most conversions never run a selector (only some site
profiles do) and never let bs4 guess an encoding (the page reaches it decoded). A one-shot
`convert` puts a stand-in for each in `sys.modules` first: importing it then costs nothing, and
the first use of any of its attributes imports the real module and makes the stand-in a copy of
it, so behaviour is unchanged.

(Not `importlib.util.LazyLoader`: in Python 3.11 a second `import soupsieve`, as bs4 does, reads
the module's `__spec__` and that alone loads a lazy module.)
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from types import ModuleType

DEFERRED = ("soupsieve", "chardet")
"""What bs4 imports eagerly and a typical page never uses."""


class _StandIn(ModuleType):
    """A module that imports the real one the first time an attribute it lacks is asked for."""

    def __getattr__(self, attribute: str) -> object:
        name = self.__name__
        if sys.modules.get(name) is self:
            del sys.modules[name]  # let the import system load the real module in our place
        real = importlib.import_module(name)
        # whoever kept the stand-in (bs4's `soupsieve` global) now finds every name directly
        self.__dict__.update(real.__dict__)
        return getattr(real, attribute)


def defer(names: tuple[str, ...] = DEFERRED) -> list[str]:
    """Put a stand-in in `sys.modules` for each module of `names` not yet imported (and
    installed); return the names deferred. Only for single-threaded commands: two threads
    touching a stand-in at once could both import the real module."""
    deferred = []
    for name in names:
        if name in sys.modules:
            continue
        spec = importlib.util.find_spec(name)
        if spec is None:
            continue  # not installed: bs4 copes without it, as before
        stand_in = _StandIn(name)
        stand_in.__spec__ = spec  # the import system reads it when the name is imported again
        sys.modules[name] = stand_in
        deferred.append(name)
    return deferred
