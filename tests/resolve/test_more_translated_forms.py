"""More of the forms a translated name takes, read as their languages write them: Hungarian
adjectives of nationality (a country's name without "-ország"), Romanian adjectives and the
Romanian "națională", the Swedish "kommunistparti" and the Norwegian "senterparti" (one word
for two concepts), the Hindi, Urdu and Bengali type words as English names write them
("Mazdoor", "Kisan", "Mahila", "Parishad"...), a unity party met as a united one (translations
swap the two), the Romanian genitive plural of "communists", Finnish genitives whose stem
changes, and the Urdu and Tamil spellings of country names that CLDR spells otherwise.
Each meets the entry of its country by its concepts, and a name of another country stays
apart."""

from __future__ import annotations

import pytest

from kzld.resolve.orgs.analysis import signature
from kzld.resolve.orgs.authority import Authority, AuthorityEntry

from .resolving import key_of, keys_of

ZETA_GREECE = AuthorityEntry(
    key="zeta-communist-party-greece",
    name="Communist Party of Greece",
    country="GR",
    kinds=("party",),
)
ZETA_TURKEY = AuthorityEntry(
    key="zeta-communist-party-turkey",
    name="Communist Party of Turkey",
    country="TR",
    kinds=("party",),
)
ZETA_UNIONS = AuthorityEntry(
    key="zeta-unions-romania",
    name="Zetkar National Confederation of Syndicates",
    country="RO",
    kinds=("trade-union",),
)
AUTHORITY = Authority((ZETA_GREECE, ZETA_TURKEY, ZETA_UNIONS))


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Görög Zetkar Szövetség", "GR"),  # Hungarian adjectives
        ("Török Zetkar Szövetség", "TR"),
        ("Német Zetkar Szövetség", "DE"),
        ("Olasz Zetkar Szövetség", "IT"),
        ("Lengyel Zetkar Szövetség", "PL"),
        ("Liga Zetkar Cubaneză", "CU"),  # Romanian adjectives
        ("Liga Zetkar Portugheză", "PT"),
        ("Liga Zetkar Spaniol", "ES"),
        ("Zetkarin Kreikan liitto", "GR"),  # a Finnish genitive whose stem changes
        ("Zetkarin Turkin liitto", "TR"),
        ("اسپین زیٹکر لیگ", "ES"),  # Urdu spellings
        ("وینزویلا زیٹکر لیگ", "VE"),
        ("فلسطین زیٹکر لیگ", "PS"),
        ("போர்ச்சுகல் ஜெட்கர் லீக்", "PT"),  # Tamil spellings
        ("வங்கதேசம் ஜெட்கர் லீக்", "BD"),
        ("துருக்கி ஜெட்கர் லீக்", "TR"),
        ("Liga Zetkar Stanów Zjednoczonych", "US"),  # genitives of two words, or a new stem
        ("Liga Zetkar Spojených států", "US"),
        ("Liga Zetkar Velike Britanije", "GB"),
        ("Zetkar lyga Didžiosios Britanijos", "GB"),
        ("Liga Zetkar Włoch", "IT"),
        ("Liga Zetkar Węgier", "HU"),
        ("Liga Zetkar Sri Lanki", "LK"),
        ("Liga Zetkar Ekvadorja", "EC"),
    ],
)  # fmt: skip
def test_the_country_a_name_names_in_its_language(name: str, country: str) -> None:
    assert signature(name).countries == {country}


@pytest.mark.parametrize(
    ("name", "concepts"),
    [
        ("Zetkars kommunistparti", {"communist", "party"}),  # one Swedish word, two concepts
        ("Kommunistpartiet i Zetkar", {"communist", "party"}),
        ("Partidul Comuniștilor Zetkar", {"communists", "party"}),  # of communists, not communist
        ("Partidul Comuniştilor Zetkar", {"communists", "party"}),  # with a cedilla
        ("Uniunea Națională Zetkar", {"national", "union"}),
        ("Uniunea Naţională Zetkar", {"national", "union"}),  # with a cedilla
        ("Nacionalni savez Zetkar", {"national", "union"}),
        ("Zetkar senterparti", {"centre", "party"}),  # one Norwegian word, two concepts
        ("Fronten Zetkar", {"front"}),  # Norwegian, with its article
        ("Zetkar Mazdoor Kisan Party", {"workers", "peasants", "party"}),  # Hindustani words
        ("Zetkar Kissan Mazdur Party", {"workers", "peasants", "party"}),  # in English names
        ("Zetkar Mahila Parishad", {"women", "council"}),
        ("Zetkar Kisan Morcha", {"peasants", "front"}),
        ("Zetkar Andolan Samiti", {"movement", "committee"}),
    ],
)  # fmt: skip
def test_type_words_of_these_forms(name: str, concepts: set[str]) -> None:
    assert signature(name).concepts == concepts


@pytest.mark.parametrize(
    "name",
    [
        "Görög Kommunista Párt",
        "Greklands kommunistparti",
        "Kreikan kommunistinen puolue",
    ],
)
def test_a_translation_meets_its_entry(name: str) -> None:
    assert keys_of(AUTHORITY, [name]) == ["zeta-communist-party-greece"]


def test_the_same_words_of_another_country_stay_apart() -> None:
    assert keys_of(AUTHORITY, ["Török Kommunista Párt", "Olasz Kommunista Párt"]) == [
        "zeta-communist-party-turkey",
        "x-communist-party-it",
    ]


def test_a_romanian_national_union_meets_its_entry_in_a_romanian_list() -> None:
    name = "Confederația Națională Sindicală Zetkar"
    assert key_of(AUTHORITY, name, "ro") == "zeta-unions-romania"
    assert key_of(AUTHORITY, "Confederația Sindicală Zetkar", "ro") != "zeta-unions-romania"


WORLDWIDE = AuthorityEntry(
    key="world-assembly-of-pensioners-and-refugees",
    name="World Assembly of Pensioners and Refugees",
    kinds=("international-network",),
)
NATIONAL = AuthorityEntry(
    key="international-council-of-pensioners-and-refugees-greece",
    name="International Council of Pensioners and Refugees",
    country="GR",
    kinds=("other",),
)


@pytest.mark.parametrize(
    "name",
    [
        "Asamblea Mundial de Jubilados y Refugiados",
        "Assembleia Mundial dos Aposentados e Refugiados",
        "World Assembly of Refugees and Pensioners",
    ],
)
def test_a_worldwide_body_is_met_by_a_translation_of_its_name(name: str) -> None:
    assert keys_of(Authority((WORLDWIDE, NATIONAL)), [name]) == [WORLDWIDE.key]


def test_an_entry_of_a_country_is_no_worldwide_body() -> None:
    name = "Consejo Internacional de Jubilados y Refugiados"
    assert keys_of(Authority((WORLDWIDE, NATIONAL)), [name]) != [NATIONAL.key]


@pytest.mark.parametrize(
    ("name", "concepts"),
    [
        ("Assembleia Internacional Zetkar", {"assembly", "international"}),
        ("Federación Mundial Zetkar", {"federation", "world"}),
        ("Konfederasyona Zetkar a Navneteweyî", {"federation", "international"}),
    ],
)
def test_worldwide_words(name: str, concepts: set[str]) -> None:
    assert signature(name).concepts == concepts


@pytest.mark.parametrize(
    ("kinds", "found"),
    [
        (("trade-union",), "zetkar-workers-union-mexico"),  # a "Sindicato" in Spanish
        (("party",), None),  # a party's "Union" is no trade union
    ],
)
def test_a_trade_union_named_union_in_english_is_a_sindicato(
    kinds: tuple[str, ...], found: str | None
) -> None:
    entry = AuthorityEntry(
        key="zetkar-workers-union-mexico",
        name="Zetkar Workers' Union of Mexico",
        abbreviations=("STZM",),
        country="MX",
        kinds=kinds,
    )
    # its own word in Spanish, not the entry's: only its initials spell the entry's abbreviation
    key = key_of(Authority((entry,)), "Sindicato de Trabajadores Zetkarianos de México", "es")
    assert (key == entry.key) == (found is not None)


@pytest.mark.parametrize(
    ("name", "concepts"),
    [
        ("Коммунисты Зетланда", {"communists"}),  # plural nouns, not the adjective
        ("Komuniści Zetlandu", {"communists"}),
        ("Kommunisták Zetlandért", {"communists"}),
        ("Социалисты Зетланда", {"socialists"}),
        ("Szocialisták Zetlandért", {"socialists"}),
    ],
)  # fmt: skip
def test_communists_and_socialists_as_people(name: str, concepts: set[str]) -> None:
    assert signature(name).concepts == concepts


def test_the_communists_of_a_country_are_not_its_communist_party() -> None:
    communists = AuthorityEntry(
        key="communists-of-greece", name="Communists of Greece", country="GR", kinds=("party",)
    )
    authority = Authority((communists, ZETA_GREECE))
    assert keys_of(authority, ["Коммунисты Греции", "Коммунистическая партия Греции"]) == [
        "communists-of-greece",
        "zeta-communist-party-greece",
    ]


@pytest.mark.parametrize(
    ("entry", "name"),
    [
        (AuthorityEntry(key="zetkar-network", name="Zetkar Network for Disarmament of Italy",
                        country="IT", kinds=("coordination",)),
         "Rete Zetkar per il Disarmo d'Italia"),
        (AuthorityEntry(key="zetkar-public-sector", name="Zetkar Public Sector Union of Slovenia",
                        country="SI", kinds=("trade-union",)),
         "Zetkar sindikat javnega sektorja Slovenije"),
        (AuthorityEntry(key="zetkar-private", name="Zetkar Federation of Private Schools of Greece",
                        country="GR", kinds=("other",)),
         "Ομοσπονδία Ιδιωτικών Σχολείων Zetkar Ελλάδας"),
    ],
)  # fmt: skip
def test_words_of_what_a_body_does_read_by_their_meaning(entry: AuthorityEntry, name: str) -> None:
    assert keys_of(Authority((entry,)), [name]) == [entry.key]


def test_a_united_party_is_a_unity_party_in_translation() -> None:
    unity = AuthorityEntry(
        key="zetkar-socialist-unity-party",
        name="Zetkar Socialist Unity Party of Greece",
        country="GR",
        kinds=("party",),
    )
    assert keys_of(Authority((unity,)), ["Partito socialista unificato Zetkar della Grecia"]) == [
        unity.key
    ]


def test_women_and_a_council_in_latin_letters_meet_a_name_in_bengali_letters() -> None:
    council = AuthorityEntry(
        key="zetkar-mahila-parishad", name="Zetkar Mahila Parishad of Bangladesh", country="BD"
    )
    assert keys_of(Authority((council,)), ["জেটকার মহিলা পরিষদ (Bangladesh)"]) == [council.key]
