"""A published RDF file read into a pyoxigraph store: its format (:mod:`kzld.rdf.formats`) and a
bulk load whose syntax error names the file and line, telling a progress bar how far it got.

What ``kzld query`` (:mod:`kzld.query.run`), the on-disk store of :mod:`kzld.query.cache` and
``kzld serve`` load a file with. It reads no SPARQL, so ``kzld serve`` starts its processes
without loading a SPARQL parser first.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from ..errors import RDFSyntaxError
from ..rdf.formats import of_file
from ..rdf.parsers import base_for, oxigraph_format

__all__ = ["load", "rdf_format"]

_POSITION = re.compile(r"at (\d+):(\d+)")
_LINE = re.compile(r"line (\d+)")


def rdf_format(data: Path) -> ox.RdfFormat:
    """The RDF format of the file ``data`` (:mod:`kzld.rdf.formats`), which must exist."""
    found = oxigraph_format(of_file(data))
    if not data.is_file():
        raise RDFSyntaxError(data, "no such file; run `kzld build` first or pass --data FILE")
    return found


def load(
    store: ox.Store,
    data: Path,
    syntax: ox.RdfFormat,
    base: str | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> None:
    """Bulk-load the RDF file ``data`` into ``store``; a syntax error names the file and line.

    Relative IRIs resolve against ``base``, by default the file's ``file://`` IRI. Errors reading
    the file, or writing an on-disk store, are OSError. ``progress`` is told the bytes read
    (stage ``Loading NAME``, done, total) as the file is read.
    """

    try:
        if progress is None:
            store.bulk_load(path=str(data), format=syntax, base_iri=base_for(data, base))
            return
        with _Counted(data, f"Loading {data.name}", progress) as reader:
            store.bulk_load(input=reader, format=syntax, base_iri=base_for(data, base))
    except SyntaxError as error:
        match = _POSITION.search(str(error)) or _LINE.search(str(error))
        line = int(match.group(1)) if match else None
        raise RDFSyntaxError(data, f"cannot be parsed: {error}", line) from error


class _Counted(io.BufferedReader):
    """The file ``path``, read in binary, telling ``progress`` how much of it has been read."""

    def __init__(self, path: Path, stage: str, progress: Callable[[str, int, int], None]) -> None:
        super().__init__(io.FileIO(path))
        self.stage, self.progress = stage, progress
        self.total, self.done = path.stat().st_size, 0
        progress(stage, 0, self.total)

    def read(self, size: int | None = -1) -> bytes:
        """Read up to ``size`` bytes (all that is left by default)."""
        chunk = super().read(size)
        self.done += len(chunk)
        self.progress(self.stage, min(self.done, self.total), self.total)
        return chunk
