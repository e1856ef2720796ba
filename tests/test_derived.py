"""What kzld keeps between runs (:mod:`kzld.derived`): a value is taken from the cache only
when it was made from the same inputs; a changed input, file or library is seen at once, and a
spoilt or unwritable cache is made again or done without, never answered from."""

from __future__ import annotations

import json
import re
import shutil
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

import kzld
import kzld.resources
from kzld import derived
from kzld.derived import CACHE_ENV, cache_dir, kept


class Maker:
    """Makes ``value`` and counts how often it was asked to."""

    def __init__(self, value: object) -> None:
        self.value, self.calls = value, 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


def _keep(name: str, maker: Maker, inputs: tuple[str, ...] = ()) -> object:
    return kept(name, maker, lambda value: value, lambda found: found, inputs=inputs)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of a few of kzld's files standing for the package, its digest made again."""
    copy = tmp_path / "package"
    (copy / "parse").mkdir(parents=True)
    source = Path(kzld.__file__).parent
    shutil.copy(source / "parse" / "cues.yaml", copy / "parse" / "cues.yaml")
    shutil.copy(source / "derived.py", copy / "derived.py")
    monkeypatch.setattr(derived, "_PACKAGE", copy)
    derived.package_digest.cache_clear()
    yield copy
    derived.package_digest.cache_clear()


def test_a_value_is_made_once_and_then_taken_as_kept(folder: Path) -> None:
    first = Maker({"months": [["janvier", 1]], "alternation": "janvier|jan"})
    assert _keep("dates/months", first) == first.value
    assert first.calls == 1
    again = Maker("something else")
    assert _keep("dates/months", again) == first.value
    assert again.calls == 0
    kept_file = json.loads((folder / "dates" / "months.json").read_text(encoding="utf-8"))
    assert kept_file["value"] == first.value


def test_another_input_is_another_key(folder: Path) -> None:
    assert _keep("sparql/x", Maker("refused"), ("SELECT * { SERVICE <urn:a> {} }",)) == "refused"
    other = Maker(None)
    assert _keep("sparql/x", other, ("SELECT * { ?s ?p ?o }",)) is None
    assert other.calls == 1


def test_a_changed_data_file_of_kzld_is_seen_at_once(folder: Path, package: Path) -> None:
    assert _keep("dates/months", Maker(["janvier"])) == ["janvier"]
    words = package / "parse" / "cues.yaml"
    words.write_bytes(words.read_bytes() + b"\n# one more line\n")
    derived.package_digest.cache_clear()
    changed = Maker(["janvier", "février"])
    assert _keep("dates/months", changed) == ["janvier", "février"]
    assert changed.calls == 1


def test_a_new_file_of_kzld_is_seen_at_once(folder: Path, package: Path) -> None:
    assert _keep("boilerplate/autonyms", Maker(["deutsch"])) == ["deutsch"]
    (package / "parse" / "more.yaml").write_text("words: [english]\n", encoding="utf-8")
    derived.package_digest.cache_clear()
    assert _keep("boilerplate/autonyms", Maker(["deutsch", "english"])) == ["deutsch", "english"]


def test_an_edited_organisation_leaves_the_values_not_made_from_the_authority_kept(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    authority = tmp_path / "authority"
    shutil.copytree(kzld.resources.data_dir("authority"), authority)
    shipped = kzld.resources.data_dir
    monkeypatch.setattr(
        "kzld.derived.data_dir", lambda name: authority if name == "authority" else shipped(name)
    )
    derived.package_digest.cache_clear()
    assert _keep("dates/months", Maker(["janvier"])) == ["janvier"]
    organisations = authority / "organisations.yaml"
    organisations.write_bytes(organisations.read_bytes() + b"\n# a curator's comment\n")
    derived.package_digest.cache_clear()
    again = Maker(["janvier", "février"])
    assert _keep("dates/months", again) == ["janvier"]
    assert again.calls == 0
    # the other files of the authority's folder are part of every key
    words = authority / "typewords.yaml"
    words.write_bytes(words.read_bytes() + b"\n# one more line\n")
    derived.package_digest.cache_clear()
    changed = Maker(["janvier", "février"])
    assert _keep("dates/months", changed) == ["janvier", "février"]
    assert changed.calls == 1
    derived.package_digest.cache_clear()


def test_another_library_installation_is_another_key(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = types.ModuleType("babel")
    (tmp_path / "babel").mkdir()
    (tmp_path / "babel" / "__init__.py").write_text("", encoding="utf-8")
    library.__file__ = str(tmp_path / "babel" / "__init__.py")
    library.__version__ = "2.19.0"  # type: ignore[attr-defined]

    def keep(maker: Maker) -> object:
        return kept("dates/days", maker, lambda v: v, lambda v: v, libraries=(library,))

    assert keep(Maker(["lundi"])) == ["lundi"]
    assert keep(Maker(["other"])) == ["lundi"]
    library.__version__ = "2.20.0"  # type: ignore[attr-defined]
    assert keep(Maker(["lundi", "mardi"])) == ["lundi", "mardi"]


@pytest.mark.parametrize(
    "spoil",
    [
        lambda data: b"",
        lambda data: b"\x00\xff not json",
        lambda data: data[: len(data) // 2],
        lambda data: data.replace(b"janvier", b"juillet"),  # the checksum no longer agrees
        lambda data: b'{"key": 1}',
    ],
    ids=["empty", "garbage", "cut", "changed", "no value"],
)
def test_a_spoilt_file_is_ignored_and_made_again(folder: Path, spoil: object) -> None:
    assert callable(spoil)
    _keep("dates/months", Maker(["janvier"]))
    path = folder / "dates" / "months.json"
    path.write_bytes(spoil(path.read_bytes()))
    again = Maker(["janvier"])
    assert _keep("dates/months", again) == ["janvier"]
    assert again.calls == 1
    assert json.loads(path.read_text(encoding="utf-8"))["value"] == ["janvier"]


def test_a_value_the_caller_cannot_read_back_is_made_again(folder: Path) -> None:
    def read(found: object) -> int:
        if not isinstance(found, int):
            raise ValueError("not a number")
        return found

    kept("n", lambda: "seven", lambda value: value, lambda found: found)
    assert kept("n", lambda: 7, lambda value: value, read) == 7
    assert kept("n", lambda: 8, lambda value: value, read) == 7


def test_an_empty_setting_keeps_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, "")
    monkeypatch.chdir(tmp_path)
    assert cache_dir() is None
    maker = Maker("x")
    _keep("dates/months", maker)
    _keep("dates/months", maker)
    assert maker.calls == 2
    assert list(tmp_path.iterdir()) == []


def test_the_default_folder_is_the_user_s_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere/cache")
    assert cache_dir() == Path("/somewhere/cache/kzld")
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache_dir() == Path.home() / ".cache" / "kzld"
    for ignored in ("", "relative/cache"):  # unset, empty or relative: the default
        monkeypatch.setenv("XDG_CACHE_HOME", ignored)
        assert cache_dir() == Path.home() / ".cache" / "kzld"


def test_a_folder_that_cannot_be_written_costs_only_the_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(CACHE_ENV, str(blocked))
    maker = Maker([1, 2])
    assert _keep("dates/months", maker) == [1, 2]
    assert _keep("dates/months", maker) == [1, 2]
    assert maker.calls == 2
    assert blocked.read_text(encoding="utf-8") == "not a folder"


#: A pattern with named groups, a back-reference, alternatives and flags written inline.
DATED = (
    r"(?i)(?P<place>[^\W\d_]+(?: [^\W\d_]+)?), (?:le |am )?(?P<day>\d{1,2})(?P<dot>\.?) "
    r"(?P<month>janvier|février|mars|jänner|märz|xandember)(?P=dot) (?P<year>\d{4})"
)
LINES = (
    "Xandia, le 14 février 2021",
    "ZETLAND CITY, am 3 Jänner 1999",
    "Xandia, 14. mars 2021",  # the dot after the day and none after the month: no date
    "no date here",
)


def assert_same_pattern(found: re.Pattern[str], made: re.Pattern[str]) -> None:
    assert (found.pattern, found.flags, found.groups) == (made.pattern, made.flags, made.groups)
    assert list(found.groupindex.items()) == list(made.groupindex.items())
    for line in LINES:
        one, other = found.search(line), made.search(line)
        assert (one and one.groupdict()) == (other and other.groupdict())
        assert (one and list(one.groupdict())) == (other and list(other.groupdict()))


def test_a_pattern_s_program_is_kept_and_gives_the_same_pattern(folder: Path) -> None:
    made = re.compile(DATED)
    first = derived.compiled(DATED)
    (kept_file,) = (folder / "patterns").iterdir()
    assert_same_pattern(first, made)
    assert first.search(LINES[0]) and first.search(LINES[1]) and not first.search(LINES[2])
    # taken from the file: no compiling this time
    compiler = re._compiler  # type: ignore[attr-defined]
    real, compiler._code = compiler._code, None
    try:
        again = derived.compiled(DATED)
    finally:
        compiler._code = real
    assert_same_pattern(again, made)
    # spoilt: compiled again, and kept again
    kept_file.write_bytes(kept_file.read_bytes().replace(b"[", b"[9999,", 1))
    assert_same_pattern(derived.compiled(DATED), made)
    assert_same_pattern(derived.compiled(DATED, re.MULTILINE), re.compile(DATED, re.MULTILINE))
    assert len(list((folder / "patterns").iterdir())) == 2  # another flag, another program
