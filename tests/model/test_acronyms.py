"""One rule for whether an abbreviation spells a name's initials (reader and resolver)."""

from __future__ import annotations

import pytest

from kzld.model.acronyms import spells_initials
from kzld.resolve.orgs.names import tokens, transliterate


@pytest.mark.parametrize(
    ("abbreviation", "name", "spells"),
    [
        ("XPB", "X Party of Britain", True),  # a link word is skipped
        ("XPBr", "X Party of Britain", True),  # the last letter from inside a word
        ("XPdB", "X Partido do Brasil", True),
        ("XPoB", "X Partido Brasil", False),  # a letter from inside the name, not at its end
        ("ÇKP", "Çalışkan Komünist Partisi", True),  # accents folded
        ("TUDEH", "Party of Iran", False),  # a word of the name, not its initials
        ("PX", "X Party", False),  # initials in another order
        ("X", "X Party", False),  # one letter spells nothing
    ],
)
def test_the_reader_compares_folded_letters(abbreviation: str, name: str, spells: bool) -> None:
    assert spells_initials(abbreviation, name.split()) is spells


def test_the_resolver_compares_letters_of_any_script_romanised() -> None:
    greek = "Κομμουνιστικό Κόμμα Ατλαντίδας"
    assert spells_initials("ΚΚΑ", tokens(greek), spell=transliterate)
    assert not spells_initials("KKA", tokens(greek))  # folded only: Greek letters stay Greek
