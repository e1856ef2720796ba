"""An inline list whose entries say in brackets what each body is ("X (a union of 40,000
teachers), Y (students' network in 12 cities) and Z") is read as it is without the brackets:
each entry is the name without its description, a closing phrase naming many bodies of a kind
("and many local groups from all around Xandia") is no entry, and the sentence after the list is
none of it."""

from __future__ import annotations

import pytest

from kzld.parse.lists import sentence_end, undescribed, unnamed_many

from .reading import lists_of, read_text

#: An argument, then a line opening the list after a colon, its entries with descriptions, and
#: a sentence after it.
TEXTS = {
    "en": (
        "The dock workers of Zetland have been on strike for three weeks for safe work and fair"
        " pay. The port authority has refused every offer of talks.\n\n"
        "The first signatories of the appeal include: Xandia Teachers Union (a union of 40,000"
        " teachers), Zetland Students (students' network in 12 cities), the Xandia Workers"
        " Federation (XWF), the Zetland Peace Council, XKP (a party of the left), and many local"
        " groups from all around Xandia (9 towns so far...). The appeal is open for signature by"
        " other organisations.\n",
        ["Xandia Teachers Union", "Zetland Students", "Xandia Workers Federation (XWF)",
         "Zetland Peace Council", "XKP"],
    ),
    "es": (
        "Los trabajadores portuarios de Zetland están en huelga desde hace tres semanas por un"
        " trabajo seguro y un salario justo. La autoridad portuaria ha rechazado toda oferta de"
        " diálogo.\n\n"
        "Entre los primeros firmantes del llamamiento están: Sindicato de Docentes de Xandia (un"
        " sindicato de 40.000 docentes), Estudiantes de Zetland (red estudiantil en 12 ciudades),"
        " la Federación Obrera de Xandia (FOX), el Consejo de Paz de Zetland y XKP (un partido de"
        " izquierda). El llamamiento está abierto a otras organizaciones.\n",
        ["Sindicato de Docentes de Xandia", "Estudiantes de Zetland",
         "Federación Obrera de Xandia (FOX)", "Consejo de Paz de Zetland", "XKP"],
    ),
    "de": (
        "Die Hafenarbeiter in Zetland streiken seit drei Wochen für sichere Arbeit und gerechten"
        " Lohn. Die Hafenbehörde hat jedes Gesprächsangebot abgelehnt.\n\n"
        "Zu den Erstunterzeichnern des Aufrufs gehören: Lehrergewerkschaft Xandia (eine"
        " Gewerkschaft mit 40.000 Mitgliedern), Studierende Zetland (ein Netzwerk in 12 Städten),"
        " der Xandische Arbeiterbund (XAB), der Friedensrat Zetland und XKP. Der Aufruf steht"
        " weiteren Organisationen offen.\n",
        ["Lehrergewerkschaft Xandia", "Studierende Zetland", "Xandische Arbeiterbund (XAB)",
         "Friedensrat Zetland", "XKP"],
    ),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_an_inline_list_with_described_entries_gives_the_names(language: str) -> None:
    text, names = TEXTS[language]
    assert lists_of(read_text(text)) == [names]


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Xandia Union (a union of 40,000 teachers)", "Xandia Union"),
        ("Zetland Students (red estudiantil en 12 ciudades)", "Zetland Students"),
        ("XKP (eine Gewerkschaft mit 40.000 Mitgliedern)", "XKP"),
        ("ZTA (Zetland trade association for small shops)", "ZTA"),
        ("Sindicato Xandiano (sección de Zedville)", "Sindicato Xandiano (sección de Zedville)"),
        ("Xandia Harbour Group (deutscher Teil)", "Xandia Harbour Group (deutscher Teil)"),
        ("Xandia Workers Party (XWP)", "Xandia Workers Party (XWP)"),
        ("XDRi (27 European civil rights and privacy NGOs)", "XDRi"),
        ("Zetsol (12 sindicatos regionales de Zetlandia)", "Zetsol"),
        ("Xandia Netz (35 lokale Gruppen in Xandia)", "Xandia Netz"),
        ("Xandia Front (1 Mai Zedtown)", "Xandia Front (1 Mai Zedtown)"),
    ],
)
def test_a_description_in_brackets_is_no_part_of_the_name(raw: str, name: str) -> None:
    assert undescribed(raw) == name


@pytest.mark.parametrize(
    ("raw", "many"),
    [
        ("and many local groups from all around Xandia", True),
        ("y colectivos de toda Zetland", True),
        ("the unions of Zetland", True),
        ("the Xandia Union", False),
        ("les syndicats XKT", False),
    ],
)
def test_a_phrase_of_many_bodies_of_a_kind_names_none(raw: str, many: bool) -> None:
    assert unnamed_many(raw) is many


def test_a_full_stop_after_a_closing_bracket_ends_the_sentence() -> None:
    body = "A (so far...), B (XB). The letter is open."
    assert sentence_end(body) == body.index(". The")
