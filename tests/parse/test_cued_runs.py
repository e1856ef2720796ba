"""Signers enumerated after a cue of signing inside a running sentence (issue 18): a colon after
the cue or a word for organisations in the plural opens the enumeration; words in lower case
before a name say its kind ("i comuni di", "le sigle sindacali") and sign nothing; names in
lower case are read by their type words. Names are made up ("Xandia", "Zetland").
"""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text


def _text(lead: str, body: str = PROSE["en"]) -> str:
    return f"Xandia news\n\n{body}\n\n{lead}\n\n{body}\n"


@pytest.mark.parametrize(
    ("lead", "signers"),
    [
        # Italian: a colon after the cue, groups after semicolons, the kind before the names
        ("La campagna per Xandia ha raccolto molte adesioni. Ad oggi hanno aderito: la Lega "
         "Zetlandese, i comuni di Xanopoli, Yberga e Zetania; le sigle sindacali XGIL, YISL e "
         "ZIL.",
         ["Lega Zetlandese", "Xanopoli", "Yberga", "Zetania", "XGIL", "YISL", "ZIL"]),
        # Russian: a plural group word after the cue, names in lower case with their type words,
        # one in quotation marks after its kind, "и" inside the last but one
        ("Документ подписали партии \"Ксания\", народная партия, компартия, союз рабочих и "
         "крестьян и демократическая партия Зетландии.",
         ["Ксания", "народная партия", "компартия", "союз рабочих и крестьян",
          "демократическая партия Зетландии"]),
        # Spanish: a plural group word with its article after the cue (the readers of
        # capitalised runs find these three too)
        ("La carta sigue abierta a nuevas firmas. Hasta hoy han firmado los sindicatos XCT, YGT "
         "y la Liga Zetlandesa (LZ).",
         ["XCT", "YGT", "Liga Zetlandesa (LZ)"]),
        # Greek: a plural group word with its article after the cue
        ("Την ανακοίνωση υπέγραψαν τα κόμματα ΚΚΞ, ΛΑΖ και η Ένωση Εργαζομένων Ξάνιας.",
         ["ΚΚΞ", "ΛΑΖ", "Ένωση Εργαζομένων Ξάνιας"]),
        # Italian: an article and a plural group word after the cue, names in lower case read
        # by their type words (no other reader finds these)
        ("Il documento resta aperto. Finora hanno aderito i partiti XPC, partito verde e unione "
         "popolare.",
         ["XPC", "partito verde", "unione popolare"]),
    ],
)  # fmt: skip
def test_an_enumeration_after_a_cue_in_a_sentence_signs(lead: str, signers: list[str]) -> None:
    assert outside_of(read_text(_text(lead))) == signers


@pytest.mark.parametrize(
    "lead",
    [
        # the colon opens what was signed, not who signed
        "The committee has signed: the statement will be delivered to the Xandia Parliament "
        "on Monday.",
        # one name after the cue is no enumeration
        "Hanno aderito: la Lega Zetlandese.",
        # a plural after the cue that opens no names
        "Подписали партии, которые участвовали в собрании в Ксании.",
        # a preposition is no article, and a preposition before one capitalised word is a place
        "The call was signed by unions from Xanopolis, Yberg and Zetton.",
        "La convocatoria fue firmada por partidos de Xanópolis, Yberga y Zetania.",
        "Der Aufruf wurde unterzeichnet von Parteien aus Xanstadt, Yberg und Zetton.",
        # words in lower case after the last place are the sentence's, not a name's
        "The call was signed by parties in Xanopolis, Yberg and Zetton last week.",
        "L'appello è stato firmato da partiti di Xanopoli, Yberga e Zetania la settimana scorsa.",
    ],
)
def test_a_cue_without_an_enumeration_names_no_one(lead: str) -> None:
    assert outside_of(read_text(_text(lead))) == []


@pytest.mark.parametrize(
    ("lead", "signers"),
    [
        # Serbian: a kind word in its case, with no article, before a name in sentence case is
        # the sentence's ("of the movement X"), and a stop the page glued to the next sentence
        # ends the last name
        ("Izjavu su juče potpisali predstavnici Stranke rada Xandije, pokreta Xandija je tu i "
         "inicijative Ne damo Zetgrad.Predsednik stranke je rekao da je zadovoljan.",
         ["Stranke rada Xandije", "Xandija je tu", "Ne damo Zetgrad"]),
        # Polish: the same, "oraz" for "and"
        ("Oświadczenie podpisali przedstawiciele Partii Pracy Xandii, ruchu Xandia jest nasza "
         "oraz stowarzyszenia Nie oddamy Zetgradu.",
         ["Partii Pracy Xandii", "Xandia jest nasza", "Nie oddamy Zetgradu"]),
        # Czech: "podepsali" (signed), a kind word in its case before each name
        ("Prohlášení podepsali zástupci hnutí Xandie patří nám, iniciativy Nedáme Zetgrad a "
         "XSP.",
         ["Xandie patří nám", "Nedáme Zetgrad", "XSP"]),
    ],
)  # fmt: skip
def test_a_kind_word_in_its_case_is_no_part_of_the_name(lead: str, signers: list[str]) -> None:
    assert outside_of(read_text(_text(lead))) == signers


def test_co_signers_named_after_their_word_in_german() -> None:
    # "Mitzeichner" (co-signers) says who the names after "sind" are; a stop the page glued to
    # the quotation opening the next sentence ends the last name
    lead = (
        "Weitere Mitzeichner sind der Xandische Mieterbund, der Zetländer Sozialverband (ZSV) "
        'sowie der Yberger Wohlfahrtsverband."Wir fordern eine gerechte Wende", heißt es.'
    )
    found = outside_of(read_text(_text(lead, PROSE["de"])))
    assert found == [
        "Xandische Mieterbund",
        "Zetländer Sozialverband (ZSV)",
        "Yberger Wohlfahrtsverband",
    ]


def test_kind_words_after_a_semicolon_sign_nothing() -> None:
    # Portuguese: "os sindicatos", "as associações" say the kind of the names after them (the
    # two abbreviations are read by another reader before: the signers are the five, each once)
    lead = (
        "O manifesto recebeu muitas adesões. Até agora aderiram: a Liga Zetlandesa, os sindicatos "
        "XCT e YGT; as associações Xandia Viva e Zeta Verde."
    )
    found = outside_of(read_text(_text(lead)))
    assert sorted(found) == ["Liga Zetlandesa", "XCT", "Xandia Viva", "YGT", "Zeta Verde"]
