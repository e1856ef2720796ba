"""Names joined by a word for "and" before an article elided onto the next name ("... de
Zetlande et l’Association ...", "... di Zetlandia e l'Associazione ..."): the article opens a
name as one written apart does, so the two are two names, in a text's opening sentence and in
a sentence of signing. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text

#: Each case: the four names, in a sentence opening the text and in a sentence of signing.
CASES = {
    "fr": (
        "La Fédération des locataires de Zedville, le Parti ouvrier de Xandie, l'Union des "
        "enseignants de Zetlande et l'Association des jeunes de Zetlande ont signé une "
        "déclaration contre les expulsions.",
        "La déclaration a été signée par la Fédération des locataires de Zedville, le Parti "
        "ouvrier de Xandie, l’Union des enseignants de Zetlande et l’Association des jeunes de "
        "Zetlande.",
        [
            "Fédération des locataires de Zedville",
            "Parti ouvrier de Xandie",
            "Union des enseignants de Zetlande",
            "Association des jeunes de Zetlande",
        ],
    ),
    "it": (
        "La Federazione degli inquilini di Zedville, il Partito operaio di Xandia, l'Unione "
        "degli insegnanti di Zetlandia e l'Associazione dei giovani di Zetlandia hanno firmato "
        "una dichiarazione contro gli sfratti.",
        "La dichiarazione è stata firmata dalla Federazione degli inquilini di Zedville, dal "
        "Partito operaio di Xandia, dall'Unione degli insegnanti di Zetlandia e dall'Associazione "
        "dei giovani di Zetlandia.",
        [
            "Federazione degli inquilini di Zedville",
            "Partito operaio di Xandia",
            "Unione degli insegnanti di Zetlandia",
            "Associazione dei giovani di Zetlandia",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(CASES))
def test_names_joined_before_an_elided_article_open_the_text_apart(language: str) -> None:
    opening, _, names = CASES[language]
    document = read_text(f"Title\n\n{opening}\n\n{PROSE[language]}\n")
    assert outside_of(document) == names


@pytest.mark.parametrize("language", sorted(CASES))
def test_names_joined_before_an_elided_article_sign_apart(language: str) -> None:
    _, signing, names = CASES[language]
    document = read_text(f"Title\n\n{PROSE[language]}\n\n{signing}\n")
    assert outside_of(document) == names


def test_a_name_of_two_parts_joined_without_an_article_stays_one() -> None:
    opening = (
        "Le Parti ouvrier de Xandie, l'Union des enseignants de Zetlande et la Ligue pour la "
        "Paix et Liberté de Zetlande ont signé une déclaration contre les expulsions."
    )
    document = read_text(f"Title\n\n{opening}\n\n{PROSE['fr']}\n")
    assert outside_of(document) == [
        "Parti ouvrier de Xandie",
        "Union des enseignants de Zetlande",
        "Ligue pour la Paix et Liberté de Zetlande",
    ]
