"""``ascii_digits``: the digits of every script written as ASCII digits, one for one; a text
with none of them comes back as it is."""

from __future__ import annotations

import pytest

from kzld.parse.dates import ascii_digits


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Zetgrad, ٢٠٣١/٥/١٤", "Zetgrad, 2031/5/14"),  # Arabic-Indic
        ("জেটগ্রাদ, ২৮ ডিসেম্বর ২০৩১", "জেটগ্রাদ, 28 ডিসেম্বর 2031"),  # Bengali
        ("Xandia ２０３１年", "Xandia 2031年"),  # fullwidth
        ("Zetgrad, 14 March 2031", "Zetgrad, 14 March 2031"),
        ("Зетград, 14 марта 2031 г.", "Зетград, 14 марта 2031 г."),  # no digit of another script
    ],
)
def test_ascii_digits(text: str, written: str) -> None:
    found = ascii_digits(text)
    assert found == written
    assert len(found) == len(text)
