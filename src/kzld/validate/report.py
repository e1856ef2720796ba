"""What a validation reports: :class:`Result` and :class:`Report`, and how results are made from
a SHACL validation report graph and rendered (prefixed names, paths, labels, messages)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SH, NamespaceManager
from rdflib.term import BNode, Node

from ..rdf.namespaces import OA, REPORT_PREFIXES, SCHEMA, shorten

__all__ = [
    "LABELS",
    "RANK",
    "SEVERITIES",
    "SEVERITY_OF",
    "Report",
    "Result",
    "dumps_json",
    "dumps_turtle",
    "in_order",
    "label_of",
    "message_of",
    "prefix_names",
    "render_path",
    "render_term",
    "result_of",
    "results_of",
]

#: Severities, worst first, by their short names.
SEVERITIES = ("Violation", "Warning", "Info")
#: The short name of each SHACL severity.
SEVERITY_OF: dict[URIRef, str] = {
    SH.Violation: "Violation",
    SH.Warning: "Warning",
    SH.Info: "Info",
}
#: Each severity's rank, worst first.
RANK = {name: rank for rank, name in enumerate(SEVERITIES)}
#: Properties whose value names a node, in order of preference.
LABELS = (SCHEMA.name, SKOS.prefLabel, RDFS.label, DCTERMS.title, OA.exact)


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

    def __post_init__(self) -> None:
        # SHACL 3.6.1: sh:conforms is true exactly when there is no validation result, whatever
        # its severity (engines that allow warnings say true beside them; the report may not).
        for node in self.report_graph.subjects(RDF.type, SH.ValidationReport):
            self.report_graph.set((node, SH.conforms, Literal(self.conforms)))

    @property
    def conforms(self) -> bool:
        """True when there is no result at all (SHACL 3.6.1); see :meth:`fails` for the exit."""
        return not self.results

    @property
    def counts(self) -> dict[str, int]:
        """The number of results per severity, every severity present."""
        counts = dict.fromkeys(SEVERITIES, 0)
        for result in self.results:
            counts[result.severity] += 1
        return counts

    def failing(self, fail_on: str = "violation") -> int:
        """How many results are at least as severe as ``fail_on`` (violation/warning/info)."""
        threshold = RANK[fail_on.capitalize()]
        return sum(1 for r in self.results if RANK[r.severity] <= threshold)

    def fails(self, fail_on: str = "violation") -> bool:
        """True when a result is at least as severe as ``fail_on`` (violation/warning/info)."""
        return self.failing(fail_on) > 0

    def summary(self, fail_on: str = "violation") -> str:
        """One line: whether it conforms, the counts, and (with results) which of them decide
        the exit status under ``fail_on``."""
        counts = self.counts
        parts = ", ".join(
            f"{counts[s]} {s.lower()}{'' if counts[s] == 1 else 's'}" for s in SEVERITIES
        )
        if self.conforms:
            return f"conforms: {parts}"
        failing = self.failing(fail_on)
        decided = (
            f"{failing} at or above --fail-on {fail_on}: fails"
            if failing
            else f"none at or above --fail-on {fail_on}: passes"
        )
        return f"does not conform: {parts} ({decided})"

    def as_text(self, name: str | None = None, fail_on: str = "violation") -> str:
        """Results grouped by focus node (worst first), then the summary line (prefixed with
        ``name``, the file checked, when given)."""
        groups: dict[str, list[Result]] = {}
        for result in self.results:
            groups.setdefault(result.focus, []).append(result)
        lines: list[str] = []
        for focus, results in groups.items():
            label = results[0].focus_label
            lines.append(f"{focus}" + (f"  ({_shortened(label, 60)})" if label else ""))
            for result in results:
                where = result.path or "(node)"
                value = f" = {_shortened(result.value, 60)}" if result.value is not None else ""
                lines.append(f"  {result.severity:<9} {where}{value}")
                lines.append(f"            {result.message}  [{result.source_shape}]")
            lines.append("")
        summary = self.summary(fail_on)
        lines.append(f"{name}: {summary}" if name else summary)
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


def prefix_names() -> NamespaceManager:
    """A namespace manager with the report prefixes (for literals' datatypes)."""
    names = NamespaceManager(Graph(), bind_namespaces="none")
    for prefix, namespace in REPORT_PREFIXES.items():
        names.bind(prefix, namespace)
    return names


def result_of(
    names: NamespaceManager,
    *,
    severity: Node | None,
    focus: Node | None,
    label: str | None,
    path: str | None,
    value: Node | None,
    messages: Iterable[Node],
    shape: Node | None,
    component: Node | None,
) -> Result:
    """The one way a :class:`Result` is made, whichever engine found it: its terms rendered
    (:func:`render_term`), a severity kzld does not know counted as a violation, one of the
    ``messages`` chosen (:func:`message_of`). ``path`` is rendered already (in SPARQL's
    notation), as only the engine that found it can; ``label`` is the focus node's name."""
    known = SEVERITY_OF.get(severity) if isinstance(severity, URIRef) else None
    return Result(
        severity=known or "Violation",
        focus=render_term(focus, names),
        focus_label=label,
        path=path,
        value=render_term(value, names) if value is not None else None,
        message=message_of(messages),
        source_shape=render_term(shape, names),
        component=render_term(component, names),
    )


def results_of(report: Graph, data: Graph, shapes: Graph) -> tuple[Result, ...]:
    """The results of a SHACL validation report graph, in order (:func:`in_order`)."""
    names = prefix_names()
    results = []
    for node in report.objects(None, SH.result):
        focus = report.value(node, SH.focusNode)
        path = report.value(node, SH.resultPath)
        results.append(
            result_of(
                names,
                severity=report.value(node, SH.resultSeverity),
                focus=focus,
                label=label_of(data, focus),
                path=render_path(path, report, shapes, names) if path is not None else None,
                value=report.value(node, SH.value),
                messages=report.objects(node, SH.resultMessage),
                shape=report.value(node, SH.sourceShape),
                component=report.value(node, SH.sourceConstraintComponent),
            )
        )
    return in_order(results)


def in_order(results: list[Result]) -> tuple[Result, ...]:
    """Worst severity first, grouped by focus node (the worst focus first)."""
    results.sort(
        key=lambda r: (RANK[r.severity], r.focus, r.path or "", r.source_shape, r.value or "")
    )
    order: dict[str, int] = {}
    for index, result in enumerate(results):
        order.setdefault(result.focus, index)
    return tuple(sorted(results, key=lambda r: order[r.focus]))


def render_term(term: Node | None, names: NamespaceManager) -> str:
    """A term as a report shows it: a prefixed name, ``<IRI>``, ``_:label`` or a literal."""
    if term is None:
        return "(none)"
    if isinstance(term, URIRef):
        return shorten(str(term), REPORT_PREFIXES) or f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        return term.n3(names)
    return str(term)


def render_path(path: Node, report: Graph, shapes: Graph, names: NamespaceManager) -> str:
    """A SHACL property path in SPARQL's notation."""
    if not isinstance(path, BNode):
        return render_term(path, names)
    for graph in (report, shapes):
        inverse = graph.value(path, SH.inversePath)
        if inverse is not None:
            return "^" + render_path(inverse, graph, shapes, names)
        alternatives = graph.value(path, SH.alternativePath)
        if alternatives is not None:
            items = graph.items(alternatives)
            return "|".join(render_path(item, graph, shapes, names) for item in items)
        first = graph.value(path, RDF.first)
        if first is not None:
            return "/".join(render_path(item, graph, shapes, names) for item in graph.items(path))
    return "(complex path)"


def label_of(data: Graph, focus: Node | None) -> str | None:
    """The name a person knows ``focus`` by in ``data`` (English or untagged first)."""
    if focus is None:
        return None
    for predicate in LABELS:
        values = sorted(
            (v for v in data.objects(focus, predicate) if isinstance(v, Literal)),
            key=lambda v: (v.language not in (None, "en"), v.language or "", str(v)),
        )
        if values:
            return str(values[0])
    return None


def message_of(messages: Iterable[Node]) -> str:
    """One message of ``messages`` (English or untagged first), its white space folded."""
    texts = sorted(
        (m for m in messages if isinstance(m, Literal)),
        key=lambda m: (m.language not in (None, "en"), str(m)),
    )
    return " ".join(str(texts[0]).split()) if texts else "(no message)"


def _shortened(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


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


def dumps_turtle(reports: Iterable[Report]) -> str:
    """The SHACL validation reports of several files merged into one graph, as Turtle."""
    merged = Graph()
    for report in reports:
        merged += report.report_graph
    merged.bind("sh", str(SH))
    return merged.serialize(format="turtle")
