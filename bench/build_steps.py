"""The CPU of each step of one build (issue 21): ``python bench/build_steps.py SEEDS OUT``.

Runs ``kzld.pipeline.build(SEEDS, OUT)`` in this process with the steps below timed by
``time.thread_time()`` (so the validation, which runs in a second thread, is counted in its own
thread; a step's time includes the steps it calls, marked by indent), then prints the process's
CPU seconds (all threads, the import included), each step's CPU seconds and calls, and the
build's own stage timings (wall). Made to see what an add-one build spends that grows with the
archive: run it on a copy of a built archive with one text added. Steps that a tree does not have
(the index of another state layout) are left out.
"""

from __future__ import annotations

import argparse
import collections
import functools
import importlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

START = time.process_time()
import kzld.pipeline  # noqa: E402

#: (module, attribute path, label): the steps timed.
STEPS = (
    ("kzld.state", "BuildState.inputs", "the texts' identities and digests"),
    ("kzld.state", "BuildState.tally", "the tally read"),
    ("kzld.state", "BuildState._index", "  index.json read"),
    ("kzld.state_index", "PartIndex._read", "  index.sqlite read"),
    ("kzld.state", "BuildState.part", "the kept parts taken"),
    ("kzld.pipeline", "_Parts._read", "the texts not kept read"),
    ("kzld.resolve.corpus", "CorpusResolver.__init__", "the resolver's start"),
    ("kzld.pipeline", "_Parts._resolve_and_map", "those texts resolved and mapped"),
    ("kzld.pipeline", "_Parts._define", "the texts' definitions"),
    ("kzld.pipeline", "_corpus_graph", "the corpus put together"),
    ("kzld.pipeline", "assemble", "  mapped"),
    ("kzld.rdf.triples", "TripleSet.take_in_order", "the corpus ordered"),
    ("kzld.pipeline", "_Parts.validating", "what validation needs (Split)"),
    ("kzld.pipeline", "validate_parts", "validation (its thread)"),
    ("kzld.rdf.splice", "Blocks.made", "  blocks made (corpus, new part)"),
    ("kzld.state", "BuildState.previous", "the last dumps' runs read"),
    ("kzld.pipeline", "_write_dump", "both dumps written"),
    ("kzld.pipeline", "_write_atomically", "published"),
    ("kzld.state", "BuildState.save", "the state saved"),
    ("kzld.state", "_index", "  index.json made"),
    ("kzld.state_index", "PartIndex.save", "  index.sqlite saved"),
)

CPU: collections.Counter[str] = collections.Counter()
CALLS: collections.Counter[str] = collections.Counter()


def timed(owner: Any, name: str, label: str) -> None:
    """Time the function ``name`` of ``owner`` (a module or class) under ``label``."""
    function: Callable[..., Any] = getattr(owner, name)

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            CPU[label] += time.thread_time() - start
            CALLS[label] += 1

    setattr(owner, name, wrapper)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seeds", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    imported = time.process_time() - START
    labels = []
    for module, path, label in STEPS:
        try:
            owner: Any = importlib.import_module(module)
            *outer, name = path.split(".")
            for part in outer:
                owner = getattr(owner, part)
            getattr(owner, name)
        except (ImportError, AttributeError):
            continue
        timed(owner, name, label)
        labels.append(label)
    result = kzld.pipeline.build(args.seeds, args.out)
    total = time.process_time() - START
    print(f"{total:7.3f} CPU s in all: {result.documents} texts, {result.resolved} resolved")
    print(f"{imported:7.3f}        import kzld.pipeline")
    for label in labels:
        if CALLS[label]:
            print(f"{CPU[label]:7.3f} {CALLS[label]:6d} {label}")
    print("wall:", {stage: round(seconds, 2) for stage, seconds in result.timings.items()})


if __name__ == "__main__":
    main()
