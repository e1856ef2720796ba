"""Time and memory of the publication at a given size: ``kzld site`` (wall time, CPU time, peak
RSS, pages and files written) and ``kzld serve`` (seconds from start until the first resource
page, and a SPARQL query, are answered).

    python bench/site.py --sizes 100,1000 [--work bench/work] [--no-serve]

For each N, the corpus of ``bench/generate.py`` (seed 1) is written and built once under
``<work>/site-n<N>/`` (reused on later runs); the figures are printed as a Markdown table and
written to ``<work>/site-results.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _measured(command: list[str]) -> dict[str, float]:
    """Run ``command``; its wall time, CPU time (user + system) and peak RSS in MB."""
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - started
    output = process.stdout.read().decode() if process.stdout else ""
    errors = process.stderr.read().decode() if process.stderr else ""
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{errors}{output}")
    return {
        "wall_s": round(wall, 1),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
        "peak_mb": round(usage.ru_maxrss / 1024),
        "output": output.strip(),  # type: ignore[dict-item]
    }


def _prepare(n: int, work: Path) -> Path:
    """The published graph of the N-document corpus, generated and built if missing."""
    folder = work / f"site-n{n}"
    graph = folder / "out" / "kzld.ttl"
    if not graph.is_file():
        shutil.rmtree(folder, ignore_errors=True)
        generate = [sys.executable, str(HERE / "generate.py"), "--n", str(n), "--out", str(folder)]
        subprocess.run(generate, check=True, capture_output=True)
        build = ["kzld", "build", "--seeds", str(folder / "seeds"), "--out", str(folder / "out")]
        subprocess.run(build, check=True, capture_output=True)
    return graph


def _first_answer(url: str, deadline: float, accept: str = "text/html") -> float | None:
    """Seconds until ``url`` answers 200 (None when it does not before ``deadline``)."""
    started = time.monotonic()
    request = urllib.request.Request(url, headers={"Accept": accept})
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(request, timeout=5) as response:
                if response.status == 200:
                    return round(time.monotonic() - started, 2)
        except (urllib.error.URLError, OSError):
            time.sleep(0.05)
    return None


def _serve(graph: Path, timeout: float = 300) -> dict[str, float | None]:
    """Seconds from ``kzld serve`` start to its first page and first SPARQL answer."""
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(path=str(graph), format=ox.RdfFormat.TURTLE)
    org = next(
        str(getattr(q.subject, "value", ""))
        for q in store.quads_for_pattern(
            None,
            ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
            ox.NamedNode("http://schema.org/Organization"),
        )
    )
    del store
    path = "/" + org.split("/id/", 1)[1] + "/"
    port, pages = _free_port(), _free_port()
    command = ["kzld", "serve", "--data", str(graph), "--port", str(port)]
    command += ["--site-port", str(pages)]
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = started + timeout
        page = _first_answer(f"http://127.0.0.1:{pages}{path}", deadline)
        page_at = None if page is None else round(time.monotonic() - started, 2)
        sparql = _first_answer(
            f"http://127.0.0.1:{port}/query?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D",
            deadline,
            "application/sparql-results+json",
        )
        del sparql
        return {"first_page_s": page_at, "page": path}  # type: ignore[dict-item]
    finally:
        process.terminate()
        process.wait(30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000")
    parser.add_argument("--work", type=Path, default=HERE / "work")
    parser.add_argument("--no-serve", action="store_true")
    args = parser.parse_args()
    results = []
    for n in [int(x) for x in args.sizes.split(",")]:
        graph = _prepare(n, args.work)
        out = graph.parent / "site"
        row: dict[str, object] = {"documents": n, "graph_mb": round(graph.stat().st_size / 1e6)}
        row.update(_measured(["kzld", "site", "--data", str(graph), "--out", str(out)]))
        if not args.no_serve:
            row.update(_serve(graph))
        results.append(row)
        print(json.dumps(row), flush=True)
    (args.work / "site-results.json").write_text(json.dumps(results, indent=1) + "\n")
    header = "| documents | site wall (s) | site CPU (s) | peak RSS (MB) | first page (s) |"
    print("\n" + header)
    print("|---:|---:|---:|---:|---:|")
    for row in results:
        print(
            f"| {row['documents']} | {row['wall_s']} | {row['cpu_s']} | {row['peak_mb']} "
            f"| {row.get('first_page_s', '-')} |"
        )


if __name__ == "__main__":
    main()
