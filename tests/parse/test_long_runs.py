"""A long run of names on one line after a word of signing and a colon ("Aderiscono e sostengono:
A, B, C, ..."), many of them with few capitals, is a list of names by its length and the shortness
of its items; a run of clauses is not. An abbreviation written with full stops ("X.Y.ZA.") ends no
sentence inside such a run. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, read_text

#: Each language: the words of signing before the colon, and twenty names with few capitals.
RUNS = {
    "it": (
        "Aderiscono e sostengono",
        [
            "Comitato per la pace di Xandiaville",
            "Centro culturale zetlandese",
            "Movimento studenti xandiani",
            "Rete Xandia solidale",
            "Collettivo zetlandese per la casa",
            "Osservatorio contro la guerra di Zetland",
            "Associazione amici di Xandia",
            "Circolo operaio Zetland",
            "Comunità xandiana di Zetlandia",
            "Forum delle donne zetlandesi",
            "Gruppo di acquisto solidale Xandia",
            "Coordinamento studenti medi di Zetland",
            "Comitato contro le basi militari",
            "Collettivo inventare il futuro",
            "Laboratorio sociale occupato",
            "Rete degli insegnanti per la pace",
            "Associazione per la scuola pubblica",
            "Sportello legale per i migranti",
            "Spazio aperto di Zetlandia",
            "Centro studi sulla guerra",
        ],
    ),
    "es": (
        "Se adhieren al manifiesto",
        [
            "Asociación vecinal de Xandiaville",
            "Plataforma por la vivienda de Zetlandia",
            "Colectivo feminista xandiano",
            "Foro de mujeres de Zetland",
            "Tertulia cultural Xandia",
            "Grupo sociocultural zetlandés",
            "Red de apoyo mutuo de Xandia",
            "Asamblea de parados de Zetland",
            "Coordinadora de barrios xandianos",
            "Ateneo popular de Zetlandia",
            "Centro social Xandia libre",
            "Marea pensionista de Zetland",
            "Asociación de pensionistas de la comarca",
            "Tertulia feminista de las vecinas",
            "Foro de mujeres del valle",
            "Grupo de apoyo a la sanidad pública",
            "Asamblea por la escuela pública",
            "Colectivo de jóvenes del barrio",
            "Asociación cultural de la montaña",
            "Sección sindical de la residencia",
        ],
    ),
    "de": (
        "Den Aufruf unterstützen",
        [
            "Friedensinitiative Xandiastadt",
            "Bündnis gegen Krieg in Zetland",
            "Arbeitskreis xandischer Frauen",
            "Netzwerk für Zetlands Flüchtlinge",
            "Kulturverein Xandia",
            "Freundeskreis zetländischer Arbeiter",
            "Bürgerinitiative Xandia bleibt",
            "Runder Tisch Zetland",
            "Montagsdemo Xandiastadt",
            "Offenes Treffen gegen Aufrüstung",
            "Solidaritätskomitee Zetland",
            "Frauenverband Xandia",
            "Initiative gegen die neue Wehrpflicht",
            "Offenes antimilitaristisches Treffen",
            "Arbeitskreis für den Frieden",
            "Kreis der pensionierten Lehrer",
            "Gruppe der kritischen Studierenden",
            "Treffpunkt für geflüchtete Frauen",
            "Netzwerk der freien Schulen",
            "Komitee gegen die Aufrüstung",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(RUNS))
def test_a_long_run_of_names_after_a_word_of_signing_is_a_list(language: str) -> None:
    words, names = RUNS[language]
    line = f"{words}: {', '.join(names)}"
    document = read_text(f"{PROSE[language][:40]}\n\n{PROSE[language]}\n\n{line}\n")
    assert lists_of(document) == [names]


def test_an_abbreviation_with_full_stops_ends_no_sentence_in_the_run() -> None:
    words, names = RUNS["it"]
    names = [*names[:6], "X.Y.ZA. (Gruppo xandiano di studi)", *names[6:]]
    line = f"{words}: {', '.join(names)}"
    document = read_text(f"{PROSE['it'][:40]}\n\n{PROSE['it']}\n\n{line}\n")
    assert lists_of(document) == [names]
