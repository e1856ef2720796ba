"""A phrase for a joint statement that opens a sentence with no comma after it, its adjective
after its noun ("Într-un comunicat de presă comun A, B și C afirmă ...", "En un comunicado
conjunto la A, el B y la C piden ..."): the names right after it sign. Names are made up."""

from __future__ import annotations

import pytest

from kzld.parse.coordinated import prose_signers
from kzld.parse.text import Line


def _names(sentence: str) -> list[str]:
    found = prose_signers(Line(1, 0, len(sentence), sentence))
    return [entry.name for entry in found.entries] if found else []


@pytest.mark.parametrize(
    "sentence",
    [
        "Într-un comunicat de presă comun Uniunea Xandiană, Partidul Zeta și Liga Ypsilon "
        "afirmă că legea încalcă drepturile sindicale.",
        "En un comunicado conjunto la Unión Xandiana, el Partido Zeta y la Liga Ypsilon piden "
        "el fin de la reforma laboral.",
        "Dans un communiqué commun la Ligue Xandienne, le Parti Zeta et l’Union Ypsilon "
        "demandent le retrait du projet de loi.",
        "In un comunicato congiunto la Rete Xandia, il Partito Zeta e la Lega Ypsilon chiedono "
        "il ritiro della legge.",
    ],
)
def test_the_names_after_a_fronted_joint_statement_without_a_comma_sign(sentence: str) -> None:
    assert len(_names(sentence)) == 3
    assert _names(sentence)[1].endswith("Zeta")


@pytest.mark.parametrize(
    "sentence",
    [
        # no word for a statement in the phrase: a common spirit is no joint statement
        "Con uno spirito comune la Rete Xandia, il Partito Zeta e la Lega Ypsilon hanno "
        "criticato la legge.",
        # the phrase does not open the sentence
        "Ieri la stampa ha letto un comunicato comune Rete Xandia, Partito Zeta e Lega Ypsilon.",
        # the phrase is followed by a word in lower case, not by the names
        "En un comunicado conjunto piden la Unión Xandiana, el Partido Zeta y la Liga Ypsilon "
        "el fin de la reforma.",
    ],
)
def test_a_joint_word_that_opens_no_phrase_before_names_signs_nothing(sentence: str) -> None:
    assert _names(sentence) == []


def test_a_joint_word_that_also_means_with_opens_no_phrase() -> None:
    # Malay "bersama" is "joint" after "kenyataan" (statement), and "with" before a name
    sentence = (
        "Dalam kenyataan bersama Kesatuan Xandia, Parti Zeta dan Liga Ypsilon mengecam "
        "undang-undang itu."
    )
    assert _names(sentence) == []
