"""Graph -> bytes: canonical Turtle, and the expanded JSON-LD nodes and indented JSON that
:mod:`kzld.rdf.compacted` makes the published JSON-LD of; all byte-for-byte reproducible.

Turtle is written by pyoxigraph from triples in a fixed order (subject, then ``rdf:type`` first,
then predicate and object), so two builds of the same graph give the same bytes. What pyoxigraph
writes of one subject depends only on that subject's triples and the prefixes: the Turtle of a
graph is its prefix lines and then each subject's block in order (:func:`turtle_blocks`,
:func:`turtle_joined`), so a build may keep the blocks of the subjects it has written before.
Nothing here needs PyLD, so a process that writes one resource's data (the live pages of
``kzld serve``) does not load it.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

import orjson
import pyoxigraph as ox
from rdflib import RDF, Graph, Literal
from rdflib.namespace import XSD

from .splice import Layout
from .triples import NTriples, Term, Triple, TripleSet, is_iri, ntriples, ordered_triples

__all__ = [
    "Triples",
    "dumps_indented",
    "expand",
    "expanded_nodes",
    "ordered_triples",
    "to_turtle",
    "turtle_blocks",
    "turtle_bytes",
    "turtle_joined",
    "turtle_layout",
]

_RDF_TYPE = str(RDF.type)
_XSD_STRING = str(XSD.string)

Triples = list[Triple]


def to_turtle(
    graph: Graph | TripleSet, prefixes: dict[str, str], triples: Triples | None = None
) -> bytes:
    """Canonical Turtle of ``graph`` with ``prefixes`` declared (``triples``: its
    :func:`ordered_triples`, when already at hand)."""
    ordered = ordered_triples(graph) if triples is None else triples
    return turtle_bytes(ntriples(ordered), prefixes)


def turtle_bytes(data: NTriples, prefixes: dict[str, str]) -> bytes:
    """Turtle of ``data`` (N-Triples in the canonical order), its order kept, ``prefixes``
    declared."""
    parsed = ox.parse(data.data, format=ox.RdfFormat.N_TRIPLES)
    written = ox.serialize(parsed, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    return bytes(written) if written is not None else b""


@cache
def _header(prefixes: tuple[tuple[str, str], ...]) -> bytes:
    """The prefix lines pyoxigraph starts Turtle with ``prefixes`` declared by."""
    probe = ox.NamedNode("urn:x")
    written = bytes(
        ox.serialize(
            [ox.Triple(probe, probe, probe)], format=ox.RdfFormat.TURTLE, prefixes=dict(prefixes)
        )
        or b""
    )
    return written[: written.rindex(b"<urn:x> <urn:x> <urn:x> .")]


def turtle_blocks(
    data: NTriples, prefixes: dict[str, str], subjects: int | None = None
) -> Iterator[bytes]:
    """The Turtle of each subject of ``data`` (N-Triples holding each subject's triples together,
    in the canonical order), in order, without the prefix lines (see :func:`turtle_joined`);
    ``subjects``: how many subjects ``data`` has, when the caller knows.

    The triples are written in one call and cut where a line starts with a subject (a line of a
    block after its first is indented, and a string's line breaks are escaped): what a call per
    subject writes, at half the cost. Where the cuts are not one a subject, each subject is
    written alone. Given ``subjects``, the parsed triples go straight to the writer, not
    grouped by subject first (grouping them cost as much as parsing and writing them)."""
    header = _header(tuple(prefixes.items()))
    groups = None
    if subjects is None:
        groups = _subject_groups(data)
        written = _headless(itertools.chain.from_iterable(groups), prefixes, header)
        subjects = len(groups)
    else:
        written = _headless(ox.parse(data.data, format=ox.RdfFormat.N_TRIPLES), prefixes, header)
    cuts = [0, *(found.end() for found in _SUBJECT_LINE.finditer(written)), len(written)]
    if len(cuts) == subjects + 1:
        yield from (written[start:end] for start, end in itertools.pairwise(cuts))
        return
    for group in groups if groups is not None else _subject_groups(data):
        yield _headless(group, prefixes, header)


def _subject_groups(data: NTriples) -> list[list[ox.Triple]]:
    """The triples of ``data``, parsed, in runs of one subject."""
    parsed = ox.parse(data.data, format=ox.RdfFormat.N_TRIPLES)
    return [list(group) for _, group in itertools.groupby(parsed, key=lambda t: t.subject)]


#: Where a subject's block ends in pyoxigraph's Turtle: a line break before an unindented line.
_SUBJECT_LINE = re.compile(rb"\n(?=[^\t ])")


def _headless(triples: Iterable[ox.Triple], prefixes: dict[str, str], header: bytes) -> bytes:
    """The Turtle of ``triples`` without the prefix lines ``header``."""
    written = bytes(ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes) or b"")
    if not written.startswith(header):
        raise AssertionError(f"pyoxigraph's Turtle starts otherwise: {written[:200]!r}")
    return written[len(header) :]


def turtle_joined(blocks: Iterable[bytes], prefixes: dict[str, str]) -> bytes:
    """The Turtle of a graph from the :func:`turtle_blocks` of its subjects, in order: the bytes
    :func:`turtle_bytes` writes of the same triples."""
    joined = b"".join(blocks)
    return _header(tuple(prefixes.items())) + joined if joined else b""


def turtle_layout(prefixes: dict[str, str]) -> Layout:
    """How the Turtle of a graph is put together from its subjects' :func:`turtle_blocks`
    (see :mod:`kzld.rdf.splice`)."""
    return Layout(_header(tuple(prefixes.items())), b"", b"", b"")


def _expanded_value(term: Term) -> dict[str, Any]:
    if not isinstance(term, Literal):
        assert is_iri(term)
        return {"@id": str(term)}
    if term.language:
        return {"@value": str(term), "@language": term.language}
    if term.datatype is not None and str(term.datatype) != _XSD_STRING:
        return {"@value": str(term), "@type": str(term.datatype)}
    return {"@value": str(term)}


def expand(graph: Graph | TripleSet, triples: Triples | None = None) -> list[dict[str, Any]]:
    """The graph as expanded JSON-LD node objects, in the canonical order."""
    return list(expanded_nodes(ordered_triples(graph) if triples is None else triples))


def expanded_nodes(triples: Iterable[Triple]) -> Iterator[dict[str, Any]]:
    """The expanded JSON-LD node object of each subject of ``triples``, in order, each made when
    its subject's triples end (``triples`` holds each subject's triples together, as
    :func:`ordered_triples` does)."""
    node: dict[str, Any] = {}
    for s, p, o in triples:
        subject = str(s)
        if node.get("@id") != subject:
            if node:
                yield node
            node = {"@id": subject}
        if str(p) == _RDF_TYPE and is_iri(o):
            node.setdefault("@type", []).append(str(o))
        else:
            node.setdefault(str(p), []).append(_expanded_value(o))
    if node:
        yield node


def dumps_indented(document: Any) -> bytes:
    """``document`` as UTF-8 JSON with keys sorted and one space of indent per level, then a
    newline: the bytes of ``json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True)``.

    The standard library writes indented JSON in pure Python; orjson writes it about twenty
    times faster, with two spaces per level, halved here (a JSON string never holds a raw
    newline, so every line starts with its indent and nothing else is touched).
    """
    try:
        data = orjson.dumps(document, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS)
    except TypeError:  # what orjson does not write (a lone surrogate, a big integer)
        return (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()
    depth = 1
    while b"\n" + b"  " * (depth + 1) in data:
        depth += 1
    for level in range(depth, 0, -1):  # deepest first; NUL never occurs raw in JSON
        data = data.replace(b"\n" + b"  " * level, b"\n" + b"\0" * level)
    return data.replace(b"\0", b" ") + b"\n"
