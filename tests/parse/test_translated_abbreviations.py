"""Signers a sentence of the lead names one after another with their abbreviations in brackets,
when the abbreviation is not spelled by the name's words (a name translated from the language the
abbreviation is of), and a few words describing the next name stand between them (issue 18):
"a kormányzó Munka és Igazság (XMI) és volt koalíciós társa, a Szabad Zetland (SZ)". The name is
bounded by its capitalised words and the joining words between them, one of which must open with
a letter of the abbreviation. Names are made up
("Xandia", "Zetland").
"""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text

#: An argument paragraph in the languages :data:`.prose.PROSE` has none of.
_BODY = {
    "hu": "A régió dolgozói három hete sztrájkolnak az új bérszabályok ellen, és a tárgyalások "
    "eddig semmilyen eredményt nem hoztak a családok számára.",
    "az": "Bölgənin işçiləri üç həftədir yeni əmək haqqı qaydalarına qarşı tətil edirlər və "
    "danışıqlar indiyədək ailələr üçün heç bir nəticə verməyib.",
}


def _text(sentence: str, language: str) -> str:
    body = _BODY.get(language) or PROSE[language]
    return f"Xandia news\n\n{sentence}\n\n{body}\n"


@pytest.mark.parametrize(
    ("language", "sentence", "signers"),
    [
        # Hungarian: "és" (and) inside the first name, a description between the two
        ("hu",
         "Közös nyilatkozatot írt alá szombaton Xandia két pártja, a kormányzó Munka és Igazság "
         "(XMI) és volt koalíciós társa, a Szabad Zetland (SZ) nevű kispárt.",
         ["Munka és Igazság (XMI)", "Szabad Zetland (SZ)"]),
        # Azerbaijani: "və" (and) inside a name and between names, a last name with no
        # abbreviation closed by its type word
        ("az",
         "Xandiyanın hakim Azadlıq və Tərəqqi Partiyası (XAP) və onun müttəfiqi Milli Birlik "
         "Partiyası (XBP), həmçinin müxalifətdə olan Zetland Xalq Partiyası (ZXP) və Yaşıl "
         "Partiyası birgə bəyanat imzalayıblar.",
         ["Azadlıq və Tərəqqi Partiyası (XAP)", "Milli Birlik Partiyası (XBP)",
          "Zetland Xalq Partiyası (ZXP)", "Yaşıl Partiyası"]),
        # Greek: the capitalised article opening the sentence is not the name's
        ("el",
         "Το Εργατικό Κόμμα Ξάνδιας (ΕΚ) και ο σύμμαχός του, η Ένωση Ζέτλαντ (ΕΖΕ), εξέδωσαν "
         "κοινή δήλωση για τις εκλογές.",
         ["Εργατικό Κόμμα Ξάνδιας (ΕΚ)", "Ένωση Ζέτλαντ (ΕΖΕ)"]),
    ],
)  # fmt: skip
def test_names_with_abbreviations_they_do_not_spell(
    language: str, sentence: str, signers: list[str]
) -> None:
    assert outside_of(read_text(_text(sentence, language))) == signers


@pytest.mark.parametrize(
    "sentence",
    [
        # what the statement speaks of
        "The joint statement condemns the Xandia Labour Ministry (XLM) and the Zetland Border "
        "Agency (ZBA) for the arrests.",
        # a word of company parts the names: the second is whom the first stands against
        "The Xandia Workers Party (XWP) issued a statement against the Zetland Liberal Union "
        "(ZLU) today.",
    ],
)
def test_names_a_statement_speaks_of_sign_nothing(sentence: str) -> None:
    found = outside_of(read_text(_text(sentence, "en")))
    assert not any("Zetland" in name for name in found)


@pytest.mark.parametrize(
    ("language", "sentence", "signers"),
    [
        # English: the sentence's verb between two names is no description of the second
        ("en",
         "In a joint statement, the Xandia Party (XP) accused the Zetland Union (ZU) of "
         "betrayal.",
         []),
        # German: a kind word alone after "und" is no last name ("unions from all over Europe")
        ("de",
         "Die Xandia Partei (XP), die Zetland Union (ZU) und Gewerkschaften aus ganz Europa "
         "unterzeichneten die Erklärung.",
         ["Xandia Partei (XP)", "Zetland Union (ZU)"]),
        # German: the word for the representatives before the first name is none of its words
        ("de",
         "Die gemeinsame Erklärung unterzeichneten Vertreter Arbeiterpartei Xandias (PTX) und "
         "Gewerkschaft Zetlands (SZ).",
         ["Arbeiterpartei Xandias (PTX)", "Gewerkschaft Zetlands (SZ)"]),
        ("en",
         "The joint statement was signed by Representatives Workers Party of Xandia (PTX) and "
         "Zetland Union (SZ).",
         ["Workers Party of Xandia (PTX)", "Zetland Union (SZ)"]),
        # English: the same, the kind word capitalised before a word in lower case
        ("en",
         "The Xandia Party (XP), the Zetland Union (ZU) and Party members signed the "
         "statement.",
         ["Xandia Party (XP)", "Zetland Union (ZU)"]),
    ],
)  # fmt: skip
def test_what_stands_after_a_name_is_no_signer_by_form(
    language: str, sentence: str, signers: list[str]
) -> None:
    assert outside_of(read_text(_text(sentence, language))) == signers
