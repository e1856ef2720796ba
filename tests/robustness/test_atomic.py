"""Nothing half-written: a failed, disk-full or interrupted build leaves ``out/`` as it was.

Each case breaks one stage of a real build of a small folder (by monkeypatching it) over an
``out/`` that holds a previous publication, and checks that every file in ``out/`` is
byte-identical afterwards and that no temporary file is left behind.
"""

from __future__ import annotations

import errno
import functools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from rdflib import RDF, Graph

import kzld.pipeline
from kzld.cli import main
from kzld.errors import KzldError
from kzld.pipeline import build
from kzld.rdf.namespaces import KZLD
from kzld.state import STATE_DIR

pytestmark = pytest.mark.timeout(120)

TEXT = (
    "Joint statement against repression\n\n"
    "We, the undersigned parties, condemn the repression of the striking oil workers.\n\n"
    "Signed by:\n1. Workers Party of Lakeland\n2. Green Union of Lakes\n"
)
PREVIOUS = {
    "kzld.ttl": b"previous turtle\n",
    "kzld.jsonld": b'{"previous": true}\n',
    "notes.txt": b"mine\n",
}


@pytest.fixture(autouse=True)
def curated_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Load the authority and gazetteer once: these tests break later stages, not resolution."""
    from kzld.resolve import corpus

    authority, gazetteer = _curated()
    monkeypatch.setattr(corpus, "load_authority", lambda: authority)
    monkeypatch.setattr(corpus, "load_gazetteer", lambda: gazetteer)


@functools.cache
def _curated() -> tuple[Any, Any]:
    from kzld.resolve.events.gazetteer import load_gazetteer
    from kzld.resolve.orgs.authority import load_authority

    return load_authority(), load_gazetteer()


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "lake.txt").write_text(TEXT, encoding="utf-8")
    return folder


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    for name, data in PREVIOUS.items():
        (folder / name).write_bytes(data)
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.name != STATE_DIR}


def fail(error: BaseException) -> Callable[..., Any]:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise error

    return broken


def fail_on_call(real: Callable[..., Any], number: int, error: BaseException) -> Callable[..., Any]:
    """``real`` (a move), except that its ``number``-th call moving a published file raises
    ``error`` (the state directory's own moves are not counted)."""
    calls = [0]

    def flaky(*args: Any, **kwargs: Any) -> Any:
        if STATE_DIR not in Path(args[1]).parts:
            calls[0] += 1
        if calls[0] == number:
            raise error
        return real(*args, **kwargs)

    return flaky


ENOSPC = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def full_disk_after(budget: int) -> Callable[..., Any]:
    """A write of a dump (:class:`kzld.files.DirectFile`) that fails as on a full disk once
    ``budget`` bytes are written."""
    left = [budget]
    real = os.pwrite

    def pwrite(handle: int, data: Any, offset: int) -> int:
        if len(data) > left[0]:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        left[0] -= len(data)
        return real(handle, data, offset)

    return pwrite


FAULTS: dict[str, tuple[str, Callable[[], Any], type[BaseException]]] = {
    # name: (the attribute patched, a factory of its replacement, what the build then raises)
    "resolve raises": (
        "kzld.pipeline.CorpusResolver",
        lambda: fail(RuntimeError("boom")),
        RuntimeError,
    ),
    "validation raises": (
        "kzld.pipeline.validate_parts",
        lambda: fail(RuntimeError("boom")),
        RuntimeError,
    ),
    "JSON-LD raises while the graph is validated": (
        "kzld.pipeline.jsonld_layout",
        lambda: fail(RuntimeError("boom")),
        RuntimeError,
    ),
    "interrupt in Turtle": (
        "kzld.pipeline.turtle_layout",
        lambda: fail(KeyboardInterrupt()),
        KeyboardInterrupt,
    ),
    "disk full in the second file": (
        "kzld.files.os.pwrite",
        lambda: full_disk_after(20_000),
        KzldError,
    ),
    "disk full in the first file": (
        "kzld.files.os.pwrite",
        lambda: full_disk_after(10),
        KzldError,
    ),
    "fsync fails": ("kzld.pipeline.os.fsync", lambda: fail(ENOSPC), KzldError),
    "interrupt between the two moves": (
        "kzld.pipeline.os.replace",
        lambda: fail_on_call(os.replace, 2, KeyboardInterrupt()),
        KeyboardInterrupt,
    ),
    "rename fails on the second move": (
        "kzld.pipeline.os.replace",
        lambda: fail_on_call(os.replace, 2, ENOSPC),
        KzldError,
    ),
}


@pytest.mark.parametrize("fault", FAULTS)
def test_a_broken_build_leaves_out_as_it_was(
    fault: str, seeds: Path, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target, replacement, raised = FAULTS[fault]
    before = snapshot(out)
    monkeypatch.setattr(target, replacement())
    with pytest.raises(raised):
        build(seeds, out)
    assert snapshot(out) == before  # byte-identical, and no temporary file beside them


def test_the_same_build_without_a_fault_replaces_both_files(seeds: Path, out: Path) -> None:
    build(seeds, out)
    after = snapshot(out)
    assert sorted(after) == ["kzld.jsonld", "kzld.ttl", "notes.txt"]
    assert after["notes.txt"] == PREVIOUS["notes.txt"]
    graph = Graph().parse(data=after["kzld.ttl"], format="turtle")
    assert len(set(graph.subjects(RDF.type, KZLD.Signature))) == 2
    assert oct(os.stat(out / "kzld.ttl").st_mode & 0o777) == "0o644"


def test_a_full_disk_is_a_clear_error_in_the_cli(
    seeds: Path, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(out)
    monkeypatch.setattr("kzld.files.os.pwrite", full_disk_after(20_000))
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(out)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "cannot write the output (No space left on device)" in result.stderr
    assert f"{out} is as it was before the build" in result.stderr
    assert snapshot(out) == before


def test_an_interrupt_in_the_cli_aborts_and_keeps_out(
    seeds: Path, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(out)
    monkeypatch.setattr(kzld.pipeline, "jsonld_layout", fail(KeyboardInterrupt()))
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(out)])
    assert result.exit_code == 1
    assert "Aborted!" in result.output
    assert snapshot(out) == before


def test_a_failed_first_build_leaves_no_output(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "fresh"
    monkeypatch.setattr("kzld.pipeline.os.fsync", fail(ENOSPC))
    with pytest.raises(KzldError):
        build(seeds, out)
    assert not out.exists()


SECOND = (
    "Appeal for the river valleys\n\n"
    "We call for the protection of the river valleys and their wells.\n\n"
    "Signed by:\n1. Workers Party of Lakeland\n2. Valley Farmers League\n"
)


def test_a_build_that_fails_once_its_graph_conformed_leaves_a_state_the_next_build_trusts(
    seeds: Path, out: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the parts' index is kept while the dumps are written: a publication that fails after it
    # leaves the index of this build beside the record of the last one
    build(seeds, out)
    (seeds / "valley.txt").write_text(SECOND, encoding="utf-8")
    with monkeypatch.context() as patched:
        patched.setattr("kzld.pipeline.os.replace", fail_on_call(os.replace, 1, ENOSPC))
        with pytest.raises(KzldError):
            build(seeds, out)
    result = build(seeds, out)
    assert result.documents == 2 and result.written
    clean = tmp_path / "clean"
    build(seeds, clean, cache=False)
    for name in ("kzld.ttl", "kzld.jsonld"):
        assert (out / name).read_bytes() == (clean / name).read_bytes()
    assert build(seeds, out, check=True).stale == ()
    assert build(seeds, out).cached
