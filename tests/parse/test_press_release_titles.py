"""Nothing invented: a title that says the text is a press release or a statement to the press,
written in capitals ("COMUNICADO DE PRENSA", lt "PRANEŠIMAS SPAUDAI", pl "KOMUNIKAT PRASOWY"),
names no signer: the word for the press after the word for a statement is the statement's
(``press_words`` of ``cues.yaml``), though in capitals it looks like an abbreviation; a name
that ends with it is whole ("Xandia Free Press"). The names are made up."""

from __future__ import annotations

import pytest

from kzld.model.folding import fold

from .reading import lists_of, outside_of, read_text

#: A title in capitals, the word for the press in it, and a paragraph of the text's language.
RELEASES = {
    "es": (
        "COMUNICADO DE PRENSA",
        "PRENSA",
        "La Unión de Inquilinos de Xandia rechaza la subida de los alquileres anunciada ayer por "
        "el gobierno y convoca una manifestación para el sábado.",
    ),
    "fr": (
        "COMMUNIQUÉ DE PRESSE",
        "PRESSE",
        "L'Union des locataires de Xandie rejette la hausse des loyers annoncée hier par le "
        "gouvernement et appelle à manifester samedi.",
    ),
    "ca": (
        "COMUNICAT DE PREMSA",
        "PREMSA",
        "La Unió de Llogaters de Xàndia rebutja la pujada dels lloguers anunciada ahir pel govern "
        "i convoca una manifestació dissabte.",
    ),
    "ro": (
        "COMUNICAT DE PRESĂ",
        "PRESĂ",
        "Uniunea Chiriașilor din Xandia respinge creșterea chiriilor anunțată ieri de guvern și "
        "cheamă la protest sâmbătă.",
    ),
    "lt": (
        "PRANEŠIMAS SPAUDAI",
        "SPAUDAI",
        "Xandijos nuomininkų sąjunga atmeta vyriausybės vakar paskelbtą nuomos kainų didinimą ir "
        "šeštadienį kviečia į protesto akciją.",
    ),
    "lv": (
        "PAZIŅOJUMS PRESEI",
        "PRESEI",
        "Ksandijas īrnieku arodbiedrība noraida valdības vakar paziņoto īres maksas "
        "palielinājumu un sestdien aicina uz protesta akciju.",
    ),
    "pl": (
        "KOMUNIKAT PRASOWY",
        "PRASOWY",
        "Związek Lokatorów Ksandii odrzuca ogłoszoną wczoraj przez rząd podwyżkę czynszów i "
        "wzywa do protestu w sobotę.",
    ),
}


@pytest.mark.parametrize("language", sorted(RELEASES))
def test_the_word_for_the_press_in_a_title_in_capitals_signs_nothing(language: str) -> None:
    title, press, paragraph = RELEASES[language]
    document = read_text(f"{title}\n\n{paragraph}\n\n{paragraph}\n")
    assert not [name for name in outside_of(document) if fold(press) in fold(name)]


def test_a_name_that_ends_with_the_word_for_the_press_is_no_cut_entry() -> None:
    text = (
        "Joint statement against the cuts\n\n"
        "We, the undersigned organisations, reject the budget cuts the government of Xandia "
        "announced last week.\n\nSigned by:\n\n"
        "Xandia Workers' Party\nZetland Teachers' Union\nXandian Tenants' Federation\n"
        "Zetland Free Press\n"
    )
    document = read_text(text)
    assert lists_of(document) == [
        [
            "Xandia Workers' Party",
            "Zetland Teachers' Union",
            "Xandian Tenants' Federation",
            "Zetland Free Press",
        ]
    ]
