"""Writing a file whole or not at all (:mod:`kzld.files`): a reader sees the old file or the new
one, and a failed write leaves the old file and no temporary file behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kzld.files import TEMPORARY_PREFIX, write_whole


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
