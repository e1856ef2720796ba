"""``names_country``: whether a name names a country, as ``find_countries`` finds one, decided
at the first country found (by its name, its adjective, a case ending or a syllable)."""

from __future__ import annotations

import pytest

from kzld.model.countries import find_countries, names_country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zetland Workers Union of Germany", True),  # a name
        ("Unión Zetlandesa de Trabajadores Argentinos", True),  # an adjective
        ("Zetlandzki Związek Pracowników Ukrainy", True),  # a case ending
        ("Союз работников Зетланда и Казахстана", True),  # a case ending, Cyrillic
        ("Đảng Xandia Anh", True),  # a country of one syllable
        ("Xandia Party", False),
        ("Zetgrad Teachers Federation", False),
        ("", False),
    ],
)
def test_names_country_says_what_find_countries_finds(text: str, expected: bool) -> None:
    assert names_country(text) is expected
    assert bool(tuple(find_countries(text))) is expected
