"""Where a printed essay says it came from. Only an address the world can open is ever printed or
put in metadata: a page saved to disk has a local path as its `source`, and that path (a user's
home folder, their name) must not reach paper, a packet handed to thirty pupils, or a PDF's /Subject."""

from __future__ import annotations

from ..errors import OptionError
from ..model import Document
from ..options import Options

_PUBLIC_SCHEMES = ("http://", "https://")


def public_source(document: Document, options: Options) -> str | None:
    """--source when given, nothing with --no-source, else the page's own web address, if any."""
    if options.no_source:
        return None
    if options.source_url:
        check_source_option(options.source_url)  # the library holds the same rule as the CLI
        return options.source_url
    url = document.metadata.url or ""
    return url if url.lower().startswith(_PUBLIC_SCHEMES) else None


def source_line(document: Document, options: Options) -> str | None:
    """"Source: site · address" under the title, or None when there is no public address."""
    url = public_source(document, options)
    if not url:
        return None
    site = document.metadata.site
    return "Source: " + " · ".join(p for p in (site if site not in ("generic", "text") else None, url) if p)


def check_source_option(value: str | None) -> None:
    """--source must be a web address: the option exists so that no local path is printed."""
    if value is not None and not value.lower().startswith(_PUBLIC_SCHEMES):
        raise OptionError(f"--source takes the page's web address (http:// or https://), not {value[:80]!r}")
