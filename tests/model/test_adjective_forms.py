"""A country's adjective is read in every gender and number of the Romance languages, made by
the regular endings of ``adjective_forms`` in ``authority/countries.yaml`` from the forms listed
whole; a short adjective, or one whose other forms name more than the country, is read only as
listed."""

from __future__ import annotations

import pytest

from kzld.model.countries import adjective_forms, find_countries


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Association des potières tunisiennes", ["TN"]),  # French feminine plural
        ("Union des vanniers maliens", ["ML"]),  # French masculine plural
        ("Ligue des tisserandes marocaines", ["MA"]),
        ("Unión de Tejedoras Uruguayas", ["UY"]),  # Spanish feminine plural
        ("Asociación de Relojeros Venezolanos", ["VE"]),  # Spanish masculine plural
        ("Federação dos Apicultores Moçambicanos", ["MZ"]),  # Portuguese
        ("Associação das Ceramistas Angolanas", ["AO"]),
        ("Unione dei vetrai cileni", ["CL"]),  # Italian masculine plural
        ("Lega delle ricamatrici cinesi", ["CN"]),  # Italian plural of an adjective in -e
    ],
)
def test_an_adjective_in_each_gender_and_number(text: str, codes: list[str]) -> None:
    assert list(find_countries(text)) == codes


@pytest.mark.parametrize(
    "text",
    [
        "Consejo de Pueblos Indios del Valle",  # "indio" is too short: "indios" are no India's
        "Foro de los Pueblos Americanos",  # of the Americas: "americano" is read only as listed
        "Federación de Indianos Retornados",  # Spanish emigrants back from the Americas
    ],
)
def test_short_or_uninflected_adjectives_give_no_other_forms(text: str) -> None:
    assert list(find_countries(text)) == []


def test_the_forms_of_an_adjective() -> None:
    assert adjective_forms("uruguayo") == (
        "uruguaya",
        "uruguayos",
        "uruguayas",
        "uruguayi",
        "uruguaye",
    )
    assert adjective_forms("tunisienne") == ("tunisien", "tunisiens", "tunisiennes")
    assert adjective_forms("japonés") == ("japonesa", "japoneses", "japonesas")
    assert adjective_forms("indio") == ()  # fewer than six letters
    assert adjective_forms("argentin*") == ()  # a stem takes any ending already
    assert adjective_forms("americano") == ()  # listed uninflected
