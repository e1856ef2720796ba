"""Curated authority entries at work: an organisation's forms in several languages, scripts and
abbreviations meet in its entry; a generic name resolves only beside its country; and an
abbreviation written inside a longer one does not pull the longer one's organisation away."""

from __future__ import annotations

import pytest

from kzld.model.records import Entry, Span
from kzld.parse.entries import split_entry
from kzld.resolve.orgs import OrganisationResolver
from kzld.resolve.orgs.authority import Authority, load_authority


@pytest.fixture(scope="module")
def authority() -> Authority:
    return load_authority()


def resolve(authority: Authority, raw: str, language: str, year: int | None = None) -> str:
    """The key a list line ``raw`` of a statement of ``year`` resolves to, read by the reader's
    entry splitter."""
    name, abbreviation, gloss, hint = split_entry(raw)
    item = Entry(1, raw, Span(0, len(raw)), name, abbreviation, gloss, hint)
    resolver = OrganisationResolver(authority)
    return resolver.resolve_entry(item, language=language, document="a.txt", year=year)


UNIONS = {
    "KNSB in Cyrillic and Latin letters": (
        "confederation-of-independent-trade-unions-in-bulgaria",
        [("bg", "Конфедерация на независимите синдикати в България (КНСБ)"), ("bg", "КНСБ"),
         ("en", "CITUB")],
    ),
    "ACLVB and CGSLB": (
        "general-confederation-of-liberal-trade-unions-of-belgium",
        [("nl", "ACLVB"), ("fr", "CGSLB"),
         ("fr", "Centrale générale des syndicats libéraux de Belgique")],
    ),
    "OIYE in Greek capitals": (
        "federation-of-private-employees-of-greece",
        [("el", "Ομοσπονδία Ιδιωτικών Υπαλλήλων Ελλάδας (ΟΙΥΕ)"), ("el", "ΟΙΥΕ"),
         ("el", "ΟΜΟΣΠΟΝΔΙΑ ΙΔΙΩΤΙΚΩΝ ΥΠΑΛΛΗΛΩΝ ΕΛΛΑΔΑΣ")],
    ),
    "a Thai abbreviation with its full stop": (
        "thai-labour-solidarity-committee",
        [("th", "คณะกรรมการสมานฉันท์แรงงานไทย"), ("th", "คสรท.")],
    ),
    "FIOM written two ways": (
        "fiom-cgil", [("it", "Fiom-Cgil"), ("it", "FIOM")],
    ),
    "the teachers' international in French and Spanish": (
        "world-federation-of-teachers-unions",
        [("fr", "Fédération internationale syndicale de l'enseignement (FISE)"),
         ("es", "Federación Internacional Sindical de la Enseñanza")],
    ),
}  # fmt: skip


@pytest.mark.parametrize(("key", "forms"), UNIONS.values(), ids=UNIONS.keys())
def test_a_unions_forms_meet_in_its_entry(
    authority: Authority, key: str, forms: list[tuple[str, str]]
) -> None:
    assert [resolve(authority, raw, language) for language, raw in forms] == [key] * len(forms)


def test_the_trades_union_congress_is_taken_only_beside_its_country(
    authority: Authority,
) -> None:
    # Ghana, the United Kingdom and others have a "Trades Union Congress"
    assert resolve(authority, "Trades Union Congress (UK)", "en") == "trades-union-congress"
    assert resolve(authority, "Trades Union Congress (TUC)", "en").startswith("x-")
    assert resolve(authority, "Ghana Trades Union Congress", "en").startswith("x-")


def test_a_known_abbreviation_inside_a_longer_one_keeps_the_longer_ones_organisation(
    authority: Authority,
) -> None:
    # "AIUTUC" (All India United Trade Union Centre) holds "UTUC" (United Trades Union Congress)
    keys = [
        resolve(authority, raw, language)
        for language, raw in [("en", "UTUC"), ("en", "AIUTUC"), ("hi", "एआई यूटीयूसी")]
    ]
    assert keys == [
        "united-trades-union-congress-india",
        "all-india-united-trade-union-centre",
        "all-india-united-trade-union-centre",
    ]


PARTIES = {
    "a party under its earlier and its present name": (
        "workers-party-tunisia",
        [("en", "Communist Party of the Workers of Tunisia (PCOT)"),
         ("fr", "Parti communiste des ouvriers de Tunisie (PCOT)"),
         ("en", "Workers' Party of Tunisia"), ("ar", "حزب العمال التونسي")],
    ),
    "DEM Parti and the name it was founded with": (
        "peoples-equality-and-democracy-party",
        [("tr", "Halkların Eşitlik ve Demokrasi Partisi (DEM Parti)"),
         ("tr", "Yeşiller ve Sol Gelecek Partisi"), ("tr", "DEM Parti")],
    ),
    "Georgian script": (
        "georgian-dream", [("ka", "ქართული ოცნება"), ("en", "Georgian Dream")],
    ),
    "a Nepali abbreviation in Devanagari": (
        "communist-party-of-nepal-unified-marxist-leninist",
        [("ne", "नेकपा (एमाले)"), ("en", "CPN (UML)"),
         ("en", "Communist Party of Nepal (Unified Marxist-Leninist)")],
    ),
    "Persian written with Arabic letters": (
        "organisation-of-iranian-peoples-fedaian-majority",
        [("fa", "سازمان فدائيان خلق ايران (اکثريت)"), ("fa", "سازمان فداییان خلق ایران (اکثریت)")],
    ),
    "a party's English name written short": (
        "workers-party-of-bangladesh",
        [("bn", "বাংলাদেশের ওয়ার্কার্স পার্টি"), ("en", "WP of Bangladesh"),
         ("es", "Partido Obrero de Bangladesh")],
    ),
}  # fmt: skip


@pytest.mark.parametrize(("key", "forms"), PARTIES.values(), ids=PARTIES.keys())
def test_a_partys_forms_meet_in_its_entry(
    authority: Authority, key: str, forms: list[tuple[str, str]]
) -> None:
    assert [resolve(authority, raw, language) for language, raw in forms] == [key] * len(forms)


@pytest.mark.parametrize(
    ("raw", "language", "key", "inside", "outside"),
    [
        # the ruling party of the GDR, 1946-1990
        ("Sozialistische Einheitspartei Deutschlands (SED)", "de",
         "socialist-unity-party-of-germany", 1969, 2015),
        ("PZPR", "pl", "polish-united-workers-party", 1968, 2005),
        # the Thai Move Forward Party, named so in 2020 and dissolved in 2024
        ("พรรคก้าวไกล", "th", "move-forward-party", 2023, 2025),
        # the Communist Party of Israel took the name Maki in 1989 (another Maki existed before)
        ("המפלגה הקומוניסטית הישראלית", "he", "communist-party-of-israel", 2010, 1975),
        # the Bulgarian Communist Party took the name Bulgarian Socialist Party in 1990
        ("Bulgarian Socialist Party", "en", "bulgarian-socialist-party", 2015, 1985),
    ],
)  # fmt: skip
def test_a_signature_outside_an_organisations_years_is_not_its(
    authority: Authority, raw: str, language: str, key: str, inside: int, outside: int
) -> None:
    assert resolve(authority, raw, language, inside) == key
    assert resolve(authority, raw, language, outside).startswith("x-")


def test_generic_party_names_resolve_only_beside_their_country(authority: Authority) -> None:
    assert resolve(authority, "Parti socialiste (France)", "fr") == "socialist-party-france"
    assert resolve(authority, "Parti socialiste", "fr").startswith("x-")
    assert resolve(authority, "Parti des travailleurs", "fr").startswith("x-")
    assert resolve(authority, "Partij van de Arbeid", "nl").startswith("x-")


def test_a_name_that_translates_another_partys_stays_apart(authority: Authority) -> None:
    # "Samajwadi" is Hindi for "socialist"; the Socialist Party (India) is another party
    assert resolve(authority, "Samajwadi Party", "en") == "samajwadi-party"
    assert resolve(authority, "Socialist Party-India", "en").startswith("x-")


ASSOCIATIONS = {
    "a league in Swedish and English": (
        "womens-international-league-for-peace-and-freedom",
        [("sv", "Internationella kvinnoförbundet för fred och frihet"),
         ("en", "Women's International League for Peace and Freedom (WILPF)")],
    ),
    "an abbreviation written as a word": (
        "anpi",
        [("it", "Associazione Nazionale Partigiani d'Italia (ANPI)"), ("it", "Anpi")],
    ),
    "a Hebrew name and the English abbreviation": (
        "association-for-civil-rights-in-israel",
        [("he", "האגודה לזכויות האזרח בישראל"),
         ("en", "Association for Civil Rights in Israel (ACRI)")],
    ),
}  # fmt: skip


@pytest.mark.parametrize(("key", "forms"), ASSOCIATIONS.values(), ids=ASSOCIATIONS.keys())
def test_an_associations_forms_meet_in_its_entry(
    authority: Authority, key: str, forms: list[tuple[str, str]]
) -> None:
    assert [resolve(authority, raw, language) for language, raw in forms] == [key] * len(forms)


def test_a_name_two_countries_organisations_carry_needs_its_country(
    authority: Authority,
) -> None:
    # Norway's Natur og Ungdom and Denmark's Natur & Ungdom
    assert resolve(authority, "Natur og Ungdom (Norge)", "no") == "natur-og-ungdom"
    assert resolve(authority, "Natur & Ungdom", "da").startswith("x-")


def test_an_abbreviation_two_entries_share_resolves_by_the_name_only(
    authority: Authority,
) -> None:
    # JVP: Jewish Voice for Peace (United States) and Janatha Vimukthi Peramuna (Sri Lanka)
    assert resolve(authority, "JVP", "en").startswith("x-")
    assert resolve(authority, "Jewish Voice for Peace", "en") == "jewish-voice-for-peace"
    assert resolve(authority, "Janatha Vimukthi Peramuna (JVP)", "en") == (
        "janatha-vimukthi-peramuna"
    )


def test_no_signature_after_the_group_was_dissolved(authority: Authority) -> None:
    # the Moscow Helsinki Group was dissolved by a court in 2023
    name = "Московская Хельсинкская группа"
    assert resolve(authority, name, "ru", 2011) == "moscow-helsinki-group"
    assert resolve(authority, name, "ru", 2024).startswith("x-")


def test_words_of_a_long_name_with_commas_are_no_organisation(authority: Authority) -> None:
    # GABRIELA's expanded name is one form, not five
    assert resolve(authority, "GABRIELA", "en") == "gabriela-alliance"
    for word in ("Leadership", "Integrity", "Equality"):
        assert resolve(authority, word, "en").startswith("x-")
