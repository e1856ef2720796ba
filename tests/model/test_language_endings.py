"""A country's name in its own language's cases: the endings of ``language_endings`` in
``authority/countries.yaml`` put on that language's own names only (the Finnish, Romanian and
Icelandic genitives), and the own-language names and adjectives CLDR lacks (the Estonian
"Eesti", the Irish genitive "Éireann", the Albanian "Shqipërisë", "Hellenic")."""

from __future__ import annotations

import pytest

from kzld.model.countries import find_countries, language_forms
from kzld.resolve.orgs.analysis import signature


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Suomen Zeltaliitto", ["FI"]),  # Finnish: Suomi -> Suomen
        ("Venäjän zeltapuolue", ["RU"]),  # Venäjä -> Venäjän
        ("Nepalin Zeltaliitto", ["NP"]),  # Nepal -> Nepalin
        ("Eesti Zeltade Liit", ["EE"]),  # Estonian
        ("Cumann Zelta na hÉireann", ["IE"]),  # Irish genitive, with its h-
        ("Partia Zelta e Shqipërisë", ["AL"]),  # Albanian genitive
        ("Hellenic Zelta League", ["GR"]),
    ],
)
def test_a_name_in_its_own_language_cases(text: str, codes: list[str]) -> None:
    assert list(find_countries(text)) == codes


def test_a_case_form_that_is_an_adjective_stays_one() -> None:
    # "Italian" is the Finnish genitive of Italia and the English adjective: read as an adjective
    assert signature("Italian Zelta Party").adjectival
    # "Dominican", the Finnish genitive of Dominica, is the Dominican Republic's adjective
    assert list(find_countries("Dominican Zelta Union")) == ["DO"]


def test_the_forms_of_a_name() -> None:
    lithuanian = {"a": ["os"], "as": ["o"]}
    assert language_forms("Lietuva", lithuanian) == ("Lietuvos",)
    assert language_forms("Irakas", lithuanian) == ("Irako",)
    assert language_forms("Kuba", lithuanian) == ()  # four letters: too short
    assert language_forms("Kuba", lithuanian, 4) == ("Kubos",)  # unless four are enough
    assert language_forms("Kub", lithuanian, 4) == ()
    assert language_forms("Pietų Afrika", lithuanian) == ()  # two words
    assert language_forms("Peru", {"u": ["un"]}) == ()


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Partidul Zelta al Germaniei", ["DE"]),  # Romanian: Germania -> Germaniei
        ("Uniunea Zelta a Franței", ["FR"]),  # Franța -> Franței
        ("Liga Zelta a Egiptului", ["EG"]),  # Egipt -> Egiptului
        ("Partidul Zelta al României", ["RO"]),
        ("Zeltaflokkur Spánar", ["ES"]),  # Icelandic: Spánn -> Spánar
        ("Zeltasamband Svíþjóðar", ["SE"]),  # Svíþjóð -> Svíþjóðar
        ("Zeltaflokkur Bandaríkjanna", ["US"]),
        ("Hinn kínverski zeltaflokkur", ["CN"]),  # an Icelandic adjective
    ],
)
def test_romanian_and_icelandic_cases(text: str, codes: list[str]) -> None:
    assert list(find_countries(text)) == codes
