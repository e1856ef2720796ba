"""CLDR's country names in the languages of Ethiopia, India, Cambodia, Tajikistan, Somalia,
South Africa and Malaysia are read, in their scripts; those of Latin letters only when longer
than a short word (``SHORT_WORDS``: "Eýran", Turkmen for Iran, is not read)."""

from __future__ import annotations

import pytest

from kzld.model.countries import country_code, find_countries


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("የዜልታ ፓርቲ ኢትዮጵያ", "ET"),  # Amharic
        ("ಭಾರತ ಜೆಲ್ಟಾ ಪಕ್ಷ", "IN"),  # Kannada
        ("ભારત ઝેલ્ટા પક્ષ", "IN"),  # Gujarati
        ("ଭାରତ ଜେଲଟା ଦଳ", "IN"),  # Odia
        ("គណបក្ស ហ្សេលតា កម្ពុជា", "KH"),  # Khmer
        ("Ҳизби Зелтаи Тоҷикистон", "TJ"),  # Tajik
        ("Xisbiga Zelta ee Itoobiya", "ET"),  # Somali
        ("Zelta Party van Duitsland", "DE"),  # Afrikaans
        ("Parti Zelta Jerman", "DE"),  # Malay
    ],
)
def test_a_country_named_in_more_languages(name: str, code: str) -> None:
    assert list(find_countries(name)) == [code]


def test_a_short_name_of_latin_letters_is_not_read() -> None:
    assert country_code("Eýran") is None
    assert list(find_countries("Zelta Eýran")) == []
