"""Dumps spliced from the dump written before are the bytes of dumps joined anew."""

from __future__ import annotations

import hashlib
import io
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzld.rdf.splice import Blocks, Layout, Previous, Runs, sealed, splice

LAYOUTS = {
    "turtle": Layout(b"@prefix x: <urn:x:> .\n", b"", b"", b""),
    "json": Layout(b'{"@graph": [\n', b",\n", b"\n]}\n", b'{"@graph": []}\n'),
}


def blocks_of(owner: str, keys: list[str], layout: Layout) -> Blocks:
    return Blocks.made(
        owner, [(key, f"<{key}> of {owner}".encode()) for key in keys], layout.separator
    )


def joined(owners: dict[str, list[str]], layout: Layout) -> bytes:
    """The dump as a plain join of every block in key order."""
    made = sorted(
        (key, f"<{key}> of {owner}".encode()) for owner, keys in owners.items() for key in keys
    )
    if not made:
        return layout.empty
    return layout.header + layout.separator.join(block for _, block in made) + layout.trailer


def written(
    owners: dict[str, list[str]], layout: Layout, previous: Previous | None, kept: set[str]
) -> tuple[bytes, Runs, str]:
    """The dump of ``owners`` spliced from ``previous`` (copying the blocks of ``kept``), its
    runs (each with the digest of its bytes) and its digest."""
    sink = io.BytesIO()
    fresh = [blocks_of(owner, keys, layout) for owner, keys in owners.items() if owner not in kept]
    loaders = {owner: (lambda o=owner: blocks_of(o, owners[o], layout)) for owner in kept}
    spliced = splice(sink, layout, fresh, previous, loaders)
    data = sink.getvalue()
    for run in spliced.runs:
        assert run.digest == hashlib.sha256(data[run.start : run.end]).hexdigest()
    return data, spliced.runs, spliced.digest


#: owners (texts) and their keys: a few kinds, so that owners' blocks interleave as texts' do
KEYS = st.lists(
    st.tuples(st.sampled_from("abcd"), st.sampled_from(["", "/1", "/2", "-x"])), max_size=6
)
ARCHIVES = st.dictionaries(st.sampled_from(["k", "ka", "k-b", "m", "n0", "z"]), KEYS, max_size=5)


def keys_of(owner: str, pairs: list[tuple[str, str]]) -> list[str]:
    return sorted({f"{kind}/{owner}{tail}" for kind, tail in pairs})


@pytest.mark.parametrize("layout", LAYOUTS)
@settings(max_examples=150, deadline=None)
@given(
    before=ARCHIVES,
    after=ARCHIVES,
    same=st.sets(st.sampled_from(["k", "ka", "k-b", "m", "n0", "z"])),
)
def test_a_spliced_dump_is_the_dump_joined_anew(
    layout: str,
    before: dict[str, list[tuple[str, str]]],
    after: dict[str, list[tuple[str, str]]],
    same: set[str],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    shape = LAYOUTS[layout]
    old = {f"{owner}@1": keys_of(owner, pairs) for owner, pairs in before.items()}
    # an owner of both builds keeps its name (and blocks) when it is in ``same``
    new = {
        f"{owner}@{1 if owner in same and owner in before else 2}": (
            old[f"{owner}@1"] if owner in same and owner in before else keys_of(owner, pairs)
        )
        for owner, pairs in after.items()
    }
    first, runs, digest = written(old, shape, None, set())
    assert first == joined(old, shape)
    for run in runs:
        assert first[run.start : run.end].startswith(f"<{run.first}> of {run.owner}".encode())
        assert first[run.start : run.end].endswith(f"<{run.last}> of {run.owner}".encode())
    path = tmp_path_factory.mktemp("dump") / "dump"
    path.write_bytes(first)
    assert sealed(path, runs) == digest
    kept = {owner for owner in new if owner in old and new[owner]}
    second, again, spliced = written(new, shape, Previous(path, runs), kept)
    assert second == joined(new, shape)
    anew = written(new, shape, None, set())
    assert second == anew[0]
    assert Previous.from_value(path, Previous(path, again).value()).runs == again
    path.write_bytes(second)
    assert sealed(path, again) == spliced
    for run in again:
        assert second[run.start : run.end].startswith(f"<{run.first}> of {run.owner}".encode())
        assert second[run.start : run.end].endswith(f"<{run.last}> of {run.owner}".encode())


def test_blocks_kept_in_a_file_give_the_same_spans(tmp_path: Path) -> None:
    made = Blocks.made("o", [("b", b"second"), ("a", b"first"), ("c", b"third")], b",\n")
    assert made.keys == ["a", "b", "c"]
    path = tmp_path / "blocks"
    path.write_bytes(b"head" + (made.data or b""))
    kept = Blocks.from_header("o", made.header(), path, 4)
    assert kept.span(0, 3) == made.span(0, 3) == b"first,\nsecond,\nthird"
    assert kept.span(1, 2) == b"second"


def test_blocks_in_files_are_loaded_in_their_turn_and_let_go_once_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An archive's texts are each written in a few stretches (a, b, c here) with every other
    text's between them: blocks kept in a file are loaded for their first key, then again at
    each of their turns, and held only during it: never more than two owners' keys at once (not
    what is left of every owner's after its first turn); the dump is the same."""
    layout = LAYOUTS["turtle"]
    owners = {
        f"t{n:02}": [f"{kind}/t{n:02}/{i}" for kind in "abc" for i in range(3)] for n in range(20)
    }
    loads: dict[str, int] = {}
    alive: weakref.WeakSet[Blocks] = weakref.WeakSet()
    held = 0
    made_blocks = Blocks.__init__

    def counted(self: Blocks, *args: Any, **kwargs: Any) -> None:
        nonlocal held
        made_blocks(self, *args, **kwargs)
        alive.add(self)  # every owner's blocks, those sliced from them too
        held = max(held, sum(len(blocks.keys) for blocks in alive))

    def loader(owner: str) -> Callable[[], Blocks]:
        made = blocks_of(owner, owners[owner], layout)
        path = tmp_path / owner
        path.write_bytes(made.data or b"")

        def load() -> Blocks:
            loads[owner] = loads.get(owner, 0) + 1
            return Blocks.from_header(owner, made.header(), path, 0)

        return load

    fresh = [loader(owner) for owner in owners]
    monkeypatch.setattr(Blocks, "__init__", counted)
    sink = io.BytesIO()
    splice(sink, layout, fresh)
    assert sink.getvalue() == joined(owners, layout)
    assert loads == {owner: 4 for owner in owners}
    assert held <= 2 * 9  # 20 owners' 6 keys after their first turn were held before


def test_two_owners_of_one_key_are_refused() -> None:
    layout = LAYOUTS["json"]
    with pytest.raises(ValueError, match="two owners' blocks have the key 'a/x'"):
        splice(
            io.BytesIO(), layout, [blocks_of("p", ["a/x"], layout), blocks_of("q", ["a/x"], layout)]
        )


def test_the_digest_of_a_dump_changes_with_any_byte_or_its_length(tmp_path: Path) -> None:
    layout = LAYOUTS["json"]
    owners = {"p": ["a/p", "b/p"], "q": ["a/q"], "r": ["c/r"]}
    data, runs, digest = written(owners, layout, None, set())
    assert len(runs) == 4  # a/p, a/q, b/p, c/r: p's blocks are two runs
    path = tmp_path / "dump"
    path.write_bytes(data)
    assert sealed(path, runs) == digest
    for at in range(len(data)):  # a byte of the header, a block, a separator, the trailer
        path.write_bytes(data[:at] + bytes([data[at] ^ 1]) + data[at + 1 :])
        assert sealed(path, runs) != digest, at
    for changed in (data + b"\n", data[:-1]):
        path.write_bytes(changed)
        assert sealed(path, runs) != digest
    path.write_bytes(data)
    assert sealed(path, runs[1:]) != digest  # the same bytes cut into other runs


@pytest.mark.parametrize(
    "value",
    [
        {"runs": []},
        [["o"], ["a/x"], ["a/x"], [1], [9]],  # no digests
        [["o"], ["a/x"], ["a/x"], ["1"], [9], ["00"]],  # a start that is no number
        [["o", "p"], ["a/x", "b/x"], ["a/x", "b/x"], [1, 11], [9, 19], ["00"]],  # a digest short
        [("o",), ("a/x",), ("a/x",), (1,), (9,), ("00",)],
        [["o", "a/x", "a/x", 1, 9, "00"]],  # a run as a row (the layout before columns)
    ],
)
def test_runs_that_are_not_what_was_kept_are_refused(value: object, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        Previous.from_value(tmp_path / "dump", value)
