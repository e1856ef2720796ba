"""The cheap checks that let most words pass by the country readings of a case ending, a
joined prefix, an adjective of relation and a name of two words: a word they pass by is one the
full reading finds nothing in, and a word it finds a country in passes them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from kzld.model import countries
from kzld.model.folding import country_key


class _Everything:
    """A set holding every text: the check it stands in for lets every word through."""

    def __contains__(self, item: object) -> bool:
        return True


def _inflected_forms() -> Iterator[str]:
    """Every 40th country or region name (folded), each with every case ending written after
    it whole and after it without a final vowel, and made-up words with the same endings."""
    names, _, _, _ = countries._tables()
    every = sorted({*names, *countries._regions()})[::40]
    every += ["xandia", "zetland", "ostlandia", "kor", "ab"]
    for name in every:
        for ending in countries._inflection()[1]:
            yield name + ending
            yield name[:-1] + ending


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Ukrainy", "UA"),  # a final vowel put back
        ("Griechenlands", "GR"),  # a genitive after the whole name
        ("Böhmens", "CZ"),  # a region's name
        ("Zetlandy", None),
        ("Xandiai", None),
    ],
)
def test_inflected_word(word: str, expected: str | None) -> None:
    assert countries._inflected(country_key(word)) == expected


def test_a_base_check_passes_by_no_word_the_full_reading_names(monkeypatch: Any) -> None:
    words = list(dict.fromkeys(_inflected_forms()))
    checked = [countries._inflected.__wrapped__(w) for w in words]
    monkeypatch.setattr(countries, "_name_bases", _Everything)
    assert checked == [countries._inflected.__wrapped__(w) for w in words]
    assert sum(code is not None for code in checked) > 100


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [("Severne", "Koreje", "KP"), ("Zetlandske", "Koreje", None), ("Koreje", "Severne", None)],
)
def test_inflected_pair(left: str, right: str, expected: str | None) -> None:
    assert countries._inflected_pair(country_key(left), country_key(right)) == expected


def test_a_pair_check_passes_by_no_pair_the_full_reading_names(monkeypatch: Any) -> None:
    names, _, _, _ = countries._tables()
    pairs = [name.split(" ", 1) for name in sorted(names) if name.count(" ") == 1]
    lefts = [left + ending for left, _ in pairs for ending in ("e", "y", "ej", "", "s")]
    rights = [right + ending for _, right in pairs for ending in ("e", "y", "ii", "")]
    asked = list(zip(lefts, rights * 2, strict=False))
    checked = [countries._inflected_pair.__wrapped__(a, b) for a, b in asked]
    monkeypatch.setattr(countries, "_may_open_pair", lambda word: True)
    assert checked == [countries._inflected_pair.__wrapped__(a, b) for a, b in asked]
    assert sum(code is not None for code in checked) > 10


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("الفنزويلي", "VE"),  # an article and "-i"
        ("التونسيين", "TN"),  # the plural
        ("ایرانی", "IR"),  # Persian
        ("הישראלי", "IL"),  # Hebrew
        ("Xandiai", None),  # no ending of relation: passed by
        ("زتلندي", None),  # the ending, no country's name
    ],
)
def test_relation(word: str, expected: str | None) -> None:
    assert countries._relation(country_key(word)) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("بتونس", "TN"),
        ("בישראל", "IL"),
        ("Xandia", None),  # no prefix opens it: passed by
        ("بزتلند", None),  # a prefix, no country's name after it
        ("بمصر", "EG"),  # three letters left
    ],
)
def test_prefixed(word: str, expected: str | None) -> None:
    assert countries._prefixed(country_key(word)) == expected
