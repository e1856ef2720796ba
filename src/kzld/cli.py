"""The ``kzld`` command: one click group of short commands over the library.

Each command parses its arguments, calls one library function and formats the result. Library
modules are imported inside the commands so that ``kzld --help`` starts fast. Domain errors
(:class:`kzld.errors.KzldError`) become ``Error: ...`` with exit 1 here and only here, unless a
command documents other exit codes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__

__all__ = ["main"]

F = TypeVar("F", bound=Callable[..., Any])

#: The folder of source texts, shared by the commands that read them.
SEEDS_OPTION = click.option(
    "--seeds",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=Path("seeds"),
    show_default=True,
    help="Folder of source texts.",
)
#: The folder the published graph is written to and read from.
OUT_OPTION = click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("out"),
    show_default=True,
    help="Folder of the published graph.",
)
#: The base of every data IRI.
BASE_OPTION = click.option(
    "--base",
    default="https://w3id.org/kzld/id/",
    show_default=True,
    help="Base IRI of the data (must end with / or #).",
)


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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kzld")
def main() -> None:
    """Turn folders of political statements into a validated linked-data graph."""


@main.command()
@SEEDS_OPTION
@OUT_OPTION
@BASE_OPTION
@click.option("--check", is_flag=True, help="Change nothing; exit 1 if OUT is not what a build makes.")
@click.option("--strict", is_flag=True, help="Stop at the first source text that cannot be read.")
@click.option(
    "--engine",
    type=click.Choice(["pyshacl", "shacl"]),
    default="pyshacl",
    show_default=True,
    help="SHACL engine used to validate the graph.",
)
@domain_errors
def build(seeds: Path, out: Path, base: str, check: bool, strict: bool, engine: str) -> None:
    """Convert SEEDS, validate, and write kzld.ttl and kzld.jsonld to OUT."""
    from .build import build as run_build

    with _progress_bar(seeds) as progress:
        result = run_build(
            seeds, out, base=base, check=check, strict=strict, engine=engine, progress=progress
        )
    for problem in result.problems:
        click.echo(f"Warning: skipped {problem.message}", err=True)
    if check:
        if result.stale:
            names = ", ".join(str(p) for p in result.stale)
            raise click.ClickException(f"{names} differ from a fresh build: run `kzld build`")
        click.echo(f"{out} is up to date ({result.documents} documents, {result.triples} triples)")
        return
    click.echo(
        f"Built {result.documents} documents: {result.signatures} signatures, "
        f"{result.triples} triples -> {', '.join(str(p) for p in result.written)}"
    )


#: Below this many texts a build is quick enough to need no progress bar.
PROGRESS_THRESHOLD = 50


@contextmanager
def _progress_bar(seeds: Path) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on stderr while many documents are read; nothing for a few."""
    from .build import source_files

    total = len(source_files(seeds)) if seeds.is_dir() else 0
    if total < PROGRESS_THRESHOLD:
        yield None
        return
    stderr = click.get_text_stream("stderr")
    with click.progressbar(length=total, label="Reading", file=stderr) as bar:
        yield lambda done, total: bar.update(1)
