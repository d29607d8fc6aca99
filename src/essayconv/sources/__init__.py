"""Inputs → `Page`: raw bytes with what is known of their origin and kind."""

from .page import Page, PageKind, read_page, page_from_bytes

__all__ = ["Page", "PageKind", "read_page", "page_from_bytes"]
