"""Turtle and JSON-LD dumps: reproducible bytes that parse back to the same graph."""

from __future__ import annotations

import json

import pyoxigraph as ox
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kzld.mapping import map_corpus
from kzld.mapping.base import PREFIXES
from kzld.records import Corpus
from kzld.serialize import to_jsonld, to_turtle


def parse_with_oxigraph(data: bytes, fmt: ox.RdfFormat) -> Graph:
    """Parse with pyoxigraph (which never fetches contexts) into an rdflib graph via N-Triples."""
    triples = ox.parse(data, format=fmt)
    nt = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    return Graph().parse(data=bytes(nt or b"").decode(), format="nt")


def assert_isomorphic(expected: Graph, actual: Graph) -> None:
    if not isomorphic(expected, actual):
        _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
        raise AssertionError(
            "graphs differ\nonly expected:\n"
            + only_expected.serialize(format="nt")[:3000]
            + "\nonly actual:\n"
            + only_actual.serialize(format="nt")[:3000]
        )


def test_turtle_round_trips_and_is_reproducible(corpus: Corpus) -> None:
    graph = map_corpus(corpus)
    turtle = to_turtle(graph, PREFIXES)
    assert turtle == to_turtle(map_corpus(corpus), PREFIXES)
    assert turtle.startswith(b"@prefix")
    assert_isomorphic(graph, parse_with_oxigraph(turtle, ox.RdfFormat.TURTLE))
    assert_isomorphic(graph, Graph().parse(data=turtle.decode(), format="turtle"))


def test_jsonld_round_trips_reads_naturally_and_is_sorted(corpus: Corpus) -> None:
    graph = map_corpus(corpus)
    data = to_jsonld(graph)
    assert data == to_jsonld(map_corpus(corpus))
    assert_isomorphic(graph, parse_with_oxigraph(data, ox.RdfFormat.JSON_LD))
    document = json.loads(data)
    assert isinstance(document["@context"], dict)
    ids = [node["id"] for node in document["@graph"]]
    assert ids == sorted(ids)
    statement = next(n for n in document["@graph"] if n["id"].endswith("statement/lake%2001"))
    assert statement["dateCreated"] == "2020-03-02"
    assert statement["name"]["ru"] == "Совместное заявление о забастовке"
    assert "signatory" in statement
