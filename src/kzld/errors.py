"""kzld's exception tree. Every message names the file (and line) at fault and what to do.

The CLI turns these into click errors (``Error: ...``); library code never prints.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "AuthorityError",
    "FormError",
    "GSPError",
    "GazetteerError",
    "InputError",
    "KzldError",
    "ParseError",
    "QueryError",
    "RDFSyntaxError",
    "ServerError",
    "SlowQueryWarning",
    "TypeWordsError",
    "UnsupportedContext",
    "ValidationFailed",
]


class KzldError(Exception):
    """Base class of every error kzld raises on purpose."""


class InputError(KzldError):
    """An input file or folder cannot be used (missing, unreadable, not text)."""

    def __init__(self, path: Path | str, reason: str, line: int | None = None) -> None:
        self.path = str(path)
        self.reason = reason
        self.line = line
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {reason}")


class ParseError(InputError):
    """A source text is readable but cannot be understood as a statement."""


class RDFSyntaxError(InputError):
    """An RDF file (Turtle, N-Triples, JSON-LD) cannot be parsed."""


class ValidationFailed(KzldError):
    """A graph does not conform to the shapes; ``report`` holds the details."""

    def __init__(self, message: str, report: object | None = None) -> None:
        self.report = report
        super().__init__(message)


class AuthorityError(InputError):
    """The organisation authority file cannot be used as it is."""


class TypeWordsError(InputError):
    """The type-word table of organisation names (``authority/typewords.yaml``) cannot be used."""


class GazetteerError(InputError):
    """The gazetteer file is unusable; the message names the file, line and entry."""


class QueryError(KzldError):
    """A query cannot be found, parsed or bound; names the query and, for syntax, the position."""

    def __init__(
        self, source: str, reason: str, line: int | None = None, column: int | None = None
    ) -> None:
        self.source = source
        self.reason = reason
        self.line = line
        self.column = column
        where = f"{source}:{line}:{column}" if line is not None else source
        super().__init__(f"{where}: {reason}")


class ServerError(KzldError):
    """The oxigraph server cannot be found, loaded, started or reached."""


class GSPError(KzldError):
    """The store refused the request or could not be reached; names the URL and the status."""


class SlowQueryWarning(UserWarning):
    """A query over the whole graph has run longer than it should (validation goes on): names
    the shape and the constraint, the seconds spent, and how to set the limit."""


class FormError(ValueError):
    """A gazetteer form cannot be compiled (unknown suffix set, bad regular expression, empty
    form). Internal: the gazetteer turns it into a :class:`GazetteerError` naming file and line."""


class UnsupportedContext(ValueError):
    """A JSON-LD context uses a feature the direct compactor does not implement. Internal: the
    serialiser then compacts with PyLD instead."""
