"""The shipped SHACL shapes: the hand-written example conforms, and each case breaks one rule.

Every case in ``tests/data/shapes/cases/`` is a SPARQL Update applied to ``valid.ttl``; its
``# expect:`` lines name every result validation must give (severity, source shape, focus node,
constraint component), and nothing else may come. Together the cases break every constraint of
every shape (each shape's every constraint component).
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path
from typing import Any

import pytest
from rdflib import RDF, RDFS, BNode, Graph, URIRef
from rdflib.namespace import SH

from kzld.rdf.load import load_graph
from kzld.validate import Report, load_shapes, validate

DATA = Path(__file__).parents[1] / "data" / "shapes"
CASES = sorted((DATA / "cases").glob("*.ru"))
BASE = "https://w3id.org/kzld/id/"
KZLDSH = "https://w3id.org/kzld/shapes#"
PROLOGUE = f"""
BASE <{BASE}>
PREFIX schema: <http://schema.org/>
PREFIX kzld: <https://w3id.org/kzld/vocab#>
PREFIX genre: <https://w3id.org/kzld/vocab/genre/>
PREFIX etype: <https://w3id.org/kzld/vocab/event-type/>
PREFIX okind: <https://w3id.org/kzld/vocab/org-kind/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX void: <http://rdfs.org/ns/void#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
PREFIXES = dict(re.findall(r"^PREFIX (\w+): <([^>]+)>$", PROLOGUE, re.MULTILINE))
EXPECT = re.compile(r"^# expect: (Violation|Warning|Info) (\S+) (\S+) ([A-Za-z]+)$", re.MULTILINE)


def expected(case: Path) -> list[tuple[str, str, str, str]]:
    """(severity, source shape, focus, component) a case names; a focus ``_:`` is a blank node,
    the component is short (``MinCount`` for ``sh:MinCountConstraintComponent``)."""
    found = []
    text = case.read_text(encoding="utf-8")
    for severity, shape, focus, component in EXPECT.findall(text):
        focus = "_:" if focus == "_:" else f"<{BASE}{focus}>"
        found.append((severity, f"kzldsh:{shape}", focus, f"sh:{component}ConstraintComponent"))
    lines = [
        line
        for line in text.splitlines()
        if line.startswith("# expect:") and line != "# expect: nothing (conforms)"
    ]
    assert len(lines) == len(found), f"{case.name}: an # expect: line is malformed"
    return sorted(found)


def outcome(report: Report) -> list[tuple[str, str, str, str]]:
    return sorted(
        (r.severity, r.source_shape, "_:" if r.focus.startswith("_:") else r.focus, r.component)
        for r in report.results
    )


def edited(case: Path) -> Graph:
    graph = load_graph(DATA / "valid.ttl")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # ill-typed literals on purpose
        # rdflib forgets the prologue's prefixes after the first operation: pass them again.
        graph.update(PROLOGUE + case.read_text(encoding="utf-8"), initNs=PREFIXES)
    return graph


def test_the_hand_written_example_conforms_without_any_result() -> None:
    report = validate(load_graph(DATA / "valid.ttl"), engine="pyshacl")
    assert report.conforms
    assert report.results == (), report.as_text()
    assert report.summary() == "conforms: 0 violations, 0 warnings, 0 infos"


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_each_case_gives_exactly_the_results_it_names(case: Path) -> None:
    graph = edited(case)
    assert len(graph) != len(load_graph(DATA / "valid.ttl")) or "DELETE" in case.read_text()
    report = validate(graph, engine="pyshacl")
    assert outcome(report) == expected(case), report.as_text()
    assert report.conforms == (expected(case) == [])  # SHACL 3.6.1: no result at all
    assert report.fails() == any(s == "Violation" for s, *_ in expected(case))
    assert [r.message for r in report.results if "{?" in r.message or "{$" in r.message] == []
    # The faster engine reports exactly the same, field for field.
    assert comparable(validate(graph, engine="shacl")) == comparable(report)


def shape_names(shapes: Graph) -> set[str]:
    """Local names of the kzld shapes that can give a result (with a target or a path)."""
    names = set()
    for shape in set(shapes.subjects(RDF.type, SH.NodeShape)) | set(
        shapes.subjects(RDF.type, SH.PropertyShape)
    ):
        if isinstance(shape, URIRef) and str(shape).startswith(KZLDSH):
            names.add(str(shape)[len(KZLDSH) :])
    return names - {"GenreConcept", "EventTypeConcept", "OrganisationKindConcept"}


def test_every_shape_is_broken_by_some_case() -> None:
    covered = {shape.removeprefix("kzldsh:") for case in CASES for _, shape, *_ in expected(case)}
    assert shape_names(load_shapes()) - covered == set()


#: The constraint component each SHACL parameter a kzld shape uses belongs to.
COMPONENTS = {
    SH.minCount: "MinCount", SH.maxCount: "MaxCount", SH.datatype: "Datatype",
    SH.pattern: "Pattern", SH["class"]: "Class", SH.nodeKind: "NodeKind", SH["or"]: "Or",
    SH.node: "Node", SH.sparql: "SPARQL", SH["in"]: "In", SH.hasValue: "HasValue",
    SH.languageIn: "LanguageIn", SH.uniqueLang: "UniqueLang", SH.lessThan: "LessThan",
    SH.lessThanOrEquals: "LessThanOrEquals", SH.minInclusive: "MinInclusive",
    SH.maxInclusive: "MaxInclusive", SH.minExclusive: "MinExclusive",
    SH.maxExclusive: "MaxExclusive", SH.minLength: "MinLength", SH.maxLength: "MaxLength",
    SH["not"]: "Not", SH["and"]: "And", SH.xone: "Xone", SH.equals: "Equals",
    SH.disjoint: "Disjoint", SH.closed: "Closed", SH.qualifiedMinCount: "QualifiedMinCount",
    SH.qualifiedMaxCount: "QualifiedMaxCount",
}  # fmt: skip
#: Parameters that are not constraints of their own.
NOT_CONSTRAINTS = {
    SH.path, SH.severity, SH.message, SH.property, SH.targetClass, SH.targetNode,
    SH.targetSubjectsOf, SH.targetObjectsOf, SH.target, SH.declare, SH.name, SH.description,
    SH.deactivated, SH.flags, SH.order, SH.group, SH.ignoredProperties, SH.qualifiedValueShape,
    SH.qualifiedValueShapesDisjoint,
}  # fmt: skip


def test_every_constraint_of_every_shape_is_broken_by_some_case() -> None:
    """Not only each shape: each of its constraints (a shape with sh:minCount, sh:maxCount and
    sh:datatype needs a case with a missing value, one with two and one of the wrong type)."""
    shapes = load_shapes()
    constraints = set()
    for name in shape_names(shapes):
        for parameter in shapes.predicates(URIRef(KZLDSH + name)):
            if isinstance(parameter, URIRef) and parameter in COMPONENTS:
                constraints.add((name, COMPONENTS[parameter]))
            else:
                assert parameter in NOT_CONSTRAINTS or not str(parameter).startswith(str(SH)), (
                    f"{name}: {parameter} is not known to this test"
                )
    covered = {
        (shape.removeprefix("kzldsh:"), component[3 : -len("ConstraintComponent")])
        for case in CASES
        for _, shape, _, component in expected(case)
    }
    assert sorted(constraints - covered) == []


def test_every_shape_has_a_message_and_a_comment() -> None:
    """Every named shape in shapes/, the helper shapes used through sh:node included; those
    that give results of their own also have a severity."""
    shapes = load_shapes()
    named = {
        str(s)[len(KZLDSH) :]
        for kind in (SH.NodeShape, SH.PropertyShape)
        for s in shapes.subjects(RDF.type, kind)
        if str(s).startswith(KZLDSH)
    }
    assert len(named) > 100 and shape_names(shapes) < named
    lacking = []
    for name in sorted(named):
        shape = URIRef(KZLDSH + name)
        messages = list(shapes.objects(shape, SH.message)) + [
            m for c in shapes.objects(shape, SH.sparql) for m in shapes.objects(c, SH.message)
        ]
        if not messages or shapes.value(shape, RDFS.comment) is None:
            lacking.append(name)
        if name in shape_names(shapes) and shapes.value(shape, SH.severity) is None:
            lacking.append(f"{name} (severity)")
    assert lacking == []


def test_data_is_not_modified_by_validation() -> None:
    graph = load_graph(DATA / "valid.ttl")
    before = len(graph)
    validate(graph, engine="pyshacl")
    assert len(graph) == before


def test_results_render_focus_label_path_value_and_message() -> None:
    report = validate(edited(DATA / "cases" / "statement-date-ill-typed.ru"), engine="pyshacl")
    (result,) = report.results
    assert result.focus == f"<{BASE}statement/s1>"
    assert result.focus_label == "Solidarity motion on the ban"
    assert result.path == "schema:dateCreated"
    assert result.value == '"2015-13-01"^^xsd:date'
    assert result.component == "sh:DatatypeConstraintComponent"
    assert result.message.startswith("schema:dateCreated must be one valid xsd:date")
    text = report.as_text()
    assert text.splitlines()[0] == f"<{BASE}statement/s1>  (Solidarity motion on the ban)"
    assert text.splitlines()[-1] == (
        "does not conform: 1 violation, 0 warnings, 0 infos "
        "(1 at or above --fail-on violation: fails)"
    )


def test_sparql_messages_name_the_values() -> None:
    report = validate(edited(DATA / "cases" / "signature-position-gap.ru"), engine="pyshacl")
    (result,) = report.results
    assert result.message.startswith(
        "Position 3 follows a gap: no signature in the same section has position 2"
    )
    assert result.path == "schema:position"


def test_alternative_path_is_rendered() -> None:
    report = validate(edited(DATA / "cases" / "statement-undated.ru"), engine="pyshacl")
    (result,) = report.results
    assert result.path == "schema:dateCreated|schema:datePublished"
    assert not report.conforms
    assert report.fails("info") and not report.fails("warning") and not report.fails()


def test_results_are_ordered_by_severity_and_grouped_by_focus() -> None:
    report = validate(edited(DATA / "cases" / "statement-blank-node.ru"), engine="pyshacl")
    severities = [r.severity for r in report.results]
    assert severities == sorted(severities, key=["Violation", "Warning", "Info"].index)
    assert report.counts == {"Violation": 5, "Warning": 1, "Info": 1}


def test_the_report_graph_is_a_shacl_validation_report() -> None:
    report = validate(edited(DATA / "cases" / "org-no-country.ru"), engine="pyshacl")
    graph = report.report_graph
    (node,) = graph.subjects(RDF.type, SH.ValidationReport)
    (result,) = graph.objects(node, SH.result)
    assert graph.value(result, SH.focusNode) == URIRef(f"{BASE}org/pt")
    assert graph.value(result, SH.resultSeverity) == SH.Info
    assert not isinstance(graph.value(result, SH.sourceShape), BNode)


def comparable(report: Report) -> list[tuple[str | None, ...]]:
    """Every field of every result; blank nodes (relabelled by the shacl engine) as ``_:``."""

    def plain(text: str | None) -> str | None:
        return "_:" if text is not None and text.startswith("_:") else text

    def labels_out(message: str) -> str:
        """The message with blank node labels (each engine has its own) as ``_:``."""
        return re.sub(r"\b(?:_:\w+|N[0-9a-f]{32})\b", "_:", message)

    return sorted(
        (
            r.severity,
            plain(r.focus),
            "" if r.focus.startswith("_:") else r.focus_label or "",
            r.path or "",
            plain(r.value) or "",
            labels_out(r.message),
            r.source_shape,
            r.component,
        )
        for r in report.results
    )


GRAPHS = [
    DATA / "valid.ttl",
    *(p for p in sorted((DATA.parent / "check").iterdir()) if p.name != "broken.ttl"),
]


@pytest.mark.parametrize("case", GRAPHS, ids=[c.name for c in GRAPHS])
def test_the_shacl_engine_reports_exactly_what_pyshacl_reports(case: Path) -> None:
    """On the graphs that are not cases (those are compared in the case test)."""
    graph = load_graph(case)
    reference = validate(graph, engine="pyshacl")
    fast = validate(graph, engine="shacl")
    assert comparable(fast) == comparable(reference)
    assert fast.conforms == reference.conforms
    assert len(list(fast.report_graph.subjects(RDF.type, SH.ValidationResult))) == len(
        reference.results
    )


def test_the_library_validates_with_the_shacl_engine_by_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """As the CLI and the build do: pyshacl (about 300 times slower) only when asked for."""
    import pyshacl

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("pyshacl ran")

    monkeypatch.setattr(pyshacl, "validate", refuse)
    graph = edited(DATA / "cases" / "org-no-country.ru")
    assert comparable(validate(graph)) == comparable(validate(graph, engine="shacl"))
    (result,) = validate(graph).results
    assert (result.severity, result.focus) == ("Info", f"<{BASE}org/pt>")
    with pytest.raises(AssertionError, match="pyshacl ran"):
        validate(graph, engine="pyshacl")


def test_an_unknown_engine_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown SHACL engine 'jena'"):
        validate(Graph(), engine="jena")


def test_sparql_constraints_start_from_the_focus_node() -> None:
    """Every basic graph pattern a SPARQL constraint evaluates first is joined to ``$this``:
    otherwise rdflib may start each per-focus query with a scan of the whole graph."""
    from rdflib.plugins.sparql.parserutils import CompValue
    from rdflib.term import Variable

    from kzld.validate.sparqlplan import prepared

    shapes = load_shapes()
    prologue = "".join(
        f"PREFIX {shapes.value(d, SH.prefix)}: <{shapes.value(d, SH.namespace)}>\n"
        for d in shapes.objects(URIRef(KZLDSH), SH.declare)
    )
    selects = sorted(str(q) for q in shapes.objects(None, SH.select))
    assert len(selects) == 17

    def first_triples(node: object) -> list[tuple[object, ...]]:
        if isinstance(node, CompValue):
            if node.name == "BGP":
                return [node["triples"][0]]
            if node.name in ("Builtin_EXISTS", "Builtin_NOTEXISTS"):
                return []  # evaluated with the outer variables bound
            if node.name == "LeftJoin":
                return first_triples(node["p1"])  # the OPTIONAL part, likewise
            return [
                t for key, value in node.items() if key != "_vars" for t in first_triples(value)
            ]
        if isinstance(node, list):
            return [t for item in node for t in first_triples(item)]
        return []

    for select in selects:
        firsts = first_triples(prepared(prologue + select).algebra)
        assert firsts and all(Variable("this") in triple for triple in firsts), select


def test_a_message_never_shows_an_unbound_placeholder() -> None:
    report = validate(
        edited(DATA / "cases" / "evidence-reversed-without-text.ru"), engine="pyshacl"
    )
    messages = [r.message for r in report.results]
    assert any("(text length unknown)" in m for m in messages)
    assert not any("{?" in m or "{$" in m for m in messages)


def test_the_shacl_engine_reads_a_private_file_or_the_text_and_reports_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The engine's input goes through a temporary file that is gone afterwards; without a
    writable temporary folder it goes as text, with the same report."""
    import tempfile

    from kzld.rdf.load import load_ntriples
    from kzld.validate.engines import ENGINE_FILE_PREFIX

    case = DATA.parent / "check" / "violations.ttl"
    data = load_ntriples(case)
    made: list[Path] = []
    mkstemp = tempfile.mkstemp

    def spied(*args: Any, **kwargs: Any) -> tuple[int, str]:
        handle, name = mkstemp(*args, **kwargs)
        made.append(Path(name))
        assert Path(name).stat().st_mode & 0o777 == 0o600  # private
        return handle, name

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(tempfile, "mkstemp", spied)
    through_file = validate(data, engine="shacl")
    assert [p.parent for p in made] == [tmp_path]
    assert made[0].name.startswith(ENGINE_FILE_PREFIX) and made[0].suffix == ".nt"
    assert list(tmp_path.iterdir()) == []  # the private file is removed
    assert not through_file.conforms

    def no_room(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tempfile, "mkstemp", no_room)
    as_text = validate(data, engine="shacl")
    assert as_text.as_json() == through_file.as_json()
    assert as_text.as_json() == validate(load_graph(case), engine="pyshacl").as_json()


def test_the_whole_graph_queries_run_two_at_a_time_with_the_results_of_one_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Running the SPARQL constraints and qualified counts in threads changes nothing: the same
    results, in the order of the constraints."""
    import pyoxigraph as ox

    from kzld.rdf.terms import ox_triples
    from kzld.validate import qualified as qualifiedshapes
    from kzld.validate import sparql as sparqlshapes
    from kzld.validate import whole
    from kzld.validate.shapes import split_shapes

    graph = edited(DATA / "cases" / "evidence-two-position-selectors.ru")
    for name in ("evidence-quote-mismatch", "signature-position-gap"):  # one graph, all three
        graph.update(PROLOGUE + (DATA / "cases" / f"{name}.ru").read_text(), initNs=PREFIXES)
    store = ox.Store()
    store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in ox_triples(graph))
    _, constraints, counts = split_shapes(load_shapes())
    one_at_a_time = (
        list(sparqlshapes.evaluate(store, constraints)),
        list(qualifiedshapes.evaluate(store, counts)),
    )
    assert len(one_at_a_time[0]) >= 2 and one_at_a_time[1]  # both kinds break somewhere
    for threads in (1, 2, 4):
        monkeypatch.setattr(whole, "QUERY_THREADS", threads)
        assert whole.whole_graph_results(store, constraints, counts) == one_at_a_time


def test_the_shipped_shapes_split_are_kept_and_validate_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The shipped shapes split for the engine are kept between runs (:mod:`kzld.derived`): a
    later process validates without parsing the shapes or the ontology, with the same results."""
    from kzld.derived import CACHE_ENV
    from kzld.rdf.triples import in_order, ntriples, triples_of
    from kzld.validate import shapes

    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    seeds = Path(__file__).parents[2] / "out" / "kzld.ttl"
    data = ntriples(triples_of(in_order(load_graph(seeds))))
    shapes._default_prepared.cache_clear()
    made = validate(data)
    assert made.results  # the seeds give warnings and infos: there is something to compare
    assert (tmp_path / "shapes" / "prepared.json").is_file()

    def parsed(*args: object, **kwargs: object) -> Graph:
        raise AssertionError("the shapes or the ontology parsed again")

    for cached in (shapes._default_prepared, shapes._default_shapes, shapes.ontology):
        cached.cache_clear()  # as in a new process
    monkeypatch.setattr(shapes, "load_graph", parsed)
    try:
        again = validate(data, graph=False)
    finally:
        shapes._default_prepared.cache_clear()
    assert again.results == made.results
