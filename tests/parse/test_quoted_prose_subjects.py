"""The subject of a lead's sentence (:func:`kzld.parse.subjects.lead_signers`) whose run of names
was cut into a quoted word of the sentence ("... Union's “unlawful” closure ..."): the sentence's
subject is no run of names, so no signer is read; the same names without the quoted word are
read. Names and sentences are made up."""

from __future__ import annotations

import pytest

from kzld.parse.subjects import lead_signers
from kzld.parse.text import Line

#: Sentences whose names run on into a quoted word in lower case: no signer.
QUOTED = {
    "en": (
        "Xandia Peace Forum and Zetland Solidarity Union’s “unlawful” closure was condemned "
        "in a joint statement by the Ostland Federation today."
    ),
    "tr": (
        "Xandia Barış Forumu ve Zetland Dayanışma Derneği’nin “usulsüz” kapatılmasını kınayan "
        "Ostland Sendikası ortak bir basın açıklaması yaptı."
    ),
    "es": (
        "La Unión de Inquilinos de Xandia y la Federación Zetlandesa “ilegalmente” disuelta "
        "denuncian en una declaración conjunta los desahucios."
    ),
}

#: Sentences whose names are their subject, with no quoted word: the names each reads.
PLAIN = {
    "en": (
        "Zetland Workers Party and Ostland Teachers Union publish a common declaration on wages.",
        ["Zetland Workers Party", "Ostland Teachers Union"],
    ),
    "tr": (
        "Xandia İşçi Partisi ve Zetland Öğretmenler Sendikası ortak bir basın açıklaması yaptı.",
        ["Xandia İşçi Partisi", "Zetland Öğretmenler Sendikası"],
    ),
    "es": (
        "El Partido Obrero de Xandia y la Unión de Maestros de Zetlandia firman una declaración "
        "conjunta contra los desahucios.",
        ["Partido Obrero de Xandia", "Unión de Maestros de Zetlandia"],
    ),
}


def _names(sentence: str) -> list[str] | None:
    section = lead_signers(Line(1, 0, len(sentence), sentence))
    return None if section is None else [entry.name for entry in section.entries]


@pytest.mark.parametrize("language", sorted(QUOTED))
def test_a_run_cut_into_a_quoted_word_names_no_signer(language: str) -> None:
    assert _names(QUOTED[language]) is None


@pytest.mark.parametrize("language", sorted(PLAIN))
def test_a_subject_run_without_a_quoted_word_is_read(language: str) -> None:
    sentence, names = PLAIN[language]
    assert _names(sentence) == names
