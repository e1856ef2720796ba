"""Nothing invented: a person's name amid persons' names signs nothing. A run that names persons
(with their role in brackets, after a person's title, under their posts) names persons in the
entries written as a person's name too, with a role in brackets or none, the run's last among
them, a surname that spells a word of a name ("Pace") and a
name with a joining word ("Rui Zeferino da Xana") among them; the bodies of the same run still
sign. Names, places and bodies are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import read_text

#: A text whose run names persons, the persons written as a person's name alone, and the bodies
#: the run names too.
AMID_PERSONS = {
    "de": (
        f"Aufruf: Für starke Gewerkschaften!\n\n{PROSE['de']}\n\nUnterzeichnet haben zuerst:\n\n"
        "Anna Zettel (Sekretärin) – Bernd Xaver (Vorsitzender) – Carla Ypsen – Dirk Wetzel – "
        "Erna Vogt (Sekretärin) – Fritz Quandel (Vorsitzender)\n",
        ["Carla Ypsen", "Dirk Wetzel"],
        [],
    ),
    "de-roles": (
        f"Appell an den Bundesvorstand\n\n{PROSE['de']}\n\nUnterzeichnende: Olga Zettel "
        "(Gewerkschaftssekretärin) – Paul Xaver (Betriebsratsvorsitzender) – Rita Ypsen – "
        "Lars Wendt – Karl Zoller (Personalrat) – Eva Dorn (Gewerkschaftssekretärin)\n",
        ["Lars Wendt", "Karl Zoller (Personalrat)"],
        [],
    ),
    "it": (
        f"Basta con la guerra\n\n{PROSE['it']}\n\nL’appello è stato scritto da Zanetti e Xodo. "
        "Hanno aderito Don Zeno Xantis, Ugo Verdi, Lia Ypsilanti, il Circolo Xandiano, "
        "Legaxandia, Rete della Zetlandia.\n",
        ["Ugo Verdi"],
        ["Circolo Xandiano", "Legaxandia", "Rete della Zetlandia"],
    ),
    "pt": (
        "Encontro sindical em Xandópolis\n\nO encontro sindical de Xandópolis juntou 30 "
        "sindicalistas das confederações XCT, UGX, CZZ e USY. Pelas quatro confederações "
        "falaram: Rui Zeferino da Xana, Ana Ypiranga, Tomás Maria Wendel e Luís Valério.\n\n"
        f"Declaração do Encontro\nXandópolis, 3 de Maio de 2011\n\n{PROSE['pt']}\n",
        ["Rui Zeferino da Xana"],
        ["XCT", "UGX", "CZZ", "USY"],
    ),
}


@pytest.mark.parametrize("language", sorted(AMID_PERSONS))
def test_a_person_s_name_amid_persons_signs_nothing(language: str) -> None:
    text, persons, bodies = AMID_PERSONS[language]
    signers = [e.raw for s in read_text(text).sections for e in s.entries]
    assert not set(persons) & set(signers)
    assert [s for s in signers if s in bodies] == bodies
