"""Names in apposition to a word for organisations in the plural (issue 18): enclosed in brackets
or between two spaced dashes, after a few words of the word's qualifier ("Τα σωματεία της Xandias
(A, B, C) εκφράζουμε ...", "As centrais sindicais (A, B e C) divulgaram ..."), where inside
brackets only the closing bracket ends the names (an initial's stop does not) and every part
must read as an organisation's name, or none is taken; and after a capitalised plural that the
sentence's article opens ("Las Centrales Sindicales A; B; C, ..."), which is no name's word;
and abbreviations glued to the plural's qualifier ("los sindicatos de Xandia y Zetlandia XLA,
ZSC y YIG"), where the places or the sector before the first are the qualifier's words, no names.
Names and texts are made up ("Xandia", "Zetland").
"""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text


def _text(language: str, sentence: str) -> str:
    body = PROSE[language]
    return f"Xandia news\n\n{sentence}\n\n{body}\n\n{body}\n"


@pytest.mark.parametrize(
    ("language", "sentence", "signers"),
    [
        # Greek: the plural's qualifier in the genitive before the bracket, an initial's stop
        # inside a name, "&" inside another
        ("el",
         "Τα εργατικά σωματεία της Κεντρικής Ξάνθιας (Σωματείο Μισθωτών Τεχνικών Ξάνθιας, "
         "Συνδικάτο Μετάλλου & Ναυπηγείων Κ. Ξάνθιας, Σωματείο Οικοδόμων Ν. Ζέτας) εκφράζουμε "
         "τη συμπαράστασή μας στους απεργούς.",
         ["Σωματείο Μισθωτών Τεχνικών Ξάνθιας", "Συνδικάτο Μετάλλου & Ναυπηγείων Κ. Ξάνθιας",
          "Σωματείο Οικοδόμων Ν. Ζέτας"]),
        # Portuguese: the last name after "e"
        ("pt",
         "As centrais sindicais da Xândia (Central Única dos Trabalhadores Xandianos, União "
         "Geral dos Trabalhadores de Zetlândia e Frente Sindical Ypsilon) divulgaram hoje um "
         "documento conjunto.",
         ["Central Única dos Trabalhadores Xandianos",
          "União Geral dos Trabalhadores de Zetlândia", "Frente Sindical Ypsilon"]),
        # English: between two spaced dashes
        ("en",
         "The unions of the north – Xandia Dockers Union, Zetland Teachers Federation and "
         "Ypsilon Miners Union – condemn the new wage rules.",
         ["Xandia Dockers Union", "Zetland Teachers Federation", "Ypsilon Miners Union"]),
    ],
)  # fmt: skip
def test_names_enclosed_after_a_plural(language: str, sentence: str, signers: list[str]) -> None:
    assert outside_of(read_text(_text(language, sentence))) == signers


def test_and_inside_the_last_name_parts_nothing() -> None:
    """ "and" inside the last name, whose words after it read as no name of their own: the
    last name is read whole."""
    sentence = (
        "The unions of the north (Xandia Dockers Union, Zetland Union of Builders and Allied "
        "Trades) condemn the new wage rules."
    )
    assert outside_of(read_text(_text("en", sentence))) == [
        "Xandia Dockers Union",
        "Zetland Union of Builders and Allied Trades",
    ]


def test_an_apposition_of_countries_names_no_signer() -> None:
    """Countries in brackets after a plural are no organisations: nothing is read."""
    sentence = (
        "The unions of the south (Xandia, Zetland and Ypsiland) have been on strike for three "
        "weeks against the new wage rules."
    )
    assert outside_of(read_text(_text("en", sentence))) == []


@pytest.mark.parametrize(
    ("language", "sentence", "signers"),
    [
        ("es",
         "Las Centrales Sindicales XCT; ZUT; YCS, frente a la crisis cada vez más honda que "
         "atraviesa el país, expresamos al país lo siguiente:",
         ["XCT", "ZUT", "YCS"]),
        ("it",
         "Le Confederazioni Sindacali XCL, ZUT e YSL, di fronte alla crisi sempre più profonda, "
         "dichiarano quanto segue:",
         ["XCL", "ZUT", "YSL"]),
        ("pt",
         "As Centrais Sindicais XCT, ZUT e YCS, diante da crise cada vez mais profunda, "
         "declaram o seguinte:",
         ["XCT", "ZUT", "YCS"]),
    ],
)  # fmt: skip
def test_the_article_opening_the_sentence_is_no_names_word(
    language: str, sentence: str, signers: list[str]
) -> None:
    """The plural's qualifier in capitals ("Sindicales") is the kind's, not the first name's."""
    assert outside_of(read_text(_text(language, sentence))) == signers


@pytest.mark.parametrize(
    ("language", "sentence", "signers"),
    [
        # Spanish: a run of places after "de", the first abbreviation glued to the last place
        ("es",
         "Los sindicatos regionales de Xandia, Zetlandia y Ybernia XLA, ZSC, YIG y XCS han "
         "decidido reclamar a los partidos que recojan sus demandas en una declaración "
         "conjunta.",
         ["XLA", "ZSC", "YIG", "XCS"]),
        # Spanish: the sector after a capitalised plural
        ("es",
         "Las Asociaciones de Empleados Municipales XEDEM y ZONAEM, ante los recortes, "
         "suscribimos este manifiesto.",
         ["XEDEM", "ZONAEM"]),
        # English: two places joined by "and", the second of two words
        ("en",
         "The trade unions of Xandia and the Zetland Coast XTU, ZWF and YSU have issued a joint "
         "statement against the new wage rules.",
         ["XTU", "ZWF", "YSU"]),
        # Portuguese: each place after its own preposition
        ("pt",
         "As centrais sindicais de Xandia e de Zetlândia XCT, ZUT e YSD assinaram uma declaração "
         "conjunta contra as novas regras salariais.",
         ["XCT", "ZUT", "YSD"]),
        # Italian: a region of two words
        ("it",
         "I sindacati di base della Xandia Meridionale XUB, ZCO e YSL hanno firmato un comunicato "
         "unitario contro le nuove regole salariali.",
         ["XUB", "ZCO", "YSL"]),
    ],
)  # fmt: skip
def test_abbreviations_glued_to_the_plurals_qualifier(
    language: str, sentence: str, signers: list[str]
) -> None:
    """The places or the sector a preposition after the plural names are not signers, and the
    first abbreviation, glued to them, is a name alone."""
    assert outside_of(read_text(_text(language, sentence))) == signers


def test_an_abbreviation_spelling_the_words_before_it_keeps_them() -> None:
    """An abbreviation that spells the words it is glued to is that name's own ("Xandia Teachers
    Union XTU"): the name is read whole."""
    sentence = (
        "The trade unions of the north Xandia Teachers Union XTU, ZWF and YSU have issued a "
        "joint statement against the new wage rules."
    )
    assert outside_of(read_text(_text("en", sentence))) == [
        "Xandia Teachers Union XTU",
        "ZWF",
        "YSU",
    ]
