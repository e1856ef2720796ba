"""Lists the page ran together or set in capitals, and lists right under a place-and-date line:

- numbered entries run together in one paragraph ("...: 1. X PARTY- Name SURNAME; 2. ..."), a
  number perhaps left out: each entry is read, the organisation of each "party – leader" pair
  signs and the leader does not;
- an enumeration in capitals after a colon ends where the capitals end, and its last two names
  are parted by a word for "and" in capitals;
- numbered names right under a place and a date, above the text, are its signers.

Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, read_text

#: A sentence that ends in a colon, then numbered "party – leader" pairs run together.
RUN = {
    "sq": (
        "Raportohet se partitë që kanë firmosur marrëveshjen janë: ",
        "1. PARTIA XANDIANE- Arben XHAKA; 2. PARTIA E ZETLANDËS- Besa KOLA; "
        "4. LËVIZJA YPSILON- Dritan MEMA ;5. PARTIA E RE XANDIANE, Ilir Doko.",
        ["PARTIA XANDIANE", "PARTIA E ZETLANDËS", "LËVIZJA YPSILON", "PARTIA E RE XANDIANE"],
    ),
    "en": (
        "The parties that signed the agreement are: ",
        "1. XANDIA PARTY- Jane DOE; 2. ZETLAND LABOUR PARTY- Ben SMITH; "
        "3. YPSILAND GREENS- Mary BROWN; 4. X PARTY OF BRITAIN, Tom Jones.",
        ["XANDIA PARTY", "ZETLAND LABOUR PARTY", "YPSILAND GREENS", "X PARTY OF BRITAIN"],
    ),
    "es": (
        "Los partidos que firmaron el acuerdo son: ",
        "1. PARTIDO XANDIANO- Ana GARCÍA; 2. UNIÓN ZETLANDESA- Pedro RUIZ; "
        "3. FRENTE YPSILON- Marta LÓPEZ; 5. PARTIDO OBRERO DE XANDIA, Luis Gómez.",
        ["PARTIDO XANDIANO", "UNIÓN ZETLANDESA", "FRENTE YPSILON", "PARTIDO OBRERO DE XANDIA"],
    ),
}


@pytest.mark.parametrize("language", sorted(RUN))
def test_numbered_pairs_run_together_are_read_one_by_one(language: str) -> None:
    cue, run, parties = RUN[language]
    text = f"Title\n\n{PROSE.get(language, PROSE['en'])}\n\n{cue}{run}\n\n{PROSE['en']}\n"
    assert lists_of(read_text(text)) == [parties]


#: A sentence whose enumeration in capitals after its colon runs on in lower case.
CAPITALS = {
    "en": (
        "We, national trade union centres, members of the regional council that includes: ",
        [
            "UNION OF FREE TRADE UNIONS OF XANDIA",
            "CONFEDERATION OF LABOUR OF ZETLAND",
            "FEDERATION OF TRADE UNIONS OF BOSNIA AND YPSILAND",
            "XANDIAN CONFEDERATION OF LABOUR",
        ],
        " together with our European umbrella, adopt this Declaration ahead of the summit.",
    ),
    "fr": (
        "Nous, centrales syndicales nationales, membres du conseil régional qui comprend : ",
        [
            "UNION DES SYNDICATS LIBRES DE XANDIE",
            "CONFÉDÉRATION DU TRAVAIL DE ZETLANDE",
            "FÉDÉRATION DES SYNDICATS DE BOSNIE ET D'YPSILANDE",
            "CONFÉDÉRATION XANDIENNE DU TRAVAIL",
        ],
        " avec notre confédération européenne, adoptons cette Déclaration avant le sommet.",
    ),
    "es": (
        "Nosotras, centrales sindicales nacionales, miembros del consejo regional que incluye: ",
        [
            "UNIÓN DE SINDICATOS LIBRES DE XANDIA",
            "CONFEDERACIÓN DEL TRABAJO DE ZETLANDIA",
            "FEDERACIÓN DE SINDICATOS DE BOSNIA Y YPSILANDIA",
            "CONFEDERACIÓN XANDIANA DEL TRABAJO",
        ],
        " junto con nuestra confederación europea, adoptamos esta Declaración antes de la cumbre.",
    ),
}

#: The word for "and" in capitals, between the last two names.
AND = {"en": "AND", "fr": "ET", "es": "Y"}


@pytest.mark.parametrize("language", sorted(CAPITALS))
def test_an_enumeration_in_capitals_ends_where_the_capitals_end(language: str) -> None:
    cue, names, rest = CAPITALS[language]
    enumeration = ", ".join(names[:-1]) + f" {AND[language]} {names[-1]}"
    text = f"Title\n\n{cue}{enumeration}{rest}\n\n{PROSE[language]}\n\n{PROSE[language]}\n"
    assert lists_of(read_text(text)) == [names]


#: A place and date, numbered names under it, the text after them.
DATED = {
    "ru": (
        "г. Ксандийск 4.12.2003 г.",
        ["Аграрная партия Ксандии;", "Зетландский союз;", "КПКС;", "Народная партия;", "Ипсилон."],
        "Нижеподписавшиеся партии констатируют, что давление на избирательный процесс растёт.",
    ),
    "en": (
        "Xandia City, 4 December 2003",
        ["Xandia Farmers' Party;", "Zetland Union;", "XKP;", "People's Party;", "Ypsilon."],
        "The undersigned parties state that the pressure on the election is growing.",
    ),
    "it": (
        "Xandia, 4 dicembre 2003",
        [
            "Partito Agrario di Xandia;",
            "Unione Zetlandese;",
            "XKP;",
            "Partito Popolare;",
            "Ypsilon.",
        ],
        "I partiti sottoscritti constatano che la pressione sul voto sta crescendo.",
    ),
}


@pytest.mark.parametrize("language", sorted(DATED))
def test_numbered_names_under_a_place_and_date_sign(language: str) -> None:
    dateline, names, sentence = DATED[language]
    numbered = "\n".join(f"{k}. {name}" for k, name in enumerate(names, 1))
    text = f"{dateline}\n{numbered}\n{sentence} {PROSE.get(language, PROSE['en'])}\n"
    assert lists_of(read_text(text)) == [[name.rstrip(";.") for name in names]]
