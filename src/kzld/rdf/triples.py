"""The triples a build makes, held without a graph store, and their canonical order.

Mapping adds every triple to a :class:`TripleSet`: the triples held by subject, each IRI as one
plain string, with none of the indexes an rdflib :class:`~rdflib.Graph` keeps (they cost more
than the mapping itself on a big corpus, and nothing in a build looks triples up). The build
takes the set in the canonical order of the dumps once (:meth:`TripleSet.take_in_order`, an
:data:`Ordered`) and hands that to validation and serialisation.
"""

from __future__ import annotations

import io
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass

from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.term import Node

from ..errors import KzldError
from .terms import ox_term

__all__ = [
    "NTriples",
    "Ordered",
    "Triple",
    "TripleSet",
    "in_order",
    "is_iri",
    "ntriples",
    "ordered_triples",
    "to_graph",
    "triples_of",
]

#: An RDF term: an rdflib term, or an IRI as a plain string.
Term = Node | str
#: One triple of terms.
Triple = tuple[Term, Term, Term]
#: A predicate and an object: a triple less its subject.
Pair = tuple[Term, Term]
#: Triples held by subject, in order: each subject once, with its pairs in order.
Ordered = list[tuple[Term, list[Pair]]]

_RDF_TYPE = str(RDF.type)


class TripleSet:
    """A set of triples that mapping adds to (the ``add`` of a graph, nothing else).

    IRIs are kept as plain strings (a literal stays an rdflib :class:`~rdflib.Literal`): a plain
    string hashes and compares in C, an rdflib term in Python, and a build hashes and sorts
    millions of them. Each distinct IRI is held once, however many triples name it, and the
    triples are held by subject, as the dumps write them (:meth:`take_in_order`). Everything that
    reads the set takes a plain string for an IRI.
    """

    __slots__ = ("_groups", "_iris", "_size", "_typed")

    def __init__(self, triples: Iterable[Triple] = ()) -> None:
        self._groups: dict[Term, set[Pair]] = {}  # subject -> its (predicate, object) pairs
        self._iris: dict[str, str] = {}  # each IRI once
        self._typed: dict[str, set[str]] = {}  # class IRI -> its instances
        self._size = 0
        for triple in triples:
            self.add(triple)

    def add(self, triple: Triple) -> None:
        """Add ``triple`` (once: a set, like a graph)."""
        s, p, o = triple
        # an IRI as the one plain string held for it, any other term as it is (written out
        # for each term rather than a call per term: mapping adds millions of triples)
        iris = self._iris
        if type(s) is URIRef:
            s = str(s)
        if type(s) is str:
            s = iris.setdefault(s, s)
        if type(p) is URIRef:
            p = str(p)
        if type(p) is str:
            p = iris.setdefault(p, p)
        if type(o) is URIRef:
            o = str(o)
        if type(o) is str:
            o = iris.setdefault(o, o)
        group = self._groups.get(s)
        if group is None:
            group = self._groups[s] = set()
        size = len(group)
        group.add((p, o))
        if len(group) != size:
            self._size += 1
            if p == _RDF_TYPE and type(o) is str:
                self._typed.setdefault(o, set()).add(s)  # type: ignore[arg-type]

    def __len__(self) -> int:
        return self._size

    def __iter__(self) -> Iterator[Triple]:
        return ((s, p, o) for s, group in self._groups.items() for p, o in group)

    def __contains__(self, triple: object) -> bool:
        if not isinstance(triple, tuple) or len(triple) != 3:
            return False
        s, p, o = map(_plain, triple)
        return (p, o) in self._groups.get(s, ())

    def typed(self, kind: str | None = None) -> set[str]:
        """The subjects (IRIs, as plain strings) with an ``rdf:type`` (of ``kind``, if given)."""
        if kind is not None:
            return set(self._typed.get(str(kind), ()))
        return set().union(*self._typed.values())

    def take_in_order(self) -> Ordered:
        """The triples in the canonical order (see :func:`in_order`), leaving the set empty:
        each subject's pairs are let go as soon as they are sorted, so a build never holds its
        triples twice."""
        groups = self._groups
        _refuse_blank_subjects(groups)
        ordered = [(s, _sorted_pairs(s, groups.pop(s))) for s in sorted(groups, key=str)]
        self._iris.clear()
        self._typed.clear()
        self._size = 0
        return ordered


def _plain(term: Term) -> Term:
    """An IRI as a plain string; any other term as it is."""
    return str(term) if type(term) is URIRef else term


def _term_key(term: Term) -> tuple[int, str, str]:
    if isinstance(term, Literal):
        extra = term.language or str(term.datatype or "")
        return (1, str(term), extra)
    return (0, str(term), "")


def _pair_key(pair: Pair) -> tuple[bool, str, tuple[int, str, str]]:
    p, o = pair
    # str() of a plain string is the string itself; of an rdflib term, a copy
    predicate = p if type(p) is str else str(p)
    obj = (0, o, "") if type(o) is str else _term_key(o)
    return (predicate != _RDF_TYPE, predicate, obj)


def _refuse_blank_subjects(groups: Mapping[Term, Collection[Pair]]) -> None:
    for s, group in groups.items():
        if isinstance(s, BNode):
            p, o = next(iter(group))
            raise KzldError(f"blank node in published data: {s} {p} {o}")


def _sorted_pairs(subject: Term, pairs: Iterable[Pair]) -> list[Pair]:
    ordered = sorted(pairs, key=_pair_key)  # sorted() makes each key once, before it sorts
    for p, o in ordered:
        # an IRI held as a plain string is no blank node, and is told so without the isinstance
        # of rdflib's abstract classes (a Python call for every pair of every text)
        if type(o) is not str and isinstance(o, BNode):
            raise KzldError(f"blank node in published data: {subject} {p} {o}")
    return ordered


def is_iri(term: Term) -> bool:
    """True for an IRI: a :class:`~rdflib.URIRef` or, as a :class:`TripleSet` holds it, a plain
    string."""
    return type(term) is str or isinstance(term, URIRef)


def in_order(triples: Iterable[Triple]) -> Ordered:
    """``triples`` in the canonical order of the dumps, held by subject: subjects in order, each
    with its (predicate, object) pairs, ``rdf:type`` first, then by predicate and object (an IRI
    before a literal); refuses blank nodes, which published data must not have."""
    groups: dict[Term, list[Pair]] = {}
    for s, p, o in triples:
        groups.setdefault(s, []).append((p, o))
    _refuse_blank_subjects(groups)
    return [(s, _sorted_pairs(s, groups[s])) for s in sorted(groups, key=str)]


def triples_of(ordered: Ordered) -> Iterator[Triple]:
    """The triples of ``ordered``, one by one, in its order."""
    return ((s, p, o) for s, pairs in ordered for p, o in pairs)


def ordered_triples(triples: Iterable[Triple]) -> list[Triple]:
    """``triples`` in the canonical order of the dumps, as a list (see :func:`in_order`)."""
    return list(triples_of(in_order(triples)))


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
    """A graph as N-Triples (UTF-8 bytes): what validation and serialisation take from a build.

    Bytes, not text: a string holding one non-Latin character takes two or four bytes for every
    character, and the libraries it goes to read UTF-8.
    """

    data: bytes

    @property
    def text(self) -> str:
        """The N-Triples as text."""
        return self.data.decode("utf-8")


def ntriples(triples: Iterable[Triple]) -> NTriples:
    """``triples`` as N-Triples, one line each in the given order (each distinct term written
    once, by pyoxigraph, so escaping is its)."""
    written: dict[Term, bytes] = {}

    def term(node: Term) -> bytes:
        found = written[node] = str(ox_term(node)).encode("utf-8")
        return found

    out = io.BytesIO()  # its getvalue() hands over the buffer, no copy
    write, get = out.write, written.get
    for s, p, o in triples:
        write(b"%b %b %b .\n" % (get(s) or term(s), get(p) or term(p), get(o) or term(o)))
    return NTriples(out.getvalue())
