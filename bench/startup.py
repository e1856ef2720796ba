"""The fixed start-up costs of a build (issue 21): ``python bench/startup.py TEXT [--runs 3]``.

Each run is a fresh process that times, with ``time.process_time()``, each step a build pays
whatever the archive's size: importing ``kzld.cli`` then ``kzld.pipeline``; the reader's first
text (``TEXT``) and the same text again; the resolver's start (with the authority's recorder, as a
build keeps parts) and that text resolved; the shipped shapes split for the engine (kept between
runs, parsed only when they are not); then compiled by it.
Prints each step's CPU seconds, the median over the runs, as JSON. What kzld keeps between runs
(:mod:`kzld.derived`) is used as a build uses it: run once more with ``KZLD_CACHE_DIR`` set to an
empty folder to see a first run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path


def one(text: Path) -> dict[str, float]:
    """The steps' CPU seconds in this process."""
    found: dict[str, float] = {}
    start = time.process_time()

    def step(name: str) -> None:
        nonlocal start
        now = time.process_time()
        found[name] = round(now - start, 3)
        start = now

    import kzld.cli

    step("import kzld.cli")
    import kzld.pipeline  # noqa: F401
    from kzld.parse.folder import read_one
    from kzld.resolve.corpus import CorpusResolver
    from kzld.resolve.orgs.consulted import Recorder
    from kzld.validate.shapes import compiled, prepared

    step("import kzld.pipeline")
    document = read_one(text)
    step("the reader's first text")
    read_one(text)
    step("the same text again")
    resolver = CorpusResolver()
    recorder = Recorder(resolver.resolver)
    with recorder.text():
        resolver.document(document)  # type: ignore[arg-type]
    step("the resolver's start and one text")
    split = prepared()
    step("shapes split")
    compiled(split.core)
    step("shapes compiled")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("text", type=Path, help="a source text")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.text)))
        return
    runs = [
        json.loads(
            subprocess.run(
                [sys.executable, __file__, str(args.text), "--one"],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        )
        for _ in range(args.runs)
    ]
    medians = {name: statistics.median(run[name] for run in runs) for name in runs[0]}
    medians["sum"] = round(sum(medians.values()) - medians["the same text again"], 3)
    print(json.dumps({"runs": runs, "median": medians}, indent=1))


if __name__ == "__main__":
    main()
