"""The main job: read a folder of texts, resolve, map, validate and publish the graph.

:func:`build` runs the pipeline stage by stage, timing each, and writes ``kzld.ttl`` and
``kzld.jsonld`` to the output folder only when the graph conforms to the shapes. Files are written
beside their final place and moved over it, so a failed or interrupted build leaves the previous
output as it was. With ``check=True`` nothing is written; the result says whether the output
folder differs from what a fresh build makes.

A build keeps its state in the output folder (:mod:`kzld.state`): each text's part of the graph
(what the resolver saw in it, its statement's triples) and what the reader made of it. A text whose
part is kept is neither read, resolved nor mapped again; one whose reading is kept (a change of the
organisation authority touches it, see :mod:`kzld.resolve.orgs.consulted`) is resolved and mapped
again without reading. A part holds the triples of the nodes minted for its text (its
statement, versions, signatures, evidence...) as what the corpus-wide steps need of them: their
counts, types, what they point at, and their dumps' blocks (kept on disk); a kept part's
triples are not read back. The corpus (organisations, persons, places, events, the dataset) is
made anew from what the parts say of it (its organisations from the last build's tally of the
texts' records, brought up to date with the records of the texts gone and new:
:mod:`kzld.resolve.tally`) and ordered; it is validated beside only the texts whose validation
results are not kept (:mod:`kzld.validate.parts`, a batch of texts at a time, their triples
read then; a kept part's results stay while the types of what it points at do), and both
dumps are written as they are joined from the blocks of the corpus' subjects and of the parts:
the byte ranges of the parts the last build's dumps hold are copied from them
(:mod:`kzld.rdf.splice`), only the others' blocks are read. A build whose inputs and outputs
are as the last one left them (``--check`` on an unchanged archive) answers from the record of
it. ``cache=False`` neither reads nor writes the state.
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import RDF, Graph

from .errors import InputError, KzldError, ValidationFailed
from .files import DirectFile
from .mapping import assemble, map_document, map_triples
from .mapping.dataset import DUMPS, EXAMPLES
from .model.iris import DEFAULT_BASE, Minter, check_base, statement_keys
from .model.records import Document
from .parse.folder import (
    PARALLEL_FROM,
    Problem,
    Readers,
    Unreadable,
    available_cores,
    copies_of,
    copy_error,
    read_one,
    source_files,
)
from .rdf.compacted import jsonld_layout, jsonld_nodes
from .rdf.dump import turtle_blocks, turtle_layout
from .rdf.namespaces import KZLD, SCHEMA, TURTLE_PREFIXES
from .rdf.splice import Blocks, Layout, Previous, Runs, Spliced, packed, splice, unpacked
from .rdf.triples import (
    Ordered,
    Pair,
    Triple,
    TripleSet,
    in_order,
    is_iri,
    ntriples,
    to_graph,
    triples_of,
)
from .resolve.corpus import CorpusResolver, DocumentResolution, resolve_corpus
from .resolve.orgs import ResolverRecord
from .resolve.orgs.authority import load_authority
from .resolve.orgs.consulted import AuthorityChange, Consulted, Recorder
from .resolve.orgs.defined import Definitions, held_once
from .resolve.tally import Tally
from .state import BuildRecord, BuildState, DocumentPart, Inputs, Written, source_digest
from .validate import Report, Result
from .validate.parts import Piece, Split, validate_parts
from .validate.report import in_order as results_in_order

__all__ = ["BuildResult", "LeftOut", "build"]

#: The files a build publishes, in writing order.
OUTPUTS = tuple(name for name, _, _ in DUMPS)

#: How many texts a build reads, resolves and maps at once.
BATCH = 200

_RDF_TYPE = str(RDF.type)


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

    The timings are wall times; ``validate``, ``turtle`` and ``jsonld`` run beside each other
    and overlap.
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
    #: the documents resolved and mapped by this build (the others' parts were kept)
    resolved: int = 0
    #: the documents whose part of the graph this build validated (the others' results were kept)
    validated: int = 0

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
#: What the progress callback is told while texts are read, resolved and mapped a batch at a
#: time (one stage counted over the archive, rather than three stages again for each batch).
BATCHES = "Reading, resolving and mapping texts"


def _quiet(stage: str, done: int, total: int) -> None:
    """A progress callback that shows nothing."""


def _unread(batch: list[Document | Path]) -> list[Path]:
    """The texts of ``batch`` to read (the others' documents were kept)."""
    return [item for item in batch if isinstance(item, Path)]


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


class _Staged:
    """A dump written beside its final place in the output folder (past the page cache: see
    :class:`~kzld.files.DirectFile`), and moved over that place when published
    (:func:`_write_atomically`)."""

    def __init__(self, out: Path, name: str) -> None:
        self.final = out / name
        handle, made = tempfile.mkstemp(prefix=f".tmp-{name}.", dir=out)
        os.close(handle)
        self.path = Path(made)
        self.stream = DirectFile(self.path)
        #: its runs and digest, once written (:func:`~kzld.rdf.splice.splice`)
        self.spliced = Spliced(Runs(), "")
        self._written: Written | None = None

    def write(self, data: bytes | memoryview) -> None:
        self.stream.write(data)

    def finish(self) -> None:
        """Write it through to the disk, and make what the state keeps of it."""
        self.stream.finish()
        # mkstemp makes owner-only files; a publication is world-readable.
        os.chmod(self.path, 0o644)
        self._written = Written.made(self.spliced.digest, self.spliced.runs)

    def written(self) -> Written:
        if self._written is None:
            raise AssertionError(f"{self.final.name} is not written")
        return self._written

    def discard(self) -> None:
        self.stream.close()
        self.path.unlink(missing_ok=True)


class _Compared:
    """A dump compared, as it is written, with the file it would replace (``--check``)."""

    def __init__(self, out: Path, name: str) -> None:
        self.final = out / name
        self.spliced = Spliced(Runs(), "")
        self.stream: BinaryIO | None = None
        with suppress(OSError):
            self.stream = self.final.open("rb")
        #: whether what was written so far is what the file holds
        self.same = self.stream is not None

    def write(self, data: bytes | memoryview) -> None:
        if self.same and self.stream is not None and self.stream.read(len(data)) != data:
            self.same = False

    def finish(self) -> None:
        if self.same and self.stream is not None and self.stream.read(1):
            self.same = False
        self.discard()

    def discard(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None


#: Where a build writes a dump: beside the output folder's file, or compared with it.
_Dump = _Staged | _Compared


def _write_atomically(out: Path, staged: list[_Staged]) -> tuple[Path, ...]:
    """Move the dumps ``staged`` (written beside their places in ``out``) over those places,
    all together or not at all.

    The files they replace are kept (as hard links, or copies) until every move has succeeded;
    an error or an interrupt on the way puts them back, so ``out`` holds either the old set or
    the new one.
    """
    kept: dict[Path, Path | None] = {}
    moved: list[Path] = []
    try:
        for dump in staged:
            kept[dump.final] = _keep(dump.final)
        for dump in staged:
            os.replace(dump.path, dump.final)
            moved.append(dump.final)
    except BaseException as error:
        for final in reversed(moved):
            previous = kept.get(final)
            if previous is None:
                final.unlink(missing_ok=True)
            else:
                os.replace(previous, final)
        if isinstance(error, OSError):
            raise _unwritten(out, error) from error
        raise
    finally:
        for previous in kept.values():
            if previous is not None:
                previous.unlink(missing_ok=True)
    return tuple(dump.final for dump in staged)


def _unwritten(out: Path, error: OSError) -> KzldError:
    """The error of a build that could not write its output."""
    where = error.filename or out
    return KzldError(
        f"{where}: cannot write the output ({error.strerror or error}); "
        f"{out} is as it was before the build"
    )


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
    corpus: Ordered,
    parts: _Parts,
    held: list[DocumentPart],
    validating: Callable[[], Report],
    dumps: dict[str, _Dump],
    timings: dict[str, float],
    progress: Progress | None = None,
) -> Report:
    """Validate the graph of ``corpus`` and ``held`` (``validating`` does it) and write both
    dumps of it into ``dumps``.

    Validation runs in a second thread while the dumps are written, the Turtle in a third beside
    the JSON-LD: the SHACL engine works without holding the interpreter lock, and a dump's
    writer lets it go while it waits on the disk, so on two cores they overlap (their timings,
    each a wall time, overlap too). The caller publishes the dumps only if the report has no
    violation; then the validation's thread keeps the parts' index in the state
    (:meth:`_Parts.keep_index`, some 0.3 s of CPU at N = 10,000) while the dumps are written.
    """
    publishing = all(isinstance(dump, _Staged) for dump in dumps.values())

    def check() -> Report:
        with _timed(timings, "validate"):
            report = validating()
        if publishing and not report.fails("violation"):
            # the graph conforms, so these dumps are published (unless writing them fails): the
            # parts' index is kept in the state now, while the dumps wait on the disk, not after
            parts.keep_index()
        return report

    def write_turtle() -> None:
        with _timed(timings, "turtle"):
            turtle = turtle_blocks(ntriples(triples_of(corpus)), TURTLE_PREFIXES, len(corpus))
            subjects = (str(subject) for subject, _ in corpus)
            made = Blocks.made(_CORPUS, zip(subjects, turtle, strict=True), b"")
            _write_dump(dumps["kzld.ttl"], turtle_layout(TURTLE_PREFIXES), made, parts, held, 0)

    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="kzld-publish") as pool:
        checking = pool.submit(check)
        # the two dumps are written at once: each waits on the disk (some 1 GB read and written
        # at N = 10,000, the interpreter lock let go) while the other makes its blocks
        writing = pool.submit(write_turtle)
        with _timed(timings, "jsonld", progress):
            made = Blocks.made(_CORPUS, jsonld_nodes(corpus), b",\n")
            _write_dump(dumps["kzld.jsonld"], jsonld_layout(), made, parts, held, 1)
        if progress is not None:  # what is left of it, if anything
            progress(STAGES["turtle"], 0, 0)
        writing.result()
        if progress is not None and not checking.done():
            progress(STAGES["validate"], 0, 0)
        report = checking.result()
    return report


#: The owner of the corpus' blocks in the dumps (a part's is a digest of its blocks).
_CORPUS = "corpus"


def _write_dump(
    dump: _Dump, layout: Layout, corpus: Blocks, parts: _Parts, held: list[DocumentPart], which: int
) -> None:
    """Write into ``dump`` the dump of ``layout`` of the graph of the corpus' blocks ``corpus``
    and of the parts ``held`` (``which``: the place of this dump's blocks among each part's),
    spliced from the dump the last build wrote where it can (see :mod:`kzld.rdf.splice`)."""
    previous = parts.previous(dump.final.name)
    there = previous.owners() if previous is not None else set()
    kept = {
        part.digest: partial(parts.blocks, part, which) for part in held if part.digest in there
    }
    # loaded when their turn comes: an archive's blocks are not held all at once
    fresh = (partial(parts.blocks, part, which) for part in held if part.digest not in kept)
    try:
        dump.spliced = splice(dump, layout, itertools.chain([corpus], fresh), previous, kept)
        dump.finish()
    except OSError as error:
        raise _unwritten(dump.final.parent, error) from error


def _typing(pair: Pair) -> bool:
    """Whether ``pair`` gives its subject's type."""
    return pair[0] == _RDF_TYPE


def _term_keys(triple: Triple) -> tuple[str, ...]:
    """``triple``'s terms as N-Triples would write them (an IRI given as a string as itself):
    a key that orders triples the same way in every run."""
    return tuple(term if isinstance(term, str) else term.n3() for term in triple)


def _made_part(resolution: DocumentResolution, mint: Minter, key: str) -> DocumentPart:
    """The part of the graph of a text resolved as ``resolution``, its statement keyed ``key``:
    its triples mapped, those of its own nodes written as JSON-LD lines, Turtle blocks and
    N-Triples (see :class:`~kzld.state.DocumentPart`)."""
    resolved = resolution.resolved
    document = resolved.document
    if key != document.stem:
        resolved = replace(resolved, document=replace(document, key=key))
    mine = mint.belongs_to(key)
    own: list[Triple] = []
    foreign: list[Triple] = []
    for triple in map_document(resolved, mint):
        (own if mine(str(triple[0])) else foreign).append(triple)
    # kept in the state as made: in one order whatever order the mapping's sets gave them
    foreign.sort(key=_term_keys)
    ordered = in_order(own)
    del own
    data = ntriples(triples_of(ordered))
    part = DocumentPart(
        document.name, key, resolution.record, resolution.new_place, foreign, data.data
    )
    part.asked = held_once(resolution.record.asked)
    subjects = [str(subject) for subject, _ in ordered]
    blocks = turtle_blocks(data, TURTLE_PREFIXES, len(ordered))
    turtle = Blocks.made("", zip(subjects, blocks, strict=True), b"")
    jsonld = Blocks.made("", jsonld_nodes(ordered), b",\n")
    part.blocks = packed([turtle, jsonld])
    part.digest = hashlib.sha256(part.blocks).hexdigest()
    part.size = sum(len(pairs) for _, pairs in ordered)
    for iri, (_, pairs) in zip(subjects, ordered, strict=True):
        # a subject's types are its first pairs (the canonical order puts rdf:type first)
        types = tuple(str(o) for _, o in itertools.takewhile(_typing, pairs))
        if types:
            part.types[iri] = types
            for kind in map(sys.intern, dict.fromkeys(types)):
                part.kinds[kind] = part.kinds.get(kind, 0) + 1
    part.typed = len(part.types)
    # each IRI asked about once: a text's pairs name the same few hundred IRIs again and again
    objects = {str(o) for _, pairs in ordered for _, o in pairs if is_iri(o)}
    refs = [iri for iri in objects if not mine(iri)]
    part.linked = any(mint.source_of(iri) is not None for iri in refs)
    # held once however many parts point at them: an archive's parts point at a few thousand
    # organisations, countries, concepts and events (each text's mapping makes its own strings)
    part.refs = tuple(sorted(map(sys.intern, refs)))
    return part


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
        try:
            return _build(seeds, out, base, check, strict, engine, progress, state)
        finally:
            if state is not None:
                state.discard()
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
    files = source_files(seeds)
    inputs: Inputs | None = None
    if state is not None:
        inputs = state.inputs(files, {"base": base, "engine": engine, "strict": strict})
        recorded = _recorded(state, inputs, out, check)
        if recorded is not None:
            return recorded
    result = BuildResult()
    timings = result.timings
    with Readers(available_cores()) as readers:  # the same workers read every batch
        parts = _Parts(files, base, state, inputs, timings, progress, readers)
        result.problems = tuple(parts.make(strict))
    result.reused = parts.reused
    made = not out.exists()
    dumps: dict[str, _Dump] = {}
    try:
        dumps = _conforming(seeds, out, result, parts, engine, strict, progress, check)
        result.resolved = parts.resolved
        result.validated = len(parts.validated)
        if check:
            result.stale = tuple(
                dump.final
                for dump in dumps.values()
                if isinstance(dump, _Compared) and not dump.same
            )
            return result
        with _timed(timings, "write", progress):
            staged = [dump for dump in dumps.values() if isinstance(dump, _Staged)]
            result.written = _write_atomically(out, staged)
            if state is not None and inputs is not None:
                parts.keep_index()
                outputs = {dump.final.name: dump.written() for dump in staged}
                state.save(inputs, out, outputs, result.counts())
    except BaseException:
        if made:  # a failed first build leaves no output folder
            shutil.rmtree(out, ignore_errors=True)
        raise
    finally:
        for dump in dumps.values():
            dump.discard()
    return result


def _recorded(state: BuildState, inputs: Inputs, out: Path, check: bool) -> BuildResult | None:
    """The result of the last build, when it was made from ``inputs`` and its files in ``out``
    are as it left them (or, with ``check``, whatever they are: the result says which are
    stale); otherwise None, and the state is made writable unless this is a check."""
    record = state.record(inputs)
    if record is not None:
        recorded = BuildResult.recorded(record, out)
        if check or not recorded.stale:
            return recorded
    state.writable = not check
    return None


def _conforming(
    seeds: Path,
    out: Path,
    result: BuildResult,
    parts: _Parts,
    engine: str,
    strict: bool,
    progress: Progress | None,
    check: bool,
) -> dict[str, _Dump]:
    """The dumps of a graph that conforms, written beside their places in ``out`` (with
    ``check``, compared with the files there): that of every text in ``parts``, less those whose
    part of the graph breaks a shape (in ``result.left_out``; validated again without them, at
    most :data:`MAX_ROUNDS` times). Raises the error of a graph that cannot be made to conform,
    of one with a text at fault under ``strict``, or of an empty one."""
    left_out: list[LeftOut] = []
    for _ in range(MAX_ROUNDS):
        gone = {text.file for text in left_out}
        present = [name for name in parts.names() if name not in gone]
        if not present:
            # an empty graph would replace a good publication with nothing
            unread = "".join(f"\n  {problem.message}" for problem in result.problems)
            unread += "".join(f"\n  {text}" for text in left_out)
            raise InputError(seeds, f"no source text to build from; nothing was written{unread}")
        dumps = _dumps(out, check)
        try:
            report, data = _publishable(result, parts, present, engine, dumps, progress)
        except BaseException:
            for dump in dumps.values():
                dump.discard()
            raise
        if data is None:
            break
        for dump in dumps.values():
            dump.discard()
        blamed = _texts_at_fault(report, data, parts.mint.base)
        if strict or blamed is None:
            raise _refused(seeds, report, blamed, strict)
        left_out += blamed
    else:
        raise _refused(seeds, report, None, strict)
    result.left_out = tuple(sorted(left_out, key=lambda text: text.file))
    result.report = report
    return dumps


def _dumps(out: Path, check: bool) -> dict[str, _Dump]:
    """Where a build writes its dumps: beside their places in ``out`` (made if need be), or
    with ``check``, compared with the files there."""
    if check:
        return {name: _Compared(out, name) for name in OUTPUTS}
    dumps: dict[str, _Dump] = {}
    try:
        out.mkdir(parents=True, exist_ok=True)
        for name in OUTPUTS:
            dumps[name] = _Staged(out, name)
    except BaseException as error:
        for dump in dumps.values():
            dump.discard()
        if isinstance(error, OSError):
            raise _unwritten(out, error) from error
        raise
    return dumps


class _Parts:
    """The texts' parts of the graph (:class:`~kzld.state.DocumentPart`): taken from the state
    directory where kept, otherwise read (or taken from what the state keeps of the reading),
    resolved and mapped, and kept for the next build."""

    def __init__(
        self,
        files: list[Path],
        base: str,
        state: BuildState | None,
        inputs: Inputs | None,
        timings: dict[str, float],
        progress: Progress | None,
        readers: Readers,
    ) -> None:
        self.state, self.inputs, self.readers = state, inputs, readers
        #: each text byte for byte the same as an earlier one -> that one (read once, as it)
        self.copies = copies_of(
            (path.name, inputs.texts.get(path.name) if inputs is not None else source_digest(path))
            for path in files
        )
        self.folders = {path.name: path.parent for path in files}
        self.files = {path.name: path for path in files if path.name not in self.copies}
        self.timings, self.progress = timings, progress
        self.tell = progress or _quiet
        self.mint = Minter(base)
        #: the key of each text's statement, as the folder's names give them
        self.listed = statement_keys(self.files)
        self._read_ahead()
        self.parts: dict[str, DocumentPart] = {}
        #: the texts not read again (their part, or their reading, kept in the state)
        self.reused = 0
        #: the texts resolved and mapped
        self.resolved = 0
        self._resolver: CorpusResolver | None = None
        self._recorder: Recorder | None = None
        #: what changed in the organisation authority since a version kept parts were made with
        self._changes: dict[str, AuthorityChange | None] = {}
        #: each text's validation results, with the key they are kept under
        self.checked: dict[str, tuple[str, list[Result]]] = {}
        #: the texts whose part was validated
        self.validated: set[str] = set()
        self._previous: dict[str, Previous | None] = {}
        #: whether the parts' index is kept in the state (:meth:`keep_index`)
        self._index_kept = False
        #: the records of the texts of the parts :attr:`tallied` (by their :meth:`_ident`)
        #: counted: the last build's, brought up to date (:meth:`tally_of`)
        self.tally, self.tallied = state.tally() if state is not None else (Tally(), set())
        #: the parts taken or made by this build, by their :meth:`_ident`
        self._made: dict[str, DocumentPart] = {}
        #: each part's validation context (by its text's name) and the types of the corpus'
        #: nodes, as this build's last validation made them (see :meth:`_settled`)
        self.contexts: dict[str, str] = {}
        self.corpus_types: dict[str, tuple[str, ...]] = {}
        #: the abbreviations the texts define (:mod:`kzld.resolve.orgs.defined`): the last
        #: build's, until every part is taken or made (:meth:`_define`)
        self.defined: Definitions = self.tally.definitions()

    @property
    def resolver(self) -> CorpusResolver:
        """Resolves against the authority and gazetteer (loaded when first needed)."""
        if self._resolver is None:
            self._resolver = CorpusResolver()
        return self._resolver

    def names(self) -> list[str]:
        """The names of the texts that have a part, in order."""
        return sorted(self.parts)

    def checked_results(self) -> dict[str, list[Result]]:
        """The parts' validation results, by the state's keys (to keep them)."""
        return {key: results for key, results in self.checked.values() if key}

    def authorities(self) -> set[str]:
        """The digests of the organisation authorities the parts were made with."""
        return {part.authority for part in self.parts.values()}

    def _read_ahead(self) -> None:
        """Start reading the texts of which nothing is kept, when they are few beside many
        kept ones (a text added to an archive): one worker reads them while this process takes
        the kept parts and loads the resolver (:meth:`make`), each some tenths of a second at
        10,000 texts. Many are read batch by batch as a clean build reads them."""
        if self.state is None or self.inputs is None:
            return
        state = self.state
        unkept = [
            path
            for name, path in self.files.items()
            if state.unkept(self._part_key(name, self.listed[name]), self._document_key(name))
        ]
        if len(unkept) < PARALLEL_FROM <= len(self.files) - len(unkept):
            self.readers.ahead(unkept)

    def _ready(self) -> CorpusResolver:
        """The resolver, loaded (with the recorder of what it consults, when parts are kept)."""
        if self.state is not None:
            self._recording()
        return self.resolver

    def _recording(self) -> Recorder:
        """The recorder of what the resolver consults text by text (made when first asked)."""
        if self._recorder is None:
            self._recorder = Recorder(self.resolver.resolver)
        return self._recorder

    def _resolve(self, document: Document) -> tuple[DocumentResolution, Consulted | None]:
        """``document`` resolved, and (when parts are kept) what it consulted of the authority."""
        self.resolved += 1
        self.resolver.resolver.define(self.defined)
        if self.state is None:
            return self.resolver.document(document), None
        with self._recording().text() as consulted:
            resolution = self.resolver.document(document)
        return resolution, consulted()

    def _kept(self, key: str | None) -> DocumentPart | None:
        """The part kept under ``key`` if it is what resolving its text now gives: made with
        this build's organisation authority, or with one whose changes since do not touch it
        (then kept as made with this one: the builds after this one do not ask again)."""
        if self.state is None or self.inputs is None or key is None:
            return None
        part = self.state.part(key)
        if part is None or part.authority == self.inputs.authority:
            return part
        if part.authority not in self._changes:
            path = self.state.authority(part.authority)
            try:
                old = load_authority(path) if path is not None else None
            except KzldError:  # a kept file spoilt: make every such part again
                old = None
            change = None
            if old is not None:
                resolver = self.resolver
                change = AuthorityChange(old, resolver.authority, lambda: resolver.resolver.index)
            self._changes[part.authority] = change
        change = self._changes[part.authority]
        if change is None or (change.entries and change.touches(self.state.consulted(key))):
            return None
        part.authority = self.inputs.authority
        self.state.keep_authority(part.authority)
        return part

    def _part_key(self, name: str, key: str) -> str | None:
        return self.inputs.part_key(name, key) if self.inputs is not None else None

    def _document_key(self, name: str) -> str | None:
        return self.inputs.document_key(name) if self.inputs is not None else None

    def make(self, strict: bool) -> list[Problem]:
        """Take the kept parts, and read, resolve and map the other texts :data:`BATCH` at a
        time (what the reader and the resolver made of a batch is let go once its parts are
        made); returns the texts that cannot be read (with ``strict``, raises the first one's
        error)."""
        problems: list[Problem] = []
        for name, first in self.copies.items():
            copy = copy_error(self.folders[name], name, first)
            if strict:
                raise copy
            problems.append(Problem(path=str(copy.path), message=str(copy)))
        pending: list[Document | Path] = []  # a document kept in the state, or a text to read
        with _timed(self.timings, "read", self.progress, len(self.files)):
            for name, path in self.files.items():
                if self.state is not None:
                    part_key = self._part_key(name, self.listed[name])
                    part = self._kept(part_key)
                    if part is not None and part_key is not None:
                        self.parts[name] = part
                        self._count(part_key, part)
                        continue
                    document = self.state.document(self._document_key(name))
                    if document is not None:
                        pending.append(document)
                        continue
                pending.append(path)
        self.reused = len(self.files) - sum(isinstance(item, Path) for item in pending)
        done = len(self.files) - len(pending)
        if pending:
            # loaded while the texts are read, when workers read them (it is needed next)
            self._ready()
        self._batches(pending, strict, problems, done)
        self._define()
        return problems

    def _batches(
        self, pending: list[Document | Path], strict: bool, problems: list[Problem], done: int
    ) -> None:
        """Read, resolve and map ``pending`` :data:`BATCH` at a time, the texts read in the same
        workers batch after batch (:class:`~kzld.parse.folder.Readers`); ``done`` texts were
        taken before them."""
        batched = len(pending) > BATCH
        batches = [pending[start : start + BATCH] for start in range(0, len(pending), BATCH)]
        readers = self.readers
        outcomes = readers.start(_unread(batches[0])) if batches else iter(())
        for number, batch in enumerate(batches):
            if batched:
                self.tell(BATCHES, done, len(self.files))
            timed = _timed(
                self.timings, "read", None if batched else self.progress, len(self.files)
            )
            with timed:
                documents = self._read(outcomes, batch, strict, problems, done, batched)
            if number + 1 < len(batches):
                # the workers read the next batch while this one is resolved and mapped
                # here (reading a text needs nothing of the others): on two cores the
                # reading no longer waits for the resolver, nor the resolver for it
                outcomes = readers.start(_unread(batches[number + 1]))
            self._resolve_and_map(documents, done if batched else None)
            done += len(batch)
            if done < len(self.files):
                # the next batches are resolved with what the texts so far define: fewer
                # are made again by _define (a clean build of 3,000 generated texts: 20,
                # not 100)
                self.defined = self.tally.definitions()
        if batched:
            self.tell(BATCHES, done, len(self.files))

    def _define(self) -> None:
        """The abbreviations the texts define, counted in the tally of every part; the parts
        whose resolution was given other answers than these give are made again (as a change
        of the authority makes the parts it touches again): a text's part is what resolving it
        with them gives, whichever texts were made in this build."""
        self.defined = self.tally_of(list(self.parts.values())).definitions()
        for name in sorted(self.parts):
            part = self.parts[name]
            if not self.defined.answers(part.asked):
                self._add(*self._resolve(self._document(name)), part.key)

    def _document(self, name: str) -> Document:
        """The document of the text ``name``: kept in the state, or read again."""
        document = self.state.document(self._document_key(name)) if self.state else None
        if document is None:
            outcome = read_one(self.files[name])
            if not isinstance(outcome, Document):
                raise outcome.error()
            document = outcome
        return document

    def _read(
        self,
        outcomes: Iterator[Document | Unreadable],
        batch: list[Document | Path],
        strict: bool,
        problems: list[Problem],
        done: int,
        batched: bool,
    ) -> list[Document]:
        """The documents of ``batch``: those kept, and those of its texts to read, whose
        ``outcomes`` come in their order (a text that cannot be read goes into ``problems``, or
        with ``strict`` raises). ``done`` texts were taken before it; ``batched``: there are
        other batches (see :data:`BATCHES`)."""
        documents = []
        for number, item in enumerate(batch, start=done + 1):
            if isinstance(item, Document):
                documents.append(item)
                continue
            outcome = next(outcomes)
            if isinstance(outcome, Document):
                documents.append(outcome)
                if self.state is not None:
                    self.state.keep_document(self._document_key(outcome.name), outcome)
            else:
                error = outcome.error()
                if strict:
                    raise error
                problems.append(Problem(path=outcome.path, message=str(error)))
            if not batched:
                self.tell(STAGES["read"], number, len(self.files))
        return documents

    def _resolve_and_map(self, documents: list[Document], done: int | None = None) -> None:
        """Resolve and map ``documents`` (emptied), and keep their parts; ``done``: the texts
        taken before them, when they are a batch among others (see :data:`BATCHES`)."""
        resolutions = []
        total = len(documents)
        progress = self.progress if done is None else None
        with _timed(self.timings, "resolve", progress, total):
            documents.reverse()
            while documents:
                resolutions.append(self._resolve(documents.pop()))
                if done is None:
                    self.tell(STAGES["resolve"], len(resolutions), total)
        with _timed(self.timings, "map", progress, total):
            resolutions.reverse()
            while resolutions:  # each let go once mapped: the part holds what is published
                resolution, consulted = resolutions.pop()
                name = resolution.resolved.document.name
                self._add(resolution, consulted, self.listed[name])
                if done is None:
                    self.tell(STAGES["map"], total - len(resolutions), total)
                else:
                    self.tell(BATCHES, done + total - len(resolutions), len(self.files))

    def _add(
        self, resolution: DocumentResolution, consulted: Consulted | None, key: str
    ) -> DocumentPart:
        part = _made_part(resolution, self.mint, key)
        ident = self._ident(part)
        if ident in self.tallied:  # made again (the authority changed): the old one uncounted
            old = self._record_of(ident)
            if old is None:
                self.tally, self.tallied = Tally(), set()
            else:
                self.tally.remove(old)
                self.tallied.discard(ident)
        self._count(ident, part)
        part_key = self._part_key(part.name, key)
        if self.state is not None and self.inputs is not None and part_key is not None:
            part.authority, part.consulted = self.inputs.authority, consulted
            self.state.keep_authority(part.authority)
            if self.state.keep_part(part_key, part):
                # read back when validated, dumped or counted: a build holds few at once
                part.own = part.blocks = part.record = None
                part.types, part.consulted = {}, None  # about 25 KB a text
                part.whole = partial(self.state.whole, part_key)
        self.parts[part.name] = part
        return part

    def _ident(self, part: DocumentPart) -> str:
        """What names ``part`` in :attr:`tallied`: its key in the state (what it is made of)."""
        return self._part_key(part.name, part.key) or f"\0{part.name}\0{part.key}"

    def _count(self, ident: str, part: DocumentPart) -> None:
        """Count the record of ``part`` (named ``ident``) in the tally, unless it is."""
        self._made[ident] = part
        if ident not in self.tallied:
            self.tally.add(part.resolver_record())
            self.tallied.add(ident)

    def _record_of(self, ident: str) -> ResolverRecord | None:
        """The record of the part named ``ident`` (by this build, or the last one), or None."""
        part = self._made.get(ident)
        try:
            if part is None and self.state is not None:
                part = self.state.whole(ident)
            return part.resolver_record() if part is not None else None
        except KzldError:
            return None

    def tally_of(self, held: list[DocumentPart]) -> Tally:
        """The tally of the records of the parts ``held``: the parts counted but not held are
        taken away (all counted again when one's record cannot be read), those held but not
        counted added."""
        wanted = {self._ident(part): part for part in held}
        for ident in sorted(self.tallied - wanted.keys()):
            old = self._record_of(ident)
            if old is None:
                self.tally, self.tallied = Tally(), set()
                break
            self.tally.remove(old)
            self.tallied.discard(ident)
        for ident, part in wanted.items():
            if ident not in self.tallied:
                self.tally.add(part.resolver_record())
                self.tallied.add(ident)
        return self.tally

    def keep_index(self) -> None:
        """Keep the index of the parts in the state, once a build (see
        :meth:`~kzld.state.BuildState.keep_index`)."""
        if self.state is None or self.inputs is None or self._index_kept:
            return
        self._index_kept = True
        self.state.keep_index(
            self.inputs,
            self.index(),
            self.authorities(),
            self.checked_results(),
            (self.tally, self.tallied),
            self.corpus_types,
        )

    def index(self) -> dict[str, DocumentPart]:
        """The parts, by their keys in the state (to keep them)."""
        inputs = self.inputs
        if inputs is None:
            return {}
        for part in self.parts.values():
            part.context = self.contexts.get(part.name, "")
        return {
            key: part
            for part in self.parts.values()
            if (key := inputs.part_key(part.name, part.key)) is not None
        }

    def _again(self, name: str, key: str) -> DocumentPart:
        """The part of the text ``name`` with its statement keyed ``key``, kept or made again."""
        if self.state is not None:
            part_key = self._part_key(name, key)
            part = self._kept(part_key)
            if part is not None and part_key is not None and self.defined.answers(part.asked):
                self.parts[name] = part
                self._count(part_key, part)
                return part
        return self._add(*self._resolve(self._document(name)), key)

    def blocks(self, part: DocumentPart, which: int) -> Blocks:
        """The blocks of ``part`` for the dump ``which`` (0 Turtle, 1 JSON-LD): those it was
        made with, or those the state keeps (their bytes left in the file)."""
        if part.blocks is not None:
            return unpacked(part.digest, data=part.blocks)[which]
        found = (
            self.state.blocks(self._part_key(part.name, part.key), part.digest)
            if self.state
            else None
        )
        if found is None:
            raise KzldError(
                f"{self.state.root if self.state else 'the build'}: the kept blocks of "
                f"{part.name} are gone while the build ran; build again"
            )
        return found[which]

    def previous(self, name: str) -> Previous | None:
        """The dump ``name`` the last build wrote, to splice this one from (None: none)."""
        if name not in self._previous:
            self._previous[name] = self.state.previous(name) if self.state is not None else None
        return self._previous[name]

    def own(self, part: DocumentPart) -> bytes:
        """The triples of the own nodes of ``part`` as N-Triples: those it was made with, or
        those the state keeps (read each time: a build holds few at once)."""
        if part.own is not None:
            return part.own
        data = self.state.own(self._part_key(part.name, part.key)) if self.state else None
        if data is None:
            raise KzldError(
                f"{self.state.root if self.state else 'the build'}: the kept triples of "
                f"{part.name} are gone while the build ran; build again"
            )
        return data

    def validating(
        self, corpus: Ordered, present: list[DocumentPart], engine: str
    ) -> Callable[[], Report]:
        """What validates the graph of ``corpus`` and of the parts ``present``: the corpus
        beside the parts whose results are not kept (:mod:`kzld.validate.parts`), the others'
        results taken from the state. What it returns reads ``corpus`` (which must stay as it is
        until it has returned) and runs the engine, in a second thread."""
        sources = {str(self.mint.source(part.key)): part.name for part in present}
        mint = self.mint

        def owner(iri: str) -> str | None:
            source = mint.source_of(iri)
            return sources.get(str(source)) if source is not None else None

        pieces = {
            part.name: Piece(part.size, part.refs, part.subject_types, partial(self.own, part))
            for part in present
        }
        split = Split(corpus, pieces, owner)
        self.corpus_types = split.types
        settled = self._settled(present, split)
        found: dict[str, list[Result]] = {}
        wanted: dict[str, str] = {}  # name -> the key its results are kept under
        self.contexts = {}
        for part in present:
            name = part.name
            part_key = self._part_key(name, part.key)
            key = ""
            if part_key is not None and self.inputs is not None:
                context = self.contexts[name] = settled.get(name) or split.context(name)
                key = self.inputs.checked_key(part_key, context)
            wanted[name] = key
            kept = self.checked.get(name)
            if kept is not None and kept[0] == key and key:
                found[name] = kept[1]
                continue
            results = self.state.results(key) if self.state is not None and key else None
            if results is not None:
                found[name] = results
                self.checked[name] = (key, results)
        fresh = [part.name for part in present if part.name not in found]

        def validating() -> Report:
            report, corpus, made = validate_parts(split, fresh, engine)
            self.validated.update(made)
            for name, results in made.items():
                key = wanted[name]
                self.checked[name] = (key, results)
                if self.state is not None and key:
                    self.state.keep_results(key, results)
            every = corpus + [
                r for part in present for r in found.get(part.name, made.get(part.name, []))
            ]
            return Report(results_in_order(every), report.report_graph)

        return validating

    def _settled(self, present: list[DocumentPart], split: Split) -> dict[str, str]:
        """The validation contexts (:meth:`~kzld.validate.parts.Split.context`) of the parts
        ``present`` that are what the last build found: a kept part's triples are those it was
        validated with then, so its context changes only with the types of the corpus' nodes
        it points at (compared with the last build's) or of another text's nodes."""
        if self.state is None:
            return {}
        before = self.state.types()
        now = split.types
        changed = {
            iri
            for iri in before.keys() | now.keys()
            if before.get(iri) != " ".join(now.get(iri, ()))
        }
        return {
            part.name: part.context
            for part in present
            if part.context and not part.linked and changed.isdisjoint(part.refs)
        }

    def present(self, names: list[str], keys: dict[str, str]) -> list[DocumentPart]:
        """The parts of the texts ``names``, each with its statement keyed as ``keys`` says
        (made again where the part kept was keyed otherwise)."""
        present = []
        for name in names:
            part = self.parts[name]
            if part.key != keys[name]:
                part = self._again(name, keys[name])
            present.append(part)
        return present


#: How many times a build leaves texts out and validates again before it gives up (leaving one
#: text out can change the organisations other texts' parts point at).
MAX_ROUNDS = 4


def _publishable(
    result: BuildResult,
    parts: _Parts,
    present: list[str],
    engine: str,
    dumps: dict[str, _Dump],
    progress: Progress | None = None,
) -> tuple[Report, bytes | None]:
    """Put together, validate and dump (into ``dumps``) the graph of the texts ``present``; the
    counts go into ``result``.

    The graph is the corpus (organisations, places, events, persons, the dataset), made now from
    what the parts say of it, and each part's own nodes, kept as their dumps' blocks, counts and
    types (their triples are read only where validation needs them).

    Returns the report and (only when the graph does not conform, for finding the texts at
    fault) the graph as N-Triples.
    """
    timings = result.timings
    result.documents = len(present)
    # the keys of every text's statement, as the parts were made with, unless some are left out
    keys = parts.listed if len(present) == len(parts.listed) else statement_keys(present)
    with _timed(timings, "map", progress):
        held = parts.present(present, keys)
        examples = [keys[name] for name in present[:EXAMPLES]]
        corpus, result.warnings = _corpus_graph(parts, held, examples)
    result.triples = len(corpus) + sum(part.size for part in held)
    result.signatures = _typed(corpus, held, KZLD.Signature)
    result.organisations = _typed(corpus, held, SCHEMA.Organization)
    with _timed(timings, "order", progress):
        ordered = corpus.take_in_order()  # sorted once, for validation and both dumps
        del corpus

    def validating() -> Report:
        # what validation needs (each text's context, the results kept) is made in its own
        # thread too, while the dumps are written: they need none of it
        return parts.validating(ordered, held, engine)()

    report = _validated_dumps(ordered, parts, held, validating, dumps, timings, progress)
    data = None
    if report.fails("violation"):
        data = ntriples(triples_of(ordered)).data + b"".join(parts.own(part) for part in held)
    return report, data


def _corpus_graph(
    parts: _Parts, held: list[DocumentPart], examples: list[str]
) -> tuple[TripleSet, tuple[str, ...]]:
    """The corpus' triples of the graph of the parts ``held`` (the dataset's description
    counting the parts' own triples too), and the resolver's warnings."""
    corpus = parts.resolver.tallied(
        parts.tally_of(held), ((part.name, part.new_place) for part in held)
    )
    minted = {str(parts.mint.source(part.key)) for part in held}
    for part in held:
        for triple in part.foreign:
            source = parts.mint.source_of(str(triple[0]))
            if source is not None and str(source) in minted:
                raise KzldError(
                    f"{part.name}: its mapping says something of {triple[0]}, a node of "
                    "another text; the dumps cannot be joined from the parts"
                )
    counts = (sum(part.size for part in held), sum(part.typed for part in held))
    graph = assemble(corpus, parts.mint, (part.foreign for part in held), examples, counts)
    return graph, corpus.warnings


def _typed(corpus: TripleSet, held: list[DocumentPart], kind: str) -> int:
    """The number of subjects of type ``kind`` in the graph of ``corpus`` and ``held``."""
    kind = str(kind)
    return len(corpus.typed(kind)) + sum(part.kinds.get(kind, 0) for part in held)


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
