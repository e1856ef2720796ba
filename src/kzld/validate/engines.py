"""SHACL validation of a kzld graph against the shipped shapes, by one of two engines.

:func:`validate` runs the fast ``shacl`` engine (the default, in the library as in the CLI), with
the whole-graph constraints evaluated in pyoxigraph (:mod:`~kzld.validate.whole`), or pyshacl, the
reference (inference off), with the kzld ontology mixed into a copy of the data, so that
``rdfs:subClassOf`` typing and the SKOS schemes count; both give the same :class:`Report`.
:func:`check_files` does the same for files. Nothing here prints.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
import pyshacl
import shacl
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SH, NamespaceManager
from rdflib.term import Node

from ..errors import InputError, KzldError, SlowQueryWarning
from ..rdf.load import graph_of, load_graph, load_ntriples
from ..rdf.terms import ox_triples, rdflib_term
from ..rdf.triples import NTriples
from .report import (
    LABELS,
    Report,
    Result,
    in_order,
    prefix_names,
    render_term,
    result_of,
    results_of,
)
from .shapes import (
    Prepared,
    blank_shapes_again,
    compiled,
    is_default,
    load_shapes,
    mixes_ontology,
    ntriples_bytes,
    ontology,
    prepared,
    refuse_unusable,
    unnamed,
)
from .sparqlplan import PreparedQueryGraph
from .whole import WholeResult, add_to_report, from_count, from_sparql, whole_graph_results

__all__ = ["ENGINES", "ENGINE_FILE_PREFIX", "check_files", "validate"]

#: The SHACL engines :func:`validate` can run: shacl (Rust, fast, the default) and pyshacl (the
#: reference; ``tests/validate/test_shapes.py`` proves the two report the same on every case).
ENGINES = ("pyshacl", "shacl")
#: An IRI in a path as the ``shacl`` engine writes it.
_IRI = re.compile(r"<([^<>]*)>")


def validate(
    data: Graph | NTriples,
    *,
    shapes: Graph | None = None,
    engine: str = "shacl",
    graph: bool = True,
) -> Report:
    """Validate ``data`` against ``shapes`` (default: :func:`load_shapes`).

    ``data`` is not modified. For shapes that use kzld's terms (the shipped ones) the kzld
    ontology is mixed into a copy of the data, so that a ``kzld:Statement`` counts as a
    ``schema:CreativeWork`` and a genre as a concept of ``kzld:genres``. ``engine`` is one of
    :data:`ENGINES`. Shapes an engine cannot use raise :class:`~kzld.errors.InputError`.
    With ``graph`` false the ``shacl`` engine leaves the report's graph empty: the results
    alone, what validation by parts needs of each batch after the first (the report's graph
    of each is an rdflib graph of every result, parsed from the engine's Turtle).
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown SHACL engine {engine!r}; use one of {', '.join(ENGINES)}")
    if shapes is not None and not is_default(shapes):
        refuse_unusable(shapes, "the shapes")
    try:
        if engine == "shacl":
            return _validate_with_shacl(data, prepared(shapes), graph)
        return _validate_with_pyshacl(data, load_shapes() if shapes is None else shapes)
    except (KzldError, AssertionError, SlowQueryWarning):  # a warning the caller made an error
        raise
    except Exception as error:
        # shapes an engine cannot use (ill-formed, or outside what it supports): SHACL calls
        # this a failure, reported like an unreadable input
        raise InputError(
            "the shapes", f"the {engine} engine cannot use them: {type(error).__name__}: {error}"
        ) from error


def _validate_with_pyshacl(data: Graph | NTriples, shapes: Graph) -> Report:
    """The reference validation, by pyshacl (inference off), with the ontology mixed in."""
    if isinstance(data, NTriples):
        data = graph_of(data.data, "ntriples")
    # pyshacl's own ont_graph mixing copies only class and property axioms; the SKOS schemes
    # must be there too, so the copy is made here and validated in place.
    mixed = PreparedQueryGraph()
    mixed += data
    if mixes_ontology(shapes):
        mixed += ontology()
    # pyshacl's defaults hold: no inference, no SHACL-AF, every result reported (not only the
    # first), the shapes themselves not validated; infos and warnings leave the report conforming
    _, report_graph, _ = pyshacl.validate(
        mixed, shacl_graph=shapes, allow_infos=True, allow_warnings=True, inplace=True
    )
    return Report(results_of(report_graph, data, shapes), report_graph)


def _validate_with_shacl(data: Graph | NTriples, split: Prepared, graph: bool = True) -> Report:
    """The same validation with the ``shacl`` engine (Rust), results rendered the same way.

    The data goes to the engine as N-Triples (:func:`_engine_input`), the ontology's triples
    after it; the store the SPARQL constraints run in gets the ontology's triples that are not in
    the data. SPARQL constraints that can be are evaluated once over the whole graph in pyoxigraph
    (:mod:`kzld.validate.sparql`) rather than once per focus node; the same store names the focus
    nodes. Blank nodes come back relabelled, so their results cannot name a label.
    """
    text = data.data if isinstance(data, NTriples) else ntriples_bytes(ox_triples(data))
    ontology = split.ontology_triples()
    # The SHACL engine works without the interpreter lock: it runs while the store is loaded
    # and the SPARQL constraints are evaluated here. Both see the ontology beside the data.
    with (
        _engine_input(text, split.ontology.encode()) as source,
        ThreadPoolExecutor(max_workers=1, thread_name_prefix="kzld-shacl") as pool,
    ):
        validating = pool.submit(_engine_report, compiled(split.core), source)
        store = ox.Store()
        store.load(text, format=ox.RdfFormat.N_TRIPLES)
        extra = {t for t in ontology if ox.Quad(t.subject, t.predicate, t.object) not in store}
        store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in extra)
        found_sparql, found_counts = whole_graph_results(store, split.constraints, split.counts)
        report = validating.result()

    def label(focus: Node | None) -> str | None:
        return _label_in(store, focus, extra)

    names = prefix_names()
    report_graph = blank_shapes_again(graph_of(report.turtle)) if graph else Graph()
    whole = [from_count(c) for c in found_counts] + [from_sparql(f) for f in found_sparql]
    if graph:
        add_to_report(report_graph, whole)
    results = [_from_engine(found, names, label) for found in report.results]
    results += [_from_whole(one, names, label) for one in whole]
    return Report(in_order(results), report_graph)


def _engine_term(ntriples: str) -> Node:
    """A term the SHACL engine wrote (in N-Triples), as the shapes graph has it."""
    (triple,) = ox.parse(f"<urn:s> <urn:p> {ntriples} .", format=ox.RdfFormat.N_TRIPLES)
    return unnamed(rdflib_term(triple.object, "<shacl report>"))


def _from_engine(
    found: shacl.Result, names: NamespaceManager, label: Callable[[Node | None], str | None]
) -> Result:
    """A result of the SHACL engine, its path (written by the engine) with prefixed names."""
    focus = _engine_term(found.focus_node)
    shape = found.root_shape or found.source_shape
    path = found.path
    if path is not None:
        path = _IRI.sub(lambda m: render_term(URIRef(m.group(1)), names), path)
        if path.startswith("(") and path.endswith(")") and "(" not in path[1:]:
            path = path[1:-1]
    return result_of(
        names,
        severity=URIRef(found.severity_iri),
        focus=focus,
        label=label(focus),
        path=path,
        value=_engine_term(found.value) if found.value is not None else None,
        messages=[Literal(found.message)] if found.message else [],
        shape=_engine_term(shape) if shape else None,
        component=URIRef(found.component_iri),
    )


def _from_whole(
    one: WholeResult, names: NamespaceManager, label: Callable[[Node | None], str | None]
) -> Result:
    """A result found over the whole graph (:mod:`kzld.validate.whole`)."""
    return result_of(
        names,
        severity=one.severity,
        focus=one.focus,
        label=label(one.focus),
        path=render_term(one.path, names) if one.path is not None else None,
        value=one.value,
        messages=[Literal(m) for m in one.messages],
        shape=one.shape,
        component=SH[one.component],
    )


#: The name every private file given to the SHACL engine starts with.
ENGINE_FILE_PREFIX = "kzld-validate-"


@contextmanager
def _engine_input(data: bytes, after: bytes = b"") -> Iterator[Path | str]:
    """``data`` with ``after`` (the ontology's N-Triples) after it, for the SHACL engine: a private
    temporary file (deleted after), or the text itself where no temporary file can be made.

    The engine takes text as a Python string, which costs two to four bytes a character when
    the graph holds any non-Latin text, and the ontology would be added to a copy; a file it
    reads as it parses.
    """
    path: Path | None = None
    try:
        handle, name = tempfile.mkstemp(prefix=ENGINE_FILE_PREFIX, suffix=".nt")
        path = Path(name)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.write(b"\n")
            stream.write(after)
    except OSError:  # no writable temporary folder, or no room in it
        if path is not None:
            path.unlink(missing_ok=True)
        path = None
    try:
        yield path or (data + b"\n" + after).decode("utf-8")
    finally:
        if path is not None:
            path.unlink(missing_ok=True)


def _engine_report(shapes: shacl.Shapes, source: Path | str) -> shacl.Report:
    """The SHACL engine's report on ``source`` (a file, or N-Triples text)."""
    if isinstance(source, Path):
        return shapes.validate_file(str(source), allow_warnings=True)
    return shapes.validate_text(source, format="ntriples", allow_warnings=True)


def _label_in(store: ox.Store, focus: Node | None, added: set[ox.Triple]) -> str | None:
    """What :func:`~kzld.validate.report.label_of` gives for ``focus`` in the data: ``store``
    less the triples ``added`` to it."""
    if not isinstance(focus, URIRef):
        return None
    subject = ox.NamedNode(str(focus))
    for predicate in LABELS:
        values = sorted(
            (
                q.object
                for q in store.quads_for_pattern(subject, ox.NamedNode(str(predicate)), None)
                if isinstance(q.object, ox.Literal) and q.triple not in added
            ),
            key=lambda v: (v.language not in (None, "en"), v.language or "", v.value),
        )
        if values:
            return str(values[0].value)
    return None


def check_files(
    paths: Iterable[Path | str],
    *,
    format: str | None = None,
    shapes: Graph | None = None,
    engine: str = "shacl",
    max_bytes: int | None = None,
    base: str | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> dict[str, Report | str]:
    """Load and validate each file on its own (``"-"`` is standard input).

    With the ``shacl`` engine a file is read straight into N-Triples, never into an rdflib graph.
    Maps each file's name to its report, or to the message saying why it could not be read
    (an :class:`~kzld.errors.InputError`: the file, the line and the reason). A file bigger than
    ``max_bytes`` (default :data:`~kzld.limits.MAX_RDF_BYTES`) is refused unread. Relative IRIs
    resolve against ``base``, by default each file's own ``file://`` IRI. Shapes an engine
    cannot use give each file that message. ``progress`` is told when each file is read and
    when it is validated (stages ``Reading NAME`` and ``Validating NAME``).
    """
    load = load_ntriples if engine == "shacl" else load_graph
    outcomes: dict[str, Report | str] = {}
    for path in paths:
        name = "<stdin>" if str(path) == "-" else str(path)
        try:
            if progress is not None:
                progress(f"Reading {name}", 0, 0)
            graph = load(path, format, max_bytes=max_bytes, base=base)
            if progress is not None:
                progress(f"Validating {name}", 0, 0)
            outcomes[name] = validate(graph, shapes=shapes, engine=engine)
        except InputError as error:
            outcomes[name] = str(error)
    return outcomes
