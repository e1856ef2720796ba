"""A dump written from blocks, and spliced from the dump a build wrote before.

Both published dumps are a header, one block of bytes per subject in the order of a sort key
(a subject's Turtle by its IRI, :func:`~kzld.rdf.dump.turtle_blocks`; a node's JSON-LD lines by
its ``@id``, :func:`~kzld.rdf.compacted.jsonld_nodes`), a separator between blocks, and a
trailer (a :class:`Layout`). A block depends only on its subject's triples, so a dump can be
written from the blocks of its owners (each text's part of the graph, the corpus) made at
different times (:class:`Blocks`: an owner's keys in order, their blocks' sizes, the blocks
joined, in memory or in a file).

:func:`splice` writes a dump as a merge of owners' blocks in key order. Given the dump written
before and its :class:`Run` index (each stretch of it one owner's blocks, with its first and last
key and its byte range), it copies the byte ranges of the owners still present and unchanged
(an owner is named by a digest of its blocks, so the same name means the same bytes) and writes
only the blocks of the others. A run is copied whole when no other block falls between its
first and last key; otherwise its owner's blocks are merged one by one. What a splice holds is
the index of runs and the blocks written anew, not the dump: copying is a stream of bytes.

A dump's runs are kept as columns (:class:`Runs`: the owners, first and last keys, starts, ends
and digests, each a list): an archive's dump has tens of thousands of runs, read, copied with
their places moved and kept again by every build, and columns let a stretch of runs copied as
one range be taken, moved and sealed by slices rather than one run at a time.

Each run keeps the SHA-256 of its bytes, and a dump's digest (:func:`sealed`) is made of its
runs' digests and the bytes between them (the header, the separators, the trailer): a splice
knows the digest of what it copies without reading it again, and hashes only what it writes
anew. :func:`sealed` makes the same digest from a file and its runs, to tell whether a dump is
still what was written.
"""

from __future__ import annotations

import bisect
import hashlib
import heapq
import itertools
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, Protocol, overload

import orjson

from ..files import DirectSource

__all__ = [
    "Blocks",
    "Layout",
    "Previous",
    "Run",
    "Runs",
    "Sink",
    "Spliced",
    "packed",
    "sealed",
    "splice",
    "unpacked",
]


@dataclass(frozen=True)
class Layout:
    """How a dump is put together: its ``header``, the ``separator`` between two blocks, its
    ``trailer``, and what it is with no block at all (``empty``)."""

    header: bytes
    separator: bytes
    trailer: bytes
    empty: bytes


class Blocks:
    """One owner's blocks for one dump: ``keys`` in order (the dump's sort keys of its subjects),
    each block's size, and the blocks joined in that order with the layout's separator after
    each, as ``data`` or at ``offset`` in the file ``path``."""

    def __init__(
        self,
        owner: str,
        keys: list[str],
        sizes: list[int],
        separator: bytes,
        data: bytes | None = None,
        path: Path | None = None,
        offset: int = 0,
    ) -> None:
        if len(keys) != len(sizes) or (data is None) == (path is None):
            raise ValueError("blocks need a size for each key, and their bytes or their file")
        self.owner, self.keys, self.sizes, self.separator = owner, keys, sizes, separator
        self.data, self.path, self.offset = data, path, offset
        self._starts: list[int] | None = None

    @classmethod
    def made(cls, owner: str, blocks: Iterable[tuple[str, bytes]], separator: bytes) -> Blocks:
        """The blocks of ``owner`` from ``(key, block)`` pairs (put in key order here)."""
        ordered = sorted(blocks, key=lambda pair: pair[0])
        keys = [key for key, _ in ordered]
        for before, after in itertools.pairwise(keys):
            if before == after:
                raise ValueError(f"two blocks with the key {before!r}")
        data = b"".join(block + separator for _, block in ordered)
        return cls(
            owner, keys, [len(block) + len(separator) for _, block in ordered], separator, data
        )

    def __len__(self) -> int:
        return len(self.keys)

    @property
    def length(self) -> int:
        """The number of bytes of the blocks joined (each with its separator)."""
        return sum(self.sizes)

    def joined(self) -> bytes:
        """The blocks joined, each with its separator."""
        if self.data is not None:
            return self.data
        assert self.path is not None
        with self.path.open("rb") as stream:
            stream.seek(self.offset)
            return stream.read(self.length)

    def starts(self) -> list[int]:
        """Where each block starts in the joined bytes, and where the last one ends."""
        if self._starts is None:
            self._starts = [0, *itertools.accumulate(self.sizes)]
        return self._starts

    def span(self, first: int, end: int) -> bytes:
        """The blocks ``first`` to ``end`` (excluded) joined, without the separator after the
        last."""
        starts = self.starts()
        start, stop = starts[first], starts[end] - len(self.separator)
        if self.data is not None:
            return self.data[start:stop]
        assert self.path is not None
        with self.path.open("rb") as stream:
            stream.seek(self.offset + start)
            data = stream.read(stop - start)
        if len(data) != stop - start:
            raise OSError(f"{self.path}: cut short")
        return data

    def after(self, first: int) -> Blocks:
        """The blocks from the ``first`` on (their bytes sliced, or read from where they start in
        the file)."""
        start = self.starts()[first]
        keys, sizes = self.keys[first:], self.sizes[first:]
        if self.data is not None:
            return Blocks(self.owner, keys, sizes, self.separator, data=self.data[start:])
        return Blocks(
            self.owner, keys, sizes, self.separator, path=self.path, offset=self.offset + start
        )

    def header(self) -> list[object]:
        """The keys, sizes and separator as JSON-ready values (see :meth:`from_header`)."""
        return [self.keys, self.sizes, self.separator.decode()]

    @classmethod
    def from_header(cls, owner: str, value: object, path: Path, offset: int) -> Blocks:
        """The blocks :meth:`header` described, their bytes at ``offset`` in ``path``; raises
        ``ValueError`` (or ``TypeError``) for a value that is no such header."""
        if not isinstance(value, list) or len(value) != 3:
            raise ValueError(f"not the header of blocks: {value!r}")
        keys, sizes, separator = value
        return cls(
            owner,
            list(map(str, keys)),
            list(map(int, sizes)),
            str(separator).encode(),
            None,
            path,
            offset,
        )


def packed(blocks: Sequence[Blocks]) -> bytes:
    """One owner's blocks of several dumps as one file (see :func:`unpacked`): the length of a
    JSON header, the header (each one's keys, sizes and separator), then their bytes in order."""
    header = orjson.dumps([each.header() for each in blocks])
    return len(header).to_bytes(8, "big") + header + b"".join(each.joined() for each in blocks)


def unpacked(owner: str, data: bytes | None = None, path: Path | None = None) -> list[Blocks]:
    """The blocks :func:`packed` wrote, as ``data`` or into the file ``path`` (of which only the
    header is read here); raises ``ValueError`` (or ``TypeError``, ``OSError``) for bytes that
    do not hold them."""
    if data is not None:
        head = data[:8]
    else:
        assert path is not None
        with path.open("rb") as stream:
            head = stream.read(8)
            length = int.from_bytes(head, "big")
            header = stream.read(length)
    length = int.from_bytes(head, "big")
    if data is not None:
        header = data[8 : 8 + length]
    if len(head) != 8 or len(header) != length:
        raise ValueError("blocks cut short")
    found = []
    offset = 8 + length
    for value in orjson.loads(header):
        blocks = Blocks.from_header(owner, value, path or Path(), offset)
        if data is not None:
            blocks.data, blocks.path = data[offset : offset + blocks.length], None
        offset += blocks.length
        found.append(blocks)
    return found


class Run(NamedTuple):
    """A stretch of a dump that is one owner's blocks: the first and last key, the bytes from
    ``start`` to ``end`` (no separator at either end), and their SHA-256 (hex). (A tuple: a
    dump of an archive has hundreds of thousands of them, made and read at every build.)"""

    owner: str
    first: str
    last: str
    start: int
    end: int
    digest: str


#: The JSON types of the columns of :class:`Runs`, in the order of :class:`Run`'s fields.
_KINDS = (str, str, str, int, int, str)


class Runs(Sequence[Run]):
    """A dump's runs in order, as one list per field of :class:`Run` (see the module's
    docstring); a sequence of :class:`Run` to those who read it a run at a time."""

    __slots__ = ("digests", "ends", "firsts", "lasts", "owners", "starts")

    def __init__(self, runs: Iterable[Run] = ()) -> None:
        listed = list(runs)
        self.owners = [run.owner for run in listed]
        self.firsts = [run.first for run in listed]
        self.lasts = [run.last for run in listed]
        self.starts = [run.start for run in listed]
        self.ends = [run.end for run in listed]
        self.digests = [run.digest for run in listed]

    @classmethod
    def _of(
        cls,
        owners: list[str],
        firsts: list[str],
        lasts: list[str],
        starts: list[int],
        ends: list[int],
        digests: list[str],
    ) -> Runs:
        runs = cls()
        runs.owners, runs.firsts, runs.lasts = owners, firsts, lasts
        runs.starts, runs.ends, runs.digests = starts, ends, digests
        return runs

    def _columns(self) -> tuple[list[str], list[str], list[str], list[int], list[int], list[str]]:
        return self.owners, self.firsts, self.lasts, self.starts, self.ends, self.digests

    def __len__(self) -> int:
        return len(self.owners)

    @overload
    def __getitem__(self, index: int) -> Run: ...

    @overload
    def __getitem__(self, index: slice) -> Runs: ...

    def __getitem__(self, index: int | slice) -> Run | Runs:
        if isinstance(index, slice):
            return Runs._of(*(column[index] for column in self._columns()))  # type: ignore[arg-type]
        return Run(*(column[index] for column in self._columns()))  # type: ignore[arg-type]

    def __iter__(self) -> Iterator[Run]:
        return map(Run, *self._columns())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Runs):
            return self._columns() == other._columns()
        if isinstance(other, list):
            return list(self) == other
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Runs({list(self)!r})"

    def append(self, run: Run) -> None:
        """Add ``run`` at the end."""
        self.owners.append(run.owner)
        self.firsts.append(run.first)
        self.lasts.append(run.last)
        self.starts.append(run.start)
        self.ends.append(run.end)
        self.digests.append(run.digest)

    def moved(self, runs: Runs, first: int, end: int, shift: int) -> None:
        """Add the runs ``first`` to ``end`` (excluded) of ``runs`` at the end, their places
        moved by ``shift`` bytes."""
        self.owners += runs.owners[first:end]
        self.firsts += runs.firsts[first:end]
        self.lasts += runs.lasts[first:end]
        self.starts += map(shift.__add__, runs.starts[first:end])
        self.ends += map(shift.__add__, runs.ends[first:end])
        self.digests += runs.digests[first:end]

    def owned(self, owners: Container[str]) -> Runs:
        """The runs whose owner is in ``owners``, in order."""
        mask = [owner in owners for owner in self.owners]
        return Runs._of(*(list(itertools.compress(column, mask)) for column in self._columns()))  # type: ignore[arg-type]

    def value(self) -> list[list[object]]:
        """The runs as JSON-ready values: one list per field (see :meth:`from_value`), the
        columns themselves (to be written, not changed: copying them cost 0.1 s a dump at
        N = 10,000)."""
        return list(self._columns())  # type: ignore[arg-type]

    @classmethod
    def from_value(cls, value: object) -> Runs:
        """The runs :meth:`value` gave as ``value``; raises ``ValueError`` for a value that does
        not hold them (another shape, a field of another type, columns of other lengths)."""
        if (
            not isinstance(value, list)
            or len(value) != len(_KINDS)
            or not all(type(column) is list for column in value)
            or len({len(column) for column in value}) > 1
        ):
            raise ValueError("not runs")
        for column, kind in zip(value, _KINDS, strict=True):
            if not set(map(type, column)) <= {kind}:
                raise ValueError("not runs")
        return cls._of(*value)


class _Seal:
    """A dump's digest (see :func:`sealed`), fed its stretches in order: the bytes between runs
    as they are, each run by its digest."""

    def __init__(self) -> None:
        self._hash = hashlib.sha256()

    def between(self, data: bytes) -> None:
        self._hash.update(b"b%d:" % len(data) + data)

    def run(self, digest: str) -> None:
        self._hash.update(b"r" + bytes.fromhex(digest))

    def adjacent(self, digests: list[str], separator: bytes) -> None:
        """Feed the runs of ``digests`` with ``separator`` between each two: what :meth:`run`
        and :meth:`between` fed one by one would, in one update."""
        joiner = b"b%d:" % len(separator) + separator + b"r"
        self._hash.update(b"r" + joiner.join(map(bytes.fromhex, digests)))

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


def sealed(path: Path, runs: Iterable[Run]) -> str:
    """The digest of the dump in ``path`` whose runs are ``runs`` (in order): what :func:`splice`
    gives for the dump it writes, whatever bytes the file now holds (any other byte, or another
    length, gives another digest). Raises ``OSError`` when the file cannot be read."""
    seal = _Seal()
    at = 0
    with path.open("rb") as stream:
        for run in runs:
            if run.start < at or run.end < run.start:
                raise OSError(f"{path}: runs out of order")
            seal.between(stream.read(run.start - at))
            data = stream.read(run.end - run.start)
            seal.run(hashlib.sha256(data).hexdigest())
            at = run.start + len(data)
        seal.between(stream.read())
    return seal.hexdigest()


@dataclass(frozen=True)
class Previous:
    """The dump a build wrote before (``path``) and its runs, in order."""

    path: Path
    runs: Runs

    def owners(self) -> set[str]:
        """The owners whose blocks the dump holds."""
        return set(self.runs.owners)

    def value(self) -> list[list[object]]:
        """The runs as JSON-ready values (see :meth:`from_value`)."""
        return self.runs.value()

    @classmethod
    def from_value(cls, path: Path, value: object) -> Previous:
        """The runs :meth:`value` gave as ``value``, of the dump ``path``; raises ``ValueError``
        (or ``TypeError``) for a value that does not hold them."""
        return cls(path, Runs.from_value(value))


@dataclass(frozen=True)
class Spliced:
    """What :func:`splice` wrote: the dump's runs, in order, and its digest (:func:`sealed`)."""

    runs: Runs
    digest: str


class Sink(Protocol):
    """Where a dump is written (a file, or what compares it with one)."""

    def write(self, data: bytes | memoryview, /) -> object: ...


class _Writer:
    """Writes a dump's header, units of blocks with separators between them and its trailer,
    and makes the index of runs of what it wrote and its digest. Copies of adjacent ranges of
    the previous dump are written as one."""

    def __init__(self, sink: Sink, layout: Layout, previous: DirectSource | None) -> None:
        self.sink, self.layout, self.previous = sink, layout, previous
        self.position = 0
        self.started = False
        self.runs = Runs()
        self.seal = _Seal()
        #: a range of the previous dump not copied yet, and where it goes
        self.pending: tuple[int, int] | None = None
        self.pending_at = 0

    def _put(self, data: bytes) -> None:
        self.sink.write(data)
        self.position += len(data)

    def _lead(self) -> None:
        """Write what comes before the next unit: the header, or a separator."""
        lead = self.layout.separator if self.started else self.layout.header
        self._put(lead)
        self.seal.between(lead)
        self.started = True

    def blocks(self, blocks: Blocks, first: int, end: int) -> None:
        """Write the blocks ``first`` to ``end`` (excluded) of ``blocks``."""
        self.flush()
        self._lead()
        start = self.position
        data = blocks.span(first, end)
        self._put(data)
        digest = hashlib.sha256(data).hexdigest()
        self.seal.run(digest)
        last = blocks.keys[end - 1]
        self.runs.append(Run(blocks.owner, blocks.keys[first], last, start, self.position, digest))

    def copy(self, runs: Runs, first: int, end: int) -> None:
        """Write the bytes of the runs ``first`` to ``end`` (excluded) of ``runs``, runs of the
        previous dump in order (adjacent ones there are copied as one range)."""
        separator = self.layout.separator
        gap = len(separator)
        starts, ends = runs.starts, runs.ends
        at = first
        while at < end:
            stop = at + 1  # the runs from ``at`` to ``stop`` are adjacent in the previous dump
            while stop < end and starts[stop] == ends[stop - 1] + gap:
                stop += 1
            pending = self.pending
            if pending is not None and pending[1] + gap == starts[at]:
                self.pending = (pending[0], ends[stop - 1])
                self.seal.between(separator)
            else:
                self.flush()
                self._lead()
                pending = self.pending = (starts[at], ends[stop - 1])
                self.pending_at = self.position
            self.seal.adjacent(runs.digests[at:stop], separator)
            self.runs.moved(runs, at, stop, self.pending_at - pending[0])
            at = stop

    def flush(self) -> None:
        """Copy the range of the previous dump not copied yet."""
        if self.pending is None:
            return
        (start, end), self.pending = self.pending, None
        previous = self.previous
        if previous is None or self.position != self.pending_at:
            raise AssertionError("a copy of the previous dump out of place")
        for piece in previous.pieces(start, end):
            self.sink.write(piece)
            self.position += len(piece)

    def close(self) -> Spliced:
        """Write the end of the dump; returns its runs and digest."""
        self.flush()
        end = self.layout.trailer if self.started else self.layout.empty
        self._put(end)
        self.seal.between(end)
        return Spliced(self.runs, self.seal.hexdigest())


@dataclass
class _Cursor:
    """Where a merge is in one owner's blocks: the next one, and the end. Blocks kept in a file
    that can be loaded again are held only during their owner's turns (see :func:`splice`);
    other blocks kept in a file, without what is written of them."""

    blocks: Blocks | None
    at: int
    end: int
    load: Callable[[], Blocks] | None = None

    def take(self) -> Blocks:
        """The blocks, loaded if they are not held."""
        if self.blocks is None:
            assert self.load is not None
            self.blocks = self.load()
        return self.blocks

    def written(self, stop: int) -> str | None:
        """The blocks up to ``stop`` are written: let go of them where they are in a file;
        returns the key of the next block (None: all are written)."""
        blocks = self.take()
        if stop >= self.end:
            self.blocks = self.load = None
            return None
        following = blocks.keys[stop]
        if blocks.path is None:
            self.at = stop
        elif self.load is not None:  # loaded again at its next turn
            self.blocks, self.at = None, stop
        else:
            self.blocks, self.at, self.end = blocks.after(stop), 0, self.end - stop
        return following


def splice(
    sink: Sink,
    layout: Layout,
    fresh: Iterable[Blocks | Callable[[], Blocks]],
    previous: Previous | None = None,
    kept: Mapping[str, Callable[[], Blocks]] | None = None,
) -> Spliced:
    """Write into ``sink`` the dump of the blocks of ``fresh`` and of the owners ``kept`` (owner
    -> its blocks, loaded only when needed), in key order; returns its runs and digest.

    An owner of ``fresh`` given by what loads its blocks is loaded for its first key, then
    again at each of its turns, and its blocks kept in a file are let go between them (an
    archive's parts are each written in a few stretches, evidence, mentions, signatures...,
    between which every other part has its turn: holding what is left of their keys from one
    turn to the next would hold the keys of most of the archive); of other blocks kept in a
    file a splice holds only those not yet written.

    The owners of ``kept`` are those whose blocks are copied from ``previous`` (the dump written
    before, by runs); each must have its runs there (see :meth:`Previous.owners`). A run of
    ``previous`` whose owner is not in ``kept`` is left out."""
    kept = kept or {}
    runs = previous.runs.owned(kept) if previous is not None else Runs()
    lasts = runs.lasts
    # what is merged: the runs to copy (number -1), and cursors over blocks to write
    heap: list[tuple[str, int]] = [(runs.firsts[0], -1)] if runs else []
    cursors: list[_Cursor] = []

    def add(blocks: Blocks, first: int, end: int, load: Callable[[], Blocks] | None) -> None:
        if first < end:
            cursors.append(_Cursor(None if load is not None else blocks, first, end, load))
            heapq.heappush(heap, (blocks.keys[first], len(cursors) - 1))

    for each in fresh:
        if isinstance(each, Blocks):
            add(each, 0, len(each), None)
        else:
            blocks = each()
            add(blocks, 0, len(blocks), each)
            del blocks
    copied = 0
    with DirectSource(previous.path) if runs and previous is not None else nullcontext() as stream:
        writer = _Writer(sink, layout, stream)
        while heap:
            key, number = heapq.heappop(heap)
            bound = heap[0][0] if heap else None
            if bound == key:
                raise ValueError(f"two owners' blocks have the key {key!r}")
            if number < 0:
                # the runs before the next block to write are copied as one stretch
                end = len(runs) if bound is None else bisect.bisect_left(lasts, bound, copied)
                if end > copied:
                    writer.copy(runs, copied, end)
                    copied = end
                else:  # another block falls inside it: its owner's blocks are merged one by one
                    run = runs[copied]
                    blocks = kept[run.owner]()
                    first = bisect.bisect_left(blocks.keys, run.first)
                    add(blocks, first, bisect.bisect_right(blocks.keys, run.last), None)
                    copied += 1
                if copied < len(runs):
                    heapq.heappush(heap, (runs.firsts[copied], -1))
                continue
            cursor = cursors[number]
            blocks, first = cursor.take(), cursor.at
            stop = cursor.end
            if bound is not None:
                stop = bisect.bisect_left(blocks.keys, bound, first, stop)
            writer.blocks(blocks, first, stop)
            del blocks
            following = cursor.written(stop)
            if following is not None:
                heapq.heappush(heap, (following, number))
        return writer.close()
