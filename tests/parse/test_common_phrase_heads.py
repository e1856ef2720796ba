"""Nothing invented: a line over a text's title that the text goes on to write with every word
in lower case ("GLOBAL TENANTS NETWORK" over "... members of the global tenants network ...") is
a common phrase set in capitals, no one body's name, and signs nothing; without that lower-case
mention the same line signs as a letterhead. Names and places are made up."""

from __future__ import annotations

import pytest

from kzld.parse.signatories.gate import _common_phrase

from .prose import PROSE
from .reading import outside_of, read_text

#: The line over the title, the title, a lead that writes the line's words in lower case, and
#: a lead that does not.
HEADS = {
    "en": (
        "GLOBAL TENANTS NETWORK",
        "Rents must be frozen",
        "We write as members of the global tenants network from forty towns of Zetland.",
        "We write as members of the tenants' movement from forty towns of Zetland.",
    ),
    "fr": (
        "RÉSEAU MONDIAL DES LOCATAIRES",
        "Geler les loyers",
        "Nous écrivons au nom du réseau mondial des locataires de quarante villes de Zetlande.",
        "Nous écrivons au nom des locataires de quarante villes de Zetlande.",
    ),
    # capitals drop the accents that lower case writes
    "el": (
        "ΠΑΓΚΟΣΜΙΟ ΔΙΚΤΥΟ ΕΝΟΙΚΙΑΣΤΩΝ",
        "Να παγώσουν τα ενοίκια",
        "Γράφουμε ως παγκόσμιο δίκτυο ενοικιαστών από σαράντα πόλεις της Ζέτλαντ.",
        "Το Παγκόσμιο Δίκτυο Ενοικιαστών ζητά να παγώσουν τα ενοίκια σε σαράντα πόλεις.",
    ),
    "es": (
        "RED MUNDIAL DE INQUILINOS",
        "Congelar los alquileres",
        "Escribimos en nombre de la red mundial de inquilinos de cuarenta ciudades de Zetlandia.",
        "Escribimos en nombre de los inquilinos de cuarenta ciudades de Zetlandia.",
    ),
}


def _text(language: str, lead: str) -> str:
    head, title, _, _ = HEADS[language]
    return f"{head}\n\n{title}\n\n{lead}\n\n{PROSE[language]}\n"


@pytest.mark.parametrize("language", sorted(HEADS))
def test_a_head_the_text_writes_in_lower_case_signs_nothing(language: str) -> None:
    _, _, lowered, _ = HEADS[language]
    assert outside_of(read_text(_text(language, lowered))) == []


@pytest.mark.parametrize("language", sorted(HEADS))
def test_written_nowhere_in_lower_case_the_head_signs(language: str) -> None:
    head, _, _, plain = HEADS[language]
    assert outside_of(read_text(_text(language, plain))) == [head]


def test_what_a_common_phrase_is() -> None:
    text = "We write as members of the global tenants\nnetwork and of the Zetland Tenants Network."
    assert _common_phrase("Global Tenants Network", text)  # over a line's break
    assert _common_phrase("GLOBAL TENANTS NETWORK", text)
    assert not _common_phrase("Zetland Tenants Network", text)  # written capitalised only
    assert not _common_phrase("Tenants", text)  # one word: a common word's too often
    assert not _common_phrase("Global Tenants (GTN)", text)  # a bracket: read as written
    assert not _common_phrase("Tenants Network", "the tenants networks of Zetland")
    assert _common_phrase("ΔΙΚΤΥΟ ΕΝΟΙΚΙΑΣΤΩΝ", "το δίκτυο ενοικιαστών της πόλης")
