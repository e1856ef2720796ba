"""Nothing invented: the organisation a text's first sentence names after a few words that end
with a word for "that" ("We regret that the X Party ...", "Nos preocupa ver que el Partido X
...") is the subject of a clause the text reports or judges, whom it speaks of: it signs
nothing, while one named after a few words that open the sentence ("In its statement, the X
Party calls ...") still speaks. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text

#: A title, and a first sentence whose lead-in ends with a word for "that" before a party.
REPORTED = {
    "en": (
        "The parties deny an alliance",
        "We regret that the Xandian Party, under its present leaders, ignores what the people "
        "demand.",
    ),
    "es": (
        "Los partidos niegan una alianza",
        "Nos preocupa ver que el Partido Xandio, con su dirección actual, no escucha lo que el "
        "pueblo reclama con urgencia.",
    ),
    "fr": (
        "Les partis démentent une alliance",
        "Nous regrettons que le Parti Xandien, avec sa direction actuelle, n'écoute pas ce que le "
        "peuple demande.",
    ),
    "it": (
        "I partiti negano un'alleanza",
        "Ci dispiace che il Partito Xandiano chiede ancora un accordo che non esiste.",
    ),
}


@pytest.mark.parametrize("language", sorted(REPORTED))
def test_the_subject_of_a_reported_clause_signs_nothing(language: str) -> None:
    title, sentence = REPORTED[language]
    assert outside_of(read_text(f"{title}\n\n{sentence}\n\n{PROSE[language]}\n")) == []


def test_a_party_named_after_a_few_opening_words_still_speaks() -> None:
    sentence = "In its statement, the Xandian Workers' Party calls for an end to the war."
    document = read_text(f"Statement\n\n{sentence}\n\n{PROSE['en']}\n")
    assert outside_of(document) == ["Xandian Workers' Party"]
