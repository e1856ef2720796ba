"""An entry in which persons sign for an organisation ("Name Surname por la Dirección Nacional del
XKP", "Name Surname and Name Surname for the X Union") gives the organisation, whatever the other
entries of the list are; a name's own "for" ("Xandian Voice for Peace") leaves it whole."""

from __future__ import annotations

import pytest

from .reading import lists_of, read_text

#: The argument, the cue, the lines of the list and what each gives.
TEXTS = {
    "es": (
        "Reclamamos que cese de inmediato la represión contra los trabajadores de Xandia.",
        "Firmantes:",
        [
            ("Partido Obrero de Xandia", "Partido Obrero de Xandia"),
            (
                "Ana Pérez y Luis Gómez por la Dirección Nacional del XKP",
                "Dirección Nacional del XKP",
            ),
            ("Liga Socialista Zetlandesa", "Liga Socialista Zetlandesa"),
            (
                "Marta Ruiz por la Dirección de Izquierda Xandiana",
                "Dirección de Izquierda Xandiana",
            ),
        ],
    ),
    "en": (
        "We demand an immediate end to the repression of the workers of Xandia.",
        "Signed:",
        [
            ("Xandia Workers' Party", "Xandia Workers' Party"),
            ("Jane Doe and John Roe for the Zetland Teachers' Union", "Zetland Teachers' Union"),
            ("Xandian Voice for Peace", "Xandian Voice for Peace"),
            ("Socialist League of Zetland", "Socialist League of Zetland"),
        ],
    ),
    "fr": (
        "Nous exigeons la fin immédiate de la répression contre les travailleurs de Xandie.",
        "Signataires :",
        [
            ("Parti ouvrier de Xandie", "Parti ouvrier de Xandie"),
            (
                "Jean Dupont pour la Fédération Syndicale de Zetland",
                "Fédération Syndicale de Zetland",
            ),
            ("Ligue socialiste xandienne", "Ligue socialiste xandienne"),
        ],
    ),
    "de": (
        "Wir fordern ein sofortiges Ende der Repression gegen die Arbeiter in Xandia.",
        "Unterzeichner:",
        [
            ("Arbeiterpartei Xandias", "Arbeiterpartei Xandias"),
            ("Hans Meier für die Xandische Gewerkschaft", "Xandische Gewerkschaft"),
            (
                "Zetländische Gemeinschaft für Kommunalpolitik",
                "Zetländische Gemeinschaft für Kommunalpolitik",
            ),
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_persons_signing_for_an_organisation_give_the_organisation(language: str) -> None:
    argument, cue, entries = TEXTS[language]
    lines = "\n".join(line for line, _ in entries)
    assert lists_of(read_text(f"{argument}\n\n{cue}\n{lines}\n")) == [[n for _, n in entries]]
