"""The names the reader gathers from CLDR at start (months, weekdays, language autonyms) are kept
between runs (:mod:`kzld.derived`): what is read back is what gathering them gives, and a text
reads the same with and without them kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kzld.derived import CACHE_ENV
from kzld.parse import boilerplate, calendars, dates, read_file

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _forget() -> None:
    """Drop what this process holds of the kept names and of what is built from them."""
    held = (
        calendars._kept_names,
        calendars.names_of,
        calendars.shared_months,
        calendars._thai_months,
        calendars.patterns,
        dates._day_month,
    )
    for function in (*held, boilerplate._autonyms):
        function.cache_clear()


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    _forget()
    yield tmp_path
    _forget()


@pytest.mark.parametrize("kind", ["months", "days"])
def test_the_names_read_back_are_those_gathered(cache: Path, kind: str) -> None:
    made = calendars._kept_names(kind)
    assert (cache / "dates" / f"{kind}.json").is_file()
    _forget()
    again = calendars._kept_names(kind)
    gathered = calendars._gathered(kind)
    assert again == made == gathered
    assert list(again[0].items()) == list(gathered[0].items())  # in the same order too
    # Babel numbers weekdays from Monday = 0
    assert again[0]["janvier" if kind == "months" else "mardi"] == 1
    # a month's name of two meanings, each language's kept with it
    assert (again[2].get("listopad") or {}).get("hr") == (10 if kind == "months" else None)


def test_the_autonyms_read_back_are_those_gathered(cache: Path) -> None:
    made = boilerplate._autonyms()
    _forget()
    assert boilerplate._autonyms() == made == boilerplate._gathered_autonyms()
    assert {"deutsch", "english"} <= made


def test_a_text_reads_the_same_with_the_names_kept(cache: Path) -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    made = [read_file(path) for path in seeds]
    _forget()
    assert [read_file(path) for path in seeds] == made
    assert any(document.created is not None for document in made)


def test_a_spoilt_file_of_names_is_gathered_again(cache: Path) -> None:
    calendars.names_of("months")
    path = cache / "dates" / "months.json"
    path.write_text('{"key": "x", "value": [[], 7]}', encoding="utf-8")
    _forget()
    assert calendars._kept_names("months") == calendars._gathered("months")


def test_the_thai_month_names_read_back_are_those_gathered(cache: Path) -> None:
    made = calendars._thai_months()
    _forget()
    assert calendars._thai_months() == made == calendars._thai(calendars._gathered("months")[0])
    assert made
