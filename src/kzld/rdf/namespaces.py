"""The vocabularies kzld publishes with, declared once.

``KZLD`` mirrors ``ontology/kzld.ttl`` term for term (a test keeps the two in step); ``_fail``
makes a typo raise instead of minting a wrong IRI. schema.org is declared in its ``http://`` form,
the one its own JSON-LD context and SHACL release use (rdflib's ``SDO`` is the https form).
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = [
    "DCAT",
    "EVENT_TYPE",
    "GENRE",
    "KZLD",
    "OA",
    "ORG_KIND",
    "SCHEMA",
    "VOID",
    "WD",
]

#: schema.org, in the http form.
SCHEMA = Namespace("http://schema.org/")
#: W3C Web Annotation vocabulary.
OA = Namespace("http://www.w3.org/ns/oa#")
#: Vocabulary of Interlinked Datasets.
VOID = Namespace("http://rdfs.org/ns/void#")
#: Data Catalog Vocabulary.
DCAT = Namespace("http://www.w3.org/ns/dcat#")
#: Wikidata entities (for alignments and verified identifiers).
WD = Namespace("http://www.wikidata.org/entity/")

#: SKOS concepts for statement genres (``GENRE["joint-statement"]``).
GENRE = Namespace("https://w3id.org/kzld/vocab/genre/")
#: SKOS concepts for event types (``EVENT_TYPE["massacre"]``).
EVENT_TYPE = Namespace("https://w3id.org/kzld/vocab/event-type/")
#: SKOS concepts for kinds of organisation (``ORG_KIND["party"]``).
ORG_KIND = Namespace("https://w3id.org/kzld/vocab/org-kind/")


class KZLD(DefinedNamespace):
    """The kzld vocabulary, ``https://w3id.org/kzld/vocab#``."""

    _fail = True
    _NS = Namespace("https://w3id.org/kzld/vocab#")

    # classes
    Statement: URIRef  # a political statement as a work, in all its language versions
    LanguageVersion: URIRef  # one language version of a statement
    SourceDocument: URIRef  # the text file a statement was read from
    Signature: URIRef  # one organisation's endorsement of one statement
    SignatorySection: URIRef  # one signatory list of a statement, with its heading
    # properties
    signatory: URIRef  # statement -> organisation, the shortcut for a signature
    section: URIRef  # signature -> the signatory section it is listed in
    asOf: URIRef  # signature -> the date the list is said to be current at
    abbreviation: URIRef  # organisation -> an abbreviation of its name
    statedSignatoryCount: URIRef  # statement -> how many signatories the text says there are
    adoptedAt: URIRef  # statement -> the meeting event it was adopted at
    eventType: URIRef  # event -> its type concept
    organisationKind: URIRef  # organisation -> its kind concept
    involvedOrganisation: URIRef  # event -> an organisation that took part in it or was its object
    # concept schemes
    genres: URIRef
    eventTypes: URIRef
    organisationKinds: URIRef
