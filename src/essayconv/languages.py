"""What essayconv knows about the languages it reads, from data/languages.toml: the frequent words
that guess a text's language, and the function words a heading never ends on."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _data() -> dict[str, dict[str, list[str]]]:
    return tomllib.loads(resources.files("essayconv.data").joinpath("languages.toml").read_text("utf-8"))


def frequent_words() -> dict[str, frozenset[str]]:
    """Per language, the words that say a text is in it."""
    return {lang: frozenset(words) for lang, words in _data()["frequent"].items()}


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Every language's function words at once ("of", "de", "von"…)."""
    return frozenset(word for words in _data()["function_words"].values() for word in words)
