"""Graph -> the published JSON-LD: the expanded nodes of :mod:`kzld.rdf.dump` compacted with
kzld's own context (``ontology/context.jsonld``, embedded in the output so that no reader needs
the network), ``@graph`` sorted by ``@id``, byte-for-byte reproducible.

Compaction is done by :class:`kzld.rdf.jsonld.Compactor` (the same result as PyLD's, much
faster); PyLD compacts only for a context the Compactor does not support, and is the reference
the tests compare it with. A node's lines depend only on its subject's triples, so they may be
made apart (:func:`jsonld_nodes`, as a build does for each text's part of the graph and keeps)
and joined into the document later (:func:`jsonld_joined`), with the same bytes as
:func:`jsonld_of`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from pyld import jsonld
from rdflib import Graph

from ..errors import KzldError, UnsupportedContext
from .dump import Triples, dumps_indented, expanded_nodes
from .jsonld import Compactor, load_context
from .splice import Layout
from .triples import Ordered, Pair, Triple, TripleSet, ordered_triples

__all__ = [
    "JsonldNode",
    "compact_nodes",
    "compact_pyld",
    "jsonld_bytes",
    "jsonld_joined",
    "jsonld_layout",
    "jsonld_nodes",
    "jsonld_of",
    "to_jsonld",
]


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
    for subject, pairs in ordered:
        made = compact(str(subject), pairs)
        lines = b"  " + dumps_indented(made)[:-1].replace(b"\n", b"\n  ")
        found.append((str(made.get(id_key, "")), lines))
    return found


@cache
def _node_compactor() -> tuple[Callable[[str, list[Pair]], dict[str, Any]], str]:
    """Compacts one subject's node, from its pairs, with kzld's context (as
    :func:`compact_nodes` does), and the term the context gives ``@id``; made once."""
    context = load_context()
    try:
        return Compactor(context).pairs, _id_key(context)
    except UnsupportedContext:

        def by_pyld(subject: str, pairs: list[Pair]) -> dict[str, Any]:
            expanded = next(expanded_nodes((subject, p, o) for p, o in pairs))
            return compact_pyld([expanded], context)[0]

        return by_pyld, _id_key(context)


def jsonld_joined(nodes: Iterable[JsonldNode]) -> bytes:
    """The published JSON-LD document of ``nodes`` (see :func:`jsonld_nodes`): the bytes
    :func:`jsonld_of` writes for the triples they were made from."""
    layout = jsonld_layout()
    lines = [data for _, data in sorted(nodes, key=lambda node: node[0])]
    if not lines:
        return layout.empty
    return layout.header + layout.separator.join(lines) + layout.trailer


@cache
def jsonld_layout() -> Layout:
    """How the published JSON-LD document is put together from its nodes' lines
    (:func:`jsonld_nodes`; see :mod:`kzld.rdf.splice`)."""
    context = load_context()
    around = dumps_indented({"@context": context, "@graph": [_NODES]})
    before, after = around.split(f'  "{_NODES}"'.encode(), 1)
    return Layout(before, b",\n", after, jsonld_bytes([], context))


def _id_key(context: dict[str, Any]) -> str:
    """The term the context gives ``@id`` (``@id`` itself when none)."""
    return next((k for k, v in context.items() if v == "@id"), "@id")
