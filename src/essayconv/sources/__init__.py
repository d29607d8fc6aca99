"""Inputs → `Page`: raw bytes with what is known of their origin and kind."""

from .page import Page, PageKind, display_name, read_page, page_from_bytes

__all__ = ["Page", "PageKind", "display_name", "read_page", "page_from_bytes"]
