"""The main job: read a folder of texts, resolve, map, validate and publish the graph.

:func:`build` runs the pipeline stage by stage, timing each, and writes ``kzld.ttl`` and
``kzld.jsonld`` to the output folder only when the graph conforms to the shapes. Files are written
beside their final place and moved over it, so a failed or interrupted build leaves the previous
output as it was. With ``check=True`` nothing is written; the result says whether the output
folder differs from what a fresh build makes.

A build keeps its state in the output folder (:mod:`kzld.state`): a text read before is not read
again, and a build whose inputs and outputs are as the last one left them (``--check`` on an
unchanged archive) answers from that record. ``cache=False`` neither reads nor writes the state.
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
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from .errors import InputError, KzldError, ValidationFailed
from .mapping import map_triples
from .model.iris import DEFAULT_BASE, Minter, check_base
from .model.records import Document
from .parse.folder import Problem, read_folder, source_files
from .rdf.dump import jsonld_of, turtle_bytes
from .rdf.namespaces import KZLD, SCHEMA, TURTLE_PREFIXES
from .rdf.triples import NTriples, Ordered, TripleSet, ntriples, to_graph, triples_of
from .resolve.corpus import resolve_corpus
from .state import BuildRecord, BuildState, Inputs
from .validate import Report, Result, validate

__all__ = ["BuildResult", "LeftOut", "build"]

#: The files a build publishes, in writing order.
OUTPUTS = ("kzld.ttl", "kzld.jsonld")


@dataclass(frozen=True)
class LeftOut:
    """A source text left out of a build because its part of the graph breaks a shape: the
    file, and the shape, focus node and message of the first violation found in it."""

    file: str
    shape: str
    focus: str
    message: str
    violations: int = 1

    def __str__(self) -> str:
        more = self.violations - 1
        also = f" (and {more} more violation{'s' if more > 1 else ''})" if more else ""
        return (
            f"{self.file}: its part of the graph breaks the shape {self.shape} at {self.focus}: "
            f"{self.message}{also}"
        )


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
    left_out: tuple[LeftOut, ...] = ()
    warnings: tuple[str, ...] = ()
    report: Report | None = None
    #: True when the state directory showed the inputs and outputs unchanged (nothing was done)
    cached: bool = False
    #: the documents taken from the state directory instead of reading their texts again
    reused: int = 0

    def counts(self) -> dict[str, object]:
        """What the state directory keeps of this result, to give it again unchanged."""
        return {
            "documents": self.documents,
            "triples": self.triples,
            "signatures": self.signatures,
            "organisations": self.organisations,
            "problems": [[problem.path, problem.message] for problem in self.problems],
            "left_out": [asdict(text) for text in self.left_out],
            "warnings": list(self.warnings),
        }

    @classmethod
    def recorded(cls, record: BuildRecord, out: Path) -> BuildResult:
        """The result of the build ``record`` describes, its files in ``out`` checked."""
        counts = record.counts
        return cls(
            documents=int(counts["documents"]),
            triples=int(counts["triples"]),
            signatures=int(counts["signatures"]),
            organisations=int(counts["organisations"]),
            problems=tuple(Problem(str(path), str(text)) for path, text in counts["problems"]),
            left_out=tuple(LeftOut(**text) for text in counts["left_out"]),
            warnings=tuple(str(warning) for warning in counts["warnings"]),
            stale=record.stale(out),
            cached=True,
        )

    @property
    def skipped(self) -> tuple[str, ...]:
        """The file names of the texts that are not in the graph (unreadable or left out)."""
        names = {Path(p.path).name for p in self.problems} | {x.file for x in self.left_out}
        return tuple(sorted(names))


#: A build's progress callback: ``(stage, done, total)``, ``total`` 0 when not counted.
Progress = Callable[[str, int, int], None]

#: What the progress callback is told each timed stage is doing (the keys are the timings').
STAGES = {
    "read": "Reading texts",
    "resolve": "Resolving organisations and events",
    "map": "Mapping to RDF",
    "order": "Putting the triples in order",
    "jsonld": "Writing JSON-LD",
    "turtle": "Writing Turtle",
    "validate": "Validating",
    "write": "Publishing",
}


def _quiet(stage: str, done: int, total: int) -> None:
    """A progress callback that shows nothing."""


@contextmanager
def _timed(
    timings: dict[str, float], stage: str, progress: Progress | None = None, total: int = 0
) -> Iterator[None]:
    """Time the stage ``stage`` into ``timings`` and tell ``progress`` it started."""
    if progress is not None:
        progress(STAGES[stage], 0, total)
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
    documents: list[Document],
    base: str,
    timings: dict[str, float],
    progress: Progress | None = None,
) -> tuple[TripleSet, tuple[str, ...]]:
    """Resolve and map ``documents``; returns the triples and the resolver's warnings."""
    tell = progress or _quiet
    total = len(documents)
    with _timed(timings, "resolve", progress, total):
        corpus = resolve_corpus(
            documents, progress=lambda done, total: tell(STAGES["resolve"], done, total)
        )
    with _timed(timings, "map", progress):
        triples = map_triples(corpus, base)
    return triples, corpus.warnings


def make_graph(
    documents: list[Document], base: str, timings: dict[str, float]
) -> tuple[Graph, tuple[str, ...]]:
    """:func:`make_triples` as an rdflib graph, the vocabulary prefixes bound."""
    triples, warnings = make_triples(documents, base, timings)
    return to_graph(triples, TURTLE_PREFIXES), warnings


def _validated_dumps(
    data: NTriples,
    ordered: Ordered,
    engine: str,
    timings: dict[str, float],
    progress: Progress | None = None,
) -> tuple[Report, dict[str, bytes]]:
    """Validate ``data`` and write both dumps of it (``ordered``: the same triples, emptied once
    the JSON-LD is written, so that its memory is let go before the Turtle is).

    Validation runs in a second thread while the dumps are written: its SHACL engine works
    without holding the interpreter lock, so on two cores the two overlap (their timings, each
    a wall time, overlap too). The caller publishes the dumps only if the report has no violation.
    """

    def check() -> Report:
        with _timed(timings, "validate"):
            return validate(data, engine=engine)

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kzld-validate") as pool:
        checking = pool.submit(check)
        with _timed(timings, "jsonld", progress):
            jsonld = jsonld_of(triples_of(ordered))
            ordered.clear()
        with _timed(timings, "turtle", progress):
            turtle = turtle_bytes(data, TURTLE_PREFIXES)
        if progress is not None and not checking.done():
            progress(STAGES["validate"], 0, 0)
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
    progress: Progress | None = None,
    cache: bool = True,
) -> BuildResult:
    """Build the graph of ``seeds`` into ``out`` (or, with ``check``, compare with ``out``).

    ``progress`` is told ``(stage, done, total)`` as the build goes: each stage of
    :data:`STAGES` by name when it starts, and the counted ones (``total`` > 0) as they go.

    Raises :class:`ValidationFailed` (nothing written) when the graph has violations, and
    :class:`InputError` for a bad folder, or for a bad text with ``strict``.
    """
    # A build makes millions of small objects and no reference cycles worth collecting: the
    # cyclic collector, run again and again over all of them, costs a third of a big build.
    collecting = gc.isenabled()
    gc.disable()
    try:
        state = BuildState(out) if cache else None
        return _build(seeds, out, base, check, strict, engine, progress, state)
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
    progress: Progress | None,
    state: BuildState | None,
) -> BuildResult:
    check_base(base)
    inputs: Inputs | None = None
    if state is not None:
        sources = source_files(seeds)
        inputs = state.inputs(sources, {"base": base, "engine": engine, "strict": strict})
        record = state.record(inputs)
        if record is not None:
            recorded = BuildResult.recorded(record, out)
            if check or not recorded.stale:
                return recorded
    known = _known(state, inputs)
    result = BuildResult()
    timings = result.timings
    fresh: dict[str, bytes] = {}  # what the state keeps of the texts read anew
    tell = progress or _quiet
    with _timed(timings, "read", progress):
        documents, problems = read_folder(
            seeds,
            strict=strict,
            progress=lambda done, total: tell(STAGES["read"], done, total),
            known=known,
        )
        if state is not None and inputs is not None:
            result.reused = len(state.found)
            for document in documents:
                key = inputs.document_key(document.name)
                if key is not None and key not in state.found:
                    fresh[key] = state.encode(document)
    result.problems = tuple(problems)
    left_out: list[LeftOut] = []
    for _ in range(MAX_ROUNDS):
        if not documents:
            # an empty graph would replace a good publication with nothing
            unread = "".join(f"\n  {problem.message}" for problem in problems)
            unread += "".join(f"\n  {text}" for text in left_out)
            raise InputError(seeds, f"no source text to build from; nothing was written{unread}")
        report, outputs, data = _publishable(result, documents, base, engine, progress)
        if data is None:
            break
        blamed = _texts_at_fault(report, data, base)
        if strict or blamed is None:
            raise _refused(seeds, report, blamed, strict)
        left_out += blamed
        # Read the folder again without them (cheaper than keeping every document in memory
        # through validation, and it happens only when a text breaks a shape).
        gone = {text.file for text in left_out}
        with _timed(timings, "read", progress):
            documents = [d for d in read_folder(seeds, known=known)[0] if d.name not in gone]
    else:
        raise _refused(seeds, report, None, strict)
    result.left_out = tuple(sorted(left_out, key=lambda text: text.file))
    result.report = report
    if check:
        result.stale = tuple(
            out / name
            for name, dump in outputs.items()
            if not (out / name).is_file() or (out / name).read_bytes() != dump
        )
        return result
    with _timed(timings, "write", progress):
        result.written = _write_atomically(out, outputs)
        if state is not None and inputs is not None:
            state.save(inputs, out, outputs, result.counts(), fresh)
    return result


def _known(
    state: BuildState | None, inputs: Inputs | None
) -> Callable[[Path], Document | None] | None:
    """The documents ``state`` keeps for the texts of ``inputs``, for :func:`read_folder`."""
    if state is None or inputs is None:
        return None
    return lambda path: state.document(inputs.document_key(path.name))


#: How many times a build leaves texts out and validates again before it gives up (leaving one
#: text out can change what another text's organisations resolve to).
MAX_ROUNDS = 4


def _publishable(
    result: BuildResult,
    documents: list[Document],
    base: str,
    engine: str,
    progress: Progress | None = None,
) -> tuple[Report, dict[str, bytes], bytes | None]:
    """Resolve, map, validate and dump ``documents``; the counts go into ``result``.

    ``documents`` is emptied once mapped (the triples hold all that is published of them), so
    that their memory is let go before validation and the dumps.

    Returns the report, the dumps, and (only when the graph does not conform, for finding the
    texts at fault) the graph as N-Triples.
    """
    timings = result.timings
    result.documents = len(documents)
    made, warnings = make_triples(documents, base, timings, progress)
    documents.clear()
    result.warnings = warnings
    result.triples = len(made)
    result.signatures = len(made.typed(KZLD.Signature))
    result.organisations = len(made.typed(SCHEMA.Organization))
    with _timed(timings, "order", progress):
        ordered = made.take_in_order()  # sorted once, for validation and both dumps
        del made
        data = ntriples(triples_of(ordered))
    report, outputs = _validated_dumps(data, ordered, engine, timings, progress)
    return report, outputs, (data.data if report.fails("violation") else None)


def _refused(seeds: Path, report: Report, blamed: list[LeftOut] | None, strict: bool) -> KzldError:
    """The error of a build that publishes nothing because its graph does not conform."""
    if strict and blamed:
        texts = "".join(f"\n  {text}" for text in blamed)
        return ValidationFailed(
            f"{seeds}: a text breaks the shapes and --strict is given; nothing was written{texts}",
            report,
        )
    return ValidationFailed(
        f"the graph built from {seeds} does not conform to the shapes "
        f"({report.summary()}); nothing was written. Run `kzld check` on a dump for details.",
        report,
    )


def _texts_at_fault(report: Report, data: bytes, base: str) -> list[LeftOut] | None:
    """The source texts whose part of the graph the violations of ``report`` are in, or None
    when a violation is in no text's part (the dataset, the curated data): then no text can be
    left out to make the graph conform.

    A focus node minted for one text (its statement, versions, sections, signatures, evidence)
    is that text's. Any other (an organisation, a person, a place, a country) is the part of
    every text that points at it, directly or through such nodes (up to three steps).
    """
    mint = Minter(base)
    store = ox.Store()
    store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES)
    name = ox.NamedNode("http://schema.org/name")
    found: dict[str, list[Result]] = {}
    for violation in report.results:
        if violation.severity != "Violation":
            continue
        focus = violation.focus
        if not (focus.startswith("<") and focus.endswith(">")):
            return None
        sources = _sources_of(store, mint, focus[1:-1])
        if not sources:
            return None
        for source in sources:
            files = [
                q.object.value
                for q in store.quads_for_pattern(ox.NamedNode(source), name, None)
                if isinstance(q.object, ox.Literal)
            ]
            if not files:
                return None
            found.setdefault(str(files[0]), []).append(violation)
    return [
        LeftOut(file, first.source_shape, first.focus, first.message, len(violations))
        for file, violations in sorted(found.items())
        for first in violations[:1]
    ]


def _sources_of(store: ox.Store, mint: Minter, iri: str) -> list[str]:
    """The source IRIs of the texts whose part of the graph ``iri`` is (see above)."""
    own = mint.source_of(iri)
    if own is not None:
        return [str(own)]
    level = {iri}
    seen = set(level)
    for _ in range(3):
        pointing = {
            quad.subject.value
            for node in sorted(level)
            for quad in store.quads_for_pattern(None, None, ox.NamedNode(node))
            if isinstance(quad.subject, ox.NamedNode)
        }
        sources = sorted({str(s) for p in pointing if (s := mint.source_of(p)) is not None})
        if sources:
            return sources
        level = pointing - seen
        seen |= level
    return []
