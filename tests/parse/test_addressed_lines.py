"""Nothing invented: the lines under a sender's line that say whom a letter goes to ("To the
Leader of the X Party", es "Al Secretario General del ...", fr "Au Président du ...") name no
signer; the sender signs. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import read_text

#: A sender's line, three address lines, a title and the letter's request.
ADDRESSED = {
    "en": (
        "Workers Party of Zetland\n"
        "To the Leader of the Xandia Labour Party\n"
        "To the Chair of the Zetland Green Party\n"
        "To the President of the Xandia Liberal Union\n\n"
        "Open letter\n\n"
        "We ask you to support the workers of Zedtown in their strike for fair wages.\n",
        "Workers Party of Zetland",
    ),
    "es": (
        "Partido de los Trabajadores de Zetlandia\n"
        "Al Secretario General del Partido Laborista de Xandia\n"
        "A la Presidenta del Partido Verde de Zetlandia\n"
        "Al Presidente de la Unión Liberal de Xandia\n\n"
        "Carta abierta\n\n"
        "Les pedimos que apoyen a los trabajadores de Zedtown en su huelga por salarios justos.\n",
        "Partido de los Trabajadores de Zetlandia",
    ),
    "fr": (
        "Parti des Travailleurs de Zetland\n"
        "Au Président du Parti Travailliste de Xandie\n"
        "À la Secrétaire générale du Parti Vert de Zetland\n"
        "Au Président de l’Union Libérale de Xandie\n\n"
        "Lettre ouverte\n\n"
        "Nous vous demandons de soutenir les travailleurs de Zedtown dans leur grève pour des "
        "salaires justes.\n",
        "Parti des Travailleurs de Zetland",
    ),
}


@pytest.mark.parametrize("language", sorted(ADDRESSED))
def test_address_lines_name_no_signer(language: str) -> None:
    text, sender = ADDRESSED[language]
    document = read_text(text)
    assert [e.raw for s in document.sections for e in s.entries] == [sender]


#: A heading that sends the statement to the press, the sentence that names its signers, and
#: those signers.
TO_THE_PRESS = {
    "en": ("STATEMENT TO THE PRESS", "The Xandia Labour Party and the Zetland Green Union call "
           "on the government to raise wages.", ["Xandia Labour Party", "Zetland Green Union"]),
    "it": ("COMUNICATO ALLA STAMPA", "Il Partito del Lavoro di Xandia e l’Unione Verde di "
           "Zetlandia chiedono al governo di alzare i salari.",
           ["Partito del Lavoro di Xandia", "Unione Verde di Zetlandia"]),
    "fr": ("Déclaration à la presse", "Le Parti du Travail de Xandie et l’Union Verte de Zetland "
           "demandent au gouvernement d’augmenter les salaires.",
           ["Parti du Travail de Xandie", "Union Verte de Zetland"]),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(TO_THE_PRESS))
def test_the_press_a_heading_is_sent_to_signs_nothing(language: str) -> None:
    title, lead, signers = TO_THE_PRESS[language]
    named = read_text(f"{title}\n\n{lead}\n\n{PROSE[language]}\n")
    assert [e.raw for s in named.sections for e in s.entries] == signers
    unsigned = read_text(f"{title}\n\n{PROSE[language]}\n")
    assert [e.raw for s in unsigned.sections for e in s.entries] == []
