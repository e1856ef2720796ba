"""Writing a file whole or not at all: the one home of kzld's temporary-file-and-rename step,
and of writing a large file past the page cache.

Every file kzld keeps for a later run (the build's state, the derived start-up data, the query
cache's answers, the kept whole-graph pages of ``kzld serve``) is written to a temporary file in
its own folder and then renamed over its name, so that a reader, or the next run after a crash,
sees the old file or the new one and never half of one. Whether a failure matters is the
caller's concern: a cache may shrug it off, the state must not.

:class:`DirectFile` writes a new file of any size past the operating system's page cache
(``O_DIRECT``) where the file system allows it: the published dumps are about a gigabyte at
10,000 texts, written once by each build, and with no free memory left the kernel must find a
free page for every 4 kB written through the cache, charged to the writer (bench/INCREMENTAL.md,
fourteenth session: 0.6-0.9 s of system time for 500 MB, 0.1-0.15 s past the cache).
:class:`DirectSource` reads ranges of the last dumps the same way, which the next build copies
from (written past the cache, they are not in it, and reading them through it would cost the
same pages).
"""

from __future__ import annotations

import errno
import io
import mmap
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

__all__ = ["TEMPORARY_PREFIX", "DirectFile", "DirectSource", "write_whole"]

#: How the names of temporary files begin (hidden, and known to those who clean them up).
TEMPORARY_PREFIX = ".tmp-"
#: The bytes :class:`DirectFile` gathers before each write: a multiple of any block size.
SPAN = 1 << 20
#: The alignment of a write past the cache: its offset and length (the largest block size).
_BLOCK = 4096


def write_whole(path: Path, data: bytes) -> None:
    """Write ``data`` as ``path`` through a temporary file beside it, then rename it into place.

    On any failure the temporary file is removed and the error raised; ``path`` is then as it
    was before.
    """
    handle, temporary = tempfile.mkstemp(prefix=TEMPORARY_PREFIX, dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _opened(path: Path, flags: int) -> tuple[int, bool]:
    """A descriptor of ``path`` opened with ``flags`` past the page cache where the system and
    the file system allow it, through the cache otherwise; and whether it is past the cache."""
    direct = getattr(os, "O_DIRECT", 0)
    if direct:
        try:
            return os.open(path, flags | direct), True
        except OSError:  # a file system that refuses it (an older tmpfs)
            pass
    return os.open(path, flags), False


class DirectFile:
    """A new file ``path`` (it exists, empty: made by :func:`tempfile.mkstemp`) written past the
    page cache where the system and the file system allow it, through the cache otherwise.

    Bytes are gathered in a page-aligned buffer and written :data:`SPAN` at a time at aligned
    offsets; the end of the file shorter than a block goes through the cache (:meth:`finish`).
    The bytes on disk are those written, whichever way they went.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._buffer = mmap.mmap(-1, SPAN)  # page-aligned, as O_DIRECT needs
        self._view = memoryview(self._buffer)
        self._filled = 0
        self._offset = 0
        self._fd, self.direct = _opened(path, os.O_WRONLY)

    def write(self, data: bytes | memoryview) -> None:
        """Add ``data`` at the end of the file."""
        view = memoryview(data)
        while view:
            taken = min(len(view), SPAN - self._filled)
            self._view[self._filled : self._filled + taken] = view[:taken]
            self._filled += taken
            view = view[taken:]
            if self._filled == SPAN:
                self._drain(SPAN)

    def _drain(self, length: int) -> None:
        """Write the first ``length`` bytes gathered and keep the rest at the buffer's start."""
        done = 0
        while done < length:
            try:
                done += os.pwrite(self._fd, self._view[done:length], self._offset + done)
            except OSError as error:
                if not (self.direct and error.errno == errno.EINVAL):
                    raise
                self._through_the_cache()  # the device wants another alignment
        self._offset += length
        left = self._filled - length
        self._view[:left] = self._view[length : self._filled]
        self._filled = left

    def _through_the_cache(self) -> None:
        os.close(self._fd)
        self._fd = os.open(self.path, os.O_WRONLY)
        self.direct = False

    def finish(self) -> None:
        """Write what is left, then the file through to the disk, and close it."""
        try:
            self._drain(self._filled - self._filled % _BLOCK)
            if self._filled:
                self._through_the_cache()
                self._drain(self._filled)
            os.fsync(self._fd)
        finally:
            self.close()

    def close(self) -> None:
        """Close the file (what was not written with :meth:`finish` is lost); the buffer goes
        with this object."""
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


class DirectSource:
    """The file ``path`` read past the page cache where the system and the file system allow
    it, through the cache otherwise: :meth:`pieces` gives a range of its bytes."""

    def __init__(self, path: Path) -> None:
        self.name = str(path)
        self._buffer = mmap.mmap(-1, SPAN)  # page-aligned, as O_DIRECT needs
        self._view = memoryview(self._buffer)
        fd, self.direct = _opened(path, os.O_RDONLY)
        self._file: io.FileIO | None = io.FileIO(fd)

    def pieces(self, start: int, end: int) -> Iterator[memoryview]:
        """The bytes from ``start`` to ``end``, in order, each piece good until the next is
        asked for; :class:`OSError` if the file ends before ``end``."""
        at = start - start % _BLOCK
        while at < end:
            got = self._read_at(at)
            skip = max(start - at, 0)
            if got <= skip:
                raise OSError(f"{self.name}: cut short while it was copied")
            yield self._view[skip : min(got, end - at)]
            at += got

    def _read_at(self, at: int) -> int:
        """Read up to :data:`SPAN` bytes at ``at`` into the buffer; the number read."""
        while True:
            assert self._file is not None
            try:
                self._file.seek(at)
                return self._file.readinto(self._view) or 0
            except OSError as error:
                if not (self.direct and error.errno == errno.EINVAL):
                    raise
                self._file.close()  # the device wants another alignment
                self._file, self.direct = io.FileIO(self.name), False

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def __enter__(self) -> DirectSource:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
