"""Signers named in apposition to a "we" that opens a sentence of the lead (issue 18, prose
signers): "We, the X Party, the Y Union and the XKP, declare ...", whatever the verb; a
description between them closed by a comma is passed over; names after "we" that are no
apposition name no signer. Names are made up.
"""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, outside_of, read_text

_TITLE = {
    "en": "Towards a common front",
    "es": "Hacia un frente común",
    "de": "Für eine gemeinsame Front",
    "ru": "К общему фронту",
}


def _text(language: str, lead: str) -> str:
    return f"{_TITLE[language]}\n\n{lead}\n\n{PROSE[language]}\n\n{PROSE[language]}\n"


@pytest.mark.parametrize(
    ("language", "lead", "signers"),
    [
        (
            "en",
            "We, the Xandia Workers' Party, the Zetland Rail Union and the XKP, have decided to "
            "join forces in the coming elections.",
            ["Xandia Workers' Party", "Zetland Rail Union", "XKP"],
        ),
        (
            "es",
            "Nosotros, partidos de ideas cercanas, el Partido Obrero de Xandia, la Unión "
            "Sindical de Zetlandia y el XKP, hemos acordado presentarnos juntos a las elecciones.",
            ["Partido Obrero de Xandia", "Unión Sindical de Zetlandia", "XKP"],
        ),
        (
            "de",
            "Wir, die Xandische Arbeiterpartei, die Gewerkschaft Zetland und die XKP, haben "
            "beschlossen, bei den Wahlen gemeinsam anzutreten.",
            ["Xandische Arbeiterpartei", "Gewerkschaft Zetland", "XKP"],
        ),
        # after a dateline
        (
            "de",
            "XANDIASTADT - Wir, die Xandische Arbeiterpartei, die Gewerkschaft Zetland und die "
            "XKP, haben beschlossen, bei den Wahlen gemeinsam anzutreten.",
            ["Xandische Arbeiterpartei", "Gewerkschaft Zetland", "XKP"],
        ),
        # after a dateline with a comma
        (
            "en",
            "Xandiaville, 20 March (XNA) - We, the Xandia Workers' Party, the Zetland Rail Union "
            "and the XKP, have decided to join forces in the coming elections.",
            ["Xandia Workers' Party", "Zetland Rail Union", "XKP"],
        ),
        (
            "ru",
            "Мы, Рабочая партия Ксании, Профсоюз Зетландии и XKP, решили объединить "
            "силы на выборах.",
            ["Рабочая партия Ксании", "Профсоюз Зетландии", "XKP"],
        ),
    ],
)
def test_names_in_apposition_to_we_are_the_signers(
    language: str, lead: str, signers: list[str]
) -> None:
    document = read_text(_text(language, lead))
    assert outside_of(document) == signers
    assert lists_of(document) == []


@pytest.mark.parametrize(
    ("language", "lead"),
    [
        # members of organisations speak, not the organisations
        (
            "en",
            "We, as members of the Xandia Workers' Party and the Zetland Rail Union, have "
            "decided to join forces in the coming elections.",
        ),
        # the names are what "we" speak of, not who speaks
        (
            "es",
            "Nosotros, trabajadores del ferrocarril, pedimos al Partido Obrero de Xandia, a la "
            "Unión Sindical de Zetlandia y al XKP que rompan el silencio.",
        ),
    ],
)
def test_names_that_are_no_apposition_to_we_sign_nothing(language: str, lead: str) -> None:
    assert outside_of(read_text(_text(language, lead))) == []
