"""The shapes kzld validates with: the shipped SHACL shapes with the kzld ontology beside them
(so that subclasses and the SKOS schemes count), each parsed once, and split into what the engine
checks and the whole-graph constraints kzld evaluates itself (:mod:`~kzld.validate.whole`)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import shacl
from rdflib import Graph

from ..errors import InputError
from ..rdf.load import load_graph
from ..rdf.namespaces import REPORT_PREFIXES
from ..rdf.terms import ox_triples
from ..resources import ontology_dir, shapes_dir
from . import qualified, sparql
from .qualified import QualifiedCount
from .sparql import SparqlConstraint

__all__ = [
    "compiled",
    "load_shapes",
    "ntriples_bytes",
    "ontology",
    "ontology_ntriples",
    "ontology_triples",
    "split_shapes",
]


@cache
def ontology() -> Graph:
    """The kzld ontology (``ontology/kzld.ttl``), parsed once: do not modify it."""
    return load_graph(ontology_dir() / "kzld.ttl", "turtle")


@cache
def _default_shapes() -> Graph:
    return _load(shapes_dir())


def load_shapes(directory: Path | None = None) -> Graph:
    """The shapes (every ``*.ttl`` in ``directory``, default the shipped ``shapes/``) together with
    the kzld ontology, so that subclasses count. The default graph is parsed once and shared:
    do not modify it."""
    return _default_shapes() if directory is None else _load(directory)


def _load(directory: Path) -> Graph:
    files = sorted(Path(directory).glob("*.ttl"))
    if not files:
        raise InputError(directory, "holds no shapes (*.ttl files)")
    graph = Graph()
    for path in files:
        graph += load_graph(path, "turtle")
    graph += ontology()
    for prefix, namespace in REPORT_PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


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
    rest, constraints = sparql.split(shapes)
    core, counts = qualified.split(rest)
    return core, constraints, counts


@lru_cache(maxsize=4)
def compiled(shapes: Graph) -> Any:
    """``shapes`` compiled by the ``shacl`` engine."""
    return shacl.Shapes.from_text(shapes.serialize(format="nt"), format="ntriples")
