"""The index of the kept parts (``index.sqlite``): a build changes its rows in place, and a build
stopped while it writes the state leaves one that the next build uses or makes again, its output
byte for byte a clean build's."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import kzld.files
import kzld.pipeline
import kzld.state
import kzld.state_index
from kzld.pipeline import OUTPUTS, build
from kzld.state import STATE_DIR
from kzld.state_index import Indexed, PartIndex

ROOT = Path(__file__).resolve().parents[1]
#: small texts of several languages and list styles (as tests/e2e/test_incremental.py's)
POOL = sorted(
    p for p in (ROOT / "tests" / "data" / "documents").glob("*.txt") if p.stat().st_size < 600
)


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    for path in POOL[:3]:
        shutil.copy(path, folder / path.name)
    return folder


def indexed(out: Path) -> Indexed:
    return PartIndex(out / STATE_DIR / "index.sqlite").read()


def published(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def same_index(a: Indexed, b: Indexed) -> None:
    """``a`` and ``b`` hold the same entries, tally, results and types (the numbers given to
    the IRIs the entries point at aside)."""
    assert a.parts == b.parts
    assert a.tally["seen"] == b.tally["seen"] and a.tally["doubts"] == b.tally["doubts"]
    assert sorted(a.tally["defined"]) == sorted(b.tally["defined"])
    assert (a.tallied, a.checked, a.types) == (b.tallied, b.checked, b.types)


def test_the_index_after_adding_and_removing_texts_is_a_clean_builds(
    seeds: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    build(seeds, out)
    assert len(indexed(out).parts) == 3
    shutil.copy(POOL[3], seeds / POOL[3].name)
    (seeds / POOL[0].name).unlink()
    again = build(seeds, out)
    assert (again.documents, again.reused, again.resolved) == (3, 2, 1)
    clean = tmp_path / "clean"
    build(seeds, clean)
    same_index(indexed(out), indexed(clean))
    assert len(indexed(out).parts) == 3 and indexed(out).tally["seen"]
    assert published(out) == published(clean)


def test_a_build_stopped_while_it_writes_the_index_leaves_the_last_one(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    build(seeds, out)
    before = indexed(out)

    def stopped(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(kzld.state_index, "_save_checks", stopped)
    shutil.copy(POOL[3], seeds / POOL[3].name)
    with pytest.raises(KeyboardInterrupt):
        build(seeds, out)
    same_index(indexed(out), before)  # the transaction was rolled back
    monkeypatch.undo()
    again = build(seeds, out)
    assert (again.cached, again.documents, again.reused, again.resolved) == (False, 4, 4, 0)
    clean = tmp_path / "clean"
    build(seeds, clean)
    assert published(out) == published(clean)
    same_index(indexed(out), indexed(clean))


def test_a_build_stopped_between_the_index_and_its_record_is_put_right(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    build(seeds, out)
    write_whole = kzld.files.write_whole

    def stopped_at_the_record(path: Path, data: bytes) -> None:
        if path.name == "build.json":
            raise KeyboardInterrupt
        write_whole(path, data)

    monkeypatch.setattr(kzld.state, "write_whole", stopped_at_the_record)
    shutil.copy(POOL[3], seeds / POOL[3].name)
    with pytest.raises(KeyboardInterrupt):
        build(seeds, out)
    assert len(indexed(out).parts) == 4  # the index is this build's, its record the last one's
    monkeypatch.undo()
    again = build(seeds, out)
    assert (again.cached, again.documents, again.reused, again.resolved) == (False, 4, 4, 0)
    clean = tmp_path / "clean"
    build(seeds, clean)
    assert published(out) == published(clean)
    assert build(seeds, out).cached


@pytest.mark.parametrize("spoilt", [b"", b"SQLite format 3\x00" + b"\x07" * 200, b"[1, 2]"])
def test_an_index_that_cannot_be_read_is_made_again(
    seeds: Path, tmp_path: Path, spoilt: bytes
) -> None:
    out = tmp_path / "out"
    build(seeds, out)
    whole = indexed(out)
    (out / STATE_DIR / "index.sqlite").write_bytes(spoilt)
    assert indexed(out) == Indexed()
    shutil.copy(POOL[3], seeds / POOL[3].name)
    again = build(seeds, out)
    assert (again.documents, again.reused, again.resolved) == (4, 3, 1)
    clean = tmp_path / "clean"
    build(seeds, clean)
    assert published(out) == published(clean)
    same_index(indexed(out), indexed(clean))
    assert whole.parts.keys() < indexed(out).parts.keys()


def test_an_output_folder_named_relatively_takes_the_kept_parts_from_the_index(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    out = Path("out")  # as `kzld build` is given it by default
    build(seeds, out)
    assert len(indexed(out).parts) == 3
    read: list[str] = []
    whole = kzld.state.BuildState.whole

    def read_whole(state: kzld.state.BuildState, key: str) -> kzld.state.DocumentPart:
        read.append(key)
        return whole(state, key)

    monkeypatch.setattr(kzld.state.BuildState, "whole", read_whole)
    shutil.copy(POOL[3], seeds / POOL[3].name)
    again = build(seeds, out)
    assert (again.documents, again.reused, again.resolved) == (4, 3, 1)
    assert read == []  # no kept part's own file read: their index entries are enough
    build(seeds, Path("clean"))
    assert published(out) == published(Path("clean"))


def parts_held(monkeypatch: pytest.MonkeyPatch) -> list[list[kzld.state.DocumentPart]]:
    """The parts of each build from now on, as the build indexes them."""
    held: list[list[kzld.state.DocumentPart]] = []
    index = kzld.pipeline._Parts.index

    def parts_kept(parts: kzld.pipeline._Parts) -> dict[str, kzld.state.DocumentPart]:
        held.append(list(parts.parts.values()))
        return index(parts)

    monkeypatch.setattr(kzld.pipeline._Parts, "index", parts_kept)
    return held


def test_the_parts_hold_each_iri_they_point_at_once(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An archive's parts point at the same organisations, concepts and types: each IRI is one
    string however many parts hold it, made by this build or taken from the index."""
    held = parts_held(monkeypatch)
    out = tmp_path / "out"
    build(seeds, out)
    shutil.copy(POOL[3], seeds / POOL[3].name)
    assert build(seeds, out).reused == 3
    for parts in held:
        iris = [iri for part in parts for iri in (*part.refs, *part.kinds)]
        assert len(iris) > len(set(iris))  # some pointed at by several parts
        assert len({id(iri) for iri in iris}) == len(set(iris))


def test_the_parts_hold_each_answer_they_were_given_once(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The texts of an archive ask the corpus' definitions the same questions: each answer is
    one object however many parts hold it, made by this build or taken from the index."""
    held = parts_held(monkeypatch)
    # a text again with another last line: its organisations' questions asked again
    text = POOL[0].read_bytes()
    (seeds / f"again-{POOL[0].name}").write_bytes(text + b"\n")
    out = tmp_path / "out"
    build(seeds, out)
    (seeds / f"third-{POOL[0].name}").write_bytes(text + b"\n\n")
    assert build(seeds, out).reused == 4
    for parts in held:
        answers = [one for part in parts for one in part.asked]
        assert len(answers) > len(set(answers))  # some given to several parts
        assert len({id(one) for one in answers}) == len(set(answers))


def test_a_build_digests_each_texts_keys_once(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    build(seeds, out)
    shutil.copy(POOL[3], seeds / POOL[3].name)
    made: list[tuple[str, ...]] = []
    digest = kzld.state._digest

    def counted(*fields: str) -> str:
        made.append(fields)
        return digest(*fields)

    monkeypatch.setattr(kzld.state, "_digest", counted)
    again = build(seeds, out)
    assert (again.documents, again.reused, again.resolved) == (4, 3, 1)
    names = sorted(path.name for path in seeds.iterdir())
    code = kzld.state.code_digest()
    documents = [fields[1] for fields in made if fields[0] == code]
    assert sorted(documents) == names
    documents_keys = {digest(code, *fields[1:]) for fields in made if fields[0] == code}
    parts = [fields for fields in made if fields[0] in documents_keys]
    assert len(parts) == len(names)
    clean = tmp_path / "clean"
    build(seeds, clean)
    assert published(out) == published(clean)
