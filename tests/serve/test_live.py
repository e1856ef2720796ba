"""``kzld serve`` of the seeds' published graph, as a user meets it: a real server on free ports,
its pages, its data by content negotiation, SPARQL, and a second start that reuses the store
kept beside the file (while what was written through the endpoint never reaches that store)."""

from __future__ import annotations

import json
import os
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from kzld.query.cache import CACHE_DIR, MIN_BYTES
from kzld.rdf.jsonld import CONTEXT_IRI
from kzld.rdf.load import load_graph
from kzld.rdf.namespaces import KZLD, SCHEMA
from tests.serve.served import Served, get, serving

pytestmark = pytest.mark.server

SEEDS_GRAPH = Path(__file__).parents[2] / "out" / "kzld.ttl"
BASE = "https://w3id.org/kzld/id/"
KKE = URIRef(BASE + "org/communist-party-of-greece")
SIGNED = {
    URIRef(BASE + "statement/000_a57df634454c8433"),
    URIRef(BASE + "statement/001_f10d4b65e2bcd5db"),
}


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds' graph, written three times over (the same graph: Turtle's triples are a set)
    so that the file is big enough to get an on-disk store, and old enough to be settled."""
    path = tmp_path_factory.mktemp("published") / "kzld.ttl"
    text = SEEDS_GRAPH.read_bytes()
    copies = MIN_BYTES // len(text) + 1
    path.write_bytes(b"\n".join([text] * copies))
    past = time.time() - 60
    os.utime(path, (past, past))
    return path


@pytest.fixture(scope="module")
def served(data: Path) -> Iterator[Served]:
    with serving(data) as running:
        yield running


def sparql(endpoint: str, query: str) -> tuple[int, str, bytes]:
    status, headers, body = get(
        f"{endpoint}/query?{urllib.parse.urlencode({'query': query})}",
        "application/sparql-results+json",
    )
    return status, headers.get("Content-Type", ""), body


def test_the_page_of_a_seed_organisation(served: Served) -> None:
    status, headers, body = get(served.site + "/org/communist-party-of-greece/")
    assert (status, headers["Content-Type"]) == (200, "text/html; charset=utf-8")
    page = body.decode()
    assert "<title>Communist Party of Greece" in page
    for abbreviation in ("KKE", "ΚΚΕ", "КПГ"):
        assert f">{abbreviation}<" in page
    for statement in SIGNED:
        assert 'href="../../' + statement[len(BASE) :] + '/"' in page
    assert 'href="../../country/GR/"' in page


def test_a_browser_is_sent_to_the_page(served: Served) -> None:
    status, headers, _body = get(served.site + "/org/communist-party-of-greece", "text/html")
    assert (status, headers["Location"], headers["Vary"]) == (
        303,
        "/org/communist-party-of-greece/",
        "Accept",
    )
    status, headers, _ = get(served.site + "/org/communist-party-of-greece", "image/png")
    assert (status, headers["Content-Type"]) == (406, "text/plain; charset=utf-8")
    assert get(served.site + "/org/no-such-party", "text/turtle")[0] == 404


def test_turtle_by_content_negotiation(served: Served, data: Path) -> None:
    status, headers, body = get(served.site + "/org/communist-party-of-greece", "text/turtle")
    assert (status, headers["Content-Type"]) == (200, "text/turtle; charset=utf-8")
    text = body.decode()
    assert "\\/" not in text and "\\-" not in text  # no needless escapes in a name
    served_graph = Graph().parse(data=text, format="turtle")
    assert set(served_graph) == set(load_graph(data).triples((KKE, None, None)))
    assert (KKE, SCHEMA.name, Literal("Communist Party of Greece", lang="en")) in served_graph
    assert (KKE, KZLD.abbreviation, Literal("ΚΚΕ")) in served_graph


def test_compact_json_ld_with_the_published_context(served: Served, data: Path) -> None:
    status, headers, body = get(
        served.site + "/org/communist-party-of-greece", "application/ld+json"
    )
    assert (status, headers["Content-Type"]) == (200, "application/ld+json")
    document = json.loads(body)
    assert document["@context"] == CONTEXT_IRI
    # compact: the context's terms, not IRIs
    assert (document["id"], document["type"]) == (str(KKE), ["Organization", "PoliticalParty"])
    assert document["name"]["el"] == "Κομμουνιστικό Κόμμα Ελλάδας"
    assert document["abbreviation"] == ["KKE", "ΚΚΕ", "КПГ"]
    path = data.parent / "kke.jsonld"
    path.write_bytes(body)
    assert set(load_graph(path)) == set(load_graph(data).triples((KKE, None, None)))


def test_a_statement_page_lists_its_signatories(served: Served) -> None:
    status, _, body = get(served.site + "/statement/000_a57df634454c8433/")
    assert status == 200
    assert 'href="../../org/communist-party-of-greece/"' in body.decode()


def test_sparql_answers(served: Served, data: Path) -> None:
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{RDF.type}> <{SCHEMA.Organization}> }}"
    status, kind, body = sparql(served.endpoint, query)
    assert (status, kind) == (200, "application/sparql-results+json")
    count = int(json.loads(body)["results"]["bindings"][0]["n"]["value"])
    assert count == len(set(load_graph(data).subjects(RDF.type, SCHEMA.Organization)))


def test_a_second_start_reuses_the_store_and_keeps_out_updates(served: Served, data: Path) -> None:
    stores = sorted(p.name for p in (data.parent / CACHE_DIR).iterdir() if p.name[0] != ".")
    assert len(stores) == 1 and stores[0].startswith("kzld.ttl.")
    marker = "INSERT DATA { <urn:kzld:test> <urn:kzld:written> 1 }"
    status, _, _ = get(
        served.endpoint + "/update", data=marker.encode(), kind="application/sparql-update"
    )
    assert status == 204
    ask = "ASK { <urn:kzld:test> <urn:kzld:written> 1 }"
    assert json.loads(sparql(served.endpoint, ask)[2])["boolean"] is True
    copies = sorted((data.parent / CACHE_DIR).glob(".copy-*"))
    assert len(copies) == 1  # the running server's writable copy
    with serving(data) as again:
        assert (
            sorted(p.name for p in (data.parent / CACHE_DIR).iterdir() if p.name[0] != ".")
            == stores
        )
        assert json.loads(sparql(again.endpoint, ask)[2])["boolean"] is False
        assert get(again.site + "/org/communist-party-of-greece/")[0] == 200
    assert sorted((data.parent / CACHE_DIR).glob(".copy-*")) == copies  # the second's is gone
