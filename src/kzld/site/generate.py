"""Writes the static site: one page per resource at its IRI's path, the index, the network
picture, the matrix, the dataset description and the dumps.

Every page of a resource ``<base>x/y`` is the folder ``x/y/`` holding ``index.html`` (with the
resource's description embedded as JSON-LD), ``index.ttl`` and ``index.jsonld``. All files are
rendered in memory and written at the end, so a build is all or nothing and byte-identical on rerun.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from rdflib import RDF, Graph, URIRef
from rdflib.namespace import PROV

from ..errors import KzldError
from ..model.iris import DEFAULT_BASE
from ..rdf.dump import expand, to_jsonld, to_turtle
from ..rdf.namespaces import DCAT, KZLD, SCHEMA, TURTLE_PREFIXES, VOID
from . import content
from .content import Site
from .labels import Paths, Text
from .network import cosignature_network, matrix

__all__ = ["MARKER", "SiteResult", "build_site", "describe", "site_base"]

#: The file that marks a folder as a site written by kzld (and so safe to replace).
MARKER = ".kzld-site"
#: Where the dumps of the whole graph are written (their IRIs are minted under ``dump/``).
DUMPS = {"dump/kzld.ttl": "turtle", "dump/kzld.jsonld": "jsonld"}

_PAGES: dict[URIRef, tuple[str, Callable[[Site, URIRef, str], dict[str, Any]]]] = {
    KZLD.Statement: ("statement.html", content.statement_page),
    SCHEMA.Organization: ("organisation.html", content.organisation_page),
    SCHEMA.Event: ("event.html", content.event_page),
    SCHEMA.Country: ("country.html", content.country_page),
}


@dataclass(frozen=True)
class SiteResult:
    """What :func:`build_site` wrote."""

    out: Path
    files: int
    pages: int
    organisations: int
    links: int


def site_base(graph: Graph) -> str:
    """The data base of ``graph``: read off its ``void:Dataset`` IRI, else the default base."""
    for dataset in sorted(graph.subjects(RDF.type, VOID.Dataset), key=str):
        text = str(dataset)
        if text.endswith("/dataset"):
            return text[: -len("dataset")]
    return DEFAULT_BASE


def describe(graph: Graph, node: URIRef) -> Graph:
    """The triples with ``node`` as subject."""
    description = Graph()
    for p, o in graph.predicate_objects(node):
        description.add((node, p, o))
    return description


def _prefixes(base: str) -> dict[str, str]:
    return {**TURTLE_PREFIXES, "id": base}


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)


def _environment() -> Any:
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    return Environment(
        loader=PackageLoader("kzld.site", "templates"),
        autoescape=select_autoescape(["html", "svg"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _void(graph: Graph) -> Graph:
    """The dataset's description: the dataset, its distributions and its provenance."""
    result = Graph()
    todo = sorted(graph.subjects(RDF.type, VOID.Dataset), key=str)
    seen: set[URIRef] = set()
    while todo:
        node = todo.pop()
        if node in seen or not isinstance(node, URIRef):
            continue
        seen.add(node)
        for p, o in graph.predicate_objects(node):
            result.add((node, p, o))
            if p in (DCAT.distribution, PROV.wasGeneratedBy, PROV.wasAssociatedWith) and isinstance(
                o, URIRef
            ):
                todo.append(o)
    return result


def build_site(data: Path | Graph, out: Path, base: str | None = None) -> SiteResult:
    """Render the site of the graph ``data`` (a Turtle/JSON-LD file or a graph) into ``out``.

    ``out`` must be missing, empty, or a site written before (it is then replaced). Raises
    :class:`~kzld.errors.KzldError` when ``out`` holds anything else.
    """
    if isinstance(data, Graph):
        graph = data
    else:
        from ..rdf.load import load_graph

        graph = load_graph(data)
    base = base or site_base(graph)
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / MARKER).exists())):
        raise KzldError(
            f"{out}: is not empty and was not written by `kzld site`; choose a new or empty folder"
        )
    site = Site(graph, Paths(base))
    env = _environment()
    files: dict[str, bytes] = {}
    prefixes = _prefixes(base)

    def render(
        template: str, page: str, node: URIRef | None, context: dict[str, Any], description: Graph
    ) -> None:
        depth = page.count("/")
        html = env.get_template(template).render(
            page=page,
            root="../" * depth,
            iri=str(node) if node is not None else "",
            jsonld=_json(expand(description)).replace("</", "<\\/"),
            **context,
        )
        files[page + "index.html"] = html.encode()

    pages = 0
    for node in sorted({s for s in graph.subjects() if isinstance(s, URIRef)}, key=str):
        folder = site.paths.local(node)
        if folder is None:
            continue
        page = folder + "/"
        disk = "/".join(str(p) for p in site.paths.folder(node).parts) + "/"  # type: ignore[union-attr]
        template = "resource.html"
        make: Callable[[Site, URIRef, str], dict[str, Any]] = content.resource_page
        for kind, (name, function) in _PAGES.items():
            if (node, RDF.type, kind) in graph:
                template, make = name, function
                break
        description = describe(graph, node)
        render(template, page, node, make(site, node, page), description)
        files[disk + "index.html"] = files.pop(page + "index.html")
        files[disk + "index.ttl"] = to_turtle(description, prefixes)
        files[disk + "index.jsonld"] = (_json(expand(description)) + "\n").encode()
        pages += 1

    network = cosignature_network(site)
    void = _void(graph)
    files["network.svg"] = network.svg.encode()
    files["void.ttl"] = to_turtle(void, prefixes)
    index = content.index_page(site, "")
    render("index.html", "", None, {**index, "network": network}, void)
    render(
        "matrix.html",
        "matrix/",
        None,
        {
            "title": Text("Statement × organisation matrix", "en"),
            "kind": "matrix",
            **matrix(site, "matrix/"),
        },
        Graph(),
    )
    files["dump/kzld.ttl"] = to_turtle(graph, prefixes)
    files["dump/kzld.jsonld"] = to_jsonld(graph)
    files["site.css"] = resources.files("kzld.site").joinpath("static/site.css").read_bytes()
    files[MARKER] = b"written by kzld site; the whole folder is replaced on the next run\n"

    if out.exists():
        shutil.rmtree(out)
    for name, body in sorted(files.items()):
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(body)
    return SiteResult(out, len(files), pages + 2, network.nodes, network.edges)
