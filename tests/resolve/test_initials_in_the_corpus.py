"""An abbreviation written alone is the one name of the corpus whose words' initials it is:
"XZPP" in one text and "Xandra Zeta Peasants' Party" in another are one new organisation, when
the name says who it is by its own words, states no country, and no other name of the corpus,
no authority entry and no text's definition gives those letters another meaning."""

from __future__ import annotations

import pytest

from kzld.resolve.orgs.authority import Authority, load_authority
from kzld.resolve.orgs.defined import (
    INITIALS,
    MIN_INITIALS,
    Definition,
    Definitions,
    ask_initials,
)

from .resolving import corpus_keys


@pytest.fixture(scope="module")
def authority() -> Authority:
    return load_authority()


def test_an_abbreviation_alone_is_the_name_of_its_initials(authority: Authority) -> None:
    keys, _ = corpus_keys(authority, [("Xandra Zeta Peasants' Party", None), ("XZPP", None)])
    assert keys == ["x-xandra-zeta-peasants-party", "x-xandra-zeta-peasants-party"]


def test_initials_with_or_without_the_link_words(authority: Authority) -> None:
    keys, _ = corpus_keys(
        authority,
        [("Union des Xandrins de la Zeta Paysanne", None), ("UXZP", None), ("UDXDLZP", None)],
    )
    assert keys == ["x-union-des-xandrins-de-la-zeta-paysanne"] * 3


def test_two_names_of_those_initials_give_the_abbreviation_neither(authority: Authority) -> None:
    keys, _ = corpus_keys(
        authority,
        [
            ("Xandra Zeta Peasants' Party", None),
            ("Xenon Zolta Press Project", None),
            ("XZPP", None),
        ],
    )
    assert keys == ["x-xandra-zeta-peasants-party", "x-xenon-zolta-press-project", "x-xzpp"]


def test_three_letters_are_the_initials_of_too_many_names(authority: Authority) -> None:
    assert MIN_INITIALS == 4
    keys, _ = corpus_keys(authority, [("Xandra Zeta Party", None), ("XZP", None)])
    assert keys == ["x-xandra-zeta-party", "x-xzp"]


def test_a_name_of_type_words_and_a_country_gives_no_initials(authority: Authority) -> None:
    # its initials, the country's letter among them, are as much another country's union's
    keys, _ = corpus_keys(authority, [("National Union of Peasants of Chad", None), ("NUPC", None)])
    assert keys == ["x-national-peasants-union-td", "x-nupc"]


def test_a_text_that_defines_the_abbreviation_says_what_it_means(authority: Authority) -> None:
    keys, _ = corpus_keys(
        authority,
        [
            ("Xandra Zeta Peasants' Party", None),
            ("Xeno Zolt Peasants' Platform", "XZPP"),
            ("XZPP", None),
        ],
    )
    assert keys == [
        "x-xandra-zeta-peasants-party",
        "x-xeno-zolt-peasants-platform",
        "x-xeno-zolt-peasants-platform",
    ]


def test_the_abbreviation_beside_a_country_the_name_does_not_state(authority: Authority) -> None:
    keys, _ = corpus_keys(authority, [("Xandra Zeta Peasants' Party", None), ("XZPP (Chad)", None)])
    assert keys == ["x-xandra-zeta-peasants-party", "x-xzpp-td"]


def test_the_answer_names_the_one_key_or_nothing() -> None:
    one = Definition(f"{INITIALS}XZPP", "x-xandra-zeta-peasants-party", None, ("party",))
    other = Definition(f"{INITIALS}XZPP", "x-xenon-zolta-press-project", None, ())
    assert Definitions([one]).answer(ask_initials("XZPP")) == "x-xandra-zeta-peasants-party"
    assert Definitions([one, other]).answer(ask_initials("XZPP")) == ""
    # the initials are no definition of the abbreviation: alone it still means nothing
    assert Definitions([one]).meaning("XZPP") is None
