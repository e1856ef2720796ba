"""The main job: read a folder of texts, resolve, map, validate and publish the graph.

:func:`build` runs the pipeline stage by stage, timing each, and writes ``kzld.ttl`` and
``kzld.jsonld`` to the output folder only when the graph conforms to the shapes. Files are written
beside their final place and moved over it, so a failed or interrupted build leaves the previous
output as it was. With ``check=True`` nothing is written; the result says whether the output
folder differs from what a fresh build makes.
"""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from .errors import InputError, KzldError, ValidationFailed
from .mapping import map_triples
from .model.iris import DEFAULT_BASE, check_base
from .model.records import Document
from .parse.folder import Problem, read_folder
from .rdf.dump import jsonld_of, turtle_bytes
from .rdf.namespaces import KZLD, SCHEMA, TURTLE_PREFIXES
from .rdf.triples import NTriples, Ordered, TripleSet, ntriples, to_graph, triples_of
from .resolve.corpus import resolve_corpus
from .validate import Report, validate

__all__ = ["BuildResult", "build"]

#: The files a build publishes, in writing order.
OUTPUTS = ("kzld.ttl", "kzld.jsonld")


@dataclass
class BuildResult:
    """What a build did: counts, per-stage timings (seconds), and what it wrote or found stale.

    The timings are wall times; ``validate`` runs beside ``turtle`` and ``jsonld`` and overlaps
    them.
    """

    documents: int = 0
    triples: int = 0
    signatures: int = 0
    organisations: int = 0
    timings: dict[str, float] = field(default_factory=dict)
    written: tuple[Path, ...] = ()
    stale: tuple[Path, ...] = ()
    problems: tuple[Problem, ...] = ()
    warnings: tuple[str, ...] = ()
    report: Report | None = None


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - start


def _write_atomically(out: Path, outputs: dict[str, bytes]) -> tuple[Path, ...]:
    """Write ``outputs`` into ``out`` all together or not at all.

    Each file is written and synced beside its final place, then moved over it. The files it
    replaces are kept (as hard links, or copies) until every move has succeeded; an error or an
    interrupt on the way puts them back, so ``out`` holds either the old set or the new one.
    """
    out.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[Path, Path]] = []
    kept: dict[Path, Path | None] = {}
    moved: list[Path] = []
    try:
        for name, data in outputs.items():
            handle, made = tempfile.mkstemp(prefix=f".tmp-{name}.", dir=out)
            staged.append((Path(made), out / name))
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            # mkstemp makes owner-only files; a publication is world-readable.
            os.chmod(made, 0o644)
        for _, final in staged:
            kept[final] = _keep(final)
        for temporary, final in staged:
            os.replace(temporary, final)
            moved.append(final)
    except BaseException as error:
        for final in reversed(moved):
            previous = kept.get(final)
            if previous is None:
                final.unlink(missing_ok=True)
            else:
                os.replace(previous, final)
        if isinstance(error, OSError):
            where = error.filename or out
            raise KzldError(
                f"{where}: cannot write the output ({error.strerror or error}); "
                f"{out} is as it was before the build"
            ) from error
        raise
    finally:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
        for previous in kept.values():
            if previous is not None:
                previous.unlink(missing_ok=True)
    return tuple(final for _, final in staged)


def _keep(final: Path) -> Path | None:
    """A second name for the file at ``final`` (None when there is none) to restore it from."""
    if not final.exists():
        return None
    handle, name = tempfile.mkstemp(prefix=f".tmp-{final.name}.previous.", dir=final.parent)
    os.close(handle)
    keep = Path(name)
    keep.unlink()
    try:
        os.link(final, keep)
    except OSError:  # a file system without hard links
        shutil.copy2(final, keep)
    return keep


def make_triples(
    documents: list[Document], base: str, timings: dict[str, float]
) -> tuple[TripleSet, tuple[str, ...]]:
    """Resolve and map ``documents``; returns the triples and the resolver's warnings."""
    with _timed(timings, "resolve"):
        corpus = resolve_corpus(documents)
    with _timed(timings, "map"):
        triples = map_triples(corpus, base)
    return triples, corpus.warnings


def make_graph(
    documents: list[Document], base: str, timings: dict[str, float]
) -> tuple[Graph, tuple[str, ...]]:
    """:func:`make_triples` as an rdflib graph, the vocabulary prefixes bound."""
    triples, warnings = make_triples(documents, base, timings)
    return to_graph(triples, TURTLE_PREFIXES), warnings


def _validated_dumps(
    data: NTriples, ordered: Ordered, engine: str, timings: dict[str, float]
) -> tuple[Report, dict[str, bytes]]:
    """Validate ``data`` and write both dumps of it (``ordered``: the same triples, emptied once
    the JSON-LD is written, so that its memory is let go before the Turtle is).

    Validation runs in a second thread while the dumps are written: its SHACL engine works
    without holding the interpreter lock, so on two cores the two overlap (their timings, each
    a wall time, overlap too). The caller publishes the dumps only if the report conforms.
    """

    def check() -> Report:
        with _timed(timings, "validate"):
            return validate(data, engine=engine)

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kzld-validate") as pool:
        checking = pool.submit(check)
        with _timed(timings, "jsonld"):
            jsonld = jsonld_of(triples_of(ordered))
            ordered.clear()
        with _timed(timings, "turtle"):
            turtle = turtle_bytes(data, TURTLE_PREFIXES)
        report = checking.result()
    return report, {"kzld.ttl": turtle, "kzld.jsonld": jsonld}


def build(
    seeds: Path,
    out: Path,
    *,
    base: str = DEFAULT_BASE,
    check: bool = False,
    strict: bool = False,
    engine: str = "shacl",
    progress: Callable[[int, int], None] | None = None,
) -> BuildResult:
    """Build the graph of ``seeds`` into ``out`` (or, with ``check``, compare with ``out``).

    Raises :class:`ValidationFailed` (nothing written) when the graph has violations, and
    :class:`InputError` for a bad folder, or for a bad text with ``strict``.
    """
    # A build makes millions of small objects and no reference cycles worth collecting: the
    # cyclic collector, run again and again over all of them, costs a third of a big build.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _build(seeds, out, base, check, strict, engine, progress)
    finally:
        if collecting:
            gc.enable()


def _build(
    seeds: Path,
    out: Path,
    base: str,
    check: bool,
    strict: bool,
    engine: str,
    progress: Callable[[int, int], None] | None,
) -> BuildResult:
    check_base(base)
    result = BuildResult()
    timings = result.timings
    with _timed(timings, "read"):
        documents, problems = read_folder(seeds, strict=strict, progress=progress)
    result.problems = tuple(problems)
    result.documents = len(documents)
    if not documents:
        # an empty graph would replace a good publication with nothing
        unread = "".join(f"\n  {problem.message}" for problem in problems)
        raise InputError(seeds, f"no source text to build from; nothing was written{unread}")
    made, warnings = make_triples(documents, base, timings)
    del documents  # the triples hold all that is published of them
    result.warnings = warnings
    result.triples = len(made)
    result.signatures = len(made.typed(KZLD.Signature))
    result.organisations = len(made.typed(SCHEMA.Organization))
    with _timed(timings, "order"):
        ordered = made.take_in_order()  # sorted once, for validation and both dumps
        del made
        data = ntriples(triples_of(ordered))
    report, outputs = _validated_dumps(data, ordered, engine, timings)
    del data, ordered
    result.report = report
    if not report.conforms:
        raise ValidationFailed(
            f"the graph built from {seeds} does not conform to the shapes "
            f"({report.summary()}); nothing was written. Run `kzld check` on a dump for details.",
            report,
        )
    if check:
        result.stale = tuple(
            out / name
            for name, dump in outputs.items()
            if not (out / name).is_file() or (out / name).read_bytes() != dump
        )
        return result
    with _timed(timings, "write"):
        result.written = _write_atomically(out, outputs)
    return result
