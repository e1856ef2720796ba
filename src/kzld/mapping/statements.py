"""Statements: the work, its source text, language versions, signatory sections and signatures."""

from __future__ import annotations

from collections import Counter

from rdflib import RDF, Literal, URIRef
from rdflib.namespace import PROV, SKOS, XSD

from ..model.iris import Minter, slug
from ..model.records import Document, Mention, ResolvedDocument, Version
from ..rdf.namespaces import GENRE, KZLD, OA, SCHEMA
from ..rdf.triples import TripleSet
from .base import add_evidence, date_literal, integer_literal, name_literal

__all__ = ["add_statement", "place_key"]


def place_key(name: str) -> str:
    """The key of a place the gazetteer does not know, from its name as written."""
    return "x-" + slug(name)


def add_statement(graph: TripleSet, mint: Minter, resolved: ResolvedDocument) -> URIRef:
    """Add one statement with everything hanging off it; return the statement's IRI."""
    document = resolved.document
    stem = document.stem
    statement = mint.statement(stem)
    _add_source(graph, mint, document)
    graph.add((statement, RDF.type, KZLD.Statement))
    graph.add((statement, RDF.type, SCHEMA.CreativeWork))
    graph.add((statement, SCHEMA.genre, GENRE[document.genre]))
    graph.add((statement, PROV.hadPrimarySource, mint.source(stem)))
    _add_dates(graph, mint, statement, resolved)
    _add_versions(graph, mint, statement, document)
    _add_signatures(graph, mint, statement, resolved)
    _add_mentions(graph, mint, statement, resolved)
    if resolved.publisher:
        graph.add((statement, SCHEMA.publisher, mint.organisation(resolved.publisher)))
    return statement


def _add_source(graph: TripleSet, mint: Minter, document: Document) -> None:
    source = mint.source(document.stem)
    graph.add((source, RDF.type, KZLD.SourceDocument))
    graph.add((source, SCHEMA.name, Literal(document.name)))
    graph.add((source, SCHEMA.sha256, Literal(document.sha256)))
    graph.add((source, SCHEMA.encodingFormat, Literal("text/plain")))
    graph.add((source, SCHEMA.text, Literal(document.text)))


def _add_dates(
    graph: TripleSet, mint: Minter, statement: URIRef, resolved: ResolvedDocument
) -> None:
    document = resolved.document
    if document.created is not None:
        if document.created.date is not None:
            graph.add((statement, SCHEMA.dateCreated, date_literal(document.created.date)))
        if document.created.place:
            key = resolved.created_place or place_key(document.created.place)
            graph.add((statement, SCHEMA.locationCreated, mint.place(key)))
    if document.published is not None:
        graph.add((statement, SCHEMA.datePublished, date_literal(document.published)))
    if resolved.adopted_at:
        graph.add((statement, KZLD.adoptedAt, mint.event(resolved.adopted_at)))


def _version_iris(mint: Minter, stem: str, versions: tuple[Version, ...]) -> list[URIRef]:
    seen: Counter[str] = Counter()
    iris = []
    for version in versions:
        seen[version.language] += 1
        iris.append(mint.version(stem, version.language, seen[version.language]))
    return iris


def _add_versions(graph: TripleSet, mint: Minter, statement: URIRef, document: Document) -> None:
    stem = document.stem
    iris = _version_iris(mint, stem, document.versions)
    originals = [iri for iri, v in zip(iris, document.versions, strict=True) if v.is_original]
    for iri, version in zip(iris, document.versions, strict=True):
        graph.add((statement, SCHEMA.workExample, iri))
        graph.add((statement, SCHEMA.inLanguage, Literal(version.language)))
        graph.add((iri, RDF.type, KZLD.LanguageVersion))
        graph.add((iri, RDF.type, SCHEMA.CreativeWork))
        graph.add((iri, SCHEMA.exampleOfWork, statement))
        graph.add((iri, SCHEMA.inLanguage, Literal(version.language)))
        if version.title:
            graph.add((iri, SCHEMA.name, name_literal(version.title, version.language)))
            graph.add((statement, SCHEMA.name, name_literal(version.title, version.language)))
        if version.subtitle:
            graph.add(
                (iri, SCHEMA.alternativeHeadline, name_literal(version.subtitle, version.language))
            )
        if version.span.end > version.span.start:
            evidence = add_evidence(graph, mint, stem, version.span, document.text)
            graph.add((iri, PROV.wasDerivedFrom, evidence))
        if len(originals) == 1 and iri != originals[0]:
            graph.add((iri, SCHEMA.translationOfWork, originals[0]))


# The terms of the signature pattern, made once (a namespace makes a new term at each look-up).
_TYPE, _SIGNATURE, _AGENT, _OBJECT = RDF.type, KZLD.Signature, SCHEMA.agent, SCHEMA.object
_SECTION, _POSITION, _DERIVED = KZLD.section, SCHEMA.position, PROV.wasDerivedFrom
_SIGNATORY = KZLD.signatory


def _add_signatures(
    graph: TripleSet, mint: Minter, statement: URIRef, resolved: ResolvedDocument
) -> None:
    document = resolved.document
    stem = document.stem
    occurrences: Counter[str] = Counter()
    named = 0
    more = 0
    if document.sections:  # the statement is the concept scheme of its signatory sections
        graph.add((statement, RDF.type, SKOS.ConceptScheme))
    for number, (section, keys) in enumerate(
        zip(document.sections, resolved.signatories, strict=True), start=1
    ):
        section_iri = mint.section(stem, number)
        graph.add((section_iri, RDF.type, KZLD.SignatorySection))
        graph.add((section_iri, RDF.type, SKOS.Concept))
        graph.add((section_iri, SKOS.prefLabel, name_literal(section.heading, section.language)))
        graph.add((section_iri, SKOS.inScheme, statement))
        graph.add((section_iri, SCHEMA.position, Literal(number, datatype=XSD.integer)))
        heading = add_evidence(graph, mint, stem, section.span, document.text)
        graph.add((section_iri, PROV.wasDerivedFrom, heading))
        more += section.more_stated or 0
        for entry, key in zip(section.entries, keys, strict=True):
            named += 1
            occurrences[key] += 1
            organisation = mint.organisation(key)
            signature = mint.signature(stem, key, occurrences[key])
            graph.add((signature, _TYPE, _SIGNATURE))
            graph.add((signature, _AGENT, organisation))
            graph.add((signature, _OBJECT, statement))
            graph.add((signature, _SECTION, section_iri))
            graph.add((signature, _POSITION, integer_literal(entry.position)))
            if section.as_of is not None:
                graph.add((signature, KZLD.asOf, date_literal(section.as_of)))
            evidence = add_evidence(graph, mint, stem, entry.span, document.text)
            graph.add((signature, _DERIVED, evidence))
            graph.add((statement, _SIGNATORY, organisation))
    # the total the text states ("50 parties subscribe"); else the named and the "(20 more)"
    stated = document.stated_total or (named + more if more else None)
    if stated:
        graph.add((statement, KZLD.statedSignatoryCount, Literal(stated, datatype=XSD.integer)))


def _add_mentions(
    graph: TripleSet, mint: Minter, statement: URIRef, resolved: ResolvedDocument
) -> None:
    document = resolved.document
    about = set(resolved.about)
    for key in sorted(about):
        graph.add((statement, SCHEMA.about, mint.event(key)))
    for mention in resolved.mentions:
        target = _target(mint, mention)
        if not (mention.kind == "event" and mention.target in about):
            graph.add((statement, SCHEMA.mentions, target))
        annotation = mint.mention(document.stem, mention.span)
        evidence = add_evidence(graph, mint, document.stem, mention.span, document.text)
        graph.add((annotation, RDF.type, OA.Annotation))
        graph.add((annotation, OA.motivatedBy, OA.identifying))
        graph.add((annotation, OA.hasBody, target))
        graph.add((annotation, OA.hasTarget, evidence))


def _target(mint: Minter, mention: Mention) -> URIRef:
    if mention.kind == "event":
        return mint.event(mention.target)
    return mint.organisation(mention.target)
