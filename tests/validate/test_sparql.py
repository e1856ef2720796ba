"""SPARQL constraints run once over the whole graph: which are, and that they report as pyshacl."""

from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.namespace import SH

from kzld.validate import load_shapes, validate
from kzld.validate.sparql import split

PROLOGUE = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <https://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex: sh:declare [ sh:prefix "ex" ; sh:namespace "https://example.org/"^^xsd:anyURI ] .
"""


def shape(target: str, select: str) -> Graph:
    text = (
        PROLOGUE
        + f"""
ex:S a sh:NodeShape ; {target} ;
    sh:sparql [ a sh:SPARQLConstraint ; sh:prefixes ex: ;
        sh:message "{{$this}} has {{?value}} ({{?note}})" ;
        sh:select \"\"\"{select}\"\"\" ] .
"""
    )
    return Graph().parse(data=text, format="turtle")


SELECT = (
    "SELECT $this ?value ?note WHERE "
    "{ $this ex:p ?value . BIND (STR(?value) AS ?note) FILTER (?value > 1) }"
)
DATA = """
@prefix ex: <https://example.org/> .
ex:a a ex:C ; ex:p 1, 2, 3 ; ex:q ex:b .
ex:b ex:p 5 .
ex:c ex:p 7 .
"""


def test_every_shipped_constraint_runs_over_the_whole_graph() -> None:
    rest, taken = split(load_shapes())
    assert len(taken) == 17
    assert list(rest.objects(None, SH.sparql)) == []


@pytest.mark.parametrize(
    "select",
    [
        "SELECT ?value WHERE { ?x ex:p ?value }",  # $this not projected
        "SELECT $this ?value WHERE { $this ex:p ?value MINUS { $this ex:q ?value } }",
        "SELECT $this (COUNT(?v) AS ?value) WHERE { $this ex:p ?v }",  # aggregate, no GROUP BY
        "SELECT $this ?value WHERE { $this ex:p ?value "
        "{ SELECT ?value WHERE { ?y ex:p ?value } } }",
        "SELECT $this ?value WHERE { VALUES ?value { 1 } $this ex:p ?value }",
    ],
)
def test_a_constraint_that_depends_on_pre_binding_is_left_to_the_engine(select: str) -> None:
    rest, taken = split(shape("sh:targetClass ex:C", select))
    assert taken == ()
    assert len(list(rest.objects(None, SH.sparql))) == 1


@pytest.mark.parametrize(
    "target",
    [
        "sh:targetClass ex:C",
        "sh:targetNode ex:b, ex:c",
        "sh:targetSubjectsOf ex:q",
        "sh:targetObjectsOf ex:q",
    ],
)
def test_each_kind_of_target_reports_as_pyshacl_reports(target: str) -> None:
    shapes = shape(target, SELECT)
    assert len(split(shapes)[1]) == 1
    data = Graph().parse(data=DATA, format="turtle")
    fast = validate(data, shapes=shapes, engine="shacl")
    reference = validate(data, shapes=shapes, engine="pyshacl")
    assert fast.results == reference.results
    assert fast.results  # every target has a value above 1
    assert all(r.message.endswith(")") and "{" not in r.message for r in fast.results)
