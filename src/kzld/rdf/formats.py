"""The RDF formats kzld reads, queries and sends: one table, by name, extension and media type.

``kzld check`` and the shapes loader (:mod:`kzld.rdf.load`), ``kzld query`` and the store
(:mod:`kzld.query.run`) and ``kzld load`` (:mod:`kzld.serve.gsp`) all look formats up here, so
they accept the same files and give the same messages. Turtle, N-Triples and JSON-LD hold one
graph; N-Quads and TriG hold a dataset, which ``kzld check`` reads as the union of its graphs and
``kzld query`` loads as it is, and which the Graph Store Protocol cannot send to one graph.
RDF/XML is refused everywhere, with the reason: its parsers can be kept busy for minutes by a
small entity file.

The table is plain Python (no parser is imported), so that the command line can offer its names
without loading an RDF library; a parser's own format is looked up by :attr:`RdfFormat.media_type`.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from ..errors import InputError

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "JSON_LD",
    "NAMES",
    "NQUADS",
    "NTRIPLES",
    "TRIG",
    "TURTLE",
    "RdfFormat",
    "by_name",
    "of_file",
]


class RdfFormat(NamedTuple):
    """One RDF format: its name, media type, file extensions and other names it is known by.

    (A named tuple rather than a dataclass: the command line imports this table, and a named
    tuple costs it nothing to start with.)"""

    name: str
    media_type: str
    extensions: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    #: Whether it holds named graphs (N-Quads, TriG), not one graph.
    dataset: bool = False


#: Every format kzld accepts, the most common first.
FORMATS = (
    RdfFormat("turtle", "text/turtle", (".ttl", ".turtle"), ("ttl",)),
    RdfFormat("ntriples", "application/n-triples", (".nt",), ("nt",)),
    RdfFormat("nquads", "application/n-quads", (".nq",), ("nq",), dataset=True),
    RdfFormat("trig", "application/trig", (".trig",), dataset=True),
    RdfFormat("json-ld", "application/ld+json", (".jsonld", ".json"), ("jsonld",)),
)

#: The formats one by one, for code that names one (kzld publishes Turtle and JSON-LD).
TURTLE, NTRIPLES, NQUADS, TRIG, JSON_LD = FORMATS

#: The formats' own names (as ``kzld check --format`` takes them).
NAMES = tuple(f.name for f in FORMATS)

#: Every extension of the table (a folder's RDF files are the files that end so).
EXTENSIONS = tuple(e for f in FORMATS for e in f.extensions)

_BY_NAME = {name: f for f in FORMATS for name in (f.name, *f.aliases)}
_BY_EXTENSION = {extension: f for f in FORMATS for extension in f.extensions}
#: Names and extensions of RDF/XML, refused on purpose.
_RDFXML = frozenset({"xml", "rdfxml", "rdf/xml", "rdf", "owl", ".rdf", ".owl", ".xml"})
_RDFXML_REASON = (
    "RDF/XML is not accepted (its parsers can be kept busy for minutes by a small entity "
    "file); convert it to Turtle or N-Triples first, e.g. with `riot --output=turtle`"
)


def by_name(name: str, path: Path | str) -> RdfFormat:
    """The format called ``name`` (any case, aliases too), given for the file ``path``."""
    key = name.lower()
    if key in _RDFXML:
        raise InputError(path, _RDFXML_REASON)
    if key not in _BY_NAME:
        raise InputError(path, f"unknown format {name!r}; use one of {', '.join(sorted(_BY_NAME))}")
    return _BY_NAME[key]


def of_file(path: Path | str, *, graph_only: bool = False, hint: str = "") -> RdfFormat:
    """The format of the file ``path`` by its extension; with ``graph_only``, one that holds one
    graph. ``hint`` ends the message for an extension that says nothing (``", or pass
    --format"``)."""
    suffix = Path(str(path)).suffix.lower()
    if suffix in _RDFXML:
        raise InputError(path, _RDFXML_REASON)
    found = _BY_EXTENSION.get(suffix)
    allowed = [f for f in FORMATS if not (graph_only and f.dataset)]
    named = ", ".join(e for f in allowed for e in f.extensions)
    if found is None:
        raise InputError(
            path,
            f"cannot tell its RDF format from the extension {suffix or '(none)'!r}; "
            f"name it {named}{hint}",
        )
    if found not in allowed:
        raise InputError(
            path, f"holds a dataset ({found.name}), not one graph; send {named} instead"
        )
    return found
