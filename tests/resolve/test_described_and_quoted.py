"""A known organisation written another way: a translation of the name an entry writes before a
description of what it is ("Zeta Workers' Communist Party – For Peace and Progress"), stating the
entry's country; and a name in quotation marks beside an abbreviation or a word for its kind,
met by its signature with the country the whole text states."""

from __future__ import annotations

import pytest

from kzld.model.records import Entry, Span
from kzld.resolve.orgs import OrganisationResolver
from kzld.resolve.orgs.analysis import read_entry
from kzld.resolve.orgs.authority import Authority, AuthorityEntry
from kzld.resolve.orgs.decide import decide
from tests.resolve.resolving import keys_of

DESCRIBED = AuthorityEntry(
    key="workers-communist-party-peace",
    name="Zeta Workers' Communist Party – For Peace and Progress",
    country="NO",
    kinds=("party",),
)
#: A name before a description that names a country: another organisation's name.
MARXIST_LENINIST = AuthorityEntry(
    key="communist-party-of-norway-ml",
    name="Zeta Communist Party of Norway – Marxist-Leninist",
    country="NO",
    kinds=("party",),
)
CONGRESS = AuthorityEntry(
    key="zeta-congress",
    name="Zeta Congress of Democratic Trade Unions",
    country="NO",
    kinds=("trade-union",),
)
AUTHORITY = Authority((DESCRIBED, MARXIST_LENINIST, CONGRESS))


def _method(name: str) -> str:
    resolver = OrganisationResolver(AUTHORITY)
    reading = read_entry(
        Entry(1, name, Span(0, len(name)), name), resolver.index.known_abbreviations
    )
    return decide(resolver.index, reading, None).method


def test_a_translation_of_the_name_before_a_description_that_states_the_country() -> None:
    written = [
        "Zeta Workers' Communist Party of Norway",
        "Partido Comunista Operário Zeta (Noruega)",
        "Zeta Kommunistische Arbeiterpartei Norwegens",
    ]
    assert keys_of(AUTHORITY, written) == ["workers-communist-party-peace"] * 3
    assert _method(written[0]) == "described"


@pytest.mark.parametrize(
    ("written", "key"),
    [
        # no country stated: which workers' communist party is not said
        ("Zeta Workers' Communist Party", "x-zeta-workers-communist-party"),
        # another country
        ("Zeta Workers' Communist Party of Sweden", "x-zeta-communist-workers-party-se"),
        # the name before the description names the country: the party it split from
        ("Zeta Communist Party of Norway", "x-zeta-communist-party-no"),
        ("Partido Comunista Zeta de Noruega", "x-zeta-communist-party-no"),
    ],
)
def test_the_name_before_a_description_decides_nothing_otherwise(written: str, key: str) -> None:
    assert keys_of(AUTHORITY, [written]) == [key]


def test_another_entry_of_the_country_with_a_name_of_those_concepts_decides_nothing() -> None:
    other = AuthorityEntry(
        key="zeta-communist-party-of-workers-no",
        name="Norwegian Zeta Communist Party of Workers",
        country="NO",
        kinds=("party",),
    )
    authority = Authority((DESCRIBED, other))
    [key] = keys_of(authority, ["Zeta Kommunistische Arbeiterpartei Norwegens"])
    assert key == "zeta-communist-party-of-workers-no"
    [key] = keys_of(Authority((DESCRIBED, other)), ["Partido Comunista Operário Zeta (Noruega)"])
    assert key != "workers-communist-party-peace"


@pytest.mark.parametrize(
    "written",
    [
        # an abbreviation beside the quoted name, which names the country itself
        "ZKDF «Congrès Zeta des syndicats démocratiques de Norvège»",
        # a word for its kind beside it, and the country after it
        "Organisation «Congrès Zeta des syndicats démocratiques» de Norvège",
    ],
)
def test_a_quoted_name_meets_its_entry_by_its_signature(written: str) -> None:
    assert keys_of(AUTHORITY, [written]) == ["zeta-congress"]
    assert _method(written) == "signature"


@pytest.mark.parametrize(
    ("written", "key"),
    [
        # a word for another kind than the entry's: the youth of that name
        (
            "Jeunesse «Congrès Zeta des syndicats démocratiques» de Norvège",
            "x-zeta-democratic-youth-congress-trade-union-no",
        ),
        # another country stated beside it
        (
            "ZKDF «Congrès Zeta des syndicats démocratiques» de Suède",
            "x-zkdf-zeta-democratic-congress-trade-union-se",
        ),
    ],
)
def test_a_quoted_name_decides_nothing_otherwise(written: str, key: str) -> None:
    assert keys_of(AUTHORITY, [written]) == [key]
