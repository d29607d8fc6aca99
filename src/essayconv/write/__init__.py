"""Document → bytes. A registry maps a format name to the module that writes it; modules are
imported only when their format is asked for, so heavy libraries stay out of start-up."""

from __future__ import annotations

from importlib import import_module
from pathlib import Path

from ..errors import EssayconvError
from ..limits import RenderWorker
from ..model import Document
from ..options import Options

WRITERS: dict[str, str] = {
    "json": "essayconv.write.json_writer",
    "html": "essayconv.write.html_writer",
    "md": "essayconv.write.markdown_writer",
    "txt": "essayconv.write.text_writer",
    "pdf": "essayconv.write.pdf_writer",
    "docx": "essayconv.write.docx",
}
EXTENSIONS: dict[str, str] = {
    ".json": "json", ".html": "html", ".htm": "html", ".xhtml": "html",
    ".md": "md", ".markdown": "md", ".txt": "txt", ".text": "txt", ".pdf": "pdf", ".docx": "docx",
}


class UnknownFormat(EssayconvError):
    exit_code = 2


def format_for(path: str | None, explicit: str | None) -> str:
    """The output format: --to when given, else the output file's extension, else JSON."""
    if explicit:
        name = explicit.lower().lstrip(".")
        name = {"markdown": "md", "text": "txt", "htm": "html"}.get(name, name)
        if name not in WRITERS:
            raise UnknownFormat(f"unknown format '{explicit}' (choose from {', '.join(sorted(WRITERS))})")
        return name
    if path and path != "-":
        suffix = Path(path).suffix.lower()
        if suffix in EXTENSIONS:
            return EXTENSIONS[suffix]
        raise UnknownFormat(f"cannot tell the format from '{Path(path).name}': add --to "
                            f"({', '.join(sorted(WRITERS))})")
    return "json"


def write(document: Document, fmt: str, options: Options = Options(), worker: RenderWorker | None = None) -> bytes:
    """`worker` (a RenderWorker) lets many PDFs share one warm, limited rendering process."""
    from ..safe_text import PRINTED_OPTIONS, safe_value
    from .conventions import apply_conventions

    # one text for every format: what XML forbids never reaches a writer (see safe_text.py)
    document, options = safe_value(document), safe_value(options, PRINTED_OPTIONS)
    if fmt in ("pdf", "docx"):
        document = apply_conventions(document, options)
    module = import_module(WRITERS[fmt])
    if worker is not None and fmt == "pdf":
        return module.write(document, options, worker)
    return module.write(document, options)
