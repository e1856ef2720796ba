"""The time of each whole-graph constraint of validation, round after round (twelfth session).

``python bench/whole_queries.py GRAPH [--rounds 40] [--limit 180] [--json FILE]`` loads GRAPH
(any RDF file ``kzld check`` reads) into a fresh pyoxigraph store in a fresh process each round,
with the ontology's triples as validation adds them, and times every whole-graph constraint of
the shipped shapes (:mod:`kzld.validate.sparql`, :mod:`kzld.validate.qualified`): first one at a
time, then, in another fresh store, two at once as :mod:`kzld.validate.whole` runs them. A round
still running after ``--limit`` seconds is stopped and recorded with the constraints it had started
and not ended. It prints, per way of running, the rounds' totals and the slowest constraints (min,
median, max); ``--json`` also writes every round. The kzld measured is the one on ``PYTHONPATH``.

A query whose plan changes from run to run shows here as a round far slower than the others
(pyoxigraph 0.5 names a node a path sequence hides at random: ``bench/INCREMENTAL.md``, twelfth
session). Run it with ``nice -n 10`` on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

#: The ways a round runs the constraints: one at a time, and two at once as validation does.
WAYS = ("one", "two")


def one_round(graph: Path) -> list[dict[str, Any]]:
    """Both ways of running the constraints over ``graph``, each in a fresh store: the seconds
    each took and how many results it gave (constraints named on stderr as they start)."""
    import pyoxigraph as ox

    from kzld.rdf.load import load_ntriples
    from kzld.validate.qualified import evaluate as counted
    from kzld.validate.shapes import load_shapes, ontology_triples, split_shapes
    from kzld.validate.sparql import evaluate as selected

    data = load_ntriples(graph, None).data
    _, constraints, counts = split_shapes(load_shapes())
    jobs: list[tuple[str, Any, Any]] = [(f"{c.shape}", selected, c) for c in constraints]
    jobs += [(f"{c.shape} (count)", counted, c) for c in counts]
    rounds = []
    for way in WAYS:
        store = ox.Store()
        store.load(data, format=ox.RdfFormat.N_TRIPLES)
        store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in ontology_triples())

        def timed(job: tuple[str, Any, Any], store: ox.Store = store) -> tuple[float, int]:
            print(f"start {job[0]}", file=sys.stderr, flush=True)
            start = time.perf_counter()
            found = len(list(job[1](store, (job[2],))))
            print(f"end {job[0]}", file=sys.stderr, flush=True)
            return time.perf_counter() - start, found

        start = time.perf_counter()
        with ThreadPoolExecutor(max_workers=1 if way == "one" else 2) as pool:
            spent = dict(zip([j[0] for j in jobs], pool.map(timed, jobs), strict=True))
        rounds.append(
            {
                "way": way,
                "total": round(time.perf_counter() - start, 3),
                "seconds": {name: round(s, 4) for name, (s, _) in spent.items()},
                "found": {name: n for name, (_, n) in spent.items() if n},
            }
        )
    return rounds


def rounds(graph: Path, count: int, limit: float) -> list[dict[str, Any]]:
    """``count`` rounds, each in a fresh process stopped after ``limit`` seconds."""
    made = []
    for number in range(1, count + 1):
        command = [sys.executable, __file__, str(graph), "--one"]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=limit)
        except subprocess.TimeoutExpired as stopped:
            err = stopped.stderr or b""
            text = err.decode() if isinstance(err, bytes) else err
            running = _running(text.splitlines())
            made.append({"round": number, "stopped": limit, "running": running})
            print(f"round {number}: stopped after {limit:g} s in {running}", flush=True)
            continue
        done.check_returncode()
        for way in json.loads(done.stdout):
            made.append({"round": number, **way})
        print(f"round {number}: {[w['total'] for w in made[-2:]]} s", flush=True)
    return made


def _running(lines: list[str]) -> list[str]:
    """The constraints a stopped round had started and not ended (in its last way of running)."""
    running: list[str] = []
    for line in lines:
        kind, _, name = line.partition(" ")
        if kind == "start":
            running.append(name)
        elif kind == "end" and name in running:
            running.remove(name)
    return running


def summary(made: list[dict[str, Any]]) -> str:
    """Per way: the rounds' totals and the five slowest constraints (min, median, max)."""
    lines = [f"{sum('stopped' in r for r in made)} rounds stopped at the limit"]
    lines += [f"  round {r['round']} in {r['running']}" for r in made if "stopped" in r]
    for way in WAYS:
        done = [r for r in made if r.get("way") == way]
        if not done:
            continue
        lines.append(f"{way} at a time, {len(done)} rounds: {_spread([r['total'] for r in done])}")
        names = sorted(done[0]["seconds"], key=lambda n: -max(r["seconds"][n] for r in done))
        for name in names[:5]:
            lines.append(f"  {name}: {_spread([r['seconds'][name] for r in done])}")
    return "\n".join(lines)


def _spread(values: list[float]) -> str:
    return (
        f"min {min(values):.2f} s, median {statistics.median(values):.2f} s, "
        f"max {max(values):.2f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("graph", type=Path)
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--limit", type=float, default=180.0, help="seconds a round may run")
    parser.add_argument("--json", type=Path, help="also write every round here")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    given = parser.parse_args()
    if given.one:
        print(json.dumps(one_round(given.graph)))
        return
    made = rounds(given.graph, given.rounds, given.limit)
    if given.json is not None:
        given.json.write_text(json.dumps(made, indent=1) + "\n", encoding="utf-8")
    print(summary(made))


if __name__ == "__main__":
    main()
