"""What a stated total is, as bench/devcorpus/README.md settles it (twenty-sixth session): the
number the text states of the statement's signers. A pair named and counted back ("the two
parties", "both parties") states none, a count of two opening the text states two; a count of
the signers beside one named ("X signs with 12 organisations") states that count, not one more.
(A lower bound, "more than 60", states its number: test_totals.py and test_class_languages.py.)
Texts, parties and places are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import read_text


def _total(text: str) -> int | None:
    return read_text(text).stated_total


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "The Zetland Labour Party signs an agreement with 12 organisations"),
        ("es", "El Partido Laborista de Zetlandia firma un acuerdo con 12 organizaciones"),
        ("de", "Die Arbeitspartei Zetlands unterzeichnet eine Vereinbarung mit 12 Organisationen"),
        ("ru", "Трудовая партия Зетландии подписала соглашение с 12 организациями"),
    ],
)
def test_a_count_beside_the_one_named_is_the_number_stated(language: str, title: str) -> None:
    assert _total(f"{title}\n\n{PROSE[language]}\n") == 12


@pytest.mark.parametrize(
    ("language", "lead", "back"),
    [
        (
            "en",
            "The Zetland Labour Party and the Xandia Workers' Party signed an agreement today.",
            "The two parties agree to stand joint candidates in every district of the region.",
        ),
        (
            "pt",
            "O Partido Laborista da Zetlândia e o Partido Operário da Xândia assinaram hoje um "
            "acordo.",
            "Os dois partidos concordam em apresentar candidatos comuns em todos os distritos.",
        ),
        (
            "ru",
            "Трудовая партия Зетландии и Рабочая партия Ксандии подписали сегодня соглашение.",
            "Обе партии договорились выставить общих кандидатов во всех округах региона.",
        ),
    ],
)
def test_a_pair_named_and_counted_back_is_no_total(language: str, lead: str, back: str) -> None:
    text = f"Agreement\n\n{lead} {PROSE[language]}\n\n{back} {PROSE[language]}\n"
    assert _total(text) is None


@pytest.mark.parametrize(
    ("language", "lead", "back"),
    [
        (
            "en",
            "The Zetland Labour Party, the Xandia Workers' Party and the Ypsiland Green Party "
            "signed an agreement today.",
            "The three parties agree to stand joint candidates in every district of the region.",
        ),
        (
            "pt",
            "O Partido Laborista da Zetlândia, o Partido Operário da Xândia e o Partido Verde da "
            "Ípsilândia assinaram hoje um acordo.",
            "Os três partidos concordam em apresentar candidatos comuns em todos os distritos.",
        ),
    ],
)
def test_three_named_and_counted_back_are_the_total(language: str, lead: str, back: str) -> None:
    text = f"Agreement\n\n{lead} {PROSE[language]}\n\n{back} {PROSE[language]}\n"
    assert _total(text) == 3


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Two unions of Zetland sign a joint statement on wages"),
        ("es", "Dos sindicatos de Zetlandia firman una declaración conjunta sobre los salarios"),
        ("de", "Zwei Gewerkschaften Zetlands unterzeichnen eine gemeinsame Erklärung"),
    ],
)
def test_a_count_of_two_opening_the_text_is_the_total(language: str, title: str) -> None:
    assert _total(f"{title}\n\n{PROSE[language]}\n") == 2
