"""The command line: parse flags into Options, call the library, report. No logic of its own.

Exit codes: 0 ok · 1 the input could not be read or converted · 2 usage · 3 no essay in the page.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import click

from . import __version__
from .errors import EssayconvError, NoEssayError, OptionError
from .options import STYLES, Options


def _fail(error: EssayconvError) -> "NoReturn":  # noqa: F821
    click.echo(f"essayconv: {error}", err=True)
    sys.exit(error.exit_code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="essayconv")
def main() -> None:
    """Turn scraped essay pages into clean documents (JSON, HTML, Markdown, text, PDF, DOCX)."""


def _knowledge(function):  # noqa: ANN001, ANN202 - the options that extend what essayconv knows
    function = click.option("--no-profiles", "generic", is_flag=True,
                            help="Ignore site profiles: every page takes the generic path.")(function)
    function = click.option("--profiles", "profile_dirs", multiple=True, metavar="DIR",
                            help="A folder of extra site profiles (*.toml); repeatable.")(function)
    return click.option("--rules", "rules_files", multiple=True, metavar="FILE",
                        help="Extra clutter rules (TOML, same shape as the shipped data/clutter.toml); repeatable.")(function)




def _configured(rules_files: tuple[str, ...], profile_dirs: tuple[str, ...],
                generic: bool = False) -> dict[str, tuple[str, ...] | bool]:
    """Rules files and profile folders from the config file (ESSAYCONV_CONFIG, else
    ~/.config/essayconv/config.toml: `rules = [...]`, `profiles = [...]`), then the command line's."""
    import os
    import tomllib

    path = Path(os.environ.get("ESSAYCONV_CONFIG") or Path.home() / ".config" / "essayconv" / "config.toml")
    config: dict[str, list[str]] = {}
    if path.is_file():
        try:
            config = tomllib.loads(path.read_text("utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            _fail(EssayconvError(f"cannot read the config file ({error})", str(path)))
    base = path.parent
    resolve = lambda values: tuple(str(base / v) if not Path(v).is_absolute() else v for v in values)  # noqa: E731
    return {"rules_files": resolve(config.get("rules", [])) + rules_files,
            "profile_dirs": resolve(config.get("profiles", [])) + profile_dirs, "site_profiles": not generic}


def _print_options(function):  # noqa: ANN001, ANN202 - a decorator stack shared by print commands
    options = [
        click.option("--style", type=click.Choice(STYLES), default="default", show_default=True,
                     help="Print style for PDF (and DOCX)."),
        click.option("--css", "css_files", multiple=True, metavar="FILE", help="Extra CSS for PDF, after the style; repeatable."),
        click.option("--page-size", metavar="SIZE", help="letter, a4, a5, legal, b5 (default: the style's)."),
        click.option("--margins", metavar="LENGTHS", help='Page margins, e.g. "1in" or "2cm 2.5cm".'),
        click.option("--font-size", metavar="LENGTH", help='Body font size, e.g. "12pt".'),
        click.option("--line-spacing", type=float, metavar="N", help="Line height as a multiple, e.g. 2."),
        click.option("--gaps", type=click.Choice(["mark", "hide"]), default="mark", show_default=True,
                     help="Show a […] note where the site hid text, or leave no trace."),
        click.option("--author", help="Author (MLA/APA heading, running head, metadata)."),
        click.option("--instructor", help="Instructor for the MLA heading block / APA title page."),
        click.option("--course", help="Course for the MLA heading block / APA title page."),
        click.option("--date", help="Date for the MLA heading block / APA title page, as you want it printed."),
        click.option("--pdf-variant", metavar="VARIANT", help="pdf/a-3u, pdf/ua-1, … passed to WeasyPrint."),
        click.option("--reference-doc", metavar="FILE", help="DOCX: take styles from this (pandoc) reference.docx."),
        click.option("--line-numbers", is_flag=True, help="DOCX: number every fifth line in the margin."),
    ]
    for option in reversed(options):
        function = option(function)
    return function


@main.command()
@click.argument("input_path", metavar="INPUT")
@click.option("-o", "--output", help="Output file; '-' writes to stdout. Default: stdout.")
@click.option("--to", "to", help="Output format: json, html, md, txt, pdf, docx (default: from the output's extension, else json).")
@_knowledge
@_print_options
def convert(input_path: str, output: str | None, to: str | None, rules_files: tuple[str, ...],
            profile_dirs: tuple[str, ...], generic: bool, **print_options: object) -> None:
    """Convert one page (HTML, MHTML or a text dump; '-' reads stdin)."""
    from .api import load, render
    from .output import write_output
    from .write import format_for

    try:
        fmt = format_for(output, to)
        if fmt in ("pdf", "docx") and (output is None or output == "-") and sys.stdout.isatty():
            raise OptionError(f"refusing to write {fmt.upper()} to a terminal: give -o FILE or redirect")
        options = Options(to=fmt, **_configured(rules_files, profile_dirs, generic), **print_options)  # type: ignore[arg-type]
        with contextlib.ExitStack() as stack:
            worker = None
            if fmt == "pdf":
                from .write.pdf_writer import start_worker

                # The renderer starts (and imports WeasyPrint) while the page is read and cleaned.
                worker = stack.enter_context(start_worker(options))
            document = load(input_path, options=options)
            data = render(document, fmt, options, worker)
        write_output(output or "-", data, inputs=(input_path,))
    except EssayconvError as error:
        _fail(error if error.source else type(error)(error.reason, input_path))


@main.command()
@click.argument("input_path", metavar="INPUT")
@_knowledge
def inspect(input_path: str, rules_files: tuple[str, ...], profile_dirs: tuple[str, ...], generic: bool) -> None:
    """Show what was kept and what was removed from a page, and why."""
    from .api import load
    from .report import describe

    try:
        document = load(input_path, options=Options(**_configured(rules_files, profile_dirs, generic)))
    except EssayconvError as error:
        _fail(error if error.source else type(error)(error.reason, input_path))
    click.echo(describe(document))


@main.command()
@click.option("--profiles", "profile_dirs", multiple=True, metavar="DIR", help="A folder of extra site profiles.")
def sites(profile_dirs: tuple[str, ...]) -> None:
    """List the site profiles and what each recognises."""
    from .profiles import describe, load_profiles

    try:
        profiles = load_profiles(_configured((), profile_dirs)["profile_dirs"])
    except EssayconvError as error:
        _fail(error)
    for profile in profiles:
        click.echo(f"{profile.name:15} {profile.description}")
        click.echo(f"{'':15} recognised by {describe(profile)}  [{profile.source}]")


@main.command()
@click.argument("inputs", nargs=-1, metavar="INPUT...")
@click.option("-o", "--output", "outdir", required=True, metavar="OUTDIR",
              help="Output folder (mirrors the inputs). With --to jsonl a .jsonl file, '-' or a folder.")
@click.option("--to", "to", default="json", show_default=True, help="json, jsonl, html, md, txt, pdf, docx.")
@click.option("-i", "--input-list", "input_list", metavar="LIST", help="Read input paths from LIST, one per line ('-': stdin).")
@click.option("--parallel", type=click.IntRange(0, 256), default=0, help="Worker processes (default: one per CPU).")
@click.option("--resume", is_flag=True, help="Continue the report (and JSONL): skip inputs an earlier run settled whose output is complete.")
@click.option("--retry-failed", is_flag=True, help="With --resume: try inputs that failed or had no essay again.")
@click.option("--force", is_flag=True, help="Replace outputs that already exist (otherwise they are skipped).")
@click.option("--report", metavar="FILE", help="Report file (JSON lines). Default: OUTDIR/essayconv-report.jsonl.")
@click.option("--scheduler", envvar="DASK_SCHEDULER_ADDRESS", metavar="tcp://HOST:PORT",
              help="Run on a Dask cluster (needs essayconv[dask]; env DASK_SCHEDULER_ADDRESS).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
@_knowledge
@_print_options
def batch(inputs: tuple[str, ...], outdir: str, to: str, input_list: str | None, parallel: int, resume: bool,
          retry_failed: bool, force: bool, report: str | None, scheduler: str | None, quiet: bool,
          rules_files: tuple[str, ...], profile_dirs: tuple[str, ...], generic: bool, **print_options: object) -> None:
    """Convert many pages: folders, globs, zip/tar/WARC/WACZ archives, MHTML, SingleFile pages."""
    from .batch import BatchRequest, run_batch
    from .batch.plan import read_list
    from .write import WRITERS

    fmt = to.lower()
    if fmt not in (*WRITERS, "jsonl"):
        raise click.UsageError(f"unknown format '{to}' (choose from {', '.join(sorted((*WRITERS, 'jsonl')))})")
    names = list(inputs)
    if input_list:
        try:
            names.extend(read_list(input_list))
        except OSError as error:
            _fail(EssayconvError(f"cannot read the list ({error.strerror or error})", input_list))
    if not names:
        raise click.UsageError("give at least one INPUT or -i LIST")
    from .batch.cli_checks import batch_target

    try:
        outdir, jsonl_target = batch_target(outdir, fmt)
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    options = Options(to=fmt, **_configured(rules_files, profile_dirs, generic), **print_options)  # type: ignore[arg-type]
    request = BatchRequest(inputs=tuple(names), outdir=outdir, fmt=fmt, options=options, parallel=parallel,
                           resume=resume, retry_failed=retry_failed, force=force, report=report,
                           scheduler=scheduler, jsonl_target=jsonl_target, quiet=quiet)
    try:
        summary = run_batch(request)
    except KeyboardInterrupt:  # while planning, before any work: nothing to report
        click.echo("essayconv: interrupted before any input was converted", err=True)
        sys.exit(130)
    except EssayconvError as error:
        _fail(error)
    except Exception as error:  # noqa: BLE001 - one line, never a traceback
        _fail(EssayconvError(f"the batch stopped: {type(error).__name__}: {error}", outdir))
    if not quiet:
        click.echo(summary.line(), err=True)
    sys.exit(summary.exit_code)


@main.command("report")
@click.argument("report_file", metavar="REPORT")
@click.option("--records", "records_file", metavar="JSONL", help="Tally removals over this JSONL (default: the JSON outputs the report lists, or OUTDIR/essays.jsonl).")
@click.option("--outdir", metavar="OUTDIR", help="Where the report's outputs are (default: the report's folder).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object instead of text.")
def report_command(report_file: str, records_file: str | None, outdir: str | None, as_json: bool) -> None:
    """Tally a batch run: statuses, no-essay reasons, failures, and what was removed by kind."""
    from .batch import tally

    path = Path(report_file)
    if not path.is_file():
        _fail(EssayconvError("no such report file", report_file))
    base = Path(outdir) if outdir else path.parent
    records = Path(records_file) if records_file else None
    if records is None and (base / "essays.jsonl").is_file():
        records = base / "essays.jsonl"
    try:
        result = tally.tally(path, base, records)
    except OSError as error:
        _fail(EssayconvError(f"cannot read ({error.strerror or error})", str(error.filename or report_file)))
    click.echo(tally.as_json(result) if as_json else tally.describe(result))


@main.command()
@click.argument("inputs", nargs=-1, metavar="INPUT...")
@click.option("-o", "--output", required=True, metavar="PACKET", help="packet.pdf or packet.docx")
@click.option("--title", default="Essays", show_default=True, help="Packet title (cover and running header).")
@click.option("--subtitle", help="Subtitle on the cover.")
@click.option("--course", help="Course line on the cover.")
@click.option("--date", help="Date on the cover, as you want it printed.")
@click.option("--line-numbers", is_flag=True, help="Number every fifth line of each essay in the margin.")
@click.option("--wide-margins", is_flag=True, help="A wide outer margin for notes.")
@click.option("--questions", "questions_file", metavar="FILE", help="Discussion questions per essay (TOML or Markdown).")
@click.option("--duplex", is_flag=True, help="Start every essay on a right-hand page.")
@click.option("--sort", type=click.Choice(["input", "title"]), default="input", show_default=True)
@click.option("-i", "--input-list", "input_list", metavar="LIST", help="Read input paths from LIST ('-': stdin).")
@_knowledge
def handout(inputs: tuple[str, ...], output: str, title: str, subtitle: str | None, course: str | None, date: str | None,
            line_numbers: bool, wide_margins: bool, questions_file: str | None, duplex: bool, sort: str,
            input_list: str | None, rules_files: tuple[str, ...], profile_dirs: tuple[str, ...],
            generic: bool) -> None:
    """Print several essays as one class packet (PDF or DOCX) with a cover and contents."""
    from .batch.plan import read_list
    from .handout import HandoutOptions, collect, ordered, read_questions, write_pdf
    from .output import write_output

    names = list(inputs) + (list(read_list(input_list)) if input_list else [])
    if not names:
        raise click.UsageError("give at least one INPUT or -i LIST")
    suffix = Path(output).suffix.lower()
    if suffix not in (".pdf", ".docx"):
        raise click.UsageError("the packet is a .pdf or a .docx file")
    try:
        options = Options(to=suffix[1:], style="handout", **_configured(rules_files, profile_dirs, generic))
        settings = HandoutOptions(title=title, subtitle=subtitle, course=course, date=date, line_numbers=line_numbers,
                                  wide_margins=wide_margins, duplex=duplex, sort=sort,
                                  questions=read_questions(questions_file) if questions_file else ())
        documents, skipped = collect(names, options)
        for item in skipped:
            click.echo(f"essayconv: left out {item.source}: {item.reason}", err=True)
        if not documents:
            raise NoEssayError("no input held an essay; the packet would be empty", output)
        documents = ordered(documents, settings)
        if suffix == ".pdf":
            data = write_pdf(documents, settings, options)
        else:
            from .write.docx_writer import write_packet

            data = write_packet(documents, settings, options)
        write_output(output, data, inputs=tuple(names))
    except EssayconvError as error:
        _fail(error)
    click.echo(f"essayconv: {len(documents)} essays in {output}" + (f"; {len(skipped)} inputs left out" if skipped else ""),
               err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
