"""The final ORDER BY that kzld does itself (kzld.query.ordering): the same order as oxigraph's, on
every kind of term, and oxigraph's own wherever that cannot be made sure of."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzld.query.ordering import sort_rows
from kzld.query.run import catalogue, open_store, run_query
from kzld.rdf.sparql import split_order

ROOT = Path(__file__).resolve().parents[2]
SMALL = Path(__file__).parents[1] / "data" / "query" / "small.ttl"
EX = "https://example.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"


S = (("s", False),)


@pytest.mark.parametrize(
    ("text", "keys", "offset", "limit"),
    [
        ("SELECT * { ?s ?p ?o } ORDER BY ?s", S, 0, None),
        (
            "SELECT * { ?s ?p ?o }\norder by desc( ?o ) ASC(?s) ?p",
            (("o", True), ("s", False), ("p", False)),
            0,
            None,
        ),
        ("SELECT * { ?s ?p ?o } ORDER BY ?s LIMIT 10 OFFSET 5", S, 5, 10),
        ("SELECT * { ?s ?p ?o } ORDER BY ?s OFFSET 5", S, 5, None),
        (
            "SELECT ?s (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?s HAVING (COUNT(*) > 1) "
            "ORDER BY DESC(?n)",
            (("n", True),),
            0,
            None,
        ),
        (
            'SELECT * { ?s ?p "} ORDER BY ?x" } # } ORDER BY ?y\nORDER BY ?s # ORDER BY ?z',
            S,
            0,
            None,
        ),
        ("SELECT * { { SELECT ?s { ?s ?p ?o } ORDER BY ?o LIMIT 1 } } ORDER BY ?s", S, 0, None),
    ],
)
def test_split_order(
    text: str, keys: tuple[tuple[str, bool], ...], offset: int, limit: int | None
) -> None:
    ordering = split_order(text)
    assert ordering is not None
    assert (ordering.keys, ordering.offset, ordering.limit) == (keys, offset, limit)
    head = ordering.text.removesuffix("\n")
    assert text.startswith(head)
    assert text[len(head) :].upper().startswith("ORDER BY")


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * { ?s ?p ?o }",
        "SELECT * { ?s ?p ?o } ORDER BY STR(?s)",
        "SELECT * { ?s ?p ?o } ORDER BY (?s)",
        "SELECT * { ?s ?p ?o } ORDER BY ?s + 1",
        "SELECT * { ?s ?p ?o } ORDER BY ?s VALUES ?s { <a:b> }",
        "SELECT REDUCED * { ?s ?p ?o } ORDER BY ?s",
        "SELECT * { ?s ?p ?o } ORDER BY ?s LIMIT 1 LIMIT 2",
        "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } ORDER BY ?s",
        "ASK { ?s ?p ?o }",
        "SELECT * { { SELECT ?s { ?s ?p ?o } ORDER BY ?s } }",
    ],
)
def test_split_order_leaves_other_queries_to_oxigraph(text: str) -> None:
    assert split_order(text) is None


def test_every_catalogue_query_is_sorted_here_on_the_seeds() -> None:
    graph = ROOT / "out" / "kzld.ttl"
    store = open_store(graph if graph.is_file() else SMALL)
    for name, path in catalogue().items():
        ordering = split_order(path.read_text(encoding="utf-8"))
        assert ordering is not None, name
        answer = store.query(ordering.text)
        assert isinstance(answer, ox.QuerySolutions)
        variables = [v.value for v in answer.variables]
        rows = [tuple(solution) for solution in answer]
        assert sort_rows(variables, rows, ordering) is not None, name


# ---- the same order as oxigraph's, whatever the terms -------------------------------------


#: Terms of every kind a key can hold: IRIs, blank nodes, strings, language strings,
#: integers (small, negative, beyond 64 bits), decimals, dates, booleans.
def iri(name: str) -> str:
    return f"<{EX}{name}>"


def typed(datatype: str) -> Callable[[object], str]:
    return lambda value: f'"{value}"^^<{XSD}{datatype}>'


TERMS = st.one_of(
    st.sampled_from(["a", "b", "é", "B", "a/b", "ab", "a-b", "\U0001f600"]).map(iri),
    st.sampled_from(["x", "y"]).map(lambda s: f"_:{s}"),
    st.text(alphabet="aAbé😀 -", max_size=3).map(lambda s: f'"{s}"'),
    st.tuples(st.sampled_from(["a", "b", "é"]), st.sampled_from(["en", "ru", "de-CH"])).map(
        lambda t: f'"{t[0]}"@{t[1]}'
    ),
    st.integers(-5, 5).map(typed("integer")),
    st.sampled_from(["007", "+3", "99999999999999999999", "-9223372036854775808"]).map(
        typed("integer")
    ),
    st.sampled_from(["1.5", "2"]).map(typed("decimal")),
    st.sampled_from(["2020-01-01", "2019-12-31"]).map(typed("date")),
    st.just("true").map(typed("boolean")),
)
#: Columns of one kind, as real queries have them, so that kzld sorts rather than oxigraph.
HOMOGENEOUS = st.sampled_from(
    [
        st.sampled_from(["a", "b", "é", "B", "a/b"]).map(iri),
        st.text(alphabet="aAbé😀", max_size=3).map(lambda s: f'"{s}"'),
        st.sampled_from(["a", "b"]).map(lambda s: f'"{s}"@en'),
        st.integers(-5, 5).map(typed("integer")),
    ]
).flatmap(lambda terms: st.lists(st.tuples(terms, terms), max_size=12))
CELL = st.one_of(st.none(), TERMS)
ROWS = st.lists(st.tuples(CELL, CELL), min_size=0, max_size=12)
KEYS = st.lists(
    st.tuples(st.sampled_from(["a", "b", "s"]), st.sampled_from(["", "ASC", "DESC"])),
    min_size=1,
    max_size=3,
)


def answers(
    rows: list[tuple[str | None, str | None]], keys: list[tuple[str, str]], limit: str
) -> tuple[object, object]:
    """The rows of one query through kzld and through oxigraph alone."""
    lines = []
    for i, (a, b) in enumerate(rows):
        subject = f"<{EX}row/{i}>"
        lines.append(f'{subject} <{EX}in> "x" .')
        lines += [f"{subject} <{EX}{p}> {term} ." for p, term in (("a", a), ("b", b)) if term]
    store = ox.Store()
    store.load("\n".join(lines).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    order = " ".join(f"{d}(?{v})" if d else f"?{v}" for v, d in keys)
    text = (
        f'SELECT ?s ?a ?b WHERE {{ ?s <{EX}in> "x" '
        f"OPTIONAL {{ ?s <{EX}a> ?a }} OPTIONAL {{ ?s <{EX}b> ?b }} }} ORDER BY {order} {limit}"
    )
    ours = run_query(store, text).rows
    answer = store.query(text)
    assert isinstance(answer, ox.QuerySolutions)
    theirs = tuple(tuple(solution) for solution in answer)
    return ours, theirs


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=ROWS, keys=KEYS, limit=st.sampled_from(["", "LIMIT 3", "OFFSET 2", "LIMIT 2 OFFSET 1"]))
def test_the_same_order_as_oxigraph_on_any_terms(
    rows: list[tuple[str | None, str | None]], keys: list[tuple[str, str]], limit: str
) -> None:
    ours, theirs = answers(rows, keys, limit)
    assert ours == theirs


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=HOMOGENEOUS,
    keys=KEYS,
    limit=st.sampled_from(["", "LIMIT 3", "OFFSET 2"]),
)
def test_the_same_order_as_oxigraph_on_columns_of_one_kind(
    rows: list[tuple[str | None, str | None]], keys: list[tuple[str, str]], limit: str
) -> None:
    ours, theirs = answers(rows, keys, limit)
    assert ours == theirs


def test_ties_are_left_to_oxigraph() -> None:
    rows = [(f"<{EX}a>", None), (f"<{EX}a>", f"<{EX}b>")]
    ordering = split_order("SELECT * { ?s ?p ?o } ORDER BY ?a")
    assert ordering is not None
    terms = [tuple(ox.NamedNode(t[1:-1]) if t else None for t in row) for row in rows]
    assert sort_rows(["a", "b"], terms, ordering) is None  # two rows, one key
    assert sort_rows(["a", "b"], terms[:1] * 2, ordering) == tuple(terms[:1] * 2)  # duplicates


def test_mixed_literals_are_left_to_oxigraph() -> None:
    ordering = split_order("SELECT * { ?s ?p ?o } ORDER BY ?a")
    assert ordering is not None
    rows = [(ox.Literal("1", datatype=ox.NamedNode(XSD + "integer")),), (ox.Literal("a"),)]
    assert sort_rows(["a"], rows, ordering) is None
    dates = [(ox.Literal("2020-01-01", datatype=ox.NamedNode(XSD + "date")),)]
    assert sort_rows(["a"], dates, ordering) is None
