"""HTML → PDF with WeasyPrint, sandboxed. The only module that imports WeasyPrint.

Nothing rendered may reach the network or read a file the user did not give: every HTML and CSS
object gets a `SandboxFetcher`, which serves `data:` URLs and files inside the bundled styles
folder and refuses everything else (http, https, ftp, file outside styles/, redirects).
"""

from __future__ import annotations

import base64
import logging
import mimetypes
import os
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

MAX_DATA_URL_BYTES = 32 * 1024 * 1024
# fontTools stamps the subset fonts with the current time unless this is set: any fixed moment
# makes two runs byte-identical.
REPRODUCIBLE_EPOCH = "315532800"  # 1980-01-01, the zip epoch


class SandboxFetcher(URLFetcher):
    """A URL fetcher that never touches the network."""

    def __init__(self, allowed_dirs: tuple[Path, ...]) -> None:
        super().__init__(timeout=1, allow_redirects=False, fail_on_errors=False)
        self.allowed_dirs = tuple(d.resolve() for d in allowed_dirs)
        self.refused: list[str] = []

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> URLFetcherResponse:
        scheme = url.split(":", 1)[0].lower()
        if scheme == "data":
            return self._data(url)
        if scheme == "file":
            path = Path(url2pathname(unquote(urlsplit(url).path))).resolve()
            if any(path.is_relative_to(d) for d in self.allowed_dirs) and path.is_file():
                kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": kind})
        self.refused.append(url[:200])
        raise ValueError(f"essayconv renders offline; refused {url[:80]}")

    def _data(self, url: str) -> URLFetcherResponse:
        header, _, payload = url[5:].partition(",")
        if len(payload) > MAX_DATA_URL_BYTES * 4 // 3 + 16:
            self.refused.append("data: URL over the size limit")
            raise ValueError("data: URL too large")
        if header.endswith(";base64"):
            body = base64.b64decode(payload + "=" * (-len(payload) % 4))
            header = header[: -len(";base64")]
        else:
            body = unquote(payload).encode("utf-8")
        return URLFetcherResponse(url, body, {"Content-Type": header or "text/plain"})


def render_pdf(html: str, stylesheets: tuple[Path, ...], extra_css: str, *, styles_dir: Path,
               pdf_variant: str | None = None) -> bytes:
    """Lay out `html` with the style sheets (files, then extra CSS text) and return PDF bytes."""
    os.environ.setdefault("SOURCE_DATE_EPOCH", REPRODUCIBLE_EPOCH)
    # WeasyPrint reports refused resources and unsupported CSS as warnings; the sandbox expects
    # the former and the latter is the style author's business, not the user's.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    fetcher = SandboxFetcher((styles_dir,))
    fonts = FontConfiguration()  # @font-face only works when the same one reaches CSS and write_pdf
    base_url = styles_dir.as_uri() + "/"
    sheets = [CSS(string=path.read_text("utf-8"), base_url=base_url, url_fetcher=fetcher, font_config=fonts)
              for path in stylesheets]
    if extra_css:
        sheets.append(CSS(string=extra_css, base_url=base_url, url_fetcher=fetcher, font_config=fonts))
    document = HTML(string=html, base_url=base_url, url_fetcher=fetcher)
    options: dict[str, object] = {"pdf_variant": pdf_variant} if pdf_variant else {}
    if pdf_variant and "ua" in pdf_variant:
        options["pdf_tags"] = True
    return document.write_pdf(stylesheets=sheets, font_config=fonts, **options)


def warm_up(styles_dir: Path) -> bytes:
    """Import-time and first-use costs (fontconfig, the bundled fonts, layout caches) paid ahead,
    while the parent is still reading the page."""
    return render_pdf("<p>warm <em>up</em> <strong>now</strong></p>", (styles_dir / "fonts.css", styles_dir / "base.css"),
                      "", styles_dir=styles_dir)
