"""The script of a letter and of a text, read in one place (:mod:`kzld.model.scripts`) by the
reader and the resolver alike."""

from __future__ import annotations

import pytest

from kzld.model.scripts import letter_script, script_of


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
