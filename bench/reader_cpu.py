"""The reader's CPU time per text, and what it reads, over folders of texts (issue 21).

``python bench/reader_cpu.py FOLDER... [--runs 3] [--dump FILE]`` reads every ``.txt`` of the
folders (in name order) in a fresh process per run, as :func:`kzld.parse.read_file` does in a
build: the first text alone (the reader's start: word lists, patterns, lingua's models), then
all the others, each timed with ``time.process_time()``. It prints, as JSON, the median over
the runs of the first text's CPU seconds, of the others' sum and of their mean per text.

``--dump FILE`` also writes what the reader made of each text, one line a text (its path, a
tab, then ``repr`` of the :class:`~kzld.model.records.Document`, or ``error`` and the message):
two trees that read alike write the same file, so a change meant to make the reader faster,
not different, is checked with ``cmp`` of the dumps.

Run it with ``nice -n 10`` on a shared machine and compare CPU seconds, not wall time; set
``KZLD_CACHE_DIR`` to a folder of the tree's own and run once first, so that what kzld keeps
between runs (:mod:`kzld.derived`) is there as in a build.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path


def texts(folders: list[Path]) -> list[Path]:
    """The ``.txt`` files of ``folders``, each folder's in name order."""
    return [path for folder in folders for path in sorted(folder.glob("*.txt"))]


def one(files: list[Path], dump: Path | None) -> dict[str, float]:
    """The first text's CPU seconds and the others', read in this process."""
    from kzld.errors import InputError
    from kzld.parse import read_file

    lines: list[str] = []
    spent: list[float] = []
    for path in files:
        start = time.process_time()
        try:
            read = repr(read_file(path))
        except InputError as error:
            read = f"error {error}"
        spent.append(time.process_time() - start)
        lines.append(f"{path}\t{read}\n")
    if dump is not None:
        dump.write_text("".join(lines), encoding="utf-8")
    rest = spent[1:]
    return {
        "first": round(spent[0], 3),
        "others": round(sum(rest), 3),
        "per_text": round(sum(rest) / max(1, len(rest)), 4),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dump", type=Path, help="write what the reader made of each text")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    files = texts(args.folders)
    if not files:
        parser.error("no .txt file in the folders")
    if args.one:
        print(json.dumps(one(files, args.dump)))
        return
    runs = []
    for run in range(args.runs):
        command = [sys.executable, __file__, "--one", *map(str, args.folders)]
        if args.dump is not None and run == 0:
            command += ["--dump", str(args.dump)]
        done = subprocess.run(command, check=True, capture_output=True, text=True)
        runs.append(json.loads(done.stdout))
    found = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
    print(json.dumps({"texts": len(files), "runs": runs, "median": found}, indent=1))


if __name__ == "__main__":
    main()
