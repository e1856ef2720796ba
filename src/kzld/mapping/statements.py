"""Statements: the work, its source text, language versions, signatory sections and signatures."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from rdflib import RDF, Literal, URIRef
from rdflib.namespace import PROV, SKOS, XSD

from ..model.iris import Minter, slug
from ..model.records import Document, Mention, ResolvedDocument, Section, Span, Version
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


@dataclass
class _Signer:
    """One organisation's signature of a text: where its first entry stands, and every entry."""

    section: URIRef
    position: int
    as_of: date | None
    spans: list[Span] = field(default_factory=list)


def _add_signatures(
    graph: TripleSet, mint: Minter, statement: URIRef, resolved: ResolvedDocument
) -> None:
    """The statement's signatory sections, and one signature for each organisation they list.

    An organisation listed twice (twice in a list, in two lists, or under two names that
    resolve to it) signed once: its signature is derived from every entry that names it, and
    takes its section, position and as-of date from the first in text order, where a reader
    of the text first meets the signer (a later entry most often repeats a list or a name).
    The places after a repeated entry keep the list's own count.
    """
    document = resolved.document
    signers: dict[str, _Signer] = {}
    more = 0
    if document.sections:  # the statement is the concept scheme of its signatory sections
        graph.add((statement, RDF.type, SKOS.ConceptScheme))
    for number, (section, keys) in enumerate(
        zip(document.sections, resolved.signatories, strict=True), start=1
    ):
        section_iri = _add_section(graph, mint, statement, document, section, number)
        more += section.more_stated or 0
        for entry, key in zip(section.entries, keys, strict=True):
            signer = signers.setdefault(key, _Signer(section_iri, entry.position, section.as_of))
            signer.spans.append(entry.span)
    for key, signer in signers.items():
        _add_signature(graph, mint, statement, document, key, signer)
    # the total the text states ("50 parties subscribe"); else the named and the "(20 more)"
    stated = document.stated_total or (len(signers) + more if more else None)
    if stated:
        graph.add((statement, KZLD.statedSignatoryCount, Literal(stated, datatype=XSD.integer)))


def _add_section(
    graph: TripleSet,
    mint: Minter,
    statement: URIRef,
    document: Document,
    section: Section,
    number: int,
) -> URIRef:
    """The ``number``-th signatory section of ``statement``, with its heading's evidence."""
    section_iri = mint.section(document.stem, number)
    graph.add((section_iri, RDF.type, KZLD.SignatorySection))
    graph.add((section_iri, RDF.type, SKOS.Concept))
    graph.add((section_iri, SKOS.prefLabel, name_literal(section.heading, section.language)))
    graph.add((section_iri, SKOS.inScheme, statement))
    graph.add((section_iri, SCHEMA.position, Literal(number, datatype=XSD.integer)))
    heading = add_evidence(graph, mint, document.stem, section.span, document.text)
    graph.add((section_iri, PROV.wasDerivedFrom, heading))
    return section_iri


def _add_signature(
    graph: TripleSet,
    mint: Minter,
    statement: URIRef,
    document: Document,
    key: str,
    signer: _Signer,
) -> None:
    """The signature of the organisation ``key``, derived from each of its entries."""
    organisation = mint.organisation(key)
    signature = mint.signature(document.stem, key)
    graph.add((signature, _TYPE, _SIGNATURE))
    graph.add((signature, _AGENT, organisation))
    graph.add((signature, _OBJECT, statement))
    graph.add((signature, _SECTION, signer.section))
    graph.add((signature, _POSITION, integer_literal(signer.position)))
    if signer.as_of is not None:
        graph.add((signature, KZLD.asOf, date_literal(signer.as_of)))
    for span in signer.spans:
        evidence = add_evidence(graph, mint, document.stem, span, document.text)
        graph.add((signature, _DERIVED, evidence))
    graph.add((statement, _SIGNATORY, organisation))


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
