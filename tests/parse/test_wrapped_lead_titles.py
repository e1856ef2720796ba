"""A report with no headline quotes a statement: a line of its lead that opens with a small
letter is the rest of a sentence the page wrapped by hand, never the quoted statement's title,
though it holds a word naming a statement (twenty-sixth session). Texts are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import read_text

#: A report's lead, wrapped by hand, a line of it opening in small letters with the statement's
#: word, in each language.
LEAD = {
    "en": (
        "A new alliance of forty unions was founded in Zedtown on Monday to defend the workers.",
        "“After long talks we, the unions of the country, have decided to stand",
        "together and to act as one,” said the alliance in a statement during a",
        "press conference held at the office of the Zedtown Workers' Union.",
    ),
    "es": (
        "Una nueva alianza de cuarenta sindicatos se fundó el lunes en Zedville para los obreros.",
        "“Tras largas conversaciones, los sindicatos del país hemos decidido estar",
        "unidos y actuar como uno solo”, dijo la alianza en una declaración durante una",
        "conferencia de prensa celebrada en la sede del Sindicato Obrero de Zedville.",
    ),
    "de": (
        "Ein neues Bündnis von vierzig Gewerkschaften wurde am Montag in Zedstadt gegründet.",
        "„Nach langen Gesprächen haben wir, die Gewerkschaften des Landes, beschlossen,",
        "gemeinsam und als eine Kraft zu handeln“, sagte das Bündnis in einer Erklärung auf einer",
        "Pressekonferenz im Haus der Arbeitergewerkschaft von Zedstadt.",
    ),
}


@pytest.mark.parametrize("language", ["en", "es", "de"])
def test_a_wrapped_line_of_the_lead_is_no_title(language: str) -> None:
    text = "\n".join(LEAD[language]) + f"\n\n{PROSE[language]}\n\n{PROSE[language]}\n"
    assert read_text(text).versions[0].title is None
