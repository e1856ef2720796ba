"""Time and memory of the publication at a given size: ``kzld site`` (wall time, CPU time of it
and its workers, the peak RSS of its biggest process and the peak memory of all its processes
together, pages and files written) and ``kzld serve`` (seconds from start until the first resource
page, and a SPARQL query, are answered).

    python bench/site.py --sizes 100,1000 [--repeat 3] [--work bench/work] [--no-serve]

For each N, the corpus of ``bench/generate.py`` (seed 1) is written and built once under
``<work>/site-n<N>/`` (reused on later runs); the figures are printed as a Markdown table and
written to ``<work>/site-results.json``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import socket
import statistics
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


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants (read off ``/proc``; empty once it is gone)."""
    found, todo = [], [pid]
    while todo:
        at = todo.pop()
        found.append(at)
        for task in Path(f"/proc/{at}/task").glob("*/children"):
            with contextlib.suppress(OSError):
                todo.extend(int(c) for c in task.read_text().split())
    return found


def _pss_mb(pids: list[int]) -> float:
    """The memory ``pids`` hold together (proportional set size: a page shared by forked
    workers counted once in all), in MB."""
    total = 0
    for pid in pids:
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
    return total / 1024


def _measured(command: list[str]) -> dict[str, float]:
    """Run ``command``; its wall time, CPU time (user + system, its workers included), the peak
    RSS of its biggest process and the peak memory of all its processes together (PSS, sampled
    every 0.1 s), in MB."""
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = 0.0
    while True:  # (its output is a few lines: the pipes never fill)
        done, status, usage = os.wait4(process.pid, os.WNOHANG)  # its reaped workers included
        if done:
            break
        peak = max(peak, _pss_mb(_tree(process.pid)))
        time.sleep(0.1)
    wall = time.monotonic() - started
    output = process.stdout.read().decode() if process.stdout else ""
    errors = process.stderr.read().decode() if process.stderr else ""
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{errors}{output}")
    return {
        "wall_s": round(wall, 1),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
        "peak_rss_mb": round(usage.ru_maxrss / 1024),
        "peak_pss_mb": round(peak),
        "output": output.strip(),  # type: ignore[dict-item]
    }


def _median(runs: list[dict[str, float]]) -> dict[str, float]:
    """The median of each figure of ``runs`` (and their number)."""
    keys = [k for k in runs[0] if k != "output"]
    row = {k: round(statistics.median(r[k] for r in runs), 1) for k in keys}
    row["runs"] = len(runs)
    row["output"] = runs[-1]["output"]
    return row


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
    parser.add_argument("--repeat", type=int, default=1, help="runs of kzld site (medians)")
    args = parser.parse_args()
    results = []
    for n in [int(x) for x in args.sizes.split(",")]:
        graph = _prepare(n, args.work)
        out = graph.parent / "site"
        row: dict[str, object] = {"documents": n, "graph_mb": round(graph.stat().st_size / 1e6)}
        load = os.getloadavg()[0]  # what else the machine was doing
        command = ["kzld", "site", "--data", str(graph), "--out", str(out)]
        row.update(_median([_measured(command) for _ in range(args.repeat)]))
        row["load_before"] = round(load, 2)
        if not args.no_serve:
            row.update(_serve(graph))
        results.append(row)
        print(json.dumps(row), flush=True)
    (args.work / "site-results.json").write_text(json.dumps(results, indent=1) + "\n")
    header = (
        "| documents | runs | load | site wall (s) | site CPU (s) | peak RSS, biggest process"
        " (MB) | peak memory, all processes (PSS, MB) | first page (s) |"
    )
    print("\n" + header)
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for row in results:
        print(
            f"| {row['documents']} | {row['runs']} | {row['load_before']} | {row['wall_s']} "
            f"| {row['cpu_s']} | {row['peak_rss_mb']} | {row['peak_pss_mb']} "
            f"| {row.get('first_page_s', '-')} |"
        )


if __name__ == "__main__":
    main()
