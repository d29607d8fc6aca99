"""The command line: parse flags into Options, call the library, report. No logic of its own.

Exit codes: 0 ok · 1 the input could not be read or converted · 2 usage · 3 no essay in the page.
"""

from __future__ import annotations

import sys

import click

from . import __version__
from .errors import EssayconvError
from .options import Options


def _fail(error: EssayconvError) -> "NoReturn":  # noqa: F821
    click.echo(f"essayconv: {error}", err=True)
    sys.exit(error.exit_code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="essayconv")
def main() -> None:
    """Turn scraped essay pages into clean documents (JSON, HTML, Markdown, text)."""


_rules_option = click.option(
    "--rules", "rules_files", multiple=True, metavar="FILE",
    help="Extra clutter rules (TOML, same shape as the shipped data/clutter.toml); repeatable.")


@main.command()
@click.argument("input_path", metavar="INPUT")
@click.option("-o", "--output", help="Output file; '-' writes to stdout. Default: stdout.")
@click.option("--to", "to", help="Output format: json, html, md, txt (default: from the output's extension, else json).")
@_rules_option
def convert(input_path: str, output: str | None, to: str | None, rules_files: tuple[str, ...]) -> None:
    """Convert one page (HTML, MHTML or a text dump; '-' reads stdin)."""
    from .api import load, render
    from .output import write_output
    from .write import format_for

    try:
        fmt = format_for(output, to)
        options = Options(to=fmt, rules_files=rules_files)
        document = load(input_path, options=options)
        data = render(document, fmt, options)
        write_output(output or "-", data, inputs=(input_path,))
    except EssayconvError as error:
        _fail(error if error.source else type(error)(error.reason, input_path))


@main.command()
@click.argument("input_path", metavar="INPUT")
@_rules_option
def inspect(input_path: str, rules_files: tuple[str, ...]) -> None:
    """Show what was kept and what was removed from a page, and why."""
    from .api import load
    from .report import describe

    try:
        document = load(input_path, options=Options(rules_files=rules_files))
    except EssayconvError as error:
        _fail(error if error.source else type(error)(error.reason, input_path))
    click.echo(describe(document))


if __name__ == "__main__":  # pragma: no cover
    main()
