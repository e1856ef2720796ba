"""Reading a folder of source texts: which files count, and reading them all, in parallel when big.

:func:`read_folder` reads every source text of a folder into a
:class:`~kzld.model.records.Document`; a text that cannot be read costs only itself (a
:class:`Problem`), unless ``strict`` asks for the first error. A big folder is read in forked
worker processes; the documents come back in name order either way, so the result is the same.
A caller that keeps what earlier reads made (the build's state directory) passes ``known``, and
only the texts it does not know are read. A text byte for byte the same as one earlier in name
order is read once: the copy is a :class:`Problem` naming both files.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path

from ..errors import InputError
from ..model.records import Document
from . import read_file

__all__ = [
    "PARALLEL_FROM",
    "SOURCE_SUFFIXES",
    "Problem",
    "Readers",
    "Unreadable",
    "copies_of",
    "copy_error",
    "holds_sources",
    "read_folder",
    "source_files",
]

#: The suffixes of the source texts a seeds folder is read for.
SOURCE_SUFFIXES = (".txt",)
#: Below this many texts a folder is read in this process (starting workers costs more).
PARALLEL_FROM = 64


@dataclass(frozen=True)
class Problem:
    """A source text that could not be read, and why."""

    path: str
    message: str


@dataclass(frozen=True)
class Unreadable:
    """A text a worker could not read: the error's class and arguments, to raise it again here."""

    kind: type[InputError]
    path: str
    reason: str
    line: int | None

    def error(self) -> InputError:
        """The error the worker caught."""
        return self.kind(self.path, self.reason, self.line)


def source_files(seeds: Path) -> list[Path]:
    """The source texts in ``seeds`` (not hidden, by suffix), in name order."""
    if not seeds.is_dir():
        raise InputError(seeds, "not a folder of source texts")
    # names sorted as strings, not paths: pathlib's comparison costs more than the listing
    with os.scandir(seeds) as entries:
        names = sorted(entry.name for entry in entries if _is_source(entry))
    return [seeds / name for name in names]


def holds_sources(seeds: Path, count: int) -> bool:
    """Whether the folder ``seeds`` holds ``count`` source texts or more (told without listing
    all of a big one); False for what is not a folder."""
    if not seeds.is_dir():
        return False
    found = 0
    with os.scandir(seeds) as entries:
        for entry in entries:
            if found >= count:
                return True
            found += _is_source(entry)
    return found >= count


def _is_source(entry: os.DirEntry[str]) -> bool:
    """Whether ``entry`` of a seeds folder is a source text: not hidden, a file, by its suffix
    (``os.path``'s, not a path made for each of an archive's names)."""
    name = entry.name
    return (
        not name.startswith(".")
        and os.path.splitext(name)[1].lower() in SOURCE_SUFFIXES
        and entry.is_file()
    )


def read_one(path: Path) -> Document | Unreadable:
    """Read one text; a bad one comes back as :class:`Unreadable` (it crosses processes)."""
    try:
        return read_file(path)
    except InputError as error:
        return Unreadable(type(error), error.path, error.reason, error.line)


def available_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class Readers:
    """Reading texts batch after batch in the same ``workers`` processes, forked at the first
    batch big enough to share out and ended when the ``with`` block ends: a worker's start (the
    reader's patterns compiled, lingua's models loaded, some 2 s of CPU) is paid once a build,
    not once a batch, and what a worker remembers of lines seen (site furniture) lasts."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool: Pool | None = None
        #: the worker reading ahead (:meth:`ahead`), and each file's outcome to come from it
        self._early: Pool | None = None
        self._ahead: dict[Path, AsyncResult[Document | Unreadable]] = {}

    def __enter__(self) -> Readers:
        return self

    def __exit__(self, *_: object) -> None:
        for pool in (self._pool, self._early):
            if pool is not None:
                pool.terminate()
        self._pool = self._early = None
        self._ahead = {}

    def read(self, files: list[Path]) -> Iterator[Document | Unreadable]:
        """Each file's outcome, in the order of ``files``; in the workers for a big batch."""
        yield from self.start(files)

    def ahead(self, files: list[Path]) -> bool:
        """Start reading ``files`` (a few) in one worker now, while this process does other
        work (an incremental build takes the parts it keeps, and loads the resolver); their
        outcomes are those :meth:`start` gives when asked for them. Returns whether they are
        read so (not with one core, nor where processes cannot be forked)."""
        forks = "fork" in multiprocessing.get_all_start_methods()
        if self.workers < 2 or not files or not forks or self._early is not None:
            return False
        # one worker: each pays for loading lingua's models once, and this process has its
        # own work beside it
        self._early = multiprocessing.get_context("fork").Pool(1)
        self._ahead = {path: self._early.apply_async(read_one, (path,)) for path in files}
        return True

    def start(self, files: list[Path]) -> Iterator[Document | Unreadable]:
        """Each file's outcome, in the order of ``files``. A big batch is handed to the workers
        at once: they read it while this process does other work (the batch before resolved
        and mapped), after any batch started before it. A small one is read in this process as
        the outcomes are taken. A file read :meth:`ahead` is taken from that worker."""
        early = {path: self._ahead.pop(path) for path in files if path in self._ahead}
        if early:
            rest = self.start([path for path in files if path not in early])
            return (early[path].get() if path in early else next(rest) for path in files)
        forks = "fork" in multiprocessing.get_all_start_methods()
        if self.workers < 2 or len(files) < PARALLEL_FROM or not forks:
            return map(read_one, files)
        if self._pool is None:
            # fork: the workers inherit the loaded reader (cue words, language models) instead
            # of importing and loading it again each.
            self._pool = multiprocessing.get_context("fork").Pool(self.workers)
        chunk = max(1, min(64, len(files) // (4 * self.workers)))
        return self._pool.imap(read_one, files, chunksize=chunk)


def read_all(files: list[Path], workers: int) -> Iterator[Document | Unreadable]:
    """Each file's outcome, in the order of ``files``; in ``workers`` processes for a big folder."""
    with Readers(workers) as readers:
        yield from readers.read(files)


def copies_of(digests: Iterable[tuple[str, str | None]]) -> dict[str, str]:
    """The texts byte for byte the same as one before them: each copy's name -> the name of the
    first text with its bytes. ``digests`` gives each text's name and the SHA-256 of its bytes
    (``None`` for a text that cannot be read, which is never a copy), in name order."""
    first: dict[str, str] = {}
    copies: dict[str, str] = {}
    for name, digest in digests:
        if digest is not None and (earlier := first.setdefault(digest, name)) != name:
            copies[name] = earlier
    return copies


def copy_error(folder: Path, name: str, first: str) -> InputError:
    """The error of the text ``name`` of ``folder``, a copy of the text ``first``."""
    return InputError(
        folder / name, f"the same text as {folder / first}, byte for byte; built once, as {first}"
    )


def read_folder(
    seeds: Path,
    *,
    strict: bool = False,
    progress: Callable[[int, int], None] | None = None,
    workers: int | None = None,
    known: Callable[[Path], Document | None] | None = None,
) -> tuple[list[Document], list[Problem]]:
    """Read every source text; with ``strict`` the first bad one raises, otherwise it is listed.

    Big folders are read in ``workers`` processes (default: one per available core); the
    documents come back in name order either way, so the result is the same. ``known`` gives
    the document of a text already read (or None), which is then taken instead of reading it.
    """
    files = source_files(seeds)
    documents: list[Document] = []
    problems: list[Problem] = []
    found = {path: known(path) for path in files} if known is not None else {}
    unread = iter(
        read_all(
            [path for path in files if found.get(path) is None],
            available_cores() if workers is None else workers,
        )
    )
    outcomes = (found.get(path) or next(unread) for path in files)
    first: dict[str, str] = {}  # each text's SHA-256 -> the first file holding it
    for number, outcome in enumerate(outcomes, start=1):
        if isinstance(outcome, Document):
            earlier = first.setdefault(outcome.sha256, outcome.name)
            if earlier == outcome.name:
                documents.append(outcome)
            else:
                copy = copy_error(seeds, outcome.name, earlier)
                if strict:
                    raise copy
                problems.append(Problem(path=str(seeds / outcome.name), message=str(copy)))
        else:
            error = outcome.error()
            if strict:
                raise error
            problems.append(Problem(path=outcome.path, message=str(error)))
        if progress is not None:
            progress(number, len(files))
    return documents, problems
