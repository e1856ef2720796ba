"""A title in capitals joins its signers with a word for "and" in capitals, or "&": it parts two
names where a type word closes the name before it or opens the one after it ("X PARTY AND Y
CONGRESS PARTY & Z PARTY", "PARTIDO X Y LA UNIÓN Z"); "HOMELAND AND FREEDOM PARTY" stays one
name. Names are made up."""

from __future__ import annotations

import pytest

from .reading import outside_of, read_text


@pytest.mark.parametrize(
    ("title", "argument", "names"),
    [
        ("COALITION AGREEMENT BETWEEN XANDIA DEMOCRATIC PARTY AND ZETLAND NATIONAL CONGRESS PARTY "
         "& YPSILON LABOUR PARTY",
         "This agreement is made between the founding parties, who have decided to contest the "
         "next general elections together and to form a government for every part of the country.",
         ["XANDIA DEMOCRATIC PARTY", "ZETLAND NATIONAL CONGRESS PARTY", "YPSILON LABOUR PARTY"]),
        ("DECLARACIÓN CONJUNTA ENTRE EL PARTIDO OBRERO XANDIANO Y LA UNIÓN SINDICAL ZETLANDESA",
         "Las dos organizaciones han decidido presentarse juntas a las próximas elecciones y "
         "formar un gobierno que represente a todas las regiones del país.",
         ["PARTIDO OBRERO XANDIANO", "UNIÓN SINDICAL ZETLANDESA"]),
        ("СОВМЕСТНОЕ ЗАЯВЛЕНИЕ МЕЖДУ КСАНДИЙСКОЙ РАБОЧЕЙ ПАРТИЕЙ И ЗЕТЛАНДСКИМ НАРОДНЫМ ФРОНТОМ",
         "Обе организации решили вместе участвовать в ближайших выборах и сформировать "
         "правительство, представляющее все регионы страны.",
         ["КСАНДИЙСКОЙ РАБОЧЕЙ ПАРТИЕЙ", "ЗЕТЛАНДСКИМ НАРОДНЫМ ФРОНТОМ"]),
        ("ΚΟΙΝΗ ΔΗΛΩΣΗ ΜΕΤΑΞΥ ΤΟΥ ΞΑΝΔΙΚΟΥ ΕΡΓΑΤΙΚΟΥ ΚΟΜΜΑΤΟΣ ΚΑΙ ΤΗΣ ΖΕΤΛΑΝΔΙΚΗΣ ΕΝΩΣΗΣ",
         "Οι δύο οργανώσεις αποφάσισαν να κατέβουν μαζί στις επόμενες εκλογές και να σχηματίσουν "
         "κυβέρνηση που εκπροσωπεί όλες τις περιοχές της χώρας.",
         ["ΞΑΝΔΙΚΟΥ ΕΡΓΑΤΙΚΟΥ ΚΟΜΜΑΤΟΣ", "ΖΕΤΛΑΝΔΙΚΗΣ ΕΝΩΣΗΣ"]),
        ("JOINT STATEMENT BETWEEN THE HOMELAND AND FREEDOM PARTY AND THE XANDIA WORKERS UNION",
         "The two organisations have decided to contest the next elections together and to form a "
         "government that represents every region of the country.",
         ["HOMELAND AND FREEDOM PARTY", "XANDIA WORKERS UNION"]),
    ],
)  # fmt: skip
def test_a_word_for_and_in_capitals_parts_names_a_type_word_bounds(
    title: str, argument: str, names: list[str]
) -> None:
    assert outside_of(read_text(f"{title}\n\n{argument}\n")) == names
