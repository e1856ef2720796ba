"""Graph -> the published JSON-LD: the expanded nodes of :mod:`kzld.rdf.dump` compacted with
kzld's context (``ontology/context.jsonld``, embedded in the output so that no reader needs
the network), ``@graph`` sorted by ``@id``, byte-for-byte reproducible.

Compaction is done by :class:`kzld.rdf.jsonld.Compactor` (the same result as PyLD's, much
faster), which supports the shipped context; PyLD, the reference the tests compare it with and
the way for another context, lives in :mod:`kzld.rdf.reference`, imported only by its users (a
build that adds one text to an archive spends a tenth of a second importing it). A node's lines
depend only on its subject's triples, so they may be made apart (:func:`jsonld_nodes`, as a build
does for each text's part of the graph and keeps) and joined into the document later
(:func:`jsonld_joined`), with the same bytes as :func:`jsonld_of`.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from rdflib import Graph

from .dump import Triples, dumps_indented, expanded_nodes
from .jsonld import Compactor, load_context
from .splice import Layout
from .triples import Ordered, Triple, TripleSet, ordered_triples

__all__ = [
    "JsonldNode",
    "jsonld_bytes",
    "jsonld_joined",
    "jsonld_layout",
    "jsonld_nodes",
    "jsonld_of",
    "to_jsonld",
]


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
    compactor, _ = _compactor()
    return jsonld_bytes([compactor.node(n) for n in expanded_nodes(triples)], load_context())


#: One node of the published JSON-LD made apart: its ``@graph`` sort key and its lines.
JsonldNode = tuple[str, bytes]
#: Stands for the nodes in the document written around them (no context holds it).
_NODES = "kzld: the nodes go here"


def jsonld_nodes(ordered: Ordered) -> list[JsonldNode]:
    """The node of each subject of ``ordered`` (one each, in its order) as :func:`jsonld_of`
    writes it in ``@graph``: its sort key, and its lines (indented as there, with no comma or
    newline after the last)."""
    compactor, id_key = _compactor()
    compact = compactor.pairs
    found = []
    for subject, pairs in ordered:
        made = compact(str(subject), pairs)
        lines = b"  " + dumps_indented(made)[:-1].replace(b"\n", b"\n  ")
        found.append((str(made.get(id_key, "")), lines))
    return found


@cache
def _compactor() -> tuple[Compactor, str]:
    """The compactor of kzld's context and the term that context gives ``@id``, made once (the
    shipped context is one the compactor supports: another raises
    :class:`~kzld.errors.UnsupportedContext`)."""
    context = load_context()
    return Compactor(context), _id_key(context)


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
