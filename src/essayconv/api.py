"""The library API the CLI (and other programs) call."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import InputError
from .limits import RenderWorker, time_limit
from .model import Document
from .options import Options
from .sources import Page, page_from_bytes, read_page


def load_page(page: Page, options: Options = Options()) -> Document:
    from .clean import clean
    from .extract import extract
    from .profiles import load_profiles
    from .rules import load_rules

    rules = load_rules(tuple(Path(f) for f in options.rules_files))
    profiles = load_profiles(tuple(options.profile_dirs)) if options.site_profiles else ()
    try:
        with time_limit(options.convert_seconds, page.source):
            extracted = extract(page, rules, profiles)
            document = clean(extracted, page.source, rules, options)
    except MemoryError:
        raise InputError("reading the page needed more memory than the limit allows; given up",
                         page.source) from None
    return _profile_template(document, profiles, rules, options)


def _profile_template(document: Document, profiles: tuple, rules, options: Options) -> Document:  # noqa: ANN001
    """A profile that carries a site's learned template ([template], written by `essayconv learn`)
    removes it from the pages it recognises."""
    profile = next((p for p in profiles if p.name == document.metadata.site), None)
    if profile is None or not profile.has_template:
        return document
    from .sites.template import apply_template, profile_template

    return apply_template(document, profile_template(profile), rules.counter.number_unit,
                          complete_ratio=options.complete_ratio, rest=rules.counter.rest_phrase).document


def load(source: str | os.PathLike[str] | bytes, *, name: str = "<bytes>",
         options: Options = Options()) -> Document:
    """Read a page (a path, "-" for stdin, or the page's bytes) into a clean Document.

    Raises InputError (unreadable input) or NoEssayError (the page holds no essay)."""
    if isinstance(source, bytes):
        if len(source) > options.max_input_bytes:
            raise InputError(f"the input is over the {options.max_input_bytes // 2**20} MiB limit", name)
        page = page_from_bytes(source, name)
    else:
        page = read_page(source, max_bytes=options.max_input_bytes)
    return load_page(page, options)


def render(document: Document, to: str = "json", options: Options = Options(),
           worker: RenderWorker | None = None) -> bytes:
    """The document as bytes in format `to`. For many PDFs, pass one `RenderWorker` (a context
    manager) so that they share a warm rendering process; each still has its own time limit."""
    from .write import format_for, write

    return write(document, format_for(None, to), options, worker)


def convert(source: str | os.PathLike[str] | bytes, to: str = "json", *, name: str = "<bytes>",
            options: Options = Options()) -> bytes:
    """load() then render(): the bytes of the converted document."""
    return render(load(source, name=name, options=options), to, options)
