"""A name states a country only where it writes the country's name: a place only similar to a
country ("Cubs" is no genitive of Cuba), or a country's name inside a longer word of a
syllabic script written without spaces ("인도주의", humanitarianism, holds the syllables of
"India"), states none; and a compound of two type words says both ("ungdomsbevægelse": youth
movement), so that a youth movement of one country is not another country's youth group of
the same colour. CLDR's names of every language the reader reads are read ("Prantsusmaa",
"इराण"), but not a short one of one word in Latin letters, which is often a word of another
language ("samo", "tai")."""

from __future__ import annotations

import pytest

from kzld.model.countries import find_countries
from kzld.model.records import Entry, Name, Span
from kzld.resolve.orgs import OrganisationResolver
from kzld.resolve.orgs.analysis import read_name, signature
from kzld.resolve.orgs.authority import Authority, AuthorityEntry
from kzld.resolve.orgs.names import tokens
from kzld.resolve.orgs.typewords import type_words
from tests.resolve.resolving import keys_of


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Cubs Volunteers", []),  # Cuba without its "a", then an "s": no genitive
        ("Kenys Zelta Club", []),  # Kenya so
        ("Kubas Zeltaförbund", ["CU"]),  # Swedish genitive after the whole name
        ("Irans Zeltaparti", ["IR"]),  # Danish/Norwegian genitive
        ("Zeltaflokkur Noregs", ["NO"]),  # Icelandic: "Noregur" loses its "-ur"
    ],
)
def test_a_genitive_s_goes_after_the_whole_name(text: str, codes: list[str]) -> None:
    assert list(find_countries(text)) == codes


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("인도주의실천모임", None),  # Korean: humanitarian-practice circle, no India
        ("인도공산당", "IN"),  # Korean: India, then "communist party"
        ("인도", "IN"),  # the name alone
        ("インドア同好会", None),  # Japanese kana: "indoor" holds "India" and goes on
        ("インド共産党", "IN"),  # kana: India, then type words
        ("台灣星光協會", "TW"),  # Chinese characters: a place's name is a word of its own
    ],
)
def test_a_country_inside_a_longer_syllabic_word_is_none(name: str, country: str | None) -> None:
    assert signature(name).countries == (frozenset({country}) if country else frozenset())


def test_a_new_organisation_inside_whose_word_a_country_is_spelt_gets_no_country() -> None:
    resolver = OrganisationResolver(Authority(()))
    for i, name in enumerate(["인도주의실천모임", "Cubs Volunteers"]):
        resolver.resolve_entry(Entry(1, name, Span(0, len(name)), name), language=None,
                               document=f"{i}.txt")  # fmt: skip
    assert [o.country for o in resolver.organisations()] == [None, None]


@pytest.mark.parametrize(
    ("word", "concepts"),
    [
        ("ungdomsbevægelse", ("youth", "movement")),  # Danish, a linking "s"
        ("ungdomsrörelse", ("youth", "movement")),  # Swedish
        ("ungdomsbevegelse", ("youth", "movement")),  # Norwegian
        ("ungdomshus", ()),  # a youth house: "hus" is no type word
    ],
)
def test_a_stem_joined_to_another_type_word_says_both(word: str, concepts: tuple[str, ...]) -> None:
    [folded] = tokens(word)
    assert type_words().concepts_of_compound(folded) == concepts


ZELTA_YOUTH = AuthorityEntry(
    key="zelta-youth",
    name="Zelta Youth",
    names=(Name("Zelta Ungdom", "no"),),
    country="NO",
    kinds=("youth-organisation",),
)


def test_a_youth_movement_is_not_a_youth_group_of_a_neighbouring_language() -> None:
    assert keys_of(
        Authority((ZELTA_YOUTH,)),
        ["Den Zelta Ungdomsbevægelse", "Zelta Ungdomsrörelse", "Zelta Ungdom"],
    ) == ["x-den-zelta-ungdomsbevaegelse", "x-zelta-ungdomsrorelse", "zelta-youth"]


@pytest.mark.parametrize(
    ("written", "name", "country"),
    [
        ("Zeta Party, The Netherlands", "Zeta Party", "NL"),
        ("ZP, the Gambia", "ZP", "GM"),
        ("Parti Zeta (les Pays-Bas)", "Parti Zeta", "NL"),
        ("Zeta-Partei, die Niederlande", "Zeta-Partei", "NL"),
        ("Partido Zeta – los Países Bajos", "Partido Zeta", "NL"),
    ],
)
def test_a_country_written_with_its_article_beside_a_name_is_its_country(
    written: str, name: str, country: str
) -> None:
    reading = read_name(written)
    assert (reading.label, reading.beside) == (name, frozenset({country}))


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Zelta Töölispartei (Prantsusmaa)", ["FR"]),  # Estonian: France
        ("Undeb Zelta Ffrainc", ["FR"]),  # Welsh
        ("झेलता पक्ष, इराण", ["IR"]),  # Marathi: Iran
        ("జెల్టా పార్టీ (ఇరాన్)", ["IR"]),  # Telugu
        ("জেল্টা দল (ইৰান)", ["IR"]),  # Assamese
        ("Зелта Кытай", ["CN"]),  # Kyrgyz: China
        ("เซลตา (กัมพูชา)", ["KH"]),  # Thai: Cambodia
        # a short name of one word in these languages' Latin letters is a word of others
        ("Samo Zelta", []),  # Irish for Samoa, Serbo-Croatian "only"
        ("Zelta tai Xandia", []),  # Estonian for Thailand, Finnish "or"
        ("Norra Zeltaförbundet", []),  # Estonian for Norway, Swedish "northern"
    ],
)
def test_country_names_of_more_languages_are_read(text: str, codes: list[str]) -> None:
    assert list(find_countries(text)) == codes


def test_a_new_organisation_named_in_estonian_or_welsh_gets_its_country() -> None:
    resolver = OrganisationResolver(Authority(()))
    names = ["Zelta Töölispartei (Prantsusmaa)", "Undeb Zelta (Yr Almaen)"]
    keys = [
        resolver.resolve_entry(
            Entry(1, name, Span(0, len(name)), name), language=None, document=f"{i}.txt"
        )
        for i, name in enumerate(names)
    ]
    countries = {o.key: o.country for o in resolver.organisations()}
    assert [countries[key] for key in keys] == ["FR", "DE"]


def test_a_new_organisation_named_by_the_english_adjective_of_its_country_keeps_one_key() -> None:
    """The Netherlands' adjective in English ("Dutch"), as "Nederlandse" is in Dutch: a new
    organisation written with it, with "of the Netherlands" or in Dutch gets one key, of NL."""
    names = [
        "Dutch Zelta Workers Party",
        "Zelta Workers Party of the Netherlands",
        "Nederlandse Zelta Arbeiderspartij",
    ]
    assert keys_of(Authority(()), names) == ["x-zelta-workers-party-nl"] * 3
