"""The state directory's own steps (:mod:`kzld.state`) that no build shows apart."""

from __future__ import annotations

from pathlib import Path

from kzld.state import _move_entries


def _staged(root: Path) -> Path:
    staged = root / "staged" / "parts"
    staged.mkdir(parents=True)
    (staged / "a.json").write_bytes(b"[1]")
    (staged / "b.json").write_bytes(b"[2]")
    return staged


def test_a_first_builds_entries_are_moved_as_their_folder(tmp_path: Path) -> None:
    staged = _staged(tmp_path)
    folder = tmp_path / "out" / ".kzld-state" / "parts"
    _move_entries(staged, folder)
    assert not staged.exists()
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == {
        "a.json": b"[1]",
        "b.json": b"[2]",
    }


def test_entries_join_a_folder_already_there_one_by_one(tmp_path: Path) -> None:
    staged = _staged(tmp_path)
    folder = tmp_path / "out" / ".kzld-state" / "parts"
    folder.mkdir(parents=True)
    (folder / "a.json").write_bytes(b"[0]")
    (folder / "c.json").write_bytes(b"[3]")
    _move_entries(staged, folder)
    assert sorted(p.name for p in staged.iterdir()) == []
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == {
        "a.json": b"[1]",
        "b.json": b"[2]",
        "c.json": b"[3]",
    }


def test_no_staged_folder_leaves_an_empty_one(tmp_path: Path) -> None:
    folder = tmp_path / "out" / ".kzld-state" / "checked"
    _move_entries(tmp_path / "staged" / "checked", folder)
    assert folder.is_dir() and list(folder.iterdir()) == []
