"""kzld's exception tree. Every message names the file (and line) at fault and what to do.

The CLI turns these into click errors (``Error: ...``); library code never prints.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "InputError",
    "KzldError",
    "ParseError",
    "RDFSyntaxError",
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
