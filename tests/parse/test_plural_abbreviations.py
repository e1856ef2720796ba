"""Nothing invented: an abbreviation written in the plural ("NGOs", "ONGs") names bodies of a
kind, as "the unions" does, and no one body. Among a list's entries it is reported as no name;
a text that keeps returning to it as its subject has no signer in it. All names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, outside_of, read_text, skipped_of

#: A cue and a list with an abbreviation in the plural among its bodies.
AMONG = {
    "en": (
        "We, the undersigned organisations, call on Zetland to free the jailed organisers.",
        ["Xandia Tenants Union", "NGOs", "Zetgrad Legal Aid Centre", "Ypsilon Women's Forum"],
    ),
    "fr": (
        "Nous, organisations signataires, demandons à la Zetlande de libérer les militants.",
        ["Union des Locataires de Xandia", "ONGs", "Centre Juridique de Zetgrad",
         "Forum des Femmes d'Ypsilon"],
    ),
    "es": (
        "Nosotras, las organizaciones firmantes, pedimos a Zetlandia que libere a los presos.",
        ["Unión de Inquilinos de Xandia", "ONGs", "Centro Jurídico de Zetgrado",
         "Foro de Mujeres de Ypsilon"],
    ),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(AMONG))
def test_a_plural_abbreviation_in_a_list_signs_nothing(language: str) -> None:
    cue, entries = AMONG[language]
    text = f"{PROSE[language]}\n\n{cue}\n\n" + "\n".join(entries) + "\n"
    document = read_text(text)
    assert lists_of(document) == [[e for e in entries if e != entries[1]]]
    assert outside_of(document) == []
    assert (entries[1], "not-a-name") in skipped_of(document)


def test_a_plural_abbreviation_the_text_keeps_returning_to_is_no_signer() -> None:
    text = (
        "CSOs Raise Their Voice Over Zetgrad Evictions\n\n"
        "CSOs working in Zetgrad have condemned the eviction of four hundred families.\n\n"
        "CSOs say the city council ignored every petition sent to it since the spring.\n\n"
        "CSOs will meet again next month to plan a march to the council hall.\n\n"
        f"{PROSE['en']}\n"
    )
    assert outside_of(read_text(text)) == []


def test_a_singular_abbreviation_the_text_keeps_returning_to_still_signs() -> None:
    text = (
        "XTU Raises Its Voice Over Zetgrad Evictions\n\n"
        "XTU has condemned the eviction of four hundred families in Zetgrad.\n\n"
        "XTU says the city council ignored every petition sent to it since the spring.\n\n"
        "XTU will meet again next month to plan a march to the council hall.\n\n"
        f"{PROSE['en']}\n"
    )
    assert outside_of(read_text(text)) == ["XTU"]
