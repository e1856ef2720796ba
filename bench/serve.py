"""How soon ``kzld serve`` answers: ``python bench/serve.py --sizes 100,1000,10000 --runs 5``.

For each size N, the corpus of ``bench/generate.py`` (seed 1) is generated and built once under
``<work>/site-n<N>/`` (shared with ``bench/site.py``), and ``kzld serve`` is started ``--runs``
times on its ``kzld.ttl``. Each run measures, from the moment the command is started:

- ``page``: the first ``200`` for the page of a typical organisation (the median by signatures);
- ``sparql``: the first ``200`` for a SPARQL query (that organisation's triples) at the endpoint;
- ``ready``: the ``Serving ...`` line;

and, once it answers, the time one request takes for the page of the organisation with the most
signatures (``biggest``) and for a statement's page (``statement``). The load average of the last
minute is read before each run: on a shared machine the figures grow with it.

A warm-up run comes first (not counted): the first ``kzld serve`` or ``kzld query`` of a file
reads it into the on-disk store kept beside it (``.kzld-store/``), which later starts open at
once; that run also waits until the index, made from the whole graph by a low-priority process,
is served (``index_first_start``, seconds from its start), so that the counted runs find the
whole-graph pages kept. With ``--cold`` the store is removed first and the warm-up run's figures
(the store built, with its progress) are kept as ``cold``.

Results go to ``bench/serve.json`` and ``bench/SERVE.md``, rewritten after each size.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from run import kzld_command, machine, versions  # noqa: E402

TARGET = "the first page and a SPARQL answer within 2 s of start, whatever the graph's size"
#: The organisations of the graph with their signature counts, most signed first.
ORGANISATIONS = """
SELECT ?org (COUNT(?signature) AS ?n) WHERE {
  ?signature a <https://w3id.org/kzld/vocab#Signature> ; <http://schema.org/agent> ?org .
} GROUP BY ?org ORDER BY DESC(?n) ?org
"""
STATEMENT = """
SELECT ?statement WHERE { ?statement a <https://w3id.org/kzld/vocab#Statement> }
ORDER BY ?statement LIMIT 1
"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def prepare(n: int, work: Path) -> Path:
    """The published graph of the N-document corpus, generated and built if missing."""
    folder = work / f"site-n{n}"
    graph = folder / "out" / "kzld.ttl"
    if not graph.is_file():
        shutil.rmtree(folder, ignore_errors=True)
        generate = [sys.executable, str(BENCH / "generate.py"), "--n", str(n), "--out", str(folder)]
        subprocess.run(generate, check=True, capture_output=True)
        build = [*kzld_command(), "build", "--seeds", str(folder / "seeds")]
        subprocess.run([*build, "--out", str(folder / "out")], check=True, capture_output=True)
    return graph


def _get(url: str, accept: str, timeout: float = 120) -> bytes | None:
    """The body of a ``200`` answer to ``url``, or None (no answer yet, or another status)."""
    request = urllib.request.Request(url, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return bytes(response.read()) if response.status == 200 else None
    except (urllib.error.URLError, OSError):
        return None


def tree_cpu(pid: int) -> float:
    """CPU seconds (user and system) spent so far by process ``pid`` and its descendants
    (read from ``/proc``; 0 where there is none)."""
    parents: dict[int, int] = {}
    spent: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        # utime, stime, and those of its children already waited for
        spent[int(entry.name)] = sum(int(x) for x in fields[11:15]) / tick
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        total += spent.get(current, 0.0)
        todo.extend(child for child, parent in parents.items() if parent == current)
    return round(total, 2)


def _first(
    url: str, accept: str, started: float, deadline: float, found: dict[str, Any], key: str
) -> None:
    """Poll ``url`` until it answers 200; the seconds since ``started`` go to ``found[key]``,
    the CPU seconds of ``kzld serve``'s processes by then to ``found[key + "_cpu"]``."""
    while time.monotonic() < deadline:
        if _get(url, accept) is not None:
            found[key] = round(time.monotonic() - started, 2)
            found[f"{key}_cpu"] = tree_cpu(found["pid"])
            return
        time.sleep(0.05)
    found[key] = None


def _timed(url: str, accept: str = "text/html") -> float | None:
    started = time.monotonic()
    return None if _get(url, accept) is None else round(time.monotonic() - started, 2)


def _index(site: str, started: float, deadline: float) -> float | None:
    """Seconds since ``started`` until the index (made with the whole graph) is served."""
    while time.monotonic() < deadline:
        body = _get(site + "/", "text/html")
        if body is not None and b'id="waiting"' not in body:
            return round(time.monotonic() - started, 2)
        time.sleep(1)
    return None


def _sparql(endpoint: str, query: str) -> list[dict[str, Any]]:
    body = _get(
        f"{endpoint}/query?{urllib.parse.urlencode({'query': query})}",
        "application/sparql-results+json",
        timeout=600,
    )
    if body is None:
        raise SystemExit(f"{endpoint}: no answer to {query}")
    rows: list[dict[str, Any]] = json.loads(body)["results"]["bindings"]
    return rows


def _path(iri: str) -> str:
    return "/" + iri.split("/id/", 1)[1]


def run_once(
    graph: Path, picks: dict[str, str] | None, timeout: float, index_timeout: float = 0
) -> dict[str, Any]:
    """One start of ``kzld serve`` on ``graph``: its figures (and, without ``picks``, the
    organisations and the statement whose pages are asked for)."""
    port, site_port = _free_port(), _free_port()
    command = [*kzld_command(), "serve", "--data", str(graph), "--port", str(port)]
    command += ["--site-port", str(site_port)]
    endpoint, site = f"http://127.0.0.1:{port}", f"http://127.0.0.1:{site_port}"
    load = round(os.getloadavg()[0], 2)
    started = time.monotonic()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    found: dict[str, Any] = {"load": load, "pid": process.pid}
    try:
        deadline = started + timeout
        line = process.stdout.readline() if picks is None and process.stdout else ""
        if picks is None:
            if not line.startswith("Serving"):
                raise SystemExit(f"kzld serve did not start: {line}")
            found["ready"] = round(time.monotonic() - started, 2)
            organisations = _sparql(endpoint, ORGANISATIONS)
            statement = _sparql(endpoint, STATEMENT)[0]["statement"]["value"]
            picks = {
                "typical": organisations[len(organisations) // 2]["org"]["value"],
                "biggest": organisations[0]["org"]["value"],
                "statement": statement,
            }
            found["picks"] = picks
            found["signatures"] = {
                "typical": int(organisations[len(organisations) // 2]["n"]["value"]),
                "biggest": int(organisations[0]["n"]["value"]),
            }
        query = f"SELECT ?p ?o WHERE {{ <{picks['typical']}> ?p ?o }}"
        page_url = site + _path(picks["typical"]) + "/"
        sparql_url = f"{endpoint}/query?{urllib.parse.urlencode({'query': query})}"
        pollers = [
            threading.Thread(
                target=_first, args=(page_url, "text/html", started, deadline, found, "page")
            ),
            threading.Thread(
                target=_first,
                args=(
                    sparql_url,
                    "application/sparql-results+json",
                    started,
                    deadline,
                    found,
                    "sparql",
                ),
            ),
        ]
        for poller in pollers:
            poller.start()
        if "ready" not in found and process.stdout:
            process.stdout.readline()
            found["ready"] = round(time.monotonic() - started, 2)
        for poller in pollers:
            poller.join()
        found["biggest"] = _timed(site + _path(picks["biggest"]) + "/")
        found["statement"] = _timed(site + _path(picks["statement"]) + "/")
        if "picks" in found:  # the warm-up run: until the whole-graph pages are made and kept
            found["index"] = _index(site, started, started + index_timeout)
        found.setdefault("picks", picks)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        found.pop("pid")
    return found


def _median(runs: list[dict[str, Any]], key: str) -> float | None:
    values = [r[key] for r in runs if r.get(key) is not None]
    return round(statistics.median(values), 2) if values else None


def measure(
    n: int, work: Path, runs: int, cold: bool, timeout: float, index_timeout: float
) -> dict[str, Any]:
    """The figures of ``kzld serve`` at size ``n``."""
    graph = prepare(n, work)
    entry: dict[str, Any] = {"documents": n, "graph_mb": round(graph.stat().st_size / 1e6, 1)}
    if cold:
        shutil.rmtree(graph.parent / ".kzld-store", ignore_errors=True)
    first = run_once(graph, None, timeout, index_timeout)
    picks = first.pop("picks")
    entry["signatures"] = first.pop("signatures")
    entry["picks"] = picks
    entry["index_first_start"] = first["index"]
    if cold:
        entry["cold"] = first
    entry["runs"] = [run_once(graph, picks, timeout) for _ in range(runs)]
    for key in (
        "page",
        "page_cpu",
        "sparql",
        "sparql_cpu",
        "ready",
        "biggest",
        "statement",
        "load",
    ):
        entry[f"median_{key}"] = _median(entry["runs"], key)
    return entry


def markdown(data: dict[str, Any]) -> str:
    """The short table of ``data`` (the contents of ``serve.json``)."""
    lines = [
        "# kzld serve: time to the first answers",
        "",
        f"Made by `{data['command']}` on {data['date']} (written by `bench/serve.py`; every run "
        "in `bench/serve.json`).",
        "",
        f"Target: {TARGET}.",
        "",
        f"Machine: {data['machine'].get('cores')} cores, {data['machine'].get('platform')}; "
        f"git {data['versions'].get('git')}. The load average (last minute) is read before each "
        "run: the machine is shared, and every figure grows with it.",
        "",
        "Seconds from the start of `kzld serve` (medians of the runs, the store kept beside the "
        "file already made): the page of a typical organisation, a SPARQL answer, the `Serving` "
        "line; then one request for the page of the organisation with most signatures, and for "
        "a statement's page. In brackets, the CPU seconds that `kzld serve` and its processes "
        "had spent by the first answer: on an idle machine of two cores the wall time is about "
        "that or less.",
        "",
        "| N | graph MB | runs | load (median) | first page (CPU s) | first SPARQL (CPU s) | ready "
        "| biggest organisation page (signatures) | statement page | cold start: page / SPARQL "
        "| index on first start |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for e in data["sizes"]:
        cold = e.get("cold")
        cold_text = f"{cold.get('page')} / {cold.get('sparql')}" if cold else "-"
        lines.append(
            f"| {e['documents']} | {e['graph_mb']} | {len(e['runs'])} | {e['median_load']} "
            f"| {e['median_page']} ({e['median_page_cpu']}) "
            f"| {e['median_sparql']} ({e['median_sparql_cpu']}) | {e['median_ready']} "
            f"| {e['median_biggest']} ({e['signatures']['biggest']}) | {e['median_statement']} "
            f"| {cold_text} | {e['index_first_start']} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold", action="store_true", help="remove the kept store first")
    parser.add_argument("--timeout", type=float, default=1800)
    parser.add_argument(
        "--index-timeout", type=float, default=900, help="seconds to wait for the index"
    )
    parser.add_argument("--work", type=Path, default=BENCH / "work")
    parser.add_argument("--out", type=Path, default=BENCH / "serve.json")
    args = parser.parse_args()
    data: dict[str, Any] = {
        "command": "python bench/serve.py " + " ".join(sys.argv[1:]),
        "date": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "machine": machine(),
        "versions": versions(),
        "sizes": [],
    }
    for n in [int(x) for x in args.sizes.split(",")]:
        entry = measure(n, args.work, args.runs, args.cold, args.timeout, args.index_timeout)
        data["sizes"].append(entry)
        print(json.dumps({k: v for k, v in entry.items() if k != "runs"}), flush=True)
        args.out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        args.out.with_name("SERVE.md").write_text(markdown(data), encoding="utf-8")


if __name__ == "__main__":
    main()
