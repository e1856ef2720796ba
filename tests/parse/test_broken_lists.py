"""Lists the page broke: a wider gap of blank lines amid a list spaced by one is no end of it,
and a name at a list's edge with few capitals or type words of its own ("attac Xandia",
"Rød Xandiallianse") is an entry as its neighbours are. Slogans and programme lines spaced
below a heading are still no list. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, read_text

#: A heading, then names spaced by one blank line, a wider gap, and more names spaced alike.
GAPPED = {
    "fr": (
        "*Signataires*",
        ["Les Xandistes", "Parti ouvrier de Zetlande", "Le Parti socialiste"],
        ["Place ypsilonne", "Génération Xandia", "GRZ"],
    ),
    "en": (
        "Signatories:",
        ["Xandia Greens", "Zetland Labour Party", "Ypsiland Socialist Union"],
        ["Common Ground", "Forward Xandia", "XKP"],
    ),
    "de": (
        "Unterzeichner:",
        ["Xandische Linke", "Partei der Arbeit Zetlands", "Grüne Jugend Y"],
        ["Gegenwind Xandia", "Mehr Demokratie Y", "ZKP"],
    ),
}


@pytest.mark.parametrize("language", sorted(GAPPED))
def test_a_wider_gap_does_not_end_a_list(language: str) -> None:
    heading, first, second = GAPPED[language]
    text = (
        f"Title\n\n{PROSE[language]}\n\n{heading}\n\n"
        + "\n\n".join(first)
        + "\n\n\n\n"
        + "\n\n".join(second)
        + "\n"
    )
    assert lists_of(read_text(text)) == [first + second]


#: An introducing line, then a list whose first or last name has few capitals of its own.
EDGES = {
    "de": (
        "Mit dabei sind bislang folgende Organisationen:",
        [
            "- attac Xandia",
            "- Aktion mündige Schule",
            "- Die Linke XS",
            "- Bürgerinitiative gegen das Endlager e.V.",
            "- Freie Wähler XS",
            "- Piratenpartei XS",
            "- Grüne Jugend XS",
        ],
    ),
    "sv": (
        "Följande partier har anslutit sig:",
        [
            "Arbetarpartiet",
            "",
            "Xandiska Vänsterpartiet",
            "",
            "Kristdemokratiska Folkpartiet",
            "",
            "Socialistiska Partiet",
            "",
            "Röd Xandiallians",
        ],
    ),
    "it": (
        "Hanno aderito le seguenti realtà:",
        [
            "- rete Xandia",
            "- Legambiente Zetlandia",
            "- Arci Ypsilon",
            "- Libera Xandia",
            "- Comitato per la pace di Ypsilon",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(EDGES))
def test_a_name_at_the_edge_of_an_introduced_list_is_an_entry(language: str) -> None:
    cue, lines = EDGES[language]
    text = f"Title\n\n{PROSE[language]}\n\n{cue}\n\n" + "\n".join(lines) + "\n"
    names = [line.removeprefix("- ") for line in lines if line]
    assert lists_of(read_text(text)) == [names]


#: A heading with a signatory word over a page's slogans and programme lines, spaced by blank
#: lines: no list; the names come under the next heading.
SLOGANS = {
    "it": (
        "Le adesioni alla manifestazione nazionale per la pace del 5 novembre",
        [
            "CESSATE IL FUOCO SUBITO",
            "Manifestazione Nazionale",
            "Roma – Sabato 5 Novembre",
            "Ritrovo ore 12.00 – Piazza Xandia",
            "Partenza corteo ore 13.00",
        ],
        "ADESIONI",
        ["Rete Xandia Pace", "Arci Zetlandia", "Legambiente Ypsilon"],
    ),
    "en": (
        "Signatures for the national march for peace on 5 November",
        [
            "CEASEFIRE NOW",
            "National March",
            "London – Saturday 5 November",
            "Gathering at 12.00 – Xandia Square",
            "March sets off at 13.00",
        ],
        "SIGNATORIES",
        ["Xandia Peace Network", "Zetland Trades Council", "Ypsiland Greens"],
    ),
    "es": (
        "Adhesiones a la marcha nacional por la paz del 5 de noviembre",
        [
            "ALTO EL FUEGO YA",
            "Marcha Nacional",
            "Madrid – Sábado 5 de noviembre",
            "Concentración a las 12.00 – Plaza Xandia",
            "Salida de la marcha a las 13.00",
        ],
        "ADHESIONES",
        ["Red Xandia por la Paz", "Sindicato Unitario de Zetlandia", "Plataforma Ypsilon"],
    ),
}


@pytest.mark.parametrize("language", sorted(SLOGANS))
def test_slogans_spaced_under_a_heading_are_no_list(language: str) -> None:
    heading, slogans, names_heading, names = SLOGANS[language]
    text = (
        f"{heading}\n\n"
        + "\n\n".join(slogans)
        + f"\n\n\n{names_heading}\n\n"
        + "\n".join(names)
        + f"\n\n{PROSE[language]}\n"
    )
    assert lists_of(read_text(text)) == [names]


@pytest.mark.parametrize(
    ("language", "cue", "entries"),
    [
        # a place's name in Latin letters inside a name, with nothing parting it from the words
        # before it, is the name's own: no translation to cut off
        ("el", "Υπογράφουν τα σωματεία:",
         ["1. Εργατικό Κέντρο Ζέτας",
          "2. Σωματείο Εργαζομένων στο ξενοδοχείο Xandia Beach",
          "3. Σωματείο Εργαζομένων στα ξενοδοχεία Zeta «Ο Ξάνθος»"]),
        ("ru", "Обращение подписали профсоюзы:",
         ["1. Профсоюз работников Зетландии",
          "2. Профсоюз работников гостиницы Xandia Park",
          "3. Профсоюз работников отеля Grand Zeta"]),
        ("en", "Signed by the unions:",
         ["1. Xandia Workers Union",
          "2. Union of the workers at the hotel Ξάνια Παλάς",
          "3. Union of the workers at the hotel Ζέτα Μαρίνα"]),
    ],
)  # fmt: skip
def test_a_place_in_another_script_inside_a_name(
    language: str, cue: str, entries: list[str]
) -> None:
    text = "\n".join(entries)
    document = read_text(f"Declaration\n\n{PROSE[language]}\n\n{cue}\n\n{text}\n")
    assert lists_of(document) == [[e.split(" ", 1)[1] for e in entries]]
