"""A new organisation whose name names its own country beside another gets its own: not the
country it works with ("... de Solidaridad con Cuba"), and, of the country its members came
from and the one it is in, the one it is in ("Association des ... en France"). A name naming two
countries without either telling which is its own gets none."""

from __future__ import annotations

import pytest

from kzld.model.records import Entry, Span
from kzld.resolve.orgs import OrganisationResolver
from kzld.resolve.orgs.authority import load_authority
from kzld.resolve.orgs.owncountry import own_countries


def country_of(name: str) -> str | None:
    """The country of the new organisation ``name`` is resolved to."""
    resolver = OrganisationResolver(load_authority())
    key = resolver.resolve_entry(
        Entry(1, name, Span(0, len(name)), name), language=None, document="a.txt"
    )
    [org] = [o for o in resolver.organisations() if o.key == key]
    return org.country


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Comité Zeltano Uruguayo de Solidaridad con Cuba", "UY"),  # Spanish
        ("Comitato zeltiano italiano di amicizia con il popolo cubano", "IT"),  # Italian
        ("Chilean Zelta Society in Friendship with Vietnam", "CL"),  # English
        ("Schwedische Zelta-Gesellschaft der Freundschaft mit Kuba", "SE"),  # German
        ("Association des Zeltes Marocains en France", "FR"),  # French: members and place
        ("Asociación de Zeltas Peruanos en España", "ES"),  # Spanish
        ("Zelta Union of Kenyan Workers in Germany", "DE"),  # English
    ],
)
def test_the_own_country_beside_another(name: str, country: str) -> None:
    assert country_of(name) == country


@pytest.mark.parametrize(
    "name",
    [
        "Zelta Society of Chile and Peru",  # two countries, neither its own by form
        "Deutsch-Kubanische Zelta-Gesellschaft",  # two adjectives
    ],
)
def test_two_countries_without_a_cue_give_none(name: str) -> None:
    assert country_of(name) is None


def test_one_country_is_kept_wherever_it_is_named() -> None:
    # a name naming one country keeps it, after "with" or "in" too
    assert own_countries("Zelta Solidarity with Cuba", frozenset({"CU"})) == {"CU"}
    assert own_countries("Zelta Forum in Peru", frozenset({"PE"})) == {"PE"}


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Zelta Consensus Forces (ZCF, a coalition of Sudanese opposition parties)", "SD"),
        ("Front Zelta (FZ, coalition de partis sénégalais)", "SN"),  # French
        ("Frente Zelta (FZ, coalición de partidos peruanos)", "PE"),  # Spanish
        ("Zelta-Front (ZF, ein Bündnis dänischer Parteien)", "DK"),  # German
    ],
)
def test_the_country_of_a_bracketed_description(name: str, country: str) -> None:
    assert country_of(name) == country


def test_a_bracket_naming_two_countries_or_beside_a_named_one_gives_nothing_more() -> None:
    assert country_of("Zelta Forum (ZF, of Chilean and Peruvian unions)") is None
    # the name's own country stands: the bracket's is not taken
    assert country_of("Zelta Forum of Kenya (ZF, with Ugandan members)") == "KE"
