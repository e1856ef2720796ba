"""Which reader published each signature, and how often each reader invents (issue 18).

``python bench/reader_paths.py --split tune`` scores the tune texts with
``bench/quality_reader.py`` and names, for each published signature found or invented, the
reader that read the entries it quotes (:mod:`kzld.parse.provenance`): a list by its block's form
(``list:inline``, ``list:plain``, ``list:marked``, ``list:signed``, ``...:top`` for a block at the
text's top), or the reader outside lists (``title_signers``, ``prose_signers``, ...; a reader that
got the name from another it calls names both, ``title_signers>prose_signers``).

It prints one row a reader: found and invented on fold A (the texts whose number is odd), on
fold B (even) and on the ``w`` texts, largest fold-A inventions first; ``--json OUT`` also writes
every signature with its text, fold, reader, quote or signer and whether it was found.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from quality_reader import DEVCORPUS, evaluate  # noqa: E402

#: Only the tune split is read by reader: the held-out texts are scored, never traced.
SPLITS = ("tune",)
#: The folds, in the order of the table's columns.
FOLDS = ("A", "B", "w")


def fold_of(name: str) -> str:
    """``w`` for a ``w`` text, else ``A`` for a text whose number is odd, ``B`` for an even one."""
    if re.match(r"w\d", name):
        return "w"
    match = re.match(r"[a-z]+(\d+)", name)
    return "A" if match is None or int(match.group(1)) % 2 else "B"


def trace_folder(folder: Path) -> list[dict[str, Any]]:
    """Every published signature of ``folder``'s texts with its reader and whether it was
    found."""
    scores, _ = evaluate(folder)
    rows: list[dict[str, Any]] = []
    for score in scores:
        fold = fold_of(score.file)
        for sig in score.found_by:
            rows.append(
                {
                    "file": score.file,
                    "fold": fold,
                    "path": sig["reader"],
                    "found": True,
                    "signer": sig["name"],
                }
            )
        for sig in score.invented:
            rows.append(
                {
                    "file": score.file,
                    "fold": fold,
                    "path": sig["reader"],
                    "found": False,
                    "quote": sig["quote"],
                }
            )
    return rows


def table(rows: list[dict[str, Any]]) -> str:
    """One line a reader: found and invented on each fold, the most fold-A inventions first."""
    counts: Counter[tuple[str, str, bool]] = Counter(
        (r["path"], r["fold"], r["found"]) for r in rows
    )
    paths = sorted({r["path"] for r in rows})
    paths.sort(key=lambda p: (-counts[(p, "A", False)], -counts[(p, "A", True)], p))
    head = "".join(f" {f + ' found':>8} {f + ' inv':>6}" for f in FOLDS)
    lines = [f"{'reader':44}{head}"]
    for path in paths:
        figures = "".join(
            f" {counts[(path, fold, True)]:8} {counts[(path, fold, False)]:6}" for fold in FOLDS
        )
        lines.append(f"{path or '?':44}{figures}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=SPLITS, required=True, help="a split of devcorpus/")
    parser.add_argument("--json", type=Path, help="write every signature with its path here")
    args = parser.parse_args(argv)
    rows = trace_folder(DEVCORPUS / args.split)
    if args.json is not None:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
