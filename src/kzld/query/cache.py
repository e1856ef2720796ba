"""The on-disk stores that spare ``kzld query`` from parsing a big graph again on every call.

Parsing a published graph into memory takes seconds at scale (about 2.3 s for 670,000 triples),
and an in-memory store is gone when the command ends. Instead, the first query over a file of at
least :data:`MIN_BYTES` loads it once into a pyoxigraph (RocksDB) store kept in ``.kzld-store/``
beside the file (up to twice as big as the file); later queries open that store read-only in a
few milliseconds.

A store is named after the identity of the file it holds: its resolved path, device, inode,
size, modification and change times, and the pyoxigraph version. A file changed in any way
(rewritten, replaced, touched) has another identity, so it is never answered from the store of
its earlier content: it gets a store of its own, and the earlier one is removed. A file changed
less than :data:`SETTLE_SECONDS` ago gets no store (a second change within the same tick of the
file system's clock would keep its identity). Stores are built in a temporary folder and renamed
into place once complete, so no reader ever sees half of one; a reader holds a shared lock on the
store it uses, and a store is removed only under an exclusive lock, so never while in use.

Where no store can be used (the folder cannot be written, the disk is full, the file is small or
has just changed), :func:`cached_store` yields None and the caller loads the file into memory.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pyoxigraph as ox

from ..files import TEMPORARY_PREFIX, write_whole

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows, where a folder in use cannot be removed anyway
    fcntl = None  # type: ignore[assignment]

__all__ = [
    "ANSWERS_DIR",
    "CACHE_DIR",
    "KEEP_SECONDS",
    "MIN_BYTES",
    "SETTLE_SECONDS",
    "Answers",
    "Cached",
    "Progress",
    "cached_store",
    "store_path",
    "writable_copy",
]

#: The folder, beside the data file, that holds the stores of the files in that folder.
CACHE_DIR = ".kzld-store"
#: Files smaller than this are loaded into memory: as quick as opening a store (some 50 ms).
MIN_BYTES = 2 * 1024 * 1024
#: A file modified less recently than this gets no store yet (file systems keep modification
#: times to a clock tick of milliseconds, some to 2 s).
SETTLE_SECONDS = 3.0

#: The folder, inside a store's, that holds the answers given from it.
ANSWERS_DIR = "kzld-answers"
#: Answers that took less than this to make are not kept: making them again is as quick.
KEEP_SECONDS = 0.25
#: The largest answer kept (compressed).
ANSWER_MAX_BYTES = 32 * 1024 * 1024
#: The most that the answers kept for one store take together (compressed).
ANSWERS_MAX_BYTES = 128 * 1024 * 1024

#: Fills an empty store with the data file; raises OSError when the store cannot be written.
Loader = Callable[[ox.Store], None]
#: Told of the progress of a long step: ``(stage, done, total)`` (see :mod:`kzld.progress`).
Progress = Callable[[str, int, int], None]

_TEMPORARY = TEMPORARY_PREFIX
#: The prefix of the writable copies of a store (:func:`writable_copy`).
_COPY = ".copy-"
_ANSWER = re.compile(r"[0-9a-f]{64}")


def store_path(data: Path) -> Path:
    """The folder that holds (or would hold) the store of ``data`` as the file is now."""
    resolved = data.resolve()
    return resolved.parent / CACHE_DIR / f"{resolved.name}.{_key(resolved, resolved.stat())}"


class Cached:
    """A store of a data file, opened read-only, and the answers kept beside it."""

    def __init__(self, store: ox.Store, folder: Path) -> None:
        #: The store of the file.
        self.store = store
        #: The folder that holds it.
        self.folder = folder
        #: The answers given from it (see :class:`Answers`).
        self.answers = Answers(folder / ANSWERS_DIR)


@contextmanager
def cached_store(
    data: Path, load: Loader, min_bytes: int | None = None, progress: Progress | None = None
) -> Iterator[Cached | None]:
    """The store of ``data`` for the duration of the block, built by ``load`` if there is none
    yet; None where no store can be used, or ``data`` is smaller than ``min_bytes`` (default
    :data:`MIN_BYTES`). ``progress`` is told when the store, once loaded, is optimised (``load``
    tells its own progress).

    Errors ``load`` raises about the data (other than OSError) propagate, and no store is kept.
    """
    minimum = MIN_BYTES if min_bytes is None else min_bytes
    cached, lock = _open(data.resolve(), load, minimum, progress)
    try:
        yield cached
    finally:
        del cached
        if lock is not None:
            lock.close()


def _open(
    data: Path, load: Loader, min_bytes: int, progress: Progress | None
) -> tuple[Cached | None, _Lock | None]:
    """The store of ``data`` and the shared lock held on it, or ``(None, None)``."""
    try:
        before = data.stat()
    except OSError:
        return None, None
    if before.st_size < min_bytes or time.time_ns() - before.st_mtime_ns < SETTLE_SECONDS * 1e9:
        return None, None
    entry = data.parent / CACHE_DIR / f"{data.name}.{_key(data, before)}"
    lock = _Lock.shared(entry) or _build(entry, data, load, before, progress)
    if lock is None:
        return None, None
    try:
        return Cached(ox.Store.read_only(str(entry)), entry), lock
    except OSError:  # not a store after all: left by something else, or damaged
        lock.close()
        return None, None


def _key(data: Path, stat: os.stat_result) -> str:
    """24 hex digits naming the store of ``data`` with the status ``stat``."""
    identity = [
        ox.__version__,
        str(data),
        stat.st_dev,
        stat.st_ino,
        stat.st_size,
        stat.st_mtime_ns,
        stat.st_ctime_ns,
    ]
    return hashlib.sha256(json.dumps(identity).encode("utf-8")).hexdigest()[:24]


def _build(
    entry: Path, data: Path, load: Loader, before: os.stat_result, progress: Progress | None
) -> _Lock | None:
    """Build the store of ``data`` at ``entry``; the shared lock on it, or None if it cannot."""
    folder = entry.parent
    try:
        folder.mkdir(exist_ok=True)
        temporary = Path(tempfile.mkdtemp(prefix=f"{_TEMPORARY}{data.name}.", dir=folder))
    except OSError:  # a read-only folder, a full disk, a file in the way
        return None
    # Held while the store is built, so that no other process takes it for abandoned.
    lock = _Lock.exclusive(temporary) or _Lock(-1)
    try:
        _fill(temporary, data, load, progress)
        if _key(data, data.stat()) != _key(data, before):
            lock.close()  # changed while it was read: the store could hold either version
            _remove(temporary)
            return None
        os.rename(temporary, entry)
    except OSError:  # the store cannot be written, or another process has just built it
        lock.close()
        _remove(temporary)
        return _Lock.shared(entry)
    except BaseException:
        lock.close()
        _remove(temporary)
        raise
    lock.share()
    _prune(folder, data.name, entry)
    return lock


def _fill(folder: Path, data: Path, load: Loader, progress: Progress | None) -> None:
    """Load ``data`` into a new store in ``folder`` and close it (every file is then written)."""
    store = ox.Store(str(folder))
    try:
        load(store)
        if progress is not None:
            progress("Optimising the store", 0, 0)
        # One sorted file per index rather than the many a bulk load writes: a lookup then
        # reads one file, not each of them (six times quicker for 6.7 million triples).
        store.optimize()
    finally:
        del store


@contextmanager
def writable_copy(cached: Cached) -> Iterator[Path]:
    """A copy of the store of ``cached`` that may be written to, for the duration of the block.

    Its files are hard links to the store's (RocksDB never changes a table file once written, it
    writes new ones), so it is made in milliseconds whatever the graph's size, and what is
    written to it never reaches the store. It is removed at the end; one left by a process that
    was killed is removed by the next :func:`writable_copy` beside it.
    """
    parent = cached.folder.parent
    for path in parent.glob(f"{_COPY}*") if fcntl is not None else ():
        stale = _Lock.exclusive(path, wait=False)
        if stale is not None:  # no process holds it
            _remove(path)
            stale.close()
    folder = Path(tempfile.mkdtemp(prefix=_COPY, dir=parent))
    lock = _Lock.exclusive(folder) or _Lock(-1)
    try:
        copy = folder / "store"
        cached.store.backup(str(copy))
        yield copy
    finally:
        _remove(folder)
        lock.close()


def _prune(folder: Path, name: str, keep: Path) -> None:
    """Remove the stores of earlier versions of the file ``name``, and abandoned builds."""
    stale = re.compile(re.escape(name) + r"\.[0-9a-f]{24}")
    abandoned = re.compile(re.escape(f"{_TEMPORARY}{name}.") + r"[a-z0-9_]+")
    with suppress(OSError):
        for path in folder.iterdir():
            if path == keep or not (stale.fullmatch(path.name) or abandoned.fullmatch(path.name)):
                continue
            if fcntl is None and not stale.fullmatch(path.name):
                continue  # without locks, a build under way cannot be told from an abandoned one
            lock = _Lock.exclusive(path, wait=False)
            if lock is None and fcntl is not None:
                continue  # in use
            _remove(path)
            if lock is not None:
                lock.close()


def _remove(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)


class Answers:
    """Answers to queries kept in a store's folder, by key; any error is a miss, not a failure.

    They are as current as the store itself (removed with it); only answers that took a while
    are kept (see :data:`KEEP_SECONDS`), each of at most :data:`ANSWER_MAX_BYTES`, together at
    most :data:`ANSWERS_MAX_BYTES` (the least recently used go first).
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def get(self, key: str) -> bytes | None:
        """The answer kept under ``key``, or None."""
        path = self.folder / key
        try:
            data = zlib.decompress(path.read_bytes())
        except (OSError, zlib.error):
            return None
        with suppress(OSError):
            os.utime(path)  # recently used
        return data

    def keep(self, key: str, answer: bytes) -> None:
        """Keep ``answer`` under ``key`` (written whole or not at all)."""
        # Results are repetitive text: compressed quickly, they take some 5 to 30 times less.
        data = zlib.compress(answer, 1)
        if len(data) > ANSWER_MAX_BYTES:
            return
        with suppress(OSError):
            self.folder.mkdir(exist_ok=True)
            write_whole(self.folder / key, data)
            self._evict()

    def _evict(self) -> None:
        """Remove the least recently used answers until they fit :data:`ANSWERS_MAX_BYTES`."""
        kept = [
            (path.stat(), path) for path in self.folder.iterdir() if _ANSWER.fullmatch(path.name)
        ]
        total = sum(stat.st_size for stat, _ in kept)
        for stat, path in sorted(kept, key=lambda pair: pair[0].st_mtime_ns):
            if total <= ANSWERS_MAX_BYTES:
                break
            path.unlink(missing_ok=True)
            total -= stat.st_size


class _Lock:
    """An advisory lock (``flock``) on a store's folder, held until :meth:`close`."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    @classmethod
    def shared(cls, entry: Path) -> _Lock | None:
        """A shared lock on the complete store ``entry`` of this user; None if there is none."""
        fd = cls._open(entry)
        if fd is None:
            return None
        lock = cls(fd)
        if fcntl is not None:
            # Waits only while another process removes the folder; then it is gone.
            fcntl.flock(fd, fcntl.LOCK_SH)
        if not (entry / "CURRENT").is_file():
            lock.close()
            return None
        return lock

    @classmethod
    def exclusive(cls, path: Path, wait: bool = True) -> _Lock | None:
        """An exclusive lock on the folder ``path`` of this user; None if it is held elsewhere."""
        fd = cls._open(path)
        if fd is None:
            return None
        lock = cls(fd)
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
            except OSError:
                lock.close()
                return None
        return lock

    @staticmethod
    def _open(path: Path) -> int | None:
        """A descriptor of the folder ``path`` if it is this user's own, else None."""
        if fcntl is None:  # no locks; a folder cannot even be opened on Windows
            return -1 if path.is_dir() else None
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        except OSError:
            return None
        # A store someone else made could hold anything: only this user's own are trusted.
        if os.fstat(fd).st_uid != os.geteuid():
            os.close(fd)
            return None
        return fd

    def share(self) -> None:
        """Turn an exclusive lock into a shared one."""
        if fcntl is not None and self.fd >= 0:
            fcntl.flock(self.fd, fcntl.LOCK_SH)

    def close(self) -> None:
        if self.fd >= 0:
            with suppress(OSError):
                os.close(self.fd)
            self.fd = -1
