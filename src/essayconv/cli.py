"""The command line: parse flags into Options, call the library, report. No logic of its own.

Exit codes: 0 ok · 1 the input could not be read or converted · 2 usage · 3 no essay in the page.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterable
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


def _settings(given: dict[str, object]) -> tuple[dict[str, object], bool]:
    """Options keyword arguments from the config file under the command line's `given` values
    (config.settings), and whether warnings are silenced; the config's warnings are printed here."""
    from .config import settings

    try:
        found = settings(given)
    except EssayconvError as error:
        _fail(error)
    _warn(found.warnings, found.quiet)
    return dict(found.values), found.quiet


def _one_source_for_many(source: object, inputs: int) -> list[str]:
    """--source names one page; given with many inputs it is printed under every one of them."""
    if source and inputs > 1:
        return [f"--source {source} is printed as the source of every one of the {inputs} inputs"]
    return []


def _warn(lines: Iterable[str], quiet: bool) -> None:
    """Pandoc-style warnings: one `[WARNING] …` line each on stderr; --quiet silences them."""
    if not quiet:
        for line in lines:
            click.echo(f"[WARNING] {line}", err=True)


def _knowledge_options(rules_files: tuple[str, ...], profile_dirs: tuple[str, ...], generic: bool) -> dict[str, object]:
    return {"rules_files": rules_files, "profile_dirs": profile_dirs, "site_profiles": False if generic else None}


def _check_source(value: object) -> None:
    from .write.provenance import check_source_option

    check_source_option(value if isinstance(value, str) else None)


def _given(print_options: dict[str, object]) -> set[str]:
    """The print options the user set on the command line (for "has no effect" warnings)."""
    return {name for name, value in print_options.items() if value not in (None, (), False)}


def _with(options: list, function):  # noqa: ANN001, ANN202 - apply a list of click options in order
    for option in reversed(options):
        function = option(function)
    return function


def _page_options(function):  # noqa: ANN001, ANN202 - the page options of convert, batch and handout
    return _with([
        click.option("--css", "css_files", multiple=True, metavar="FILE", help="Extra CSS for PDF, after the style; repeatable."),
        click.option("--page-size", metavar="SIZE", help="letter, a4, a5, legal, b5 (default: the style's)."),
        click.option("--margins", metavar="LENGTHS", help='Page margins, e.g. "1in" or "2cm 2.5cm".'),
        click.option("--font-size", metavar="LENGTH", help='Body font size, e.g. "12pt".'),
        click.option("--line-spacing", type=float, metavar="N", help="Line height as a multiple, e.g. 2."),
        click.option("--gaps", type=click.Choice(["mark", "hide"]),
                     help="Show a […] note where the site hid text (mark, the default), or leave no trace (hide)."),
    ], function)


def _source_options(function):  # noqa: ANN001, ANN202 - where the printed source line points; warnings
    return _with([
        click.option("--source", "source_url", metavar="URL",
                     help="The web address to print as the source (default: the page's own, if it has one)."),
        click.option("--no-source", is_flag=True, help="Print no source line and leave it out of the metadata."),
        click.option("-q", "--quiet", is_flag=True, help="No [WARNING] lines on stderr (and in batch no progress bar or summary)."),
    ], function)


def _print_options(function):  # noqa: ANN001, ANN202 - a decorator stack shared by convert and batch
    return _with([
        click.option("--style", type=click.Choice(STYLES), help="Print style for PDF and DOCX (default: default)."),
        click.option("--author", help="Author (MLA/APA heading, running head, metadata)."),
        click.option("--affiliation", help="School or department for the APA title page."),
        click.option("--instructor", help="Instructor for the MLA heading block / APA title page."),
        click.option("--course", help="Course for the MLA heading block / APA title page."),
        click.option("--date", help="Date for the MLA heading block / APA title page, as you want it printed."),
        click.option("--pdf-variant", metavar="VARIANT", help="pdf/a-3u, pdf/ua-1, … passed to WeasyPrint."),
        click.option("--reference-doc", metavar="FILE", help="DOCX: take styles from this (pandoc) reference.docx."),
        click.option("--line-numbers", is_flag=True, help="Number every fifth line in the margin (PDF and DOCX)."),
    ], _page_options(_source_options(function)))


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
    from .limits import limit_conversion_memory
    from .options import ineffective_options
    from .output import write_output
    from .report import hidden_text_warning
    from .write import format_for

    settings, quiet = _settings({**_knowledge_options(rules_files, profile_dirs, generic), **print_options})
    try:
        fmt = format_for(output, to)
        if fmt in ("pdf", "docx") and (output is None or output == "-") and sys.stdout.isatty():
            raise OptionError(f"refusing to write {fmt.upper()} to a terminal: give -o FILE or redirect")
        _check_source(print_options.get("source_url"))
        options = Options(to=fmt, **settings)  # type: ignore[arg-type]
        _warn(ineffective_options(fmt, _given(print_options), options.style), quiet)
        with contextlib.ExitStack() as stack:
            worker = None
            if fmt == "pdf":
                from .write.pdf_writer import start_worker

                # The renderer starts (and imports WeasyPrint) while the page is read and cleaned.
                worker = stack.enter_context(start_worker(options))
            limit_conversion_memory()  # this process reads one page; rendering has its own child
            document = load(input_path, options=options)
            data = render(document, fmt, options, worker)
        write_output(output or "-", data, inputs=(input_path,))
        hidden = hidden_text_warning(document)
        style_gap = None
        if fmt in ("pdf", "docx"):  # the style conventions (a TOML file) are read only for print
            from .write.conventions import missing_style_fields

            style_gap = missing_style_fields(document, options)
        _warn([f"{input_path}: {line}" for line in (hidden, style_gap) if line], quiet)
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
        settings, _ = _settings(_knowledge_options(rules_files, profile_dirs, generic))
        knowledge = {k: v for k, v in settings.items() if k in ("rules_files", "profile_dirs", "site_profiles")}
        document = load(input_path, options=Options(**knowledge))  # type: ignore[arg-type]
    except EssayconvError as error:
        _fail(error if error.source else type(error)(error.reason, input_path))
    click.echo(describe(document))


@main.command()
@click.option("--profiles", "profile_dirs", multiple=True, metavar="DIR", help="A folder of extra site profiles.")
def sites(profile_dirs: tuple[str, ...]) -> None:
    """List the site profiles and what each recognises."""
    from .profiles import describe, load_profiles

    try:
        profiles = load_profiles(tuple(_settings({"profile_dirs": profile_dirs})[0].get("profile_dirs", ())))  # type: ignore[arg-type]
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
@click.option("--learn-sites", is_flag=True,
              help="Learn each site's template (what recurs while the essay changes) from its own pages and remove it.")
@click.option("--learn-min-pages", type=click.IntRange(2, 1000), default=5, show_default=True, metavar="N",
              help="With --learn-sites: a site needs N pages before anything is learned from it.")
@_knowledge
@_print_options
def batch(inputs: tuple[str, ...], outdir: str, to: str, input_list: str | None, parallel: int, resume: bool,
          retry_failed: bool, force: bool, report: str | None, scheduler: str | None, learn_sites: bool,
          learn_min_pages: int,
          rules_files: tuple[str, ...], profile_dirs: tuple[str, ...], generic: bool, **print_options: object) -> None:
    """Convert many pages: folders, globs, zip/tar/WARC/WACZ archives, MHTML, SingleFile pages."""
    from .batch import BatchRequest, run_batch
    from .batch.plan import read_list
    from .options import ineffective_options
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
    settings, quiet = _settings({**_knowledge_options(rules_files, profile_dirs, generic), **print_options})
    try:
        _check_source(print_options.get("source_url"))
    except EssayconvError as error:
        _fail(error)
    options = Options(to=fmt, **settings)  # type: ignore[arg-type]
    _warn(ineffective_options(fmt, _given(print_options), options.style), quiet)
    _warn(_one_source_for_many(print_options.get("source_url"), len(names)), quiet)
    request = BatchRequest(inputs=tuple(names), outdir=outdir, fmt=fmt, options=options, parallel=parallel,
                           resume=resume, retry_failed=retry_failed, force=force, report=report,
                           scheduler=scheduler, jsonl_target=jsonl_target, quiet=quiet,
                           learn_sites=learn_sites, learn_min_pages=learn_min_pages)
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


@main.command()
@click.argument("pages", nargs=-1, required=True, metavar="PAGE...")
@click.option("-o", "--output", required=True, metavar="SITE.toml", help="Where to write the learned site profile.")
@click.option("--name", metavar="NAME", help="The profile's name (default: the pages' host, else the output's name).")
@click.option("--min-pages", type=click.IntRange(2, 1000), default=5, show_default=True, metavar="N",
              help="Pages of the site (holding an essay) needed to learn anything.")
@_knowledge
@click.option("-q", "--quiet", is_flag=True, help="No [WARNING] lines on stderr.")
def learn(pages: tuple[str, ...], output: str, name: str | None, min_pages: int, rules_files: tuple[str, ...],
          profile_dirs: tuple[str, ...], generic: bool, quiet: bool) -> None:
    """Learn a site's template from its pages and write it as a site profile (use it with --profiles DIR)."""
    import dataclasses

    from .output import write_atomic
    from .sites.profile import learn_site, profile_toml
    from .sites.template import LEARNING_THRESHOLDS

    options = Options(**{k: v for k, v in _knowledge_options(rules_files, profile_dirs, generic).items()
                         if v is not None})  # type: ignore[arg-type]
    try:
        learned, warnings = learn_site(list(pages), options, name, output,
                                       dataclasses.replace(LEARNING_THRESHOLDS, min_group=min_pages))
        _warn(warnings, quiet)
        write_atomic(Path(output), profile_toml(learned).encode("utf-8"))
    except EssayconvError as error:
        _fail(error)
    except OSError as error:
        _fail(EssayconvError(f"cannot write the profile ({error.strerror or error})", output))
    t = learned.template
    click.echo(f"essayconv: learned {len(t.blocks)} template lines ({len(t.tails)} tails, {len(t.banners)} banners) "
               f"and {len(t.labels)} label lines "
               f"from {learned.pages} pages ({t.essays} essays); profile '{learned.name}' written to {output}", err=True)


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
@click.option("--wide-margins", is_flag=True, help="A wide outer margin for notes (mirrored with --duplex).")
@click.option("--questions", "questions_file", metavar="FILE", help="Discussion questions per essay (TOML or Markdown).")
@click.option("--answer-lines", type=click.IntRange(0, 30), default=4, show_default=True,
              help="Ruled answer lines under each question.")
@click.option("--duplex", is_flag=True, help="Start every essay on a right-hand page.")
@click.option("--sort", type=click.Choice(["input", "title"]), default="input", show_default=True)
@click.option("-i", "--input-list", "input_list", metavar="LIST", help="Read input paths from LIST ('-': stdin).")
@_knowledge
@_page_options
@_source_options
def handout(inputs: tuple[str, ...], output: str, title: str, subtitle: str | None, course: str | None, date: str | None,
            line_numbers: bool, wide_margins: bool, questions_file: str | None, answer_lines: int, duplex: bool, sort: str,
            input_list: str | None, rules_files: tuple[str, ...], profile_dirs: tuple[str, ...],
            generic: bool, **page_options: object) -> None:
    """Print several essays as one class packet (PDF or DOCX) with a cover and contents."""
    from .batch.plan import read_list
    from .handout import HandoutOptions, build_packet, collect, read_questions, unmatched_questions, write_packet
    from .options import ineffective_options
    from .output import write_output

    names = list(inputs)
    if input_list:
        try:
            names.extend(read_list(input_list))
        except (OSError, UnicodeDecodeError) as error:
            _fail(EssayconvError(f"cannot read the list ({getattr(error, 'strerror', None) or error})", input_list))
    if not names:
        raise click.UsageError("give at least one INPUT or -i LIST")
    suffix = Path(output).suffix.lower()
    if suffix not in (".pdf", ".docx"):
        raise click.UsageError("the packet is a .pdf or a .docx file")
    fmt = suffix[1:]
    settings, quiet = _settings({**_knowledge_options(rules_files, profile_dirs, generic), **page_options})
    try:
        _check_source(page_options.get("source_url"))
        _warn(ineffective_options(fmt, _given(page_options)), quiet)
        _warn(_one_source_for_many(page_options.get("source_url"), len(names)), quiet)
        # the packet prints in the handout style; the config's student fields belong to papers
        options = Options(to=fmt, **{**settings, "style": "handout", "author": None,  # type: ignore[arg-type]
                                     "line_numbers": line_numbers})
        handout_options = HandoutOptions(
            title=title, subtitle=subtitle, course=course or settings.get("course"),  # type: ignore[arg-type]
            date=date, line_numbers=line_numbers, wide_margins=wide_margins, duplex=duplex, sort=sort,
            answer_lines=answer_lines, questions=read_questions(questions_file) if questions_file else ())
        documents, skipped = collect(names, options)
        for item in skipped:
            click.echo(f"essayconv: left out {item.source}: {item.reason}", err=True)
        if not documents:
            raise NoEssayError("no input held an essay; the packet would be empty", output)
        _warn([f"{questions_file}: questions for \"{match}\" match no essay in the packet; left out"
               for match in unmatched_questions(documents, handout_options)], quiet)
        data = write_packet(build_packet(documents, handout_options, options), fmt, options)
        write_output(output, data, inputs=tuple(names))
    except EssayconvError as error:
        _fail(error)
    click.echo(f"essayconv: {len(documents)} essays in {output}" + (f"; {len(skipped)} inputs left out" if skipped else ""),
               err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
