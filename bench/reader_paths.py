"""Which reader published each signature, and how often each reader invents (issue 18).

``python bench/reader_paths.py --split tune`` builds the tune texts as
``bench/quality_reader.py`` does, marks each published signature found or invented with the same
matching (:func:`quality_reader.signature_matches`), and names the reader that made the entry
the signature quotes: the list reader by its block's form (``list:inline``, ``list:plain``,
``list:marked``, ``list:signed``, ``...:top`` for a block at the text's top, ``header:...`` for
the blocks published as header lines), or the reader outside lists whose section the document
kept, named as :mod:`kzld.parse.structure` imports it (``title_signers``, ``prose_signers``, ...).

It prints one row a path: found and invented on fold A (the texts whose number is odd) and on
fold B (even), largest fold-A inventions first; ``--json OUT`` also writes every signature with
its text, fold, path, quotes and whether it was found.

The readers are traced by wrapping, in this process only, the functions ``structure`` calls
(every ``*_signers`` it imports, ``signatories.read_section`` and ``gate.published``): the
reader itself is unchanged, and a section is known by its span and heading.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from quality_reader import DEVCORPUS, load_golds, predict, signature_matches  # noqa: E402

#: Only the tune split is read by path: the held-out texts are scored, never traced.
SPLITS = ("tune",)


@dataclass
class Trace:
    """The reader of each section made while one text is read, and the entries published."""

    makers: dict[tuple[int, int, str], str] = field(default_factory=dict)
    published: dict[str, str] = field(default_factory=dict)

    def made(self, section: Any, path: str) -> None:
        """Remember that ``path`` made ``section`` (the first reader to make it keeps it)."""
        if section is not None:
            self.makers.setdefault((section.span.start, section.span.end, section.heading), path)

    def clear(self) -> None:
        """Forget the text read before."""
        self.makers.clear()
        self.published.clear()


def _traced(trace: Trace, name: str, reader: Callable[..., Any]) -> Callable[..., Any]:
    """``reader`` that tells ``trace`` of each section it returns."""

    @functools.wraps(reader)
    def traced(*args: Any, **kwargs: Any) -> Any:
        found = reader(*args, **kwargs)
        for section in found if isinstance(found, list) else [found]:
            trace.made(section, name)
        return found

    return traced


def install(trace: Trace) -> None:
    """Wrap the readers ``structure`` calls so that ``trace`` learns who made each section."""
    import kzld.parse.signatories as signatories
    import kzld.parse.structure as structure

    for name in dir(structure):
        if name.endswith("_signers") and not name.startswith("_"):
            setattr(structure, name, _traced(trace, name, getattr(structure, name)))
    read_section = signatories.read_section

    def section_of_block(block: Any, *args: Any, **kwargs: Any) -> Any:
        found = read_section(block, *args, **kwargs)
        trace.made(found, f"list:{block.kind}{':top' if block.top else ''}")
        return found

    signatories.read_section = section_of_block  # type: ignore[assignment]
    published = structure.gate.published

    class Gate:
        """``gate`` as ``structure`` calls it, telling ``trace`` what it publishes."""

        set_aside = staticmethod(structure.gate.set_aside)

        @staticmethod
        def published(sections: Any, text: str) -> Any:
            kept = published(sections, text)
            for section in kept:
                key = (section.span.start, section.span.end, section.heading)
                path = trace.makers.get(key, "?")
                path = f"header:{path}" if section.kind == "header" else path
                for entry in section.entries:
                    trace.published.setdefault(text[entry.span.start : entry.span.end], path)
            return kept

    structure.gate = Gate  # type: ignore[assignment]


def fold_of(name: str) -> str:
    """``A`` for a text whose number is odd, ``B`` for an even one."""
    match = re.match(r"[a-z]+(\d+)", name)
    return "A" if match is None or int(match.group(1)) % 2 else "B"


def trace_folder(folder: Path) -> list[dict[str, Any]]:
    """Every published signature of ``folder``'s texts with its path and whether it was found."""
    from kzld.errors import InputError
    from kzld.parse import read_file

    golds, errors = load_golds(folder)
    if errors:
        raise ValueError("\n".join(errors))
    predicted = predict(folder).predicted
    trace = Trace()
    install(trace)
    rows: list[dict[str, Any]] = []
    for name, gold in golds.items():
        trace.clear()
        try:
            read_file(folder / name)
        except InputError:
            continue
        known = predicted.get(name)
        if known is None:
            continue
        _, matched = signature_matches(gold.signatories, known.signatures)
        for sig, signer in zip(known.signatures, matched, strict=True):
            paths = sorted({trace.published.get(q, "?") for q in sig.quotes})
            rows.append(
                {
                    "file": name,
                    "fold": fold_of(name),
                    "path": "+".join(paths),
                    "found": signer is not None,
                    "quotes": list(sig.quotes),
                }
            )
    return rows


def table(rows: list[dict[str, Any]]) -> str:
    """One line a path: found and invented on each fold, the most fold-A inventions first."""
    counts: Counter[tuple[str, str, bool]] = Counter(
        (r["path"], r["fold"], r["found"]) for r in rows
    )
    paths = sorted({r["path"] for r in rows})
    paths.sort(key=lambda p: (-counts[(p, "A", False)], -counts[(p, "A", True)], p))
    lines = [f"{'path':32} {'A found':>8} {'A inv':>6} {'B found':>8} {'B inv':>6}"]
    for path in paths:
        figures = [counts[(path, fold, found)] for fold in "AB" for found in (True, False)]
        lines.append(f"{path:32} {figures[0]:8} {figures[1]:6} {figures[2]:8} {figures[3]:6}")
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
