"""Qualified class counts, each evaluated once over the whole graph in pyoxigraph.

A property shape ``sh:path P ; sh:qualifiedValueShape [ sh:class C ] ; sh:qualifiedMinCount m ;
sh:qualifiedMaxCount n`` asks, of each focus node, how many of its ``P`` values are instances of
``C`` (or of a subclass). The ``shacl`` engine answers it with a sub-validation per value node,
the slowest part of validating a big graph; one SPARQL query counting the values of every focus
node at once gives exactly the same results. :func:`split` takes such shapes (the simple form
only: an IRI path, a qualified shape that is a blank node with ``sh:class`` and nothing else,
no ``sh:qualifiedValueShapesDisjoint``, used by node shapes with targets
:mod:`kzld.validate.sparql` understands) out of a shapes graph and :func:`evaluate` runs them.
Results follow pyshacl: the focus node, ``sh:resultPath`` the path, no ``sh:value``, the source
shape the property shape, ``sh:QualifiedMinCountConstraintComponent`` or
``sh:QualifiedMaxCountConstraintComponent``, the property shape's ``sh:message``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.namespace import SH

from .sparql import instance_of, target_pattern

__all__ = ["QualifiedCount", "QualifiedFound", "evaluate", "split"]

#: What a property shape may say besides the qualified count for it to be taken here.
_DESCRIPTIVE = {SH.path, SH.severity, SH.message, SH.name, SH.description, RDFS.comment, RDF.type}
_COUNTS = {SH.qualifiedValueShape, SH.qualifiedMinCount, SH.qualifiedMaxCount}


@dataclass(frozen=True)
class QualifiedCount:
    """One qualified class count of one node shape's property shape."""

    shape: URIRef  # the property shape
    path: URIRef
    klass: URIRef
    minimum: int | None
    maximum: int | None
    severity: URIRef
    messages: tuple[Literal, ...]
    query: str

    def described(self) -> str:
        """The count as a message names it: its property shape, path and class."""
        return (
            f"the qualified count of shape <{self.shape}> (values of <{self.path}> "
            f"that are <{self.klass}>)"
        )


@dataclass(frozen=True)
class QualifiedFound:
    """One result: the focus node (a pyoxigraph term), the component and the messages."""

    count: QualifiedCount
    focus: ox.NamedNode | ox.BlankNode | ox.Literal  # a literal, for targetObjectsOf
    component: str  # QualifiedMinCountConstraintComponent or ...MaxCount...
    messages: tuple[str, ...]


def _integer(value: object) -> int | None:
    if isinstance(value, Literal) and isinstance(value.toPython(), int):
        return int(value.toPython())
    return None


def _take(shapes: Graph, shape: URIRef) -> tuple[URIRef, URIRef, int | None, int | None] | None:
    """(path, class, min, max) when ``shape`` is a simple qualified class count, else None."""
    predicates = set(shapes.predicates(shape, None))
    if not predicates >= {SH.path, SH.qualifiedValueShape} or predicates - _DESCRIPTIVE - _COUNTS:
        return None
    path = shapes.value(shape, SH.path)
    qualified = list(shapes.objects(shape, SH.qualifiedValueShape))
    if not isinstance(path, URIRef) or len(qualified) != 1 or not isinstance(qualified[0], BNode):
        return None
    (inner,) = qualified
    said = list(shapes.predicate_objects(inner))
    if len(said) != 1 or said[0][0] != SH["class"] or not isinstance(said[0][1], URIRef):
        return None
    if len(list(shapes.subjects(None, inner))) != 1:  # shared by another shape
        return None
    minima = [_integer(v) for v in shapes.objects(shape, SH.qualifiedMinCount)]
    maxima = [_integer(v) for v in shapes.objects(shape, SH.qualifiedMaxCount)]
    if len(minima) > 1 or len(maxima) > 1 or None in minima + maxima:
        return None
    return path, said[0][1], minima[0] if minima else None, maxima[0] if maxima else None


def _targets(shapes: Graph, shape: URIRef) -> list[str] | None:
    """The focus nodes of the node shapes that use the property shape ``shape``, as graph
    patterns (:func:`~kzld.validate.sparql.target_pattern`); None where it is not used as a
    plain ``sh:property`` of active named node shapes with targets understood here."""
    users = list(shapes.subjects(None, shape))
    owners = [o for o in users if isinstance(o, URIRef)]
    if not users or len(owners) != len(users):
        return None  # unused, or used by a blank node shape
    if any(p != SH.property for p in shapes.predicates(None, shape)):
        return None  # used otherwise than as a property shape of a node shape
    targets = [target_pattern(shapes, owner) for owner in owners]
    for target, owner in zip(targets, owners, strict=True):
        if (
            target is None
            or shapes.value(owner, SH.deactivated) is not None
            or shapes.value(owner, SH.path) is not None
            or next(iter(shapes.subjects(None, owner)), None) is not None  # also used nested
        ):
            return None
    return [t for t in targets if t is not None]


def _query(
    targets: list[str], path: URIRef, klass: URIRef, minimum: int | None, maximum: int | None
) -> str:
    """The query giving the focus nodes of ``targets`` whose count of ``path`` values of class
    ``klass`` is out of bounds, with that count (the bounds are integers)."""
    focus = " UNION ".join(f"{{ {t} }}" for t in targets)
    number = "COUNT(DISTINCT ?value)"
    bounds = [f"{number} < {minimum}"] if minimum is not None else []
    bounds += [f"{number} > {maximum}"] if maximum is not None else []
    return (
        f"SELECT ?this (COUNT(DISTINCT ?value) AS ?count) WHERE {{\n"
        f"  {{ SELECT DISTINCT ?this WHERE {{ {focus} }} }}\n"
        f"  OPTIONAL {{ ?this <{path}> ?value . {instance_of('value', klass)} }}\n"
        f"}} GROUP BY ?this" + (f" HAVING ({' || '.join(bounds)})" if bounds else "")
    )


def split(shapes: Graph) -> tuple[Graph, tuple[QualifiedCount, ...]]:
    """The shapes without the qualified class counts evaluated here, and those counts."""
    rest = Graph()
    rest += shapes
    taken = []
    for shape in sorted({s for s in shapes.subjects(SH.qualifiedValueShape, None)}, key=str):
        if not isinstance(shape, URIRef):
            continue
        simple = _take(shapes, shape)
        targets = _targets(shapes, shape)
        if simple is None or targets is None:
            continue
        path, klass, minimum, maximum = simple
        severity = shapes.value(shape, SH.severity)
        taken.append(
            QualifiedCount(
                shape,
                path,
                klass,
                minimum,
                maximum,
                severity if isinstance(severity, URIRef) else SH.Violation,
                tuple(m for m in shapes.objects(shape, SH.message) if isinstance(m, Literal)),
                _query(targets, path, klass, minimum, maximum),
            )
        )
        (inner,) = shapes.objects(shape, SH.qualifiedValueShape)
        for predicate in _COUNTS:
            rest.remove((shape, predicate, None))
        rest.remove((inner, None, None))
    return rest, tuple(taken)


def evaluate(store: ox.Store, counts: tuple[QualifiedCount, ...]) -> Iterator[QualifiedFound]:
    """The results of ``counts`` over the default graph of ``store``."""
    for count in counts:
        solutions = store.query(count.query)
        assert isinstance(solutions, ox.QuerySolutions)
        for solution in solutions:
            focus, number = solution["this"], solution["count"]
            assert focus is not None and number is not None
            values = int(number.value)
            if count.minimum is not None and values < count.minimum:
                component = "QualifiedMinCountConstraintComponent"
            elif count.maximum is not None and values > count.maximum:
                component = "QualifiedMaxCountConstraintComponent"
            else:
                continue
            yield QualifiedFound(count, focus, component, tuple(str(m) for m in count.messages))
