"""The W3C SHACL test suite (``tests/data/w3c-shacl/``) read into cases, and kzld's outcome on each.

Each case is one ``sht:Validate`` entry of a test file: a data graph, a shapes graph and the
expected outcome, a validation report or ``sht:Failure``. :func:`outcome` runs the case through
what ``kzld check --shapes SHAPES DATA`` runs (:func:`kzld.validate.check_files` with
:func:`kzld.validate.load_shapes`), in-process, with one engine, and gives the results in the form
the expected report is compared in: a set of (focus node, path, value, severity, source shape,
constraint component), blank nodes written by what they are (a path by its structure, a shape by
its path and its constraints; a blank focus node or value as ``_:``).

``python tests/validate/w3c_shacl.py`` prints the figures (cases passed by suite and engine).
"""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from rdflib import RDF, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

SUITE = Path(__file__).parents[1] / "data" / "w3c-shacl"
KNOWN_FAILURES = SUITE / "known-failures.toml"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
SHT = Namespace("http://www.w3.org/ns/shacl-test#")
ENGINES = ("shacl", "pyshacl")

Row = tuple[str, str, str, str, str, str]


@dataclass(frozen=True)
class Case:
    """One test of the suite."""

    #: ``core/node/class-001`` (the file, without ``.ttl``; a file holds one test).
    name: str
    data: Path
    shapes: Path
    #: The expected results, or None where the shapes must be refused (``sht:Failure``).
    expected: frozenset[Row] | None
    conforms: bool | None


def cases() -> list[Case]:
    """Every case of the suite, in file order."""
    from kzld.rdf.load import load_graph

    found = []
    for path in sorted(SUITE.rglob("*.ttl")):
        if path.name == "manifest.ttl":
            continue
        graph = load_graph(path)  # as kzld reads it: relative IRIs, literals as written
        for entry in graph.subjects(RDF.type, SHT.Validate):
            action = graph.value(entry, MF.action)
            result = graph.value(entry, MF.result)
            if result == SHT.Failure or result is None:
                expected, conforms = None, None
            else:
                expected = frozenset(_rows(graph, graph, result))
                conforms = graph.value(result, SH.conforms) == Literal(True)
            found.append(
                Case(
                    str(path.relative_to(SUITE).with_suffix("")),
                    _file(graph.value(action, SHT.dataGraph)),
                    _file(graph.value(action, SHT.shapesGraph)),
                    expected,
                    conforms,
                )
            )
    return found


def _file(iri: Node | None) -> Path:
    assert isinstance(iri, URIRef), iri
    return Path(unquote(urlsplit(str(iri)).path))


@dataclass(frozen=True)
class Outcome:
    """What kzld made of a case: the results and ``sh:conforms``, or the error it gave."""

    rows: frozenset[Row] | None
    conforms: bool | None
    error: str | None = None


def outcome(case: Case, engine: str) -> Outcome:
    """The case run as ``kzld check --engine ENGINE --shapes SHAPES DATA`` runs it."""
    from kzld.validate import check_files, load_shapes

    try:
        shapes = load_shapes([case.shapes])
        (report,) = check_files([case.data], shapes=shapes, engine=engine).values()
    except Exception as error:
        # pyshacl and the shacl engine raise their own errors for shapes they refuse
        return Outcome(None, None, f"{type(error).__name__}: {error}")
    if isinstance(report, str):
        return Outcome(None, None, report)
    graph = report.report_graph
    (node,) = graph.subjects(RDF.type, SH.ValidationReport)
    rows = frozenset(_rows(graph, shapes, node))
    return Outcome(rows, graph.value(node, SH.conforms) == Literal(True))


def passes(case: Case, found: Outcome) -> bool:
    """Whether ``found`` is what the suite expects of ``case``."""
    if case.expected is None:
        return found.rows is None
    return found.rows == case.expected and found.conforms == case.conforms


def _rows(report: Graph, shapes: Graph, node: Node) -> Iterator[Row]:
    for result in report.objects(node, SH.result):
        yield (
            _term(report.value(result, SH.focusNode)),
            _path(report.value(result, SH.resultPath), report, shapes),
            _term(report.value(result, SH.value)),
            _term(report.value(result, SH.resultSeverity)),
            _shape(report.value(result, SH.sourceShape), report, shapes),
            _term(report.value(result, SH.sourceConstraintComponent)),
        )


def _term(term: Node | None) -> str:
    if term is None:
        return "-"
    if isinstance(term, BNode):
        return "_:"
    if isinstance(term, Literal):
        return term.n3()
    return f"<{term}>"


def _path(path: Node | None, *graphs: Graph) -> str:
    """A SHACL path in SPARQL's property path syntax (blank nodes by their structure)."""
    if not isinstance(path, BNode):
        return _term(path)
    for graph in graphs:
        items = list(graph.items(path)) if graph.value(path, RDF.first) is not None else []
        if items:
            return "(" + "/".join(_path(item, *graphs) for item in items) + ")"
        for key, form in (
            (SH.inversePath, "^{}"),
            (SH.zeroOrMorePath, "{}*"),
            (SH.oneOrMorePath, "{}+"),
            (SH.zeroOrOnePath, "{}?"),
        ):
            inner = graph.value(path, key)
            if inner is not None:
                return form.format(_path(inner, *graphs))
        alternatives = graph.value(path, SH.alternativePath)
        if alternatives is not None:
            return "(" + "|".join(_path(i, *graphs) for i in graph.items(alternatives)) + ")"
    return "_:path"


def _shape(shape: Node | None, *graphs: Graph) -> str:
    """A shape: its IRI, or for a blank one its path and constraints (what tells it apart)."""
    if not isinstance(shape, BNode):
        return _term(shape)
    for graph in graphs:
        described = sorted(
            f"{_term(p)} {_path(o, *graphs) if p == SH.path else _term(o)}"
            for p, o in graph.predicate_objects(shape)
        )
        if described:
            return "[" + "; ".join(described) + "]"
    return "_:shape"


def known_failures() -> dict[str, dict[str, str]]:
    """``{engine: {case: reason}}`` from ``known-failures.toml``."""
    with KNOWN_FAILURES.open("rb") as stream:
        data = tomllib.load(stream)
    return {engine: dict(data.get(engine, {})) for engine in ENGINES}


def main() -> None:
    """Print, for each suite and engine, how many cases pass."""
    everything = cases()
    known = known_failures()
    for suite in ("core", "sparql"):
        chosen = [case for case in everything if case.name.startswith(suite + "/")]
        for engine in ENGINES:
            passed = [case.name for case in chosen if passes(case, outcome(case, engine))]
            listed = sum(1 for case in chosen if case.name in known[engine])
            print(f"{suite:<6} {engine:<8} {len(passed)}/{len(chosen)} pass ({listed} listed)")
            if "-v" in sys.argv:
                for case in chosen:
                    if case.name not in passed:
                        print(f"    fails: {case.name}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
    main()
