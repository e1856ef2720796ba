"""The on-disk stores of `kzld query` (kzld.query.cache): reused while the file is unchanged, never
answering for an earlier version of it, safe when several queries run at once, and replaced by
an in-memory load wherever they cannot be kept."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kzld.cli import main
from kzld.errors import RDFSyntaxError
from kzld.query import answers
from kzld.query import cache as storecache
from kzld.query import run as store
from kzld.query.answers import answer_query, query_store
from kzld.query.cache import CACHE_DIR, cached_store, store_path
from kzld.query.run import run_query

SMALL = Path(__file__).parents[1] / "data" / "query" / "small.ttl"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
NAMES = "SELECT ?name WHERE { ?s <http://schema.org/name> ?name } ORDER BY ?name"


@pytest.fixture(autouse=True)
def every_file_is_big(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stores for files of any size, so that the tests need no big graphs."""
    monkeypatch.setattr(storecache, "MIN_BYTES", 0)


def settled(path: Path) -> Path:
    """``path`` with a modification time well in the past (a file just written gets no store)."""
    past = time.time() - 60
    os.utime(path, (past, past))
    return path


def graph(folder: Path, values: list[str], file: str = "graph.ttl") -> Path:
    """A Turtle file with one ``schema:name`` per value."""
    lines = [
        f'<https://example.org/{i}> <http://schema.org/name> "{n}" .' for i, n in enumerate(values)
    ]
    path = folder / file
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return settled(path)


def names(data: Path, **options: bool) -> list[str]:
    with query_store(data, **options) as store:
        result = run_query(store, NAMES)
    return [row[0].value for row in result.rows]  # type: ignore[union-attr]


class Loads:
    """A loader that counts how often the file is parsed."""

    def __init__(self, data: Path) -> None:
        self.data = data
        self.count = 0

    def __call__(self, store: ox.Store) -> None:
        self.count += 1
        store.bulk_load(path=str(self.data), format=ox.RdfFormat.TURTLE)


def entries(data: Path) -> list[str]:
    folder = data.parent / CACHE_DIR
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_the_second_query_reuses_the_store(tmp_path: Path) -> None:
    data = graph(tmp_path, ["a", "b"])
    load = Loads(data)
    for _ in range(3):
        with cached_store(data, load) as cached:
            assert cached is not None
            assert len(cached.store) == 2
    assert load.count == 1
    assert store_path(data).is_dir()
    assert entries(data) == [store_path(data).name]


def test_a_changed_file_is_never_answered_from_the_old_store(tmp_path: Path) -> None:
    data = graph(tmp_path, ["a", "b"])
    assert names(data) == ["a", "b"]
    first = store_path(data)
    # The same size, and even the same modification time put back: still another identity.
    stat = data.stat()
    data.write_text(data.read_text(encoding="utf-8").replace('"b"', '"c"'), encoding="utf-8")
    os.utime(data, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert data.stat().st_size == stat.st_size
    assert names(data) == ["a", "c"]
    assert store_path(data) != first
    assert entries(data) == [store_path(data).name]  # the old store is gone


def test_a_replaced_file_gets_a_store_of_its_own(tmp_path: Path) -> None:
    data = graph(tmp_path, ["a"])
    assert names(data) == ["a"]
    graph(tmp_path, ["x", "y", "z"], "new.ttl").replace(data)
    assert names(data) == ["x", "y", "z"]


def test_a_file_changed_a_moment_ago_gets_no_store(tmp_path: Path) -> None:
    data = graph(tmp_path, ["a"])
    data.touch()  # a second change within the clock's tick could keep its identity
    assert names(data) == ["a"]
    assert entries(data) == []
    settled(data)
    assert names(data) == ["a"]
    assert entries(data) == [store_path(data).name]


def test_no_cache_loads_into_memory(tmp_path: Path) -> None:
    data = graph(tmp_path, ["a"])
    assert names(data, cache=False) == ["a"]
    assert not (tmp_path / CACHE_DIR).exists()
    result = CliRunner().invoke(main, ["query", NAMES, "--data", str(data), "--no-cache"])
    assert (result.exit_code, result.output) == (0, "name\n----\na\n(1 row)\n")
    assert not (tmp_path / CACHE_DIR).exists()


def test_the_cli_keeps_a_store_and_answers_from_it(tmp_path: Path) -> None:
    data = graph(tmp_path, ["a", "b"])
    # piped, the progress of making the store is one line per stage, and only the first time
    progress = ["Loading graph.ttl ...\nOptimising the store ...\n", ""]
    for shown in progress:
        result = CliRunner().invoke(main, ["query", COUNT, "--data", str(data), "--format", "csv"])
        assert (result.exit_code, result.stdout, result.stderr) == (0, "n\n2\n", shown)
    assert entries(data) == [store_path(data).name]


def test_small_files_get_no_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(storecache, "MIN_BYTES", 8 * 1024 * 1024)
    data = graph(tmp_path, ["a"])
    assert names(data) == ["a"]
    assert not (tmp_path / CACHE_DIR).exists()


def test_a_folder_that_cannot_be_written_falls_back_to_memory(tmp_path: Path) -> None:
    data = graph(tmp_path, ["a"])
    (tmp_path / CACHE_DIR).write_text("not a folder", encoding="utf-8")
    assert names(data) == ["a"]
    result = CliRunner().invoke(main, ["query", COUNT, "--data", str(data), "--format", "csv"])
    assert (result.exit_code, result.output) == (0, "n\n1\n")


def test_where_nothing_can_be_written_a_store_made_before_is_still_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only data folder, as root (who can write anywhere) sees one."""
    data = graph(tmp_path, ["a"])
    assert names(data) == ["a"]
    other = graph(tmp_path, ["b"], "other.ttl")

    def refused(*args: object, **kwargs: object) -> str:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkdtemp", refused)
    load = Loads(data)
    with cached_store(data, load) as store:
        assert store is not None
    assert load.count == 0
    assert names(other) == ["b"]  # loaded into memory
    assert entries(other) == [store_path(data).name]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_data_folder(tmp_path: Path) -> None:
    kept = tmp_path / "kept"
    kept.mkdir()
    data = graph(kept, ["a"])
    assert names(data) == ["a"]  # makes the store
    bare = tmp_path / "bare"
    bare.mkdir()
    other = graph(bare, ["b"])
    for folder in (kept, kept / CACHE_DIR, bare):
        folder.chmod(0o555)
    try:
        load = Loads(data)
        with cached_store(data, load) as cached:
            assert cached is not None  # the store made before is opened read-only
        assert load.count == 0
        assert names(other) == ["b"]  # no store can be made: loaded into memory
        assert not (bare / CACHE_DIR).exists()
    finally:
        for folder in (kept, kept / CACHE_DIR, bare):
            folder.chmod(0o755)


def test_opening_a_store_writes_nothing(tmp_path: Path) -> None:
    data = graph(tmp_path, ["a"])
    assert names(data) == ["a"]
    before = {p: (p.stat().st_mtime_ns, p.stat().st_size) for p in store_path(data).iterdir()}
    assert names(data) == ["a"]
    after = {p: (p.stat().st_mtime_ns, p.stat().st_size) for p in store_path(data).iterdir()}
    assert after == before


def test_bad_input_gives_the_same_error_and_leaves_no_store(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a:x> <a:y> <a:z> .\n<a:x> <a:y> .\n", encoding="utf-8")
    settled(bad)
    messages = []
    for cache in (True, False):
        with pytest.raises(RDFSyntaxError) as caught, query_store(bad, cache=cache):
            pass
        messages.append(str(caught.value))
    assert messages[0] == messages[1]
    assert messages[0].startswith(f"{bad}:2: cannot be parsed")
    assert entries(bad) == []  # neither a store nor an abandoned build


def test_queries_at_once_share_one_store(tmp_path: Path) -> None:
    data = graph(tmp_path, [f"n{i}" for i in range(50)])
    answers: list[list[str]] = []
    errors: list[BaseException] = []

    def query() -> None:
        try:
            answers.append(names(data))
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=query) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert answers == [sorted(f"n{i}" for i in range(50))] * 4
    assert entries(data) == [store_path(data).name]


#: A process that asks the query NAMES of a file, with stores for files of any size.
ASKER = """
import sys
from pathlib import Path
from kzld.query import cache as storecache
from kzld.query.answers import answer_query
storecache.MIN_BYTES = 0
print(answer_query(Path(sys.argv[1]), sys.argv[2], fmt="csv").text, end="")
"""


def test_processes_at_once_share_one_store(tmp_path: Path) -> None:
    data = graph(tmp_path, [f"n{i}" for i in range(200)])
    command = [sys.executable, "-c", ASKER, str(data), NAMES]
    processes = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    outputs = [process.communicate(timeout=120) for process in processes]
    expected = "name\n" + "".join(f"{n}\n" for n in sorted(f"n{i}" for i in range(200)))
    assert [
        (process.returncode, out) for process, (out, _) in zip(processes, outputs, strict=True)
    ] == [(0, expected)] * 3
    assert entries(data) == [store_path(data).name]  # one store, no build left behind


def test_a_store_in_use_is_not_removed(tmp_path: Path) -> None:
    data = graph(tmp_path, ["a"])
    load = Loads(data)
    with cached_store(data, load) as old:
        assert old is not None
        first = store_path(data)
        graph(tmp_path, ["b", "c"])  # a new version while the old store is open
        assert names(data) == ["b", "c"]
        assert first.is_dir()  # still there: a shared lock is held on it
        assert len(old.store) == 1
    assert names(data) == ["b", "c"]
    graph(tmp_path, ["d"])
    assert names(data) == ["d"]
    assert entries(data) == [store_path(data).name]  # unused old ones are gone


def test_an_abandoned_build_is_cleared(tmp_path: Path) -> None:
    data = graph(tmp_path, ["a"])
    abandoned = tmp_path / CACHE_DIR / f".tmp-{data.name}.k1l2m3n4"
    abandoned.mkdir(parents=True)
    (abandoned / "000001.sst").write_bytes(b"half a store")
    assert names(data) == ["a"]
    assert entries(data) == [store_path(data).name]


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to give a folder to another user")
def test_a_store_of_another_user_is_not_trusted(tmp_path: Path) -> None:
    data = graph(tmp_path, ["a"])
    (tmp_path / CACHE_DIR).mkdir()
    # Someone else's store where ours would be, holding other data.
    planted = ox.Store(str(store_path(data)))
    planted.bulk_load(
        input=b'<https://example.org/x> <http://schema.org/name> "planted" .',
        format=ox.RdfFormat.N_TRIPLES,
    )
    del planted
    os.chown(store_path(data), 12345, 12345)
    assert names(data) == ["a"]


def test_the_lock_is_released_after_the_block(tmp_path: Path) -> None:
    data = graph(tmp_path, ["a"])
    with cached_store(data, Loads(data)) as cached:
        assert cached is not None
        assert storecache._Lock.exclusive(store_path(data), wait=False) is None
    # Another process could remove the store now.
    lock = storecache._Lock.exclusive(store_path(data), wait=False)
    assert lock is not None
    lock.close()


def test_small_test_graph_answers_the_same_from_a_store(tmp_path: Path) -> None:
    data = tmp_path / "small.ttl"
    data.write_bytes(SMALL.read_bytes())
    settled(data)
    for cache in (False, True, True):
        with query_store(data, cache=cache) as store:
            assert run_query(store, COUNT).rows[0][0].value == "105"  # type: ignore[union-attr]
    assert store_path(data).is_dir()


# ---- answers kept beside a store -----------------------------------------------------------


@pytest.fixture
def keep_every_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(storecache, "KEEP_SECONDS", 0.0)


def kept(data: Path) -> list[Path]:
    folder = store_path(data) / storecache.ANSWERS_DIR
    return sorted(folder.iterdir()) if folder.is_dir() else []


def no_evaluation(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("the query was evaluated")

    monkeypatch.setattr(store, "run_query", refused)


@pytest.mark.usefixtures("keep_every_answer")
def test_an_answer_is_given_again_without_evaluating_the_query(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = graph(tmp_path, ["a", "b"])
    first = answer_query(data, NAMES, fmt="csv")
    assert first.text == "name\na\nb\n"
    assert len(kept(data)) == 1
    no_evaluation(monkeypatch)
    assert answer_query(data, NAMES, fmt="csv") == first
    with pytest.raises(AssertionError):
        answer_query(data, NAMES, fmt="json")  # another format is another answer


@pytest.mark.usefixtures("keep_every_answer")
def test_kept_answers_go_with_the_version_of_the_file(tmp_path: Path) -> None:
    data = graph(tmp_path, ["a", "b"])
    assert answer_query(data, NAMES, fmt="csv").text == "name\na\nb\n"
    graph(tmp_path, ["c"])
    assert answer_query(data, NAMES, fmt="csv").text == "name\nc\n"


@pytest.mark.usefixtures("keep_every_answer")
def test_answers_with_parameters_are_kept_apart(tmp_path: Path) -> None:
    data = graph(tmp_path, ["a", "b"])
    text = "SELECT ?s WHERE { VALUES ?name { UNDEF } ?s <http://schema.org/name> ?name }"
    one = answer_query(data, text, {"name": "a"}, fmt="csv")
    two = answer_query(data, text, {"name": "b"}, fmt="csv")
    assert (one.text, two.text) == ("s\nhttps://example.org/0\n", "s\nhttps://example.org/1\n")
    assert answer_query(data, text, {"name": "a"}, fmt="csv") == one


@pytest.mark.usefixtures("keep_every_answer")
def test_ask_answers_keep_their_exit_code(tmp_path: Path) -> None:
    data = graph(tmp_path, ["a"])
    for _ in range(2):
        result = CliRunner().invoke(main, ["query", "ASK { ?s ?p 1 }", "--data", str(data)])
        assert (result.exit_code, result.stdout) == (1, "no\n")
        result = CliRunner().invoke(main, ["query", "ASK { ?s ?p ?o }", "--data", str(data)])
        assert (result.exit_code, result.stdout) == (0, "yes\n")
    assert len(kept(data)) == 2


@pytest.mark.usefixtures("keep_every_answer")
@pytest.mark.parametrize(
    "text",
    [
        "SELECT (NOW() AS ?t) WHERE {}",
        "SELECT (rand() AS ?r) WHERE {}",
        "SELECT (STRUUID () AS ?u) WHERE {}",
        "CONSTRUCT { [] <http://schema.org/name> ?n } WHERE { ?s <http://schema.org/name> ?n }",
    ],
)
def test_answers_that_change_are_never_kept(tmp_path: Path, text: str) -> None:
    data = graph(tmp_path, ["a"])
    answer_query(data, text)
    assert kept(data) == []


def test_quick_answers_are_not_kept(tmp_path: Path) -> None:
    data = graph(tmp_path, ["a"])
    answer_query(data, NAMES)
    assert kept(data) == []


@pytest.mark.usefixtures("keep_every_answer")
def test_no_cache_keeps_no_answers(tmp_path: Path) -> None:
    data = graph(tmp_path, ["a"])
    answer_query(data, NAMES, cache=False)
    assert not (tmp_path / CACHE_DIR).exists()


@pytest.mark.usefixtures("keep_every_answer")
def test_answers_of_other_code_are_not_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = graph(tmp_path, ["a"])
    answer_query(data, NAMES)
    monkeypatch.setattr(answers, "_code", lambda: "other code")
    no_evaluation(monkeypatch)
    with pytest.raises(AssertionError):
        answer_query(data, NAMES)


@pytest.mark.usefixtures("keep_every_answer")
def test_a_damaged_answer_is_made_again(tmp_path: Path) -> None:
    data = graph(tmp_path, ["a"])
    answer_query(data, NAMES, fmt="csv")
    [path] = kept(data)
    path.write_bytes(b"\xff garbage")
    assert answer_query(data, NAMES, fmt="csv").text == "name\na\n"


@pytest.mark.usefixtures("keep_every_answer")
def test_the_least_recently_used_answers_go_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = graph(tmp_path, ["a"])
    texts = [
        f"SELECT ?name WHERE {{ ?s <http://schema.org/name> ?name }} LIMIT {n}" for n in (1, 2)
    ]
    answer_query(data, texts[0])
    size = kept(data)[0].stat().st_size
    monkeypatch.setattr(storecache, "ANSWERS_MAX_BYTES", size + 10)
    past = time.time() - 100
    os.utime(kept(data)[0], (past, past))
    answer_query(data, texts[1])
    assert len(kept(data)) == 1  # the older one made room
    no_evaluation(monkeypatch)
    answer_query(data, texts[1])
