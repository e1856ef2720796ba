"""Events from the gazetteer and the places they (and statements) happen in."""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import RDF, URIRef

from ..model.iris import Minter
from ..model.records import Event, Place
from ..rdf.namespaces import EVENT_TYPE, KZLD, SCHEMA
from ..rdf.triples import TripleSet
from .agents import add_country
from .base import add_names, date_literal

__all__ = ["add_events", "add_places"]


def add_places(graph: TripleSet, mint: Minter, places: Iterable[Place]) -> None:
    """Every place with its names and the country it lies in."""
    for place in places:
        iri = mint.place(place.key)
        graph.add((iri, RDF.type, SCHEMA.Place))
        add_names(graph, iri, place.names)
        if place.country:
            graph.add((iri, SCHEMA.containedInPlace, add_country(graph, mint, place.country)))


def add_events(graph: TripleSet, mint: Minter, events: Iterable[Event]) -> None:
    """Every event with its names, types, dates, place, super-event and organisations."""
    for event in events:
        iri = mint.event(event.key)
        graph.add((iri, RDF.type, SCHEMA.Event))
        add_names(graph, iri, event.names)
        for kind in event.types:
            graph.add((iri, KZLD.eventType, EVENT_TYPE[kind]))
        if event.start:
            graph.add((iri, SCHEMA.startDate, date_literal(event.start)))
        if event.end:
            graph.add((iri, SCHEMA.endDate, date_literal(event.end)))
        if event.place:
            graph.add((iri, SCHEMA.location, mint.place(event.place)))
        if event.super_event:
            graph.add((iri, SCHEMA.superEvent, mint.event(event.super_event)))
        for organisation in event.organisations:
            graph.add((iri, KZLD.involvedOrganisation, mint.organisation(organisation)))
        for same in event.same_as:
            graph.add((iri, SCHEMA.sameAs, URIRef(same)))
