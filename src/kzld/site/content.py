"""What each page shows, read from the graph: plain dictionaries the templates render.

One function per kind of page (statement, organisation, event, country, any other resource, the
index). Joins run as SPARQL over an embedded pyoxigraph store; single values are read from the
rdflib graph. Every list is sorted, so two builds of the same graph give the same pages.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
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
from .labels import (
    LABELLED_BY,
    Link,
    Paths,
    Text,
    label,
    label_of,
    language_name,
    named,
    names,
    text_of,
)
from .store import StoreView

__all__ = [
    "INDEX_STATEMENTS",
    "LISTED",
    "STATEMENTS",
    "UNDATED",
    "Site",
    "country_page",
    "event_page",
    "index_page",
    "organisation_page",
    "resource_page",
    "statement_page",
    "statement_years",
    "statements_page",
    "year_of",
]

PREFIXES = sparql_prologue("schema", "kzld", "oa", "prov")

SIGNATURES = (
    PREFIXES
    + """
SELECT ?statement ?signature ?org ?section ?position ?evidence ?start ?end ?exact ?asof WHERE {
  %s
  ?signature a kzld:Signature ; schema:object ?statement ; schema:agent ?org .
  OPTIONAL { ?signature kzld:section ?section }
  OPTIONAL { ?signature schema:position ?position }
  OPTIONAL { ?signature kzld:asOf ?asof }
  LATERAL { OPTIONAL { ?signature prov:wasDerivedFrom ?evidence .
             ?evidence oa:hasSelector ?where . ?where oa:start ?start ; oa:end ?end .
             OPTIONAL { ?evidence oa:hasSelector ?quote . ?quote oa:exact ?exact } } }
}"""
)
"""Every signature (or those of the statements or organisations bound in ``%s``) with its evidence.

The evidence is read ``LATERAL``ly, for each signature found: as a plain ``OPTIONAL``, oxigraph
evaluates it over every selector of the graph on each call, which made one statement's
signatures take as long as the whole graph's."""

COUNTS = (
    PREFIXES
    + """
SELECT ?statement (COUNT(DISTINCT ?signature) AS ?n) WHERE {
  %s
  ?signature schema:object ?statement ; a kzld:Signature .
} GROUP BY ?statement"""
)
"""How many signatures each of the statements bound in ``%s`` has."""

#: Statements bound in one ``VALUES`` clause of :data:`COUNTS`.
BATCH = 500

SIGNED = (
    PREFIXES
    + """
SELECT ?statement (MIN(STR(?published)) AS ?p) (MIN(STR(?created)) AS ?c) WHERE {
  ?signature a kzld:Signature ; schema:agent %s ; schema:object ?statement .
  OPTIONAL { ?statement schema:datePublished ?published }
  OPTIONAL { ?statement schema:dateCreated ?created }
} GROUP BY ?statement"""
)
"""The statements an organisation (``%s``) signed, each with its earliest publication and
creation dates (as :meth:`Site.statement_date` reads them)."""

COSIGNERS = (
    PREFIXES
    + """
SELECT ?other (COUNT(DISTINCT ?statement) AS ?n) WHERE {
  ?mine a kzld:Signature ; schema:agent %s ; schema:object ?statement .
  ?theirs schema:object ?statement ; schema:agent ?other .
  FILTER (?other != %s)
} GROUP BY ?other"""
)
"""The organisations that signed a statement with ``%s``, with how many statements each. (Only
signatures link an agent to a statement; checking the type of each co-signer's signature too
took oxigraph twice as long: 1.9 s instead of 1.0 for 1,301 signatures in a graph of 5.5
million triples.)"""

SIGNINGS = (
    PREFIXES
    + """
SELECT ?statement ?org WHERE { ?signature schema:object ?statement ; schema:agent ?org . }"""
)
"""Which organisation signed which statement, a row per signature, without the evidence: what
the pages that show the whole graph (the index, the network, the matrix) need of it. (Only
signatures link an agent to a statement, see :data:`COSIGNERS`; checking their type too took
oxigraph 14.5 CPU s instead of 8.0 for the 250,417 signatures of 10,000 documents.)"""

DATES = (
    PREFIXES
    + """
SELECT ?statement (MIN(STR(?published)) AS ?p) (MIN(STR(?created)) AS ?c) WHERE {
  ?statement a kzld:Statement .
  OPTIONAL { ?statement schema:datePublished ?published }
  OPTIONAL { ?statement schema:dateCreated ?created }
} GROUP BY ?statement"""
)
"""Every statement with its earliest publication and creation dates (see
:meth:`Site.statement_date`), read at once for the pages that list them all."""

SPEAKING = (
    PREFIXES
    + """
SELECT ?event (COUNT(DISTINCT ?statement) AS ?n) WHERE {
  VALUES ?property { schema:about kzld:adoptedAt schema:mentions }
  ?statement ?property ?event ; a kzld:Statement .
  ?event a schema:Event .
} GROUP BY ?event"""
)
"""How many statements speak of each event (are about it, were adopted at it, mention it)."""

#: Statements the index lists at most (the latest); the page of each year
#: (:func:`statements_page`, at ``statements/<year>/``) lists all of that year's.
INDEX_STATEMENTS = 200
#: The folder of the pages of the statements of each year.
STATEMENTS = "statements/"
#: The "year" of the statements that have no date (a page of its own, as a year has).
UNDATED = "undated"

#: The kinds of resource whose names the static site reads at once (:meth:`Site.label`): those
#: most pages link to, a few thousand names however big the graph.
NAMED_KINDS = (SCHEMA.Organization, KZLD.Statement, SCHEMA.Country, SCHEMA.Event)

#: Statements and co-signers an organisation's page lists at most (the latest, and those with
#: the most statements in common); its ``all/`` page lists every one.
LISTED = 100

MENTIONS = (
    PREFIXES
    + """
SELECT ?source ?mention ?target ?body ?start ?end WHERE {
  %s
  ?mention oa:hasBody ?body ; oa:hasTarget ?target .
  ?target oa:hasSource ?source ; oa:hasSelector ?where . ?where oa:start ?start ; oa:end ?end .
}"""
)


def _value(term: Any) -> str:
    return str(term.value) if term is not None else ""


def _bound(variable: str, node: URIRef | None) -> str:
    """A ``VALUES`` clause binding ``variable`` to ``node`` (nothing when ``node`` is None)."""
    if node is None:
        return ""
    return f"VALUES ?{variable} {{ {ox.NamedNode(str(node))} }}"


@dataclass(frozen=True)
class Quote:
    """One entry a signature is derived from: its evidence and the span of text it selects."""

    evidence: URIRef
    start: int | None
    end: int | None
    exact: str


@dataclass
class Signature:
    """One signature as a statement page lists it, with the entries it is derived from in text
    order (more than one when the text lists its organisation twice)."""

    statement: URIRef
    iri: URIRef
    org: URIRef
    section: URIRef | None
    position: int
    as_of: str
    quotes: list[Quote] = field(default_factory=list)


@dataclass(frozen=True)
class Mention:
    """A span of a source text naming a resource (an organisation, an event)."""

    start: int
    end: int
    body: URIRef
    iri: URIRef
    target: URIRef


@dataclass
class Site:
    """The graph with the indexes the pages are built from.

    ``graph`` reads ``store`` (see :mod:`kzld.site.store`). With ``eager`` (the static site),
    every signature and mention is read once into indexes; otherwise (the live pages of
    ``kzld serve``) each page asks the store for what it shows, so that the first page does not
    wait for the whole graph.
    """

    graph: Graph
    paths: Paths
    store: ox.Store
    eager: bool = True
    _by_statement: dict[URIRef, list[Signature]] = field(init=False, default_factory=dict)
    _by_org: dict[URIRef, list[Signature]] = field(init=False, default_factory=dict)
    _mentions: dict[URIRef, list[Mention]] = field(init=False, default_factory=dict)
    _labels: dict[Node, Text] = field(init=False, default_factory=dict)
    #: Where each IRI linked to leads (:meth:`_target`), kept by the static site until
    #: :meth:`forget`: a page of co-signers links to hundreds of organisations, and every
    #: organisation's page to mostly the same ones.
    _targets: dict[str, tuple[str | None, str | None, Text]] = field(
        init=False, default_factory=dict
    )
    #: The names of the resources most pages link to (:data:`NAMED_KINDS`), read at once
    #: (the static site) and kept, keyed by IRI.
    _named: dict[str, Text] = field(init=False, default_factory=dict)
    _signings: dict[URIRef, dict[URIRef, int]] | None = field(init=False, default=None)
    _dates: dict[URIRef, str] | None = field(init=False, default=None)
    #: The lists of the last organisation asked about (:meth:`_remembered`).
    _last: tuple[URIRef, dict[str, list[Any]]] | None = field(init=False, default=None)
    #: Where a part of a statement is shown (``statement/x/#anchor``), set by the renderer.
    part_page: Callable[[URIRef], str | None] = field(init=False, default=lambda node: None)

    def forget(self) -> None:
        """Let go of the names and paths kept so far (the static site, which renders each page
        once, calls it now and then: kept, they grew with every page)."""
        self._labels.clear()
        self._targets.clear()
        self.paths.forget()

    def label(self, node: Node) -> Text:
        """The name shown for ``node`` (see :func:`~kzld.site.labels.label`), kept once read."""
        found = self._named.get(str(node)) if isinstance(node, URIRef) else None
        if found is None:
            found = self._labels.get(node)
        if found is None:
            described = self.values(node, LABELLED_BY)
            found = self._labels[node] = label_of(node, lambda p: described.get(p, ()))
        return found

    def values(self, node: Node, predicates: tuple[URIRef, ...]) -> dict[Node, tuple[Node, ...]]:
        """The values of ``predicates`` on ``node`` (and maybe of others): from its description
        if that is at hand, else read for these alone (see
        :meth:`~kzld.site.store.StoreView.values`)."""
        store = self.graph.store
        if isinstance(store, StoreView):
            return store.values(node, predicates)
        return self.description(node)

    def description(self, node: Node) -> dict[Node, tuple[Node, ...]]:
        """The predicates of ``node`` with their objects: read at once from the store (see
        :meth:`~kzld.site.store.StoreView.description`), not a lookup per predicate."""
        store = self.graph.store
        if isinstance(store, StoreView):
            return store.description(node)
        pairs: dict[Node, list[Node]] = defaultdict(list)
        for p, o in self.graph.predicate_objects(node):
            pairs[p].append(o)
        return {p: tuple(objects) for p, objects in pairs.items()}

    def __post_init__(self) -> None:
        if not self.eager:
            return
        by_statement: dict[URIRef, list[Signature]] = defaultdict(list)
        by_org: dict[URIRef, list[Signature]] = defaultdict(list)
        for signature in self._signatures():
            by_statement[signature.statement].append(signature)
            by_org[signature.org].append(signature)
        self._by_statement, self._by_org = dict(by_statement), dict(by_org)
        mentions: dict[URIRef, list[Mention]] = defaultdict(list)
        for source, mention in self._mentions_of(None):
            mentions[source].append(mention)
        self._mentions = {k: sorted(v, key=_mention_order) for k, v in mentions.items()}
        for kind in NAMED_KINDS:
            for iri, values in named(self.store, kind, LABELLED_BY).items():
                self._named[iri] = _label_from(iri, values)
        self.dated()  # every statement's date in one query, not two lookups for each

    def _signatures(
        self, statement: URIRef | None = None, org: URIRef | None = None
    ) -> list[Signature]:
        query = SIGNATURES % (_bound("statement", statement) + _bound("org", org))
        found: dict[URIRef, Signature] = {}
        # one term per statement, organisation and section however many signatures name it:
        # the pages compare and count them by the thousand, and two terms of one IRI compare
        # in Python
        terms: dict[str, URIRef] = {}

        def term(value: str) -> URIRef:
            known = terms.get(value)
            return known if known is not None else terms.setdefault(value, URIRef(value))

        for row in self.store.query(query):  # type: ignore[union-attr]
            iri = URIRef(_value(row["signature"]))
            signature = found.get(iri)
            if signature is None:
                signature = found[iri] = Signature(
                    term(_value(row["statement"])),
                    iri,
                    term(_value(row["org"])),
                    term(_value(row["section"])) if row["section"] is not None else None,
                    int(_value(row["position"]) or 0),
                    _value(row["asof"]),
                )
            evidence = URIRef(_value(row["evidence"])) if row["evidence"] is not None else None
            # a second quote or selector of an evidence already read gives nothing new
            if evidence is not None and all(q.evidence != evidence for q in signature.quotes):
                signature.quotes.append(
                    Quote(
                        evidence,
                        int(_value(row["start"])) if row["start"] is not None else None,
                        int(_value(row["end"])) if row["end"] is not None else None,
                        _value(row["exact"]),
                    )
                )
        for signature in found.values():
            signature.quotes.sort(key=lambda q: (q.start or 0, str(q.evidence)))
        return sorted(
            found.values(),
            key=lambda s: (str(s.statement), str(s.section or ""), s.position, str(s.iri)),
        )

    def _mentions_of(self, source: URIRef | None) -> list[tuple[URIRef, Mention]]:
        rows = self.store.query(MENTIONS % _bound("source", source))
        return [
            (
                URIRef(_value(row["source"])),
                Mention(
                    int(_value(row["start"])),
                    int(_value(row["end"])),
                    URIRef(_value(row["body"])),
                    URIRef(_value(row["mention"])),
                    URIRef(_value(row["target"])),
                ),
            )
            for row in rows  # type: ignore[union-attr]
        ]

    @property
    def signatures(self) -> list[Signature]:
        """Every signature, by statement (the static site's indexes; else read from the store)."""
        if self.eager:
            return [s for st in sorted(self._by_statement, key=str) for s in self._by_statement[st]]
        return self._signatures()

    def signings(self) -> dict[URIRef, dict[URIRef, int]]:
        """Each statement that has signatures, with the organisations that signed it and how
        many signatures each (read once; the static site's from its indexes, else in one
        query without the evidence)."""
        if self._signings is None:
            # (IRIs as plain strings until the end: an rdflib term compares in Python)
            found: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
            if self.eager:
                for signature in self.signatures:
                    found[str(signature.statement)][str(signature.org)] += 1
            else:
                for row in self.store.query(SIGNINGS):  # type: ignore[union-attr]
                    found[row["statement"].value][row["org"].value] += 1
            terms: dict[str, URIRef] = {}
            for orgs in found.values():
                terms.update((o, str.__new__(URIRef, o)) for o in orgs if o not in terms)
            self._signings = {
                str.__new__(URIRef, s): {terms[o]: n for o, n in orgs.items()}
                for s, orgs in found.items()
            }
        return self._signings

    def dated(self) -> dict[URIRef, str]:
        """Every statement with the date it is known by (see :meth:`statement_date`), read
        at once and kept: for the pages that list them all."""
        if self._dates is None:
            self._dates = {
                URIRef(_value(row["statement"])): _value(row["p"]) or _value(row["c"])
                for row in self.store.query(DATES)  # type: ignore[union-attr]
            }
        return self._dates

    def signatures_of(self, statement: URIRef) -> list[Signature]:
        """The signatures of ``statement``, by section and position."""
        if self.eager:
            return self._by_statement.get(statement, [])
        return self._signatures(statement=statement)

    def signature_counts(self, statements: Iterable[URIRef]) -> dict[URIRef, int]:
        """How many signatures each of ``statements`` has: a few queries for all of them (the
        live pages), never one per statement."""
        wanted = sorted(set(statements), key=str)
        if self.eager:
            return {s: len(self._by_statement.get(s, [])) for s in wanted}
        found = dict.fromkeys(wanted, 0)
        for start in range(0, len(wanted), BATCH):
            values = " ".join(str(ox.NamedNode(str(s))) for s in wanted[start : start + BATCH])
            for row in self.store.query(COUNTS % f"VALUES ?statement {{ {values} }}"):  # type: ignore[union-attr]
                found[URIRef(_value(row["statement"]))] = int(_value(row["n"]))
        return found

    def signed_by(self, org: URIRef) -> list[Signature]:
        """The signatures of ``org``."""
        if self.eager:
            return self._by_org.get(org, [])
        return self._signatures(org=org)

    def _remembered(self, org: URIRef, key: str, make: Callable[[], list[Any]]) -> list[Any]:
        """What ``make`` gives of ``org``, kept for the next call about the same organisation
        (its page and its ``all/`` page, made one after the other, list the same)."""
        last = self._last  # (one read: the live pages render in several threads)
        if last is None or last[0] != org:
            last = self._last = (org, {})
        found = last[1].get(key)
        if found is None:
            found = last[1][key] = make()
        return found

    def signed_statements(self, org: URIRef) -> list[tuple[URIRef, str]]:
        """The statements ``org`` signed with their dates, by :meth:`date_order`: one query
        whatever their number (the live pages)."""
        return self._remembered(org, "signed", lambda: self._signed_statements(org))

    def _signed_statements(self, org: URIRef) -> list[tuple[URIRef, str]]:
        if self.eager:
            found = {s.statement for s in self._by_org.get(org, [])}
            dated = [(s, self.statement_date(s)) for s in found]
        else:
            node = ox.NamedNode(str(org))
            dated = [
                (URIRef(_value(row["statement"])), _value(row["p"]) or _value(row["c"]))
                for row in self.store.query(SIGNED % node)  # type: ignore[union-attr]
            ]
        return sorted(dated, key=lambda pair: (pair[1] or "9999", str(pair[0])))

    def cosigner_counts(self, org: URIRef) -> list[tuple[URIRef, int]]:
        """The organisations that signed a statement with ``org``, each with how many; most
        first, then by IRI."""
        return self._remembered(org, "cosigners", lambda: self._cosigner_counts(org))

    def _cosigner_counts(self, org: URIRef) -> list[tuple[URIRef, int]]:
        counts: dict[URIRef, int] = defaultdict(int)
        if self.eager:
            for statement in {s.statement for s in self._by_org.get(org, [])}:
                for other in {s.org for s in self._by_statement.get(statement, [])} - {org}:
                    counts[other] += 1
        else:
            node = ox.NamedNode(str(org))
            for row in self.store.query(COSIGNERS % (node, node)):  # type: ignore[union-attr]
                counts[URIRef(_value(row["other"]))] = int(_value(row["n"]))
        return sorted(counts.items(), key=lambda pair: (-pair[1], str(pair[0])))

    def mentions(self, source: URIRef) -> list[Mention]:
        """The mentions in the source text ``source``, by position."""
        if self.eager:
            return self._mentions.get(source, [])
        return sorted((m for _, m in self._mentions_of(source)), key=_mention_order)

    def of_type(self, kind: URIRef) -> list[URIRef]:
        """Subjects typed ``kind``, sorted by IRI."""
        return sorted(
            {s for s in self.graph.subjects(RDF.type, kind) if isinstance(s, URIRef)}, key=str
        )

    def link(self, iri: Node, page: str, text: Text | None = None) -> Link:
        """A link from ``page`` to ``iri``."""
        if not isinstance(iri, URIRef):
            return self.paths.link(self.graph, iri, page, text or self.label(iri))
        key = str(iri)
        found = self._targets.get(key) if self.eager else None
        if found is None:
            found = self._target(iri)
            if self.eager:
                self._targets[key] = found
        target, anchor, shown = found
        if target is None:
            return Link(key, text or shown)
        if anchor is not None:
            return Link(self.paths.href(target, page) + "#" + anchor, text or shown)
        return Link(self.paths.to_page(target, page), text or shown)

    def _target(self, iri: URIRef) -> tuple[str | None, str | None, Text]:
        """Where a link to ``iri`` leads: the URL path of its page (None: the IRI itself, not
        under the base), the anchor there (a part of a statement, on its statement's page), and
        the name shown."""
        shown = self.part_page(iri)
        if shown is not None:
            target, _, anchor = shown.partition("#")
            return target, anchor, self.label(iri)
        rest = self.paths.local(iri)
        return (rest + "/" if rest is not None else None), None, self.label(iri)

    def links(self, iris: Any, page: str) -> list[Link]:
        """Links to ``iris``, sorted by the text shown."""
        return sorted(
            (self.link(i, page) for i in set(iris)), key=lambda x: (x.text.value.casefold(), x.href)
        )

    def first(self, node: Node, predicate: URIRef) -> str:
        """The smallest value of ``predicate`` on ``node`` as a string, or ``""``."""
        values = self.description(node).get(predicate, ())
        return min(str(o) for o in values) if values else ""

    def date_order(self, statement: Node) -> tuple[str, str]:
        """Sort key of statements: by date, undated last, then by IRI."""
        return (self.statement_date(statement) or "9999", str(statement))

    def statement_date(self, statement: Node) -> str:
        """The date a statement is known by: published, else created, else ``""``."""
        if self._dates is not None and isinstance(statement, URIRef) and statement in self._dates:
            return self._dates[statement]
        return self.first(statement, SCHEMA.datePublished) or self.first(
            statement, SCHEMA.dateCreated
        )

    def anchor(self, node: Node) -> str:
        """The id, on its statement's page, of a part of a statement (a signature, a span of
        its text, a selector, a mention): the IRI's path under the base."""
        return self.paths.local(node) or ""


def _label_from(iri: str, values: dict[Node, list[Node]]) -> Text:
    """:func:`~kzld.site.labels.label_of` the resource ``iri`` with ``values`` by property."""
    return label_of(URIRef(iri), lambda p: values.get(p, ()))


def _mention_order(mention: Mention) -> tuple[int, int, str]:
    return (mention.start, mention.end, str(mention.iri))


def _spans_for(
    blocks: list[tuple[int, int, str | None]],
    marks: list[tuple[int, int, str, str]],
    anchors: list[tuple[int, str]],
    text: str,
) -> list[dict[str, Any]]:
    """Split ``text`` into language blocks, each a list of plain and marked pieces.

    ``marks`` are (start, end, kind, id); one overlapping an earlier one is left unmarked.
    ``anchors`` are (position, id): each id is placed (as an empty element) before the piece
    holding its position, a plain piece being split there, so that every id exists once.
    """
    out: list[dict[str, Any]] = []
    pending = sorted(anchors)
    taken = 0
    for block_number, (start, end, lang) in enumerate(blocks):
        last = block_number == len(blocks) - 1
        segments: list[tuple[int, int, str | None, str]] = []
        pieces: list[dict[str, Any]] = []
        at = start
        for m_start, m_end, kind, anchor in marks:
            if m_end <= at or m_start >= end or m_start < at:
                continue
            if m_start > at:
                segments.append((at, m_start, None, ""))
            m_end = min(m_end, end)
            segments.append((m_start, m_end, kind, anchor))
            at = m_end
        if at < end:
            segments.append((at, end, None, ""))
        for seg_start, seg_end, piece_kind, anchor in segments:
            cut: int = seg_start
            ids: list[str] = []
            while taken < len(pending) and (
                pending[taken][0] < seg_end or (last and seg_end == end)
            ):
                position, name = pending[taken]
                if piece_kind is None and cut < position < seg_end:
                    pieces.append({"text": text[cut:position], "kind": None, "id": "", "ids": ids})
                    cut, ids = position, []
                ids.append(name)
                taken += 1
            pieces.append({"text": text[cut:seg_end], "kind": piece_kind, "id": anchor, "ids": ids})
        out.append({"lang": lang, "dir": Text("", lang).dir, "pieces": pieces})
    if taken < len(pending) and out:  # positions past the text's end
        last_pieces: list[dict[str, Any]] = out[-1]["pieces"]
        last_pieces.append(
            {"text": "", "kind": None, "id": "", "ids": [n for _, n in pending[taken:]]}
        )
    return out


#: Terms asked for many times a page (each use of a namespace's attribute is a call).
_HAS_SELECTOR, _START, _END = OA.hasSelector, OA.start, OA.end
#: What a statement's line in a list reads of it besides its name and date (not its whole
#: description, which names every signatory).
_GENRE = (SCHEMA.genre,)


def _span(site: Site, evidence: Node) -> tuple[int, int] | None:
    """The (start, end) of the span of text ``evidence`` selects."""
    for selector in site.description(evidence).get(_HAS_SELECTOR, ()):
        described = site.description(selector)
        start, end = described.get(_START), described.get(_END)
        if start and end:
            return int(str(start[0])), int(str(end[0]))
    return None


def _evidence_span(site: Site, node: Node) -> tuple[int, int] | None:
    for evidence in site.graph.objects(node, PROV.wasDerivedFrom):
        span = _span(site, evidence)
        if span is not None:
            return span
    return None


def _selectors(site: Site, evidence: Node) -> list[Node]:
    return sorted(site.description(evidence).get(_HAS_SELECTOR, ()), key=str)


def _blocks(pieces: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The blocks of the source text (:func:`_spans_for`), each id of a part of the statement
    placed once: a marked piece's own, else its first place."""
    marked = {p["id"] for b in pieces for p in b["pieces"] if p["id"]}
    seen = set(marked)
    for b in pieces:
        for p in b["pieces"]:
            kept = []
            for name in p["ids"]:
                if name and name not in seen:
                    seen.add(name)
                    kept.append(name)
            p["ids"] = kept
    return pieces


def _versions(
    site: Site, statement: URIRef, page: str
) -> tuple[list[dict[str, Any]], list[tuple[int, int, str | None]]]:
    """The language versions of ``statement`` as its page lists them, and the (start, end,
    language) of the span of its text each one covers."""
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
    return versions, blocks


Marks = list[tuple[int, int, str, str]]
"""Spans of a text to highlight: (start, end, kind, id)."""
Anchors = list[tuple[int, str]]
"""Ids to place in a text: (position, id)."""


def _sections(
    site: Site, signatures: list[Signature], page: str, marks: Marks, anchors: Anchors
) -> list[dict[str, Any]]:
    """The signatories of a statement by section, each with its evidence; the span of each
    evidence is added to ``marks``, the ids of its selectors to ``anchors``."""
    sections: dict[str, dict[str, Any]] = {}
    for signature in signatures:
        key = str(signature.section or "")
        if key not in sections:
            section = signature.section
            sections[key] = {
                "label": label(site.graph, section)
                if section is not None
                else Text("Signatories", "en"),
                "position": int(site.first(section, SCHEMA.position) or 0)
                if section is not None
                else 0,
                "rows": [],
            }
        quotes = []
        for quote in signature.quotes:
            anchor = site.anchor(quote.evidence)
            quotes.append({"exact": Text(quote.exact), "anchor": anchor})
            if quote.start is not None and quote.end is not None:
                marks.append((quote.start, quote.end, "signature", anchor))
                anchors.extend(
                    (quote.start, site.anchor(x)) for x in _selectors(site, quote.evidence)
                )
        sections[key]["rows"].append(
            {
                "id": site.anchor(signature.iri),
                "position": signature.position,
                "org": site.link(signature.org, page),
                "quotes": quotes,
                "as_of": signature.as_of,
            }
        )
    return sorted(sections.values(), key=lambda s: (s["position"], s["label"]))


def _other_spans(site: Site, source: Node | None, marks: Marks, anchors: Anchors) -> None:
    """Add the other spans of the text ``source`` to ``anchors`` (a language version's, say)
    and its mentions to ``marks``."""
    if source is None:
        return
    for spanned in sorted(site.graph.subjects(OA.hasSource, source), key=str):
        span = _span(site, spanned)
        if span is not None:
            anchors.append((span[0], site.anchor(spanned)))
            anchors.extend((span[0], site.anchor(x)) for x in _selectors(site, spanned))
    for mention in site.mentions(source) if isinstance(source, URIRef) else []:
        target = site.anchor(mention.target)
        marks.append((mention.start, mention.end, "mention", target))
        anchors.append((mention.start, site.anchor(mention.iri)))
        anchors.extend((mention.start, site.anchor(x)) for x in _selectors(site, mention.target))


def _unique(marks: Marks) -> Marks:
    """``marks`` in text order, one per id: a span that is both a signature's evidence and a
    mention's target is marked once (the other marks' ids become anchors)."""
    marks = sorted(marks, key=lambda m: (m[0], -m[1], m[2] != "signature", m[3]))
    seen: set[str] = set()
    unique = []
    for m_start, m_end, kind, anchor in marks:
        if anchor not in seen:
            seen.add(anchor)
            unique.append((m_start, m_end, kind, anchor))
    return unique


def _covered(
    blocks: list[tuple[int, int, str | None]], length: int
) -> list[tuple[int, int, str | None]]:
    """The language blocks of a text of ``length`` characters, in order, without overlaps, the
    gaps between them (and after them) as blocks of no language."""
    covered: list[tuple[int, int, str | None]] = []
    at = 0
    for start, end, lang in sorted(blocks):
        if start < at:
            continue
        if start > at:
            covered.append((at, start, None))
        covered.append((start, end, lang))
        at = end
    if at < length:
        covered.append((at, length, None))
    return covered


def _named(graph: Graph, node: URIRef, kind: str) -> dict[str, Any]:
    """What the page of a named resource opens with (``facts.html``): its kind (the class of the
    page's body), its title and its names, the first row of its facts."""
    return {"kind": kind, "title": label(graph, node), "names": names(graph, node)}


def statement_page(site: Site, statement: URIRef, page: str) -> dict[str, Any]:
    """The statement: versions, dates, signatories by section, events, evidence text."""
    g = site.graph
    versions, blocks = _versions(site, statement, page)
    marks: Marks = []
    anchors: Anchors = []
    own = site.signatures_of(statement)
    sections = _sections(site, own, page, marks, anchors)
    source = g.value(statement, PROV.hadPrimarySource)
    text = str(g.value(source, SCHEMA.text) or "") if source is not None else ""
    _other_spans(site, source, marks, anchors)
    return {
        **_named(g, statement, "statement"),
        "genre": [site.link(x, page) for x in sorted(g.objects(statement, SCHEMA.genre), key=str)],
        "created": site.first(statement, SCHEMA.dateCreated),
        "published": site.first(statement, SCHEMA.datePublished),
        "location": site.links(g.objects(statement, SCHEMA.locationCreated), page),
        "languages": sorted(str(x) for x in g.objects(statement, SCHEMA.inLanguage)),
        "versions": versions,
        "sections": sections,
        "signatory_count": len(own),
        "stated_count": site.first(statement, KZLD.statedSignatoryCount),
        "adopted_at": site.links(g.objects(statement, KZLD.adoptedAt), page),
        "about": site.links(g.objects(statement, SCHEMA.about), page),
        "mentions": site.links(g.objects(statement, SCHEMA.mentions), page),
        "authors": site.links(g.objects(statement, SCHEMA.author), page),
        "publishers": site.links(g.objects(statement, SCHEMA.publisher), page),
        "source": site.link(source, page) if source is not None else None,
        "source_name": label(g, source) if source is not None else None,
        "blocks": _blocks(_spans_for(_covered(blocks, len(text)), _unique(marks), anchors, text)),
    }


def organisation_page(site: Site, org: URIRef, page: str, complete: bool = False) -> dict[str, Any]:
    """The organisation: names, abbreviations, country, the statements it signed (how many a
    year) and its co-signers. Its page lists the latest :data:`LISTED` statements and the
    :data:`LISTED` co-signers with most statements in common, so that its cost is bounded
    however much it signed; with ``complete`` (its ``all/`` page), every one."""
    g = site.graph
    signed = site.signed_statements(org)
    years: dict[str, int] = defaultdict(int)
    for _, date in signed:
        years[date[:4] or "undated"] += 1
    shown = signed if complete else signed[-LISTED:]
    counts = site.signature_counts(s for s, _ in shown)
    everyone = site.cosigner_counts(org)
    rows = [(site.link(o, page), n) for o, n in (everyone if complete else everyone[:LISTED])]
    return {
        **_named(g, org, "organisation"),
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
        "signed_count": len(signed),
        "years": sorted(years.items(), key=lambda item: (item[0] == "undated", item[0])),
        "signed": [statement_row(site, s, page, counts[s], date) for s, date in shown],
        "named_in": site.links(g.subjects(SCHEMA.mentions, org), page),
        "cosigner_count": len(everyone),
        # (link, statements in common) pairs: an organisation's ``all/`` page lists hundreds
        "cosigners": sorted(rows, key=lambda c: (-c[1], c[0].text.value.casefold(), c[0].href)),
        "complete": complete,
        "more": not complete and (len(shown) < len(signed) or len(rows) < len(everyone)),
    }


def statement_row(
    site: Site, statement: URIRef, page: str, count: int | None = None, date: str | None = None
) -> dict[str, Any]:
    """A statement as a line of a list: date, link, signatory count (``count`` and ``date`` when
    the caller has them, else read)."""
    return {
        "date": site.statement_date(statement) if date is None else date,
        "link": site.link(statement, page),
        "count": len(site.signatures_of(statement)) if count is None else count,
        "genre": [
            site.label(x)
            for x in sorted(site.values(statement, _GENRE).get(SCHEMA.genre, ()), key=str)
        ],
    }


def event_page(site: Site, event: URIRef, page: str) -> dict[str, Any]:
    """The event: names, dates, place, statements about or mentioning it."""
    g = site.graph
    return {
        **_named(g, event, "event"),
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
        **_named(g, country, "country"),
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
        for o in sorted(g.objects(node, predicate), key=_object_order):
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


def _object_order(o: Node) -> tuple[bool, str, str, str]:
    """The order of the values of a property: IRIs first, then by text, language and type (two
    names spelt alike in two languages are ordered by language, not as the store lists them)."""
    if isinstance(o, Literal):
        return (True, str(o), o.language or "", str(o.datatype or ""))
    return (False, str(o), "", "")


def _curie(graph: Graph, predicate: Node) -> str:
    """``prefix:name`` for the published prefixes (whatever ``graph`` binds), else the IRI."""
    text = str(predicate)
    return shorten(text, TURTLE_PREFIXES) or text


def _by_country(site: Site, page: str) -> list[dict[str, Any]]:
    """The organisations grouped by country (those of no known country last), each group and
    each list sorted by name."""
    by_country: dict[str, dict[str, Any]] = {}
    for org in site.of_type(SCHEMA.Organization):
        countries: list[Node | None] = [
            *sorted(site.graph.objects(org, SCHEMA.location), key=str)
        ] or [None]
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
    return groups


def _events(site: Site, page: str) -> list[dict[str, Any]]:
    """Every event, by date, with the number of statements that speak of it."""
    g = site.graph
    speaking = {
        row["event"].value: int(_value(row["n"]))
        for row in site.store.query(SPEAKING)  # type: ignore[union-attr]
    }
    events: list[dict[str, Any]] = []
    for event in site.of_type(SCHEMA.Event):
        events.append(
            {
                "start": site.first(event, SCHEMA.startDate),
                "end": site.first(event, SCHEMA.endDate),
                "link": site.link(event, page),
                "places": site.links(g.objects(event, SCHEMA.location), page),
                "statements": speaking.get(str(event), 0),
            }
        )
    events.sort(key=lambda e: (e["start"] or "9999", e["link"].text.value.casefold()))
    return events


def index_page(site: Site, page: str) -> dict[str, Any]:
    """The front page: statements by date, organisations by country, events, the dataset.

    Of many statements (more than :data:`INDEX_STATEMENTS`) it lists the latest, with a link to
    the page of each year (:func:`statements_page`), so that it stays readable and costs the
    same whatever the graph's size."""
    dates = site.dated()  # every date at once, not one statement at a time
    everything = site.of_type(KZLD.Statement)
    shown = everything
    years: list[dict[str, Any]] = []
    if len(everything) > INDEX_STATEMENTS:
        latest = sorted(everything, key=lambda s: (dates.get(s, ""), str(s)))
        shown = latest[-INDEX_STATEMENTS:]
        years = [
            {"href": f"{STATEMENTS}{year}/", "year": year, "statements": n}
            for year, n in statement_years(site)
        ]
    events = _events(site, page)
    return {
        "kind": "index",
        "title": Text("kzld: political statements and their signatories", "en"),
        "statements": _statement_rows(site, shown, page),
        "statement_count": len(everything),
        "years": years,
        "groups": _by_country(site, page),
        # the events statements speak of on the timeline; the others (known to the gazetteer,
        # say) apart from them
        "events": [e for e in events if e["statements"]],
        "other_events": [e for e in events if not e["statements"]],
        "dataset": dataset_info(site, page),
    }


def _statement_rows(site: Site, statements: list[URIRef], page: str) -> list[dict[str, Any]]:
    """The rows of ``statements`` (:func:`statement_row`), by date, then by title."""
    signings = site.signings()
    rows = [statement_row(site, s, page, sum(signings.get(s, {}).values())) for s in statements]
    rows.sort(key=lambda r: (r["date"] or "9999", r["link"].text.value.casefold(), r["link"].href))
    return rows


def year_of(site: Site, statement: URIRef) -> str:
    """The year of ``statement`` (of the date it is known by), or :data:`UNDATED`."""
    return site.statement_date(statement)[:4] or UNDATED


def statement_years(site: Site) -> list[tuple[str, int]]:
    """The years of the statements, each with how many (undated last)."""
    counts: dict[str, int] = defaultdict(int)
    for statement in site.dated():
        counts[year_of(site, statement)] += 1
    return sorted(counts.items(), key=lambda item: (item[0] == UNDATED, item[0]))


def statements_page(site: Site, page: str, year: str) -> dict[str, Any]:
    """The statements of ``year`` (or :data:`UNDATED`), by date: the index lists only the
    latest statements of a big graph, and links to these pages for the others."""
    site.dated()
    chosen = [s for s in site.of_type(KZLD.Statement) if year_of(site, s) == year]
    title = f"Statements of {year}" if year != UNDATED else "Statements without a date"
    return {
        "kind": "statements",
        "title": Text(title, "en"),
        "year": year,
        "statements": _statement_rows(site, chosen, page),
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
