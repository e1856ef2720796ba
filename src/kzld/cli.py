"""The ``kzld`` command: one click group of short commands over the library.

Each command parses its arguments, calls one library function and formats the result. Library
modules are imported inside the commands so that ``kzld --help`` starts fast. Domain errors
(:class:`kzld.errors.KzldError`) become ``Error: ...`` with exit 1 here and only here, unless a
command documents other exit codes.
"""

from __future__ import annotations

from collections.abc import Callable
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
