"""One value that carries every choice the user can make; the CLI builds it, the API takes it."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import OptionError

# Limits stop abuse, not normal pages: SingleFile captures with inline images run to 50 MB.
MAX_INPUT_BYTES = 256 * 1024 * 1024
STYLES = ("default", "mla", "apa", "handout")


@dataclass(frozen=True)
class Options:
    to: str = "json"
    """Output format name: json, html, md, txt, pdf."""
    max_input_bytes: int = MAX_INPUT_BYTES
    complete_ratio: float = 0.8
    """Recovered words below this share of the page's claimed word count mark it incomplete."""
    rules_files: tuple[str, ...] = ()
    """Extra clutter-rule TOML files merged over the shipped data/clutter.toml."""
    profile_dirs: tuple[str, ...] = ()
    """Folders of extra site profiles (*.toml); a profile replaces a shipped one of the same name."""
    site_profiles: bool = True
    """False sends every page down the generic path (to compare, or when a profile misfires)."""
    convert_seconds: float = 120
    """Wall-time limit for reading and cleaning one page (limits.CONVERT_SECONDS); 0 turns it off."""

    # ---- print (PDF, and DOCX where it applies)
    style: str = "default"
    css_files: tuple[str, ...] = ()
    page_size: str | None = None
    """letter, a4, … or any CSS `size` value; None keeps the style's own."""
    margins: str | None = None
    """A CSS length or 1–4 lengths ("1in", "2cm 2.5cm"); None keeps the style's own."""
    font_size: str | None = None
    line_spacing: float | None = None
    gaps: str = "mark"
    """"mark" shows a […] note where the source hid text; "hide" leaves no trace in print."""
    author: str | None = None
    instructor: str | None = None
    course: str | None = None
    date: str | None = None
    affiliation: str | None = None
    """The APA title page's affiliation line (school, department)."""
    source_url: str | None = None
    """The address printed as the source instead of the page's own; never a local path."""
    no_source: bool = False
    """Print no source line and leave the source out of the metadata."""
    reference_doc: str | None = None
    """A user's (pandoc) reference.docx whose styles the DOCX takes instead of the style's own."""
    line_numbers: bool = False
    """Number every fifth line in the margin (DOCX: native line numbering; PDF: on measured baselines)."""
    pdf_variant: str | None = None
    """Passed to WeasyPrint: pdf/a-3u, pdf/ua-1, …"""
    render_timeout: float = 120.0
    """Seconds one document may take to render before it is abandoned."""
    render_memory: int = 2 * 1024 ** 3
    """Bytes of address space the rendering process may use."""


LINE_SPACING = (0.5, 4.0)


def checked_line_spacing(value: float) -> float:
    """--line-spacing as a multiple of the font size, within what prints legibly."""
    low, high = LINE_SPACING
    if not low <= value <= high:
        raise OptionError(f"--line-spacing must be between {low:g} and {high:g}")
    return value


# Which output formats each print option changes; given for any other format it does nothing, and
# the CLI says so in one line (names as on the command line).
OPTION_FORMATS: dict[str, tuple[str, ...]] = {
    "style": ("pdf", "docx"),
    "css_files": ("pdf",),
    "page_size": ("pdf", "docx"),
    "margins": ("pdf", "docx"),
    "font_size": ("pdf", "docx"),
    "line_spacing": ("pdf", "docx"),
    "instructor": ("pdf", "docx"),
    "course": ("pdf", "docx"),
    "date": ("pdf", "docx"),
    "affiliation": ("pdf", "docx"),
    "reference_doc": ("docx",),
    "line_numbers": ("pdf", "docx"),
    "pdf_variant": ("pdf",),
    # the printed source line and the metadata that mirrors it (JSON keeps the input's name)
    "source_url": ("pdf", "docx", "html"),
    "no_source": ("pdf", "docx", "html"),
}
FLAG_NAMES = {"css_files": "--css", "source_url": "--source"}


def flag_name(field: str) -> str:
    return FLAG_NAMES.get(field, "--" + field.replace("_", "-"))


# Options only some styles print (the MLA heading block, the APA title page).
OPTION_STYLES: dict[str, tuple[str, ...]] = {
    "instructor": ("mla", "apa"),
    "course": ("mla", "apa"),
    "date": ("mla", "apa"),
    "affiliation": ("apa",),
}


def ineffective_options(fmt: str, given: tuple[str, ...] | list[str] | set[str],
                        style: str = "default") -> tuple[str, ...]:
    """One warning per option the user gave that does nothing for format `fmt` in `style`."""
    for_format = [f"{flag_name(name)} has no effect on {fmt.upper()} output"
                  for name in OPTION_FORMATS if name in given and fmt not in OPTION_FORMATS[name]]
    for_style = [f"{flag_name(name)} has no effect in the {style} style (only {', '.join(styles)})"
                 for name, styles in OPTION_STYLES.items()
                 if name in given and fmt in OPTION_FORMATS[name] and style not in styles]
    return tuple(for_format + for_style)
