"""HTML → PDF with WeasyPrint, sandboxed. The only module that imports WeasyPrint.

Nothing rendered may reach the network or read a file the user did not give: every HTML and CSS
object gets a `SandboxFetcher`, which serves `data:` URLs and files inside the bundled styles
folder and refuses everything else (http, https, ftp, file outside styles/, redirects).
"""

from __future__ import annotations

import base64
import contextlib
import ctypes.util
import io
import logging
import mimetypes
import os
import sys
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname


@contextlib.contextmanager
def _no_library_search() -> Iterator[None]:
    """While WeasyPrint loads, `ctypes.util.find_library` finds nothing, at once.

    WeasyPrint tries each native library under several names (Windows', macOS', Linux's: for
    Pango "libpango-1.0-0", "pango-1.0-0", "pango-1.0", "libpango-1.0.so.0", …), and cffi hands
    every name it cannot dlopen as given to find_library, which on Linux runs ldconfig, gcc and ld
    for each: some 60 processes and ~170 ms of CPU per render child, a fifth of laying out a
    one-page essay. Every list holds the library's file name for each system
    ("libpango-1.0.so.0"), which dlopen finds on its own, so the same libraries load."""
    search = ctypes.util.find_library
    ctypes.util.find_library = lambda name: None
    try:
        yield
    finally:
        ctypes.util.find_library = search


def _load_weasyprint() -> None:
    """Import WeasyPrint without the library search; where a library loads only through that
    search (a system naming its files otherwise), forget the half-imported package and import it
    again with the search as WeasyPrint expects it."""
    try:
        with _no_library_search(), contextlib.redirect_stdout(io.StringIO()):  # its "could not import" banner
            import weasyprint  # noqa: F401
    except OSError:
        for name in [n for n in sys.modules if n == "weasyprint" or n.startswith("weasyprint.")]:
            del sys.modules[name]
        import weasyprint  # noqa: F401


_load_weasyprint()

from weasyprint import CSS, HTML  # noqa: E402 - after _load_weasyprint, which decides how it loads
from weasyprint.text.fonts import FontConfiguration  # noqa: E402
from weasyprint.urls import URLFetcher, URLFetcherResponse  # noqa: E402

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


def _prepare(stylesheets: tuple[Path, ...], extra_css: str, styles_dir: Path) -> tuple[SandboxFetcher, FontConfiguration, list[CSS], str]:
    """The sandboxed fetcher, the font configuration (@font-face only works when the same one
    reaches CSS and write_pdf) and the style sheets, shared by every render."""
    os.environ.setdefault("SOURCE_DATE_EPOCH", REPRODUCIBLE_EPOCH)
    # WeasyPrint reports refused resources and unsupported CSS as warnings; the sandbox expects
    # the former and the latter is the style author's business, not the user's.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    fetcher = SandboxFetcher((styles_dir,))
    fonts = FontConfiguration()
    base_url = styles_dir.as_uri() + "/"
    sheets = [CSS(string=path.read_text("utf-8"), base_url=base_url, url_fetcher=fetcher, font_config=fonts)
              for path in stylesheets]
    if extra_css:
        sheets.append(CSS(string=extra_css, base_url=base_url, url_fetcher=fetcher, font_config=fonts))
    return fetcher, fonts, sheets, base_url


def render_pdf(html: str, stylesheets: tuple[Path, ...], extra_css: str, *, styles_dir: Path,
               pdf_variant: str | None = None, number_lines_every: int = 0) -> bytes:
    """Lay out `html` with the style sheets (files, then extra CSS text) and return PDF bytes;
    with `number_lines_every`, number the lines of each `.essay-body` (see below)."""
    if number_lines_every:
        return render_packet(html, stylesheets, extra_css, styles_dir=styles_dir, pdf_variant=pdf_variant,
                             number_lines_every=number_lines_every)
    fetcher, fonts, sheets, base_url = _prepare(stylesheets, extra_css, styles_dir)
    document = HTML(string=html, base_url=base_url, url_fetcher=fetcher)
    return document.write_pdf(stylesheets=sheets, font_config=fonts, **_variant_options(pdf_variant))


def _variant_options(pdf_variant: str | None) -> dict[str, object]:
    options: dict[str, object] = {"pdf_variant": pdf_variant} if pdf_variant else {}
    if pdf_variant and "ua" in pdf_variant:
        options["pdf_tags"] = True
    return options


def ready() -> None:
    """Nothing to do: asking a render worker for this imports this module, and with it WeasyPrint,
    while the parent is still reading the page."""


# ---------------------------------------------------------------- packets and line numbers
# CSS has no line numbering, so numbers are placed against the lines as actually laid out: the
# packet is laid out once, its line boxes are read (WeasyPrint internals, kept to this section),
# the PDF is written from that same layout, and an overlay carrying each fifth number on its
# line's baseline is stamped onto the pages.

NUMBER_CSS = ".n { position: absolute; width: 30px; text-align: right; font-family: 'Essay Sans', sans-serif; " \
             "font-size: 8pt; line-height: 1; color: #444; }"


def _line_boxes(box: Any) -> Iterator[Any]:
    stack = [box]
    while stack:
        current = stack.pop()
        if type(current).__name__ == "LineBox":
            yield current
            continue
        stack.extend(reversed(getattr(current, "children", ())))


def _essay_of(element: Any, parents: dict[Any, Any]) -> str | None:
    """The id of the article whose .essay-body holds this element, or None outside any body.
    (WeasyPrint's tree is xml.etree: no parent links, hence the map.)"""
    in_body = False
    node = element
    while node is not None:
        if "essay-body" in (node.get("class") or "").split():
            in_body = True
        if in_body and node.tag.rsplit("}", 1)[-1] == "article":
            return node.get("id")
        node = parents.get(node)
    return None


def numbered_lines(document: Any, root_element: Any, every: int) -> list[tuple[int, float, float, int]]:
    """(page index, x, baseline y, number) in CSS px for every `every`th line of each essay body,
    counting from 1 in each essay."""
    parents = {child: parent for parent in root_element.iter() for child in parent}
    counts: dict[str, int] = {}
    marks: list[tuple[int, float, float, int]] = []
    for index, page in enumerate(document.pages):
        root = page._page_box.children[0] if page._page_box.children else page._page_box
        left = root.content_box_x()
        for line in _line_boxes(page._page_box):
            if line.element is None or not "".join(getattr(t, "text", "") for t in line.descendants()).strip():
                continue
            essay = _essay_of(line.element, parents)
            if essay is None:
                continue
            counts[essay] = counts.get(essay, 0) + 1
            if counts[essay] % every == 0:
                marks.append((index, left, line.position_y + line.baseline, counts[essay]))
    return marks


def _overlay(marks: list[tuple[int, float, float, int]], pages: list[Any], fonts: FontConfiguration,
             styles_dir: Path, fetcher: SandboxFetcher) -> bytes:
    base_url = styles_dir.as_uri() + "/"
    # no page margin and no body margin: each .p box is exactly its page (the user agent's 8 px body
    # margin would push the first page's numbers 6 pt below their lines)
    sheets = [CSS(string=(styles_dir / "fonts.css").read_text("utf-8") + NUMBER_CSS + "@page { margin: 0 } body { margin: 0 }",
                  base_url=base_url, url_fetcher=fetcher, font_config=fonts)]
    # where a number's baseline falls when its box sits at top: 0 — measured, not guessed
    probe = HTML(string='<span class="n" style="top:0;left:0">10</span>', base_url=base_url, url_fetcher=fetcher)
    offset = next(line.position_y + line.baseline
                  for line in _line_boxes(probe.render(stylesheets=sheets, font_config=fonts).pages[0]._page_box))
    width, height = pages[0].width, pages[0].height
    parts = [f"<style>@page {{ size: {width}px {height}px }} .p {{ position: relative; height: {height}px; "
             f"break-after: page; }}</style>"]
    by_page: dict[int, list[tuple[float, float, int]]] = {}
    for index, left, baseline, number in marks:
        by_page.setdefault(index, []).append((left, baseline, number))
    for index in range(len(pages)):
        spans = "".join(f'<span class="n" style="left:{left - 46:.3f}px;top:{baseline - offset:.3f}px">{number}</span>'
                        for left, baseline, number in by_page.get(index, ()))
        parts.append(f'<div class="p">{spans}</div>')
    overlay = HTML(string="".join(parts), base_url=base_url, url_fetcher=fetcher)
    return overlay.write_pdf(stylesheets=sheets, font_config=fonts)


def _stamp(pdf: bytes, overlay: bytes) -> bytes:
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    stamps = PdfReader(io.BytesIO(overlay)).pages
    for page, stamp in zip(writer.pages, stamps):
        page.merge_page(stamp)
    writer.add_metadata({key: value for key, value in (writer.metadata or {}).items()})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def render_packet(html: str, stylesheets: tuple[Path, ...], extra_css: str, *, styles_dir: Path,
                  number_lines_every: int = 0, pdf_variant: str | None = None) -> bytes:
    fetcher, fonts, sheets, base_url = _prepare(stylesheets, extra_css, styles_dir)
    source = HTML(string=html, base_url=base_url, url_fetcher=fetcher)
    document = source.render(stylesheets=sheets, font_config=fonts, **_variant_options(pdf_variant))
    pdf = document.write_pdf()
    if not number_lines_every:
        return pdf
    marks = numbered_lines(document, source.etree_element, number_lines_every)
    return _stamp(pdf, _overlay(marks, document.pages, fonts, styles_dir, fetcher))
