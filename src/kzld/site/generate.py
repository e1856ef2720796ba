"""Writes the static site: one page per resource at its IRI's path, the index, the network
picture, the matrix, the dataset description, the redirects of the parts of statements and the
dumps.

Every page of a resource ``<base>x/y`` is the folder ``x/y/`` holding ``index.html`` (with the
resource's description embedded as JSON-LD), ``index.ttl`` and ``index.jsonld`` (see
:mod:`kzld.site.render`). Pages are written as they are rendered, by this process alone (in
chunks of subjects in IRI order; a forked worker would copy most of the in-memory store, see
:func:`_write`), into a temporary folder beside the target that replaces it once complete, so a
run is all or nothing, holds no page longer than it takes to write it, and gives byte-identical
files on rerun.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import PROV

from ..errors import KzldError
from ..mapping.dataset import DUMPS as DUMP_FILES
from ..rdf.compacted import to_jsonld
from ..rdf.dump import to_turtle
from ..rdf.formats import JSON_LD
from ..rdf.namespaces import DCAT, TURTLE_PREFIXES, VOID
from ..rdf.triples import ordered_triples
from . import content
from .content import Site
from .labels import MARKER, REDIRECTS, Paths, site_base
from .network import cosignature_network
from .render import ALL, Renderer, jsonld
from .search import search_json
from .store import load_store, view

__all__ = [
    "Progress",
    "SiteResult",
    "build_site",
]

#: Where the dumps of the whole graph are written (their IRIs are minted under ``dump/``).
DUMPS = tuple(f"dump/{name}" for name, _, _ in DUMP_FILES)

#: Called as pages are written: (stage, done, total); total is 0 where it is not known.
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class SiteResult:
    """What :func:`build_site` wrote."""

    out: Path
    files: int
    pages: int
    organisations: int
    links: int


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
            if p in (
                DCAT.distribution,
                PROV.wasGeneratedBy,
                PROV.wasAssociatedWith,
            ) and isinstance(o, URIRef):
                todo.append(o)
    return result


def _prefixes(base: str) -> dict[str, str]:
    return dict(TURTLE_PREFIXES)


def _swap(built: Path, out: Path) -> None:
    """Put the complete site ``built`` in place of ``out`` (an earlier site, or nothing)."""
    old = out.with_name(f".{out.name}.old-{os.getpid()}")
    if out.exists():
        out.rename(old)
    built.rename(out)
    shutil.rmtree(old, ignore_errors=True)


def build_site(
    data: Path | Graph,
    out: Path,
    base: str | None = None,
    progress: Progress | None = None,
) -> SiteResult:
    """Render the site of the graph ``data`` (a Turtle/JSON-LD file or a graph) into ``out``.

    ``out`` must be missing, empty, or a site written before (it is then replaced). Raises
    :class:`~kzld.errors.KzldError` when ``out`` holds anything else. ``progress`` hears of
    each stage and page.
    """
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / MARKER).exists())):
        raise KzldError(
            f"{out}: is not empty and was not written by `kzld site`; choose a new or empty folder"
        )
    tell: Progress = progress or (lambda stage, done, total: None)
    tell("Loading the graph", 0, 0)
    store = load_store(data)
    graph = view(store, small=True)
    base = base or site_base(graph)
    tell("Indexing signatures", 0, 0)
    site = Site(graph, Paths(base), store)
    out.parent.mkdir(parents=True, exist_ok=True)
    building = out.with_name(f".{out.name}.new-{os.getpid()}")
    shutil.rmtree(building, ignore_errors=True)
    try:
        result = _write(site, building, tell, data)
        _swap(building, out)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return SiteResult(out, result.files, result.pages, result.organisations, result.links)


def _static(name: str) -> bytes:
    return resources.files("kzld.site").joinpath("static", name).read_bytes()


def _published(data: Path | Graph) -> dict[str, Path]:
    """The dumps as ``kzld build`` wrote them beside ``data`` (``kzld.ttl`` and ``kzld.jsonld``
    of one build, the same graph in canonical form), so they need not be written again; empty
    when ``data`` is not such a pair."""
    if isinstance(data, Graph):
        return {}
    pair = {dump: data.with_suffix(Path(dump).suffix) for dump in DUMPS}
    if data not in pair.values() or not all(p.is_file() for p in pair.values()):
        return {}
    # one build writes both within moments; files from different builds are not trusted
    times = [p.stat().st_mtime for p in pair.values()]
    return pair if max(times) - min(times) < 60 else {}


#: Pages written between two reports of progress (and two :meth:`Renderer.forget`).
CHUNK = 400


def _add_redirect(redirects: dict[str, str], folder: str, target: str) -> None:
    """Add the folder of a part of a statement, leading to the page ``target``, to
    ``redirects`` (the parts taken in IRI order): a folder is redirected by its parts, and not
    at all when a folder above it already is."""
    parts = folder.split("/")
    if not any("/".join(parts[:i]) + "/" in redirects for i in range(1, len(parts))):
        redirects[folder] = target


def _pages(renderer: Renderer, root: Path, subjects: list[str]) -> tuple[int, int]:
    """Write the pages of ``subjects`` (none of them a part of a statement); the files and
    the pages written."""
    site = renderer.site
    files = pages = 0
    for text in subjects:
        node = URIRef(text)
        if site.paths.local(node) is None:
            continue
        rendered = renderer.resource(node)
        if rendered is None:
            continue
        folder = root.joinpath(*site.paths.folder(node).parts)  # type: ignore[union-attr]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "index.html").write_bytes(rendered.html)
        (folder / "index.ttl").write_bytes(rendered.turtle)
        (folder / "index.jsonld").write_bytes(rendered.jsonld)
        files += 3
        pages += 1
        listed = renderer.organisation_all(node) if rendered.more else None
        if listed is not None:
            (folder / ALL).mkdir()
            (folder / ALL / "index.html").write_bytes(listed)
            files += 1
            pages += 1
    return files, pages


def _redirects(renderer: Renderer) -> dict[str, str]:
    """The folders of the parts of statements (each shown on its statement's page, at its
    anchor), each with the page it leads to: the parts taken in IRI order, those that are the
    subject of a triple only."""
    site, store = renderer.site, renderer.site.store
    redirects: dict[str, str] = {}
    for text in sorted(renderer.part_map or ()):
        node = URIRef(text)
        local = site.paths.local(node)
        if local is None or not _is_subject(store, text):
            continue
        target = renderer.redirect(node)
        if target is not None:
            _add_redirect(redirects, local.rsplit("/", 1)[0] + "/", target.split("#")[0])
    return redirects


def _is_subject(store: ox.Store, iri: str) -> bool:
    """Whether ``iri`` is the subject of a triple in ``store``."""
    return next(store.quads_for_pattern(ox.NamedNode(iri), None, None), None) is not None


def _whole(renderer: Renderer, root: Path) -> tuple[int, int, int]:
    """Write the pages that need the whole graph; the files written, and the organisations and
    co-signing pairs of the network."""
    site = renderer.site
    written = [
        ("search/search.js", _static("search.js")),
        ("search/index.html", renderer.search_page()),
        ("search.json", search_json(site)),
        *((f"{page}index.html", body) for page, body in renderer.matrices()),
        *((f"{page}index.html", body) for page, body in renderer.statement_lists()),
    ]
    network = cosignature_network(site)
    void = _void(site.graph)
    index = content.index_page(site, "")
    data = jsonld(ordered_triples(void))
    written += [
        ("network.svg", network.svg.encode()),
        ("void.ttl", to_turtle(void, _prefixes(site.paths.base))),
        (
            "index.html",
            renderer.render("index.html", "", None, {**index, "network": network}, data),
        ),
    ]
    for name, body in written:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(body)
    return len(written), network.nodes, network.edges


def _subjects(store: ox.Store, parts: dict[str, str]) -> list[str]:
    """The IRIs of the subjects of ``store`` that get a page (not ``parts``), sorted."""
    return sorted(
        {
            q.subject.value
            for q in store.quads_for_pattern(None, None, None)
            if isinstance(q.subject, ox.NamedNode) and q.subject.value not in parts
        }
        - {""},
    )


def _dumps(site: Site, root: Path, data: Path | Graph) -> int:
    """Write the dumps of the whole graph (copies of the published files where they are at
    hand); the files written."""
    published = _published(data)
    for name in DUMPS:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
    if len(published) == len(DUMPS):
        for name, path in published.items():
            shutil.copyfile(path, root / name)
        return len(published)
    triples = ordered_triples(site.graph.triples((None, None, None)))
    for name, rdf_format, _ in DUMP_FILES:
        body = (
            to_jsonld(Graph(), triples)
            if rdf_format == JSON_LD
            else to_turtle(Graph(), _prefixes(site.paths.base), triples)
        )
        (root / "dump" / name).write_bytes(body)
    return len(DUMP_FILES)


def _write(site: Site, root: Path, tell: Progress, data: Path | Graph) -> SiteResult:
    """Write every file of the site of ``site`` under ``root`` (a new folder), one page at a
    time in IRI order, here: a forked worker would copy most of the store, since reading
    pyoxigraph's in-memory store writes to its memory (see ``bench/README.md``)."""
    renderer = Renderer(site)
    subjects = _subjects(site.store, renderer.part_map or {})
    files = pages = 0
    for start in range(0, len(subjects), CHUNK):
        tell("Writing pages", start // CHUNK + 1, (len(subjects) + CHUNK - 1) // CHUNK)
        written, shown = _pages(renderer, root, subjects[start : start + CHUNK])
        files, pages = files + written, pages + shown
        renderer.forget()  # kept, the names and links of every page grew to some 100 MB
    tell("Drawing the network", 0, 0)
    whole, nodes, edges = _whole(renderer, root)
    (root / REDIRECTS).write_bytes(
        (json.dumps(_redirects(renderer), indent=1, sort_keys=True) + "\n").encode()
    )
    tell("Writing the dumps", 0, 0)
    files += whole + _dumps(site, root, data)
    (root / "site.css").write_bytes(_static("site.css"))
    (root / MARKER).write_bytes(
        b"written by kzld site; the whole folder is replaced on the next run\n"
    )
    return SiteResult(root, files + 3, pages + 3, nodes, edges)
