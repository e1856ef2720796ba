"""What pyoxigraph is told when it parses a file: its parser of each format of
:mod:`kzld.rdf.formats`, and the base IRI that the file's relative IRIs resolve against.

Apart from :mod:`kzld.rdf.load` (which builds rdflib graphs), so that what loads a file straight
into a store (``kzld query``, ``kzld serve``: :mod:`kzld.query.loading`) starts without importing
rdflib.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from ..errors import InputError
from .formats import RdfFormat

__all__ = ["base_for", "oxigraph_format"]


def oxigraph_format(format: RdfFormat) -> ox.RdfFormat:
    """pyoxigraph's parser and writer of ``format``."""
    found = ox.RdfFormat.from_media_type(format.media_type)
    assert found is not None, format  # pyoxigraph reads every format of the table
    return found


def base_for(path: Path | str, base: str | None = None) -> str | None:
    """The IRI relative IRIs in ``path`` resolve against: ``base`` if given, else the file's own
    ``file://`` IRI (as the Turtle and JSON-LD specifications say); standard input has none."""
    if base is not None:
        try:
            return ox.NamedNode(base).value
        except ValueError:
            raise InputError(
                base, "--base must be an absolute IRI, e.g. https://example.org/"
            ) from None
    if str(path) == "-":
        return None
    return Path(path).absolute().as_uri()
