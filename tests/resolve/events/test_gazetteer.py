"""The event gazetteer: the shipped file loads with the facts the statements need, and a bad file
is refused with a message naming the file, the line and the entry."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kzld.derived import CACHE_ENV
from kzld.errors import GazetteerError, InputError
from kzld.model.records import Event, Name, Place
from kzld.resolve.events.gazetteer import load_gazetteer
from kzld.resources import authority_dir

VALID = """\
languages:
  ru:
    suffixes:
      m: ["", "а", "е"]
terms:
  city:
    en: [Zhanaozen]
    ru: [Жанаозен+m]
  killing:
    en: [shot]
places:
  - key: zhanaozen
    country: KZ
    names: {en: Zhanaozen}
events:
  - key: strike
    names: {en: The strike}
    start: 2011-05
    end: 2011-12
    place: zhanaozen
  - key: massacre
    names: {en: The massacre}
    types: [massacre]
    start: 2011-12-16
    place: zhanaozen
    super_event: strike
    triggers:
      - all: [city, killing]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "events.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_file_gives_events_and_places_sorted_by_key(tmp_path: Path) -> None:
    gazetteer = load_gazetteer(write(tmp_path, VALID))
    assert [e.key for e in gazetteer.events] == ["massacre", "strike"]
    assert gazetteer.events[0] == Event(
        key="massacre",
        names=(Name("The massacre", "en"),),
        types=("massacre",),
        start="2011-12-16",
        place="zhanaozen",
        super_event="strike",
    )
    assert gazetteer.places == (Place("zhanaozen", (Name("Zhanaozen", "en"),), "KZ"),)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "start: 2011-12-16",
            "start: 2011-13-16",
            "event 'massacre': start: bad date '2011-13-16'",
        ),
        (
            "start: 2011-12-16",
            "start: 16.12.2011",
            "event 'massacre': start: bad date '16.12.2011'",
        ),
        (
            "super_event: strike",
            "super_event: strikes",
            "event 'massacre': super_event 'strikes' is not an event of this file",
        ),
        (
            "    place: zhanaozen\n    super",
            "    place: janaozen\n    super",
            "event 'massacre': place 'janaozen' is not a place of this file",
        ),
        (
            "all: [city, killing]",
            "all: [city, shooting]",
            "event 'massacre': all: unknown term 'shooting'",
        ),
        (
            "Жанаозен+m",
            "Жанаозен+f",
            "term 'city': ru form 'Жанаозен+f': unknown suffix set '+f' (this language has: m)",
        ),
        ("  - key: strike", "  - key: Strike", "events #1: key 'Strike' must be a lower-case slug"),
        ("  - key: strike\n", "  - key: massacre\n", "event 'massacre': key used twice"),
        ("end: 2011-12", "end: 2010", "event 'strike': end 2010 is before start 2011-05"),
        (
            "country: KZ",
            "country: Kazakhstan",
            "place 'zhanaozen': country 'Kazakhstan' must be an ISO 3166-1 alpha-2 code",
        ),
        (
            "    types: [massacre]",
            "    kinds: [massacre]",
            "event 'massacre': unknown field(s) kinds",
        ),
    ],
)
def test_bad_entries_are_refused_naming_file_line_and_key(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    assert old in VALID
    path = write(tmp_path, VALID.replace(old, new, 1))
    with pytest.raises(GazetteerError) as caught:
        load_gazetteer(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:")
    assert expected in message
    assert caught.value.line is not None
    assert isinstance(caught.value, InputError)


def test_the_line_is_the_entry_s_line(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace("super_event: strike", "super_event: nothing"))
    with pytest.raises(GazetteerError) as caught:
        load_gazetteer(path)
    line = VALID.splitlines().index("  - key: massacre") + 1
    assert str(caught.value).startswith(f"{path}:{line}: event 'massacre'")


def test_a_super_event_cycle_is_refused(tmp_path: Path) -> None:
    text = VALID.replace(
        "    place: zhanaozen\n  - key: massacre",
        "    super_event: massacre\n    place: zhanaozen\n  - key: massacre",
    )
    with pytest.raises(
        GazetteerError, match=r"event '(massacre|strike)': super_event forms a cycle"
    ):
        load_gazetteer(write(tmp_path, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("events: [oops", "not valid YAML"), ("- a list", "the file: expected a mapping")],
)
def test_unreadable_files_are_refused(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(GazetteerError, match=expected):
        load_gazetteer(write(tmp_path, text))


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="cannot read the gazetteer"):
        load_gazetteer(tmp_path / "absent.yaml")


# --------------------------------------------------------------------------- the shipped file


@pytest.mark.parametrize(
    ("key", "start", "end", "place", "super_event"),
    [
        ("january-2022-unrest-in-kazakhstan", "2022-01-02", "2022-01", "kazakhstan", None),
        ("kazakhstan-lpg-price-rise-2022", "2022-01-01", None, "kazakhstan", None),
        (
            "csto-intervention-in-kazakhstan-2022",
            "2022-01-06",
            "2022-01-19",
            "kazakhstan",
            "january-2022-unrest-in-kazakhstan",
        ),
        ("zhanaozen-massacre-2011", "2011-12-16", "2011-12-16", "zhanaozen", None),
        ("zhanaozen-oil-workers-strike-2011", "2011-05", "2011-12", "zhanaozen", None),
        ("ban-of-the-communist-party-of-kazakhstan-2015", "2015-10", None, "kazakhstan", None),
        ("17th-imcwp-2015", "2015-10-30", "2015-11-01", "istanbul", None),
        ("dissolution-of-the-soviet-union", "1991-12-26", "1991-12-26", None, None),
    ],
)
def test_the_shipped_gazetteer_holds_the_seed_events(
    key: str, start: str, end: str | None, place: str | None, super_event: str | None
) -> None:
    event = load_gazetteer().event(key)
    assert (event.start, event.end, event.place, event.super_event) == (
        start,
        end,
        place,
        super_event,
    )


def test_the_shipped_places_have_countries() -> None:
    places = {p.key: p.country for p in load_gazetteer().places}
    assert places["zhanaozen"] == places["kazakhstan"] == places["almaty"] == "KZ"
    assert places["istanbul"] == "TR"
    assert all(places.values())


def test_event_organisations_are_keys_of_the_authority() -> None:
    path = authority_dir() / "organisations.yaml"
    if not path.is_file():
        pytest.skip("authority/organisations.yaml is not there yet")
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    keys = set()
    entries = data.get("organisations", data) if isinstance(data, dict) else data
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict) and "key" in entry:
            keys.add(entry["key"])
    if isinstance(entries, dict):
        keys |= set(entries)
    wanted = {o for e in load_gazetteer().events for o in e.organisations}
    assert wanted <= keys, f"missing in organisations.yaml: {sorted(wanted - keys)}"


# --------------------------------------------------------------------------- kept between runs


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_file_that_loaded_loads_the_same_again(tmp_path: Path, cache: Path) -> None:
    path = write(tmp_path, VALID)
    first = load_gazetteer(path)
    assert len(list((cache / "gazetteer").glob("*.json"))) == 1
    assert load_gazetteer(path) == first
    assert load_gazetteer() == load_gazetteer()


def test_a_bad_form_is_refused_each_time_and_nothing_is_kept(tmp_path: Path, cache: Path) -> None:
    path = write(tmp_path, VALID.replace("Жанаозен+m", "Жанаозен+f"))
    for _ in range(2):
        with pytest.raises(GazetteerError, match=r"ru form 'Жанаозен\+f': unknown suffix set"):
            load_gazetteer(path)
    assert not (cache / "gazetteer").exists()


def test_a_file_changed_to_a_bad_form_is_refused_at_once(tmp_path: Path, cache: Path) -> None:
    path = write(tmp_path, VALID)
    load_gazetteer(path)
    write(tmp_path, VALID.replace("[Zhanaozen]", "['re:Zhana(ozen']"))
    with pytest.raises(GazetteerError, match="term 'city': en form 're:Zhana"):
        load_gazetteer(path)
    write(tmp_path, VALID)
    assert [event.key for event in load_gazetteer(path).events] == ["massacre", "strike"]
