"""The kzld vocabulary: ``ontology/kzld.ttl``, ``kzld.rdf.namespaces.KZLD`` and the JSON-LD
context agree."""

from __future__ import annotations

import json
import re

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, BNode, Graph, Literal, URIRef

from kzld.model.records import GENRES
from kzld.rdf.load import load_graph
from kzld.rdf.namespaces import (
    CONTEXT_PREFIXES,
    EVENT_TYPE,
    GENRE,
    KZLD,
    ORG_KIND,
    PREFIXES,
    SCHEMA,
    TURTLE_PREFIXES,
    shorten,
    sparql_prologue,
)
from kzld.resolve.orgs.authority import KINDS
from kzld.resources import ontology_dir

NS = "https://w3id.org/kzld/vocab#"
#: The kinds the authority accepts: the ontology's org-kind scheme must list exactly these.
ORG_KINDS = KINDS


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_graph(ontology_dir() / "kzld.ttl")


def declared(graph: Graph) -> set[str]:
    return {
        str(s)[len(NS) :]
        for s in graph.subjects(RDF.type, None)
        if isinstance(s, URIRef) and str(s).startswith(NS)
    }


def test_the_ontology_and_the_python_namespace_list_the_same_terms(ontology: Graph) -> None:
    in_python = {name for name in KZLD.__annotations__ if not name.startswith("_")}
    assert declared(ontology) == in_python


def test_every_term_is_used_only_if_declared(ontology: Graph) -> None:
    used = {
        str(term)[len(NS) :]
        for triple in ontology
        for term in triple
        if isinstance(term, URIRef) and str(term).startswith(NS)
    }
    assert used <= declared(ontology)


@pytest.mark.parametrize("kind", [OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty])
def test_classes_and_properties_have_label_comment_and_definition(
    ontology: Graph, kind: URIRef
) -> None:
    terms = sorted(
        t for t in ontology.subjects(RDF.type, kind) if isinstance(t, URIRef) and t.startswith(NS)
    )
    assert terms
    for term in terms:
        assert Literal(ontology.value(term, RDFS.label), lang="en") in ontology.objects(
            term, RDFS.label
        ), term
        assert ontology.value(term, RDFS.comment) is not None, term
        assert ontology.value(term, RDFS.isDefinedBy) is not None, term
    if kind != OWL.Class:
        for term in terms:
            assert ontology.value(term, RDFS.domain) is not None, term
            assert ontology.value(term, RDFS.range) is not None, term


def test_alignments(ontology: Graph) -> None:
    assert (KZLD.Statement, RDFS.subClassOf, SCHEMA.CreativeWork) in ontology
    assert (KZLD.LanguageVersion, RDFS.subClassOf, SCHEMA.CreativeWork) in ontology
    assert (KZLD.SourceDocument, RDFS.subClassOf, SCHEMA.DigitalDocument) in ontology
    assert (KZLD.Signature, RDFS.subClassOf, SCHEMA.EndorseAction) in ontology
    assert (KZLD.abbreviation, RDFS.subPropertyOf, SCHEMA.alternateName) in ontology
    assert (KZLD.signatory, RDFS.range, SCHEMA.Organization) in ontology
    assert (
        KZLD.signatory,
        SKOS.closeMatch,
        URIRef("http://www.wikidata.org/prop/direct/P1891"),
    ) in ontology


def test_the_ontology_has_no_blank_nodes(ontology: Graph) -> None:
    assert [t for t in ontology if any(isinstance(x, BNode) for x in t)] == []


@pytest.mark.parametrize(
    ("scheme", "namespace", "keys"),
    [
        (KZLD.genres, GENRE, GENRES),
        (KZLD.organisationKinds, ORG_KIND, ORG_KINDS),
        (
            KZLD.eventTypes,
            EVENT_TYPE,
            (
                "protest-wave",
                "strike",
                "massacre",
                "military-intervention",
                "ban-of-organisation",
                "price-increase",
                "international-meeting",
                "congress",
                "election",
            ),
        ),
    ],
)
def test_concept_schemes_hold_every_key_with_labels(
    ontology: Graph, scheme: URIRef, namespace: object, keys: tuple[str, ...]
) -> None:
    members = set(ontology.subjects(SKOS.inScheme, scheme))
    for key in keys:
        concept = URIRef(f"{namespace}{key}")
        assert concept in members, key
    for member in members:
        assert (member, RDF.type, SKOS.Concept) in ontology
        labels = ontology.objects(member, SKOS.prefLabel)
        languages = {label.language for label in labels if isinstance(label, Literal)}
        assert {"en", "de", "ru", "fr"} <= languages, member
    if scheme == KZLD.organisationKinds:
        assert {str(m)[len(str(namespace)) :] for m in members} == set(ORG_KINDS)


def test_the_context_reads_naturally_and_names_only_known_terms(ontology: Graph) -> None:
    context = json.loads((ontology_dir() / "context.jsonld").read_text(encoding="utf-8"))[
        "@context"
    ]
    assert context["@version"] == 1.1
    assert context["id"] == "@id" and context["type"] == "@type"
    assert context["schema"] == "http://schema.org/"
    assert "@base" not in context and "@vocab" not in context
    for term in ("name", "signatory", "datePublished", "agent", "object", "position", "section"):
        assert term in context, term
    assert context["asOf"] == {"@id": "kzld:asOf", "@type": "xsd:date"}
    assert context["name"] == {"@id": "schema:name", "@container": "@language"}
    kzld_terms = {
        value["@id"] if isinstance(value, dict) else value
        for value in context.values()
        if isinstance(value, str | dict)
    }
    used = {t.removeprefix("kzld:") for t in kzld_terms if str(t).startswith("kzld:")}
    assert used <= declared(ontology)
    assert used == declared(ontology) - {"genres", "eventTypes", "organisationKinds"}


def test_the_curated_data_uses_only_concepts_of_the_schemes(ontology: Graph) -> None:
    import yaml

    from kzld.resources import authority_dir

    events = yaml.safe_load((authority_dir() / "events.yaml").read_text(encoding="utf-8"))
    organisations = yaml.safe_load(
        (authority_dir() / "organisations.yaml").read_text(encoding="utf-8")
    )["organisations"]
    used = [
        (KZLD.eventTypes, EVENT_TYPE[key]) for e in events["events"] for key in e.get("types", [])
    ] + [
        (KZLD.organisationKinds, ORG_KIND[key])
        for o in (organisations if isinstance(organisations, list) else organisations.values())
        for key in o.get("kinds", [])
    ]
    assert {scheme for scheme, _ in used} == {KZLD.eventTypes, KZLD.organisationKinds}
    assert [c for scheme, c in used if (c, SKOS.inScheme, scheme) not in ontology] == []


def test_the_context_declares_the_prefix_map_and_nothing_else() -> None:
    """``ontology/context.jsonld`` is what the one prefix map makes: the same prefixes, the same
    namespaces, in the same order; every compact IRI in it uses one of them."""
    context = json.loads((ontology_dir() / "context.jsonld").read_text(encoding="utf-8"))
    entries = context["@context"]
    declared = [(k, v) for k, v in entries.items() if isinstance(v, str) and "://" in v]
    assert declared == list(CONTEXT_PREFIXES.items())
    assert all(PREFIXES[name] == namespace for name, namespace in declared)
    used = set()
    for value in entries.values():
        iris = [value] if isinstance(value, str) else []
        if isinstance(value, dict):
            iris += [value.get("@id", ""), value.get("@type", "")]
        used |= {i.split(":", 1)[0] for i in iris if ":" in i and "://" not in i}
    assert used and used <= set(CONTEXT_PREFIXES)


def test_the_published_turtle_declares_the_turtle_prefixes() -> None:
    """The published dump declares exactly :data:`TURTLE_PREFIXES`, each with its namespace."""
    text = (ontology_dir().parent / "out" / "kzld.ttl").read_text(encoding="utf-8")
    declared = dict(re.findall(r"^@prefix (\w+): <([^>]+)> \.$", text, re.MULTILINE))
    assert declared == TURTLE_PREFIXES


@pytest.mark.parametrize(
    ("iri", "expected"),
    [
        ("https://w3id.org/kzld/vocab#Signature", "kzld:Signature"),
        ("https://w3id.org/kzld/vocab/genre/joint-statement", "genre:joint-statement"),
        ("http://schema.org/", "schema:"),
        ("http://schema.org/a b", None),
        ("https://example.org/x", None),
    ],
)
def test_shortening_takes_the_longest_namespace_and_a_plain_local_name(
    iri: str, expected: str | None
) -> None:
    assert shorten(iri, PREFIXES) == expected


def test_the_sparql_prologue_comes_from_the_map() -> None:
    assert sparql_prologue("schema", "kzld") == (
        "PREFIX schema: <http://schema.org/>\nPREFIX kzld: <https://w3id.org/kzld/vocab#>\n"
    )
