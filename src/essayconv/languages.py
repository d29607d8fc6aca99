"""What essayconv knows about the languages it reads, from data/languages.toml: the frequent words
that guess a text's language (`guess_language`), and the function words a heading never ends on."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from functools import lru_cache
from importlib import resources

from .regexes import compile_regex


@lru_cache(maxsize=1)
def _data() -> dict[str, dict[str, list[str]]]:
    return tomllib.loads(resources.files("essayconv.data").joinpath("languages.toml").read_text("utf-8"))


def frequent_words() -> dict[str, frozenset[str]]:
    """Per language, the words that say a text is in it."""
    return {lang: frozenset(words) for lang, words in _data()["frequent"].items()}


@lru_cache(maxsize=1)
def hyphen_prefixes() -> frozenset[str]:
    """Prefixes that keep their hyphen when a word is broken after them at a line end ("self-evident")."""
    return frozenset(word for words in _data().get("hyphen_prefixes", {}).values() for word in words)


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Every language's function words at once ("of", "de", "von"…)."""
    return frozenset(word for words in _data()["function_words"].values() for word in words)


def guess_language(text: str) -> str | None:
    """The language whose frequent words the text uses most (its first 20,000 characters), or None when
    the text is too short or uses none of them: a page that does not say its language."""
    words = Counter(w.lower() for w in re.findall(r"[^\W\d_]+", text[:20000]))
    if sum(words.values()) < 20:
        return None
    scores = {lang: sum(words[w] for w in stop) for lang, stop in frequent_words().items()}
    lang, best = max(scores.items(), key=lambda item: item[1])
    return lang if best >= 5 else None


_SCRIPTS = {  # the writing systems an essay page is written in, as classes of letters
    "latin": compile_regex(r"[A-Za-z\u00c0-\u024f]"), "greek": compile_regex(r"[\u0370-\u03ff]"),
    "cyrillic": compile_regex(r"[\u0400-\u052f]"), "hebrew": compile_regex(r"[\u0590-\u05ff]"),
    "arabic": compile_regex(r"[\u0600-\u06ff]"), "indic": compile_regex(r"[\u0900-\u0dff]"),
    "thai": compile_regex(r"[\u0e00-\u0e7f]"), "hangul": compile_regex(r"[\u1100-\u11ff\uac00-\ud7af]"),
    "cjk": compile_regex(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"),
}
_LETTER = compile_regex(r"[^\W\d_]")


def script_of(text: str) -> tuple[str | None, int]:
    """The writing system most of the text's letters are in ("latin", "cjk", "cyrillic" …), and how many
    letters it holds in all; None when it has none. Unlike the language, told from a line of a few words."""
    letters = len(_LETTER.findall(text))
    if not letters:
        return None, 0
    counts = {name: len(pattern.findall(text)) for name, pattern in _SCRIPTS.items()}
    name, most = max(counts.items(), key=lambda item: item[1])
    return (name if most else "other"), letters
