"""The first and last lines of a marked list are its entries when they are written as its other
names are, in sentence case ("• Delavska svetovalnica", "– Radio voix des mines."), though their
words alone would not read as names; a line that names a group of bodies ("• Ayuntamientos de
varias localidades") or a slogan stays out. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, read_text

#: An introducing line and a bulleted list in sentence case, its edges with no type word.
SENTENCE_CASE = {
    "sl": (
        "Skupni zahtevi so se pridružili:",
        [
            "Delavska svetovalnica",
            "Sindikat kulture in narave Zetlanda",
            "Sindikat delavcev v trgovini Zetlanda",
            "Zveza svobodnih sindikatov Ksandije",
            "Center za družbeno raziskovanje",
            "Mladinska mreža Ksandije",
        ],
    ),
    "fr": (
        "Les organisations suivantes soutiennent la grève :",
        [
            "Le syndicat général de l’enseignement de Xandie.",
            "La fédération générale des cheminots de Zetlande.",
            "Le syndicat des chercheurs de Xandie.",
            "L’association des jeunes journalistes.",
            "Atelier théâtre de Zetlande.",
            "Radio voix des mines.",
        ],
    ),
    "es": (
        "Se han adherido al manifiesto:",
        [
            "Huerto comunitario Xandia",
            "Sindicato de trabajadores de la enseñanza de Zetlandia",
            "Federación de asociaciones vecinales de Xandia",
            "Coordinadora de colectivos de Zetlandia",
            "Plataforma por la vivienda de Xandia",
            "Radio libre del barrio",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(SENTENCE_CASE))
def test_edges_in_sentence_case_are_entries_as_their_neighbours(language: str) -> None:
    cue, names = SENTENCE_CASE[language]
    marked = "\n".join(f"• {name}" for name in names)
    text = f"{PROSE[language] if language in PROSE else PROSE['en']}\n\n{cue}\n\n{marked}\n"
    assert lists_of(read_text(text)) == [[name.removesuffix(".") for name in names]]


def test_a_group_of_bodies_at_the_edge_is_no_entry() -> None:
    names = [
        "Sindicato de trabajadores de la enseñanza de Zetlandia",
        "Federación de asociaciones vecinales de Xandia",
        "Coordinadora de colectivos de Zetlandia",
        "Plataforma por la vivienda de Xandia",
    ]
    marked = "\n".join(f"· {name}" for name in ["Ayuntamientos de varias localidades", *names])
    text = f"{PROSE['es']}\n\nEntre las organizaciones que apoyan la huelga están:\n\n{marked}\n"
    assert lists_of(read_text(text)) == [names]
