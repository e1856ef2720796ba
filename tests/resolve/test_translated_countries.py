"""A translation names its country as its language does: in a case ending (Basque "-ko",
Kurmanji "-yê", Ukrainian "-ії"), after a link word ("din" in Romanian, "cha" in Swahili), in
CLDR's name in that language; it meets the entry of that country and no other. The type words
and link words of these languages are known ("mga", "वर्कर्स", Arabic and Persian plurals)."""

from __future__ import annotations

import pytest

from kzld.resolve.orgs.analysis import signature
from kzld.resolve.orgs.authority import Authority, AuthorityEntry

from .resolving import keys_of

ZELTA = AuthorityEntry(
    key="zelta-party", name="Zelta Party of Kenya", country="KE", kinds=("party",)
)
ZELTA_COMMUNISTS = AuthorityEntry(
    key="zelta-communist-party", name="Zelta Communist Party", country="KE", kinds=("party",)
)
AUTHORITY = Authority((ZELTA, ZELTA_COMMUNISTS))


@pytest.mark.parametrize(
    "name",
    [
        "Partidul Zelta din Kenya",  # Romanian
        "Chama cha Zelta cha Kenya",  # Swahili
        "Keniako Zelta Alderdia",  # Basque
        "Partiya Zelta a Kenyayê",  # Kurmanji
        "Zelta партія Кенії",  # Ukrainian
        "Kenijos Zelta partija",  # Lithuanian
    ],
)
def test_a_translation_names_its_country_in_its_language(name: str) -> None:
    assert keys_of(AUTHORITY, [name]) == ["zelta-party"]


def test_a_translation_of_another_country_is_another_organisation() -> None:
    assert keys_of(AUTHORITY, ["Partidul Zelta din Grecia", "Greziako Zelta Alderdia"]) == [
        "x-zelta-party-gr",
        "x-zelta-party-gr",
    ]


def test_swahili_communist() -> None:
    assert keys_of(AUTHORITY, ["Chama cha Kikomunisti cha Zelta"]) == ["zelta-communist-party"]


@pytest.mark.parametrize(
    ("name", "concepts", "words"),
    [
        ("Partido ng mga Manggagawa ng Zelta", {"party", "workers"}, {"zelta"}),  # Tagalog "mga"
        ("जेल्टा वर्कर्स पार्टी", {"workers", "party"}, {"jelta"}),  # Hindi, from English
        ("جمعية النقابات الزلتية", {"association", "trade-union"}, {"lzltyh"}),  # Arabic plural
        ("انجمن سندیکاهای زلتا", {"association", "trade-union"}, {"zlt"}),  # Persian plural
    ],
)  # fmt: skip
def test_type_words_and_link_words_of_these_languages(
    name: str, concepts: set[str], words: set[str]
) -> None:
    found = signature(name)
    assert (set(found.concepts), set(found.words)) == (concepts, words)
