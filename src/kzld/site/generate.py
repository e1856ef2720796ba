"""Writes the static site: one page per resource at its IRI's path, the index, the network
picture, the matrix, the dataset description, the redirects of the parts of statements and the
dumps.

Every page of a resource ``<base>x/y`` is the folder ``x/y/`` holding ``index.html`` (with the
resource's description embedded as JSON-LD), ``index.ttl`` and ``index.jsonld`` (see
:mod:`kzld.site.render`). Pages are written as they are rendered, by a process per core (this
one and forked workers; chunks of subjects in IRI order; one process draws the pages that need
the whole graph), into a temporary folder beside the target that replaces it once complete, so a
run is all or nothing, holds no page longer than it takes to write it, and gives byte-identical
files on rerun however the work was shared.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

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


#: Subjects rendered by a worker at a time.
CHUNK = 400


def _add_redirects(redirects: dict[str, str], found: list[tuple[str, str]]) -> None:
    """Add the (folder, page) pairs ``found`` (in IRI order) to ``redirects``: a folder is
    redirected by its first part, and not at all when a folder above it already is."""
    for folder, target in found:
        parts = folder.split("/")
        if not any("/".join(parts[:i]) + "/" in redirects for i in range(1, len(parts))):
            redirects[folder] = target


#: What the forked workers render: set in the parent just before they start.
_JOB: dict[str, Any] = {}

#: A piece of work: the pages of the n-th chunk of subjects, or (``WHOLE``) those that need the
#: whole graph (the index, the network picture, the matrix, the search, the dataset).
Task = int
WHOLE: Task = -1


@dataclass(frozen=True)
class Done:
    """What a task wrote: its number, files and pages, the redirects of the parts of
    statements among its subjects (in IRI order), and the network drawn (``WHOLE`` only)."""

    task: Task
    files: int
    pages: int
    redirects: list[tuple[str, str]]
    network: tuple[int, int] = (0, 0)


def _run(task: Task) -> Done:
    """Do ``task`` (in a worker, or here)."""
    renderer: Renderer = _JOB["renderer"]
    root: Path = _JOB["root"]
    if task == WHOLE:
        files, nodes, edges = _whole(renderer, root)
        return Done(task, files, 0, [], (nodes, edges))
    site = renderer.site
    files = pages = 0
    redirects: dict[str, str] = {}
    for text in _JOB["chunks"][task]:
        node = URIRef(text)
        local = site.paths.local(node)
        if local is None:
            continue
        rendered = renderer.resource(node)
        if rendered is None:
            target = renderer.redirect(node)
            if target is not None:
                _add_redirects(redirects, [(local.rsplit("/", 1)[0] + "/", target.split("#")[0])])
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
    return Done(task, files, pages, list(redirects.items()))


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


def _run_all(
    renderer: Renderer, root: Path, chunks: list[list[str]], tell: Progress
) -> Iterator[Done]:
    """Every task done: here and in forked workers, one process per core, where there are
    several cores and chunks (the pages that need the whole graph drawn while the others are
    written), else here, one after the other. The files are the same either way."""
    _JOB.update(renderer=renderer, root=root, chunks=chunks)
    tasks = [*range(len(chunks)), WHOLE]
    try:
        workers = min(_cores(), len(chunks))
        if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
            for task in tasks:
                tell(
                    "Drawing the network" if task == WHOLE else "Writing pages",
                    task + 1,
                    len(chunks),
                )
                yield _run(task)
            return
        # the biggest task first, so that it does not finish last alone
        for number, done in enumerate(_shared(tasks[-1:] + tasks[:-1], workers - 1), 1):
            tell("Writing pages and drawing the network", number, len(tasks))
            yield done
    finally:
        _JOB.clear()


def _shared(tasks: list[Task], forked: int) -> Iterator[Done]:
    """``tasks`` done by this process and ``forked`` forked ones, each taking the next task
    that none has taken, as they are done.

    This process works too rather than waiting for workers: each forked worker ends up with a
    copy of most of what this process holds (writing to an object's count of references copies
    its page), so one process fewer holds one copy fewer.
    """
    context = multiprocessing.get_context("fork")
    taken = context.Value("i", 0)
    results: Any = context.SimpleQueue()
    workers = [context.Process(target=_work, args=(tasks, taken, results)) for _ in range(forked)]
    for worker in workers:
        worker.start()
    try:
        running = len(workers)
        for task in _next(tasks, taken):
            yield _run(task)
            while running and not results.empty():
                running -= yield from _received(results.get())
        while running:
            running -= yield from _received(results.get())
    finally:
        for worker in workers:
            if worker.is_alive():
                worker.terminate()
            worker.join()


def _next(tasks: list[Task], taken: Any) -> Iterator[Task]:
    """The tasks not yet taken by any process, taken one at a time."""
    while True:
        with taken.get_lock():
            at = taken.value
            taken.value = at + 1
        if at >= len(tasks):
            return
        yield tasks[at]


def _work(tasks: list[Task], taken: Any, results: Any) -> None:
    """A forked worker: do the tasks not yet taken, sending what each wrote, then ``None``
    (or the error that stopped it)."""
    try:
        for task in _next(tasks, taken):
            results.put(_run(task))
    except BaseException as error:  # sent to the parent, which raises it
        results.put(error)
        return
    results.put(None)


def _received(message: Done | BaseException | None) -> Generator[Done, None, int]:
    """Yield what a worker sent (a task done); raise the error it stopped on. Returns 1 once
    it has finished, else 0 (for ``yield from``)."""
    if isinstance(message, BaseException):
        raise message
    if message is None:
        return 1
    yield message
    return 0


def _cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _chunks(store: ox.Store) -> list[list[str]]:
    """The IRIs of the subjects of ``store``, sorted, in chunks of :data:`CHUNK`."""
    subjects = sorted(
        {
            q.subject.value
            for q in store.quads_for_pattern(None, None, None)
            if isinstance(q.subject, ox.NamedNode)
        }
        - {""},
    )
    return [subjects[i : i + CHUNK] for i in range(0, len(subjects), CHUNK)]


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
    """Write every file of the site of ``site`` under ``root`` (a new folder)."""
    renderer = Renderer(site)
    found: dict[Task, list[tuple[str, str]]] = {}
    files, pages, network = 0, 0, (0, 0)
    for done in _run_all(renderer, root, _chunks(site.store), tell):
        files += done.files
        pages += done.pages
        found[done.task] = done.redirects
        network = done.network if done.task == WHOLE else network
    redirects: dict[str, str] = {}
    for task in sorted(found):  # in the order of the subjects, whoever rendered them
        _add_redirects(redirects, found[task])
    (root / REDIRECTS).write_bytes(
        (json.dumps(redirects, indent=1, sort_keys=True) + "\n").encode()
    )
    tell("Writing the dumps", 0, 0)
    files += _dumps(site, root, data)
    (root / "site.css").write_bytes(_static("site.css"))
    (root / MARKER).write_bytes(
        b"written by kzld site; the whole folder is replaced on the next run\n"
    )
    return SiteResult(root, files + 3, pages + 3, *network)
