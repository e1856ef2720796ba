"""Graph -> bytes: canonical Turtle and compacted JSON-LD, both byte-for-byte reproducible.

Turtle is written by pyoxigraph from triples in a fixed order (subject, then ``rdf:type`` first,
then predicate and object), so two builds of the same graph give the same bytes. JSON-LD is the
expanded form of the same triples compacted with kzld's own context (``ontology/context.jsonld``,
embedded in the output so that no reader needs the network), ``@graph`` sorted by ``@id``.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from .errors import KzldError
from .rdfio import ox_triples
from .resources import ontology_dir

__all__ = [
    "compact_nodes",
    "compact_pyld",
    "expand",
    "jsonld_bytes",
    "load_context",
    "ordered_triples",
    "to_jsonld",
    "to_turtle",
]

_RDF_TYPE = str(RDF.type)
_XSD_STRING = str(XSD.string)


def _term_key(term: Node) -> tuple[int, str, str]:
    if isinstance(term, Literal):
        extra = term.language or str(term.datatype or "")
        return (1, str(term), extra)
    return (0, str(term), "")


def ordered_triples(graph: Graph) -> list[tuple[Node, Node, Node]]:
    """The triples of ``graph`` in the canonical order of the dumps; refuses blank nodes."""
    triples = []
    for s, p, o in graph:
        if isinstance(s, BNode) or isinstance(o, BNode):
            raise KzldError(f"blank node in published data: {s} {p} {o}")
        triples.append((s, p, o))
    triples.sort(key=lambda t: (str(t[0]), str(t[1]) != _RDF_TYPE, str(t[1]), _term_key(t[2])))
    return triples


Triples = list[tuple[Node, Node, Node]]


def to_turtle(graph: Graph, prefixes: dict[str, str], triples: Triples | None = None) -> bytes:
    """Canonical Turtle of ``graph`` with ``prefixes`` declared (``triples``: its
    :func:`ordered_triples`, when already at hand)."""
    ordered = ordered_triples(graph) if triples is None else triples
    data = ox.serialize(ox_triples(ordered), format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    return bytes(data) if data is not None else b""


@cache
def load_context() -> dict[str, Any]:
    """kzld's JSON-LD context (the value of ``@context``), read from the shipped ontology."""
    path = ontology_dir() / "context.jsonld"
    with path.open(encoding="utf-8") as handle:
        document = json.load(handle)
    context = document.get("@context")
    if not isinstance(context, dict):
        raise KzldError(f"{path}: has no @context object")
    return context


def _expanded_value(term: Node) -> dict[str, Any]:
    if isinstance(term, URIRef):
        return {"@id": str(term)}
    assert isinstance(term, Literal)
    if term.language:
        return {"@value": str(term), "@language": term.language}
    if term.datatype is not None and str(term.datatype) != _XSD_STRING:
        return {"@value": str(term), "@type": str(term.datatype)}
    return {"@value": str(term)}


def expand(graph: Graph, triples: Triples | None = None) -> list[dict[str, Any]]:
    """The graph as expanded JSON-LD node objects, in the canonical order."""
    nodes: dict[str, dict[str, Any]] = {}
    for s, p, o in ordered_triples(graph) if triples is None else triples:
        node = nodes.setdefault(str(s), {"@id": str(s)})
        if str(p) == _RDF_TYPE and isinstance(o, URIRef):
            node.setdefault("@type", []).append(str(o))
        else:
            node.setdefault(str(p), []).append(_expanded_value(o))
    return list(nodes.values())


def _refuse(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    raise KzldError(f"refusing to load {url}: kzld never fetches documents while serialising")


def compact_pyld(nodes: list[dict[str, Any]], context: dict[str, Any]) -> list[dict[str, Any]]:
    """``nodes`` (expanded) compacted by PyLD with ``context``: the reference for
    :class:`kzld.jsonld.Compactor`, and the way for a context it does not support."""
    from pyld import jsonld

    compacted = jsonld.compact(
        nodes, {"@context": context}, {"documentLoader": _refuse, "graph": True}
    )
    result: list[dict[str, Any]] = compacted.get("@graph", [])
    return result


def compact_nodes(nodes: list[dict[str, Any]], context: dict[str, Any]) -> list[dict[str, Any]]:
    """``nodes`` (expanded) compacted with ``context``: directly where the context allows
    (:mod:`kzld.jsonld`, the same result as PyLD's), otherwise by PyLD."""
    from .jsonld import Compactor, Unsupported

    try:
        compactor = Compactor(context)
    except Unsupported:
        return compact_pyld(nodes, context)
    return [compactor.node(node) for node in nodes]


def jsonld_bytes(nodes: list[dict[str, Any]], context: dict[str, Any]) -> bytes:
    """The published JSON-LD document of compacted ``nodes``: context embedded, sorted by id."""
    id_key = next((k for k, v in context.items() if v == "@id"), "@id")
    nodes = sorted(nodes, key=lambda node: str(node.get(id_key, "")))
    output = {"@context": context, "@graph": nodes}
    return (json.dumps(output, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()


def to_jsonld(graph: Graph, triples: Triples | None = None) -> bytes:
    """Compacted JSON-LD of ``graph`` with kzld's context embedded, ``@graph`` sorted by id
    (``triples``: its :func:`ordered_triples`, when already at hand)."""
    context = load_context()
    return jsonld_bytes(compact_nodes(expand(graph, triples), context), context)
