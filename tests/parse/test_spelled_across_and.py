"""A name's own word for "and": when the bracketed abbreviation after the words past an "and"
spells the initials of the words before it too, the "and" is inside one name ("Xandia Odalar ve
Borsalar Birliği (XOBB)"), and the name is read whole, not cut in two (issue 18: nothing
invented, nothing lost). An abbreviation that spells only the words after the "and" closes a
second name. Names are made up.
"""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text


def _signers(sentence: str, language: str) -> list[str]:
    return outside_of(read_text(f"Statement\n\n{sentence}\n\n{PROSE[language]}\n"))


@pytest.mark.parametrize(
    ("language", "sentence", "first"),
    [
        # the subject of the opening sentence (cut in two after it was read)
        ("en",
         "The Xandia Teachers Union and Nurses Federation (XTUNF), the Zetland Teachers' Union "
         "and the Ypsilon Nurses' Association signed the joint statement.",
         "Xandia Teachers Union and Nurses Federation (XTUNF)"),
        # the subject after words that open the sentence (its first part was lost)
        ("tr",
         "Ortak bildiriyi Xandia Ticaret Odaları ve Borsalar Birliği (XTOBB), Zetland İşçi "
         "Sendikaları Konfederasyonu ve Ypsilon Esnaf Konfederasyonu imzaladı.",
         "Xandia Ticaret Odaları ve Borsalar Birliği (XTOBB)"),
        # after a verb of signing (its first part was lost)
        ("it",
         "Hanno firmato la dichiarazione congiunta la Camera di Commercio e Industria di Xandia "
         "(CCIX), la Federazione dei Lavoratori di Zetland e il Sindacato Ypsilon degli "
         "Insegnanti.",
         "Camera di Commercio e Industria di Xandia (CCIX)"),
    ],
)  # fmt: skip
def test_an_abbreviation_spelling_both_sides_keeps_the_and_inside_the_name(
    language: str, sentence: str, first: str
) -> None:
    signers = _signers(sentence, language)
    assert len(signers) == 3
    assert signers[0] == first


@pytest.mark.parametrize(
    ("language", "sentence", "signers"),
    [
        ("en",
         "The Xandia Teachers Union and the Zetland Nurses Federation (ZNF) signed the joint "
         "statement on the new labour law.",
         ["Xandia Teachers Union", "Zetland Nurses Federation (ZNF)"]),
        ("it",
         "Hanno firmato la dichiarazione congiunta la Federazione dei Lavoratori di Zetland, il "
         "Sindacato Ypsilon degli Insegnanti e la Camera di Commercio di Xandia (CCX).",
         ["Federazione dei Lavoratori di Zetland", "Sindacato Ypsilon degli Insegnanti",
          "Camera di Commercio di Xandia (CCX)"]),
    ],
)  # fmt: skip
def test_an_abbreviation_of_the_last_name_alone_closes_a_second_name(
    language: str, sentence: str, signers: list[str]
) -> None:
    assert _signers(sentence, language) == signers
