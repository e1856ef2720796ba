"""The triples a build makes, held without a graph store, and their canonical order.

Mapping adds every triple to a :class:`TripleSet`: a plain set of rdflib term tuples, with none
of the indexes an rdflib :class:`~rdflib.Graph` keeps (they cost more than the mapping itself on a
big corpus, and nothing in a build looks triples up). The build puts the set in the canonical order
of the dumps once (:func:`ordered_triples`) and hands that to validation and serialisation.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.term import Node

from .errors import KzldError

__all__ = ["NTriples", "Triple", "TripleSet", "ntriples", "ordered_triples", "to_graph"]

#: One triple of rdflib terms.
Triple = tuple[Node, Node, Node]

_RDF_TYPE = str(RDF.type)


class TripleSet:
    """A set of triples that mapping adds to (the ``add`` of a graph, nothing else)."""

    __slots__ = ("_triples", "_typed")

    def __init__(self, triples: Iterable[Triple] = ()) -> None:
        self._triples: set[Triple] = set()
        self._typed: dict[str, set[Node]] = {}  # class IRI -> its instances
        for triple in triples:
            self.add(triple)

    def add(self, triple: Triple) -> None:
        """Add ``triple`` (once: a set, like a graph)."""
        self._triples.add(triple)
        s, p, o = triple
        # str's own comparison: rdflib's is written in Python, and this runs for every triple
        if isinstance(p, URIRef) and str.__eq__(p, _RDF_TYPE) and isinstance(o, URIRef):
            self._typed.setdefault(str(o), set()).add(s)

    def __len__(self) -> int:
        return len(self._triples)

    def __iter__(self) -> Iterator[Triple]:
        return iter(self._triples)

    def __contains__(self, triple: object) -> bool:
        return triple in self._triples

    def typed(self, kind: Node | None = None) -> set[Node]:
        """The subjects with an ``rdf:type`` (of ``kind``, when given)."""
        return {s for s, p, o in self._triples if p == RDF.type and (kind is None or o == kind)}


def _term_key(term: Node) -> tuple[int, str, str]:
    if isinstance(term, Literal):
        extra = term.language or str(term.datatype or "")
        return (1, str(term), extra)
    return (0, str(term), "")


def ordered_triples(triples: Iterable[Triple]) -> list[Triple]:
    """``triples`` in the canonical order of the dumps (subject, ``rdf:type`` first, predicate,
    object); refuses blank nodes, which published data must not have."""
    ordered = []
    for s, p, o in triples:
        if isinstance(s, BNode) or isinstance(o, BNode):
            raise KzldError(f"blank node in published data: {s} {p} {o}")
        ordered.append((s, p, o))
    ordered.sort(key=lambda t: (str(t[0]), str(t[1]) != _RDF_TYPE, str(t[1]), _term_key(t[2])))
    return ordered


def to_graph(triples: Iterable[Triple], prefixes: dict[str, str] | None = None) -> Graph:
    """An rdflib graph of ``triples``, with ``prefixes`` bound."""
    graph = Graph()
    for prefix, namespace in (prefixes or {}).items():
        graph.bind(prefix, namespace, override=True, replace=True)
    graph.addN((s, p, o, graph) for s, p, o in triples)
    return graph


@dataclass(frozen=True)
class NTriples:
    """A graph as N-Triples text: what validation and serialisation take from a build."""

    text: str


def ntriples(triples: Iterable[Triple]) -> NTriples:
    """``triples`` as N-Triples, one line each in the given order (each distinct term written
    once, by pyoxigraph, so escaping is its)."""
    from .rdfio import ox_term

    written: dict[Node, str] = {}

    def text(term: Node) -> str:
        found = written.get(term)
        if found is None:
            found = written[term] = str(ox_term(term))
        return found

    return NTriples("".join(f"{text(s)} {text(p)} {text(o)} .\n" for s, p, o in triples))
