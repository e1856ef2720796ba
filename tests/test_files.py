"""Writing a file whole or not at all (:mod:`kzld.files`): a reader sees the old file or the new
one, and a failed write leaves the old file and no temporary file behind. A file written past
the page cache holds exactly the bytes written, whichever way each went."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest

from kzld.files import SPAN, TEMPORARY_PREFIX, DirectFile, DirectSource, write_whole


def test_a_file_is_written_and_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "state.json"
    write_whole(target, b'{"n": 1}')
    assert target.read_bytes() == b'{"n": 1}'
    write_whole(target, b'{"n": 2}')
    assert target.read_bytes() == b'{"n": 2}'
    assert [path.name for path in tmp_path.iterdir()] == ["state.json"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "state.json"
    target.write_bytes(b"old")
    seen: list[str] = []

    def no_room(source: str, destination: Path) -> None:
        seen.append(Path(source).name)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", no_room)
    with pytest.raises(OSError, match="No space left on device"):
        write_whole(target, b"new")
    assert len(seen) == 1 and seen[0].startswith(TEMPORARY_PREFIX)
    assert target.read_bytes() == b"old"
    assert [path.name for path in tmp_path.iterdir()] == ["state.json"]


def test_a_missing_folder_is_an_error_not_a_silent_loss(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_whole(tmp_path / "absent" / "state.json", b"x")
    assert list(tmp_path.iterdir()) == []


#: pieces of every kind a dump is written in: small ones, one across the buffer's end, one
#: larger than the buffer, and an end shorter than a block
PIECES = [b"@prefix x: <y> .\n", b"a" * 5000, b"b" * (SPAN - 3), b"c" * (2 * SPAN + 7), b"\n"]


@pytest.mark.parametrize("direct", [True, False], ids=["past the cache", "through the cache"])
def test_a_direct_file_holds_exactly_the_bytes_written(
    direct: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not direct:  # a system without O_DIRECT
        monkeypatch.delattr(os, "O_DIRECT", raising=False)
    target = tmp_path / "kzld.ttl"
    target.touch()
    written = DirectFile(target)
    if direct and not written.direct:  # else this would test the cached path twice
        pytest.skip("the test folder's file system refuses O_DIRECT")
    for piece in PIECES:
        written.write(piece)
    written.finish()
    assert target.read_bytes() == b"".join(PIECES)
    if not direct:
        assert not written.direct


def test_a_direct_file_refused_by_the_device_is_written_through_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "kzld.ttl"
    target.touch()
    written = DirectFile(target)
    real = os.pwrite
    refused = [0]

    def pwrite(handle: int, data: Any, offset: int) -> int:
        if written.direct:
            refused[0] += 1
            raise OSError(errno.EINVAL, os.strerror(errno.EINVAL))
        return real(handle, data, offset)

    monkeypatch.setattr(os, "pwrite", pwrite)
    for piece in PIECES:
        written.write(piece)
    written.finish()
    assert target.read_bytes() == b"".join(PIECES)
    assert not written.direct
    assert refused[0] == (1 if hasattr(os, "O_DIRECT") else 0)


def test_a_direct_file_passes_on_a_full_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "kzld.ttl"
    target.touch()
    written = DirectFile(target)

    def full(handle: int, data: Any, offset: int) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "pwrite", full)
    written.write(b"x" * 10)
    with pytest.raises(OSError, match="No space left on device"):
        written.finish()


@pytest.mark.parametrize("direct", [True, False], ids=["past the cache", "through the cache"])
def test_a_direct_source_gives_exactly_the_range_asked_for(
    direct: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not direct:
        monkeypatch.delattr(os, "O_DIRECT", raising=False)
    source = tmp_path / "kzld.ttl"
    data = bytes(range(256)) * (3 * SPAN // 256) + b"tail"
    source.write_bytes(data)
    ranges = [
        (0, len(data)),
        (1, 2),
        (4095, 4097),
        (SPAN - 5, 2 * SPAN + 3),
        (len(data) - 9, len(data)),
    ]
    with DirectSource(source) as read:
        for start, end in ranges:
            assert b"".join(bytes(p) for p in read.pieces(start, end)) == data[start:end]
        with pytest.raises(OSError, match="cut short"):
            list(read.pieces(len(data) - 2, len(data) + 10))
