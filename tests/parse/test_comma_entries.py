"""Entries with a comma inside: in an enumeration parted by commas, a comma inside a short bracket
belongs to the name's gloss (``X Centre (Y Union, Xandia)``) and parts no entries; a bracket of
members with many separators still opens a list. A name whose type words are written in one
script and its proper name in another (``Συνδικαλιστική Οργάνωση Left Bloc``) is one name, not a
name and its translation. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, read_text

#: A cue, then names parted by commas, one with a comma inside its bracket, per language.
GLOSSED = {
    "en": (
        "The unions that sign the declaration are the following:",
        [
            "Xandia Workers' Union (Zetland)",
            "Labour Centre of Ypsilon (XLC Union, Zetland)",
            "Front of Class Unions (Xandia)",
            "Federation of Pensioners XPF (Zetland)",
        ],
    ),
    "el": (
        "Τα συνδικάτα που υπογράφουν είναι τα εξής:",
        [
            "Συνδικάτο Εργατών Ξάνιας (Ζετλανδία)",
            "Εργατικό Κέντρο Υψιλάνδης (XLC Union, Ζετλανδία)",
            "Μέτωπο Ταξικών Συνδικάτων (Ξάνια)",
            "Ομοσπονδία Συνταξιούχων XPF (Ζετλανδία)",
        ],
    ),
    "es": (
        "Los sindicatos que firman la declaración son los siguientes:",
        [
            "Sindicato de Trabajadores de Xandia (Zetlandia)",
            "Central Obrera de Ypsilon (Unión XLC, Zetlandia)",
            "Frente de Sindicatos de Clase (Xandia)",
            "Federación de Pensionistas FPX (Zetlandia)",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(GLOSSED))
def test_a_comma_inside_a_bracket_parts_no_entries(language: str) -> None:
    cue, names = GLOSSED[language]
    body = PROSE[language]
    text = f"{body[:40]}\n\n{body}\n\n{cue} {', '.join(names)}.\n"
    assert lists_of(read_text(text)) == [names]


#: Names whose type words are in the text's script and whose proper name is in Latin letters.
MIXED = {
    "el": ("Υπογράφουν:", ["Συνδικαλιστική Οργάνωση Left Bloc", "Εργατικό Κέντρο Ξάνιας"]),
    "ru": ("Подписали:", ["Профсоюзная организация Left Bloc", "Рабочий центр Ксании"]),
    "bg": ("Подписали:", ["Синдикална организация Left Bloc", "Работнически център Ксания"]),
}


@pytest.mark.parametrize("language", sorted(MIXED))
def test_type_words_before_a_name_in_latin_letters_are_one_name(language: str) -> None:
    cue, names = MIXED[language]
    body = PROSE.get(language, PROSE["ru"])
    listed = "\n".join([*names, "Xandia Solidarity Network"])
    text = f"{body[:40]}\n\n{body}\n\n{cue}\n{listed}\n"
    assert lists_of(read_text(text)) == [[*names, "Xandia Solidarity Network"]]


def test_a_name_and_its_translation_in_another_script_are_still_parted() -> None:
    body = PROSE["el"]
    text = (
        f"{body[:40]}\n\n{body}\n\nΥπογράφουν:\n"
        "Parti du Travail de Xandie - Κόμμα Εργασίας Ξάνιας\n"
        "Parti Communiste de Zetlande - Κομμουνιστικό Κόμμα Ζετλανδίας\n"
    )
    assert lists_of(read_text(text)) == [
        ["Parti du Travail de Xandie", "Parti Communiste de Zetlande"]
    ]


#: Words that describe a body in one script, then its own name in another with nothing between
#: them (a foreign union named as it names itself), among other names, per language.
DESCRIBED = {
    "el": (
        "Υπογράφουν:",
        ["Συνδικάτο στις Κατασκευές Xandia Roofers Union Local 36 (Ζετλανδία)",
         "Συνδικάτο Μετρό Ξάνιας Zeko Klubb 111 (Ξάνια)", "Εργατικό Κέντρο Ξάνιας"],
    ),
    "ru": (
        "Подписали:",
        ["Профсоюз строителей Xandia Roofers Union Local 36 (Зетландия)",
         "Профсоюз метро Ксании Zeko Klubb 111 (Ксания)", "Рабочий центр Ксании"],
    ),
    "ar": (
        "الموقعون:",
        ["نقابة عمال البناء Xandia Roofers Union Local 36 (زيتلاند)",
         "نقابة عمال المترو Zeko Klubb 111 (كسانديا)", "المركز العمالي في كسانديا"],
    ),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(DESCRIBED))
def test_a_body_s_own_name_after_words_that_describe_it_is_one_name(language: str) -> None:
    cue, names = DESCRIBED[language]
    body = PROSE.get(language, PROSE["ru"])
    text = f"{body[:40]}\n\n{body}\n\n{cue}\n" + "\n".join(names) + "\n"
    assert lists_of(read_text(text)) == [names]
