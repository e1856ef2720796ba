"""Nothing invented: an abbreviation that the text counts ("six CSO", "tujuh CSO") names a kind
of bodies, as "NGOs" does, and signs nothing, however often the text makes it a sentence's
subject; the same abbreviation that no number counts is read as the one body the text keeps
returning to, and one counted with a word for a kind after it ("three XTU unions") still
signs. Names and places are made up."""

from __future__ import annotations

import pytest

from kzld.parse.signatories.gate import _counted_kind

from .reading import read_text

#: A news item on a joint statement of bodies the text only counts by their kind's abbreviation.
COUNTED = {
    "ms": "Tujuh CSO bantah undang-undang baharu\n\nTujuh CSO di Xandia mengeluarkan satu "
    "memorandum pada hari Isnin.\n\nZETBANDAR - Tujuh CSO membantah undang-undang pertubuhan "
    "yang baharu. CSO menyatakan undang-undang itu menyekat kebebasan. CSO turut meminta "
    "parlimen menangguhkan bacaan kedua. CSO akan berhimpun minggu depan.\n",
    "en": "Six CSO reject the minister's claim\n\nA joint statement issued by six CSO on "
    "Friday.\n\nZEDTOWN - Six CSO denied the minister's claim that they want the government "
    "replaced. CSO said the claim was baseless. CSO also urged the minister to withdraw it. CSO "
    "stressed that they are independent.\n",
}
#: The numbers of each text, as written.
NUMBERS = {"ms": ("Tujuh",), "en": ("Six", "six")}


def _signers(text: str) -> list[str]:
    return [e.raw for s in read_text(text).sections for e in s.entries]


@pytest.mark.parametrize("language", sorted(COUNTED))
def test_a_counted_abbreviation_signs_nothing(language: str) -> None:
    assert _signers(COUNTED[language]) == []


@pytest.mark.parametrize("language", sorted(COUNTED))
def test_uncounted_the_abbreviation_is_the_body_the_text_returns_to(language: str) -> None:
    text = COUNTED[language]
    for number in NUMBERS[language]:
        text = text.replace(f"{number} CSO", "CSO")
    assert _signers(text) == ["CSO"]


def test_a_count_of_what_the_abbreviation_qualifies_is_no_count_of_it() -> None:
    assert not _counted_kind("XTU", "The three XTU unions walked out. XTU said so.")
    assert _counted_kind("CSO", "The three CSO walked out.")


def test_a_lists_number_before_an_abbreviation_counts_nothing() -> None:
    text = (
        "Seit drei Wochen streiken die Hafenarbeiter in Zetland für sichere Arbeit und gerechten"
        " Lohn. Die Gewalt gegen sie muss sofort aufhören.\n\nUnterzeichnet von:\n\n"
        "1. Xandische Arbeiterpartei\n2. XKP\n3) ZVU\n"
    )
    assert _signers(text) == ["Xandische Arbeiterpartei", "XKP", "ZVU"]
    assert not _counted_kind("XKP", "1. Xandia\n2. XKP\n3) ZVU\n")
    assert not _counted_kind("ZVU", "1. Xandia\n2. XKP\n3) ZVU\n")
