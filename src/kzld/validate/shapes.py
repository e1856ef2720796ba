"""The shapes kzld validates with: the shipped SHACL shapes with the kzld ontology beside them
(so that subclasses and the SKOS schemes count), or the user's shapes as given, each parsed once,
checked (nothing that fetches, nothing SHACL-SPARQL forbids), and split into what the engine
checks and the whole-graph constraints kzld evaluates itself (:mod:`~kzld.validate.whole`).

The shipped shapes so split (:func:`prepared`) are kept between runs (:func:`~kzld.derived.kept`,
under kzld's files, the shapes' and the ontology's among them, and rdflib's installation): a
build validates without parsing or splitting them again (a tenth of a second of every build)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import rdflib
import shacl
from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, SH
from rdflib.term import Node

from ..derived import kept
from ..errors import InputError
from ..rdf.formats import EXTENSIONS
from ..rdf.load import load_graph
from ..rdf.namespaces import REPORT_PREFIXES
from ..rdf.terms import ox_triples
from ..resources import ontology_dir, shapes_dir
from .qualified import QualifiedCount
from .qualified import split as split_counts
from .sparql import SparqlConstraint
from .sparql import split as split_constraints
from .verdicts import verdict

__all__ = [
    "Prepared",
    "blank_shapes_again",
    "compiled",
    "default_shapes",
    "is_default",
    "load_shapes",
    "mixes_ontology",
    "named_shapes",
    "ntriples_bytes",
    "ontology",
    "ontology_ntriples",
    "ontology_triples",
    "prepared",
    "refuse_unusable",
    "split_shapes",
    "unnamed",
]


@cache
def ontology() -> Graph:
    """The kzld ontology (``ontology/kzld.ttl``), parsed once: do not modify it."""
    return load_graph(ontology_dir() / "kzld.ttl", "turtle")


@cache
def _default_shapes() -> Graph:
    return _load((shapes_dir(),))


def default_shapes() -> Graph:
    """The shipped shapes with the ontology (parsed once: do not modify them)."""
    return _default_shapes()


def load_shapes(paths: Path | Iterable[Path] | None = None) -> Graph:
    """The shapes: the shipped ``shapes/`` by default, else every file given and every RDF file
    (``*.ttl``, ``*.nt``, ``*.jsonld``, ...) in every folder given. Shapes that use kzld's terms
    get the kzld ontology beside them, so that subclasses count (:func:`mixes_ontology`); other
    shapes see the data as it is. The default graph is parsed once and shared: do not modify
    it. Shapes whose SPARQL could fetch anything, or that SHACL-SPARQL does not allow, are
    refused (:func:`refuse_unusable`)."""
    if paths is None:
        return _default_shapes()
    return _load((paths,) if isinstance(paths, Path) else tuple(paths))


def _load(paths: tuple[Path, ...]) -> Graph:
    graph = Graph()
    for given in paths:
        if given.is_dir():
            files = sorted(p for p in given.iterdir() if p.suffix.lower() in EXTENSIONS)
            if not files:
                raise InputError(given, f"holds no shapes (no {', '.join(EXTENSIONS)} file)")
        else:
            files = [given]
        for path in files:
            found = load_graph(path)
            refuse_unusable(found, str(path))
            graph += found
    if _speaks_kzld(graph):
        graph += ontology()
    for prefix, namespace in REPORT_PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


#: What every IRI of kzld's vocabulary, shapes and data starts with.
_KZLD_IRIS = "https://w3id.org/kzld/"
#: The kzld ontology's own IRI (present in shapes that have the ontology mixed in).
_ONTOLOGY = URIRef("https://w3id.org/kzld/vocab")


def _speaks_kzld(shapes: Graph) -> bool:
    """Whether ``shapes`` use kzld's terms: then the kzld ontology belongs beside the data (a
    ``kzld:Statement`` is a ``schema:CreativeWork``). Other shapes see the data as it is."""
    return any(
        isinstance(term, URIRef) and term.startswith(_KZLD_IRIS)
        for triple in shapes
        for term in triple
    )


def mixes_ontology(shapes: Graph) -> bool:
    """Whether validating against ``shapes`` mixes the kzld ontology into the data."""
    return (_ONTOLOGY, RDF.type, OWL.Ontology) in shapes


#: The properties whose values SHACL-SPARQL evaluates as queries.
_SPARQL_TEXTS = (SH.select, SH.ask, SH.construct)


def refuse_unusable(shapes: Graph, name: str) -> None:
    """Refuse shapes whose SPARQL could reach the network (``SERVICE``, ``FROM``, ...:
    :mod:`kzld.rdf.sparql`) or that SHACL-SPARQL does not allow (5.3.1): each text judged once
    (:mod:`~kzld.validate.verdicts`)."""
    for predicate in _SPARQL_TEXTS:
        for text in shapes.objects(None, predicate):
            reason = verdict(str(text)).refused
            if reason is not None:
                raise InputError(name, f"a SPARQL constraint of the shapes: {reason}")


@cache
def ontology_triples() -> tuple[ox.Triple, ...]:
    """The ontology's triples, as pyoxigraph terms."""
    return tuple(ox_triples(ontology()))


@cache
def ontology_ntriples() -> bytes:
    """The ontology as N-Triples."""
    return ntriples_bytes(ontology_triples())


def ntriples_bytes(triples: Iterable[ox.Triple]) -> bytes:
    """``triples`` as N-Triples."""
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    return bytes(data) if data is not None else b""


@lru_cache(maxsize=4)
def split_shapes(
    shapes: Graph,
) -> tuple[Graph, tuple[SparqlConstraint, ...], tuple[QualifiedCount, ...]]:
    """The shapes left to the engine, the SPARQL constraints and the qualified class counts
    evaluated over the whole graph instead (:mod:`~kzld.validate.whole`)."""
    rest, constraints = split_constraints(shapes)
    core, counts = split_counts(rest)
    return core, constraints, counts


@lru_cache(maxsize=4)
def compiled(core: str) -> shacl.Shapes:
    """The shapes ``core`` (N-Triples, blank shapes named: :attr:`Prepared.core`) compiled by
    the ``shacl`` engine."""
    return shacl.Shapes.from_text(core, format="ntriples")


@dataclass(frozen=True)
class Prepared:
    """Shapes split for the ``shacl`` engine: what the engine checks, as N-Triples with its
    blank shapes named (:func:`named_shapes`), the SPARQL constraints and qualified class counts
    evaluated over the whole graph, and the ontology's N-Triples when the data gets it mixed in
    (:func:`mixes_ontology`; empty otherwise)."""

    core: str
    constraints: tuple[SparqlConstraint, ...]
    counts: tuple[QualifiedCount, ...]
    ontology: str

    def ontology_triples(self) -> tuple[ox.Triple, ...]:
        """The ontology's triples mixed into the data (none when it is not)."""
        return _parsed(self.ontology)


@lru_cache(maxsize=4)
def _parsed(ntriples: str) -> tuple[ox.Triple, ...]:
    return tuple(q.triple for q in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES))


def prepared(shapes: Graph | None = None) -> Prepared:
    """``shapes`` (default: the shipped ones, kept between runs) split for the engine."""
    if shapes is None or is_default(shapes):
        return _default_prepared()
    return _prepared(shapes)


def is_default(shapes: Graph) -> bool:
    """Whether ``shapes`` is the shipped shapes graph (not parsed to tell: a graph given
    before it was ever parsed is not it)."""
    return _default_shapes.cache_info().currsize > 0 and shapes is _default_shapes()


@cache
def _default_prepared() -> Prepared:
    return kept(
        "shapes/prepared",
        lambda: _prepared(_default_shapes()),
        _prepared_value,
        _prepared_read,
        libraries=(rdflib,),
    )


@lru_cache(maxsize=4)
def _prepared(shapes: Graph) -> Prepared:
    core, constraints, counts = split_shapes(shapes)
    mixed = ontology_ntriples().decode() if mixes_ontology(shapes) else ""
    return Prepared(named_shapes(core).serialize(format="nt"), constraints, counts, mixed)


def _prepared_value(split: Prepared) -> list[Any]:
    """``split`` as JSON-ready values (see :func:`_prepared_read`)."""
    constraints = [
        [str(c.shape), _term(c.constraint), str(c.severity), c.query, _texts(c.messages), c.select]
        for c in split.constraints
    ]
    counts = [
        [
            str(c.shape),
            str(c.path),
            str(c.klass),
            c.minimum,
            c.maximum,
            str(c.severity),
            _texts(c.messages),
            c.query,
        ]
        for c in split.counts
    ]
    return [split.core, constraints, counts, split.ontology]


def _prepared_read(value: Any) -> Prepared:
    """The split :func:`_prepared_value` gave as ``value``."""
    core, constraints, counts, mixed = value
    return Prepared(
        str(core),
        tuple(
            SparqlConstraint(
                URIRef(shape),
                _node(node),
                URIRef(severity),
                str(query),
                _literals(messages),
                str(select),
            )
            for shape, node, severity, query, messages, select in constraints
        ),
        tuple(
            QualifiedCount(
                URIRef(shape),
                URIRef(path),
                URIRef(klass),
                None if minimum is None else int(minimum),
                None if maximum is None else int(maximum),
                URIRef(severity),
                _literals(messages),
                str(query),
            )
            for shape, path, klass, minimum, maximum, severity, messages, query in counts
        ),
        str(mixed),
    )


def _term(node: Node) -> list[str]:
    kind = "iri" if isinstance(node, URIRef) else "blank" if isinstance(node, BNode) else ""
    if not kind:
        raise TypeError(f"not a shape's node: {node!r}")
    return [kind, str(node)]


def _node(value: Any) -> Node:
    kind, text = value
    if kind not in ("iri", "blank"):
        raise ValueError(f"not a shape's node: {value!r}")
    return URIRef(text) if kind == "iri" else BNode(text)


def _texts(messages: Iterable[Literal]) -> list[list[str | None]]:
    return [[str(m), m.language, str(m.datatype) if m.datatype else None] for m in messages]


def _literals(value: Any) -> tuple[Literal, ...]:
    return tuple(
        Literal(str(text), lang=language, datatype=URIRef(datatype) if datatype else None)
        for text, language, datatype in value
    )


#: What blank-node shapes are named with for the SHACL engine, which relabels blank nodes: so its
#: results can name the shapes of the shapes graph (``sh:sourceShape``) as the graph has them.
_SHAPE_NAME = "urn:kzld:blank-shape:"
#: Properties whose values are shapes (lists of shapes for the logical ones).
_TO_SHAPE = (SH.property, SH.node, SH["not"], SH.qualifiedValueShape)
_TO_SHAPES = (SH["and"], SH["or"], SH.xone)


def named_shapes(shapes: Graph) -> Graph:
    """``shapes`` with every blank node that is a shape named by an IRI (:data:`_SHAPE_NAME`);
    paths and lists stay blank, as SHACL requires."""
    blank: set[BNode] = set()
    for kind in (SH.NodeShape, SH.PropertyShape):
        blank.update(n for n in shapes.subjects(RDF.type, kind) if isinstance(n, BNode))
    for predicate in _TO_SHAPE:
        blank.update(n for n in shapes.objects(None, predicate) if isinstance(n, BNode))
    for predicate in _TO_SHAPES:
        for items in shapes.objects(None, predicate):
            blank.update(n for n in shapes.items(items) if isinstance(n, BNode))
    if not blank:
        return shapes
    named = Graph()
    names: dict[Node, Node] = {node: URIRef(_SHAPE_NAME + str(node)) for node in blank}
    for s, p, o in shapes:
        named.add((names.get(s, s), p, names.get(o, o)))
    return named


def unnamed(term: Node) -> Node:
    """The blank node a shape name of :func:`named_shapes` stands for (other terms as they are)."""
    if isinstance(term, URIRef) and term.startswith(_SHAPE_NAME):
        return BNode(term[len(_SHAPE_NAME) :])
    return term


def blank_shapes_again(report: Graph) -> Graph:
    """``report`` with the names of :func:`named_shapes` turned back into blank nodes."""
    named = {t for triple in report for t in triple if unnamed(t) is not t}
    if not named:
        return report
    for s, p, o in list(report):
        if s in named or o in named:
            report.remove((s, p, o))
            report.add((unnamed(s), p, unnamed(o)))
    return report
