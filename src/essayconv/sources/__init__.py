"""Inputs → `Page`: raw bytes with what is known of their origin and kind; `Page.decoded()` is
its text, decoded the way browsers do."""

from .page import Decoded, Page, PageKind, display_name, page_from_bytes, read_page

__all__ = ["Decoded", "Page", "PageKind", "display_name", "page_from_bytes", "read_page"]
