"""Queries over the whole graph: none runs unseen past its limit, and none hides a node in a path
sequence (whose random name made the shipped shapes' plans change from run to run)."""

from __future__ import annotations

import warnings
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result
from rdflib import Graph
from rdflib.paths import SequencePath
from rdflib.plugins.sparql import prepareQuery

from kzld.cli import main
from kzld.errors import InputError, SlowQueryWarning
from kzld.validate.shapes import load_shapes, split_shapes
from kzld.validate.sparql import SparqlConstraint, split
from kzld.validate.whole import SLOW_QUERY_ENV, slow_query_seconds, whole_graph_results

SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <https://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex: sh:declare [ sh:prefix "ex" ; sh:namespace "https://example.org/"^^xsd:anyURI ] .
ex:PairSum a sh:NodeShape ; sh:targetClass ex:Count ;
    sh:sparql [ a sh:SPARQLConstraint ; sh:prefixes ex: ;
        sh:message "{$this} and {?other} add up to three" ;
        sh:select \"\"\"SELECT $this ?other WHERE {
            $this ex:n ?a . ?other ex:n ?b .
            FILTER (?a + ?b = 3)
        }\"\"\" ] .
"""
#: Counts 1..N: the constraint compares every pair (a product Oxigraph cannot avoid, N * N
#: filters), and only the pair 1 + 2 breaks it.
N = 1500
EX = "https://example.org/"
INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
DATA = "".join(
    f'<{EX}n{i}> <{TYPE}> <{EX}Count> .\n<{EX}n{i}> <{EX}n> "{i}"^^<{INTEGER}> .\n'
    for i in range(1, N + 1)
)


def store_and_constraints() -> tuple[ox.Store, tuple[SparqlConstraint, ...]]:
    store = ox.Store()
    store.load(DATA.encode(), format=ox.RdfFormat.N_TRIPLES)
    _, constraints = split(Graph().parse(data=SHAPES, format="turtle"))
    return store, constraints


def test_a_query_running_past_its_limit_is_named_and_still_answers() -> None:
    store, constraints = store_and_constraints()
    with pytest.warns(SlowQueryWarning) as caught:
        found, counts = whole_graph_results(store, constraints, (), slow=0.001)
    assert sorted(str(f.focus.value) for f in found) == [
        "https://example.org/n1",
        "https://example.org/n2",
    ]
    assert counts == []
    still, ended = (str(w.message) for w in caught)
    assert still.startswith(
        "the SPARQL constraint of shape <https://example.org/PairSum> (SELECT $this ?other "
        "WHERE { $this ex:n ?a . ?other ex:n ?b . FILTER (?a + ?b = 3) }) has run for "
    )
    assert still.endswith(
        " s over the whole graph and is still running (the limit is 0.001 s, "
        "$KZLD_SLOW_QUERY_SECONDS)"
    )
    assert ended.startswith("the SPARQL constraint of shape <https://example.org/PairSum> (")
    assert " ended after " in ended


def test_a_query_within_its_limit_says_nothing() -> None:
    store, constraints = store_and_constraints()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        found, _ = whole_graph_results(store, constraints, (), slow=600)
    assert len(found) == 2


def test_a_warning_made_an_error_stops_validation_with_the_query_named() -> None:
    store, constraints = store_and_constraints()
    with warnings.catch_warnings():
        warnings.simplefilter("error", SlowQueryWarning)
        with pytest.raises(SlowQueryWarning, match=r"shape <https://example\.org/PairSum>"):
            whole_graph_results(store, constraints, (), slow=0.001)


def _check(tmp_path: Path) -> Result:
    (tmp_path / "shapes.ttl").write_text(SHAPES, encoding="utf-8")
    (tmp_path / "data.nt").write_text(DATA, encoding="utf-8")
    return CliRunner().invoke(
        main,
        ["check", str(tmp_path / "data.nt"), "--shapes", str(tmp_path / "shapes.ttl")],
        env={SLOW_QUERY_ENV: "0.001"},
    )


def test_kzld_check_shows_the_warning_on_stderr(tmp_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("default", SlowQueryWarning)  # as a user runs kzld: no -W error
        result = _check(tmp_path)
    warned = [line for line in result.stderr.splitlines() if line.startswith("Warning: ")]
    assert len(warned) == 2, result.stderr
    assert warned[0].startswith(
        "Warning: the SPARQL constraint of shape <https://example.org/PairSum> (SELECT"
    )
    assert warned[0].endswith("is still running (the limit is 0.001 s, $KZLD_SLOW_QUERY_SECONDS)")
    assert " ended after " in warned[1]
    assert result.exit_code == 1  # the graph does not conform: the pair 1 + 2


def test_kzld_check_fails_at_the_limit_when_the_warning_is_an_error(tmp_path: Path) -> None:
    """``-W error`` (and pytest's ``filterwarnings = error``) makes the slow query an error through
    the command line too: the run stops with the query named, it does not go on warning."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", SlowQueryWarning)
        result = _check(tmp_path)
    assert isinstance(result.exception, SlowQueryWarning)
    assert "shape <https://example.org/PairSum>" in str(result.exception)
    assert result.exit_code == 1
    assert "Warning: the SPARQL constraint" not in result.stderr


def test_the_limit_is_generous_unless_the_environment_sets_another(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(SLOW_QUERY_ENV, raising=False)
    assert slow_query_seconds() == 60.0
    monkeypatch.setenv(SLOW_QUERY_ENV, "2.5")
    assert slow_query_seconds() == 2.5
    for wrong in ("soon", "0", "-3"):
        monkeypatch.setenv(SLOW_QUERY_ENV, wrong)
        with pytest.raises(InputError) as raised:
            slow_query_seconds()
        assert str(raised.value) == (
            f"$KZLD_SLOW_QUERY_SECONDS: {wrong!r} is not a positive number of seconds"
        )


def test_no_shipped_whole_graph_query_hides_a_node_in_a_path_sequence() -> None:
    _, constraints, counts = split_shapes(load_shapes())
    queries = {str(c.shape): c.query for c in constraints}
    queries.update({str(c.shape): c.query for c in counts})
    assert len(queries) == len(constraints) + len(counts) > 17
    hiding = [shape for shape, query in queries.items() if _sequences(prepareQuery(query).algebra)]
    assert hiding == []


def _sequences(node: object) -> bool:
    """Whether a parsed query's algebra holds a path sequence anywhere."""
    if isinstance(node, SequencePath):
        return True
    if isinstance(node, dict):
        return any(_sequences(value) for value in node.values())
    if isinstance(node, list | tuple):
        return any(_sequences(value) for value in node)
    return False
