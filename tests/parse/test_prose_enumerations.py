"""Signers named in running prose with no list around them (issue 18, prose signers): a name
written in sentence case between two separators of an enumeration is read whole ("Forum delle
famiglie", "Antirasistisk senter"), where capitals alone would end it at its first word in lower
case. Names are made up.
"""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, outside_of, read_text

_TITLE = {
    "it": "Appello per la ferrovia di Xandia",
    "es": "Declaración sobre la huelga ferroviaria",
    "en": "Joint statement on the rail strike",
    "no": "Erklæring om jernbanestreiken",
}


_PROSE = {
    **PROSE,
    "no": "Jernbanearbeiderne i regionen har streiket i tre uker mot de nye lønnsreglene, og "
    "regjeringen har svart med arrestasjoner og med forbud mot alle møter i hele landet.",
}


def _text(language: str, paragraph: str) -> str:
    return f"{_TITLE[language]}\n\n{_PROSE[language]}\n\n{paragraph}\n\n{_PROSE[language]}\n"


@pytest.mark.parametrize(
    ("language", "paragraph", "signers"),
    [
        (
            "it",
            "Hanno sottoscritto l'appello la Rete Xandia più bella, la Cgx, il Forum delle "
            "famiglie xandiane, l'Unione dei pescatori zetlandesi e il Partito Operaio di "
            "Zetlandia.",
            [
                "Rete Xandia più bella",
                "Cgx",
                "Forum delle famiglie xandiane",
                "Unione dei pescatori zetlandesi",
                "Partito Operaio di Zetlandia",
            ],
        ),
        (
            "es",
            "Han firmado la declaración la Plataforma contra la pobreza, Xandia Solidaria, "
            "Foro de mujeres zetlandesas y el Partido Obrero de Zetlandia.",
            [
                "Plataforma contra la pobreza",
                "Xandia Solidaria",
                "Foro de mujeres zetlandesas",
                "Partido Obrero de Zetlandia",
            ],
        ),
        (
            "en",
            "The statement was signed by the Xandia Peace Council, Network against poverty, "
            "Women for peace in Xandia and the Zetland Rail Union.",
            [
                "Xandia Peace Council",
                "Network against poverty",
                "Women for peace in Xandia",
                "Zetland Rail Union",
            ],
        ),
    ],
)
def test_a_name_in_sentence_case_between_separators_is_read_whole(
    language: str, paragraph: str, signers: list[str]
) -> None:
    document = read_text(_text(language, paragraph))
    assert outside_of(document) == signers
    assert lists_of(document) == []


@pytest.mark.parametrize(
    ("language", "paragraph", "signers"),
    [
        # a clause after the last name is no name's
        (
            "it",
            "Hanno sottoscritto l'appello la Rete Xandia, UPX e CGX, che chiedono un incontro.",
            ["Rete Xandia", "UPX", "CGX"],
        ),
    ],
)
def test_what_is_no_name_is_not_read_into_one(
    language: str, paragraph: str, signers: list[str]
) -> None:
    document = read_text(_text(language, paragraph))
    assert outside_of(document) == signers


@pytest.mark.parametrize(
    ("language", "paragraph", "signers"),
    [
        (
            "no",
            "Bredden er stor blant de 30 organisasjonene bak erklæringen. Her finner vi blant "
            "annet Xandiaforeningen og Zetlands Kvinneforbund, XKP og Xandias Kvinneråd.",
            ["Xandiaforeningen", "Zetlands Kvinneforbund", "XKP", "Xandias Kvinneråd"],
        ),
        (
            "en",
            "The appeal is supported by some forty organisations. Among them the Xandia Peace "
            "Council, the Zetland Rail Union, the XKP and Women for peace in Xandia.",
            ["Xandia Peace Council", "Zetland Rail Union", "XKP", "Women for peace in Xandia"],
        ),
        (
            "es",
            "Numerosas organizaciones respaldan el manifiesto. Entre ellas el Partido Obrero de "
            "Xandia, la Unión Sindical de Zetlandia, el XKP y la Plataforma contra la pobreza.",
            [
                "Partido Obrero de Xandia",
                "Unión Sindical de Zetlandia",
                "XKP",
                "Plataforma contra la pobreza",
            ],
        ),
    ],
)
def test_a_sentence_enumerating_names_after_one_of_backers_names_signers(
    language: str, paragraph: str, signers: list[str]
) -> None:
    document = read_text(_text(language, paragraph))
    assert outside_of(document) == signers


@pytest.mark.parametrize(
    ("language", "paragraph"),
    [
        # what organisations condemn is the argument's
        (
            "en",
            "The appeal is supported by some forty organisations. They condemn the Xandia "
            "Workers' Party, the Zetland Rail Union and the XKP.",
        ),
        # no sentence before tells of organisations backing a statement
        (
            "es",
            "La huelga se extiende a todo el país. Entre ellas el Partido Obrero de Xandia, la "
            "Unión Sindical de Zetlandia y el XKP.",
        ),
    ],
)
def test_an_enumeration_with_no_backers_before_it_names_no_signer(
    language: str, paragraph: str
) -> None:
    assert outside_of(read_text(_text(language, paragraph))) == []
