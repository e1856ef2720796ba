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

__all__ = [
    "NTriples",
    "Triple",
    "TripleSet",
    "is_iri",
    "ntriples",
    "ordered_triples",
    "to_graph",
]

#: An RDF term: an rdflib term, or an IRI as a plain string.
Term = Node | str
#: One triple of terms.
Triple = tuple[Term, Term, Term]

_RDF_TYPE = str(RDF.type)


class TripleSet:
    """A set of triples that mapping adds to (the ``add`` of a graph, nothing else).

    IRIs are kept as plain strings (a literal stays an rdflib :class:`~rdflib.Literal`): a plain
    string hashes and compares in C, an rdflib term in Python, and a build hashes and sorts
    millions of them. Everything that reads the set takes a plain string for an IRI.
    """

    __slots__ = ("_triples", "_typed")

    def __init__(self, triples: Iterable[Triple] = ()) -> None:
        self._triples: set[Triple] = set()
        self._typed: dict[str, set[str]] = {}  # class IRI -> its instances
        for triple in triples:
            self.add(triple)

    def add(self, triple: Triple) -> None:
        """Add ``triple`` (once: a set, like a graph)."""
        s, p, o = (_plain(term) for term in triple)
        self._triples.add((s, p, o))
        if p == _RDF_TYPE and type(o) is str:
            self._typed.setdefault(o, set()).add(s)  # type: ignore[arg-type]

    def __len__(self) -> int:
        return len(self._triples)

    def __iter__(self) -> Iterator[Triple]:
        return iter(self._triples)

    def __contains__(self, triple: object) -> bool:
        return isinstance(triple, tuple) and tuple(map(_plain, triple)) in self._triples

    def typed(self, kind: str | None = None) -> set[str]:
        """The subjects (IRIs, as plain strings) with an ``rdf:type`` (of ``kind``, if given)."""
        if kind is not None:
            return set(self._typed.get(str(kind), ()))
        return set().union(*self._typed.values())


def _plain(term: Term) -> Term:
    """An IRI as a plain string; any other term as it is."""
    return str(term) if type(term) is URIRef else term


def _term_key(term: Term) -> tuple[int, str, str]:
    if isinstance(term, Literal):
        extra = term.language or str(term.datatype or "")
        return (1, str(term), extra)
    return (0, str(term), "")


def is_iri(term: Term) -> bool:
    """True for an IRI: a :class:`~rdflib.URIRef` or, as a :class:`TripleSet` holds it, a plain
    string."""
    return type(term) is str or isinstance(term, URIRef)


def ordered_triples(triples: Iterable[Triple]) -> list[Triple]:
    """``triples`` in the canonical order of the dumps (subject, ``rdf:type`` first, predicate,
    object); refuses blank nodes, which published data must not have."""
    ordered = list(triples)
    for s, p, o in ordered:
        if isinstance(s, BNode) or isinstance(o, BNode):
            raise KzldError(f"blank node in published data: {s} {p} {o}")
    ordered.sort(key=_order_key)  # sort() makes each key once, before it sorts
    return ordered


def _order_key(triple: Triple) -> tuple[str, bool, str, tuple[int, str, str]]:
    s, p, o = triple
    # str() of a plain string is the string itself; of an rdflib term, a copy
    subject = s if type(s) is str else str(s)
    predicate = p if type(p) is str else str(p)
    obj = (0, o, "") if type(o) is str else _term_key(o)
    return (subject, predicate != _RDF_TYPE, predicate, obj)


def _iri(term: Term) -> Node:
    return URIRef(term) if isinstance(term, str) and not isinstance(term, Node) else term


def to_graph(triples: Iterable[Triple], prefixes: dict[str, str] | None = None) -> Graph:
    """An rdflib graph of ``triples``, with ``prefixes`` bound."""
    graph = Graph()
    for prefix, namespace in (prefixes or {}).items():
        graph.bind(prefix, namespace, override=True, replace=True)
    graph.addN((_iri(s), _iri(p), _iri(o), graph) for s, p, o in triples)
    return graph


@dataclass(frozen=True)
class NTriples:
    """A graph as N-Triples text: what validation and serialisation take from a build."""

    text: str


def ntriples(triples: Iterable[Triple]) -> NTriples:
    """``triples`` as N-Triples, one line each in the given order (each distinct term written
    once, by pyoxigraph, so escaping is its)."""
    from .rdfio import ox_term

    written: dict[Term, str] = {}

    def text(term: Term) -> str:
        found = written.get(term)
        if found is None:
            found = written[term] = str(ox_term(term))
        return found

    return NTriples("".join(f"{text(s)} {text(p)} {text(o)} .\n" for s, p, o in triples))
