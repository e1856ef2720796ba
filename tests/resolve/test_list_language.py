"""A name that states no country, in a list in a language some countries speak, is the one
entry of those countries with a form of its signature, when it says enough on its own (own words
and two concepts, or two concepts or more) and no other entry of a country that speaks the
language has one: taken, and listed for review. A list in English, or in a language the entry's
country does not speak, decides nothing; nor does a name of two concepts alone for an entry with
a name in the list's language, written otherwise."""

from __future__ import annotations

from dataclasses import replace

from kzld.model.records import Name
from kzld.resolve.orgs.analysis import read_name
from kzld.resolve.orgs.authority import Authority, AuthorityEntry
from kzld.resolve.orgs.candidates import AuthorityIndex
from kzld.resolve.orgs.decide import decide
from tests.resolve.resolving import key_of

#: Made-up organisations of real countries (the languages they speak are CLDR's).
ZETA_LABOUR = AuthorityEntry(
    "zeta-labour-party", "Zeta Labour Party (Indonesia)", country="ID", kinds=("party",)
)
ZETA_DEMOCRATS = AuthorityEntry(
    "zeta-democratic-party", "Zeta Democratic Party (Turkey)", country="TR", kinds=("party",)
)
SOCIALIST_LABOUR = AuthorityEntry(
    "socialist-labour-party-id",
    "Socialist Labour Party (Indonesia)",
    country="ID",
    kinds=("party",),
)


def zeta_workers(country: str, name: str) -> AuthorityEntry:
    return AuthorityEntry(
        f"zeta-workers-party-{country.lower()}",
        f"Zeta Workers' Party ({name})",
        country=country,
        kinds=("party",),
    )


def test_a_name_of_no_country_is_the_entry_of_the_country_of_its_lists_language() -> None:
    authority = Authority((ZETA_LABOUR, ZETA_DEMOCRATS, SOCIALIST_LABOUR))
    assert key_of(authority, "Partai Buruh Zeta", "id") == ZETA_LABOUR.key
    assert key_of(authority, "Zeta Demokratik Partisi", "tr") == ZETA_DEMOCRATS.key
    # three concepts say enough without own words
    assert key_of(authority, "Partai Buruh Sosialis", "id") == SOCIALIST_LABOUR.key
    decision = decide(AuthorityIndex(authority), read_name("Partai Buruh Zeta"), None, "id")
    assert (decision.key, decision.method, decision.doubtful) == (ZETA_LABOUR.key, "spoken", True)


def test_a_list_in_english_or_in_another_countrys_language_decides_nothing() -> None:
    authority = Authority((ZETA_LABOUR, ZETA_DEMOCRATS))
    assert key_of(authority, "Partai Buruh Zeta", "en").startswith("x-")
    assert key_of(authority, "Partai Buruh Zeta", None).startswith("x-")
    assert key_of(authority, "Zeta Demokratik Partisi", "es").startswith("x-")


def test_entries_of_two_countries_that_speak_the_language_decide_nothing() -> None:
    argentina, chile = zeta_workers("AR", "Argentina"), zeta_workers("CL", "Chile")
    assert key_of(Authority((argentina,)), "Partido Zeta de los Trabajadores", "es") == (
        argentina.key
    )
    both = Authority((argentina, chile))
    assert key_of(both, "Partido Zeta de los Trabajadores", "es").startswith("x-")
    # Brazil speaks Portuguese, not Spanish: the Argentinian party is no candidate there
    assert key_of(Authority((argentina,)), "Partido Zeta dos Trabalhadores", "pt").startswith("x-")


def test_a_name_of_two_concepts_alone_meets_only_an_entry_with_no_name_in_the_language() -> None:
    peasants = AuthorityEntry("peasants-party-id", "Peasants' Party (Indonesia)", country="ID")
    assert key_of(Authority((peasants,)), "Partai Petani", "id") == "peasants-party-id"
    named = replace(peasants, names=(Name("Partai Tani Indonesia", "id"),))
    assert key_of(Authority((named,)), "Partai Petani", "id").startswith("x-")


def test_a_name_of_one_concept_decides_nothing() -> None:
    zeta = AuthorityEntry("zeta-party-id", "Zeta Party (Indonesia)", country="ID")
    assert key_of(Authority((zeta,)), "Partai Zeta", "id").startswith("x-")
