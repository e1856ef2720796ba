"""The edges of an enumeration of signers (issue 18, inline names): the last name keeps none of
the short clause that closes its line ("..., the Z League and the W Front issued the following
statement:"), and a name whose own abbreviation spells its first word keeps that word when it is
also a word for a person's post ("Coordinadora Nacional ... (CNTX)", "Sekretariat der ... (SXG)").
Names are made up.
"""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, outside_of, read_text


def _text(language: str, paragraph: str) -> str:
    return f"Statement\n\n{PROSE[language]}\n\n{paragraph}\n\n{PROSE[language]}\n"


@pytest.mark.parametrize(
    ("language", "paragraph", "signers"),
    [
        (
            "en",
            "The Xandia Communist Party, the Zetland Workers Party, the Ypsilon Socialist Union "
            "and the Xandia Forward Bloc issued the following statement:",
            [
                "Xandia Communist Party",
                "Zetland Workers Party",
                "Ypsilon Socialist Union",
                "Xandia Forward Bloc",
            ],
        ),
        (
            "en",
            "Xandia Communist Party (Marxist), Zetland Workers Party, Ypsilon Socialist Union "
            "and Xandia Communist Party (Marxist-Leninist) have signed this statement:",
            [
                "Xandia Communist Party (Marxist)",
                "Zetland Workers Party",
                "Ypsilon Socialist Union",
                "Xandia Communist Party (Marxist-Leninist)",
            ],
        ),
        (
            "es",
            "Partido Comunista de Xandia, Unión Sindical de Zetlandia, Liga Socialista de "
            "Ypsilandia y Frente Obrero Xandiano firmaron la siguiente declaración:",
            [
                "Partido Comunista de Xandia",
                "Unión Sindical de Zetlandia",
                "Liga Socialista de Ypsilandia",
                "Frente Obrero Xandiano",
            ],
        ),
        (
            "fr",
            "CGX, FSZ, Solidaires Ypsilon et UNX ont signé la déclaration suivante :",
            ["CGX", "FSZ", "Solidaires Ypsilon", "UNX"],
        ),
    ],
)
def test_the_last_name_keeps_none_of_the_clause_closing_its_line(
    language: str, paragraph: str, signers: list[str]
) -> None:
    document = read_text(_text(language, paragraph))
    assert lists_of(document) == [signers]
    assert outside_of(document) == []
    assert document.skipped == ()


@pytest.mark.parametrize(
    ("language", "paragraph"),
    [
        # the words after the last name are a sentence of their own: the readers of prose take it
        (
            "en",
            "Xandia Communist Party, Zetland Workers Party, Ypsilon Socialist Union and Xandia "
            "Forward Bloc have met in the capital on Monday and after a long debate issued the "
            "following statement:",
        ),
    ],
)
def test_a_long_sentence_after_the_last_name_is_not_cut_off_as_a_clause(
    language: str, paragraph: str
) -> None:
    document = read_text(_text(language, paragraph))
    assert "Xandia Forward Bloc" not in [e for entries in lists_of(document) for e in entries]


@pytest.mark.parametrize(
    ("language", "paragraph", "signers"),
    [
        (
            "es",
            "La declaración fue firmada por la Coordinadora Nacional de Trabajadores Xandianos "
            "(CNTX), el Partido Obrero de Zetlandia y la Liga Socialista de Ypsilandia.",
            [
                "Coordinadora Nacional de Trabajadores Xandianos (CNTX)",
                "Partido Obrero de Zetlandia",
                "Liga Socialista de Ypsilandia",
            ],
        ),
        (
            "pt",
            "A declaração foi assinada pela Secretaria Nacional dos Trabalhadores Xandianos "
            "(SNTX), pelo Partido Operário da Zetlândia e pela Liga Socialista de Ypsilândia.",
            [
                "Secretaria Nacional dos Trabalhadores Xandianos (SNTX)",
                "Partido Operário da Zetlândia",
                "Liga Socialista de Ypsilândia",
            ],
        ),
        (
            "de",
            "Die Erklärung wurde vom Sekretariat der Xandischen Gewerkschaften (SXG), der "
            "Zetländischen Arbeiterpartei und dem Ypsilon-Bund unterzeichnet.",
            [
                "Sekretariat der Xandischen Gewerkschaften (SXG)",
                "Zetländischen Arbeiterpartei",
                "Ypsilon-Bund",
            ],
        ),
    ],
)
def test_a_post_word_spelled_by_the_abbreviation_is_the_names_own(
    language: str, paragraph: str, signers: list[str]
) -> None:
    document = read_text(_text(language, paragraph))
    assert outside_of(document) == signers
