"""One value that carries every choice the user can make; the CLI builds it, the API takes it."""

from __future__ import annotations

from dataclasses import dataclass

# Limits stop abuse, not normal pages: SingleFile captures with inline images run to 50 MB.
MAX_INPUT_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True)
class Options:
    to: str = "json"
    """Output format name: json, html, md, txt (more as writers are registered)."""
    max_input_bytes: int = MAX_INPUT_BYTES
    complete_ratio: float = 0.8
    """Recovered words below this share of the page's claimed word count mark it incomplete."""
    rules_files: tuple[str, ...] = ()
    """Extra clutter-rule TOML files merged over the shipped data/clutter.toml."""
