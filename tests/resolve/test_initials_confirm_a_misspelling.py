"""A name like an entry's but for a misspelt word where the entry's name says its country is
that entry when the name's initials spell the entry's abbreviation: the letters say the word is
the country's, misspelt ("Sudenese" for "Sudanese"); without the abbreviation, a word that far
from the country's name may be another word. Two countries' words never meet."""

from __future__ import annotations

import pytest

from kzld.resolve.orgs.authority import Authority, AuthorityEntry
from tests.resolve.resolving import key_of

WRITERS = AuthorityEntry(
    key="sudanese-zeltan-writers-association",
    name="Sudanese Zeltan Writers Association",
    abbreviations=("SZWA",),
    country="SD",
    kinds=("association",),
)
UNLETTERED = AuthorityEntry(
    key=WRITERS.key, name=WRITERS.name, country=WRITERS.country, kinds=WRITERS.kinds
)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Sudenese Zeltan Writers Association", WRITERS.key),
        ("Sudanes Zeltan Writers Association", WRITERS.key),  # close enough without the letters
        ("Senegalese Zeltan Writers Association", "x-zeltan-writers-association-sn"),
        ("Suda Zeltan Writers Association", "x-suda-zeltan-writers-association"),
    ],
)
def test_the_initials_of_a_misspelt_name_spell_its_entry(name: str, key: str) -> None:
    assert key_of(Authority((WRITERS,)), name, "en") == key


def test_without_an_abbreviation_the_misspelt_word_stays_another() -> None:
    authority = Authority((UNLETTERED,))
    assert key_of(authority, "Sudenese Zeltan Writers Association", "en") == (
        "x-sudenese-zeltan-writers-association"
    )
    assert key_of(authority, "Sudanes Zeltan Writers Association", "en") == UNLETTERED.key
