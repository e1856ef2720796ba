"""A new organisation whose name names its country in a case of the name's own language gets
that country: the genitives and locatives of Lithuanian, Polish, Hungarian, Finnish, Turkish,
Azerbaijani, Kazakh, Kyrgyz, Georgian, Armenian and Albanian (``language_endings`` in
``authority/countries.yaml``; Polish plural names' irregular locatives: ``case_forms``; names of
four letters in Lithuanian and Polish: ``short_names_declined``), as the resolver reads them;
the reader does not read them (no case form is a country's name alone, nor a sign that a line
names an organisation)."""

from __future__ import annotations

import pytest

from kzld.model.countries import country_code, country_words, find_countries, names_country
from kzld.model.records import Entry, Span
from kzld.resolve.orgs import OrganisationResolver
from kzld.resolve.orgs.authority import Authority

#: (made-up name, its country): one or more forms per language.
FORMS = [
    ("Lietuvos Zeltų sąjunga", "LT"),  # Lithuanian genitive: Lietuva -> Lietuvos
    ("Zeltų sąjunga Lietuvoje", "LT"),  # locative
    ("Irako Zeltų partija", "IQ"),  # Irakas -> Irako
    ("Izraelio Zeltų lyga", "IL"),  # Izraelis -> Izraelio
    ("Magyarországi Zelta Szövetség", "HU"),  # Hungarian adjective in -i
    ("Zelta Egyesület Magyarországon", "HU"),  # locative
    ("Zelta Párt Romániában", "RO"),
    ("Zelta-liitto Suomessa", "FI"),  # Finnish inessive
    ("Zeltaliitto Venäjällä", "RU"),  # adessive
    ("Türkiyeli Zeltalar Derneği", "TR"),  # Turkish adjective in -li
    ("Almanya'daki Zelta Birliği", "DE"),  # locative after an apostrophe
    ("Azərbaycanın Zelta Partiyası", "AZ"),  # Azerbaijani genitive
    ("Azərbaycanda Zelta İttifaqı", "AZ"),  # locative
    ("Қазақстанның Зелта партиясы", "KZ"),  # Kazakh genitive
    ("Қазақстандағы Зелта одағы", "KZ"),  # locative adjective
    ("Кыргызстандын Зелта партиясы", "KG"),  # Kyrgyz genitive
    ("საქართველოს ზელტა პარტია", "GE"),  # Georgian genitive
    ("ზელტა კავშირი საქართველოში", "GE"),  # locative
    ("Զելտա միություն Հայաստանում", "AM"),  # Armenian locative
    ("Partia Zelta e Greqisë", "GR"),  # Albanian genitive: Greqi -> Greqisë
    ("Związek Zelta w Polsce", "PL"),  # Polish locative: Polska -> Polsce
    ("Stowarzyszenie Zelta na Litwie", "LT"),  # Litwa -> Litwie
    ("Kreikan Zeltaliitto", "GR"),  # Finnish genitive of a doubled consonant: Kreikka
    ("Związek Zeltów w Czechach", "CZ"),  # Polish locative of a plural name: Czechy
    ("Stowarzyszenie Zelta na Filipinach", "PH"),  # Filipiny -> Filipinach
    ("Zelta Forum w Indiach", "IN"),  # Indie -> Indiach
    ("Partia Zelta w Niemczech", "DE"),  # irregular (case_forms): Niemcy -> Niemczech
    ("Związek Zeltów we Włoszech", "IT"),  # Włochy -> Włoszech
    ("Zelta Liga na Węgrzech", "HU"),  # Węgry -> Węgrzech
    ("Kubos Zeltų partija", "CU"),  # a name of four letters (short_names_declined): Kuba
    ("Zeltų sąjunga Kuboje", "CU"),
    ("Związek Zeltów w Iranie", "IR"),  # Iran -> Iranie
    ("Zelta Forum na Cyprze", "CY"),  # Cypr -> Cyprze
]


@pytest.mark.parametrize(("name", "code"), FORMS)
def test_a_country_in_a_case_of_its_language(name: str, code: str) -> None:
    assert list(find_countries(name)) == [code]


def test_a_new_organisation_gets_the_country_its_name_names_in_a_case() -> None:
    resolver = OrganisationResolver(Authority(()))
    keys = [
        resolver.resolve_entry(
            Entry(1, name, Span(0, len(name)), name), language=None, document=f"{i}.txt", year=None
        )
        for i, (name, _) in enumerate(FORMS)
    ]
    countries = {o.key: o.country for o in resolver.organisations()}
    assert [countries[key] for key in keys] == [code for _, code in FORMS]


def test_the_case_form_is_a_country_word_of_the_name() -> None:
    assert country_words("Lietuvos Zeltų sąjunga") == {"lietuvos"}
    assert country_words("Lietuvos Zeltų sąjunga", cases=False) == frozenset()


@pytest.mark.parametrize(
    "form",
    ["Lietuvos", "Magyarországon", "Türkiyeli", "საქართველოში", "Czechach", "Niemczech", "Kubos"],
)
def test_the_reader_reads_no_case_form(form: str) -> None:
    assert country_code(form) is None
    assert not names_country(f"Zelta {form}")
