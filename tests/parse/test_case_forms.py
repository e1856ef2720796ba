"""Signers whose names the text writes only in a case of their own or mutated: a type word in its
cases ("Keskerakonna" of "erakond", "Ammattiliiton" of "ammattiliitto", "Partii" of "partia"),
as the end of a compound ("Rahvaerakonna"), with a Welsh mutation ("Phlaid" of "plaid"); and a
heading further down that names the statement a news report quotes, with its signers in the
genitive. Organisation names are made up ("Xandia", "Zetland")."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text


@pytest.mark.parametrize(
    ("heading", "signers"),
    [
        # Estonian: the genitive of "erakond", alone and closing compounds, then the statement
        ("Xandia Keskerakonna, Zetlandi Rahvaerakonna ning Ypsi Erakonna esimeeste ühisavaldus",
         ["Xandia Keskerakonna", "Zetlandi Rahvaerakonna", "Ypsi Erakonna"]),
        # Finnish: "liitto" in the genitive ("-liiton", consonant gradation), closing a compound
        ("Xandian Puolueen ja Zetlandin Ammattiliiton yhteinen julkilausuma",
         ["Xandian Puolueen", "Zetlandin Ammattiliiton"]),
        # Polish: the statement first, the names after it in the genitive
        ("Wspólne oświadczenie Xandyjskiej Partii Pracy i Zetlandzkiego Związku Zawodowego",
         ["Xandyjskiej Partii Pracy", "Zetlandzkiego Związku Zawodowego"]),
        # a heading that names no one, and one that describes the signers by a plural
        ("Ühisavaldus täismahus", []),
        ("Yhteinen julkilausuma puolueiden puolesta", []),
    ],
)  # fmt: skip
def test_a_heading_under_the_lead_names_the_signers_of_its_statement(
    heading: str, signers: list[str]
) -> None:
    text = f"Title\n\n{PROSE['en']}\n\n{heading}\n\n{PROSE['en']}\n"
    assert outside_of(read_text(text)) == signers


def test_a_heading_above_the_lead_is_the_title_not_a_heading_further_down() -> None:
    # the same heading as the text's title names them once, not twice
    text = (
        "Xandia Keskerakonna ja Zetlandi Rahvaerakonna ühisavaldus\n\n"
        f"{PROSE['en']}\n\nXandia Keskerakonna ja Zetlandi Rahvaerakonna ühisavaldus\n\n"
        f"{PROSE['en']}\n"
    )
    assert outside_of(read_text(text)) == ["Xandia Keskerakonna", "Zetlandi Rahvaerakonna"]


@pytest.mark.parametrize(
    ("lead", "signers"),
    [
        # Welsh: "Plaid" after "a" ("and") is written "Phlaid"; "Mae" ("is") opens the sentence
        ("Mae Undeb Xandia a Phlaid Zetland wedi cyhoeddi datganiad ar y cyd.",
         ["Undeb Xandia", "Phlaid Zetland"]),
        # Estonian: the names close compounds with the type word, and the statement is in the
        # genitive ("ühisavalduse" of "ühisavaldus")
        ("Xandia Keskerakond, Zetlandi Rahvaerakond ja Ypsi Erakond avaldasid ühisavalduse.",
         ["Xandia Keskerakond", "Zetlandi Rahvaerakond", "Ypsi Erakond"]),
        # "a" ("and") between two names that each open with a type word, one of them mutated
        ("Mae Cyngor Xandia a Phlaid Zetland wedi cyhoeddi datganiad ar y cyd.",
         ["Cyngor Xandia", "Phlaid Zetland"]),
    ],
)  # fmt: skip
def test_names_in_case_forms_open_the_lead(lead: str, signers: list[str]) -> None:
    found = outside_of(read_text(f"Title\n\n{lead} {PROSE['en']}\n\n{PROSE['en']}\n"))
    assert found[: len(signers)] == signers
