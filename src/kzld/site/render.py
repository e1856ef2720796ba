"""One resource's page and data, rendered from the store: what the static site writes and what
``kzld serve`` answers live, from the same templates.

A resource whose IRI lies under the base gets a page (HTML, with its description embedded as
JSON-LD), its Turtle and its compact JSON-LD (referring to the published context). The parts of a
statement (its signatures, the spans of its text, their selectors, the mentions in it) get no
page of their own: each is shown, with an anchor named after its IRI's path, on the page of its
statement, and its IRI redirects there (:meth:`Renderer.part_of`).
"""

from __future__ import annotations

import json
import threading
from bisect import bisect_left
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from jinja2.bccache import Bucket, FileSystemBytecodeCache
from markupsafe import Markup, escape
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import PROV
from rdflib.term import Node

from ..rdf.dump import dumps_indented, expanded_nodes, to_turtle
from ..rdf.jsonld import CONTEXT_IRI, Compactor, load_context
from ..rdf.namespaces import KZLD, OA, SCHEMA, TURTLE_PREFIXES
from ..rdf.triples import Triple, ordered_triples
from . import content
from .content import Site
from .labels import Link, Text
from .matrix import matrix, years

__all__ = ["ALL", "PART_TYPES", "Rendered", "Renderer", "environment", "jsonld"]

_PAGES: dict[URIRef, tuple[str, Callable[[Site, URIRef, str], dict[str, Any]]]] = {
    KZLD.Statement: ("statement.html", content.statement_page),
    SCHEMA.Organization: ("organisation.html", content.organisation_page),
    SCHEMA.Event: ("event.html", content.event_page),
    SCHEMA.Country: ("country.html", content.country_page),
}
#: The page, in an organisation's folder, that lists every statement it signed and every
#: co-signer (its own page lists :data:`~kzld.site.content.LISTED` of each).
ALL = "all/"
#: Types of the parts of a statement, shown on its page rather than on pages of their own.
PART_TYPES = (
    KZLD.Signature,
    OA.SpecificResource,
    OA.TextPositionSelector,
    OA.TextQuoteSelector,
    OA.Annotation,
)

#: Every part of a statement, with its statement.
PARTS = """
PREFIX schema: <http://schema.org/>
PREFIX kzld: <https://w3id.org/kzld/vocab#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?part ?statement WHERE {
  { ?part a kzld:Signature ; schema:object ?statement }
  UNION { ?part a oa:SpecificResource ; oa:hasSource ?source .
          ?statement prov:hadPrimarySource ?source }
  UNION { ?evidence a oa:SpecificResource ; oa:hasSource ?source ; oa:hasSelector ?part .
          ?statement prov:hadPrimarySource ?source }
  UNION { ?part a oa:Annotation ; oa:hasTarget ?evidence . ?evidence oa:hasSource ?source .
          ?statement prov:hadPrimarySource ?source }
}"""


@dataclass(frozen=True)
class Rendered:
    """A resource's page folder (URL path under the base, ending in ``/``) and its files;
    ``more``: the page lists only some of its items, the others are on its ``all/`` page."""

    page: str
    html: bytes
    turtle: bytes
    jsonld: bytes
    more: bool = False


def environment(compiled: Path | None = None) -> Any:
    """The Jinja environment of the site's templates; with ``compiled``, the templates once
    compiled are kept in that folder (:class:`_Compiled`) for the next process."""

    env = _Environment(
        loader=PackageLoader("kzld.site", "templates"),
        bytecode_cache=None if compiled is None else _Compiled(compiled),
        autoescape=select_autoescape(["html", "svg"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    # the two snippets every page repeats hundreds of times, as filters (``{{ link|a }}``): a
    # filter is called directly, a function through the template's context (the most costly
    # single step of rendering a page of a few hundred links), a macro about ten times more
    env.filters["t"] = text_html
    env.filters["a"] = link_html
    return env


class _Compiled(FileSystemBytecodeCache):
    """Compiled templates kept in a folder (made if missing): a process of ``kzld serve`` that
    finds them there starts rendering without compiling them (a tenth of a second of its first
    page). Jinja keys each by the template's name and checks its source and the Python version;
    the folder must hold the templates of one kzld (:mod:`kzld.serve.kept`'s are per code).
    A folder that cannot be written keeps nothing: the templates are compiled each time."""

    def __init__(self, folder: Path) -> None:
        with suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
        super().__init__(str(folder))

    def load_bytecode(self, bucket: Bucket) -> None:
        with suppress(OSError):  # (Jinja lets through some, e.g. a file in the folder's place)
            super().load_bytecode(bucket)

    def dump_bytecode(self, bucket: Bucket) -> None:
        with suppress(OSError):
            super().dump_bytecode(bucket)


class _Environment(Environment):
    """Jinja's environment, reading ``x.name`` of a dictionary as its item first: the pages'
    rows are dictionaries, and the attribute tried first costs an exception each time."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


@lru_cache(maxsize=1 << 16)
def text_html(text: Text) -> Markup:
    """A text in a ``<span>`` with its language and direction."""
    lang = f' lang="{escape(text.lang)}"' if text.lang else ""
    return Markup(f'<span{lang} dir="{text.dir}">{escape(text.value)}</span>')


@lru_cache(maxsize=1 << 16)
def link_html(link: Link) -> Markup:
    """A link, its text as :func:`text_html` writes it."""
    return Markup(f'<a href="{escape(link.href)}">{text_html(link.text)}</a>')


class _Compaction:
    """One compactor for many pages (making one reads the context: milliseconds), renewed after
    :data:`RENEW` pages since it remembers every IRI it compacts."""

    def __init__(self) -> None:
        self.lock = threading.Lock()  # the live pages render in several threads
        self.compactor: Compactor | None = None
        self.uses = 0

    def nodes(self, triples: list[Triple]) -> list[dict[str, Any]]:
        with self.lock:
            if self.compactor is None or self.uses >= RENEW:
                # kzld's own context, which the Compactor supports (tested against PyLD's)
                self.compactor, self.uses = Compactor(load_context()), 0
            self.uses += 1
            return [self.compactor.node(node) for node in expanded_nodes(triples)]


#: Pages compacted by one compactor.
RENEW = 2_000
_COMPACTION = _Compaction()


def jsonld(triples: list[Triple]) -> bytes:
    """Compact JSON-LD of a resource's description (``triples`` in the canonical order),
    referring to the published context (which kzld's readers resolve locally): one node object,
    or a ``@graph`` of several."""
    nodes = _COMPACTION.nodes(triples)
    document: dict[str, Any] = (
        {"@context": CONTEXT_IRI, **nodes[0]}
        if len(nodes) == 1
        else {"@context": CONTEXT_IRI, "@graph": nodes}
    )
    return dumps_indented(document)


class Renderer:
    """Renders the pages of ``site`` (the resources under its base, the index, the matrix)."""

    def __init__(self, site: Site, compiled: Path | None = None) -> None:
        """``compiled``: the folder that keeps the compiled templates (see :func:`environment`)."""
        self.site = site
        self.env = environment(compiled)
        #: Each part of a statement -> its statement (read at once for the static site).
        #: (IRIs as plain strings: an rdflib term hashes in Python, a string in C)
        self.part_map: dict[str, str] | None = None
        if site.eager:
            found: dict[str, str] = {}
            statements: dict[str, str] = {}  # each statement's IRI held once
            for row in site.store.query(PARTS):  # type: ignore[union-attr]
                part, statement = row["part"].value, row["statement"].value
                statement = statements.setdefault(statement, statement)
                if part not in found or statement < found[part]:
                    found[part] = statement
            self.part_map = found
        site.part_page = self.redirect
        #: Prefixes of the per-resource Turtle: the published ones (data IRIs written whole, so
        #: that no ``/`` needs escaping in a prefixed name).
        self.prefixes = dict(TURTLE_PREFIXES)

    def render(
        self,
        template: str,
        page: str,
        node: URIRef | None,
        context: dict[str, Any],
        data: bytes = b"",
    ) -> bytes:
        """The HTML of ``template`` at the URL path ``page`` (``""`` for the root)."""
        html = self.env.get_template(template).render(
            page=page,
            root="../" * page.count("/"),
            iri=str(node) if node is not None else "",
            jsonld=data.decode().replace("</", "<\\/") if data else "",
            **context,
        )
        return str(html).encode()

    def forget(self) -> None:
        """Let go of what is kept to render the next pages sooner: the HTML of texts and links,
        the names and paths (:meth:`Site.forget`)."""
        text_html.cache_clear()
        link_html.cache_clear()
        self.site.forget()

    def is_part(self, node: Node) -> bool:
        """True for a part of a statement (shown on the statement's page)."""
        if self.part_map is not None:
            return isinstance(node, URIRef) and str(node) in self.part_map
        return not set(self.site.graph.objects(node, RDF.type)).isdisjoint(PART_TYPES)

    def part_of(self, node: Node) -> URIRef | None:
        """The statement whose page shows the part ``node``, or None (``node`` is not a part)."""
        if self.part_map is not None:
            found = self.part_map.get(str(node)) if isinstance(node, URIRef) else None
            return URIRef(found) if found is not None else None
        graph = self.site.graph
        for _ in range(4):  # selector -> evidence -> source; annotation -> evidence
            if (node, RDF.type, KZLD.Signature) in graph:
                statement = graph.value(node, SCHEMA.object)
                return statement if isinstance(statement, URIRef) else None
            following = (
                graph.value(node, OA.hasTarget)
                or graph.value(node, OA.hasSource)
                or next(graph.subjects(OA.hasSelector, node), None)
            )
            if following is None:
                return None
            if not self.is_part(following):
                statements = sorted(
                    (
                        s
                        for s in graph.subjects(PROV.hadPrimarySource, following)
                        if isinstance(s, URIRef)
                    ),
                    key=str,
                )
                return statements[0] if statements else None
            node = following
        return None

    def redirect(self, node: URIRef) -> str | None:
        """Where the IRI of the part ``node`` leads: its statement's page (URL path under the
        base), with the anchor of ``node``; None when ``node`` is not a part of a statement."""
        if not self.is_part(node):
            return None
        statement = self.part_of(node)
        local = self.site.paths.local(statement) if statement is not None else None
        if local is None:
            return None
        return f"{local}/#{self.site.anchor(node)}"

    def resource(self, node: URIRef) -> Rendered | None:
        """The page and data of ``node``; None when it has no page (not under the base, or a
        part of a statement)."""
        site = self.site
        local = site.paths.local(node)
        if local is None or (self.is_part(node) and self.part_of(node) is not None):
            return None
        page = local + "/"
        template = "resource.html"
        make: Callable[[Site, URIRef, str], dict[str, Any]] = content.resource_page
        described = site.description(node)
        types = described.get(RDF.type, ())
        for kind, (name, function) in _PAGES.items():
            if kind in types:
                template, make = name, function
                break
        triples: list[Triple] = [(node, p, o) for p, objects in described.items() for o in objects]
        if KZLD.Statement in types:
            for part in self.parts(node):
                triples.extend(
                    (part, p, o) for p, objects in site.description(part).items() for o in objects
                )
        ordered = ordered_triples(triples)
        data = jsonld(ordered)
        context = make(site, node, page)
        html = self.render(template, page, node, context, data)
        turtle = to_turtle(Graph(), self.used_prefixes(ordered), ordered)
        return Rendered(page, html, turtle, data, bool(context.get("more")))

    def organisation_all(self, node: URIRef) -> bytes | None:
        """The ``all/`` page of the organisation ``node`` (every statement it signed, every
        co-signer), which its page links to when it lists only some; None for another node."""
        site = self.site
        local = site.paths.local(node)
        if local is None or (node, RDF.type, SCHEMA.Organization) not in site.graph:
            return None
        page = f"{local}/{ALL}"
        context = content.organisation_page(site, node, page, complete=True)
        return self.render("organisation.html", page, None, context)

    def used_prefixes(self, triples: list[Triple]) -> dict[str, str]:
        """The published prefixes that ``triples`` use (the others would be noise)."""
        terms = sorted({str(t) for triple in triples for t in triple[1:]})
        # the first term at or after a namespace starts with it if any term does
        return {
            prefix: ns
            for prefix, ns in self.prefixes.items()
            if (at := bisect_left(terms, ns)) < len(terms) and terms[at].startswith(ns)
        }

    def search_page(self, action: str = "") -> bytes:
        """The search page (``search/``): a form whose script filters ``search.json``."""
        context = {"title": Text("Search", "en"), "kind": "search", "action": action}
        return self.render("search.html", "search/", None, context)

    def parts(self, statement: URIRef) -> list[URIRef]:
        """The parts of ``statement`` its page shows (and its data holds): its signatures, the
        spans of its source text with their selectors, and the mentions in it."""
        site = self.site
        graph = site.graph
        found: set[Node] = {s.iri for s in site.signatures_of(statement)}
        for source in graph.objects(statement, PROV.hadPrimarySource):
            if not isinstance(source, URIRef):
                continue
            found.update(m.iri for m in site.mentions(source))
            for evidence in graph.subjects(OA.hasSource, source):
                found.add(evidence)
                found.update(graph.objects(evidence, OA.hasSelector))
        return sorted((p for p in found if isinstance(p, URIRef)), key=str)

    def matrix(self, page: str = "matrix/", year: str | None = None) -> bytes:
        """The statement × organisation matrix page (of the statements of ``year`` only, if
        given; the page of the whole matrix links to those of its years when it is cut)."""
        title = "Statement × organisation matrix"
        split = [] if year is not None else years(self.site)
        context = {
            "title": Text(title if year is None else f"{title}: {year}", "en"),
            "kind": "matrix",
            **matrix(self.site, page, year),
            "year": year or "",
            "years": [{"href": f"{y}/", "year": y, "statements": n} for y, n in split],
        }
        return self.render("matrix.html", page, None, context)

    def statement_lists(self) -> list[tuple[str, bytes]]:
        """The page of the statements of each year (``statements/2024/``), by URL path under
        the base: none when the index lists every statement."""
        if len(self.site.of_type(KZLD.Statement)) <= content.INDEX_STATEMENTS:
            return []
        found = []
        for year, _ in content.statement_years(self.site):
            page = f"{content.STATEMENTS}{year}/"
            lines = content.statements_page(self.site, page, year)
            found.append((page, self.render("statements.html", page, None, lines)))
        return found

    def matrices(self) -> list[tuple[str, bytes]]:
        """Every page of the matrix, by URL path under the base: the whole matrix's
        (``matrix/``) and, where it is cut, each year's (``matrix/2024/``)."""
        found = [("matrix/", self.matrix())]
        for year, _ in years(self.site):
            page = f"matrix/{year}/"
            found.append((page, self.matrix(page, year)))
        return found


def json_text(data: Any) -> str:
    """``data`` as stable, readable JSON."""
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
