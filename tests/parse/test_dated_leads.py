"""A lead that opens with a date alone and a dash before its first sentence ("7 August 2012 -
The X and the Y condemn ...", "3 de marzo de 2020 - El X y la Y exigen ..."), the dash perhaps
written onto the year ("2012- The X ...") (issue 18): the date is the dateline's, no word of
the first name, and the names after it are the sentence's subject. A number that counts
organisations before a dash is no date. Names are made up ("Xandia", "Zetland")."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text


@pytest.mark.parametrize(
    ("language", "lead", "signers"),
    [
        ("en",
         "7 August 2012- The Xandia Workers Party and the Zetland Teachers Union condemn the "
         "arrests of the strikers.",
         ["Xandia Workers Party", "Zetland Teachers Union"]),
        ("es",
         "3 de marzo de 2020 - El Partido Obrero de Xandia y la Federación Sindical de Zetland "
         "exigen la libertad de los huelguistas.",
         ["Partido Obrero de Xandia", "Federación Sindical de Zetland"]),
        ("fr",
         "3 mars 2020 – Le Parti Ouvrier de Xandie et la Fédération Syndicale de Zetland "
         "condamnent les arrestations des grévistes.",
         ["Parti Ouvrier de Xandie", "Fédération Syndicale de Zetland"]),
    ],
)  # fmt: skip
def test_the_subject_after_a_dated_dash_signs(language: str, lead: str, signers: list[str]) -> None:
    assert outside_of(read_text(f"{lead}\n\n{PROSE[language]}\n")) == signers
