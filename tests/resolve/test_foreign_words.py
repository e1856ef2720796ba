"""A name whose own words are written in a script none of the entry's names is written in (nor
one compared by its consonants) meets the entry by its concepts and its country, when the entry
is the one of that country with a name of those concepts: its own words are a translation or a
transliteration that cannot be compared ("泽尔塔" of "Zelta"). Taken, and listed for review."""

from __future__ import annotations

from kzld.model.records import Entry, Name, Span
from kzld.resolve.orgs import OrganisationResolver
from kzld.resolve.orgs.analysis import signature
from kzld.resolve.orgs.authority import Authority, AuthorityEntry
from tests.resolve.resolving import keys_of

ZELTA = AuthorityEntry(
    key="communist-party-of-zelta-and-norwick",
    name="Communist Party of Zelta and Norwick",
    country="GR",
    kinds=("party",),
)
#: Another communist party of the same country.
OTHER = AuthorityEntry(
    key="zetland-communist-party",
    name="Zetland Communist Party",
    country="GR",
    kinds=("party",),
)
#: The name in Chinese: Greece, "Zelta-Norwick" in Chinese characters, communist, party.
CHINESE = "希腊泽尔塔诺威克共产党"


def test_the_name_reads_as_its_concepts_its_country_and_own_words() -> None:
    sig = signature(CHINESE)
    assert sig.concepts == {"communist", "party"}
    assert sig.countries == {"GR"}
    assert sig.words


def test_own_words_in_another_script_meet_the_one_entry_of_the_country() -> None:
    resolver = OrganisationResolver(Authority((ZELTA,)))
    key = resolver.resolve_entry(
        Entry(1, CHINESE, Span(0, len(CHINESE)), CHINESE), language="zh", document="a.txt"
    )
    assert key == ZELTA.key
    [doubt] = resolver.report().doubts
    assert doubt.reason.startswith("own words in another script")


def test_two_entries_of_the_country_with_those_concepts_decide_nothing() -> None:
    assert keys_of(Authority((ZELTA, OTHER)), [CHINESE])[0].startswith("x-")


def test_an_entry_with_a_name_in_that_script_is_compared_by_its_words() -> None:
    written = AuthorityEntry(
        key=ZELTA.key,
        name=ZELTA.name,
        names=(Name("泽塔共产党", "zh"),),
        country="GR",
        kinds=("party",),
    )
    assert keys_of(Authority((written,)), [CHINESE])[0].startswith("x-")


def test_other_countries_other_scripts_and_one_concept_are_not_taken() -> None:
    authority = Authority((ZELTA,))
    names = [
        "日本泽尔塔诺威克共产党",  # Japan: another country
        "Partido Comunista de Zeltana (Grecia)",  # Latin letters: compared by their spelling
        "希腊泽尔塔诺威克党",  # a party of Greece, but not said to be communist
    ]
    assert all(key.startswith("x-") for key in keys_of(authority, names))
