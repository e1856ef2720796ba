"""An entry of a list that is two names joined by a word for "and" or a comma, each closed as a name
on its own (its bracket of abbreviations or its country, or one abbreviation), is two entries:
"XKP (XK) i ZU (ZK)", "ABC y DEF (Zetlandia)", "ABC، DEF،". A name that holds a word for "and"
before its own close ("Union of Teachers and Lecturers (UTL)") is one, and so is a name with its
country after a comma, or a name in capitals whose "and" is in capitals too."""

from __future__ import annotations

import pytest

from kzld.parse.entries import coupled

from .reading import lists_of, read_text

#: The argument, the cue, the lines of a list as written, and the entries they give.
TEXTS = {
    "ar": (
        "تطالب الأحزاب بوقف ملاحقة أصحاب الرأي في زيتلاند وإطلاق سراح المعتقلين.",
        "الأحزاب الموقعة على البيان:",
        ["– حزب العمال الزيتلاندي (PTZ)", "– XKP، ZDR،", "– اتحاد قوى الزيتلاند"],
        ["حزب العمال الزيتلاندي (PTZ)", "XKP", "ZDR", "اتحاد قوى الزيتلاند"],
    ),
    "ca": (
        "Les entitats de Xandia manifestem la nostra defensa dels drets i de les llibertats.",
        "Signants:",
        [
            "Assemblea Xandiana (AX)",
            "Associació d’Universitats de Zetlàndia (AUZ) i Universitat de Xedra (UX-UXC)",
            "Unió de Pagesos i Ramaders (UPR)",
        ],
        [
            "Assemblea Xandiana (AX)",
            "Associació d’Universitats de Zetlàndia (AUZ)",
            "Universitat de Xedra (UX-UXC)",
            "Unió de Pagesos i Ramaders (UPR)",
        ],
    ),
    "es": (
        "Exigimos la aparición con vida de los estudiantes desaparecidos en Xandia.",
        "Firmantes:",
        ["XSE (Grecia)", "ZIP (Polonia)", "SOX y CGZ (España)", "Unión de Obreros y Campesinos"],
        ["XSE (Grecia)", "ZIP (Polonia)", "SOX", "CGZ (España)", "Unión de Obreros y Campesinos"],
    ),
    "en": (
        "We demand an end to the persecution of trade unionists in Xandia.",
        "Signed:",
        [
            "Union of Teachers and Lecturers (UTL)",
            "XKP and ZWU",
            "Xandia Workers' Party (XWP), Zetland",
        ],
        [
            "Union of Teachers and Lecturers (UTL)",
            "XKP",
            "ZWU",
            "Xandia Workers' Party (XWP), Zetland",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_an_entry_of_two_names_is_two_entries(language: str) -> None:
    argument, cue, lines, entries = TEXTS[language]
    text = "\n".join([argument, "", cue, *lines]) + "\n"
    assert lists_of(read_text(text)) == [entries]


@pytest.mark.parametrize(
    ("entry", "parts"),
    [
        ("ΖΣΕ (ΖΣ) και ΞΕΚ (ΞΚ)", ["ΖΣΕ (ΖΣ)", "ΞΕΚ (ΞΚ)"]),
        ("Союз рабочих и крестьян (СРК)", ["Союз рабочих и крестьян (СРК)"]),
        (
            "Union of Teachers and Lecturers (UTL) and XKP",
            ["Union of Teachers and Lecturers (UTL)", "XKP"],
        ),
        ("Xandia (XA) and Zetland Workers' Party", ["Xandia (XA) and Zetland Workers' Party"]),
        ("XWP, Zetland", ["XWP, Zetland"]),
        # a name in capitals, its "and" too: its words are no abbreviations by their form
        ("PARTIA E ZETLANDËS", ["PARTIA E ZETLANDËS"]),
        ("XKP (XK) AND ZWU (ZW)", ["XKP (XK)", "ZWU (ZW)"]),
        ("EDXi (27 rights and privacy groups)", ["EDXi (27 rights and privacy groups)"]),
    ],
)
def test_names_are_parted_only_after_a_close_of_their_own(entry: str, parts: list[str]) -> None:
    assert [part for _, part in coupled(entry)] == parts
    assert all(entry[at : at + len(part)] == part for at, part in coupled(entry))
