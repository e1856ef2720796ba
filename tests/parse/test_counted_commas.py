"""Names in apposition to a number of organisations, parted by the commas and the last word for
"and" when a word for "and" stands inside a name (issue 18): "five parties – A of X and Y, B and
C, D and E –" names five, the number says where the names end. Names are made up ("Xandia",
"Zetland").
"""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text


def _text(sentence: str, body: str) -> str:
    return f"Xandia news\n\n{body}\n\n{sentence}\n\n{body}\n"


@pytest.mark.parametrize(
    ("language", "sentence", "signers"),
    [
        # Croatian: five, in the genitive between dashes; "i" inside two names, a kind word in
        # lower case before one
        ("en",
         "Predstavnici pet političkih stranaka – Socijaldemokratske partije Xandije i Zetlandije "
         "(SDP XZ), Naroda i Pravde, NES-a, stranke Ypsilon i Pokreta demokratske akcije – "
         "potpisali su danas Sporazum o zajedničkom nastupu.",
         ["Socijaldemokratske partije Xandije i Zetlandije (SDP XZ)", "Naroda i Pravde", "NES-a",
          "Ypsilon", "Pokreta demokratske akcije"]),
        # Spanish: four, "y" inside the first name, an article before each
        ("es",
         "Los dirigentes de cuatro partidos – el Partido del Trabajo y la Justicia, el Frente "
         "Verde Xandiano, la Unión Popular de Zetlandia y la Liga Socialista Ypsilon – se "
         "reunieron el lunes.",
         ["Partido del Trabajo y la Justicia", "Frente Verde Xandiano",
          "Unión Popular de Zetlandia", "Liga Socialista Ypsilon"]),
        # Greek: four, "και" inside the first name (read right before by the plural's
        # apposition too: a guard)
        ("el",
         "Εκπρόσωποι τεσσάρων κομμάτων – Κόμμα Εργασίας και Δικαιοσύνης, Πράσινο Μέτωπο "
         "Ξάνιας, Λαϊκή Ένωση Ζέτας και Σοσιαλιστική Ένωση Ύψιλον – υπέγραψαν σήμερα τη "
         "συμφωνία.",
         ["Κόμμα Εργασίας και Δικαιοσύνης", "Πράσινο Μέτωπο Ξάνιας", "Λαϊκή Ένωση Ζέτας",
          "Σοσιαλιστική Ένωση Ύψιλον"]),
    ],
)  # fmt: skip
def test_the_number_parts_names_holding_and(
    language: str, sentence: str, signers: list[str]
) -> None:
    assert outside_of(read_text(_text(sentence, PROSE[language]))) == signers


def test_commas_that_give_another_number_part_nothing() -> None:
    """Three parts between the commas and the last "and" where the text says five: the
    commas are not the names (nothing is read by them; no name is cut)."""
    sentence = (
        "Representatives of five parties – the Party of Labour and Justice, the Xandia Green "
        "Front and the Zetland People's Union – met on Monday."
    )
    assert outside_of(read_text(_text(sentence, PROSE["en"]))) == []
