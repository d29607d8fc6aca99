"""Document → DOCX that can be handed in or printed as is.

The look comes from a reference document per style (styles/<style>.docx, built from
styles/docx.toml by `reference.build_reference`), or from the user's own pandoc reference.docx.
The layout rules (MLA heading block, APA title page, running heads, Works Cited on a new page)
come from the same TOML. By concern: `reference` (reference documents), `page` (page setup,
running heads, body type), `body` (the essay's content), `packet` (class packets). Raw XML is
confined to `write/_ooxml.py`.
"""

from __future__ import annotations

from docx.enum.section import WD_SECTION_START

from ...model import Document
from ...options import Options
from .. import _ooxml
from ..print_html import surname
from ..provenance import public_source
from .body import body, front_matter, references, word_language
from .page import body_type, page_setup, running_heads
from .reference import build_reference, open_reference, spec_for, stamp_properties, style_specs

__all__ = ["build_reference", "spec_for", "style_specs", "write"]


def write(document: Document, options: Options) -> bytes:
    spec = spec_for(options.style)
    out = open_reference(options)
    body_type(out, options)
    _ooxml.clear_body(out)
    section = out.sections[0]
    section.start_type = WD_SECTION_START.NEW_PAGE
    # a user's reference document keeps its own page unless the command line sets one
    if not options.reference_doc or options.page_size or options.margins:
        page_setup(section, spec["page"], options)
    _ooxml.ensure_character_style(out, "Hyperlink")
    values = {"surname": surname(options.author or document.metadata.author) or "", "title": document.title or ""}
    running_heads(section, spec["page"], values)
    if options.line_numbers:
        _ooxml.set_line_numbers(section)
    layout = spec.get("layout", {})
    front_matter(out, document, options, layout)
    body(out, document.blocks, options)
    references(out, document, options, layout)
    if document.metadata.lang:
        _ooxml.set_language(out, word_language(document.metadata.lang))
    stamp_properties(out, title=document.title or "", author=options.author or document.metadata.author or "",
                     last_modified_by="essayconv", subject=public_source(document, options) or "",
                     keywords=document.metadata.site, comments="", category="",
                     language=document.metadata.lang or "")
    return _ooxml.reproducible_bytes(out)
