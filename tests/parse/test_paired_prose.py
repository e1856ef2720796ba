"""Signers named in running prose as pairs of a person and an organisation, after a word of
signing ("The agreement was signed by Name Surname – X Party, Name Surname – Y Union and ...",
"„X“ – Name Surname, „Y“ – Name Surname"): the organisations sign, the persons do not; the same
pairs in a sentence that says nothing of signing name no signer. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text

#: Each case: the sentences with the pairs (a word of signing in the first), the organisations.
CASES = {
    "en": (
        "The agreement was signed on Monday in Xandiaville. Present for the signatories were "
        "Mara Velkova – Xandia Labour Party, Ivo Drenko – Zetland Green Movement and Tomas "
        "Harlan – Union of Xandian Teachers.",
        ["Xandia Labour Party", "Zetland Green Movement", "Union of Xandian Teachers"],
    ),
    "es": (
        "El acuerdo ha sido firmado en la sede de la federación, de izquierda a derecha, por "
        "Lucía Marbel – Partido Obrero de Xandia, Andrés Tolvo – Frente Verde de Zetlandia, "
        "Pau Ferran – Unión Campesina Xandiana.",
        ["Partido Obrero de Xandia", "Frente Verde de Zetlandia", "Unión Campesina Xandiana"],
    ),
    "ka": (
        "დღეს ქარტიას ხელი მოაწერეს პარტიებმა:\n\n„ზეტლანდის მწვანეთა პარტია“ – ნიკა "
        "ბერიძე, „ახალი ქსანდია“ – ანა ლომიძე, „ხალხის ხმა“ – გიორგი კაპანაძე.",
        ["ზეტლანდის მწვანეთა პარტია", "ახალი ქსანდია", "ხალხის ხმა"],
    ),
}


@pytest.mark.parametrize("language", sorted(CASES))
def test_the_organisations_paired_with_persons_sign(language: str) -> None:
    pairs, signers = CASES[language]
    document = read_text(f"{PROSE['en']}\n\n{pairs}\n")
    assert outside_of(document) == signers


def test_pairs_in_a_sentence_of_no_signing_name_no_signer() -> None:
    pairs = (
        "The debate in Xandiaville was lively. Speakers were Mara Velkova – Xandia Labour "
        "Party, Ivo Drenko – Zetland Green Movement and Tomas Harlan – Union of Xandian Teachers."
    )
    document = read_text(f"{PROSE['en']}\n\n{pairs}\n")
    assert outside_of(document) == []
