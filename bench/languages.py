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

It then scores the reader against the tune split's gold records, per gold language: how many
texts get exactly the gold's versions, and how many of the prose lines the reader detects the
versions on are answered in one of the text's gold languages, with the wrong answers by language
(what each language is taken for). Last, the memory lingua's models cost one process: the
resident size added by building and warming the detector of each script, with the reader's
languages and without the close neighbours added for issue 18 (:data:`NEIGHBOURS`).
``--confusion`` prints the per-language table alone (no timing, no generated corpus).

The languages each build gives its texts are scored by ``bench/quality_reader.py``; this script
only compares the detector's answers line by line.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from generate import generate  # noqa: E402
from gold import load_golds  # noqa: E402
from lingua import Language, LanguageDetectorBuilder  # noqa: E402

import kzld.parse.dates as dates_module  # noqa: E402
import kzld.parse.structure as structure_module  # noqa: E402
from kzld.errors import ParseError  # noqa: E402
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
    original_all = language_module.detect_all

    def spy(text: str, limit: int = LANGUAGE_SAMPLE) -> str | None:
        asked.append(text)
        return original(text, limit)

    def spy_all(texts: Sequence[str], limit: int = LANGUAGE_SAMPLE) -> list[str | None]:
        asked.extend(texts)
        return original_all(texts, limit)

    for module in modules:
        module.detect = spy  # type: ignore[attr-defined]
    structure_module.detect_all = spy_all  # type: ignore[attr-defined]
    try:
        yield
    finally:
        for module in modules:
            module.detect = original  # type: ignore[attr-defined]
        structure_module.detect_all = original_all  # type: ignore[attr-defined]


def asked_of(folder: Path) -> list[str]:
    """The texts the reader asks the detector about while it reads every ``*.txt`` of ``folder``."""
    asked: list[str] = []
    with recording(asked):
        for path in sorted(folder.glob("*.txt")):
            try:
                read_file(path)
            except ParseError:
                continue  # a text the reader cannot use costs only itself
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


@contextmanager
def answering(pairs: list[tuple[str, str | None]]) -> Iterator[None]:
    """While active, every prose line the reader detects versions on is appended to ``pairs``
    with the answer it gets."""
    original_all = language_module.detect_all

    def spy_all(texts: Sequence[str], limit: int = LANGUAGE_SAMPLE) -> list[str | None]:
        answers = original_all(texts, limit)
        pairs.extend(zip(texts, answers, strict=True))
        return answers

    structure_module.detect_all = spy_all  # type: ignore[attr-defined]
    try:
        yield
    finally:
        structure_module.detect_all = original_all  # type: ignore[attr-defined]


def confusion(folder: Path) -> list[str]:
    """Markdown rows: per gold language (the gold's versions, joined by ``+``), the texts whose
    versions are right, and the prose lines answered in a gold language or taken for another."""
    golds, errors = load_golds(folder)
    if errors:
        return [f"gold records unusable: {errors[0]}"]
    texts: Counter[str] = Counter()
    right: Counter[str] = Counter()
    lines: Counter[str] = Counter()
    lines_right: Counter[str] = Counter()
    wrong: defaultdict[str, Counter[str]] = defaultdict(Counter)
    taken: list[str] = []
    for name, gold in sorted(golds.items()):
        key = "+".join(gold.languages)
        pairs: list[tuple[str, str | None]] = []
        with answering(pairs):
            try:
                versions: tuple[str, ...] | None = read_file(folder / name).languages
            except ParseError:
                versions = None
        texts[key] += 1
        right[key] += versions == gold.languages
        if versions != gold.languages:
            taken.append(f"- {name}: {'+'.join(versions) if versions else 'left out'}")
        for _, answer in pairs:
            if answer is None:
                continue
            lines[key] += 1
            if answer in gold.languages:
                lines_right[key] += 1
            else:
                wrong[key][answer] += 1
    rows = [
        f"\nper gold language ({folder.name}): {sum(right.values())}/{sum(texts.values())} texts "
        f"with the gold's versions, {sum(lines_right.values())}/{sum(lines.values())} prose lines "
        "in a gold language\n",
        "| gold | texts right | prose lines right | taken for |",
        "|---|---|---|---|",
    ]
    for key in sorted(texts, key=lambda k: (-texts[k], k)):
        mistaken = ", ".join(f"{lang} {n}" for lang, n in wrong[key].most_common())
        rows.append(
            f"| {key} | {right[key]}/{texts[key]} | {lines_right[key]}/{lines[key]} | {mistaken} |"
        )
    return rows + (["", "texts whose versions are not the gold's:", *taken] if taken else [])


#: The close neighbours (and further languages) that issue 18 added to the reader's languages.
NEIGHBOURS = (
    "BOSNIAN", "MACEDONIAN", "BELARUSIAN", "URDU", "AZERBAIJANI", "NYNORSK", "MARATHI",
    "AFRIKAANS", "MONGOLIAN", "PUNJABI", "GUJARATI", "TELUGU", "SOMALI", "ZULU", "XHOSA",
    "SOTHO", "TSWANA", "TSONGA", "SHONA", "GANDA",
)  # fmt: skip

#: Run in a fresh process: the resident size (KiB, ``VmRSS``) added by building and warming the
#: low-accuracy detector of each shared script for the languages named in ``sys.argv``.
_MEMORY = """
import sys
from lingua import Language, LanguageDetectorBuilder
def resident():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
names = {getattr(Language, name) for name in sys.argv[1:]}
before = resident()
kept = []
for script in (Language.all_with_latin_script, Language.all_with_cyrillic_script,
               Language.all_with_arabic_script, Language.all_with_devanagari_script):
    chosen = names & set(script())
    if chosen:
        detector = LanguageDetectorBuilder.from_languages(*chosen).with_low_accuracy_mode().build()
        detector.detect_language_of("warm up the models of these languages")
        kept.append(detector)
print(resident() - before)
"""


def memory() -> list[str]:
    """Rows: the MiB lingua's models add to one process, with and without :data:`NEIGHBOURS`."""
    rows = ["", "| lingua's models in one process | languages | MiB |", "|---|---|---|"]
    ours = language_module.LANGUAGES
    for label, names in (
        ("the reader's languages", ours),
        ("without the neighbours of issue 18", tuple(n for n in ours if n not in NEIGHBOURS)),
    ):
        found = subprocess.run(
            [sys.executable, "-c", _MEMORY, *names], capture_output=True, text=True, check=True
        )
        rows.append(f"| {label} | {len(names)} | {int(found.stdout) / 1024:.0f} |")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="generated texts (default 200)")
    parser.add_argument("--tune", type=Path, default=BENCH / "devcorpus" / "tune")
    parser.add_argument(
        "--confusion", action="store_true", help="only the per-language table of the tune split"
    )
    args = parser.parse_args(argv)
    print("\n".join(confusion(args.tune)))
    if args.confusion:
        return 0
    print("\n".join(memory()))
    print("\n".join(report(f"tune split ({args.tune.name})", asked_of(args.tune))))
    with tempfile.TemporaryDirectory() as tmp:
        generate(args.n, 1, Path(tmp))
        asked = asked_of(Path(tmp) / "seeds")
    print("\n".join(report(f"generated corpus, {args.n} texts, seed 1", asked)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
