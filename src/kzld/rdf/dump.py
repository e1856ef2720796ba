"""Graph -> bytes: canonical Turtle and compacted JSON-LD, both byte-for-byte reproducible.

Turtle is written by pyoxigraph from triples in a fixed order (subject, then ``rdf:type`` first,
then predicate and object), so two builds of the same graph give the same bytes. JSON-LD is the
expanded form of the same triples compacted with kzld's own context (``ontology/context.jsonld``,
embedded in the output so that no reader needs the network), ``@graph`` sorted by ``@id``.

A node's lines in the JSON-LD depend only on its subject's triples, so they may be made apart
(:func:`jsonld_nodes`, as a build does for each text's part of the graph and keeps) and joined
into the document later (:func:`jsonld_joined`), with the same bytes as :func:`jsonld_of`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Any

import orjson
import pyoxigraph as ox
from pyld import jsonld
from rdflib import RDF, Graph, Literal
from rdflib.namespace import XSD

from ..errors import KzldError, UnsupportedContext
from .jsonld import Compactor, load_context
from .triples import (
    NTriples,
    Ordered,
    Term,
    Triple,
    TripleSet,
    is_iri,
    ntriples,
    ordered_triples,
    triples_of,
)

__all__ = [
    "JsonldNode",
    "compact_nodes",
    "compact_pyld",
    "dumps_indented",
    "expand",
    "expanded_nodes",
    "jsonld_bytes",
    "jsonld_joined",
    "jsonld_nodes",
    "jsonld_of",
    "ordered_triples",
    "to_jsonld",
    "to_turtle",
    "turtle_bytes",
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


def _refuse(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    raise KzldError(f"refusing to load {url}: kzld never fetches documents while serialising")


def compact_pyld(nodes: list[dict[str, Any]], context: dict[str, Any]) -> list[dict[str, Any]]:
    """``nodes`` (expanded) compacted by PyLD with ``context``: the reference for
    :class:`kzld.rdf.jsonld.Compactor`, and the way for a context it does not support."""
    compacted = jsonld.compact(
        nodes, {"@context": context}, {"documentLoader": _refuse, "graph": True}
    )
    result: list[dict[str, Any]] = compacted.get("@graph", [])
    return result


def compact_nodes(nodes: Iterable[dict[str, Any]], context: dict[str, Any]) -> list[dict[str, Any]]:
    """``nodes`` (expanded) compacted with ``context``: directly where the context allows
    (:mod:`kzld.rdf.jsonld`, the same result as PyLD's), otherwise by PyLD."""

    try:
        compactor = Compactor(context)
    except UnsupportedContext:
        return compact_pyld(list(nodes), context)
    return [compactor.node(node) for node in nodes]


def jsonld_bytes(nodes: list[dict[str, Any]], context: dict[str, Any]) -> bytes:
    """The published JSON-LD document of compacted ``nodes``: context embedded, sorted by id."""
    id_key = _id_key(context)
    nodes = sorted(nodes, key=lambda node: str(node.get(id_key, "")))
    return dumps_indented({"@context": context, "@graph": nodes})


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


def to_jsonld(graph: Graph | TripleSet, triples: Triples | None = None) -> bytes:
    """Compacted JSON-LD of ``graph`` with kzld's context embedded, ``@graph`` sorted by id
    (``triples``: its :func:`ordered_triples`, when already at hand)."""
    return jsonld_of(ordered_triples(graph) if triples is None else triples)


def jsonld_of(triples: Iterable[Triple]) -> bytes:
    """Compacted JSON-LD of ``triples`` (in the canonical order) with kzld's context embedded."""
    context = load_context()
    return jsonld_bytes(compact_nodes(expanded_nodes(triples), context), context)


#: One node of the published JSON-LD made apart: its ``@graph`` sort key and its lines.
JsonldNode = tuple[str, bytes]
#: Stands for the nodes in the document written around them (no context holds it).
_NODES = "kzld: the nodes go here"


def jsonld_nodes(ordered: Ordered) -> list[JsonldNode]:
    """The node of each subject of ``ordered`` (one each, in its order) as :func:`jsonld_of`
    writes it in ``@graph``: its sort key, and its lines (indented as there, with no comma or
    newline after the last)."""
    compact, id_key = _node_compactor()
    found = []
    for node in expanded_nodes(triples_of(ordered)):
        made = compact(node)
        lines = b"  " + dumps_indented(made)[:-1].replace(b"\n", b"\n  ")
        found.append((str(made.get(id_key, "")), lines))
    return found


@cache
def _node_compactor() -> tuple[Callable[[dict[str, Any]], dict[str, Any]], str]:
    """Compacts one expanded node with kzld's context (as :func:`compact_nodes` does), and the
    term the context gives ``@id``; made once."""
    context = load_context()
    try:
        return Compactor(context).node, _id_key(context)
    except UnsupportedContext:
        return (lambda node: compact_pyld([node], context)[0]), _id_key(context)


def jsonld_joined(nodes: Iterable[JsonldNode]) -> bytes:
    """The published JSON-LD document of ``nodes`` (see :func:`jsonld_nodes`): the bytes
    :func:`jsonld_of` writes for the triples they were made from."""
    context = load_context()
    lines = [data for _, data in sorted(nodes, key=lambda node: node[0])]
    if not lines:
        return jsonld_bytes([], context)
    around = dumps_indented({"@context": context, "@graph": [_NODES]})
    before, after = around.split(f'  "{_NODES}"'.encode(), 1)
    return before + b",\n".join(lines) + after


def _id_key(context: dict[str, Any]) -> str:
    """The term the context gives ``@id`` (``@id`` itself when none)."""
    return next((k for k, v in context.items() if v == "@id"), "@id")
