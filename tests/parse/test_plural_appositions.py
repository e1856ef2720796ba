"""Names in apposition to a word for organisations in the plural (issue 18): enclosed in brackets
or between two spaced dashes, after a few words of the word's qualifier ("Τα σωματεία της Xandias
(A, B, C) εκφράζουμε ...", "As centrais sindicais (A, B e C) divulgaram ..."), where inside
brackets only the closing bracket ends the names (an initial's stop does not) and every part
must read as an organisation's name, or none is taken; and after a capitalised plural that the
sentence's article opens ("Las Centrales Sindicales A; B; C, ..."), which is no name's word.
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
