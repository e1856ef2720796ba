"""A statement called joint by an adjective after its noun (issue 18, inline names): in a
phrase that opens the sentence before its subject ("Dans une déclaration commune, ...", "En una
declaración conjunta, ...", "In un comunicato congiunto, ...", "Numa declaração conjunta, ..."),
the sentence says its names issue the statement as "In a joint statement, ..." does, and its run
of names is read whole, the first name too. The same sentence without the word for joint names
no signer. Names are made up.
"""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, outside_of, read_text

_TITLE = {
    "fr": "Contre la réforme des retraites",
    "es": "Contra la reforma de las pensiones",
    "it": "Contro la riforma delle pensioni",
    "pt": "Contra a reforma das pensões",
}

_CASES = [
    (
        "fr",
        "Dans une déclaration {joint}, la CGX, FZ, Solidaires Ypsilon, Unex, UNZ, FIDX, font le "
        "constat que la politique menée accroît les inégalités.",
        "commune",
        ["CGX", "FZ", "Solidaires Ypsilon", "Unex", "UNZ", "FIDX"],
    ),
    (
        "es",
        "En una declaración {joint}, el Partido Obrero de Xandia, la Unión Sindical de "
        "Zetlandia y el Frente Ferroviario de Ypsilandia exigen la retirada de la reforma.",
        "conjunta",
        [
            "Partido Obrero de Xandia",
            "Unión Sindical de Zetlandia",
            "Frente Ferroviario de Ypsilandia",
        ],
    ),
    (
        "it",
        "In un comunicato {joint}, la Confederazione Xandiana del Lavoro, la CIZL e la UYL "
        "chiedono il ritiro immediato della riforma.",
        "congiunto",
        ["Confederazione Xandiana del Lavoro", "CIZL", "UYL"],
    ),
    (
        "pt",
        "Numa declaração {joint}, a CGTX, a UGZ e o Movimento dos Trabalhadores de Ypsilândia "
        "exigem a retirada da reforma.",
        "conjunta",
        ["CGTX", "UGZ", "Movimento dos Trabalhadores de Ypsilândia"],
    ),
]


def _text(language: str, paragraph: str) -> str:
    return f"{_TITLE[language]}\n\n{paragraph}\n\n{PROSE[language]}\n"


@pytest.mark.parametrize(("language", "paragraph", "joint", "signers"), _CASES)
def test_a_statement_called_joint_after_its_noun_names_its_signers(
    language: str, paragraph: str, joint: str, signers: list[str]
) -> None:
    document = read_text(_text(language, paragraph.format(joint=joint)))
    assert outside_of(document) == signers
    assert lists_of(document) == []


@pytest.mark.parametrize(("language", "paragraph", "joint", "signers"), _CASES)
def test_without_the_word_for_joint_the_sentence_names_no_signer(
    language: str, paragraph: str, joint: str, signers: list[str]
) -> None:
    document = read_text(_text(language, paragraph.format(joint="").replace(" ,", ",")))
    assert outside_of(document) == []
