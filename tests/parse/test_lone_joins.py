"""A title in capitals that ends with a word that joins a statement's name to its signers ("OF
THE", "DU", Greek "ΤΥΠΟΥ" of "ΔΕΛΤΙΟ ΤΥΠΟΥ", press release) names no signer: a joining word
alone names nothing. Names are made up."""

from __future__ import annotations

import pytest

from .reading import outside_of, read_text


@pytest.mark.parametrize(
    ("title", "argument"),
    [
        ("ΚΟΙΝΟ ΔΕΛΤΙΟ ΤΥΠΟΥ",
         "Οι δύο οργανώσεις αποφάσισαν να κατέβουν μαζί στις επόμενες εκλογές και να σχηματίσουν "
         "κυβέρνηση που εκπροσωπεί όλες τις περιοχές της χώρας."),
        ("JOINT STATEMENT OF THE",
         "The two organisations have decided to contest the next elections together and to form a "
         "government that represents every region of the country."),
        ("DÉCLARATION COMMUNE DU",
         "Les deux organisations ont décidé de se présenter ensemble aux prochaines élections et "
         "de former un gouvernement qui représente toutes les régions du pays."),
    ],
)  # fmt: skip
def test_a_joining_word_alone_at_a_titles_end_names_no_signer(title: str, argument: str) -> None:
    assert outside_of(read_text(f"{title}\n\n{argument}\n")) == []
