"""What the authority's curated entries let the resolver do: forms of one organisation that share
no spelling (an abbreviation in two languages, a native name and its English name) meet through
the entry, and names that several countries' organisations carry stay apart."""

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


ONE_ORGANISATION = {
    "CUPE and SCFP": (
        "canadian-union-of-public-employees",
        [("en", "CUPE"), ("fr", "SCFP"), ("en", "Canadian Union of Public Employees (CUPE)"),
         ("fr", "Syndicat canadien de la fonction publique")],
    ),
    "CLC and CTC": (
        "canadian-labour-congress",
        [("en", "Canadian Labour Congress (CLC)"), ("fr", "Congrès du travail du Canada (CTC)")],
    ),
    "ABVV and FGTB": (
        "general-labour-federation-of-belgium",
        [("nl", "ABVV"), ("fr", "FGTB"), ("nl", "Algemeen Belgisch Vakverbond")],
    ),
    "DGB": (
        "german-trade-union-confederation",
        [("de", "Deutscher Gewerkschaftsbund (DGB)"), ("en", "German Trade Union Confederation")],
    ),
    "KCTU in Korean": (
        "korean-confederation-of-trade-unions",
        [("ko", "전국민주노동조합총연맹"), ("ko", "민주노총"),
         ("en", "Korean Confederation of Trade Unions (KCTU)")],
    ),
    "GSEE in Greek and Latin letters": (
        "general-confederation-of-greek-workers",
        [("el", "Γενική Συνομοσπονδία Εργατών Ελλάδας (ΓΣΕΕ)"), ("en", "GSEE")],
    ),
    "UGTT in Arabic and French": (
        "tunisian-general-labour-union",
        [("ar", "الاتحاد العام التونسي للشغل"), ("fr", "Union générale tunisienne du travail")],
    ),
    "Solidarność with its quotation marks": (
        "nszz-solidarnosc", [("pl", "NSZZ „Solidarność”"), ("pl", 'NSZZ "Solidarność"')],
    ),
    "Norwegian Labour Party": (
        "labour-party-norway", [("no", "Arbeiderpartiet"), ("en", "Labour Party (Norway)")],
    ),
    "HDP": (
        "peoples-democratic-party-turkey",
        [("tr", "Halkların Demokratik Partisi (HDP)"), ("tr", "HDP"),
         ("en", "Peoples' Democratic Party (Turkey)")],
    ),
    "DFLP in Arabic, German and English": (
        "democratic-front-for-the-liberation-of-palestine",
        [("ar", "الجبهة الديمقراطية لتحرير فلسطين"),
         ("de", "Demokratische Front zur Befreiung Palästinas (DFLP)"),
         ("en", "Democratic Front for the Liberation of Palestine")],
    ),
    "ITUC in Spanish": (
        "international-trade-union-confederation",
        [("en", "ITUC"), ("es", "Confederación Sindical Internacional (CSI)")],
    ),
    "a Korean short name": (
        "peoples-solidarity-for-participatory-democracy",
        [("ko", "참여연대"), ("en", "People's Solidarity for Participatory Democracy")],
    ),
    "Cartel ALFA with either Romanian comma": (
        "cartel-alfa",
        [("ro", "Confederaţia Naţională Sindicală „Cartel ALFA”"), ("ro", "Cartel ALFA")],
    ),
}  # fmt: skip


@pytest.mark.parametrize(("key", "forms"), ONE_ORGANISATION.values(), ids=ONE_ORGANISATION.keys())
def test_forms_without_a_shared_spelling_meet_in_their_entry(
    authority: Authority, key: str, forms: list[tuple[str, str]]
) -> None:
    assert [resolve(authority, raw, language) for language, raw in forms] == [key] * len(forms)


def test_an_abbreviation_of_unions_in_several_countries_never_resolves_alone(
    authority: Authority,
) -> None:
    # CUT: Brazil, Chile and Colombia; UGT: Spain and Portugal; LO: Sweden and Norway. In a
    # list in Spanish, CUT may be Chile's or Colombia's, and LO neither's; UGT is Spain's, the
    # one of its owners whose country speaks Spanish; in English, none is decided
    for raw in ("CUT", "LO"):
        assert resolve(authority, raw, "es").startswith("x-")
    assert resolve(authority, "UGT", "es") == "general-union-of-workers-spain"
    for raw in ("CUT", "UGT", "LO"):
        assert resolve(authority, raw, "en").startswith("x-")
    assert resolve(authority, "Central Unitaria de Trabajadores de Chile (CUT)", "es") == (
        "unitary-workers-central-of-chile"
    )


def test_a_generic_name_resolves_only_beside_its_country(authority: Authority) -> None:
    # "Confederación General del Trabajo" names confederations of Spain and Argentina,
    # and translates the French "Confédération générale du travail"
    assert resolve(authority, "Confederación General del Trabajo (CGT)", "es").startswith("x-")
    assert resolve(authority, "Confédération générale du travail (CGT), France", "fr") == (
        "general-confederation-of-labour-france"
    )


def test_organisations_of_like_names_stay_apart(authority: Authority) -> None:
    # a workers' party and a labour party of one country; the All India Trade Union Congress
    # and the International Trade Union Confederation, whose abbreviations differ by a letter
    keys = [
        resolve(authority, raw, language)
        for language, raw in [
            ("tr", "Türkiye İşçi Partisi (TİP)"), ("tr", "Emek Partisi (EMEP)"),
            ("en", "AITUC"), ("en", "A.I.T.U.C."), ("en", "ITUC"),
        ]
    ]  # fmt: skip
    assert keys == [
        "workers-party-of-turkey", "labour-party-turkey",
        "all-india-trade-union-congress", "all-india-trade-union-congress",
        "international-trade-union-confederation",
    ]  # fmt: skip


def test_a_party_of_an_earlier_time_is_not_the_one_founded_later(authority: Authority) -> None:
    # the Workers' Party of Turkey of 2017 took the name of a party of the 1960s
    assert resolve(authority, "Türkiye İşçi Partisi", "tr", 2019) == "workers-party-of-turkey"
    assert resolve(authority, "Türkiye İşçi Partisi", "tr", 1968).startswith("x-")


def test_no_signature_after_an_organisation_was_dissolved(authority: Authority) -> None:
    # the Civil Human Rights Front of Hong Kong was dissolved in 2021
    assert resolve(authority, "民間人權陣線", "zh", 2019) == "civil-human-rights-front"
    assert resolve(authority, "民間人權陣線", "zh", 2023).startswith("x-")
