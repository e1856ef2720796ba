"""What language detection costs and what it answers (issue 21): ``python bench/languages.py``.

The reader asks the detector about prose lines (and, where a text has none, its headings and names
together). This script records every text the reader asks about while it reads two folders, then
asks again of each text, in each of these ways:

- ``full``: lingua's full models (trigrams up to fivegrams) over every language of
  :data:`kzld.parse.language.LANGUAGES`, on the whole text: the reference answer;
- ``one detector``: one low-accuracy detector of all those languages, on the first 4,096
  characters (the reader before this measurement);
- ``by script, N``: what the reader does now, :func:`kzld.parse.language.detect` (the script
  first, then a low-accuracy detector of that script's languages), on the first N characters.

For each way it gives how many answers differ from the reference, and the CPU seconds spent
(the detectors are built and warmed before the clock starts). The folders are the development
corpus's tune split (``bench/devcorpus/tune``: the answers that matter) and a generated corpus
(``bench/generate.py``, ``--n`` texts, seed 1: the time). The held-out split is never read.

The languages each build gives its texts are scored by ``bench/quality_reader.py``; this script
only compares the detector's answers line by line.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from generate import generate  # noqa: E402
from lingua import Language, LanguageDetectorBuilder  # noqa: E402

import kzld.parse.dates as dates_module  # noqa: E402
import kzld.parse.structure as structure_module  # noqa: E402
from kzld.limits import LANGUAGE_SAMPLE  # noqa: E402
from kzld.parse import language as language_module  # noqa: E402
from kzld.parse import read_file  # noqa: E402

#: The sample lengths tried with the reader's way of detecting.
SAMPLES = (4096, 512, 384, 256, 192, 128)

Detect = Callable[[str], "str | None"]


@contextmanager
def recording(asked: list[str]) -> Iterator[None]:
    """While active, every text the reader asks the detector about is appended to ``asked``."""
    modules = (structure_module, dates_module)
    original = language_module.detect

    def spy(text: str, limit: int = LANGUAGE_SAMPLE) -> str | None:
        asked.append(text)
        return original(text, limit)

    for module in modules:
        module.detect = spy  # type: ignore[attr-defined]
    try:
        yield
    finally:
        for module in modules:
            module.detect = original  # type: ignore[attr-defined]


def asked_of(folder: Path) -> list[str]:
    """The texts the reader asks the detector about while it reads every ``*.txt`` of ``folder``."""
    asked: list[str] = []
    with recording(asked):
        for path in sorted(folder.glob("*.txt")):
            read_file(path)
    return asked


def lingua_way(low_accuracy: bool, limit: int | None) -> Detect:
    """Detection with one lingua detector of all the reader's languages."""
    builder = LanguageDetectorBuilder.from_languages(
        *(getattr(Language, name) for name in language_module.LANGUAGES)
    )
    detector: Any = (builder.with_low_accuracy_mode() if low_accuracy else builder).build()

    def detect(text: str) -> str | None:
        sample = language_module._NO_LANGUAGE.sub(" ", text[:limit] if limit else text)
        if sum(c.isalpha() for c in sample) < language_module._LETTERS:
            return None
        found = detector.detect_language_of(sample)
        if found is None:
            return None
        code: str = found.iso_code_639_1.name.lower()
        return "no" if code == "nb" else code

    return detect


def ways() -> dict[str, Detect]:
    """The ways of detecting compared, by name; the first is the reference."""
    found: dict[str, Detect] = {
        "full": lingua_way(low_accuracy=False, limit=None),
        "one detector, 4096": lingua_way(low_accuracy=True, limit=4096),
    }
    for limit in SAMPLES:
        found[f"by script, {limit}"] = lambda text, n=limit: language_module.detect(text, n)
    return found


#: How many times each way answers every text; the least CPU time of the rounds is reported
#: (the machine is shared: the least is the one least disturbed).
ROUNDS = 3


def measure(asked: list[str], detect: Detect) -> tuple[list[str | None], float]:
    """The answers of ``detect`` to ``asked`` and the least CPU seconds of :data:`ROUNDS`
    rounds (after a warm-up)."""
    for text in asked[:50]:
        detect(text)
    answers: list[str | None] = []
    times = []
    for _ in range(ROUNDS):
        start = time.process_time()
        answers = [detect(text) for text in asked]
        times.append(time.process_time() - start)
    return answers, min(times)


def report(name: str, asked: list[str]) -> list[str]:
    """Markdown rows: for each way, the answers that differ from the reference, and the time."""
    rows = [f"\n{name}: {len(asked)} texts asked about, {sum(map(len, asked)):,} characters\n"]
    rows.append("| way | answers unlike `full` | CPU s |")
    rows.append("|---|---|---|")
    reference: list[str | None] = []
    differing: list[str] = []
    for way, detect in ways().items():
        answers, seconds = measure(asked, detect)
        if not reference:
            reference = answers
        unlike = [k for k, (a, b) in enumerate(zip(answers, reference, strict=True)) if a != b]
        rows.append(f"| {way} | {len(unlike)} | {seconds:.2f} |")
        for k in unlike[:5]:
            differing.append(f"- {way}: {reference[k]} -> {answers[k]}: {asked[k][:90]!r}")
    return rows + (["", *differing] if differing else [])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="generated texts (default 200)")
    parser.add_argument("--tune", type=Path, default=BENCH / "devcorpus" / "tune")
    args = parser.parse_args(argv)
    print("\n".join(report(f"tune split ({args.tune.name})", asked_of(args.tune))))
    with tempfile.TemporaryDirectory() as tmp:
        generate(args.n, 1, Path(tmp))
        asked = asked_of(Path(tmp) / "seeds")
    print("\n".join(report(f"generated corpus, {args.n} texts, seed 1", asked)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
