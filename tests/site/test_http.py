"""Content negotiation on the data IRIs, with real HTTP requests to the site server."""

from __future__ import annotations

import json
import os
import re
import signal
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kzld.errors import KzldError
from kzld.rdf.load import load_graph
from kzld.serve.processes import free_port
from kzld.site.generate import build_site
from kzld.site.http import choose, serve_site
from tests.processes import read_line, running
from tests.site.fixtures import GOLDEN, serving

BASE = "https://w3id.org/kzld/id/"
ORG = "/org/workers-party-of-lakeland"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


@pytest.fixture(scope="module")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    build_site(GOLDEN, out / "site")
    return out / "site"


@pytest.fixture(scope="module")
def root(site_dir: Path) -> Iterator[str]:
    with serving(site_dir.parent) as url:  # the parent of site/ is accepted too
        yield url


def get(
    url: str, accept: str | None, follow: bool = True
) -> tuple[int, dict[str, str], bytes, str]:
    headers = {"Accept": accept} if accept is not None else {}
    opener = urllib.request.build_opener() if follow else urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(urllib.request.Request(url, headers=headers), timeout=10) as response:
            return response.status, dict(response.headers), response.read(), response.url
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read(), url


@pytest.mark.parametrize(
    ("accept", "media_type"),
    [
        ("text/turtle", "text/turtle; charset=utf-8"),
        ("application/ld+json", "application/ld+json"),
        (
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "text/html; charset=utf-8",
        ),
        ("application/ld+json;q=0.5, text/turtle", "text/turtle; charset=utf-8"),
        (None, "text/html; charset=utf-8"),
    ],
)
def test_negotiates_the_description(root: str, accept: str | None, media_type: str) -> None:
    status, headers, body, url = get(root + ORG, accept)
    assert (status, headers["Content-Type"], headers["Vary"]) == (200, media_type, "Accept")
    if media_type.startswith("text/html"):
        assert url == root + ORG + "/"
        assert b'<h1><span lang="en" dir="auto">Workers Party of Lakeland</span></h1>' in body


def test_browsers_are_sent_to_the_page(root: str) -> None:
    status, headers, _, _ = get(root + ORG, "text/html", follow=False)
    assert (status, headers["Location"], headers["Vary"]) == (303, ORG + "/", "Accept")


def test_turtle_holds_the_resource_triples(root: str) -> None:
    _, _, body, _ = get(root + ORG, "text/turtle")
    graph = Graph().parse(data=body.decode(), format="turtle")
    org = URIRef(BASE + ORG[1:])
    assert set(graph.subjects()) == {org}
    assert (
        org,
        URIRef("http://schema.org/name"),
        Literal("Workers Party of Lakeland", lang="en"),
    ) in graph
    expected = Graph().parse(GOLDEN, format="turtle")
    assert len(graph) == len(list(expected.predicate_objects(org)))


def test_json_ld_is_compact_with_the_published_context(root: str, tmp_path: Path) -> None:
    _, _, body, _ = get(root + ORG, "application/ld+json")
    document = json.loads(body)
    # compact, with the published context (which kzld's reader resolves without the network)
    assert document["@context"] == "https://w3id.org/kzld/context.jsonld"
    assert document["id"] == BASE + ORG[1:]
    assert document["name"] == {"en": "Workers Party of Lakeland"}
    (tmp_path / "org.jsonld").write_bytes(body)
    assert {str(s) for s in load_graph(tmp_path / "org.jsonld").subjects()} == {BASE + ORG[1:]}


def test_a_statements_data_holds_its_parts(root: str, tmp_path: Path) -> None:
    _, _, body, _ = get(root + "/statement/lake%2001", "application/ld+json")
    (tmp_path / "statement.jsonld").write_bytes(body)
    graph = load_graph(tmp_path / "statement.jsonld")
    subjects = {str(s) for s in graph.subjects()}
    assert BASE + "statement/lake%2001" in subjects
    # its signatures and the evidence of each, which have no pages of their own
    signatures = {str(s) for s in graph.subjects(None, URIRef(BASE + "statement/lake%2001"))}
    assert any(s.startswith(BASE + "signature/lake%2001/") for s in signatures)
    assert any(s.startswith(BASE + "evidence/lake%2001/") for s in subjects)
    _, _, turtle, _ = get(root + "/statement/lake%2001", "text/turtle")
    assert isomorphic(graph, Graph().parse(data=turtle.decode(), format="turtle"))


def test_turtle_has_no_needless_escapes(root: str) -> None:
    _, _, body, _ = get(root + ORG, "text/turtle")
    text = body.decode()
    assert "\\/" not in text
    assert f"<{BASE}{ORG[1:]}> a schema:Organization" in text
    # only the prefixes it uses
    assert "@prefix dcat:" not in text and "@prefix schema:" in text


def test_a_part_of_a_statement_leads_to_its_anchor(root: str, site_dir: Path) -> None:
    page = (site_dir / "statement" / "lake 01" / "index.html").read_text(encoding="utf-8")
    evidence = re.search(r'<mark class="signature" id="(evidence/lake%2001/[0-9-]+)">', page)
    assert evidence, "a signature's quote is highlighted in the source text, with its anchor"
    status, headers, _, _ = get(root + "/" + evidence.group(1), "text/html", follow=False)
    assert status == 303
    assert headers["Location"] == "/statement/lake%2001/#" + evidence.group(1)
    assert not (site_dir / "evidence").exists()  # no page per span of text


@pytest.mark.parametrize(
    ("path", "accept", "status"),
    [
        (ORG, "image/png", 406),
        (ORG, "text/turtle;q=0", 406),
        ("/org/no-such-party", "text/turtle", 404),
        ("/../../etc/passwd", "text/html", 404),
        ("/.kzld-site", None, 404),
    ],
)
def test_refusals(root: str, path: str, accept: str | None, status: int) -> None:
    code, headers, _, _ = get(root + path, accept)
    assert code == status
    if status == 406:
        assert headers["Vary"] == "Accept"


def test_static_files(root: str) -> None:
    status, headers, body, _ = get(root + "/network.svg", None)
    assert (status, headers["Content-Type"]) == (200, "image/svg+xml")
    assert body.count(b'<circle class="node"') == 3
    status, headers, _, _ = get(root + "/dump/kzld.ttl", None)
    assert (status, headers["Content-Type"]) == (200, "text/turtle; charset=utf-8")


@pytest.mark.parametrize(
    ("accept", "answer"),
    [
        ("", "html"),
        ("*/*", "html"),
        ("text/*", "html"),
        ("application/*", "html"),
        ("application/json", "jsonld"),
        ("text/plain", None),
        ("text/turtle;q=0.2, application/ld+json;q=0.3", "jsonld"),
    ],
)
def test_choose(accept: str, answer: str | None) -> None:
    assert choose(accept) == answer


def test_loopback_only(tmp_path: Path) -> None:
    with pytest.raises(KzldError, match="loopback only"):
        serve_site(tmp_path, "0.0.0.0", 0)
    with pytest.raises(KzldError, match="holds no site"):
        serve_site(tmp_path, "127.0.0.1", 0)


@pytest.mark.server
def test_kzld_serve_serves_the_site_beside_the_endpoint() -> None:
    port = free_port()
    command = [sys.executable, "-c", "from kzld.cli import main; main()", "serve"]
    command += ["--data", str(GOLDEN), "--port", str(port), "--site-port", "0"]
    with running(command) as process:
        assert read_line(process, 60).startswith(f"Serving {GOLDEN} at http://127.0.0.1:{port}/")
        assert process.stdout is not None
        line = process.stdout.readline()  # printed with the first, so already read into the buffer
        match = re.fullmatch(
            r"Site at (http://127\.0\.0\.1:\d+)/ \(pages; Turtle or JSON-LD by Accept\)\n", line
        )
        assert match, line
        site = match.group(1)
        status, headers, body, _ = get(site + ORG, "text/turtle")
        assert (status, headers["Content-Type"]) == (200, "text/turtle; charset=utf-8")
        served = Graph().parse(data=body.decode(), format="turtle")
        # the page answers what the SPARQL endpoint beside it holds about the IRI
        construct = f"CONSTRUCT {{ <{BASE}{ORG[1:]}> ?p ?o }} WHERE {{ <{BASE}{ORG[1:]}> ?p ?o }}"
        url = f"http://127.0.0.1:{port}/query?" + urllib.parse.urlencode({"query": construct})
        _, _, answer, _ = get(url, "text/turtle")
        assert len(served) == 8
        assert isomorphic(served, Graph().parse(data=answer.decode(), format="turtle"))
        status, headers, _, _ = get(site + ORG, "text/html", follow=False)
        assert (status, headers["Location"]) == (303, ORG + "/")
        # every page at once; the index (whole graph) as soon as it is prepared (at a low
        # priority: on a busy machine it waits its turn)
        deadline = time.monotonic() + 300
        status, _, body, _ = get(site + "/", None)
        while b'id="waiting"' in body and time.monotonic() < deadline:
            time.sleep(0.2)
            status, _, body, _ = get(site + "/", None)
        assert status == 200 and b'<img id="network" src="network.svg"' in body
        os.kill(process.pid, signal.SIGTERM)
        assert process.wait(timeout=15) == 0
        with pytest.raises(urllib.error.URLError):
            urllib.request.urlopen(site + "/", timeout=2)


@pytest.mark.server
def test_kzld_serve_with_the_site_port_busy_is_a_clear_error(busy_port: int) -> None:
    from click.testing import CliRunner

    from kzld.cli import main

    port = busy_port
    result = CliRunner().invoke(
        main,
        ["serve", "--data", str(GOLDEN), "--port", str(free_port()), "--site-port", str(port)],
    )
    assert result.exit_code == 1
    assert f"Error: http://127.0.0.1:{port}: cannot serve the site: " in result.output
    assert "Serving" not in result.output
