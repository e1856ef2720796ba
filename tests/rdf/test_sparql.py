"""SPARQL text read in one place (kzld.rdf.sparql): what a query does, from its syntax tree; its
keywords, with IRIs, strings and comments masked."""

from __future__ import annotations

import pytest

from kzld.rdf.sparql import (
    is_volatile,
    keywords_only,
    refusal,
    split_order,
    unsupported,
    whole_graph_safe,
)

#: A long string that spans lines and holds what would be clauses outside it.
LONG_STRING = 'SELECT ?s WHERE { ?s ?p """a\nSERVICE <http://example.org/> { }\nNOW()""" }'


@pytest.mark.parametrize(
    ("text", "volatile"),
    [
        ("SELECT (NOW() AS ?t) WHERE { }", True),
        ("SELECT ?s WHERE { ?s ?p ?o FILTER (RAND() < 0.5) }", True),
        ("SELECT (STRUUID() AS ?u) WHERE { }", True),
        ("SELECT ?s WHERE { ?s ?p ?o BIND (BNODE() AS ?b) }", True),
        ('SELECT ?s WHERE { ?s ?p "NOW()" }', False),
        ("SELECT ?s WHERE { ?s ?p ?o } # RAND()", False),
        (LONG_STRING, False),
        ("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s", False),
        # rdflib cannot parse it: the words decide, on the safe side
        ("SELECT (NOW() AS ?t) WHERE { ?s ?p ?o ", True),
    ],
)
def test_volatile_functions_are_found_in_the_query_not_in_its_strings(
    text: str, volatile: bool
) -> None:
    assert is_volatile(text) is volatile


def test_masking_keeps_positions_and_blanks_strings_that_span_lines() -> None:
    masked = keywords_only(LONG_STRING)
    assert len(masked) == len(LONG_STRING)
    assert "SERVICE" not in masked and "NOW" not in masked
    assert masked.startswith("SELECT ?s WHERE { ?s ?p ") and masked.endswith(" }")
    text = "SELECT ?s WHERE { ?s <http://e.org/#x> 'it' } # ORDER BY ?s\nORDER BY ?s"
    assert keywords_only(text).count("ORDER BY") == 1


def test_a_long_string_spanning_lines_does_not_hide_the_final_order_by() -> None:
    text = 'SELECT ?s WHERE { ?s ?p """a }\n{ ORDER BY ?x""" }\nORDER BY DESC(?s) LIMIT 5'
    ordering = split_order(text)
    assert ordering is not None
    assert ordering.keys == (("s", True),)
    assert ordering.limit == 5
    assert ordering.text == 'SELECT ?s WHERE { ?s ?p """a }\n{ ORDER BY ?x""" }\n\n'


def test_a_service_inside_a_long_string_is_no_clause() -> None:
    assert refusal(LONG_STRING) is None


def test_from_named_reads_a_graph_the_store_holds_and_refuses_any_other() -> None:
    text = "SELECT * FROM NAMED <http://example.org/g> WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert refusal(text, holds_graph=lambda iri: iri == "http://example.org/g") is None
    refused = refusal(text)
    assert refused is not None
    assert refused.reason.startswith("FROM names the graph <http://example.org/g>, which the")
    assert (refused.line, refused.column) == (1, 10)


@pytest.mark.parametrize(
    ("select", "safe"),
    [
        ("SELECT $this ?value WHERE { $this <http://e.org/p> ?value }", True),
        ("SELECT $this ?value (ex:p AS ?path) WHERE { $this ex:p ?value }", True),
        (
            "SELECT $this WHERE { $this <http://e.org/p> ?v } GROUP BY $this HAVING (COUNT(?v)>1)",
            True,
        ),
        ("SELECT DISTINCT $this WHERE { $this <http://e.org/p> ?v }", True),
        ('SELECT $this WHERE { $this <http://e.org/p> "select" }', True),
        ("SELECT ?value WHERE { $this <http://e.org/p> ?value }", False),  # $this not projected
        ("SELECT * WHERE { $this <http://e.org/p> ?value }", False),
        ("SELECT $this (COUNT(?v) AS ?n) WHERE { $this <http://e.org/p> ?v }", False),
        ("SELECT $this WHERE { $this ?p ?v MINUS { $this <http://e.org/q> ?v } }", False),
        ("SELECT $this WHERE { $this ?p ?v VALUES ?v { 1 } }", False),
        ("SELECT $this WHERE { $this ?p ?v } VALUES ?v { 1 }", False),
        ("SELECT $this WHERE { ?x <http://e.org/p> ?v BIND (?x AS $this) }", False),
        ("SELECT $this WHERE { { SELECT $this WHERE { $this ?p ?v } } }", False),
        ("SELECT $this WHERE { SERVICE <http://e.org/> { $this ?p ?v } }", False),
        ("SELECT $this WHERE { $this ?p ?v OPTIONAL { ?v ?q ?w FILTER (?w = $this) } }", False),
        ("SELECT $this WHERE { $this ?p $currentShape }", False),
    ],
)
def test_which_sparql_constraints_run_over_the_whole_graph(select: str, safe: bool) -> None:
    assert whole_graph_safe(select) is safe


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("SELECT $this WHERE { $this ?p ?v MINUS { $this ?q ?v } }", "MINUS is not allowed"),
        ("SELECT $this WHERE { $this ?p ?v VALUES ?v { 1 } }", "VALUES is not allowed"),
        ("SELECT $this WHERE { $this ?p ?v } VALUES ?v { 1 }", "VALUES is not allowed"),
        ("SELECT $this WHERE { { SELECT ?v WHERE { $this ?p ?v } } }", "a sub-query must return"),
        ("SELECT $this WHERE { ?x ?p ?v BIND (?x AS $this) }", "$this is pre-bound"),
        ("SELECT $this WHERE { $this ?p ?v }", None),
        ("SELECT $this WHERE { { SELECT $this ?v WHERE { $this ?p ?v } } }", None),
    ],
)
def test_what_shacl_sparql_does_not_allow(text: str, reason: str | None) -> None:
    found = unsupported(text)
    if reason is None:
        assert found is None
    else:
        assert found is not None and found.startswith(reason), found
