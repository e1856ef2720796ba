"""The graph the pages are read from: a pyoxigraph store seen through rdflib's ``Graph`` API.

The static site and the live pages of ``kzld serve`` read the same store, so neither holds the
graph as rdflib objects (about ten times the memory of the store) and both render with the same
code. :func:`open_graph` loads a published file (or an rdflib graph) into a store; :func:`view`
wraps any store, the read-only on-disk one of :mod:`kzld.query.cache` included. Lookups are
cached (bounded), since every page asks again for the names of the resources it links to.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.store import Store
from rdflib.term import Node

from ..errors import RDFSyntaxError
from ..rdf.dump import to_turtle
from ..rdf.formats import JSON_LD, of_file
from ..rdf.load import load_ntriples
from ..rdf.parsers import oxigraph_format

__all__ = ["StoreView", "load_store", "to_ox", "to_rdflib", "view"]

_XSD_STRING = str(XSD.string)
_LANG_STRING = str(RDF.langString)
#: Oxigraph stores a literal of a type derived from xsd:integer (``"7"^^xsd:nonNegativeInteger``)
#: as an xsd:integer; the site's store keeps such a literal under this prefix + its type, which
#: :func:`to_rdflib` and :func:`to_ox` undo, so that pages and dumps show the type published.
KEPT = "urn:kzld:kept-datatype:"
_DERIVED = frozenset(
    str(XSD[name])
    for name in (
        "nonNegativeInteger",
        "positiveInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "long",
        "int",
        "short",
        "byte",
        "unsignedLong",
        "unsignedInt",
        "unsignedShort",
        "unsignedByte",
    )
)
#: Lookups by object kept (the oldest let go first).
CACHE_SIZE = 20_000
#: What the static site keeps of each (:func:`view` with ``small``): it renders each page
#: once, in IRI order, so that little of what is kept is asked for again, and the bigger
#: caches held some 50 MB more in each process that writes pages (1,000 documents).
SMALL = 1_000
#: Descriptions of subjects kept (the oldest let go first): enough for the names of every
#: resource a page links to, and the parts of a statement.
DESCRIPTIONS = 8_000


def to_ox(term: Node | None) -> Any:
    """The pyoxigraph term of an rdflib term (``None`` stays a wildcard)."""
    if term is None:
        return None
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            datatype = str(term.datatype)
            kept = KEPT + datatype if datatype in _DERIVED else datatype
            return ox.Literal(str(term), datatype=ox.NamedNode(kept))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def to_rdflib(term: Any) -> Node:
    """The rdflib term of a pyoxigraph term."""
    if isinstance(term, ox.NamedNode):
        # the store holds only valid IRIs: skip URIRef's check of each one (a third of the
        # time a page takes)
        return str.__new__(URIRef, term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype in (_XSD_STRING, _LANG_STRING):
            return Literal(term.value)
        found = _TYPED.get(term)
        if found is None:
            if datatype.startswith(KEPT):
                datatype = datatype[len(KEPT) :]
            found = Literal(term.value, datatype=str.__new__(URIRef, datatype))
            if len(_TYPED) >= TYPED:
                _TYPED.clear()
            _TYPED[term] = found
        return found
    raise TypeError(f"not an RDF term: {term!r}")


#: Typed literals converted kept (all let go when full): rdflib reads a typed literal's value
#: when it makes one (an offset, a date), ten times the cost of looking it up, and the same
#: offsets and dates come back on page after page.
TYPED = 50_000
_TYPED: dict[Any, Literal] = {}


class StoreView(Store):
    """A read-only rdflib store over the default graph of a pyoxigraph store.

    A pattern with a subject is answered from that subject's description (all its triples, read
    from the store at once and kept, the most recent ``descriptions``); one with an object
    only from its own lookup (the most recent ``lookups`` kept).
    """

    context_aware = False
    formula_aware = False
    transaction_aware = False
    graph_aware = False

    def __init__(
        self, store: ox.Store, descriptions: int = DESCRIPTIONS, lookups: int = CACHE_SIZE
    ) -> None:
        super().__init__()
        self.ox = store
        self.descriptions, self.lookups = descriptions, lookups
        self._lock = threading.Lock()  # the live pages read from several threads
        self._cache: OrderedDict[tuple[Any, ...], tuple[tuple[Node, Node, Node], ...]] = (
            OrderedDict()
        )
        #: (keyed by the IRI as a plain string: an rdflib term hashes in Python)
        self._described: OrderedDict[str, dict[Node, tuple[Node, ...]]] = OrderedDict()

    def description(self, s: Node) -> dict[Node, tuple[Node, ...]]:
        """The predicates of ``s`` with their objects (read once, then kept)."""
        key = str(s)
        with self._lock:
            found = self._described.get(key)
            if found is not None:
                self._described.move_to_end(key)
                return found
        pairs: dict[Node, list[Node]] = {}
        for q in self.ox.quads_for_pattern(to_ox(s), None, None, ox.DefaultGraph()):
            pairs.setdefault(to_rdflib(q.predicate), []).append(to_rdflib(q.object))
        found = {p: tuple(objects) for p, objects in pairs.items()}
        with self._lock:
            self._described[key] = found
            if len(self._described) > self.descriptions:
                self._described.popitem(last=False)
        return found

    def values(self, s: Node, predicates: tuple[URIRef, ...]) -> dict[Node, tuple[Node, ...]]:
        """The values of ``predicates`` on ``s``: from its description when that is kept, else
        a lookup each (a resource linked to, the hundreds of signatures a section page lists
        say, need not have its description read, converted and kept for its name)."""
        key = str(s)
        with self._lock:
            found = self._described.get(key)
        if found is not None:
            return found
        subject = to_ox(s)
        values: dict[Node, tuple[Node, ...]] = {}
        for predicate in predicates:
            quads = self.ox.quads_for_pattern(subject, to_ox(predicate), None, ox.DefaultGraph())
            objects = tuple(to_rdflib(q.object) for q in quads)
            if objects:
                values[predicate] = objects
        return values

    def _match(self, s: Node | None, p: Node | None, o: Node | None) -> tuple[Any, ...]:
        if s is not None:
            described = self.description(s)
            if p is not None:
                return tuple((s, p, x) for x in described.get(p, ()) if o is None or x == o)
            return tuple(
                (s, pp, x) for pp, xs in described.items() for x in xs if o is None or x == o
            )
        key = (s, p, o)
        with self._lock:
            found = self._cache.get(key)
            if found is not None:
                self._cache.move_to_end(key)
                return found
        rows = tuple(
            (to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object))
            for q in self.ox.quads_for_pattern(to_ox(s), to_ox(p), to_ox(o), ox.DefaultGraph())
        )
        if o is not None:  # never keep a whole-graph or whole-predicate scan
            with self._lock:
                self._cache[key] = rows
                if len(self._cache) > self.lookups:
                    self._cache.popitem(last=False)
        return rows

    def triples(
        self, triple_pattern: tuple[Node | None, Node | None, Node | None], context: Any = None
    ) -> Iterator[tuple[tuple[Node, Node, Node], Iterator[Any]]]:
        """The triples matching the pattern (rdflib's store interface)."""
        s, p, o = triple_pattern
        if s is None and o is None:
            for q in self.ox.quads_for_pattern(None, to_ox(p), None, ox.DefaultGraph()):
                yield (to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)), iter(())
            return
        for triple in self._match(s, p, o):
            yield triple, iter(())

    def __len__(self, context: Any = None) -> int:
        return len(self.ox)

    def add(self, triple: Any, context: Any, quoted: bool = False) -> None:
        raise TypeError("the site's graph is read-only")

    def remove(self, triple: Any, context: Any = None) -> None:
        raise TypeError("the site's graph is read-only")


class _Viewed(Graph):
    """rdflib's graph over a :class:`StoreView`, the values of a subject's property read
    straight from the subject's description: the pages ask for them hundreds of times each, and
    rdflib's path through its triple patterns costs several times more for the same values."""

    def __init__(self, view: StoreView) -> None:
        super().__init__(store=view)
        self.view = view

    def objects(
        self, subject: Any = None, predicate: Any = None, unique: bool = False
    ) -> Generator[Node, None, None]:
        """The values of ``predicate`` on ``subject``, in the order of the store (rdflib's
        :meth:`~rdflib.Graph.objects`)."""
        if not unique and isinstance(predicate, URIRef) and isinstance(subject, (URIRef, BNode)):
            yield from self.view.description(subject).get(predicate, ())
        else:
            yield from super().objects(subject, predicate, unique)


def view(store: ox.Store, small: bool = False) -> Graph:
    """An rdflib graph reading ``store`` (nothing is copied); ``small``: keeping
    :data:`SMALL` descriptions and lookups (see :class:`StoreView`) rather than the default."""
    if small:
        return _Viewed(StoreView(store, SMALL, SMALL))
    return _Viewed(StoreView(store))


def load_store(data: Path | Graph) -> ox.Store:
    """A new in-memory store holding the graph ``data`` (a published file or an rdflib graph).

    A file is read as ``kzld query`` reads it (errors name the file and line; never the
    network); JSON-LD as :func:`kzld.rdf.load.load_graph` reads it (kzld's context resolved
    locally), without building an rdflib graph of it.
    """

    if isinstance(data, Graph) or of_file(data) == JSON_LD:
        text = to_turtle(data, {}) if isinstance(data, Graph) else load_ntriples(data).data
        syntax = ox.RdfFormat.TURTLE if isinstance(data, Graph) else ox.RdfFormat.N_TRIPLES
        store = ox.Store()
        store.bulk_extend(_kept(ox.parse(text, format=syntax)))
        return store

    syntax = oxigraph_format(of_file(data))
    store = ox.Store()
    try:
        store.bulk_extend(_kept(ox.parse(path=str(data), format=syntax)))
    except SyntaxError as error:
        raise RDFSyntaxError(data, f"cannot be parsed: {error}") from error
    except OSError as error:
        raise RDFSyntaxError(data, f"cannot be read: {error}") from error
    return store


_KEPT_TYPES = {datatype: ox.NamedNode(KEPT + datatype) for datatype in _DERIVED}


def _kept(quads: Iterator[ox.Quad]) -> Iterator[ox.Quad]:
    """``quads`` (of the default graph), each literal of a derived integer type wrapped so that
    the store keeps its type (see :data:`KEPT`); the others passed on as they are."""
    literal = ox.Literal
    for quad in quads:
        obj = quad.object
        if type(obj) is literal:
            kept = _KEPT_TYPES.get(obj.datatype.value)
            if kept is not None:
                obj = literal(obj.value, datatype=kept)
                yield ox.Quad(quad.subject, quad.predicate, obj, quad.graph_name)
                continue
        yield quad
