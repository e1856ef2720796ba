"""The issuer a title or the lead's first sentence names after its word for a statement, a
participle of issuing and a word for "by" ("Statement issued by the X", "Comunicato diffuso dalla
X", "بيان صادر عن X"): each name reading as an organisation's by its own words, or one name read
by its capitals after words in lower case that say its kind ("the trade union Zetsol"). A plural
of a kind, a meeting or a person so named signs nothing. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text

#: Each case: a text whose title or lead names its issuer so, and the signers.
ISSUED = {
    "en": (
        "Zetsol - Pensions: win by our determination!\n"
        "Statement issued by the trade union Zetsol in response to the communique of the "
        "inter-union meeting on 21 October 2010.\n\n"
        f"{PROSE['en']}\n",
        ["Zetsol"],
    ),
    "it": (
        f"Comunicato diffuso dalla Federazione Xandiana del Lavoro\n\n{PROSE['it']}\n",
        ["Federazione Xandiana del Lavoro"],
    ),
    "ar": (
        f"بيانات وتصريحات\n\nبيان صادر عن ائتلاف الأحزاب الزيتلاندية\n\n{PROSE['ar']}\n",
        ["ائتلاف الأحزاب الزيتلاندية"],
    ),
}


@pytest.mark.parametrize("language", sorted(ISSUED))
def test_the_issuer_named_after_a_statement_word_and_its_participle_signs(
    language: str,
) -> None:
    text, signers = ISSUED[language]
    assert outside_of(read_text(text)) == signers


@pytest.mark.parametrize(
    "text",
    [
        # a plural that says the kind of its issuers names none
        f"Joint statement issued by communist parties from across Xandia\n\n{PROSE['en']}\n",
        # a person delivers a statement, no organisation issues it
        f"Statement delivered by Ana Zet\n\n{PROSE['en']}\n",
        # a meeting is an event, no signer
        f"بلاغ صادر عن لقاء اليساريين في زيتلاند 23 أيلول\n\n{PROSE['ar']}\n",
    ],
)
def test_no_organisation_issued_so_signs_nothing(text: str) -> None:
    assert outside_of(read_text(text)) == []
