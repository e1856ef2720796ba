"""Small helpers the mapping modules share: literals, dates, evidence spans and prefixes."""

from __future__ import annotations

from datetime import date

from rdflib import RDF, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS, XSD

from ..iris import Minter
from ..records import Span
from ..triples import TripleSet
from ..vocab import DCAT, EVENT_TYPE, GENRE, KZLD, OA, ORG_KIND, SCHEMA, VOID

__all__ = ["PREFIXES", "add_evidence", "date_literal", "name_literal"]

#: The prefixes of the published vocabularies, as written in the Turtle dump.
PREFIXES: dict[str, str] = {
    "schema": str(SCHEMA),
    "kzld": str(KZLD),
    "genre": str(GENRE),
    "etype": str(EVENT_TYPE),
    "okind": str(ORG_KIND),
    "prov": str(PROV),
    "oa": str(OA),
    "dcterms": str(DCTERMS),
    "skos": str(SKOS),
    "void": str(VOID),
    "dcat": str(DCAT),
    "xsd": str(XSD),
    "rdf": str(RDF),
}


def name_literal(text: str, language: str | None) -> Literal:
    """A name, language-tagged when its language is known."""
    return Literal(text, lang=language) if language else Literal(text)


def date_literal(value: date | str) -> Literal:
    """``xsd:date`` for a full date, ``xsd:gYearMonth`` / ``xsd:gYear`` for a partial one."""
    text = value.isoformat() if isinstance(value, date) else value
    if len(text) == 4:
        return Literal(text, datatype=XSD.gYear)
    if len(text) == 7:
        return Literal(text, datatype=XSD.gYearMonth)
    return Literal(text, datatype=XSD.date)


def add_evidence(graph: TripleSet, mint: Minter, stem: str, span: Span, text: str) -> URIRef:
    """An ``oa:SpecificResource`` for ``text[span]`` of the source ``stem``; returns its IRI."""
    evidence = mint.evidence(stem, span)
    position = mint.selector(evidence, "position")
    quote = mint.selector(evidence, "quote")
    graph.add((evidence, RDF.type, OA.SpecificResource))
    graph.add((evidence, OA.hasSource, mint.source(stem)))
    graph.add((evidence, OA.hasSelector, position))
    graph.add((evidence, OA.hasSelector, quote))
    graph.add((position, RDF.type, OA.TextPositionSelector))
    graph.add((position, OA.start, Literal(span.start, datatype=XSD.nonNegativeInteger)))
    graph.add((position, OA.end, Literal(span.end, datatype=XSD.nonNegativeInteger)))
    graph.add((quote, RDF.type, OA.TextQuoteSelector))
    graph.add((quote, OA.exact, Literal(text[span.start : span.end])))
    return evidence
