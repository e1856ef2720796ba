"""Signers named outside lists, as fresh texts name them: a line of the head that parts
abbreviations by dashes with spaces (a hyphen inside one of them), the words that name the
statement before such names, and a bracketed abbreviation that closes a name before a word for
"and". Organisation names are made up ("X Party of Britain", "Xandia", "Zetland")."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text


@pytest.mark.parametrize(
    ("language", "text", "signers"),
    [
        # a line of the head: dashes with spaces part the names, a hyphen is inside one
        ("en", "Joint Communique of the unions\n\nXFDT - YFE-CGC - XFTC - Solidaires - UNXA",
         ["XFDT", "YFE-CGC", "XFTC", "Solidaires", "UNXA"]),
        ("fr", "Communiqué commun\n\nCXT – FXU-CGC – XANDIA – UXSA",
         ["CXT", "FXU-CGC", "XANDIA", "UXSA"]),
        # the words that name the statement, then the names
        ("es", "Declaración conjunta XGB – YGT – ZFTC – XFDT – FO - UNXA",
         ["XGB", "YGT", "ZFTC", "XFDT", "FO", "UNXA"]),
        ("de", "Gemeinsame Erklärung XGB – YVB – ZBV", ["XGB", "YVB", "ZBV"]),
        ("tr", "Ortak açıklama KKP – ZİP – PGB", ["KKP", "ZİP", "PGB"]),
        # a menu is no line of names: no abbreviations among its items, or only languages
        ("en", "Home - News - Contact - About\n\nTitle of the page", []),
        ("en", "EN – FR – DE\n\nTitle of the page", []),
        ("es", "Declaración conjunta sobre la huelga – Madrid", []),
    ],
)  # fmt: skip
def test_names_parted_by_dashes_in_the_head(language: str, text: str, signers: list[str]) -> None:
    assert outside_of(read_text(f"{text}\n\n{PROSE[language]}\n")) == signers


@pytest.mark.parametrize(
    ("sentence", "signers"),
    [
        ("Xandisk Folkeparti (XF), Zetlandpartiet (Z), Enhedslisten Xandia (EX) og Alternativet "
         "(Å) er blevet enige om at gå sammen i et valgforbund ved kommunalvalget i november.",
         ["Xandisk Folkeparti (XF)", "Zetlandpartiet (Z)", "Enhedslisten Xandia (EX)",
          "Alternativet (Å)"]),
        ("The X Party of Britain (XPB), the Zetland Workers Union (ZWU) and Radical Renewal (RR) "
         "have agreed to stand together in the local elections in November.",
         ["X Party of Britain (XPB)", "Zetland Workers Union (ZWU)", "Radical Renewal (RR)"]),
        ("El Partido de Xandia (PX), la Unión de Zetlandia (UZ) y Nueva Mayoría (NM) han acordado "
         "presentarse juntos a las elecciones municipales de noviembre.",
         ["Partido de Xandia (PX)", "Unión de Zetlandia (UZ)", "Nueva Mayoría (NM)"]),
    ],
)  # fmt: skip
def test_a_bracketed_abbreviation_closes_a_name_before_and(
    sentence: str, signers: list[str]
) -> None:
    assert outside_of(read_text(f"Title\n\n{sentence}\n\n{PROSE['en']}\n")) == signers
