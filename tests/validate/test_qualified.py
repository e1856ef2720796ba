"""Qualified class counts run once over the whole graph: which are, and that they report as
pyshacl reports."""

from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.namespace import SH

from kzld.validate import Report, load_shapes, validate
from kzld.validate.qualified import split

SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ex: <https://example.org/> .
ex:S a sh:NodeShape ; {target} ; sh:property ex:S-p .
ex:S-p a sh:PropertyShape ; sh:path ex:p ; rdfs:comment "one or two Cs" ;
    sh:qualifiedValueShape [ sh:class ex:C ] ; {counts} ;
    sh:severity {severity} ; sh:message "needs one or two C values"@en .
"""
DATA = """
@prefix ex: <https://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:Sub rdfs:subClassOf ex:C .
ex:one a ex:C . ex:two a ex:Sub . ex:three a ex:C, ex:Sub . ex:other a ex:D .
ex:a a ex:T ; ex:p ex:one .
ex:b a ex:T ; ex:p ex:one, ex:two, ex:three .
ex:c a ex:T ; ex:p ex:other, "a literal" .
ex:d a ex:T .
ex:e a ex:T ; ex:p ex:three .
_:f a ex:T ; ex:p ex:one, ex:two, ex:three .
ex:g a ex:U ; ex:q ex:one .
"""


def shapes(
    target: str = "sh:targetClass ex:T",
    counts: str = "sh:qualifiedMinCount 1 ; sh:qualifiedMaxCount 2",
    severity: str = "sh:Violation",
) -> Graph:
    text = SHAPES.format(target=target, counts=counts, severity=severity)
    return Graph().parse(data=text, format="turtle")


def comparable(report: Report) -> list[tuple[str | None, ...]]:
    return sorted(
        (
            r.severity,
            "_:" if r.focus.startswith("_:") else r.focus,
            r.path,
            r.value,
            r.message,
            r.source_shape,
            r.component,
        )
        for r in report.results
    )


def test_the_shipped_selector_counts_run_over_the_whole_graph() -> None:
    rest, taken = split(load_shapes())
    assert sorted(str(c.shape).rsplit("#", 1)[1] for c in taken) == [
        "Evidence-positionSelector",
        "Evidence-quoteSelector",
    ]
    assert [(c.minimum, c.maximum) for c in taken] == [(1, 1), (1, 1)]
    assert not list(rest.triples((None, SH.qualifiedValueShape, None)))
    assert not list(rest.triples((None, SH.qualifiedMinCount, None)))


@pytest.mark.parametrize(
    ("target", "counts", "severity"),
    [
        ("sh:targetClass ex:T", "sh:qualifiedMinCount 1 ; sh:qualifiedMaxCount 2", "sh:Violation"),
        ("sh:targetClass ex:T", "sh:qualifiedMinCount 2", "sh:Warning"),
        ("sh:targetClass ex:T", "sh:qualifiedMaxCount 0", "sh:Info"),
        ("sh:targetNode ex:a, ex:b, ex:d, ex:g", "sh:qualifiedMinCount 1", "sh:Violation"),
        ("sh:targetSubjectsOf ex:q", "sh:qualifiedMinCount 1", "sh:Violation"),
        ("sh:targetObjectsOf ex:q", "sh:qualifiedMinCount 1", "sh:Violation"),
        ("sh:targetObjectsOf ex:p", "sh:qualifiedMinCount 1", "sh:Violation"),  # literal focus
    ],
)
def test_a_qualified_count_reports_as_pyshacl_reports(
    target: str, counts: str, severity: str
) -> None:
    graph = shapes(target, counts, severity)
    assert len(split(graph)[1]) == 1  # taken out of the engine's shapes
    data = Graph().parse(data=DATA, format="turtle")
    reference = validate(data, shapes=graph, engine="pyshacl")
    fast = validate(data, shapes=graph, engine="shacl")
    assert reference.results, "the case breaks the count somewhere"
    assert comparable(fast) == comparable(reference)
    assert fast.as_turtle().count("sh:ValidationResult") == len(reference.results)


def test_the_exact_results_of_a_count() -> None:
    data = Graph().parse(data=DATA, format="turtle")
    report = validate(data, shapes=shapes(), engine="shacl")
    found = sorted((r.focus, r.component) for r in report.results)
    assert found == [
        ("<https://example.org/b>", "sh:QualifiedMaxCountConstraintComponent"),
        ("<https://example.org/c>", "sh:QualifiedMinCountConstraintComponent"),
        ("<https://example.org/d>", "sh:QualifiedMinCountConstraintComponent"),
        *[
            (r.focus, "sh:QualifiedMaxCountConstraintComponent")
            for r in report.results
            if r.focus.startswith("_:")
        ],
    ]
    assert {r.path for r in report.results} == {"<https://example.org/p>"}
    assert {r.message for r in report.results} == {"needs one or two C values"}


@pytest.mark.parametrize(
    "change",
    [
        (
            "sh:qualifiedValueShape [ sh:class ex:C ]",
            "sh:qualifiedValueShape [ sh:class ex:C ; sh:nodeKind sh:IRI ]",
        ),
        ("sh:qualifiedValueShape [ sh:class ex:C ]", "sh:qualifiedValueShape [ sh:datatype ex:C ]"),
        ("sh:path ex:p ;", "sh:path ( ex:p ex:p ) ;"),
        ("sh:path ex:p ;", "sh:path ex:p ; sh:qualifiedValueShapesDisjoint true ;"),
        ("sh:path ex:p ;", "sh:path ex:p ; sh:minCount 1 ;"),
        ("ex:S a sh:NodeShape ;", "ex:S a sh:NodeShape ; sh:deactivated false ;"),
        ("ex:S a sh:NodeShape ;", "ex:R sh:node ex:S . ex:S a sh:NodeShape ;"),
    ],
    ids=[
        "more than a class",
        "not a class",
        "a sequence path",
        "disjoint",
        "another constraint",
        "deactivation said",
        "used nested",
    ],
)
def test_any_other_form_is_left_to_the_engine(change: tuple[str, str]) -> None:
    text = SHAPES.format(
        target="sh:targetClass ex:T",
        counts="sh:qualifiedMinCount 1 ; sh:qualifiedMaxCount 2",
        severity="sh:Violation",
    )
    assert change[0] in text
    graph = Graph().parse(data=text.replace(change[0], change[1], 1), format="turtle")
    rest, taken = split(graph)
    assert taken == ()
    assert len(rest) == len(graph)
