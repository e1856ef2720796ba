"""SHACL validation of a kzld graph against the shipped shapes, and the report it gives.

:func:`validate` runs pyshacl (inference off; or the faster ``shacl`` engine, which reports
the same) with the kzld ontology mixed into a copy of the data, so that ``rdfs:subClassOf``
typing and the SKOS schemes count, and returns a :class:`Report`: the results in a fixed order,
counts by severity, the SHACL validation report graph, and renderings as text, JSON and Turtle
for the CLI. :func:`check_files` does the same for files. Nothing here prints.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SH, NamespaceManager
from rdflib.term import BNode, Node

from ..rdf.namespaces import KZLD, OA, SCHEMA
from ..rdf.triples import NTriples
from ..resources import ontology_dir, shapes_dir
from .sparqlplan import PreparedQueryGraph

__all__ = [
    "ENGINES",
    "SEVERITIES",
    "Report",
    "Result",
    "check_files",
    "dumps_json",
    "load_shapes",
    "validate",
]

#: The SHACL engines :func:`validate` can run: pyshacl (the reference) and shacl (Rust, faster;
#: ``tests/validate/test_shapes.py`` proves it reports exactly what pyshacl reports on every case).
ENGINES = ("pyshacl", "shacl")
#: Severities, worst first, by their short names.
SEVERITIES = ("Violation", "Warning", "Info")

_SEVERITY_OF: dict[URIRef, str] = {
    SH.Violation: "Violation",
    SH.Warning: "Warning",
    SH.Info: "Info",
}
_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}
#: Properties whose value names a node, in order of preference.
_LABELS = (SCHEMA.name, SKOS.prefLabel, RDFS.label, DCTERMS.title, OA.exact)
_PREFIXES = {
    "schema": "http://schema.org/",
    "kzld": str(KZLD._NS),
    "kzldsh": "https://w3id.org/kzld/shapes#",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": str(OA),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "void": "http://rdfs.org/ns/void#",
    "dcat": "http://www.w3.org/ns/dcat#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "sh": str(SH),
}


@dataclass(frozen=True, slots=True)
class Result:
    """One SHACL result, with its terms rendered as strings.

    ``focus``, ``value`` and ``path`` are in N-Triples-like form with well-known prefixes
    (``schema:name``); ``source_shape`` and ``component`` are prefixed names.
    """

    severity: str
    focus: str
    focus_label: str | None
    path: str | None
    value: str | None
    message: str
    source_shape: str
    component: str

    def as_dict(self) -> dict[str, str | None]:
        """The result as a JSON-ready mapping."""
        return {
            "severity": self.severity,
            "focus": self.focus,
            "focusLabel": self.focus_label,
            "path": self.path,
            "value": self.value,
            "message": self.message,
            "sourceShape": self.source_shape,
            "component": self.component,
        }


@dataclass(frozen=True)
class Report:
    """The outcome of validating one graph."""

    results: tuple[Result, ...]
    report_graph: Graph = field(repr=False, compare=False)

    @property
    def conforms(self) -> bool:
        """True when there is no violation (warnings and infos allowed)."""
        return not any(r.severity == "Violation" for r in self.results)

    @property
    def counts(self) -> dict[str, int]:
        """The number of results per severity, every severity present."""
        counts = dict.fromkeys(SEVERITIES, 0)
        for result in self.results:
            counts[result.severity] += 1
        return counts

    def fails(self, fail_on: str = "violation") -> bool:
        """True when a result is at least as severe as ``fail_on`` (violation/warning/info)."""
        threshold = _RANK[fail_on.capitalize()]
        return any(_RANK[r.severity] <= threshold for r in self.results)

    def summary(self) -> str:
        """One line: whether it conforms, and the counts."""
        counts = self.counts
        parts = ", ".join(
            f"{counts[s]} {s.lower()}{'' if counts[s] == 1 else 's'}" for s in SEVERITIES
        )
        return f"{'conforms' if self.conforms else 'does not conform'}: {parts}"

    def as_text(self, name: str | None = None) -> str:
        """Results grouped by focus node (worst first), then the summary line (prefixed with
        ``name``, the file checked, when given)."""
        groups: dict[str, list[Result]] = {}
        for result in self.results:
            groups.setdefault(result.focus, []).append(result)
        lines: list[str] = []
        for focus, results in groups.items():
            label = results[0].focus_label
            lines.append(f"{focus}" + (f"  ({_shorten(label, 60)})" if label else ""))
            for result in results:
                where = result.path or "(node)"
                value = f" = {_shorten(result.value, 60)}" if result.value is not None else ""
                lines.append(f"  {result.severity:<9} {where}{value}")
                lines.append(f"            {result.message}  [{result.source_shape}]")
            lines.append("")
        lines.append(f"{name}: {self.summary()}" if name else self.summary())
        return "\n".join(lines) + "\n"

    def as_json(self) -> dict[str, object]:
        """The report as a JSON-ready mapping."""
        return {
            "conforms": self.conforms,
            "counts": self.counts,
            "results": [r.as_dict() for r in self.results],
        }

    def as_turtle(self) -> str:
        """The SHACL validation report, as Turtle."""
        return self.report_graph.serialize(format="turtle")


@cache
def _ontology() -> Graph:
    from ..rdf.load import load_graph

    return load_graph(ontology_dir() / "kzld.ttl", "turtle")


@cache
def _default_shapes() -> Graph:
    return _load(shapes_dir())


def load_shapes(directory: Path | None = None) -> Graph:
    """The shapes (every ``*.ttl`` in ``directory``, default the shipped ``shapes/``) together with
    the kzld ontology, so that subclasses count. The default graph is parsed once and shared:
    do not modify it."""
    return _default_shapes() if directory is None else _load(directory)


def _load(directory: Path) -> Graph:
    from ..errors import InputError
    from ..rdf.load import load_graph

    files = sorted(Path(directory).glob("*.ttl"))
    if not files:
        raise InputError(directory, "holds no shapes (*.ttl files)")
    graph = Graph()
    for path in files:
        graph += load_graph(path, "turtle")
    graph += _ontology()
    for prefix, namespace in _PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


def validate(
    data: Graph | NTriples, *, shapes: Graph | None = None, engine: str = "pyshacl"
) -> Report:
    """Validate ``data`` against ``shapes`` (default: :func:`load_shapes`).

    ``data`` is not modified. The kzld ontology is mixed into a copy of the data, so that a
    ``kzld:Statement`` counts as a ``schema:CreativeWork`` and a genre as a concept of
    ``kzld:genres``. ``engine`` is one of :data:`ENGINES`.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown SHACL engine {engine!r}; use one of {', '.join(ENGINES)}")
    shapes = load_shapes() if shapes is None else shapes
    if engine == "shacl":
        return _validate_with_shacl(data, shapes)
    import pyshacl

    if isinstance(data, NTriples):
        data = Graph().parse(data=data.data, format="nt")
    # pyshacl's own ont_graph mixing copies only class and property axioms; the SKOS schemes
    # must be there too, so the copy is made here and validated in place.
    mixed = PreparedQueryGraph()
    mixed += data
    mixed += _ontology()
    _, report_graph, _ = pyshacl.validate(
        mixed,
        shacl_graph=shapes,
        inference="none",
        abort_on_first=False,
        allow_infos=True,
        allow_warnings=True,
        advanced=False,
        meta_shacl=False,
        inplace=True,
    )
    return Report(_results(report_graph, data, shapes), report_graph)


def _names() -> NamespaceManager:
    names = NamespaceManager(Graph(), bind_namespaces="none")
    for prefix, namespace in _PREFIXES.items():
        names.bind(prefix, namespace)
    return names


def _results(report: Graph, data: Graph, shapes: Graph) -> tuple[Result, ...]:
    names = _names()
    results = []
    for node in report.objects(None, SH.result):
        focus = report.value(node, SH.focusNode)
        path = report.value(node, SH.resultPath)
        value = report.value(node, SH.value)
        level = report.value(node, SH.resultSeverity)
        severity = (
            _SEVERITY_OF.get(level, "Violation") if isinstance(level, URIRef) else "Violation"
        )
        shape = report.value(node, SH.sourceShape)
        component = report.value(node, SH.sourceConstraintComponent)
        results.append(
            Result(
                severity=severity,
                focus=_term(focus, names),
                focus_label=_label(data, focus),
                path=_path(path, report, shapes, names) if path is not None else None,
                value=_term(value, names) if value is not None else None,
                message=_message(report.objects(node, SH.resultMessage)),
                source_shape=_term(shape, names),
                component=_term(component, names),
            )
        )
    return _in_order(results)


def _in_order(results: list[Result]) -> tuple[Result, ...]:
    """Worst severity first, grouped by focus node (the worst focus first)."""
    results.sort(
        key=lambda r: (_RANK[r.severity], r.focus, r.path or "", r.source_shape, r.value or "")
    )
    order: dict[str, int] = {}
    for index, result in enumerate(results):
        order.setdefault(result.focus, index)
    return tuple(sorted(results, key=lambda r: order[r.focus]))


def _validate_with_shacl(data: Graph | NTriples, shapes: Graph) -> Report:
    """The same validation with the ``shacl`` engine (Rust), results rendered the same way.

    The data goes to the engine as N-Triples (:func:`_engine_input`), the ontology's triples
    after it; the store the SPARQL constraints run in gets the ontology's triples that are not in
    the data. SPARQL constraints that can be are evaluated once over the whole graph in pyoxigraph
    (:mod:`kzld.validate.sparql`) rather than once per focus node; the same store names the focus
    nodes. Blank nodes come back relabelled, so their results cannot name a label.
    """
    from concurrent.futures import ThreadPoolExecutor

    from ..rdf.load import _object, ox_triples

    core, constraints, counts = _split(shapes)
    text = data.data if isinstance(data, NTriples) else _ntriples(ox_triples(data))
    ontology = _ontology_triples()
    # The SHACL engine works without the interpreter lock: it runs while the store is loaded
    # and the SPARQL constraints are evaluated here. Both see the ontology beside the data.
    with (
        _engine_input(text) as source,
        ThreadPoolExecutor(max_workers=1, thread_name_prefix="kzld-shacl") as pool,
    ):
        validating = pool.submit(_engine_report, _compiled(core), source)
        store = ox.Store()
        store.load(text, format=ox.RdfFormat.N_TRIPLES)
        extra = {t for t in ontology if ox.Quad(t.subject, t.predicate, t.object) not in store}
        store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in extra)
        found_sparql, found_counts = _whole_graph_results(store, constraints, counts)
        report = validating.result()

    def label(focus: Node | None) -> str | None:
        return _label_in(store, focus, extra)

    names = _names()

    def term(ntriples: str) -> Node:
        (triple,) = ox.parse(f"<urn:s> <urn:p> {ntriples} .", format=ox.RdfFormat.N_TRIPLES)
        return _object(triple.object, "<shacl report>")

    results = []
    for found in report.results:
        focus = term(found.focus_node)
        shape = found.root_shape or found.source_shape
        path = found.path
        if path is not None:
            path = _IRI.sub(lambda m: _term(URIRef(m.group(1)), names), path)
            if path.startswith("(") and path.endswith(")") and "(" not in path[1:]:
                path = path[1:-1]
        results.append(
            Result(
                severity=found.severity,
                focus=_term(focus, names),
                focus_label=label(focus),
                path=path,
                value=_term(term(found.value), names) if found.value is not None else None,
                message=" ".join((found.message or "(no message)").split()),
                source_shape=_term(term(shape), names) if shape else "(none)",
                component=f"sh:{found.component}",
            )
        )
    report_graph = Graph().parse(data=report.turtle, format="turtle")
    whole = [_from_count(c) for c in found_counts] + [_from_sparql(f) for f in found_sparql]
    _add_to_report(report_graph, whole)
    for one in whole:
        results.append(
            Result(
                severity=_SEVERITY_OF.get(one.severity, "Violation"),
                focus=_term(one.focus, names),
                focus_label=label(one.focus),
                path=_term(one.path, names) if one.path is not None else None,
                value=_term(one.value, names) if one.value is not None else None,
                message=_message(Literal(m) for m in one.messages),
                source_shape=_term(one.shape, names),
                component=f"sh:{one.component}",
            )
        )
    return Report(_in_order(results), report_graph)


def _ntriples(triples: Iterable[ox.Triple]) -> bytes:
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    return bytes(data) if data is not None else b""


#: The name every private file given to the SHACL engine starts with.
ENGINE_FILE_PREFIX = "kzld-validate-"


@contextmanager
def _engine_input(data: bytes) -> Iterator[Path | str]:
    """``data`` with the ontology's N-Triples after it, for the SHACL engine: a private
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
            stream.write(_ontology_ntriples())
    except OSError:  # no writable temporary folder, or no room in it
        if path is not None:
            path.unlink(missing_ok=True)
        path = None
    try:
        yield path or (data + b"\n" + _ontology_ntriples()).decode("utf-8")
    finally:
        if path is not None:
            path.unlink(missing_ok=True)


def _engine_report(shapes: Any, source: Path | str) -> Any:
    """The SHACL engine's report on ``source`` (a file, or N-Triples text)."""
    if isinstance(source, Path):
        return shapes.validate_file(str(source), allow_warnings=True)
    return shapes.validate_text(source, format="ntriples", allow_warnings=True)


@cache
def _ontology_triples() -> tuple[ox.Triple, ...]:
    from ..rdf.load import ox_triples

    return tuple(ox_triples(_ontology()))


@cache
def _ontology_ntriples() -> bytes:
    return _ntriples(_ontology_triples())


def _label_in(store: ox.Store, focus: Node | None, added: set[ox.Triple]) -> str | None:
    """:func:`_label` of ``focus`` in the data: ``store`` less the triples ``added`` to it."""
    if not isinstance(focus, URIRef):
        return None
    subject = ox.NamedNode(str(focus))
    for predicate in _LABELS:
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


#: How many of the queries over the whole graph run at once.
QUERY_THREADS = 2


def _whole_graph_results(
    store: ox.Store, constraints: tuple[Any, ...], counts: tuple[Any, ...]
) -> tuple[list[Any], list[Any]]:
    """The results of the SPARQL constraints and of the qualified counts over ``store``, each in
    the order of its constraints.

    pyoxigraph evaluates a query without the interpreter lock, and the store is only read, so
    the queries run :data:`QUERY_THREADS` at a time: on two cores, two at once once the dumps
    beside validation are written.
    """
    from concurrent.futures import ThreadPoolExecutor

    def sparql_of(constraint: Any) -> list[Any]:
        return list(_sparql_results(store, (constraint,)))

    def counts_of(count: Any) -> list[Any]:
        return list(_count_results(store, (count,)))

    with ThreadPoolExecutor(max_workers=QUERY_THREADS, thread_name_prefix="kzld-sparql") as pool:
        sparql = [pool.submit(sparql_of, constraint) for constraint in constraints]
        count = [pool.submit(counts_of, one) for one in counts]
        return (
            [found for future in sparql for found in future.result()],
            [found for future in count for found in future.result()],
        )


def _sparql_results(store: ox.Store, constraints: tuple[Any, ...]) -> Iterator[Any]:
    """The SPARQL constraints' results over ``store`` (the data and the ontology)."""
    from .sparql import evaluate

    return evaluate(store, constraints)


def _count_results(store: ox.Store, counts: tuple[Any, ...]) -> Iterator[Any]:
    """The qualified class counts' results over ``store`` (the data and the ontology)."""
    from .qualified import evaluate

    return evaluate(store, counts)


@dataclass(frozen=True, slots=True)
class _Whole:
    """A result found over the whole graph (a SPARQL constraint's or a qualified count's), in
    rdflib terms: what both the report graph and :class:`Result` are made from."""

    severity: URIRef
    shape: URIRef
    constraint: Node | None  # the SPARQL constraint node, if any
    component: str  # the local name in sh:
    focus: Node
    path: URIRef | None
    value: Node | None
    messages: tuple[str, ...]


def _from_sparql(found: Any) -> _Whole:
    from ..rdf.load import _object

    return _Whole(
        found.constraint.severity,
        found.constraint.shape,
        found.constraint.constraint,
        "SPARQLConstraintComponent",
        _object(found.focus, "<sparql>"),
        URIRef(found.path.value) if found.path is not None else None,
        _object(found.value, "<sparql>"),
        found.messages,
    )


def _from_count(found: Any) -> _Whole:
    from ..rdf.load import _object

    return _Whole(
        found.count.severity,
        found.count.shape,
        None,
        found.component,
        _object(found.focus, "<qualified>"),
        found.count.path,
        None,
        found.messages,
    )


def _add_to_report(report_graph: Graph, whole: list[_Whole]) -> None:
    """Add the results ``whole`` to ``report_graph``, as the engine or pyshacl would."""
    from rdflib import BNode as RBNode

    if not whole:
        return
    (node,) = report_graph.subjects(RDF.type, SH.ValidationReport)
    for one in whole:
        result = RBNode()
        report_graph.add((node, SH.result, result))
        report_graph.add((result, RDF.type, SH.ValidationResult))
        report_graph.add((result, SH.focusNode, one.focus))
        report_graph.add((result, SH.resultSeverity, one.severity))
        report_graph.add((result, SH.sourceShape, one.shape))
        if one.constraint is not None:
            report_graph.add((result, SH.sourceConstraint, one.constraint))
        report_graph.add((result, SH.sourceConstraintComponent, SH[one.component]))
        if one.value is not None:
            report_graph.add((result, SH.value, one.value))
        if one.path is not None:
            report_graph.add((result, SH.resultPath, one.path))
        for message in one.messages:
            report_graph.add((result, SH.resultMessage, Literal(message)))
        if one.severity == SH.Violation:
            report_graph.set((node, SH.conforms, Literal(False)))


@lru_cache(maxsize=4)
def _split(shapes: Graph) -> tuple[Graph, tuple[Any, ...], tuple[Any, ...]]:
    """The shapes left to the engine, the SPARQL constraints and the qualified class counts
    evaluated over the whole graph here instead."""
    from . import qualified as qualifiedshapes
    from . import sparql as sparqlshapes

    rest, constraints = sparqlshapes.split(shapes)
    core, counts = qualifiedshapes.split(rest)
    return core, constraints, counts


_IRI = re.compile(r"<([^<>]*)>")


@lru_cache(maxsize=4)
def _compiled(shapes: Graph) -> Any:
    import shacl

    return shacl.Shapes.from_text(shapes.serialize(format="nt"), format="ntriples")


def _term(term: Node | None, names: NamespaceManager) -> str:
    if term is None:
        return "(none)"
    if isinstance(term, URIRef):
        try:
            prefix, _, local = names.compute_qname_strict(term, generate=False)
            if local:
                return f"{prefix}:{local}"
        except (KeyError, ValueError):
            pass
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        return term.n3(names)
    return str(term)


def _path(path: Node, report: Graph, shapes: Graph, names: NamespaceManager) -> str:
    if not isinstance(path, BNode):
        return _term(path, names)
    for graph in (report, shapes):
        inverse = graph.value(path, SH.inversePath)
        if inverse is not None:
            return "^" + _path(inverse, graph, shapes, names)
        alternatives = graph.value(path, SH.alternativePath)
        if alternatives is not None:
            items = graph.items(alternatives)
            return "|".join(_path(item, graph, shapes, names) for item in items)
        first = graph.value(path, RDF.first)
        if first is not None:
            return "/".join(_path(item, graph, shapes, names) for item in graph.items(path))
    return "(complex path)"


def _label(data: Graph, focus: Node | None) -> str | None:
    if focus is None:
        return None
    for predicate in _LABELS:
        values = sorted(
            (v for v in data.objects(focus, predicate) if isinstance(v, Literal)),
            key=lambda v: (v.language not in (None, "en"), v.language or "", str(v)),
        )
        if values:
            return str(values[0])
    return None


def _message(messages: Iterable[Node]) -> str:
    texts = sorted(
        (m for m in messages if isinstance(m, Literal)),
        key=lambda m: (m.language not in (None, "en"), str(m)),
    )
    return " ".join(str(texts[0]).split()) if texts else "(no message)"


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def check_files(
    paths: Iterable[Path | str],
    *,
    format: str | None = None,
    shapes: Graph | None = None,
    engine: str = "pyshacl",
    max_bytes: int | None = None,
) -> dict[str, Report | str]:
    """Load and validate each file on its own (``"-"`` is standard input).

    With the ``shacl`` engine a file is read straight into N-Triples, never into an rdflib graph.
    Maps each file's name to its report, or to the message saying why it could not be read
    (an :class:`~kzld.errors.InputError`: the file, the line and the reason). A file bigger than
    ``max_bytes`` (default :data:`~kzld.limits.MAX_RDF_BYTES`) is refused unread.
    """
    from ..errors import InputError
    from ..rdf.load import load_graph, load_ntriples

    load = load_ntriples if engine == "shacl" else load_graph
    outcomes: dict[str, Report | str] = {}
    for path in paths:
        name = "<stdin>" if str(path) == "-" else str(path)
        try:
            graph = load(path, format, max_bytes=max_bytes)
        except InputError as error:
            outcomes[name] = str(error)
            continue
        outcomes[name] = validate(graph, shapes=shapes, engine=engine)
    return outcomes


def dumps_json(outcomes: dict[str, Report | str]) -> str:
    """The outcome of checking several files, in order, as one JSON document: a report, or the
    message saying why the file could not be read (``{"file": ..., "error": ...}``)."""
    files = [
        {"file": name, "error": outcome}
        if isinstance(outcome, str)
        else {"file": name, **outcome.as_json()}
        for name, outcome in outcomes.items()
    ]
    return json.dumps({"files": files}, ensure_ascii=False, indent=2)
