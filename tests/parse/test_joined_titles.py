"""A short title that gives its signers as one token of abbreviations joined by dashes or
slashes, with no colon, every other word naming the statement or in lower case ("XKP-ZWU
bilateral joint statement", "Joint XKP–ZWU statement", "Comunicado conjunto bilateral XGT/YCO"),
the dash perhaps with a space on one side ("XKP -ZWU joint statement"): each abbreviation
signs. A word for a letter names a statement in Swedish, Danish and Norwegian too ("ett
gemensamt brev"). Names are made up."""

from __future__ import annotations

import pytest

from .reading import outside_of, read_text

_EN = (
    "The two organisations met in Xandiaville and agreed to work together for the rights of "
    "workers in both countries, against precarious work and for fair wages."
)
_ES = (
    "Las dos organizaciones se reunieron en Xandiápolis y acordaron trabajar juntas por los "
    "derechos de los trabajadores de ambos países, contra la precariedad y por salarios justos."
)
_FR = (
    "Les deux organisations se sont réunies à Xandiaville et ont convenu de travailler ensemble "
    "pour les droits des travailleurs des deux pays, contre la précarité et pour des salaires "
    "justes."
)


@pytest.mark.parametrize(
    ("title", "argument", "names"),
    [
        ("XKP-ZWU bilateral joint statement", _EN, ["XKP", "ZWU"]),
        ("Joint XKP–ZWU statement", _EN, ["XKP", "ZWU"]),
        ("Comunicado conjunto bilateral XGT/YCO", _ES, ["XGT", "YCO"]),
        # a dash with a space on one side only still joins the token
        ("XKP -ZWU joint statement", _EN, ["XKP", "ZWU"]),
        ("XGT- YCO comunicado conjunto", _ES, ["XGT", "YCO"]),
        ("XGT -YCO déclaration commune", _FR, ["XGT", "YCO"]),
    ],
)
def test_abbreviations_joined_in_a_short_titles_token_sign(
    title: str, argument: str, names: list[str]
) -> None:
    assert outside_of(read_text(f"{title}\n\n{argument}\n")) == names


@pytest.mark.parametrize(
    "title",
    [
        "Covid-19 statement",
        "Anti-War statement",
        "Pro-EU joint appeal",
        "Pro -EU joint appeal",
        "XKP - ZWU - YKS - WTO - VRA joint statement",
    ],
)
def test_a_hyphenated_word_of_a_title_names_no_signer(title: str) -> None:
    assert outside_of(read_text(f"{title}\n\n{_EN}\n")) == []


def test_a_joint_letter_in_swedish_is_a_statement() -> None:
    text = (
        "Idag lämnar de tre ordförandena i XO, ZCO och YACO ett gemensamt brev till "
        "statsministern inför morgondagens möte.\n\nVi kräver att regeringen tar ansvar för "
        "arbetstagarnas rättigheter och för en rättvis omställning i hela landet, nu och i "
        "framtiden.\n"
    )
    assert outside_of(read_text(text)) == ["XO", "ZCO", "YACO"]
