"""No query reaches the network: proven with a real listener that fails the test if a byte arrives.

Every query that could make an engine connect (``SERVICE`` in all its spellings and places, a
``FROM`` naming a graph the store does not hold, an update's ``LOAD``) points at a listener on a
free local port. ``kzld query`` (the embedded store) and ``kzld serve`` (kzld's front before the
oxigraph server) must refuse it with a clear message, and the listener must receive nothing: not a
connection, not a byte. The audit hook of ``conftest.py`` cannot see sockets that oxigraph opens
in Rust; the listener can, and so can the network namespace test at the end, which runs the
command where every address leads to the listener and nothing else exists.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzld.cli import main
from kzld.serve.processes import free_port

from .listener import Listener

pytestmark = pytest.mark.timeout(120)

HERE = Path(__file__).parent
SMALL = HERE.parent / "data" / "query" / "small.ttl"

#: Queries that would reach ``{url}`` if evaluated, and the words of their refusal.
REACHING = {
    "service": ("SELECT * WHERE { SERVICE <{url}> { ?s ?p ?o } }", "SERVICE would query"),
    "service silent": (
        "SELECT * WHERE { ?x ?y ?z . SERVICE SILENT <{url}> { ?s ?p ?o } }",
        "SERVICE would query",
    ),
    "lower case": ("select * where { service <{url}> { ?s ?p ?o } }", "SERVICE would query"),
    "bound by VALUES": (
        "SELECT * WHERE { VALUES ?e { <{url}> } SERVICE ?e { ?s ?p ?o } }",
        "SERVICE would query",
    ),
    "in OPTIONAL": (
        "SELECT * WHERE { ?x ?y ?z OPTIONAL { SERVICE <{url}> { ?x ?p ?o } } }",
        "SERVICE would query",
    ),
    "in a subquery": (
        "SELECT ?s WHERE { { SELECT ?s WHERE { SERVICE <{url}> { ?s ?p ?o } } } }",
        "SERVICE would query",
    ),
    "in FILTER EXISTS": (
        "ASK { ?x ?y ?z FILTER EXISTS { SERVICE <{url}> { ?x ?p ?o } } }",
        "SERVICE would query",
    ),
    "in LATERAL (oxigraph only)": (
        "SELECT * WHERE { ?x ?y ?z LATERAL { SERVICE <{url}> { ?s ?p ?o } } }",
        "SERVICE is refused",
    ),
    "after a comment": (
        "SELECT * WHERE { # SERVICE in a comment\n SERVICE <{url}> { ?s ?p ?o } }",
        "SERVICE would query",
    ),
    "FROM": ("SELECT * FROM <{url}> WHERE { ?s ?p ?o }", "FROM names the graph"),
    "FROM NAMED": (
        "SELECT * FROM NAMED <{url}> WHERE { GRAPH ?g { ?s ?p ?o } }",
        "FROM names the graph",
    ),
}


@pytest.fixture
def listener() -> Iterator[Listener]:
    """A listener on a free local port; the test fails if anything reached it."""
    with Listener() as found:
        yield found
    assert found.received == [], f"the network was used: {found.received!r}"


@pytest.mark.parametrize("case", sorted(REACHING))
def test_kzld_query_refuses_before_anything_is_sent(case: str, listener: Listener) -> None:
    text, reason = REACHING[case]
    result = CliRunner().invoke(
        main, ["query", text.replace("{url}", listener.url()), "--data", str(SMALL)]
    )
    assert result.exit_code == 1, result.output
    assert result.output.startswith("Error: query:"), result.output
    assert reason in result.output
    listener.close()
    assert listener.received == []


def test_harmless_words_are_no_clauses(listener: Listener) -> None:
    """SERVICE in a string, an IRI or a comment, and FROM a graph the data holds, run."""
    url = listener.url()
    text = f'ASK {{ ?s ?p "SERVICE <{url}>" FILTER(?s != <{url}SERVICE>) }} # SERVICE <{url}>'
    result = CliRunner().invoke(main, ["query", text, "--data", str(SMALL)])
    assert (result.exit_code, result.output) == (1, "no\n")


def test_from_a_graph_the_data_holds_runs(tmp_path: Path) -> None:
    data = tmp_path / "graphs.nq"
    data.write_text("<urn:s> <urn:p> <urn:o> <http://example.org/g> .\n", encoding="utf-8")
    query = "SELECT ?s FROM <http://example.org/g> WHERE { ?s ?p ?o }"
    result = CliRunner().invoke(main, ["query", query, "--data", str(data), "--format", "csv"])
    assert (result.exit_code, result.output) == (0, "s\nurn:s\n")


# ---- kzld serve: the endpoint behind kzld's front ---------------------------------------------


@pytest.fixture(scope="module", params=["isolated", "front only"])
def endpoint(request: pytest.FixtureRequest) -> Iterator[str]:
    """``kzld serve`` on a free port; ``front only`` without the network namespace, so that the
    front's own checks are what keeps the listener silent."""
    from tests.processes import read_line, running

    if request.param == "front only":
        os.environ["KZLD_SERVE_NO_ISOLATION"] = "1"  # read by `running` and by kzld serve
    port = free_port()
    command = [sys.executable, "-c", "from kzld.cli import main; main()", "serve"]
    command += ["--data", str(SMALL), "--port", str(port), "--no-site"]
    try:
        with running(command) as process:
            line = read_line(process, timeout=60)
            assert line.startswith("Serving "), line
            yield f"http://127.0.0.1:{port}"
    finally:
        os.environ.pop("KZLD_SERVE_NO_ISOLATION", None)


def call(
    url: str,
    data: bytes | None = None,
    headers: dict[str, str] | None = None,
    method: str | None = None,
) -> tuple[int, str, dict[str, str]]:
    """Status, body and headers of one request (errors included)."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode("utf-8"), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8"), dict(error.headers)


def requests_for(text: str, endpoint: str) -> list[tuple[str, bytes | None, dict[str, str]]]:
    """The three ways the SPARQL protocol sends a query: GET, POST direct, POST form."""
    quoted = urllib.parse.urlencode({"query": text})
    return [
        (f"{endpoint}/query?{quoted}", None, {}),
        (f"{endpoint}/query", text.encode(), {"Content-Type": "application/sparql-query"}),
        (
            f"{endpoint}/query",
            quoted.encode(),
            {"Content-Type": "application/x-www-form-urlencoded"},
        ),
    ]


@pytest.mark.server
@pytest.mark.parametrize("case", sorted(REACHING))
def test_the_endpoint_refuses_with_400_before_anything_is_sent(
    case: str, endpoint: str, listener: Listener
) -> None:
    text, reason = REACHING[case]
    for url, data, headers in requests_for(text.replace("{url}", listener.url()), endpoint):
        status, body, _ = call(url, data, headers)
        assert status == 400, (url, body)
        assert reason in body
    listener.close()
    assert listener.received == []


@pytest.mark.server
@pytest.mark.parametrize(
    ("update", "reason"),
    [
        ("LOAD <{url}>", "LOAD would fetch a document"),
        ("LOAD SILENT <{url}> INTO GRAPH <urn:g>", "LOAD would fetch a document"),
        (
            "INSERT { ?s ?p ?o } WHERE { SERVICE <{url}> { ?s ?p ?o } }",
            "SERVICE would query",
        ),
        ("DELETE { ?s ?p ?o } USING <{url}> WHERE { ?s ?p ?o }", "USING names the graph"),
    ],
)
def test_the_endpoint_refuses_updates_that_fetch(
    update: str, reason: str, endpoint: str, listener: Listener
) -> None:
    text = update.replace("{url}", listener.url())
    for data, media_type in [
        (text.encode(), "application/sparql-update"),
        (urllib.parse.urlencode({"update": text}).encode(), "application/x-www-form-urlencoded"),
    ]:
        status, body, _ = call(f"{endpoint}/update", data, {"Content-Type": media_type})
        assert status == 400, body
        assert reason in body
    listener.close()
    assert listener.received == []


@pytest.mark.server
def test_the_endpoint_refuses_a_protocol_dataset_it_does_not_hold(
    endpoint: str, listener: Listener
) -> None:
    for name in ("default-graph-uri", "named-graph-uri"):
        query = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }", name: listener.url()})
        status, body, _ = call(f"{endpoint}/query?{query}")
        assert status == 400, body
        assert "the request's dataset names the graph" in body


@pytest.mark.server
def test_the_endpoint_answers_what_stays_local(endpoint: str) -> None:
    quoted = urllib.parse.urlencode({"query": 'SELECT (COUNT(*) AS ?n) { ?s ?p "SERVICE" }'})
    status, body, headers = call(
        f"{endpoint}/query?{quoted}", headers={"Accept": "application/sparql-results+json"}
    )
    assert status == 200, body
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "0"
    assert not any(key.lower().startswith("access-control-") for key in headers)
    # the endpoint's own page and the Graph Store Protocol pass
    assert call(f"{endpoint}/store?default", headers={"Accept": "application/n-triples"})[0] == 200


@pytest.mark.server
@pytest.mark.parametrize(
    ("headers", "method", "reason"),
    [
        # DNS rebinding: a name of the attacker's that resolves to 127.0.0.1
        ({"Host": "attacker.example:{port}"}, "GET", "Host 'attacker.example:{port}' is not"),
        ({"Host": "127.0.0.1:1"}, "GET", "is not this server"),
        # a page elsewhere posting a form, or with fetch (Origin is sent on every POST)
        ({"Origin": "http://attacker.example"}, "POST", "requests from the web page at"),
        ({"Origin": "null"}, "POST", "requests from the web page at null"),
        ({"Origin": "http://localhost:3000"}, "POST", "requests from the web page at"),
        ({"Sec-Fetch-Site": "cross-site"}, "POST", "web pages of other sites"),
    ],
)
def test_the_endpoint_refuses_other_names_and_other_pages(
    headers: dict[str, str], method: str, reason: str, endpoint: str
) -> None:
    port = endpoint.rpartition(":")[2]
    headers = {k: v.replace("{port}", port) for k, v in headers.items()}
    form = urllib.parse.urlencode({"update": "CLEAR ALL"}).encode()
    data = form if method == "POST" else None
    headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
    status, body, _ = call(f"{endpoint}/update", data, headers, method)
    assert status == 403, body
    assert reason.replace("{port}", port) in body
    # and the data is all there
    quoted = urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"})
    status, body, _ = call(
        f"{endpoint}/query?{quoted}", headers={"Accept": "application/sparql-results+json"}
    )
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "105"


@pytest.mark.server
def test_the_endpoint_accepts_its_own_pages(endpoint: str) -> None:
    query = "ASK { ?s ?p ?o }"
    status, body, _ = call(
        f"{endpoint}/query",
        query.encode(),
        {"Content-Type": "application/sparql-query", "Origin": endpoint, "Accept": "text/csv"},
    )
    assert (status, body.strip()) == (200, "true")


def test_a_namespace_reaches_no_other_host(listener: Listener) -> None:
    """What ``kzld serve`` puts its oxigraph server in: from there the listener is unreachable."""
    probe = (
        "import socket, sys\n"
        "from kzld.serve.front import isolate\n"
        "if not isolate(): sys.exit(3)\n"
        "try:\n"
        f"    socket.create_connection(('127.0.0.1', {listener.port}), timeout=2).send(b'x')\n"
        "except OSError:\n"
        "    sys.exit(0)\n"
        "sys.exit(1)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], check=False, timeout=60)
    if done.returncode == 3:
        pytest.skip("no network namespace can be made here (unprivileged user namespaces off)")
    assert done.returncode == 0


# ---- the same, with sockets opened by native code: a network namespace -------------------------


def _unshare() -> list[str]:
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("no `unshare` command: cannot make a network namespace here")
    done = subprocess.run([unshare, "-rn", "true"], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"`unshare -rn` is not allowed here: {done.stderr.decode().strip()}")
    return [unshare, "-rn"]


def in_namespace(*command: str) -> dict[str, object]:
    """``command`` run under ``unshare -rn`` with the listener of ``netns_run.py``."""
    done = subprocess.run(
        [*_unshare(), sys.executable, str(HERE / "netns_run.py"), *command],
        capture_output=True,
        text=True,
        check=False,
        timeout=180,
        cwd=HERE,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert done.returncode == 0, done.stderr
    found: dict[str, object] = json.loads(done.stdout)
    return found


KZLD = (sys.executable, "-c", "from kzld.cli import main; main()")


def test_the_namespace_notices_a_socket_opened_by_native_code() -> None:
    """The control: oxigraph's own SERVICE client, unguarded, is seen by the listener."""
    script = (
        "import pyoxigraph as ox\n"
        "try:\n"
        "    list(ox.Store().query('SELECT * WHERE { SERVICE <{url}> { ?s ?p ?o } }'))\n"
        "except OSError:\n"
        "    pass\n"
    )
    found = in_namespace(sys.executable, "-c", script)
    received = found["received"]
    assert isinstance(received, list) and received, found
    assert received[0].startswith("POST /sparql HTTP/1.1")


@pytest.mark.parametrize("case", ["service", "in LATERAL (oxigraph only)", "FROM"])
def test_kzld_query_in_a_namespace_sends_nothing(case: str) -> None:
    text, reason = REACHING[case]
    found = in_namespace(*KZLD, "query", text, "--data", str(SMALL))
    assert found["received"] == [], found
    assert found["code"] == 1
    assert reason in str(found["stderr"])


def test_kzld_check_in_a_namespace_sends_nothing(tmp_path: Path) -> None:
    """A SPARQL constraint in the shapes that would query another endpoint, with both engines,
    and JSON-LD naming a remote context: refused, nothing sent."""
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "<urn:shape> a sh:NodeShape ; sh:targetNode <urn:a> ; sh:sparql [\n"
        '  sh:select "SELECT $this WHERE { SERVICE <@URL@> { $this ?p ?o } }" ] .\n',
        encoding="utf-8",
    )
    data = tmp_path / "data.ttl"
    data.write_text("<urn:a> <urn:p> <urn:b> .\n", encoding="utf-8")
    for engine in ("shacl", "pyshacl"):
        script = (
            "import sys, pathlib\n"
            f"path = pathlib.Path({str(shapes)!r})\n"
            "path.write_text(path.read_text().replace('@URL@', sys.argv[1]))\n"
            "from kzld.cli import main\n"
            f"main(['check', '--engine', {engine!r}, '--shapes', str(path), {str(data)!r}])\n"
        )
        found = in_namespace(sys.executable, "-c", script, "{url}")
        assert found["received"] == [], found
        assert found["code"] == 2, found
        assert "SERVICE would query" in str(found["stderr"])
        shapes.write_text(shapes.read_text().replace(str(found["url"]), "@URL@"))
    document = tmp_path / "data.jsonld"
    document.write_text('{"@context": "@URL@", "@id": "urn:a", "urn:p": "x"}', encoding="utf-8")
    script = (
        "import sys, pathlib\n"
        f"path = pathlib.Path({str(document)!r})\n"
        "path.write_text(path.read_text().replace('@URL@', sys.argv[1]))\n"
        "from kzld.cli import main\n"
        "main(['check', str(path)])\n"
    )
    found = in_namespace(sys.executable, "-c", script, "{url}")
    assert found["received"] == [], found
    assert found["code"] == 2


def test_kzld_query_data_with_a_remote_context_sends_nothing(tmp_path: Path) -> None:
    """``kzld query --data`` loads JSON-LD in Oxigraph, which is never given a document loader."""
    document = tmp_path / "data.jsonld"
    script = (
        "import sys, pathlib\n"
        f"path = pathlib.Path({str(document)!r})\n"
        'path.write_text(\'{"@context": "%s", "@id": "http://e/a", "name": "x"}\''
        " % sys.argv[1])\n"
        "from kzld.cli import main\n"
        "main(['query', 'ASK { ?s ?p ?o }', '--data', str(path), '--no-cache'])\n"
    )
    found = in_namespace(sys.executable, "-c", script, "{url}")
    assert found["received"] == [], found
    assert found["code"] == 1
    assert "cannot be parsed" in str(found["stderr"])
