"""Score the reader with some of its cue words taken away: what it finds by form alone (issue 18).

``python bench/cue_ablation.py --split tune --json`` scores a split as ``bench/quality_reader.py``
does, with the lists of ``src/kzld/parse/cues.yaml`` named by ``--empty`` emptied first (by
default the words of a list's heading: ``signatory_headings``, ``group_headings`` and
``further_headings``). A text in a language no word file covers gives the reader none of those
words; the gap between this scoring and the full one, text by text, is what such a text would
lose, and a change that finds lists by their form narrows it. ``--empty`` may be given again to
take away more lists (``--empty following_words``): each is emptied for every reader that reads
it, not for the list reader alone.

The words are taken away in this process before the build starts; the build's reading workers are
forked from it and inherit them so. Every other option is ``quality_reader.py``'s.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import quality_reader  # noqa: E402

#: The lists of ``cues.yaml`` that hold the words of a list's heading.
HEADING_LISTS = ("signatory_headings", "group_headings", "further_headings")


def empty_lists(keys: list[str]) -> None:
    """Empty the lists ``keys`` of ``cues.yaml`` for this process and the workers it forks.

    Must run before the reader first reads them (its word sets are built once, on first use)."""
    from kzld.parse.cues import vocabulary

    words = vocabulary()
    unknown = sorted(key for key in keys if not isinstance(words.get(key), list))
    if unknown:
        raise SystemExit(f"no list of cues.yaml is named {', '.join(unknown)}")
    for key in keys:
        words[key] = []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="Any other argument is passed on to bench/quality_reader.py.",
    )
    parser.add_argument(
        "--empty",
        action="append",
        metavar="KEY",
        help="a list of cues.yaml to empty (again for more; default: the heading lists)",
    )
    args, rest = parser.parse_known_args(argv)
    empty_lists(args.empty or list(HEADING_LISTS))
    return quality_reader.main(rest)


if __name__ == "__main__":
    raise SystemExit(main())
