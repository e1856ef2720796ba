"""A name with a word for its kind: an authority entry's name or abbreviation with a word
before or after it that says a kind of organisation that entry is ("Partei Zelta", "Zelta
party", "Gewerkschaft ZTU") is that entry; a word of another kind ("Union Zelta", "Partei
ZTU") or of no kind of entry ("Zelta Youth") leaves it a new organisation. A translation that
states the entry's country and a kind it is agrees with the abbreviation only it has."""

from __future__ import annotations

from kzld.resolve.orgs.authority import Authority, AuthorityEntry

from .resolving import keys_of

ZELTA = AuthorityEntry(key="zelta", name="Zelta", names=(), country="HU", kinds=("party",))
ZTU = AuthorityEntry(
    key="zetland-transport-union",
    name="Zetland Transport Union",
    abbreviations=("ZTU",),
    country="GB",
    kinds=("trade-union",),
)
AUTHORITY = Authority((ZELTA, ZTU))


def test_a_name_with_a_word_for_its_kind_is_the_entry() -> None:
    names = ["Partei Zelta", "Zelta party", "Partido Zelta", "Zelta Party of Hungary"]
    assert keys_of(AUTHORITY, names) == ["zelta"] * 4


def test_a_word_for_another_kind_or_country_is_another_organisation() -> None:
    names = ["Union Zelta", "Zelta Youth", "Sindicato Zelta", "Zelta Party of Zetland"]
    assert keys_of(AUTHORITY, names) == [
        "x-union-zelta",
        "x-zelta-youth",
        "x-sindicato-zelta",
        "x-zelta-party-of-zetland",
    ]


def test_an_abbreviation_beside_a_word_for_its_kind_is_the_entry() -> None:
    names = ["Gewerkschaft ZTU", "Sindicato ZTU", "Partei ZTU"]
    assert keys_of(AUTHORITY, names) == [
        "zetland-transport-union",
        "zetland-transport-union",
        "x-partei",
    ]


def test_a_translation_of_its_country_and_kind_beside_the_entrys_abbreviation() -> None:
    # Kurmanji: a union of drivers of England, beside the union's abbreviation; a party there
    names = ["Sendîkaya Ajogerên Îngîltereyê (ZTU)", "Partiya Ajogerên Îngîltereyê (ZTU)"]
    assert keys_of(AUTHORITY, names) == [
        "zetland-transport-union",
        "x-ajogeren-ingiltereye-party-gb",
    ]
