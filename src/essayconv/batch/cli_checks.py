"""What `-o` means for a batch, checked against `--to` before anything is read or made."""

from __future__ import annotations

from pathlib import Path

# Suffixes that name one file: an -o ending in one of them is not a folder of outputs.
FILE_SUFFIXES = (".json", ".jsonl", ".html", ".htm", ".md", ".txt", ".pdf", ".docx", ".zip")
JSONL_STDOUT_FOLDER = ".essayconv-batch"
"""Where the report goes when the JSONL goes to stdout."""


def batch_target(output: str, fmt: str) -> tuple[str, str | None]:
    """(output folder, JSONL target or None) for `-o output --to fmt`; ValueError, with the fix in
    its message, when the name says one file but the format writes a folder, or the reverse."""
    path = Path(output)
    suffix = path.suffix.lower()
    looks_like_file = suffix in FILE_SUFFIXES and not path.is_dir() and not output.endswith(("/", "\\"))
    if fmt == "jsonl":
        if output == "-":
            return JSONL_STDOUT_FOLDER, "-"
        if suffix == ".jsonl" and not path.is_dir():
            return str(path.parent), output
        if looks_like_file:
            raise ValueError(f"-o {output}: --to jsonl writes one JSON-lines file; name it {path.with_suffix('.jsonl')} "
                             f"(or give a folder, for FOLDER/essays.jsonl)")
        return output, None
    if output == "-":
        raise ValueError(f"-o -: --to {fmt} writes one file per input into a folder; give a folder, or use "
                         f"--to jsonl -o - for one stream")
    if looks_like_file:
        raise ValueError(f"-o {output} names a file, but batch --to {fmt} writes one file per input into a folder: "
                         f"give a folder (-o {path.with_suffix('')}/), or use --to jsonl -o {path.with_suffix('.jsonl')} "
                         f"for one file, or `essayconv convert` for a single input")
    if path.exists() and not path.is_dir():
        raise ValueError(f"-o {output} is an existing file; batch writes into a folder")
    return output, None
