"""A word for the statement in a case of its own opening the sentence that names its signers
("Açıklamaya A, B ve C katıldı", "Nyilatkozathoz A, B és C csatlakozott"): the first name is read
after it, and the word is no part of it."""

from __future__ import annotations

import pytest

from .reading import outside_of, read_text

#: A title, a lead whose count says how many signed, the sentence naming them, and the argument.
TEXTS = {
    "tr": (
        "Üç partiden ortak açıklama",
        "Zetland’da limanların kapatılması kararı üzerine üç siyasi parti ortak bir açıklama"
        " yayımladı. Açıklamaya {names} katıldı.",
        ("Xandia Emek Partisi", "Zetland Sol Partisi", " ve ", "Yeşil Xandia Partisi"),
        "Açıklamada, kararın iki bin işçiyi işsiz bırakacağı ve derhal geri çekilmesi gerektiği"
        " vurgulandı.",
    ),
    "hu": (
        "Három párt közös nyilatkozata",
        "Zetland kikötőinek bezárása miatt három párt közös nyilatkozatot adott ki."
        " Nyilatkozathoz {names} csatlakozott.",
        ("Xandiai Munkáspárt", "Zetlandi Zöld Párt", " és ", "Xandiai Szocialista Párt"),
        "A nyilatkozat szerint a döntés kétezer munkást tenne munkanélkülivé, ezért azonnal"
        " vissza kell vonni.",
    ),
    "fi": (
        "Kolmen puolueen julkilausuma",
        "Zetlandin satamien sulkemisen vuoksi kolme puoluetta antoi yhteisen julkilausuman."
        " Julkilausumaan {names} yhtyivät.",
        (
            "Xandian Työväenpuolue",
            "Zetlandin Vihreä Puolue",
            " ja ",
            "Xandian Sosialistinen Puolue",
        ),
        "Julkilausuman mukaan päätös jättäisi kaksituhatta työntekijää työttömiksi, ja se on"
        " peruttava heti.",
    ),
}


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_the_first_signer_is_read_after_the_statement_word_in_its_case(language: str) -> None:
    title, lead, (first, second, join, third), argument = TEXTS[language]
    names = f"{first}, {second}{join}{third}"
    text = f"{title}\n\n{lead.format(names=names)}\n\n{argument}\n"
    assert outside_of(read_text(text)) == [first, second, third]
