"""The vocabularies kzld publishes with, and the one prefix map, declared once.

``KZLD`` mirrors ``ontology/kzld.ttl`` term for term (a test keeps the two in step); ``_fail``
makes a typo raise instead of minting a wrong IRI. schema.org is declared in its ``http://`` form,
the one its own JSON-LD context and SHACL release use (rdflib's ``SDO`` is the https form).

:data:`PREFIXES` is the only place a prefix is paired with its namespace. Each use takes the
prefixes it declares from it by name: the published Turtle (:data:`TURTLE_PREFIXES`), the JSON-LD
context (:data:`CONTEXT_PREFIXES`; a test proves ``ontology/context.jsonld`` declares exactly
these), the SPARQL prologue of a query (:func:`sparql_prologue`), and the shortening of IRIs for
people (:func:`shorten`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from rdflib import DCTERMS, PROV, RDF, RDFS, SH, SKOS, XSD, Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = [
    "CONTEXT_PREFIXES",
    "DCAT",
    "EVENT_TYPE",
    "GENRE",
    "KZLD",
    "KZLD_SHAPES",
    "OA",
    "ORG_KIND",
    "PREFIXES",
    "REPORT_PREFIXES",
    "SCHEMA",
    "TURTLE_PREFIXES",
    "VOID",
    "WD",
    "prefixes",
    "shorten",
    "sparql_prologue",
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
#: The shipped SHACL shapes (``shapes/*.ttl``).
KZLD_SHAPES = Namespace("https://w3id.org/kzld/shapes#")


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


#: The one prefix map: every prefix kzld declares anywhere, and its namespace.
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
    "rdfs": str(RDFS),
    "wd": str(WD),
    "sh": str(SH),
    "kzldsh": str(KZLD_SHAPES),
}


def prefixes(*names: str) -> dict[str, str]:
    """The prefixes called ``names``, in that order, with their namespaces."""
    return {name: PREFIXES[name] for name in names}


#: What the published Turtle declares: the namespaces of the data.
TURTLE_PREFIXES = prefixes(
    "schema", "kzld", "genre", "etype", "okind", "prov", "oa", "dcterms", "skos", "void", "dcat",
    "xsd", "rdf",
)  # fmt: skip
#: What the JSON-LD context (``ontology/context.jsonld``) declares, in its order. ``genre`` is a
#: term there (``schema:genre``), so the genre namespace has no prefix in JSON-LD.
CONTEXT_PREFIXES = prefixes(
    "schema", "kzld", "etype", "okind", "prov", "oa", "dcterms", "skos", "void", "dcat", "xsd",
    "rdfs", "wd",
)  # fmt: skip
#: What validation reports shorten IRIs with: the data's namespaces and the shapes'.
REPORT_PREFIXES = prefixes(
    "schema", "kzld", "kzldsh", "prov", "oa", "skos", "dcterms", "void", "dcat", "xsd", "rdf",
    "rdfs", "sh",
)  # fmt: skip

#: What may follow a namespace for :func:`shorten` to write ``prefix:local``.
_LOCAL_NAME = re.compile(r"[\w./-]*")


def sparql_prologue(*names: str) -> str:
    """``PREFIX`` declarations for the prefixes called ``names``, one a line."""
    return "".join(f"PREFIX {name}: <{PREFIXES[name]}>\n" for name in names)


def shorten(iri: str, using: Mapping[str, str] | Iterable[tuple[str, str]]) -> str | None:
    """``prefix:local`` for ``iri`` with the longest namespace of ``using`` it starts with (the
    local part of word characters, ``.``, ``/`` and ``-``, maybe empty), or None."""
    pairs = using.items() if isinstance(using, Mapping) else using
    best: tuple[str, str] | None = None
    for prefix, namespace in pairs:
        if (
            iri.startswith(namespace)
            and (best is None or len(namespace) > len(best[1]))
            and _LOCAL_NAME.fullmatch(iri, len(namespace))
        ):
            best = (prefix, namespace)
    return None if best is None else f"{best[0]}:{iri[len(best[1]) :]}"
