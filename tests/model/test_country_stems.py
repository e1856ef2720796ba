"""Adjective stems are looked up by a word's beginnings (:func:`kzld.model.countries._stem_index`),
with the answers of trying every stem in turn: the longest stem a word starts with gives its
country, and an adjective names every country of every stem it starts with."""

from __future__ import annotations

import pytest

from kzld.model import countries
from kzld.model.folding import country_key
from kzld.model.yamlio import safe_load
from kzld.resources import organisations_file


def _every_stem_in_turn(word: str) -> str | None:
    for stem, code in countries._inflection()[0]:
        if word.startswith(stem):
            return code
    return None


def _words() -> list[str]:
    """Every stem, a letter short of it and with endings; every word of the authority's names."""
    words: set[str] = set()
    for stem, _ in countries._inflection()[0]:
        words.update({stem, stem[:-1], stem + "a", stem + "ische", stem + "ого", stem + "ي"})
    data = safe_load(organisations_file().read_text(encoding="utf-8"))
    for entry in data["organisations"]:
        names = [entry.get("name") or "", *(entry.get("forms") or [])]
        for found in (entry.get("names") or {}).values():
            names += found if isinstance(found, list) else [found]
        for name in names:
            words.update(country_key(str(name)).split())
    return sorted(words)


WORDS = _words()


def test_the_longest_stem_gives_the_country() -> None:
    assert [countries._stem_country(w) for w in WORDS] == [_every_stem_in_turn(w) for w in WORDS]
    assert sum(countries._stem_country(w) is not None for w in WORDS) > 100


@pytest.mark.parametrize("text", ["Partido Comunista Alemán", "немецкой рабочей партии"])
def test_an_adjective_names_the_countries_of_every_stem_it_starts_with(text: str) -> None:
    expected: set[str] = set()
    for word in country_key(text).split():
        expected.update(c for s, c in countries._inflection()[0] if word.startswith(s))
    assert expected <= countries.adjective_countries(text)
    assert "DE" in countries.adjective_countries(text)
