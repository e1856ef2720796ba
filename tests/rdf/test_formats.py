"""The one table of RDF formats: what ``kzld check``, ``kzld query`` and ``kzld load`` accept."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kzld.errors import InputError
from kzld.query.run import open_store
from kzld.rdf.formats import FORMATS, by_name, of_file
from kzld.rdf.load import load_graph
from kzld.rdf.parsers import oxigraph_format

TURTLE = "<https://example.org/s> <https://example.org/p> <https://example.org/o> .\n"
#: One triple, in each format kzld reads.
IN_FORMAT = {
    ".ttl": TURTLE,
    ".turtle": TURTLE,
    ".nt": TURTLE,
    ".nq": TURTLE,
    ".trig": "{ " + TURTLE + "}",
    ".jsonld": '{"@id": "https://example.org/s", "https://example.org/p": '
    '{"@id": "https://example.org/o"}}',
    ".json": '{"@id": "https://example.org/s", "https://example.org/p": '
    '{"@id": "https://example.org/o"}}',
}


def test_every_extension_of_the_table_is_read_and_queried(tmp_path: Path) -> None:
    extensions = [e for f in FORMATS for e in f.extensions]
    assert sorted(extensions) == sorted(IN_FORMAT)
    for extension, text in IN_FORMAT.items():
        path = tmp_path / f"graph{extension}"
        path.write_text(text, encoding="utf-8")
        assert len(load_graph(path)) == 1, extension
        store = open_store(path)
        assert len(store) == 1, extension


@pytest.mark.parametrize("name", ["graph.rdf", "graph.owl", "graph.xml"])
def test_rdf_xml_is_refused_by_loading_and_querying_alike(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("<rdf:RDF/>", encoding="utf-8")
    for read in (load_graph, open_store):
        with pytest.raises(InputError, match="RDF/XML is not accepted"):
            read(path)


def test_names_and_aliases() -> None:
    assert oxigraph_format(by_name("TTL", "x")) == ox.RdfFormat.TURTLE
    assert by_name("jsonld", "x").media_type == "application/ld+json"
    with pytest.raises(InputError, match="unknown format 'trix'; use one of json-ld, jsonld, nq, "):
        by_name("trix", "x")
    with pytest.raises(InputError, match="RDF/XML is not accepted"):
        by_name("rdfxml", "x")


def test_pyoxigraph_reads_every_format_of_the_table() -> None:
    assert [oxigraph_format(f).media_type for f in FORMATS] == [f.media_type for f in FORMATS]


def test_one_graph_formats_for_the_graph_store_protocol() -> None:
    assert of_file("a.ttl", graph_only=True).media_type == "text/turtle"
    assert of_file("a.nt", graph_only=True).media_type == "application/n-triples"
    assert of_file("a.trig").dataset
    with pytest.raises(InputError, match=r"a\.nq: holds a dataset \(nquads\), not one graph"):
        of_file("a.nq", graph_only=True)
    with pytest.raises(InputError, match=r"from the extension '\(none\)'; name it \.ttl"):
        of_file("a")
