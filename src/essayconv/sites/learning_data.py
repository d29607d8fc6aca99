"""The shipped site-learning data (data/site_learning.toml), read once.

Apart from sites/template.py so that a conversion, whose cleaner asks only for the essay's own
headings, does not import the template learner (its dataclasses, hashlib) at every start."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources

from ..model import clean_whitespace


@lru_cache(maxsize=1)
def learning_data() -> dict:
    return tomllib.loads(resources.files("essayconv.data").joinpath("site_learning.toml").read_text("utf-8"))


@lru_cache(maxsize=1)
def essay_headings() -> frozenset[str]:
    """The headings an essay gives its own parts ([essay] headings), case-folded."""
    return frozenset(h.casefold() for h in learning_data()["essay"]["headings"])


def is_essay_heading(text: str) -> bool:
    """A line naming a part every essay may have ("Introduction", "Conclusion:"), its stops and colon
    and its spacing aside: the essay's own heading, never a label of the page's."""
    return clean_whitespace(text).strip(" .:").casefold() in essay_headings()
