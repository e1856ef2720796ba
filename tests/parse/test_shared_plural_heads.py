"""Nothing invented: words before a word for a kind in the plural, in lower case, that they
share ("the Xandian Labour and Green parties", "Xandias och Zetlands fackförbund") describe
bodies of that kind and name none of them; the abbreviations and names beside them still sign.
All names and sentences are made up."""

from __future__ import annotations

import pytest

from .reading import outside_of, read_text

#: Per language: a headline, a lead whose run of signers ends with words sharing a plural kind
#: word, and a sentence of argument.
SHARED = {
    "en": (
        "Strike in Zetgrad",
        "XTU, ZWU, the Xandian Labour and Green parties call on the government to end the "
        "lockout at once.",
        "The workers of the region have been on strike for three weeks against the new wage "
        "rules, and the government has answered them with arrests.",
    ),
    "sv": (
        "Strejk i Zetgrad",
        "XTU, ZWU, Xandias och Zetlands fackförbund kräver att regeringen genast häver lockouten.",
        "Arbetarna i regionen har strejkat i tre veckor mot de nya lönereglerna, och regeringen "
        "har svarat med gripanden.",
    ),
    "fi": (
        "Lakko Zetgradissa",
        "XTU, ZWU, Kunnan ja Seurakunnan työmarkkinalaitokset vaativat hallitusta lopettamaan "
        "työsulun heti.",
        "Alueen työntekijät ovat olleet lakossa kolme viikkoa uusia palkkasääntöjä vastaan, ja "
        "hallitus on vastannut pidätyksillä.",
    ),
}


@pytest.mark.parametrize("language", sorted(SHARED))
def test_words_sharing_a_plural_kind_word_sign_nothing(language: str) -> None:
    headline, lead, argument = SHARED[language]
    assert outside_of(read_text(f"{headline}\n\n{lead}\n\n{argument}\n")) == ["XTU", "ZWU"]


def test_a_name_with_its_own_kind_word_still_signs() -> None:
    headline, _, argument = SHARED["en"]
    lead = "XTU, ZWU and the Xandian Labour Party call on the government to end the lockout."
    assert outside_of(read_text(f"{headline}\n\n{lead}\n\n{argument}\n")) == [
        "XTU",
        "ZWU",
        "Xandian Labour Party",
    ]
