"""Names, languages and page paths of graph resources, as the site's pages show and link them.

A resource whose IRI lies under the base gets a page at the IRI's path: ``<base>org/kke`` is
``org/kke/index.html`` (served as ``org/kke/``), so that a static server (or :mod:`kzld.site.http`)
answers the IRI itself. Links between pages are relative, so the site works from any folder.
Beside the pages, a site folder holds its marker (:data:`MARKER`) and the redirects of the parts
of statements (:data:`REDIRECTS`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import PurePosixPath
from typing import NamedTuple
from urllib.parse import unquote

import pyoxigraph as ox
from babel import Locale, UnknownLocaleError
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS
from rdflib.term import Node

from ..model.iris import DEFAULT_BASE
from ..rdf.namespaces import SCHEMA, VOID
from .store import to_rdflib

__all__ = [
    "LABELLED_BY",
    "MARKER",
    "REDIRECTS",
    "RTL_LANGUAGES",
    "Link",
    "Paths",
    "Text",
    "label",
    "label_of",
    "language_name",
    "named",
    "names",
    "site_base",
    "text_of",
]

#: The file that marks a folder as a site written by kzld (and so safe to replace).
MARKER = ".kzld-site"
#: The redirects of the parts of statements: a JSON object from a folder of part IRIs (a URL
#: path under the base, ending in ``/``) to the page of their statement. A part's IRI leads to
#: that page, at the anchor named after the part's path (see :mod:`kzld.site.http`).
REDIRECTS = "redirects.json"
#: Primary language subtags written right to left.
RTL_LANGUAGES = frozenset(
    {"ar", "arc", "ckb", "dv", "fa", "he", "ks", "ku-arab", "ps", "sd", "ug", "ur", "yi"}
)


class Text(NamedTuple):
    """A string with its language (``None`` when unknown) and writing direction.

    (A named tuple rather than a dataclass: pages hash and compare hundreds of thousands of
    them, and a tuple does both in C.)"""

    value: str
    lang: str | None = None

    @property
    def dir(self) -> str:
        """``rtl`` for a right-to-left language, else ``auto`` (the browser decides)."""
        if self.lang and self.lang.lower().split("-")[0] in RTL_LANGUAGES:
            return "rtl"
        return "auto"


class Link(NamedTuple):
    """A link to a page of the site (``href`` relative to the linking page) or outside it (a
    named tuple, as :class:`Text` is)."""

    href: str
    text: Text


def text_of(literal: Node) -> Text:
    """The :class:`Text` of a literal (or of an IRI, shown as is)."""
    if isinstance(literal, Literal):
        return Text(str(literal), literal.language)
    return Text(str(literal))


def names(graph: Graph, node: Node, predicate: URIRef = SCHEMA.name) -> list[Text]:
    """Every ``predicate`` value of ``node``, sorted by language then text."""
    found = {text_of(o) for o in graph.objects(node, predicate)}
    return sorted(found, key=lambda t: (t.lang or "", t.value))


def language_name(code: str) -> str:
    """The English name of the BCP 47 language ``code`` (CLDR, through Babel), else the code."""
    try:
        name = Locale.parse(code, sep="-").get_display_name("en")
    except (ValueError, UnknownLocaleError):
        return code
    return name or code


#: The properties a resource's name is shown from, the first found first.
LABELLED_BY = (SCHEMA.name, SKOS.prefLabel, SCHEMA.identifier)


def label(graph: Graph, node: Node) -> Text:
    """The name to show: English first, then any name, label, identifier, or the IRI's tail."""
    return label_of(node, lambda predicate: graph.objects(node, predicate))


def label_of(node: Node, values: Callable[[URIRef], Iterable[Node]]) -> Text:
    """:func:`label` of ``node``, its values of each property of :data:`LABELLED_BY` given by
    ``values`` (read from the graph, or from the rows of a query for many resources)."""
    for predicate in LABELLED_BY:
        found = sorted(
            {text_of(o) for o in values(predicate)}, key=lambda t: (t.lang or "", t.value)
        )
        for text in found:
            if text.lang and text.lang.lower().startswith("en"):
                return text
        if found:
            return found[0]
    tail = str(node).rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    return Text(unquote(tail) or str(node))


#: The values of some properties of every resource of a kind (``%s``, then the properties).
NAMED = """
SELECT ?node ?property ?name WHERE {
  ?node a %s .
  VALUES ?property { %s }
  ?node ?property ?name .
}"""


def named(
    store: ox.Store, kind: URIRef, properties: Iterable[URIRef]
) -> dict[str, dict[Node, list[Node]]]:
    """Each resource of type ``kind`` with a value of one of ``properties``, with those values
    by property (one query for all of them: what :func:`label_of` and a search need of many
    resources)."""
    values = " ".join(str(ox.NamedNode(str(p))) for p in properties)
    found: dict[str, dict[Node, list[Node]]] = defaultdict(lambda: defaultdict(list))
    for row in store.query(NAMED % (ox.NamedNode(str(kind)), values)):  # type: ignore[union-attr]
        found[row["node"].value][to_rdflib(row["property"])].append(to_rdflib(row["name"]))
    return found


def _href(target: str, page: str) -> str:
    """What ``posixpath.relpath`` gives from the folder of ``page`` to ``target`` (a trailing
    ``/`` kept), computed on the segments: it is asked for every link of every page."""
    start = page.split("/")[:-1]
    parts = target.split("/")
    if target.endswith("/"):
        parts = parts[:-1]
    common = 0
    for a, b in zip(start, parts, strict=False):
        if a != b:
            break
        common += 1
    relative = "../" * (len(start) - common) + "/".join(parts[common:])
    if not relative:
        return "./"
    if target.endswith("/") and not relative.endswith("/"):
        relative += "/"
    return relative


@lru_cache(maxsize=1 << 14)
def _from_folder(target: str, folder: str) -> str:
    """:func:`_href` from any page in ``folder`` (a URL path ending in ``/``, or ``""``) to a
    ``target`` that does not lie under that page: it does not depend on which page (the pages
    of one folder, each organisation's say, link to the same pages, and mostly to each other)."""
    return _href(target, folder + "\0/")  # a page no target lies under


@lru_cache(maxsize=1 << 16)
def _local(base: str, text: str) -> str | None:
    """:meth:`Paths.local` of the IRI ``text`` (asked for every link of every page: kept)."""
    if not text.startswith(base) or text == base:
        return None
    rest = text[len(base) :]
    decoded = [unquote(s) for s in rest.split("/")]
    if any(s in ("", ".", "..") or "/" in s or "\\" in s or "?" in s or "#" in s for s in decoded):
        return None
    return rest


class Paths:
    """Maps IRIs under ``base`` to page paths and relative links."""

    def __init__(self, base: str) -> None:
        self.base = base

    def local(self, iri: Node) -> str | None:
        """The IRI's path under the base (``org/kke``), or ``None`` if it has no page here."""
        if not isinstance(iri, URIRef):
            return None
        return _local(self.base, str(iri))

    @staticmethod
    def forget() -> None:
        """Let go of the paths kept (:meth:`local`), for a process that renders many pages once
        each and keeps no more than it needs."""
        _local.cache_clear()

    def folder(self, iri: Node) -> PurePosixPath | None:
        """The folder (relative to the site root, decoded as on disk) of the IRI's page."""
        rest = self.local(iri)
        if rest is None:
            return None
        return PurePosixPath(*[unquote(s) for s in rest.split("/")])

    @staticmethod
    def href(target: str, page: str) -> str:
        """Relative href from the page at URL path ``page`` (``org/kke/``) to ``target``."""
        return _href(target, page)

    def link(self, graph: Graph, iri: Node, page: str, text: Text | None = None) -> Link:
        """A link from ``page`` to the page of ``iri`` (the IRI itself when it has no page here)."""
        shown = text if text is not None else label(graph, iri)
        rest = self.local(iri)
        if rest is None:
            return Link(str(iri), shown)
        return Link(self.to_page(rest + "/", page), shown)

    @staticmethod
    def to_page(target: str, page: str) -> str:
        """:meth:`href` from ``page`` to the page ``target`` (a URL path ending in ``/``)."""
        if not page or target.startswith(page):
            return _href(target, page)
        # the same from every page of the folder above ``page`` (see _from_folder), and one
        # ``../`` more than from that folder's own page when ``target`` lies outside it too (an
        # organisation's ``all/`` page links as its page does, a level up)
        ups = ""
        folder = page[: page.rfind("/", 0, len(page) - 1) + 1]
        while folder and not target.startswith(folder):
            folder = folder[: folder.rfind("/", 0, len(folder) - 1) + 1]
            ups += "../"
        return ups + _from_folder(target, folder)


def site_base(graph: Graph) -> str:
    """The data base of ``graph``: read off its ``void:Dataset`` IRI, else the default base."""
    for dataset in sorted(graph.subjects(RDF.type, VOID.Dataset), key=str):
        text = str(dataset)
        if text.endswith("/dataset"):
            return text[: -len("dataset")]
    return DEFAULT_BASE
