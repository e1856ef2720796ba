"""Names alike that are not spellings of one name: a word of the list's language that another
language spells alike (a Norwegian list's "Sentrapartiet" is no misspelling of a Swedish
"Zentrapartiet"), and two names in Chinese characters whose romanisations differ by a letter
(two characters, not an ending)."""

from __future__ import annotations

import pytest

from kzld.model.records import Entry, Name, Span
from kzld.resolve.orgs import OrganisationResolver
from kzld.resolve.orgs.authority import Authority, AuthorityEntry

from .resolving import key_of

#: A party of Sweden the authority knows by its Swedish name only.
ZENTRA = AuthorityEntry(
    key="zentra-party",
    name="Zentra Party (Sweden)",
    names=(Name("Zentrapartiet", "sv"),),
    country="SE",
    kinds=("party",),
)
#: A movement of Russia the authority knows by its Russian name only.
ZELENOGRAD = AuthorityEntry(
    key="zelenogradovka",
    name="Zelenogradovka Movement",
    names=(Name("Зеленоградовка", "ru"),),
    country="RU",
    kinds=("movement",),
)
#: A party of Taiwan the authority knows by its name in characters.
XINGMING = AuthorityEntry(
    key="xingming-party",
    name="Xingming Party",
    names=(Name("星明党", "zh"),),
    country="TW",
    kinds=("party",),
)
AUTHORITY = Authority((ZENTRA, ZELENOGRAD, XINGMING))


def _key(name: str, language: str | None) -> str:
    return key_of(AUTHORITY, name, language)


@pytest.mark.parametrize(
    ("written", "language", "key"),
    [
        ("Zentrapartiet", "no", ZENTRA.key),  # the name as the authority lists it
        ("Zentraparitet", "sv", ZENTRA.key),  # misspelt in its own language
        ("Sentrapartiet", "en", ZENTRA.key),  # misspelt in an English list
        ("Zelenogradovka", "en", ZELENOGRAD.key),
        ("Зеленоградовко", "ru", ZELENOGRAD.key),
    ],
)
def test_a_misspelt_name_meets_its_entry(written: str, language: str, key: str) -> None:
    assert _key(written, language) == key


@pytest.mark.parametrize(
    ("written", "language"),
    [
        ("Sentrapartiet", "no"),  # Norwegian, a word of its own
        ("Sentrapartiet", "da"),  # Danish
        ("Зеленоградівка", "uk"),  # Ukrainian
    ],
)
def test_a_name_of_another_language_spelt_alike_is_another_organisation(
    written: str, language: str
) -> None:
    assert _key(written, language).startswith("x-")


def test_a_decision_on_a_name_spelt_alike_is_kept_for_its_language() -> None:
    resolver = OrganisationResolver(AUTHORITY)
    entry = Entry(1, "Sentrapartiet", Span(0, 13), "Sentrapartiet")
    keys = [
        resolver.resolve_entry(entry, language=language, document=f"{i}.txt")
        for i, language in enumerate(("en", "no", "sv", "no"))
    ]
    assert keys[0] == keys[2] == ZENTRA.key
    assert keys[1] == keys[3] != ZENTRA.key


def test_names_in_characters_are_one_only_with_the_same_characters() -> None:
    assert _key("星明黨", "zh") == XINGMING.key  # traditional "黨" of "党": read alike
    assert _key("星民黨", "zh").startswith("x-")  # "民", min, is no "明", ming
    assert _key("星民党", "ja").startswith("x-")


def test_a_portuguese_name_of_students_translates_its_entry() -> None:
    union = AuthorityEntry(
        key="xandian-students",
        name="National Union of Students (Xandia)",
        abbreviations=("UNZX",),
        country="BR",
        kinds=("youth-organisation",),
    )
    resolver = OrganisationResolver(Authority((union,)))
    text = "União Nacional dos Estudantes (UNZX)"
    entry = Entry(1, text, Span(0, len(text)), "União Nacional dos Estudantes", "UNZX")
    assert resolver.resolve_entry(entry, language="pt", document="a.txt") == union.key


def test_a_name_copied_with_a_link_word_less_is_its_entry_in_any_list() -> None:
    zelvar = AuthorityEntry(
        key="zelvar",
        name="Zelvar of the Quintanos",
        names=(Name("Zelvar de los Quintanos", "es"),),
        country="AR",
        kinds=("movement",),
    )
    resolver = OrganisationResolver(Authority((zelvar,)))
    text = "Zelvar los Quintanos"
    entry = Entry(1, text, Span(0, len(text)), text)
    assert resolver.resolve_entry(entry, language="it", document="a.txt") == zelvar.key
