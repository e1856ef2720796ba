"""Turtle and JSON-LD dumps: reproducible bytes that parse back to the same graph."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kzld.mapping import map_corpus, map_triples
from kzld.model.records import Corpus
from kzld.rdf.compacted import jsonld_joined, jsonld_nodes, jsonld_of, to_jsonld
from kzld.rdf.dump import dumps_indented, to_turtle, turtle_blocks, turtle_bytes, turtle_joined
from kzld.rdf.namespaces import TURTLE_PREFIXES
from kzld.rdf.triples import in_order, ntriples, triples_of


def parse_with_oxigraph(data: bytes, fmt: ox.RdfFormat) -> Graph:
    """Parse with pyoxigraph (which never fetches contexts) into an rdflib graph via N-Triples."""
    triples = ox.parse(data, format=fmt)
    nt = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    return Graph().parse(data=bytes(nt or b"").decode(), format="nt")


def assert_isomorphic(expected: Graph, actual: Graph) -> None:
    if not isomorphic(expected, actual):
        _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
        raise AssertionError(
            "graphs differ\nonly expected:\n"
            + only_expected.serialize(format="nt")[:3000]
            + "\nonly actual:\n"
            + only_actual.serialize(format="nt")[:3000]
        )


def test_turtle_round_trips_and_is_reproducible(corpus: Corpus) -> None:
    graph = map_corpus(corpus)
    turtle = to_turtle(graph, TURTLE_PREFIXES)
    assert turtle == to_turtle(map_corpus(corpus), TURTLE_PREFIXES)
    assert turtle.startswith(b"@prefix")
    assert_isomorphic(graph, parse_with_oxigraph(turtle, ox.RdfFormat.TURTLE))
    assert_isomorphic(graph, Graph().parse(data=turtle.decode(), format="turtle"))


def test_turtle_joined_from_each_subjects_block_is_the_turtle_of_the_whole(
    corpus: Corpus,
) -> None:
    ordered = in_order(map_triples(corpus))
    blocks = list(turtle_blocks(ntriples(triples_of(ordered)), TURTLE_PREFIXES))
    assert len(blocks) == len(ordered)
    assert all(block.startswith(b"<") and b"@prefix" not in block for block in blocks)
    whole = turtle_bytes(ntriples(triples_of(ordered)), TURTLE_PREFIXES)
    assert turtle_joined(blocks, TURTLE_PREFIXES) == whole
    # each subject's block alone is the block it has in the whole
    alone = [next(turtle_blocks(ntriples(triples_of([one])), TURTLE_PREFIXES)) for one in ordered]
    assert alone == blocks
    assert turtle_joined([], TURTLE_PREFIXES) == turtle_bytes(ntriples([]), TURTLE_PREFIXES)


@pytest.mark.parametrize("text", ["one line", "two\nlines", "a line\n<urn:x:b> ends", "\n\t"])
def test_turtle_blocks_of_strings_with_line_breaks_are_each_subjects_own(text: str) -> None:
    """Blocks cut from one call's Turtle are those a call per subject writes, whatever line
    breaks a string holds."""
    name = URIRef("http://schema.org/name")
    ordered = in_order(
        [(URIRef(f"urn:x:{letter}"), name, Literal(f"{letter} {text}")) for letter in "abc"]
    )
    data = ntriples(triples_of(ordered))
    blocks = list(turtle_blocks(data, TURTLE_PREFIXES))
    alone = [next(turtle_blocks(ntriples(triples_of([one])), TURTLE_PREFIXES)) for one in ordered]
    assert blocks == alone
    assert len(blocks) == 3
    assert turtle_joined(blocks, TURTLE_PREFIXES) == turtle_bytes(data, TURTLE_PREFIXES)


def test_turtle_blocks_with_the_count_of_subjects_given_are_the_same(corpus: Corpus) -> None:
    """Told how many subjects there are (as a build is), the blocks are those found without;
    told a wrong count, each subject is written alone, and the blocks are still the same."""
    ordered = in_order(map_triples(corpus))
    data = ntriples(triples_of(ordered))
    blocks = list(turtle_blocks(data, TURTLE_PREFIXES))
    assert list(turtle_blocks(data, TURTLE_PREFIXES, len(ordered))) == blocks
    assert list(turtle_blocks(data, TURTLE_PREFIXES, len(ordered) + 1)) == blocks
    assert len(blocks) == len(ordered) > 30


def test_jsonld_round_trips_reads_naturally_and_is_sorted(corpus: Corpus) -> None:
    graph = map_corpus(corpus)
    data = to_jsonld(graph)
    assert data == to_jsonld(map_corpus(corpus))
    assert_isomorphic(graph, parse_with_oxigraph(data, ox.RdfFormat.JSON_LD))
    document = json.loads(data)
    assert isinstance(document["@context"], dict)
    ids = [node["id"] for node in document["@graph"]]
    assert ids == sorted(ids)
    statement = next(n for n in document["@graph"] if n["id"].endswith("statement/lake%2001"))
    assert statement["dateCreated"] == "2020-03-02"
    assert statement["name"]["ru"] == "Совместное заявление о забастовке"
    assert "signatory" in statement


@pytest.mark.parametrize("groups", [1, 2, 5])
def test_jsonld_of_nodes_made_apart_is_the_same_bytes(corpus: Corpus, groups: int) -> None:
    """The JSON-LD joined from nodes made apart (as a build makes them with each text's part,
    in any order) is byte for byte the JSON-LD of the whole graph."""
    ordered = in_order(map_triples(corpus))
    whole = jsonld_of(triples_of(ordered))
    nodes = [node for group in range(groups) for node in jsonld_nodes(ordered[group::groups])]
    assert len(nodes) == len(ordered) > 5
    assert jsonld_joined(reversed(nodes)) == whole
    assert jsonld_joined([]) == jsonld_of([])


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**40), 2**40) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(JSON_VALUES)
def test_the_fast_json_writer_gives_the_standard_library_bytes(value: object) -> None:
    expected = json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    try:
        expected_bytes = expected.encode()
    except UnicodeEncodeError:  # a lone surrogate: neither writer can make UTF-8 of it
        return
    assert dumps_indented(value) == expected_bytes


def test_the_fast_json_writer_on_deep_nesting_and_escapes() -> None:
    value = {"a": [[[[{"b": ["x\n  y", "\u2028", "\x00\x1f\x7f", "𝄞"]}]]]], "": {}, "c": []}
    expected = json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    assert dumps_indented(value) == expected.encode()
    assert dumps_indented(2**70) == b"1180591620717411303424\n"  # past orjson's integers
