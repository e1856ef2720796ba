"""The triples a build holds without a graph: a set with IRIs as plain strings, the canonical
order, and N-Triples made from them, each the same as from an rdflib graph."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import RDF, XSD, BNode, Graph, Literal, URIRef

from kzld.errors import KzldError
from kzld.rdf.namespaces import KZLD, SCHEMA
from kzld.rdf.terms import ox_triples
from kzld.rdf.triples import TripleSet, ntriples, ordered_triples, to_graph, triples_of

EX = "https://example.org/"
IRIS = st.sampled_from(["a", "b", "a/b", "ab", "a b", "é", "Z", "a#1"]).map(
    lambda s: URIRef(EX + s.replace(" ", "%20"))
)
TEXTS = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)
LITERALS = st.one_of(
    TEXTS.map(Literal),
    st.tuples(TEXTS, st.sampled_from(["en", "ru", "de-CH"])).map(
        lambda t: Literal(t[0], lang=t[1])
    ),
    st.integers(-5, 70).map(lambda n: Literal(n, datatype=XSD.integer)),
    st.sampled_from(["2015-11-01", "2015-13-01", "2015"]).map(
        lambda d: Literal(d, datatype=XSD.date)
    ),
)
PREDICATES = st.sampled_from([RDF.type, SCHEMA.name, SCHEMA.position, KZLD.signatory])
TRIPLES = st.lists(st.tuples(IRIS, PREDICATES, st.one_of(IRIS, LITERALS)), max_size=25)


def test_an_iri_is_one_term_as_a_uriref_or_a_plain_string() -> None:
    triples = TripleSet()
    triples.add((URIRef(EX + "s"), RDF.type, KZLD.Signature))
    triples.add((EX + "s", str(RDF.type), str(KZLD.Signature)))
    triples.add((URIRef(EX + "s"), SCHEMA.name, Literal("s")))
    assert len(triples) == 2
    assert (URIRef(EX + "s"), SCHEMA.name, Literal("s")) in triples
    assert (EX + "s", str(SCHEMA.name), Literal("s")) in triples
    assert (URIRef(EX + "s"), SCHEMA.name, Literal("t")) not in triples
    assert all(type(s) is str and type(p) is str for s, p, _ in triples)
    assert triples.typed(KZLD.Signature) == {EX + "s"}
    assert triples.typed() == {EX + "s"}
    assert triples.typed(KZLD.Statement) == set()


@settings(max_examples=200, deadline=None)
@given(TRIPLES)
def test_the_set_orders_and_writes_as_a_graph_does(
    triples: list[tuple[URIRef, URIRef, object]],
) -> None:
    graph = Graph()
    for triple in triples:
        graph.add(triple)  # type: ignore[arg-type]
    held = TripleSet(triples)  # type: ignore[arg-type]
    assert len(held) == len(graph)
    from_set = ordered_triples(held)
    from_graph = ordered_triples(graph)
    assert [tuple(map(str, t)) for t in from_set] == [tuple(map(str, t)) for t in from_graph]
    taken = TripleSet(triples)  # type: ignore[arg-type]
    assert list(triples_of(taken.take_in_order())) == from_set  # what a build does
    assert len(taken) == 0 and list(taken) == []
    written = ntriples(from_set).text
    assert written == ntriples(from_graph).text
    in_graph_order = ox_triples(from_graph)  # type: ignore[arg-type]
    expected = ox.serialize(in_graph_order, format=ox.RdfFormat.N_TRIPLES)
    assert written == (expected or b"").decode()
    assert set(ox.parse(written, format=ox.RdfFormat.N_TRIPLES)) == set(
        ox.parse(expected or b"", format=ox.RdfFormat.N_TRIPLES)
    )
    assert set(to_graph(held)) == set(graph)


def test_rdf_type_comes_first_then_predicates_and_objects_in_order() -> None:
    s = EX + "s"
    held = TripleSet(
        [
            (s, SCHEMA.name, Literal("b")),
            (s, SCHEMA.name, Literal("a", lang="en")),
            (s, SCHEMA.name, URIRef(EX + "z")),
            (s, RDF.type, KZLD.Statement),
            (EX + "r", SCHEMA.name, Literal("r")),
        ]
    )
    assert [(str(p).rsplit("/", 1)[-1], str(o)) for _, p, o in ordered_triples(held)] == [
        ("name", "r"),
        ("22-rdf-syntax-ns#type", str(KZLD.Statement)),
        ("name", EX + "z"),  # an IRI before literals
        ("name", "a"),
        ("name", "b"),
    ]


def test_each_iri_is_held_once_however_many_triples_name_it() -> None:
    held = TripleSet()
    for n in range(3):
        held.add((URIRef(EX + "s"), SCHEMA.position, Literal(n)))
        held.add((URIRef(EX + f"t{n}"), KZLD.signatory, URIRef(EX + "s")))
    subjects = {id(s) for s, _, _ in held if s == EX + "s"}
    objects = {id(o) for _, _, o in held if o == EX + "s"}
    assert len(subjects) == 1 and subjects == objects


@pytest.mark.parametrize(
    "triple",
    [
        (BNode("b"), SCHEMA.name, Literal("x")),
        (URIRef(EX + "s"), SCHEMA.agent, BNode("b")),
    ],
    ids=["subject", "object"],
)
def test_a_blank_node_is_refused_when_the_triples_are_put_in_order(
    triple: tuple[object, object, object],
) -> None:
    held = TripleSet([triple])  # type: ignore[list-item]
    with pytest.raises(KzldError, match=r"^blank node in published data: .*\bb\b"):
        held.take_in_order()
    with pytest.raises(KzldError, match="blank node in published data"):
        ordered_triples([triple])  # type: ignore[list-item]
