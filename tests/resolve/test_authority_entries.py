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
