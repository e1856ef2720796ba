"""Reading a big folder in several processes gives exactly what reading it in one gives."""

from __future__ import annotations

import multiprocessing
import shutil
from pathlib import Path

import pytest

from kzld.errors import InputError
from kzld.model.records import Document
from kzld.parse import folder as build_module
from kzld.parse.folder import Readers, Unreadable, holds_sources, read_folder, source_files

SEEDS = Path(__file__).parents[2] / "seeds"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The seeds, a binary file among them, and the threshold lowered so that 6 files fan out."""
    for path in sorted(SEEDS.glob("*.txt")):
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "002a_binary.txt").write_bytes(b"\x00\x01\x02\x03title")
    monkeypatch.setattr(build_module, "PARALLEL_FROM", 2)
    return tmp_path


def test_parallel_reading_gives_the_same_documents_in_the_same_order(folder: Path) -> None:
    alone, alone_problems = read_folder(folder, workers=1)
    together, together_problems = read_folder(folder, workers=2)
    assert [d.name for d in together] == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert together == alone
    assert together_problems == alone_problems
    (problem,) = together_problems
    assert problem.path == str(folder / "002a_binary.txt")
    assert "NUL byte at byte 0" in problem.message


def test_batches_are_read_by_the_same_workers_forked_once(folder: Path) -> None:
    files = source_files(folder)
    with Readers(2) as readers:
        first = list(readers.read(files))
        workers = {process.pid for process in multiprocessing.active_children()}
        second = list(readers.read(files[1:]))
        assert {process.pid for process in multiprocessing.active_children()} == workers
    assert len(workers) == 2
    assert second == first[1:]
    assert [d.name for d in read_folder(folder, workers=1)[0]] == [
        d.name for d in first if isinstance(d, Document)
    ]
    assert multiprocessing.active_children() == []


def test_files_read_ahead_come_from_one_worker_in_the_order_asked(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_module, "PARALLEL_FROM", 64)  # the others read in this process
    files = source_files(folder)
    alone = list(Readers(1).read(files))
    with Readers(2) as readers:
        assert readers.ahead([files[5], files[3]])  # the binary file among them
        (worker,) = multiprocessing.active_children()
        assert not readers.ahead(files[:1])  # one worker reads ahead, once
        together = list(readers.start(files[:3])) + list(readers.start(files[3:]))
        assert multiprocessing.active_children() == [worker]
    assert together == alone
    assert isinstance(together[3], Unreadable)
    assert multiprocessing.active_children() == []


def test_one_core_reads_nothing_ahead(folder: Path) -> None:
    with Readers(1) as readers:
        assert not readers.ahead(source_files(folder))
        assert multiprocessing.active_children() == []


def test_a_folder_holds_as_many_sources_as_it_lists(tmp_path: Path) -> None:
    for name in ("b.txt", "a.TXT", ".hidden.txt", "notes.md", "c.txt.bak", "d."):
        (tmp_path / name).write_text("x")
    (tmp_path / "e.txt").mkdir()  # a folder is no text
    assert [path.name for path in source_files(tmp_path)] == ["a.TXT", "b.txt"]
    assert [holds_sources(tmp_path, count) for count in (0, 1, 2, 3)] == [True, True, True, False]
    assert not holds_sources(tmp_path / "b.txt", 0)  # not a folder


def test_strict_parallel_reading_raises_the_bad_file(folder: Path) -> None:
    with pytest.raises(InputError, match=r"002a_binary\.txt: binary data, not text \(NUL byte"):
        read_folder(folder, strict=True, workers=2)


def test_progress_counts_every_file_once(folder: Path) -> None:
    seen: list[tuple[int, int]] = []
    read_folder(folder, workers=2, progress=lambda n, total: seen.append((n, total)))
    assert seen == [(n, 6) for n in range(1, 7)]


def test_a_byte_identical_copy_is_read_once_and_named_with_its_original(tmp_path: Path) -> None:
    first, second = sorted(SEEDS.glob("*.txt"))[:2]
    for path in (first, second):
        shutil.copy(path, tmp_path / path.name)
    shutil.copy(first, tmp_path / "zz-copy.txt")
    documents, problems = read_folder(tmp_path, workers=1)
    assert [d.name for d in documents] == [first.name, second.name]
    (problem,) = problems
    assert problem.path == str(tmp_path / "zz-copy.txt")
    assert problem.message == (
        f"{tmp_path / 'zz-copy.txt'}: the same text as {tmp_path / first.name}, byte for byte; "
        f"built once, as {first.name}"
    )
    with pytest.raises(InputError, match=r"zz-copy\.txt: the same text as .*, byte for byte"):
        read_folder(tmp_path, strict=True, workers=1)


def test_a_text_differing_by_one_byte_is_not_a_copy(tmp_path: Path) -> None:
    original = sorted(SEEDS.glob("*.txt"))[0]
    shutil.copy(original, tmp_path / original.name)
    (tmp_path / "zz-edited.txt").write_bytes(original.read_bytes() + b"\n")
    documents, problems = read_folder(tmp_path, workers=1)
    assert [d.name for d in documents] == [original.name, "zz-edited.txt"]
    assert problems == []
