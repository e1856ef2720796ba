"""SPARQL for pyshacl's SPARQL-based constraints: parsed once, planned from the focus node.

pyshacl runs a SPARQL constraint once per focus node, with ``$this`` pre-bound, on the data graph's
``query`` method. rdflib would parse the same text every time (tens of milliseconds) and order
the triple patterns without knowing that ``$this`` is bound, so that a query could start with a
scan of the whole graph for every focus node. :class:`PreparedQueryGraph` parses each text once
and orders its patterns to start from ``$this``; validation stays linear in the graph's size.

Only the reference engine (``--engine pyshacl``) uses it, and that engine needs it: on the
published graph of the seeds (7,436 triples) pyshacl took 8.5 s of CPU with it, and had not
finished after 900 s with the parsed queries cached but their patterns in rdflib's order.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from rdflib import BNode, Graph
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import Result
from rdflib.term import Variable

__all__ = ["PreparedQueryGraph", "prepared"]


@lru_cache(maxsize=256)
def prepared(text: str) -> Query:
    """``text`` parsed, with its patterns ordered to start from ``$this``."""
    query = prepareQuery(text)
    _anchor(query.algebra, frozenset({_THIS}))
    return query


_THIS = Variable("this")


#: A triple pattern of rdflib's algebra (terms, or a property path in the predicate's place).
Pattern = Sequence[object]


def _anchor(node: object, known: frozenset[Variable]) -> frozenset[Variable]:
    """Reorder the triple patterns of every basic graph pattern in ``node`` to start from
    variables already bound; return the variables bound after ``node``.

    pyshacl runs a SPARQL constraint once per focus node with ``$this`` pre-bound, but rdflib
    orders triple patterns without knowing that, and may start from a pattern such as
    ``?s a oa:TextPositionSelector`` that scans the whole graph for every focus node, which makes
    validation quadratic (or worse) in the size of the graph.
    """
    if isinstance(node, list):
        for item in node:
            _anchor(item, known)
        return known
    if not isinstance(node, CompValue):
        return known
    if node.name == "BGP":
        node["triples"] = _ordered(node["triples"], known)
        return known | {t for triple in node["triples"] for t in triple if isinstance(t, Variable)}
    if node.name in ("Builtin_EXISTS", "Builtin_NOTEXISTS"):
        # The translated pattern is an attribute, the parsed one the item of the same name.
        _anchor(getattr(node, "graph", None), known)
        return known
    if node.name == "Filter":
        bound = _anchor(node.get("p"), known)
        _anchor(node.get("expr"), bound)
        return bound
    if node.name == "LeftJoin":
        bound = _anchor(node.get("p1"), known)
        optional = _anchor(node.get("p2"), bound)
        _anchor(node.get("expr"), optional)
        return bound
    bound = known
    for key, value in node.items():
        if key != "_vars":
            bound = bound | _anchor(value, bound)
    return bound


def _ordered(triples: Sequence[Pattern], known: frozenset[Variable]) -> list[Pattern]:
    """Triple patterns greedily ordered: next one joined to a bound variable, then the one with
    fewest unbound variables (``?s a oa:TextPositionSelector`` has one, but scans them all)."""
    remaining = list(triples)
    ordered = []
    bound = set(known)

    def cost(triple: Pattern) -> tuple[bool, int]:
        variables = [t for t in triple if isinstance(t, Variable | BNode)]
        unbound = sum(1 for t in variables if t not in bound)
        return (unbound == len(variables) and unbound > 0, unbound)

    while remaining:
        best = min(range(len(remaining)), key=lambda i: cost(remaining[i]))
        triple = remaining.pop(best)
        ordered.append(triple)
        bound.update(t for t in triple if isinstance(t, Variable))
    return ordered


class PreparedQueryGraph(Graph):
    """A graph that parses each distinct SPARQL text once.

    pyshacl runs a SPARQL constraint once per focus node with the same text; parsing dominates
    the cost (tens of milliseconds each), so the parsed query is reused.
    """

    def query(self, query_object: str | Query, *args: Any, **kwargs: Any) -> Result:
        if isinstance(query_object, str):
            query_object = prepared(query_object)
        return super().query(query_object, *args, **kwargs)
