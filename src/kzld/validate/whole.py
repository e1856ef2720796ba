"""The whole-graph constraints' results: SPARQL constraints (:mod:`~kzld.validate.sparql`) and
qualified class counts (:mod:`~kzld.validate.qualified`) evaluated over one store a few at a time,
turned into rdflib terms and added to the SHACL report graph as an engine would add them."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from ..rdf.terms import rdflib_term
from .qualified import QualifiedCount, QualifiedFound
from .qualified import evaluate as evaluate_counts
from .sparql import Found, SparqlConstraint
from .sparql import evaluate as evaluate_constraints

__all__ = [
    "QUERY_THREADS",
    "WholeResult",
    "add_to_report",
    "from_count",
    "from_sparql",
    "whole_graph_results",
]

#: How many of the queries over the whole graph run at once.
QUERY_THREADS = 2


def whole_graph_results(
    store: ox.Store,
    constraints: tuple[SparqlConstraint, ...],
    counts: tuple[QualifiedCount, ...],
) -> tuple[list[Found], list[QualifiedFound]]:
    """The results of the SPARQL constraints and of the qualified counts over ``store``, each in
    the order of its constraints.

    pyoxigraph evaluates a query without the interpreter lock, and the store is only read, so
    the queries run :data:`QUERY_THREADS` at a time: on two cores, two at once once the dumps
    beside validation are written.
    """

    def sparql_of(constraint: SparqlConstraint) -> list[Found]:
        return list(evaluate_constraints(store, (constraint,)))

    def counts_of(count: QualifiedCount) -> list[QualifiedFound]:
        return list(evaluate_counts(store, (count,)))

    with ThreadPoolExecutor(max_workers=QUERY_THREADS, thread_name_prefix="kzld-sparql") as pool:
        by_constraint = [pool.submit(sparql_of, constraint) for constraint in constraints]
        by_count = [pool.submit(counts_of, one) for one in counts]
        return (
            [found for future in by_constraint for found in future.result()],
            [found for future in by_count for found in future.result()],
        )


@dataclass(frozen=True, slots=True)
class WholeResult:
    """A result found over the whole graph (a SPARQL constraint's or a qualified count's), in
    rdflib terms: what both the report graph and :class:`Result` are made from."""

    severity: URIRef
    shape: URIRef
    constraint: Node | None  # the SPARQL constraint node, if any
    component: str  # the local name in sh:
    focus: Node
    path: URIRef | None
    value: Node | None
    messages: tuple[str, ...]


def from_sparql(found: Found) -> WholeResult:
    """A SPARQL constraint's result in rdflib terms."""
    return WholeResult(
        found.constraint.severity,
        found.constraint.shape,
        found.constraint.constraint,
        "SPARQLConstraintComponent",
        rdflib_term(found.focus, "<sparql>"),
        URIRef(found.path.value) if found.path is not None else None,
        rdflib_term(found.value, "<sparql>"),
        found.messages,
    )


def from_count(found: QualifiedFound) -> WholeResult:
    """A qualified count's result in rdflib terms."""
    return WholeResult(
        found.count.severity,
        found.count.shape,
        None,
        found.component,
        rdflib_term(found.focus, "<qualified>"),
        found.count.path,
        None,
        found.messages,
    )


def add_to_report(report_graph: Graph, whole: list[WholeResult]) -> None:
    """Add the results ``whole`` to ``report_graph``, as the engine or pyshacl would."""
    if not whole:
        return
    (node,) = report_graph.subjects(RDF.type, SH.ValidationReport)
    for one in whole:
        result = BNode()
        report_graph.add((node, SH.result, result))
        report_graph.add((result, RDF.type, SH.ValidationResult))
        report_graph.add((result, SH.focusNode, one.focus))
        report_graph.add((result, SH.resultSeverity, one.severity))
        report_graph.add((result, SH.sourceShape, one.shape))
        if one.constraint is not None:
            report_graph.add((result, SH.sourceConstraint, one.constraint))
        report_graph.add((result, SH.sourceConstraintComponent, SH[one.component]))
        if one.value is not None:
            report_graph.add((result, SH.value, one.value))
        if one.path is not None:
            report_graph.add((result, SH.resultPath, one.path))
        for message in one.messages:
            report_graph.add((result, SH.resultMessage, Literal(message)))
        if one.severity == SH.Violation:
            report_graph.set((node, SH.conforms, Literal(False)))
