"""A short text whose one sentence names organisations as its subject ("En una declaración
conjunta, A, B, C y D denuncian los desahucios."): the names run on into the sentence's clause
words, which are no list's entries, so no list is published with the clause before the names or
the verb after the last one; a sentence of names alone stays a list. Names are made up."""

from __future__ import annotations

import pytest

from .reading import lists_of, read_text

#: Each case: the one sentence of a short text, with four names as its subject.
CASES = {
    "es": (
        "En una declaración conjunta, el Partido Obrero de Xandia, la Unión de Maestros de "
        "Zetlandia, la Federación de Inquilinos de Zedville y la Asociación de Jóvenes de "
        "Zetlandia denuncian los desahucios."
    ),
    "ru": (
        "В совместном заявлении Рабочая партия Ксании, Союз учителей Зетландии, Федерация "
        "жильцов Зедвиля и Ассоциация молодёжи Зетландии осуждают выселения."
    ),
}


@pytest.mark.parametrize("language", sorted(CASES))
def test_a_sentences_subject_is_no_list_with_its_clause_words(language: str) -> None:
    assert lists_of(read_text(f"Title\n\n{CASES[language]}\n")) == []


def test_a_sentence_of_names_alone_stays_a_list() -> None:
    names = (
        "Contra los desahucios: Partido Obrero de Xandia, Unión de Maestros de Zetlandia, "
        "Federación de Inquilinos de Zedville, Asociación de Jóvenes de Zetlandia."
    )
    assert lists_of(read_text(f"Title\n\n{names}\n")) == [
        [
            "Partido Obrero de Xandia",
            "Unión de Maestros de Zetlandia",
            "Federación de Inquilinos de Zedville",
            "Asociación de Jóvenes de Zetlandia",
        ]
    ]
