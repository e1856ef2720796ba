"""What each page shows, read from the graph: plain dictionaries the templates render.

One function per kind of page (statement, organisation, event, country, any other resource, the
index). Joins run as SPARQL over an embedded pyoxigraph store; single values are read from the
rdflib graph. Every list is sorted, so two builds of the same graph give the same pages.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV
from rdflib.term import Node

from ..rdf.namespaces import (
    DCAT,
    KZLD,
    OA,
    SCHEMA,
    TURTLE_PREFIXES,
    VOID,
    shorten,
    sparql_prologue,
)
from .labels import Link, Paths, Text, label, language_name, names, text_of

__all__ = [
    "Site",
    "country_page",
    "event_page",
    "index_page",
    "organisation_page",
    "resource_page",
    "statement_page",
]

PREFIXES = sparql_prologue("schema", "kzld", "oa", "prov")

SIGNATURES = (
    PREFIXES
    + """
SELECT ?statement ?signature ?org ?section ?position ?start ?end ?exact ?asof WHERE {
  ?signature a kzld:Signature ; schema:object ?statement ; schema:agent ?org .
  OPTIONAL { ?signature kzld:section ?section }
  OPTIONAL { ?signature schema:position ?position }
  OPTIONAL { ?signature kzld:asOf ?asof }
  OPTIONAL { ?signature prov:wasDerivedFrom ?evidence .
             ?evidence oa:hasSelector ?where . ?where oa:start ?start ; oa:end ?end .
             OPTIONAL { ?evidence oa:hasSelector ?quote . ?quote oa:exact ?exact } }
}"""
)

MENTIONS = (
    PREFIXES
    + """
SELECT ?source ?body ?start ?end WHERE {
  ?mention oa:hasBody ?body ; oa:hasTarget ?target .
  ?target oa:hasSource ?source ; oa:hasSelector ?where . ?where oa:start ?start ; oa:end ?end .
}"""
)


def _value(term: Any) -> str:
    return str(term.value) if term is not None else ""


@dataclass
class Signature:
    """One signature as a statement page lists it."""

    statement: URIRef
    iri: URIRef
    org: URIRef
    section: URIRef | None
    position: int
    start: int | None
    end: int | None
    exact: str
    as_of: str


@dataclass
class Site:
    """The graph with the indexes the pages are built from."""

    graph: Graph
    paths: Paths
    store: ox.Store = field(init=False)
    signatures: list[Signature] = field(init=False)
    mentions: dict[URIRef, list[tuple[int, int, URIRef]]] = field(init=False)

    def __post_init__(self) -> None:
        from ..rdf.dump import to_turtle

        self.store = ox.Store()
        self.store.load(to_turtle(self.graph, {}), format=ox.RdfFormat.TURTLE)
        self.signatures = []
        for row in self.store.query(SIGNATURES):  # type: ignore[union-attr]
            self.signatures.append(
                Signature(
                    URIRef(_value(row["statement"])),
                    URIRef(_value(row["signature"])),
                    URIRef(_value(row["org"])),
                    URIRef(_value(row["section"])) if row["section"] is not None else None,
                    int(_value(row["position"]) or 0),
                    int(_value(row["start"])) if row["start"] is not None else None,
                    int(_value(row["end"])) if row["end"] is not None else None,
                    _value(row["exact"]),
                    _value(row["asof"]),
                )
            )
        self.signatures.sort(
            key=lambda s: (str(s.statement), str(s.section or ""), s.position, str(s.iri))
        )
        self.mentions = defaultdict(list)
        for row in self.store.query(MENTIONS):  # type: ignore[union-attr]
            source = URIRef(_value(row["source"]))
            self.mentions[source].append(
                (int(_value(row["start"])), int(_value(row["end"])), URIRef(_value(row["body"])))
            )
        for spans in self.mentions.values():
            spans.sort()

    def of_type(self, kind: URIRef) -> list[URIRef]:
        """Subjects typed ``kind``, sorted by IRI."""
        return sorted(
            {s for s in self.graph.subjects(RDF.type, kind) if isinstance(s, URIRef)}, key=str
        )

    def link(self, iri: Node, page: str, text: Text | None = None) -> Link:
        """A link from ``page`` to ``iri``."""
        return self.paths.link(self.graph, iri, page, text)

    def links(self, iris: Any, page: str) -> list[Link]:
        """Links to ``iris``, sorted by the text shown."""
        return sorted(
            (self.link(i, page) for i in set(iris)), key=lambda x: (x.text.value.casefold(), x.href)
        )

    def first(self, node: Node, predicate: URIRef) -> str:
        """The smallest value of ``predicate`` on ``node`` as a string, or ``""``."""
        values = sorted(str(o) for o in self.graph.objects(node, predicate))
        return values[0] if values else ""

    def date_order(self, statement: Node) -> tuple[str, str]:
        """Sort key of statements: by date, undated last, then by IRI."""
        return (self.statement_date(statement) or "9999", str(statement))

    def statement_date(self, statement: Node) -> str:
        """The date a statement is known by: published, else created, else ``""``."""
        return self.first(statement, SCHEMA.datePublished) or self.first(
            statement, SCHEMA.dateCreated
        )


def _spans_for(
    blocks: list[tuple[int, int, str | None]], marks: list[tuple[int, int, str, str]], text: str
) -> list[dict[str, Any]]:
    """Split ``text`` into language blocks, each a list of plain and marked pieces."""
    out = []
    for start, end, lang in blocks:
        pieces: list[dict[str, Any]] = []
        at = start
        for m_start, m_end, kind, anchor in marks:
            if m_end <= at or m_start >= end or m_start < at:
                continue
            if m_start > at:
                pieces.append({"text": text[at:m_start], "kind": None, "anchor": ""})
            m_end = min(m_end, end)
            pieces.append({"text": text[m_start:m_end], "kind": kind, "anchor": anchor})
            at = m_end
        if at < end:
            pieces.append({"text": text[at:end], "kind": None, "anchor": ""})
        out.append({"lang": lang, "dir": Text("", lang).dir, "pieces": pieces})
    return out


def _evidence_span(site: Site, node: Node) -> tuple[int, int] | None:
    for evidence in site.graph.objects(node, PROV.wasDerivedFrom):
        for selector in site.graph.objects(evidence, OA.hasSelector):
            start, end = site.graph.value(selector, OA.start), site.graph.value(selector, OA.end)
            if start is not None and end is not None:
                return int(str(start)), int(str(end))
    return None


def statement_page(site: Site, statement: URIRef, page: str) -> dict[str, Any]:
    """The statement: versions, dates, signatories by section, events, evidence text."""
    g = site.graph
    versions = []
    blocks: list[tuple[int, int, str | None]] = []
    for version in sorted(g.objects(statement, SCHEMA.workExample), key=str):
        lang = site.first(version, SCHEMA.inLanguage) or None
        span = _evidence_span(site, version)
        if span:
            blocks.append((span[0], span[1], lang))
        versions.append(
            {
                "link": site.link(version, page, Text(language_name(lang) if lang else "?", "en")),
                "names": names(g, version),
                "lang": lang,
            }
        )
    sections: dict[str, dict[str, Any]] = {}
    marks: list[tuple[int, int, str, str]] = []
    own = [s for s in site.signatures if s.statement == statement]
    for signature in own:
        key = str(signature.section or "")
        if key not in sections:
            section = signature.section
            sections[key] = {
                "label": label(g, section) if section is not None else Text("Signatories", "en"),
                "position": int(site.first(section, SCHEMA.position) or 0)
                if section is not None
                else 0,
                "rows": [],
            }
        anchor = f"e{signature.start}-{signature.end}" if signature.start is not None else ""
        sections[key]["rows"].append(
            {
                "position": signature.position,
                "org": site.link(signature.org, page),
                "exact": Text(signature.exact),
                "anchor": anchor,
                "as_of": signature.as_of,
            }
        )
        if signature.start is not None and signature.end is not None:
            marks.append((signature.start, signature.end, "signature", anchor))
    source = g.value(statement, PROV.hadPrimarySource)
    text = str(g.value(source, SCHEMA.text) or "") if source is not None else ""
    for start, end, _body in site.mentions.get(source, []) if isinstance(source, URIRef) else []:
        marks.append((start, end, "mention", f"m{start}-{end}"))
    marks.sort(key=lambda m: (m[0], -m[1], m[2]))
    blocks.sort()
    covered: list[tuple[int, int, str | None]] = []
    at = 0
    for start, end, lang in blocks:
        if start < at:
            continue
        if start > at:
            covered.append((at, start, None))
        covered.append((start, end, lang))
        at = end
    if at < len(text):
        covered.append((at, len(text), None))
    stated = site.first(statement, KZLD.statedSignatoryCount)
    return {
        "kind": "statement",
        "title": label(g, statement),
        "names": names(g, statement),
        "genre": [site.link(x, page) for x in sorted(g.objects(statement, SCHEMA.genre), key=str)],
        "created": site.first(statement, SCHEMA.dateCreated),
        "published": site.first(statement, SCHEMA.datePublished),
        "location": site.links(g.objects(statement, SCHEMA.locationCreated), page),
        "languages": sorted(str(x) for x in g.objects(statement, SCHEMA.inLanguage)),
        "versions": versions,
        "sections": sorted(sections.values(), key=lambda s: (s["position"], s["label"])),
        "signatory_count": len(own),
        "stated_count": stated,
        "adopted_at": site.links(g.objects(statement, KZLD.adoptedAt), page),
        "about": site.links(g.objects(statement, SCHEMA.about), page),
        "mentions": site.links(g.objects(statement, SCHEMA.mentions), page),
        "authors": site.links(g.objects(statement, SCHEMA.author), page),
        "publishers": site.links(g.objects(statement, SCHEMA.publisher), page),
        "source": site.link(source, page) if source is not None else None,
        "source_name": label(g, source) if source is not None else None,
        "blocks": _spans_for(covered, marks, text),
    }


def organisation_page(site: Site, org: URIRef, page: str) -> dict[str, Any]:
    """The organisation: names, abbreviations, country, statements, co-signers."""
    g = site.graph
    signed = sorted({s.statement for s in site.signatures if s.org == org}, key=str)
    counts: dict[URIRef, int] = defaultdict(int)
    for statement in signed:
        for other in {s.org for s in site.signatures if s.statement == statement and s.org != org}:
            counts[other] += 1
    rows: list[dict[str, Any]] = [
        {"link": site.link(o, page), "count": n} for o, n in counts.items()
    ]
    cosigners = sorted(
        rows,
        key=lambda c: (-c["count"], c["link"].text.value.casefold(), c["link"].href),
    )
    return {
        "kind": "organisation",
        "title": label(g, org),
        "names": names(g, org),
        "alternate": sorted(
            {text_of(x) for x in g.objects(org, SCHEMA.alternateName)}
            - set(names(g, org, KZLD.abbreviation))
        ),
        "abbreviations": sorted(
            {t.value: t for t in reversed(names(g, org, KZLD.abbreviation))}.values()
        ),
        "countries": site.links(g.objects(org, SCHEMA.location), page),
        "kinds": site.links(g.objects(org, KZLD.organisationKind), page),
        "same_as": sorted(str(x) for x in g.objects(org, SCHEMA.sameAs)),
        "signed": [statement_row(site, s, page) for s in sorted(signed, key=site.date_order)],
        "named_in": site.links(g.subjects(SCHEMA.mentions, org), page),
        "cosigners": cosigners,
    }


def statement_row(site: Site, statement: URIRef, page: str) -> dict[str, Any]:
    """A statement as a line of a list: date, link, signatory count."""
    return {
        "date": site.statement_date(statement),
        "link": site.link(statement, page),
        "count": sum(1 for s in site.signatures if s.statement == statement),
        "genre": [
            label(site.graph, x)
            for x in sorted(site.graph.objects(statement, SCHEMA.genre), key=str)
        ],
    }


def event_page(site: Site, event: URIRef, page: str) -> dict[str, Any]:
    """The event: names, dates, place, statements about or mentioning it."""
    g = site.graph
    return {
        "kind": "event",
        "title": label(g, event),
        "names": names(g, event),
        "types": site.links(g.objects(event, KZLD.eventType), page),
        "start": site.first(event, SCHEMA.startDate),
        "end": site.first(event, SCHEMA.endDate),
        "places": site.links(g.objects(event, SCHEMA.location), page),
        "part_of": site.links(g.objects(event, SCHEMA.superEvent), page),
        "parts": site.links(g.subjects(SCHEMA.superEvent, event), page),
        "involved": site.links(g.objects(event, KZLD.involvedOrganisation), page),
        "about": site.links(g.subjects(SCHEMA.about, event), page),
        "mentioning": site.links(g.subjects(SCHEMA.mentions, event), page),
        "adopted": site.links(g.subjects(KZLD.adoptedAt, event), page),
    }


def country_page(site: Site, country: URIRef, page: str) -> dict[str, Any]:
    """The country: its organisations and places."""
    g = site.graph
    return {
        "kind": "country",
        "title": label(g, country),
        "names": names(g, country),
        "code": site.first(country, SCHEMA.identifier),
        "organisations": site.links(
            (
                o
                for o in g.subjects(SCHEMA.location, country)
                if (o, RDF.type, SCHEMA.Organization) in g
            ),
            page,
        ),
        "places": site.links(g.subjects(SCHEMA.containedInPlace, country), page),
    }


def resource_page(site: Site, node: URIRef, page: str) -> dict[str, Any]:
    """Any other resource: its triples, as a table."""
    g = site.graph
    rows = []
    for predicate in sorted(set(g.predicates(node)), key=lambda p: (p != RDF.type, str(p))):
        values: list[dict[str, Any]] = []
        for o in sorted(g.objects(node, predicate), key=lambda o: (isinstance(o, Literal), str(o))):
            if isinstance(o, URIRef):
                values.append({"link": site.link(o, page), "text": None})
            else:
                values.append({"link": None, "text": text_of(o)})
        rows.append(
            {"predicate": _curie(g, predicate), "predicate_iri": str(predicate), "objects": values}
        )
    return {
        "kind": "resource",
        "title": label(g, node),
        "rows": rows,
        "referrers": site.links((s for s in g.subjects(None, node) if isinstance(s, URIRef)), page),
    }


def _curie(graph: Graph, predicate: Node) -> str:
    """``prefix:name`` for the published prefixes (whatever ``graph`` binds), else the IRI."""
    text = str(predicate)
    return shorten(text, TURTLE_PREFIXES) or text


def index_page(site: Site, page: str) -> dict[str, Any]:
    """The front page: statements by date, organisations by country, events, the dataset."""
    g = site.graph
    statements = [statement_row(site, s, page) for s in site.of_type(KZLD.Statement)]
    statements.sort(
        key=lambda r: (r["date"] or "9999", r["link"].text.value.casefold(), r["link"].href)
    )
    by_country: dict[str, dict[str, Any]] = {}
    for org in site.of_type(SCHEMA.Organization):
        countries: list[Node | None] = [*sorted(g.objects(org, SCHEMA.location), key=str)] or [None]
        for country in countries:
            key = str(country or "")
            entry = by_country.setdefault(
                key,
                {"country": site.link(country, page) if country is not None else None, "orgs": []},
            )
            entry["orgs"].append(site.link(org, page))
    groups = sorted(
        by_country.values(),
        key=lambda e: (e["country"] is None, e["country"].text.value if e["country"] else ""),
    )
    for entry in groups:
        entry["orgs"].sort(key=lambda x: (x.text.value.casefold(), x.href))
    events: list[dict[str, Any]] = []
    for event in site.of_type(SCHEMA.Event):
        events.append(
            {
                "start": site.first(event, SCHEMA.startDate),
                "end": site.first(event, SCHEMA.endDate),
                "link": site.link(event, page),
                "places": site.links(g.objects(event, SCHEMA.location), page),
            }
        )
    events.sort(key=lambda e: (e["start"] or "9999", e["link"].text.value.casefold()))
    return {
        "kind": "index",
        "title": Text("kzld: political statements and their signatories", "en"),
        "statements": statements,
        "groups": groups,
        "events": events,
        "dataset": dataset_info(site, page),
    }


def dataset_info(site: Site, page: str) -> dict[str, Any] | None:
    """The VoID/DCAT description of the dataset, if the graph has one."""
    g = site.graph
    datasets = site.of_type(VOID.Dataset)
    if not datasets:
        return None
    dataset = datasets[0]
    dumps = []
    for distribution in sorted(g.objects(dataset, DCAT.distribution), key=str):
        for url in sorted(g.objects(distribution, DCAT.downloadURL), key=str):
            dumps.append(
                {
                    "link": site.link(url, page, Text(label(g, url).value)),
                    "media_type": site.first(distribution, DCAT.mediaType),
                }
            )
    return {
        "link": site.link(dataset, page),
        "title": label(g, dataset)
        if not names(g, dataset, DCTERMS.title)
        else names(g, dataset, DCTERMS.title)[0],
        "description": names(g, dataset, DCTERMS.description),
        "license": sorted(str(x) for x in g.objects(dataset, DCTERMS.license)),
        "triples": site.first(dataset, VOID.triples),
        "entities": site.first(dataset, VOID.entities),
        "vocabularies": sorted(str(x) for x in g.objects(dataset, VOID.vocabulary)),
        "examples": site.links(g.objects(dataset, VOID.exampleResource), page),
        "dumps": dumps,
        "version": sorted(str(x) for x in g.objects(None, SCHEMA.softwareVersion)),
    }
