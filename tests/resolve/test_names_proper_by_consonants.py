"""A new organisation's name proper of one word written in a script without vowels (Arabic,
Hebrew) is the one name proper of the corpus written in Latin letters with those consonants and
vowels its letters may write: "זטרים – ..." in one text and "Zetarim – ..." in another are one
new organisation, as the authority's names proper are met."""

from __future__ import annotations

import pytest

from kzld.resolve.orgs.authority import Authority, load_authority
from kzld.resolve.orgs.defined import READ, SPELT, Definition, Definitions

from .resolving import corpus_keys


@pytest.fixture(scope="module")
def authority() -> Authority:
    return load_authority()


def test_a_hebrew_and_an_arabic_name_proper_are_the_latin_one(authority: Authority) -> None:
    keys, _ = corpus_keys(
        authority,
        [("Zetarim - Neighbours Acting", None), ("זטרים – שכנים פועלים", None), ("زتريم", None)],
    )
    assert keys == ["x-zetarim-neighbours-acting"] * 3


def test_two_latin_names_of_those_consonants_give_the_abjad_name_neither(
    authority: Authority,
) -> None:
    keys, _ = corpus_keys(
        authority,
        [("Zetarim - Neighbours Acting", None), ("Zotarem", None), ("זטרים", None)],
    )
    assert keys == ["x-zetarim-neighbours-acting", "x-zotarem", "x-ztrym"]


def test_letters_that_write_no_vowel_of_the_latin_name_keep_them_apart(
    authority: Authority,
) -> None:
    # the yod writes an i or an e, never the a of "Zutram"
    keys, _ = corpus_keys(authority, [("Zutram", None), ("זטרים", None)])
    assert keys == ["x-zutram", "x-ztrym"]


def test_a_name_of_two_words_defines_no_consonants(authority: Authority) -> None:
    keys, _ = corpus_keys(authority, [("Zetarim Velka", None), ("זטרים", None)])
    assert keys == ["x-zetarim-velka", "x-ztrym"]


def _spelt(key: str, country: str | None = None) -> Definition:
    return Definition(f"{SPELT}strm{SPELT}zetarim", key, country, ())


def _read(key: str, country: str | None = None) -> Definition:
    return Definition(f"{READ}strm{READ}זטרים", key, country, ())


def test_two_countries_join_nothing() -> None:
    defined = Definitions([_spelt("x-zetarim", "TD"), _read("x-ztrym", "NE")])
    assert defined.key("x-ztrym") == "x-ztrym"
    assert Definitions([_spelt("x-zetarim", "TD"), _read("x-ztrym")]).key("x-ztrym") == "x-zetarim"


def test_an_authority_entrys_name_joins_nothing() -> None:
    known = Definition(f"{SPELT}strm{SPELT}zetarim", "zetarim", None, (), known=True)
    assert Definitions([known, _read("x-ztrym")]).key("x-ztrym") == "x-ztrym"
