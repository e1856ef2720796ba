"""The JSON-LD written directly (``kzld.jsonld``) is exactly what PyLD's compaction gives."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kzld.errors import UnsupportedContext
from kzld.parse.folder import read_folder
from kzld.pipeline import make_graph
from kzld.rdf.compacted import jsonld_bytes
from kzld.rdf.dump import expand
from kzld.rdf.jsonld import COMPACTED, Compactor, load_context
from kzld.rdf.reference import compact_nodes, compact_pyld
from kzld.rdf.triples import in_order

ROOT = Path(__file__).parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import generate  # noqa: E402

BASE = "https://w3id.org/kzld/id/"
S = "http://schema.org/"
K = "https://w3id.org/kzld/vocab#"


def both(graph: Graph, context: dict[str, Any] | None = None) -> tuple[bytes, bytes]:
    context = load_context() if context is None else context
    nodes = expand(graph)
    return (
        jsonld_bytes(compact_nodes(nodes, context), context),
        jsonld_bytes(compact_pyld(nodes, context), context),
    )


def from_pairs(graph: Graph) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Each node of ``graph`` compacted from its pairs, and compacted from its expanded node."""
    compactor = Compactor(load_context())
    made = [compactor.pairs(str(subject), pairs) for subject, pairs in in_order(graph)]
    return made, [compactor.node(node) for node in expand(graph)]


def built(seeds: Path) -> Graph:
    documents, _ = read_folder(seeds)
    graph, _ = make_graph(documents, BASE, {})
    return graph


def test_the_seeds_compact_as_pyld_compacts_them() -> None:
    graph = built(ROOT / "seeds")
    direct, reference = both(graph)
    assert direct == reference
    pairs, expanded = from_pairs(graph)
    assert pairs == expanded
    assert len(pairs) > 1000
    assert direct == (ROOT / "out" / "kzld.jsonld").read_bytes()


def test_a_generated_corpus_compacts_as_pyld_compacts_it(tmp_path: Path) -> None:
    generate.generate(12, 3, tmp_path)
    graph = built(tmp_path / "seeds")
    direct, reference = both(graph)
    assert direct == reference
    pairs, expanded = from_pairs(graph)
    assert pairs == expanded


def test_values_the_context_does_not_coerce_compact_as_pyld_compacts_them() -> None:
    """Plain names in a language map, other datatypes, IRIs where literals are expected,
    properties and classes the context does not name, prefixes, repeated languages."""
    g = Graph()
    x, y = URIRef(BASE + "x"), URIRef(BASE + "y")
    g.add((x, RDF.type, URIRef(S + "Event")))
    g.add((x, RDF.type, URIRef(S + "Unnamed")))
    g.add((x, RDF.type, URIRef("https://example.org/T")))
    g.add((x, URIRef(S + "name"), Literal("plain")))
    g.add((x, URIRef(S + "name"), Literal("a", lang="en")))
    g.add((x, URIRef(S + "name"), Literal("b", lang="en")))
    g.add((x, URIRef(S + "name"), Literal("c", lang="ru")))
    g.add((x, URIRef(S + "name"), URIRef(S + "x")))
    g.add((x, URIRef(S + "agent"), Literal("a literal")))
    g.add((x, URIRef(S + "agent"), URIRef("https://w3id.org/kzld/vocab/org-kind/party")))
    g.add((x, URIRef(S + "agent"), URIRef(S)))
    g.add((x, URIRef(S + "dateCreated"), Literal("2015", datatype=XSD.gYear)))
    g.add((x, URIRef(S + "dateCreated"), Literal("2015-01-01", datatype=XSD.date)))
    g.add((x, URIRef(S + "sha256"), Literal("x", lang="en")))
    g.add((x, URIRef(S + "sha256"), Literal(2)))
    g.add((x, URIRef(S + "sha256"), y))
    g.add((x, URIRef(S + "fooBar"), Literal("x")))
    g.add((x, URIRef("https://example.org/z"), Literal("q")))
    g.add((x, URIRef(K + "statedSignatoryCount"), Literal(3)))
    g.add((y, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("y", lang="de")))
    g.add((y, URIRef(S + "startDate"), Literal("2022-01-02", datatype=XSD.date)))
    g.add((y, URIRef(S + "startDate"), Literal("soon", datatype=XSD.string)))
    g.add((y, URIRef(S + "name"), Literal("n", datatype=XSD.string)))
    g.add((y, RDF.type, Literal("a type written as a literal")))
    direct, reference = both(g)
    assert direct == reference
    pairs, expanded = from_pairs(g)
    assert pairs == expanded


def test_a_context_it_does_not_support_is_compacted_by_pyld() -> None:
    context = {**load_context(), "@vocab": S}
    with pytest.raises(UnsupportedContext, match="@vocab"):
        Compactor(context)
    g = Graph()
    g.add((URIRef(BASE + "x"), URIRef(S + "fooBar"), Literal("x")))
    direct, reference = both(g, context)
    assert direct == reference
    assert b'"fooBar": "x"' in direct


def test_the_shortest_compact_iri_is_chosen_among_nested_prefixes_as_pyld_chooses() -> None:
    """Namespaces inside one another and of different lengths, an IRI shorter than any of them,
    an IRI that is a namespace itself, and one that a prefix's start matches but not the rest."""
    context = {
        "ex": "http://example.org/",
        "exv": "http://example.org/vocab/",
        "exvd": "http://example.org/vocab/deep#",
        "o": "http://example.net/o/",
        "name": "http://example.org/vocab/name",
    }
    g = Graph()
    x = URIRef("http://example.org/vocab/deep#x")
    g.add((x, URIRef("http://example.org/vocab/deep#p"), URIRef("http://example.org/vocab/y")))
    g.add((x, URIRef("http://example.org/vocab/deep#p"), URIRef("http://example.org/z")))
    g.add((x, URIRef("http://example.org/vocab/deep#p"), URIRef("http://example.org/vocab/")))
    g.add((x, URIRef("http://example.org/vocab/deep#p"), URIRef("http://e.org/")))
    g.add((x, URIRef("http://example.org/vocab/deep#p"), URIRef("http://example.net/oo/q")))
    g.add((x, URIRef("http://example.org/vocab/name"), Literal("n")))
    g.add((x, URIRef("http://example.net/o/name"), Literal("m")))
    direct, reference = both(g, context)
    assert direct == reference
    for compacted in (b'"exvd:x"', b'"exvd:p"', b'"exv:y"', b'"ex:z"', b'"ex:vocab/"'):
        assert compacted in direct
    assert b'"http://e.org/"' in direct and b'"http://example.net/oo/q"' in direct


def test_a_compactor_keeps_a_bounded_number_of_iris_and_compacts_each_alike() -> None:
    """A build compacts every node of every text with one compactor: the IRIs it keeps to give
    again do not grow with the archive, and one let go is compacted again as before."""
    compactor = Compactor(load_context())
    iris = [f"{K}xandia-{n}" for n in range(3 * COMPACTED)]
    first = [compactor.iri(iri, vocab=False) for iri in iris]
    assert first[:2] == ["kzld:xandia-0", "kzld:xandia-1"]
    assert compactor._compact_iri.cache_info().currsize == COMPACTED  # type: ignore[attr-defined]
    assert [compactor.iri(iri, vocab=False) for iri in reversed(iris)] == first[::-1]


def test_a_build_imports_no_pyld() -> None:
    # PyLD is the reference and the way for another context (kzld.rdf.reference): a build, which
    # compacts with the shipped context, never loads it
    shown = (
        "import sys\nimport kzld.cli, kzld.pipeline\n"
        "print(sorted(m for m in sys.modules if m.startswith('pyld')))"
    )
    done = subprocess.run([sys.executable, "-c", shown], capture_output=True, text=True, check=True)
    assert done.stdout == "[]\n"
    assert Compactor(load_context())  # the shipped context is one the compactor supports
