"""Fuzz kzld's reader or ``kzld check``'s input path for a bounded time (not part of CI).

    python -m pip install -e '.[fuzz]'
    python fuzz/run.py --target reader --seconds 300                      # atheris (coverage-guided)
    python fuzz/run.py --target check --seconds 300 --engine hypothesis   # hypothesis in a loop

With atheris (the default when it is installed) libFuzzer mutates inputs guided by coverage of
kzld's code, starting from the seeds and test documents (``reader``) or from the RDF fixtures of
``tests/data/check`` (``check``). With hypothesis, inputs are generated in a loop until the time
is up: byte strings, text, and mutations of the seeds (``reader``) or Turtle / JSON-LD built
around hostile pieces (``check``). A crash is
any exception other than kzld's own :class:`~kzld.errors.InputError` (the reader) or a check
that does not end in exit 0, 1 or 2 with no traceback; the first one is printed with the input
that caused it (and saved under ``fuzz/crashes/``) and the run exits 1. Turn each into a
regression test in ``tests/robustness/``.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
CRASHES = Path(__file__).resolve().parent / "crashes"
SEEDS = [p.read_bytes() for p in sorted((ROOT / "seeds").glob("*.txt"))] + [
    p.read_bytes() for p in sorted((ROOT / "tests/data/documents").glob("*.txt"))
]


def mutated(data: bytes) -> st.SearchStrategy[bytes]:
    """``data`` with a random slice replaced, cut or repeated."""

    def apply(args: tuple[int, int, bytes, int]) -> bytes:
        start, length, insert, repeat = args
        start %= len(data) + 1
        piece = data[start : start + length]
        return data[:start] + insert + piece * repeat + data[start + length :]

    return st.tuples(
        st.integers(0, 1 << 20), st.integers(0, 200), st.binary(max_size=40), st.integers(0, 3)
    ).map(apply)


READER_INPUT = st.one_of(
    st.binary(max_size=4000),
    st.text(max_size=4000).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from(SEEDS).flatmap(mutated),
)

PIECES = [
    "<https://x/a>", "<https://x/p>", '"x"', "[", "]", "(", ")", ";", ",", ".",
    "@prefix p: <https://x/> .", "p:a", "_:b", '"""', "^^", "@en", "<>", "@base <file:///etc/> .",
    "{", "}", '"@context"', ":", '"https://example.org/c"', '"@import"', '"@id"', '"@graph"',
    "<< <https://x/a> <https://x/p> 1 >>",
    "\x00", "\ufeff", "\\u0000", "1e999999", "-0", "true", "\n",
]  # fmt: skip
CHECK_INPUT = st.tuples(
    st.sampled_from([".ttl", ".nt", ".nq", ".jsonld"]),
    st.one_of(
        st.lists(st.sampled_from(PIECES), max_size=60).map(lambda p: " ".join(p).encode()),
        st.binary(max_size=2000),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=20),
            lambda children: (
                st.lists(children, max_size=4)
                | st.dictionaries(
                    st.sampled_from(
                        [
                            "@id",
                            "@context",
                            "@type",
                            "@value",
                            "@graph",
                            "https://x/p",
                            "@import",
                            "@list",
                            "@reverse",
                        ]
                    ),
                    children,
                    max_size=4,
                )
            ),
            max_leaves=30,
        ).map(lambda v: __import__("json").dumps(v).encode()),
    ),
)


class Crash(Exception):
    """An input that made kzld fail in a way it should not."""


def save(data: bytes, suffix: str) -> Path:
    CRASHES.mkdir(exist_ok=True)
    path = CRASHES / (hashlib.sha256(data).hexdigest()[:16] + suffix)
    path.write_bytes(data)
    return path


def fuzz_reader(data: bytes) -> None:
    from kzld.errors import InputError
    from kzld.parse import read_bytes

    try:
        read_bytes("fuzz.txt", data)
    except InputError:
        pass
    except Exception as error:
        path = save(data, ".txt")
        raise Crash(f"{path}: {traceback.format_exc()}") from error


def fuzz_check(case: tuple[str, bytes], folder: Path) -> None:
    from click.testing import CliRunner

    from kzld.cli import main

    suffix, data = case
    path = folder / f"input{suffix}"
    path.write_bytes(data)
    result = CliRunner().invoke(main, ["check", str(path)])
    if (
        result.exit_code not in (0, 1, 2)
        or (result.exception
        and not isinstance(result.exception, SystemExit))
    ):
        saved = save(data, suffix)
        detail = "".join(traceback.format_exception(result.exception)) if result.exception else ""
        raise Crash(f"{saved}: exit {result.exit_code}\n{result.output}\n{detail}")


def run(target: str, seconds: float) -> int:
    import tempfile

    deadline = time.monotonic() + seconds
    examples = 0
    folder = Path(tempfile.mkdtemp(prefix="kzld-fuzz-"))
    while time.monotonic() < deadline:
        config = settings(
            max_examples=200, deadline=None, database=None, derandomize=False,
            suppress_health_check=list(HealthCheck),
        )  # fmt: skip
        if target == "reader":
            test = config(given(READER_INPUT)(fuzz_reader))
        else:
            test = config(given(CHECK_INPUT)(lambda case: fuzz_check(case, folder)))
        try:
            test()
        except Crash as crash:
            print(f"CRASH after about {examples} examples:\n{crash}", file=sys.stderr)
            return 1
        examples += 200
    print(f"{target}: about {examples} examples in {seconds:.0f} s, no crash")
    return 0


def run_atheris(target: str, seconds: float) -> int:
    import tempfile

    import atheris

    with atheris.instrument_imports(include=["kzld"]):
        # the CLI imports its modules lazily: import them here, so they are instrumented
        import kzld.cli  # noqa: F401
        import kzld.parse  # noqa: F401
        import kzld.rdf.load  # noqa: F401
        import kzld.validate  # noqa: F401

    folder = Path(tempfile.mkdtemp(prefix="kzld-fuzz-"))
    corpus = Path(tempfile.mkdtemp(prefix="kzld-corpus-"))
    if target == "reader":
        for number, data in enumerate(SEEDS):
            (corpus / f"seed-{number}").write_bytes(data)
    else:
        for path in sorted((ROOT / "tests/data/check").rglob("*")):
            if path.is_file() and path.suffix in {".ttl", ".nt", ".nq", ".jsonld"}:
                (corpus / path.name).write_bytes(path.read_bytes())
    suffixes = [".ttl", ".nt", ".nq", ".jsonld"]

    def one_input(data: bytes) -> None:
        try:
            if target == "reader":
                fuzz_reader(data)
            else:  # the first byte picks the format
                fuzz_check((suffixes[data[0] % 4] if data else ".ttl", data[1:]), folder)
        except Crash as crash:
            print(f"CRASH:\n{crash}", file=sys.stderr)
            raise

    flags = [sys.argv[0], f"-max_total_time={int(seconds)}", "-timeout=20", "-rss_limit_mb=3072"]
    atheris.Setup([*flags, str(corpus)], one_input)
    atheris.Fuzz()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--target", choices=["reader", "check"], required=True)
    parser.add_argument("--seconds", type=float, default=300)
    parser.add_argument("--engine", choices=["atheris", "hypothesis"], default=None)
    args = parser.parse_args()
    engine = args.engine
    if engine is None:
        try:
            import atheris  # noqa: F401
        except ImportError:
            engine = "hypothesis"
        else:
            engine = "atheris"
    if engine == "atheris":
        return run_atheris(args.target, args.seconds)
    return run(args.target, args.seconds)


if __name__ == "__main__":
    sys.exit(main())
