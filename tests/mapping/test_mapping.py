"""The mapping follows docs/model.md: exact IRIs, counts and values on a hand-made corpus."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from kzld.mapping import map_corpus
from kzld.model.records import Corpus

BASE = "https://w3id.org/kzld/id/"
PREFIXES = """
PREFIX schema: <http://schema.org/>
PREFIX kzld: <https://w3id.org/kzld/vocab#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX void: <http://rdfs.org/ns/void#>
"""


def ask(graph: Graph, query: str) -> list[tuple[object, ...]]:
    return sorted(tuple(row) for row in graph.query(PREFIXES + query))  # type: ignore[arg-type]


def test_statement_versions_and_dates(corpus: Corpus) -> None:
    graph = map_corpus(corpus)
    statement = URIRef(BASE + "statement/lake%2001")
    rows = ask(
        graph,
        "SELECT ?v ?lang ?name "
        "{ ?s schema:workExample ?v . ?v schema:inLanguage ?lang ; schema:name ?name }",
    )
    assert rows == [
        (
            URIRef(BASE + "statement/lake%2001/en"),
            Literal("en"),
            Literal("Joint statement on the strike", lang="en"),
        ),
        (
            URIRef(BASE + "statement/lake%2001/ru"),
            Literal("ru"),
            Literal("Совместное заявление о забастовке", lang="ru"),
        ),
    ]
    assert graph.value(statement, URIRef("http://schema.org/dateCreated")) == Literal(
        "2020-03-02", datatype=XSD.date
    )
    assert graph.value(statement, URIRef("http://schema.org/datePublished")) is None
    assert graph.value(statement, URIRef("http://schema.org/locationCreated")) == URIRef(
        BASE + "place/lakeside"
    )


def test_every_entry_is_evidence_of_its_organisations_one_signature(corpus: Corpus) -> None:
    graph = map_corpus(corpus)
    rows = ask(
        graph,
        """
        SELECT ?sig ?pos ?exact ?start ?end ?asof {
          ?sig a kzld:Signature ; schema:position ?pos ; kzld:asOf ?asof ;
               prov:wasDerivedFrom ?e . ?e oa:hasSelector ?q, ?p .
          ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end }""",
    )
    # the party listed twice (places 1 and 2) signed once, at its first place, from both entries;
    # the entry after it keeps the list's count
    assert [(str(r[0]).removeprefix(BASE), int(str(r[1])), str(r[2])) for r in rows] == [
        ("signature/lake%2001/workers-party-of-lakeland", 1, "WPL Workers Party of Lakeland"),
        ("signature/lake%2001/workers-party-of-lakeland", 1, "Workers Party of Lakeland"),
        ("signature/lake%2001/x-green-union", 3, 'Green <Union> "of" {Lakes}'),
    ]
    text = corpus.documents[0].document.text
    for row in rows:
        assert text[int(str(row[3])) : int(str(row[4]))] == str(row[2])
        assert row[5] == Literal("2020-03-03", datatype=XSD.date)
    evidence = ask(
        graph,
        "SELECT ?sig (COUNT(DISTINCT ?e) AS ?n) { ?sig a kzld:Signature ; prov:wasDerivedFrom ?e }"
        " GROUP BY ?sig",
    )
    assert [(str(sig).removeprefix(BASE), int(str(n))) for sig, n in evidence] == [
        ("signature/lake%2001/workers-party-of-lakeland", 2),
        ("signature/lake%2001/x-green-union", 1),
    ]
    assert len(ask(graph, "SELECT ?s ?o { ?s kzld:signatory ?o }")) == 2
    # two organisations named and "4 more": six signatories
    count = ask(graph, "SELECT ?n { ?s kzld:statedSignatoryCount ?n }")
    assert [int(str(r[0])) for r in count] == [6]


def test_organisation_country_event_and_person(corpus: Corpus) -> None:
    graph = map_corpus(corpus)
    org = URIRef(BASE + "org/workers-party-of-lakeland")
    assert ask(graph, f"SELECT ?a {{ <{org}> kzld:abbreviation ?a }}") == [(Literal("WPL"),)]
    assert ask(graph, f"SELECT ?c {{ <{org}> schema:location/schema:identifier ?c }}") == [
        (Literal("NO"),)
    ]
    assert (
        org,
        URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
        URIRef("http://schema.org/PoliticalParty"),
    ) in graph
    assert ask(graph, "SELECT ?e { ?s schema:about ?e }") == [
        (URIRef(BASE + "event/lakeside-strike"),)
    ]
    assert ask(graph, "SELECT ?d { ?e schema:startDate ?d }") == [
        (Literal("2020-02", datatype=XSD.gYearMonth),)
    ]
    assert ask(graph, "SELECT ?role { ?org schema:member/schema:roleName ?role }") == [
        (Literal("secretary", lang="en"),)
    ]


def test_no_blank_nodes_and_every_iri_under_the_base(corpus: Corpus) -> None:
    base = "http://example.org/data/"
    graph = map_corpus(corpus, base)
    vocab = (
        "http://schema.org/",
        "https://w3id.org/kzld/vocab",
        "http://www.w3.org/",
        "http://rdfs.org/",
        "http://purl.org/dc/terms/",
        "https://creativecommons.org/",
    )
    for s, _, o in graph:
        for term in (s, o):
            if isinstance(term, URIRef):
                assert str(term).startswith((base, *vocab)), term
        assert isinstance(s, URIRef)


def test_base_changes_every_data_iri_and_nothing_else(corpus: Corpus) -> None:
    one = map_corpus(corpus)
    other = map_corpus(corpus, "http://example.org/x#")
    moved = {
        tuple(str(t).replace("http://example.org/x#", BASE) for t in triple) for triple in other
    }
    assert moved == {tuple(str(t) for t in triple) for triple in one}


def test_void_counts_the_graph(corpus: Corpus) -> None:
    graph = map_corpus(corpus)
    (triples,) = ask(graph, "SELECT ?n { ?d void:triples ?n }")[0]
    assert int(triples) == len(graph)  # type: ignore[call-overload]
