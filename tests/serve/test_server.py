"""`kzld serve`: a real oxigraph SPARQL endpoint that starts, answers and stops cleanly."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kzld.serve.processes import NICE, free_port, low_priority
from tests.processes import read_line, running

SMALL = Path(__file__).parents[1] / "data" / "query" / "small.ttl"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def count(url: str) -> int:
    query = urllib.parse.urlencode({"query": COUNT})
    request = urllib.request.Request(
        f"{url}/query?{query}", headers={"Accept": "application/sparql-results+json"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return int(json.load(response)["results"]["bindings"][0]["n"]["value"])


@pytest.mark.server
@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_serve_prints_the_address_answers_and_stops(stop: signal.Signals) -> None:
    port = free_port()
    command = [sys.executable, "-c", "from kzld.cli import main; main()", "serve"]
    command += ["--data", str(SMALL), "--port", str(port), "--no-site"]
    with running(command) as process:
        line = read_line(process, timeout=30)
        url = f"http://127.0.0.1:{port}"
        assert (
            line == f"Serving {SMALL} at {url}/query (SPARQL), {url}/store (Graph Store Protocol)\n"
        )
        assert count(url) == 105
        # the Graph Store Protocol: the default graph, as N-Triples
        store = urllib.request.Request(
            f"{url}/store?default", headers={"Accept": "application/n-triples"}
        )
        with urllib.request.urlopen(store, timeout=10) as response:
            lines = response.read().decode("utf-8").splitlines()
        assert len([line for line in lines if line.strip()]) == 105
        os.kill(process.pid, stop)
        assert process.wait(timeout=15) == 0
        assert process.stdout is not None
        assert process.stdout.read().endswith("Stopped.\n")
        # The oxigraph child went with it: nothing listens on the port any more.
        time.sleep(0.2)
        with pytest.raises(urllib.error.URLError):
            count(url)


def test_serve_without_data_is_a_clear_error(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kzld.cli import main

    missing = tmp_path / "kzld.ttl"
    result = CliRunner().invoke(main, ["serve", "--data", str(missing), "--port", "0"])
    assert result.exit_code == 1
    assert f"Error: {missing}: no such file; run `kzld build` first" in result.output


@pytest.mark.server
def test_serve_on_a_busy_port_is_a_clear_error(busy_port: int) -> None:
    from click.testing import CliRunner

    from kzld.cli import main

    port = busy_port
    result = CliRunner().invoke(
        main, ["serve", "--data", str(SMALL), "--port", str(port), "--no-site"]
    )
    assert result.exit_code == 1
    assert f"Error: http://127.0.0.1:{port}: cannot listen: Address already in use" in result.output


@pytest.mark.skipif(not Path("/proc/self/autogroup").is_file(), reason="no Linux autogroup")
def test_the_whole_graph_pages_are_made_at_a_low_priority() -> None:
    """As ``kzld serve`` starts it (a session of its own), the process that makes the
    whole-graph pages is given a low priority at once, both its nice value and that of its
    session's group, which is what the kernel weighs against other sessions."""
    child = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"],
        stdin=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        low_priority(child.pid)
        nice = int(Path(f"/proc/{child.pid}/stat").read_text().rsplit(")", 1)[1].split()[16])
        group = Path(f"/proc/{child.pid}/autogroup").read_text()
    finally:
        child.communicate(b"")
    assert nice == NICE == 10
    assert group.strip().endswith(f" nice {NICE}"), group
