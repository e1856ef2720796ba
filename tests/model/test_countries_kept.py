"""The tables of country names gathered from CLDR are kept between runs (:mod:`kzld.derived`):
what is read back is what gathering them gives, and a spoilt file is gathered again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kzld.derived import CACHE_ENV
from kzld.model import countries


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    countries._tables.cache_clear()
    yield tmp_path
    countries._tables.cache_clear()


def test_the_tables_read_back_are_those_gathered(cache: Path) -> None:
    made = countries._tables()
    assert (cache / "countries" / "tables.json").is_file()
    countries._tables.cache_clear()
    again = countries._tables()
    gathered = countries._gathered()
    assert again == made == gathered
    assert [list(table.items()) for table in again[:2]] == [
        list(table.items()) for table in gathered[:2]
    ]
    assert again[0]["deutschland"] == again[0]["germany"] == "DE"


def test_a_spoilt_file_of_tables_is_gathered_again(cache: Path) -> None:
    countries._tables()
    path = cache / "countries" / "tables.json"
    path.write_bytes(path.read_bytes()[:100])
    countries._tables.cache_clear()
    assert countries._tables() == countries._gathered()
    assert countries.country_code("Deutschland") == "DE"
