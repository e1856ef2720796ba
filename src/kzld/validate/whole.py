"""The whole-graph constraints' results: SPARQL constraints (:mod:`~kzld.validate.sparql`) and
qualified class counts (:mod:`~kzld.validate.qualified`) evaluated over one store a few at a time,
turned into rdflib terms and added to the SHACL report graph as an engine would add them.

No query runs unseen: one still running after :func:`slow_query_seconds` is named in a
:class:`~kzld.errors.SlowQueryWarning` (the shape, the constraint, the seconds spent), and again
when it ends. pyoxigraph cannot stop a query it runs, so validation waits for it; the queries run
in daemon threads, so that a caller who turns the warning into an error (``-W error``, pytest's
``filterwarnings = error``) gets it at once and a process that ends is not held by the query.
"""

from __future__ import annotations

import os
import threading
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Generic, Protocol, TypeVar

import pyoxigraph as ox
from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from ..errors import InputError, SlowQueryWarning
from ..rdf.terms import rdflib_term
from .qualified import QualifiedCount, QualifiedFound
from .qualified import evaluate as evaluate_counts
from .sparql import Found, SparqlConstraint
from .sparql import evaluate as evaluate_constraints

__all__ = [
    "QUERY_THREADS",
    "SLOW_QUERY_ENV",
    "SLOW_QUERY_SECONDS",
    "WholeResult",
    "add_to_report",
    "from_count",
    "from_sparql",
    "slow_query_seconds",
    "whole_graph_results",
]

#: How many of the queries over the whole graph run at once.
QUERY_THREADS = 2
#: Seconds a query over the whole graph may run before it is named in a warning: generous (the
#: slowest shipped constraint took at most 4.4 s on a batch of 200 generated texts, 4,700
#: signatures, two at once at load 15 on 2 cores; about 0.2 s of CPU alone).
SLOW_QUERY_SECONDS = 60.0
#: The environment variable that sets another limit (seconds, a positive number).
SLOW_QUERY_ENV = "KZLD_SLOW_QUERY_SECONDS"


def slow_query_seconds() -> float:
    """The limit: ``$KZLD_SLOW_QUERY_SECONDS`` when set, else :data:`SLOW_QUERY_SECONDS`."""
    given = os.environ.get(SLOW_QUERY_ENV, "").strip()
    if not given:
        return SLOW_QUERY_SECONDS
    try:
        seconds = float(given)
    except ValueError:
        seconds = 0.0
    if not seconds > 0:
        raise InputError(f"${SLOW_QUERY_ENV}", f"{given!r} is not a positive number of seconds")
    return seconds


def whole_graph_results(
    store: ox.Store,
    constraints: tuple[SparqlConstraint, ...],
    counts: tuple[QualifiedCount, ...],
    *,
    slow: float | None = None,
) -> tuple[list[Found], list[QualifiedFound]]:
    """The results of the SPARQL constraints and of the qualified counts over ``store``, each in
    the order of its constraints.

    pyoxigraph evaluates a query without the interpreter lock, and the store is only read, so
    the queries run :data:`QUERY_THREADS` at a time: on two cores, two at once once the dumps
    beside validation are written. A query running longer than ``slow`` seconds (default
    :func:`slow_query_seconds`) is named in a :class:`~kzld.errors.SlowQueryWarning`.
    """
    sparql = [_Query(c.described(), partial(_sparql_of, store, c)) for c in constraints]
    counted = [_Query(c.described(), partial(_counts_of, store, c)) for c in counts]
    _run_watched([*sparql, *counted], slow if slow is not None else slow_query_seconds())
    return (
        [found for query in sparql for found in query.answer()],
        [found for query in counted for found in query.answer()],
    )


def _sparql_of(store: ox.Store, constraint: SparqlConstraint) -> list[Found]:
    return list(evaluate_constraints(store, (constraint,)))


def _counts_of(store: ox.Store, count: QualifiedCount) -> list[QualifiedFound]:
    return list(evaluate_counts(store, (count,)))


T = TypeVar("T")


class _Watched(Protocol):
    """What :func:`_run_watched` needs of a query."""

    described: str
    started: float | None
    ended: float | None

    def run(self) -> None: ...


@dataclass(eq=False)
class _Query(Generic[T]):
    """One query to run: how a warning names it, what runs it, and what it gave."""

    described: str
    evaluate: Callable[[], list[T]]
    started: float | None = None
    ended: float | None = None
    results: list[T] = field(default_factory=list)
    error: BaseException | None = None

    def run(self) -> None:
        try:
            self.results = self.evaluate()
        except BaseException as error:  # handed to the caller by answer()
            self.error = error

    def answer(self) -> list[T]:
        if self.error is not None:
            raise self.error
        return self.results


def _run_watched(queries: Sequence[_Watched], slow: float) -> None:
    """Run ``queries``, :data:`QUERY_THREADS` at a time in daemon threads, and warn of each one
    still running ``slow`` seconds after it started (and again when it ends)."""
    todo = list(reversed(queries))
    changed = threading.Condition()

    def work() -> None:
        while True:
            with changed:
                if not todo:
                    return
                query = todo.pop()
                query.started = time.monotonic()
            query.run()
            with changed:
                query.ended = time.monotonic()
                changed.notify_all()

    for number in range(min(QUERY_THREADS, len(queries))):
        threading.Thread(target=work, name=f"kzld-sparql-{number}", daemon=True).start()
    warned: list[_Watched] = []
    with changed:
        while any(query.ended is None for query in queries):
            now = time.monotonic()
            running = {
                q: now - q.started for q in queries if q.started is not None and q.ended is None
            }
            for query, seconds in running.items():
                if seconds >= slow and query not in warned:
                    warned.append(query)
                    _warn(
                        f"{query.described} has run for {_seconds(seconds)} over the whole graph "
                        f"and is still running (the limit is {slow:g} s, ${SLOW_QUERY_ENV})"
                    )
            due = [slow - seconds for q, seconds in running.items() if q not in warned]
            changed.wait(min(max(min(due, default=slow), 0.001), _LONGEST_WAIT))
    for query in warned:
        assert query.started is not None and query.ended is not None
        _warn(f"{query.described} ended after {_seconds(query.ended - query.started)}")


#: The longest the watching thread sleeps at once (a limit may be larger than a lock can wait).
_LONGEST_WAIT = 3600.0


def _seconds(seconds: float) -> str:
    """``seconds`` as a warning says them: whole from 10 s, else two significant digits."""
    return f"{seconds:.0f} s" if seconds >= 10 else f"{seconds:.2g} s"


def _warn(message: str) -> None:
    warnings.warn(message, SlowQueryWarning, stacklevel=4)


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
