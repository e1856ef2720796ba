"""A SELECT query's final ORDER BY done by kzld, where pyoxigraph would be slow at it.

pyoxigraph 0.5 evaluates the ORDER BY keys of two solutions at every comparison; in an on-disk
store, an IRI or a long string is then read from disk again each time, so sorting 70,000 solutions
takes seconds. For a SELECT query whose final ORDER BY lists plain variables (``ORDER BY DESC(?n)
?org``), :func:`kzld.rdf.sparql.split_order` gives the query without it (and without the LIMIT and
OFFSET that follow it), and :func:`sort_rows` sorts the solutions in SPARQL's order as oxigraph
implements it: unbound first, then blank nodes, IRIs, literals; IRIs and blank nodes by code point,
string literals by value, datatype and language, integers by value. Where that order is not certain
-- other literals in a key, or two different solutions with the same keys (oxigraph's order between
them is its own) -- :func:`sort_rows` answers None, and the caller runs the query as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import groupby, pairwise
from typing import Any

import pyoxigraph as ox

from ..rdf.sparql import Ordering

__all__ = ["sort_rows"]

Term = ox.NamedNode | ox.BlankNode | ox.Literal | None
Row = tuple[Term, ...]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER = re.compile(r"[+-]?[0-9]+")
_I64 = 2**63
_STRINGS = {_XSD + "string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"}


def sort_rows(
    variables: Sequence[str], rows: Sequence[Row], ordering: Ordering
) -> tuple[Row, ...] | None:
    """``rows`` in the order of ``ordering`` (then sliced), or None where it is not certain."""
    if any(name not in variables for name, _ in ordering.keys):
        return None
    keys: list[list[Any]] = []
    descending: list[bool] = []
    for name, down in ordering.keys:
        column = variables.index(name)
        column_keys = _keys([row[column] for row in rows])
        if column_keys is None:
            return None
        if down and all(type(key) is int for key in column_keys):
            column_keys, down = [-key for key in column_keys], False  # one sort can take it
        keys.append(column_keys)
        descending.append(down)
    composite = list(zip(*keys, strict=True))
    order = list(range(len(rows)))
    # Stable sorts, from the least significant run of keys in one direction up.
    start = len(keys)
    for down, run in reversed([(d, len(list(g))) for d, g in groupby(descending)]):
        start -= run
        if run == len(keys):
            order.sort(key=composite.__getitem__, reverse=down)
        else:
            run_keys = list(zip(*keys[start : start + run], strict=True))
            order.sort(key=run_keys.__getitem__, reverse=down)
    for here, after in pairwise(order):
        if composite[here] == composite[after] and rows[here] != rows[after]:
            return None  # a tie: oxigraph's order between the two is its own
    end = None if ordering.limit is None else ordering.offset + ordering.limit
    return tuple(rows[index] for index in order[ordering.offset : end])


def _keys(terms: Sequence[Term]) -> list[Any] | None:
    """The sort key of each of ``terms`` (the values of one key of the ORDER BY), or None if the
    order of its literals is not simple: they must all be strings (plain or with a language,
    which oxigraph orders by value, datatype, language) or all integers."""
    kinds = {type(term) for term in terms}
    literals = [term for term in terms if isinstance(term, ox.Literal)]
    datatypes = {term.datatype.value for term in literals}
    # Flat keys where every term is of one kind: quicker to compare than tuples.
    if kinds == {ox.NamedNode} or (kinds == {ox.Literal} and datatypes == {_XSD + "string"}):
        return [term.value for term in terms]  # type: ignore[union-attr]
    if datatypes <= _STRINGS:

        def literal(term: ox.Literal) -> tuple[Any, ...]:
            return (3, term.value, term.datatype.value, term.language or "")

    elif datatypes == {_XSD + "integer"}:
        if not all(
            _INTEGER.fullmatch(term.value) and abs(int(term.value)) < _I64 for term in literals
        ):
            return None  # not an integer oxigraph can compare

        if kinds == {ox.Literal}:
            return [int(term.value) for term in literals]

        def literal(term: ox.Literal) -> tuple[Any, ...]:
            return (3, int(term.value))

    else:
        return None

    def key(term: Term) -> tuple[Any, ...]:
        if term is None:
            return (0,)
        if isinstance(term, ox.Literal):
            return literal(term)
        return (2 if isinstance(term, ox.NamedNode) else 1, term.value)

    return [key(term) for term in terms]
