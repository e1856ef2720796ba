"""The script of a letter and of a text, read in one place (:mod:`kzld.model.scripts`) by the
reader and the resolver alike."""

from __future__ import annotations

import pytest

from kzld.model.scripts import (
    country_languages,
    language_countries,
    language_of_tag,
    letter_script,
    script_of,
)


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("Xandia Party", "LATIN"),
        ("«Партия Зетланда»", "CYRILLIC"),
        ("حزب زيدلاند", "ARABIC"),
        ("ზედლანდის პარტია", "GEORGIAN"),
        ("ゼトランド党", "KATAKANA"),
        # half-width kana and hangul are their scripts, not "HALFWIDTH"
        ("ｾﾞﾄﾗﾝﾄﾞ", "KATAKANA"),
        ("ﾾﾡ", "HANGUL"),
        ("(1) 2020", ""),
    ],
)
def test_the_script_of_a_text_is_its_first_letters(text: str, script: str) -> None:
    assert script_of(text) == script
    letter = next((c for c in text if c.isalpha()), None)
    assert letter is None or letter_script(letter) == script


def test_the_languages_a_country_speaks_by_their_primary_tag() -> None:
    assert [language_of_tag(t) for t in ("pt-BR", "tl", "iw", "sr_Latn", "es")] == [
        "pt",
        "fil",
        "he",
        "sr",
        "es",
    ]
    assert "pt" in country_languages("BR") and "es" not in country_languages("BR")
    assert {"en", "fr"} <= country_languages("CA")
    assert country_languages("ZZ") == frozenset()


def test_the_countries_that_speak_a_language_are_those_whose_languages_hold_it() -> None:
    assert language_countries("id") == {"ID"}
    assert {"ES", "MX", "AR"} <= language_countries("es") and "BR" not in language_countries("es")
    assert all("es" in country_languages(code) for code in language_countries("es"))
    assert language_countries("tr") == {"TR", "CY"}
    assert language_countries("xx") == frozenset()
