"""The ``kzld`` command: one click group of short commands over the library.

Each command parses its arguments, calls one library function and formats the result. Library
modules are imported inside the commands so that ``kzld --help`` starts fast. Domain errors
(:class:`kzld.errors.KzldError`) become ``Error: ...`` with exit 1 here and only here, unless a
command documents other exit codes.
"""

from __future__ import annotations

import atexit
import gc
import os
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, closing, contextmanager, suppress
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from . import __version__
from .rdf import formats as rdf_formats

if TYPE_CHECKING:
    from .model.records import Document
    from .progress import StageProgress
    from .resolve.events import EventSurvey

__all__ = ["main"]

F = TypeVar("F", bound=Callable[..., Any])


def choice_option(*names: str, choices: list[str], help: str) -> Callable[[F], F]:
    """An option whose value is one of ``choices``, the first by default (shown in the help)."""
    return click.option(
        *names, type=click.Choice(choices), default=choices[0], show_default=True, help=help
    )


def path_option(
    name: str, default: str, help: str, *, folder: bool, exists: bool = False
) -> Callable[[F], F]:
    """An option naming a folder (``folder``) or else a file, as a :class:`~pathlib.Path`; its
    default is shown in the help."""
    kind = click.Path(exists=exists, file_okay=not folder, dir_okay=folder, path_type=Path)
    return click.option(name, type=kind, default=Path(default), show_default=True, help=help)


#: The folder of source texts, shared by the commands that read them.
SEEDS_OPTION = path_option("--seeds", "seeds", "Folder of source texts.", folder=True, exists=True)
#: The folder the published graph is written to and read from.
OUT_OPTION = path_option("--out", "out", "Folder of the published graph.", folder=True)
#: Text for people or JSON for machines, for the commands that survey the seeds.
OUTPUT_OPTION = choice_option("--output", choices=["text", "json"], help="Output format.")
#: The SHACL engine that validates.
ENGINE_OPTION = choice_option(
    "--engine",
    choices=["shacl", "pyshacl"],
    help="SHACL engine: shacl (fast) or pyshacl (the reference; the tests prove both agree).",
)
#: The base of every data IRI.
BASE_OPTION = click.option(
    "--base",
    default="https://w3id.org/kzld/id/",
    show_default=True,
    help="Base IRI of the data (must end with / or #).",
)


def _json(data: object) -> str:
    import json

    return json.dumps(data, ensure_ascii=False, indent=2)


def domain_errors(func: F) -> F:
    """Turn :class:`KzldError` into a click error (``Error: ...``, exit 1)."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from .errors import KzldError

        try:
            return func(*args, **kwargs)
        except KzldError as error:
            raise click.ClickException(str(error)) from error

    return wrapper  # type: ignore[return-value]


@contextmanager
def _warnings_shown() -> Iterator[None]:
    """Within the block, each :class:`~kzld.errors.SlowQueryWarning` (a query over the whole graph
    still running past its limit) is a ``Warning: ...`` line on stderr, every one of them, from
    whichever thread it comes; other warnings are shown as Python shows them. A caller who made
    the warning an error (``-W error``, pytest's ``filterwarnings = error``) keeps it one."""
    import warnings

    from .errors import SlowQueryWarning

    shown = warnings.showwarning

    def show(message: Warning | str, category: type[Warning], *rest: Any, **named: Any) -> None:
        if issubclass(category, SlowQueryWarning):
            click.echo(f"Warning: {message}", err=True)
        else:
            shown(message, category, *rest, **named)

    with warnings.catch_warnings():
        if _action_for(SlowQueryWarning) != "error":
            warnings.simplefilter("always", SlowQueryWarning)
        warnings.showwarning = show
        yield


def _action_for(category: type[Warning]) -> str | None:
    """The action of the first warnings filter in force that takes every warning of
    ``category`` (whatever its message and module), or None when none does."""
    import warnings

    for action, message, taken, module, line in warnings.filters:
        if issubclass(category, taken) and message is None and module is None and not line:
            return action
    return None


class WholeHelpGroup(click.Group):
    """A group whose list of commands shows each summary whole (click cuts them at 45
    characters, with an ellipsis), and that ends its process at once after a command that
    asked it to (:meth:`end_at_once`), when the group is the program (called, as the console
    script and ``python -c "from kzld.cli import main; main()"`` do; click's test runner calls
    its ``main`` and is never ended)."""

    #: Whether the command run asked to end the process without tearing its objects down.
    ending_at_once = False
    #: Whether the group runs as the program (called), which it ends when a command asks.
    program = False

    def end_at_once(self) -> None:
        """Ask the program to leave at once when this command returns: nothing the command made
        needs Python's teardown (every file written is closed, nothing runs in another thread)."""
        self.ending_at_once = True

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.ending_at_once, self.program = False, True
        try:
            return self.main(*args, **kwargs)
        except SystemExit as exit:
            code = exit.code
            if self.ending_at_once and isinstance(code, int) and threading.active_count() == 1:
                _leave(code)
            raise

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is None or command.hidden:
                continue
            summary = command.short_help or (command.help or "").split("\n\n")[0]
            rows.append((name, " ".join(summary.split())))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


class QueryCommand(click.Command):
    """``kzld query``, whose help ends with the catalogue: each name and its question."""

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        from .query.run import catalogue

        rows = []
        for name, path in catalogue().items():
            lines = path.read_text(encoding="utf-8").splitlines()
            question = lines[0].lstrip("#").strip() if lines and lines[0].startswith("#") else ""
            rows.append((name, question))
        with formatter.section("Catalogue (QUERY may be one of these names)"):
            formatter.write_dl(rows)
        super().format_epilog(ctx, formatter)


@click.group(cls=WholeHelpGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kzld")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Turn folders of political statements into a validated linked-data graph."""
    ctx.with_resource(_warnings_shown())


@main.command()
@SEEDS_OPTION
@OUT_OPTION
@BASE_OPTION
@click.option(
    "--check", is_flag=True, help="Change nothing; exit 1 if OUT is not what a build makes."
)
@click.option(
    "--strict",
    is_flag=True,
    help="Fail (exit 1, nothing written) on a text that cannot be read or breaks a shape, "
    "instead of leaving it out.",
)
@ENGINE_OPTION
@domain_errors
def build(seeds: Path, out: Path, base: str, check: bool, strict: bool, engine: str) -> None:
    """Convert SEEDS, validate, and write kzld.ttl and kzld.jsonld to OUT.

    A text that cannot be read, or whose part of the graph breaks a shape, is reported and left
    out; the others are published. Exit status: 0 every text published; 3 published without
    the texts reported (see the summary line); 1 nothing written (an error, a graph that
    cannot be made to conform, a text left out with --strict; with --check: OUT is stale).
    """
    from .pipeline import build as run_build

    root = click.get_current_context().find_root().command
    if isinstance(root, WholeHelpGroup) and root.program:
        # The process ends at once after the build (below): the cyclic collector, which the
        # build keeps off while it runs, is left off, as turning it on again starts a collection
        # of the objects the build made (0.12-0.16 s at N = 10,000) that the end makes needless.
        gc.disable()
    with _progress_bar(seeds) as progress:
        result = run_build(
            seeds, out, base=base, check=check, strict=strict, engine=engine, progress=progress
        )
    for problem in result.problems:
        click.echo(f"Warning: skipped {problem.message}", err=True)
    for text in result.left_out:
        click.echo(f"Warning: skipped {text}", err=True)
    skipped = result.skipped
    named = ", ".join(skipped[:SKIPPED_NAMED])
    if len(skipped) > SKIPPED_NAMED:
        named += f" and {len(skipped) - SKIPPED_NAMED} more"
    total = result.documents + len(skipped)
    left = f" ({len(skipped)} of {total} texts left out: {named})" if skipped else ""
    if check:
        if result.stale:
            names = ", ".join(str(p) for p in result.stale)
            raise click.ClickException(f"{names} differ from a fresh build: run `kzld build`")
        click.echo(
            f"{out} is up to date ({result.documents} documents, {result.triples} triples){left}"
        )
    elif result.cached:
        click.echo(
            f"{out} is up to date ({result.documents} documents, {result.triples} triples)"
            f"{left}: nothing to build"
        )
    else:
        click.echo(
            f"Built {result.documents} documents{left}: {result.signatures} signatures, "
            f"{result.triples} triples -> {', '.join(str(p) for p in result.written)}"
        )
        for warning in result.warnings:
            click.echo(warning)
    context = click.get_current_context()
    if isinstance(root, WholeHelpGroup):
        # a build leaves some 400 MB of objects (the texts' parts, the authority's indexes)
        # whose teardown takes about half a second; the files are written and closed
        root.end_at_once()
    if skipped:
        context.exit(LEFT_OUT_EXIT)


def _leave(status: int) -> NoReturn:
    """End the process with ``status`` after the exit handlers registered (:mod:`atexit`: the
    libraries' own, such as logging's and multiprocessing's) and the output flushed, without
    tearing the interpreter's objects down one by one."""
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with suppress(OSError, ValueError):  # a reader gone, a stream closed: as Python ends
            stream.flush()
    os._exit(status)


#: The exit status of a build that published the graph without some texts.
LEFT_OUT_EXIT = 3
#: How many left-out texts the summary line names (the warnings above it name them all).
SKIPPED_NAMED = 10


#: Below this many texts a build is quick enough to need no progress shown.
PROGRESS_THRESHOLD = 50
#: Files smaller than this are checked in a few seconds: ``kzld check`` shows no progress.
CHECK_PROGRESS_BYTES = 4 * 1024 * 1024


def _progress_bar(seeds: Path) -> AbstractContextManager[Callable[[str, int, int], None] | None]:
    """The build's stages on stderr for many texts (a line kept up to date on a terminal, one
    line per stage otherwise); nothing for a few."""
    from .parse.folder import holds_sources

    return _progress_if(holds_sources(seeds, PROGRESS_THRESHOLD))


@contextmanager
def _progress_if(shown: bool) -> Iterator[Callable[[str, int, int], None] | None]:
    """Progress on stderr, if ``shown`` (None otherwise), closed at the end of the block."""
    if not shown:
        yield None
        return
    with _progress() as progress:
        yield progress


def _progress() -> AbstractContextManager[StageProgress]:
    """Progress on stderr, closed at the end of the block."""
    from .progress import StageProgress

    return closing(StageProgress())


@main.command()
@SEEDS_OPTION
@OUTPUT_OPTION
@domain_errors
def events(seeds: Path, output: str) -> None:
    """List the events the statements in SEEDS speak of, with the statements and languages.

    A text that cannot be read is named on stderr and left out (exit 3).
    """
    from .resolve.events import survey_events

    with _texts_of(seeds) as documents:
        survey = survey_events(documents)
        click.echo(_json(survey.as_dict()) if output == "json" else _events_text(survey))


def _events_text(survey: EventSurvey) -> str:
    """The events of ``survey`` for people: each with its dates, then its statements."""
    lines = []
    for use in survey.events:
        start, end = use.event.start, use.event.end
        when = f" ({start}/{end})" if start and end and end != start else f" ({start})"
        lines.append(f"{use.event.key}: {use.name}{when if start else ''}")
        for statement in use.statements:
            languages = ", ".join(statement.languages) or "-"
            lines.append(f"  {statement.role:<10} {statement.file} [{languages}]")
    return "\n".join(lines) or "No event of the gazetteer is spoken of."


@contextmanager
def _texts_of(seeds: Path) -> Iterator[list[Document]]:
    """The documents of ``seeds``, for the block; a text that cannot be read is named on stderr
    and left out, and the command exits :data:`LEFT_OUT_EXIT` after the block, as ``kzld build``
    does."""
    from .parse.folder import read_folder

    documents, problems = read_folder(seeds)
    for problem in problems:
        click.echo(f"Warning: skipped {problem.message}", err=True)
    if not documents:
        raise click.ClickException(f"{seeds}: no source text could be read")
    yield documents
    if problems:
        click.get_current_context().exit(LEFT_OUT_EXIT)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, allow_dash=True))
@click.option(
    "--format",
    "format_",
    type=click.Choice(rdf_formats.NAMES, case_sensitive=False),
    default=None,
    help="Format of the input [default: from the extension; for - sniffed].",
)
@click.option(
    "--shapes",
    type=click.Path(exists=True, path_type=Path),
    multiple=True,
    help="A file of SHACL shapes, or a folder of them (every .ttl, .nt, .jsonld in it); "
    "repeatable [default: the shipped shapes].",
)
@click.option(
    "--base",
    default=None,
    help="Base IRI for relative IRIs [default: each file's own file:// IRI; stdin has none].",
)
@choice_option(
    "--output",
    choices=["text", "json", "turtle"],
    help="text for people; json, or turtle (the SHACL validation report), for machines.",
)
@choice_option(
    "--fail-on",
    choices=["violation", "warning", "info"],
    help="The least severe result that makes the check fail.",
)
@ENGINE_OPTION
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=None,
    help="The biggest file read, in bytes [default: 268435456, 256 MiB].",
)
@click.pass_context
def check(
    ctx: click.Context,
    files: tuple[Path, ...],
    format_: str | None,
    shapes: tuple[Path, ...],
    base: str | None,
    output: str,
    fail_on: str,
    engine: str,
    max_bytes: int | None,
) -> None:
    """Validate RDF FILES (Turtle, N-Triples, N-Quads, TriG, JSON-LD; - for stdin) against shapes.

    Each file is checked on its own. Exit 0 when every file conforms, 1 when one has a result at
    least as severe as --fail-on, 2 when a file cannot be read or parsed.
    """
    from .errors import InputError
    from .validate import check_files, dumps_json, dumps_turtle, load_shapes

    try:
        shapes_graph = load_shapes(shapes or None)
    except InputError as error:
        click.echo(f"Error: {error}", err=True)
        ctx.exit(2)
    # only a file big enough to take a while shows its progress (a small one says nothing)
    big = any(f.is_file() and f.stat().st_size >= CHECK_PROGRESS_BYTES for f in files)
    with _progress_if(big) as progress:
        outcomes = check_files(
            files,
            format=format_,
            shapes=shapes_graph,
            engine=engine,
            max_bytes=max_bytes,
            base=base,
            progress=progress,
        )
    for problem in (o for o in outcomes.values() if isinstance(o, str)):
        click.echo(f"Error: {problem}", err=True)
    reports = {name: o for name, o in outcomes.items() if not isinstance(o, str)}
    unreadable = len(reports) < len(outcomes)
    if output == "json":
        click.echo(dumps_json(outcomes))
    elif output == "turtle":
        click.echo(dumps_turtle(reports.values()), nl=False)
    else:
        for name, report in reports.items():
            click.echo(report.as_text(name, fail_on), nl=False)
    if unreadable:
        ctx.exit(2)
    ctx.exit(1 if any(report.fails(fail_on) for report in reports.values()) else 0)


@main.command()
@SEEDS_OPTION
@choice_option(
    "--format",
    "--output",
    "format_",
    choices=["text", "json", "yaml", "csv"],
    help="text for people; json; yaml or csv: the review only (one row per name).",
)
@domain_errors
def orgs(seeds: Path, format_: str) -> None:
    """List the organisations SEEDS name, where and how, and what a curator should review.

    A text that cannot be read is named on stderr and left out (exit 3).
    """
    from .resolve.orgs import survey

    with _texts_of(seeds) as documents:
        report = survey(documents)
        if format_ == "json":
            click.echo(_json(report.to_dict()))
        else:
            shown = {"yaml": report.as_yaml, "csv": report.as_csv, "text": report.as_text}
            click.echo(shown[format_](), nl=False)


@main.command()
@path_option(
    "--data", "out/kzld.ttl", "The published graph (Turtle or JSON-LD).", folder=False, exists=True
)
@path_option(
    "--out",
    "out/site",
    "Folder the site is written to (replaced if it holds an earlier site).",
    folder=True,
)
@click.option("--base", default=None, help="Base IRI of the data [default: read from the graph].")
@domain_errors
def site(data: Path, out: Path, base: str | None) -> None:
    """Write a static site of the graph: a page per resource at its IRI's path, and pictures."""
    from .site.generate import build_site

    with _progress() as progress:
        result = build_site(data, out, base, progress)
    click.echo(
        f"{result.out}: {result.pages} pages, {result.files} files; network of "
        f"{result.organisations} organisations, {result.links} co-signing pairs"
    )


@main.command()
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@domain_errors
def parse(files: tuple[Path, ...]) -> None:
    """Read FILES and print what the reader understood of each, as JSON."""
    from .parse import document_dict, read_file

    click.echo(_json([document_dict(read_file(path)) for path in files]))


#: The published graph the query, serve and load commands read.
DATA_OPTION = path_option(
    "--data", "out/kzld.ttl", "The published graph (Turtle, N-Triples or JSON-LD).", folder=False
)


@main.command(cls=QueryCommand)
@click.argument("query_arg", metavar="QUERY")
@DATA_OPTION
@choice_option(
    "--format",
    "fmt",
    choices=["table", "csv", "tsv", "json"],
    help="Format of SELECT results (ASK prints yes/no, CONSTRUCT/DESCRIBE print Turtle).",
)
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind a catalogue query's VALUES ?NAME: an IRI (<...>, https://..., or a prefixed name "
    "such as id:org/kke, as tables print them), a number, or a string. Repeatable.",
)
@click.option(
    "--base",
    default=None,
    help="Base IRI for relative IRIs in DATA [default: the file's own file:// IRI].",
)
@click.option(
    "--no-cache",
    "cache",
    is_flag=True,
    flag_value=False,
    default=True,
    help="Load DATA into memory: no on-disk store (which big files get in .kzld-store/), no "
    "answers kept.",
)
@click.pass_context
@domain_errors
def query(
    ctx: click.Context,
    query_arg: str,
    data: Path,
    fmt: str,
    params: tuple[str, ...],
    base: str | None,
    cache: bool,
) -> None:
    """Run QUERY (a .rq file, a catalogue name such as top-signatories, or SPARQL text) on DATA.

    A big DATA file is kept as an on-disk store in .kzld-store/ beside it, made by the first query
    after the file changed and opened in milliseconds by the next ones, with the answers that took
    a while. An ASK query prints yes and exits 0, or prints no and exits 1 (like grep); errors
    print Error: ... on stderr and also exit 1.
    """
    from .errors import QueryError
    from .query.answers import answer_query
    from .query.run import resolve_query

    source, text = resolve_query(query_arg)
    bindings = dict(p.partition("=")[::2] for p in params)
    if any("=" not in p for p in params):
        raise QueryError(source, "each --param must be NAME=VALUE")
    with _progress() as progress:
        answer = answer_query(
            data, text, bindings, source=source, fmt=fmt, cache=cache, base=base, progress=progress
        )
    for warning in answer.warnings:
        click.echo(warning, err=True)
    click.echo(answer.text, nl=False)
    if answer.kind == "ask" and not answer.boolean:
        ctx.exit(1)


@main.command()
@DATA_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7878, show_default=True, help="Port to listen on (0: any free).")
@click.option(
    "--site-port",
    default=7879,
    show_default=True,
    help="Port of the site built from DATA (0: any free).",
)
@click.option("--no-site", is_flag=True, help="Serve SPARQL only, without the site.")
@domain_errors
def serve(data: Path, host: str, port: int, site_port: int, no_site: bool) -> None:
    """Serve DATA behind a SPARQL 1.1 endpoint (oxigraph), and its pages live, until Ctrl-C.

    The pages answer each data IRI's path with its page, or with Turtle or JSON-LD by Accept.
    A big DATA file is read once into the on-disk store kzld query keeps in .kzld-store/ beside
    it; later starts open that store at once while the file is unchanged.
    """
    from .serve.server import run_server

    with _progress() as progress:

        def ready(url: str, site_url: str | None, isolated: bool) -> None:
            progress.close()
            click.echo(
                f"Serving {data} at {url}/query (SPARQL), {url}/store (Graph Store Protocol)"
            )
            if site_url:
                click.echo(f"Site at {site_url}/ (pages; Turtle or JSON-LD by Accept)")
            if not isolated:
                click.echo(
                    "Warning: no network namespace here; the endpoint's own server is reachable "
                    "on loopback (queries through this address are still checked)",
                    err=True,
                )
            click.echo("Press Ctrl-C to stop.")

        run_server(data, host, port, ready, None if no_site else site_port, progress)
    click.echo("Stopped.")


@main.command()
@DATA_OPTION
@click.option("--endpoint", required=True, help="Graph Store Protocol URL, e.g. .../store.")
@click.option("--graph", default=None, help="Named graph IRI [default: the default graph].")
@click.option("--merge", is_flag=True, help="Add to the graph (POST) instead of replacing (PUT).")
@domain_errors
def load(data: Path, endpoint: str, graph: str | None, merge: bool) -> None:
    """Push DATA into any SPARQL 1.1 store through the Graph Store HTTP Protocol."""
    from .serve.gsp import push_graph

    result = push_graph(data, endpoint, graph, merge=merge)
    action = "Merged into" if merge else "Replaced"
    target = f"graph <{graph}>" if graph else "the default graph"
    click.echo(f"{action} {target} at {result.url} ({result.size} bytes, HTTP {result.status})")
