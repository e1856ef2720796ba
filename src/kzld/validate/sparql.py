"""SPARQL-based SHACL constraints, each evaluated once over the whole graph in pyoxigraph.

SHACL runs a SPARQL constraint once per focus node, with ``$this`` pre-bound; pyshacl and the
``shacl`` engine do just that, so the cost grows with the number of focus nodes times the size
of the graph. For a SELECT that projects ``$this`` and uses nothing whose meaning changes when
``$this`` is bound later rather than first (no sub-select, ``MINUS``, ``VALUES``, ``SERVICE``,
``BIND`` to ``$this``; an aggregate only grouped by ``$this``: read from the query's syntax tree by
:func:`kzld.rdf.sparql.whole_graph_safe`), joining its solutions over the whole graph with the
shape's focus nodes gives exactly the per-focus results, in one query.
:func:`split` takes such constraints out of a shapes graph (the rest stays with the SHACL engine)
and :func:`evaluate` runs them. Results follow pyshacl's rules: ``sh:value`` is ``?value`` or the
focus node, ``sh:resultPath`` is ``?path``, messages have ``{?var}`` / ``{$var}`` filled in, and
duplicate solutions of one focus node count once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import OWL, SH
from rdflib.term import Node

from .verdicts import verdict

__all__ = ["Found", "SparqlConstraint", "evaluate", "instance_of", "split", "target_pattern"]

_TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)


@dataclass(frozen=True)
class SparqlConstraint:
    """One SPARQL constraint of a node shape, as a query over the whole graph."""

    shape: URIRef
    constraint: Node
    severity: URIRef
    query: str
    messages: tuple[Literal, ...]
    select: str = ""  # the constraint's sh:select, as the shapes give it

    def described(self) -> str:
        """The constraint as a message names it: its shape, its node and its query's start."""
        node = f" {_n3(self.constraint)}" if isinstance(self.constraint, URIRef) else ""
        start = " ".join(self.select.split())
        start = start if len(start) <= _START else start[: _START - 3] + "..."
        return f"the SPARQL constraint{node} of shape <{self.shape}> ({start})"


#: How many characters of a constraint's query :meth:`SparqlConstraint.described` quotes.
_START = 100


@dataclass(frozen=True)
class Found:
    """One result: the focus node, path and value (pyoxigraph terms) and the messages."""

    constraint: SparqlConstraint
    focus: ox.NamedNode | ox.BlankNode
    path: ox.NamedNode | None
    value: ox.NamedNode | ox.BlankNode | ox.Literal
    messages: tuple[str, ...]


def _n3(term: Node) -> str:
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        return str(term.n3())
    raise ValueError(term)


def _prologue(shapes: Graph, constraint: Node) -> str:
    """The PREFIX lines of ``constraint``: ``sh:prefixes/owl:imports*/sh:declare`` (SHACL 5.2.1)."""
    lines = []
    holders = list(shapes.objects(constraint, SH.prefixes))
    seen: set[Node] = set()
    while holders:
        holder = holders.pop()
        if holder in seen:
            continue
        seen.add(holder)
        holders.extend(shapes.objects(holder, OWL.imports))
        for declaration in shapes.objects(holder, SH.declare):
            prefix = shapes.value(declaration, SH.prefix)
            namespace = shapes.value(declaration, SH.namespace)
            if prefix is not None and namespace is not None:
                lines.append(f"PREFIX {prefix}: <{namespace}>")
    return "\n".join(lines)


def instance_of(variable: str, klass: Node) -> str:
    """Triple patterns binding ``?variable`` to the instances of ``klass`` and of its subclasses.

    The type is a variable of its own rather than the path ``rdf:type/rdfs:subClassOf*``:
    pyoxigraph 0.5 names the node a path sequence hides with a random variable and orders
    parts of the query by a hash of its terms, so the plan of a query with a sequence changes
    from run to run (``bench/INCREMENTAL.md``, twelfth session).
    """
    kind = f"?kzldClassOf{variable.title()}"
    return f"?{variable} <{RDF.type}> {kind} . {kind} <{RDFS.subClassOf}>* {_n3(klass)}"


def target_pattern(shapes: Graph, shape: URIRef) -> str | None:
    """The focus nodes of ``shape`` as a group graph pattern binding ``?this``; ``None`` when
    the shape has a target this module does not handle (SPARQL-based targets)."""
    if shapes.value(shape, SH.target) is not None:
        return None
    parts = []
    classes = set(shapes.objects(shape, SH.targetClass))
    if {(shape, RDF.type, RDFS.Class), (shape, RDF.type, OWL.Class)} & set(
        shapes.triples((shape, RDF.type, None))
    ):
        classes.add(shape)  # implicit class target
    for klass in sorted(classes, key=str):
        parts.append(f"{{ {instance_of('this', klass)} }}")
    nodes = sorted(shapes.objects(shape, SH.targetNode), key=str)
    if nodes:
        parts.append("{ VALUES ?this { " + " ".join(_n3(n) for n in nodes) + " } }")
    for predicate in sorted(shapes.objects(shape, SH.targetSubjectsOf), key=str):
        parts.append(f"{{ ?this {_n3(predicate)} ?kzldTargetObject }}")
    for predicate in sorted(shapes.objects(shape, SH.targetObjectsOf), key=str):
        parts.append(f"{{ ?kzldTargetSubject {_n3(predicate)} ?this }}")
    return " UNION ".join(parts) if parts else None


def split(shapes: Graph) -> tuple[Graph, tuple[SparqlConstraint, ...]]:
    """The shapes without the SPARQL constraints evaluated here, and those constraints."""
    rest = Graph()
    rest += shapes
    taken = []
    for shape, constraint in sorted(shapes.subject_objects(SH.sparql)):
        select = shapes.value(constraint, SH.select)
        if not isinstance(shape, URIRef) or select is None or shapes.value(shape, SH.path):
            continue
        if shapes.value(shape, SH.deactivated) == Literal(True) or shapes.value(
            constraint, SH.deactivated
        ) == Literal(True):
            continue  # the SHACL engine ignores it just the same
        targets = target_pattern(shapes, shape)
        if targets is None or not verdict(str(select)).whole_graph:
            continue
        severity = shapes.value(shape, SH.severity)
        query = (
            f"{_prologue(shapes, constraint)}\n"
            f"SELECT * WHERE {{\n  {{ SELECT DISTINCT ?this WHERE {{ {targets} }} }}\n"
            f"  {{ {select} }}\n}}"
        )
        messages = tuple(
            m for m in shapes.objects(shape, SH.message) if isinstance(m, Literal)
        ) + tuple(
            m
            for m in shapes.objects(constraint, SH.message)
            if isinstance(m, Literal) and m not in set(shapes.objects(shape, SH.message))
        )
        taken.append(
            SparqlConstraint(
                shape,
                constraint,
                severity if isinstance(severity, URIRef) else SH.Violation,
                query,
                messages,
                str(select),
            )
        )
        rest.remove((shape, SH.sparql, constraint))
    return rest, tuple(taken)


def _text(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> str:
    return str(term.value)


def _constant(text: str) -> Callable[[re.Match[str]], str]:
    return lambda _: text


def _format(message: str, bound: dict[str, ox.NamedNode | ox.BlankNode | ox.Literal]) -> str:
    for name, value in bound.items():
        # a blank node as pyshacl writes it, so both engines give one message
        text = f"_:{value.value}" if isinstance(value, ox.BlankNode) else _text(value)
        message = re.sub(r"\{[?$]" + re.escape(name) + r"\}", _constant(text), message)
    return message


def evaluate(
    store: ox.Store, constraints: tuple[SparqlConstraint, ...], *, union: bool = False
) -> Iterator[Found]:
    """The results of ``constraints`` over the default graph of ``store`` (with ``union``: over
    all its graphs together)."""
    for constraint in constraints:
        solutions = store.query(constraint.query, use_default_graph_as_union=union)
        assert isinstance(solutions, ox.QuerySolutions)
        names = [v.value for v in solutions.variables]
        seen: set[tuple[tuple[str, object], ...]] = set()
        for solution in solutions:
            bound = {n: solution[n] for n in names if solution[n] is not None}
            key = tuple(sorted(bound.items(), key=lambda item: item[0]))
            if key in seen:
                continue
            seen.add(key)
            focus = bound["this"]
            path = bound.get("path")
            value = bound.get("value", focus)
            extra = {k: v for k, v in bound.items() if k not in ("this", "path", "value")}
            fill = {"this": focus, **({"path": path} if path is not None else {}), "value": value}
            fill.update(extra)
            yield Found(
                constraint,
                focus,
                path if isinstance(path, ox.NamedNode) else None,
                value,
                tuple(_format(str(m), fill) for m in constraint.messages),
            )
