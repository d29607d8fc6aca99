"""essayconv: scraped essay pages in, clean print-ready documents out.

    >>> import essayconv
    >>> document = essayconv.load("page.html")
    >>> pdf_bytes = essayconv.render(document, "json")
"""

from .api import convert, load, render
from .errors import EssayconvError, InputError, NoEssayError, OutputError
from .limits import RenderWorker
from .model import Document
from .options import Options

__version__ = "0.1.0"
__all__ = ["load", "convert", "render", "Document", "Options", "RenderWorker", "EssayconvError", "InputError",
           "NoEssayError", "OutputError", "__version__"]
