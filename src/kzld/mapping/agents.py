"""Organisations, their countries, and the persons statements name with their roles."""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import RDF, Literal, URIRef

from ..model.countries import country_name
from ..model.iris import Minter, slug
from ..model.records import Organisation, ResolvedDocument
from ..rdf.namespaces import KZLD, ORG_KIND, SCHEMA
from ..rdf.triples import TripleSet
from .base import name_literal

__all__ = ["add_country", "add_organisations", "add_persons", "person_key"]

#: Organisation kinds whose members are also typed ``schema:PoliticalParty``.
PARTY_KINDS = frozenset({"party"})


def person_key(name: str) -> str:
    """The key of a person, from their name."""
    return slug(name)


def add_country(graph: TripleSet, mint: Minter, code: str) -> URIRef:
    """A ``schema:Country`` node for an ISO 3166-1 alpha-2 code."""
    country = mint.country(code)
    graph.add((country, RDF.type, SCHEMA.Country))
    graph.add((country, SCHEMA.identifier, Literal(code.upper())))
    name = country_name(code)
    if name:
        graph.add((country, SCHEMA.name, Literal(name, lang="en")))
    return country


def add_organisations(
    graph: TripleSet, mint: Minter, organisations: Iterable[Organisation]
) -> None:
    """Every organisation with its names, abbreviations, kinds, country and identifiers."""
    for org in organisations:
        iri = mint.organisation(org.key)
        graph.add((iri, RDF.type, SCHEMA.Organization))
        if PARTY_KINDS.intersection(org.kinds):
            graph.add((iri, RDF.type, SCHEMA.PoliticalParty))
        for name in org.names:
            graph.add((iri, SCHEMA.name, name_literal(name.text, name.language)))
        written = {name.text for name in org.names} | set(org.abbreviations)
        for form in org.alternate_names:
            if form not in written:
                graph.add((iri, SCHEMA.alternateName, Literal(form)))
        for abbreviation in org.abbreviations:
            graph.add((iri, KZLD.abbreviation, Literal(abbreviation)))
        for kind in org.kinds:
            graph.add((iri, KZLD.organisationKind, ORG_KIND[kind]))
        if org.country:
            graph.add((iri, SCHEMA.location, add_country(graph, mint, org.country)))
        for same in org.same_as:
            graph.add((iri, SCHEMA.sameAs, URIRef(same)))


def add_persons(graph: TripleSet, mint: Minter, documents: Iterable[ResolvedDocument]) -> None:
    """Persons the statements name (authors, interviewees) with their roles as stated."""
    for resolved in documents:
        document = resolved.document
        statement = mint.statement(document.stem)
        affiliations = resolved.person_affiliations or (None,) * len(document.persons)
        for number, (person, affiliation) in enumerate(
            zip(document.persons, affiliations, strict=True), start=1
        ):
            iri = mint.person(person_key(person.name))
            graph.add((iri, RDF.type, SCHEMA.Person))
            graph.add((iri, SCHEMA.name, name_literal(person.name, person.language)))
            graph.add((statement, SCHEMA.author, iri))
            # a role is a membership of an organisation: without a known one there is none to
            # state (the role as written stays in the reader's record)
            if affiliation:
                role = mint.role(document.stem, number)
                graph.add((role, RDF.type, SCHEMA.OrganizationRole))
                graph.add((role, SCHEMA.member, iri))
                if person.role:
                    graph.add((role, SCHEMA.roleName, name_literal(person.role, person.language)))
                graph.add((mint.organisation(affiliation), SCHEMA.member, role))
