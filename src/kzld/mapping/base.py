"""Small helpers the mapping modules share: literals, dates and evidence spans."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from rdflib import RDF, Literal, URIRef
from rdflib.namespace import XSD

from ..model.iris import Minter
from ..model.records import Name, Span
from ..rdf.namespaces import OA, SCHEMA
from ..rdf.triples import TripleSet

__all__ = [
    "add_evidence",
    "add_names",
    "date_literal",
    "integer_literal",
    "name_literal",
    "offset_literal",
]


def name_literal(text: str, language: str | None) -> Literal:
    """A name, language-tagged when its language is known."""
    return Literal(text, lang=language) if language else Literal(text)


def add_names(graph: TripleSet, iri: URIRef, names: Iterable[Name]) -> None:
    """``iri``'s ``schema:name`` for each of ``names``."""
    for name in names:
        graph.add((iri, SCHEMA.name, name_literal(name.text, name.language)))


def date_literal(value: date | str) -> Literal:
    """``xsd:date`` for a full date, ``xsd:gYearMonth`` / ``xsd:gYear`` for a partial one."""
    text = value.isoformat() if isinstance(value, date) else value
    if len(text) == 4:
        return Literal(text, datatype=XSD.gYear)
    if len(text) == 7:
        return Literal(text, datatype=XSD.gYearMonth)
    return Literal(text, datatype=XSD.date)


@lru_cache(maxsize=1 << 16)
def offset_literal(offset: int) -> Literal:
    """``offset`` as an ``xsd:nonNegativeInteger`` (made once: there are many evidence spans)."""
    return Literal(offset, datatype=XSD.nonNegativeInteger)


@lru_cache(maxsize=1 << 12)
def integer_literal(value: int) -> Literal:
    """``value`` as an ``xsd:integer`` (positions: made once each)."""
    return Literal(value, datatype=XSD.integer)


# The terms of the evidence pattern, made once (a namespace makes a new term at each look-up).
_TYPE, _SPECIFIC, _SOURCE, _SELECTOR = RDF.type, OA.SpecificResource, OA.hasSource, OA.hasSelector
_POSITION, _START, _END = OA.TextPositionSelector, OA.start, OA.end
_QUOTE, _EXACT = OA.TextQuoteSelector, OA.exact


def add_evidence(graph: TripleSet, mint: Minter, stem: str, span: Span, text: str) -> URIRef:
    """An ``oa:SpecificResource`` for ``text[span]`` of the source ``stem``; returns its IRI."""
    evidence = mint.evidence(stem, span)
    position = mint.selector(evidence, "position")
    quote = mint.selector(evidence, "quote")
    graph.add((evidence, _TYPE, _SPECIFIC))
    graph.add((evidence, _SOURCE, mint.source(stem)))
    graph.add((evidence, _SELECTOR, position))
    graph.add((evidence, _SELECTOR, quote))
    graph.add((position, _TYPE, _POSITION))
    graph.add((position, _START, offset_literal(span.start)))
    graph.add((position, _END, offset_literal(span.end)))
    graph.add((quote, _TYPE, _QUOTE))
    graph.add((quote, _EXACT, Literal(text[span.start : span.end])))
    return evidence
