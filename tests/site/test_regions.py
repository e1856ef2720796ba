"""World regions for the network's colours: CLDR's containment tree, split no finer than the
colours allow, never into countries."""

from __future__ import annotations

import pytest

from kzld.site.regions import region_name, regions, regions_shown


@pytest.mark.parametrize(
    ("code", "region"),
    [
        ("DE", "Western Europe"),
        ("GR", "Southern Europe"),
        ("RU", "Eastern Europe"),
        ("NO", "Northern Europe"),
        ("EG", "Northern Africa"),
        ("ZA", "Southern Africa"),
        ("MX", "Central America"),
        ("CU", "Caribbean"),
        ("TR", "Western Asia"),
        ("IN", "Southern Asia"),
        ("AU", "Australasia"),
    ],
)
def test_cldr_places_countries_in_their_subregions(code: str, region: str) -> None:
    *_, continent, subregion = regions().path(code)
    assert region_name(subregion) == region
    assert region_name(regions().path(code)[0]) == "world"
    assert continent in regions().parts["001"]


def test_every_country_is_in_one_place_of_the_tree() -> None:
    tree = regions()
    countries = [c for parts in tree.parts.values() for c in parts if c not in tree.parts]
    assert len(countries) == len(set(countries))
    assert {"GB", "US", "CN", "BR", "NG", "PS", "XK"} <= set(countries)
    assert tree.path("ZZ") == [] and tree.path("EU") == []  # not a country


def test_continents_are_split_while_the_colours_last() -> None:
    codes = ["DE", "FR", "GR", "RU", "NO", "US", "BR", "IN", "CN", "EG", "ZA"]
    names = {c: region_name(r) for c, r in regions_shown(codes, 11).items()}
    assert names == {
        "DE": "Western Europe",
        "FR": "Western Europe",
        "GR": "Southern Europe",
        "RU": "Eastern Europe",
        "NO": "Northern Europe",
        "US": "Northern America",
        "BR": "South America",
        "IN": "Southern Asia",
        "CN": "Eastern Asia",
        "EG": "Northern Africa",
        "ZA": "Southern Africa",
    }
    # with 8: Europe (most organisations) split into 4, then Africa (2, first by code) into 2;
    # the Americas and Asia would need 9
    fewer = {c: region_name(r) for c, r in regions_shown(codes, 8).items()}
    assert (fewer["US"], fewer["IN"], fewer["EG"], fewer["DE"]) == (
        "Americas",
        "Asia",
        "Northern Africa",
        "Western Europe",
    )
    assert len(set(fewer.values())) == 8
    few = {c: region_name(r) for c, r in regions_shown(codes, 4).items()}
    assert set(few.values()) == {"Europe", "Americas", "Asia", "Africa"}


def test_never_split_into_countries_and_unknown_codes_left_out() -> None:
    shown = regions_shown(["NO", "EG", "QQ"], 11)
    assert {c: region_name(r) for c, r in shown.items()} == {
        "NO": "Northern Europe",
        "EG": "Northern Africa",
    }
