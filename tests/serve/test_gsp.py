"""`kzld load`: push the graph into a SPARQL 1.1 store through the Graph Store HTTP Protocol."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzld.cli import main
from kzld.serve.gsp import graph_url
from kzld.serve.processes import free_port, start_server, stop_server, wait_until_ready

SMALL = Path(__file__).parents[1] / "data" / "query" / "small.ttl"
GRAPH = "https://example.org/graph/kzld"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[str]:
    """An empty oxigraph server on a free loopback port; yields its base URL."""
    process = start_server(tmp_path / "db", "127.0.0.1", port := free_port())
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_ready(process, url, timeout=30)
        yield url
    finally:
        stop_server(process)  # SIGTERM to its pid, SIGKILL if it lingers


def triples(url: str, graph: str | None) -> int:
    pattern = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    query = urllib.parse.urlencode({"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}"})
    request = urllib.request.Request(
        f"{url}/query?{query}", headers={"Accept": "application/sparql-results+json"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return int(json.load(response)["results"]["bindings"][0]["n"]["value"])


def load(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["load", *args])
    return result.exit_code, result.output


@pytest.mark.server
@pytest.mark.parametrize("graph", [GRAPH, None])
def test_load_replaces_and_merges(store: str, tmp_path: Path, graph: str | None) -> None:
    target = ["--graph", graph] if graph else []
    endpoint = f"{store}/store"
    code, output = load("--data", str(SMALL), "--endpoint", endpoint, *target)
    name = f"graph <{graph}>" if graph else "the default graph"
    status = 201 if graph else 204  # a new named graph is created; the default graph exists
    assert (code, output) == (
        0,
        f"Replaced {name} at {graph_url(endpoint, graph)} ({SMALL.stat().st_size} bytes, "
        f"HTTP {status})\n",
    )
    assert triples(store, graph) == 105

    extra = tmp_path / "extra.ttl"
    extra.write_text("<https://example.org/a> <https://example.org/b> 1, 2 .\n", encoding="utf-8")
    code, output = load("--data", str(extra), "--endpoint", endpoint, *target, "--merge")
    assert code == 0 and output.startswith(f"Merged into {name}")
    assert triples(store, graph) == 107

    code, _ = load("--data", str(SMALL), "--endpoint", endpoint, *target)
    assert code == 0
    assert triples(store, graph) == 105  # replaced, not added to


@pytest.mark.server
def test_load_to_a_wrong_path_names_the_url_and_status(store: str) -> None:
    code, output = load("--data", str(SMALL), "--endpoint", f"{store}/nope", "--graph", GRAPH)
    assert code == 1
    assert f"Error: PUT {store}/nope?graph=https%3A%2F%2Fexample.org%2Fgraph%2Fkzld" in output
    assert "failed with HTTP 404" in output


@pytest.mark.parametrize(
    ("endpoint", "message"),
    [
        (
            "http://127.0.0.1:{port}/store",
            "Error: PUT http://127.0.0.1:{port}/store?default failed:",
        ),
        ("ftp://127.0.0.1/store", "Error: ftp://127.0.0.1/store: not an http(s) URL"),
    ],
)
def test_load_to_no_store_is_a_clear_error(endpoint: str, message: str) -> None:
    port = free_port()
    code, output = load("--data", str(SMALL), "--endpoint", endpoint.format(port=port))
    assert code == 1
    assert output.startswith(message.format(port=port))
    assert "is the store running there?" in output or "not an http(s) URL" in output


def test_load_needs_a_known_rdf_file(tmp_path: Path) -> None:
    data = tmp_path / "graph.xyz"
    data.write_text("", encoding="utf-8")
    code, output = load("--data", str(data), "--endpoint", "http://127.0.0.1:1/store")
    assert code == 1
    assert f"Error: {data}: cannot tell its RDF format from the extension '.xyz'" in output


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("graph.nq", "holds a dataset (nquads), not one graph; send .ttl, .turtle, .nt"),
        ("graph.trig", "holds a dataset (trig), not one graph"),
        ("graph.rdf", "RDF/XML is not accepted"),
    ],
)
def test_load_sends_one_graph_in_a_format_kzld_reads(
    tmp_path: Path, name: str, message: str
) -> None:
    data = tmp_path / name
    data.write_text("", encoding="utf-8")
    code, output = load("--data", str(data), "--endpoint", "http://127.0.0.1:1/store")
    assert code == 1
    assert f"Error: {data}: {message}" in output
