"""A name beside an abbreviation only one entry has, written in a list in a language the entry's
country speaks and in which the authority lists none of its names, may be its own name in that
language: the entry, unless the name states another country or says what the entry's names do
not. In a language its country does not speak, the name is a translation or another
organisation's, and is compared as one."""

from __future__ import annotations

import pytest

from kzld.model.records import Entry, Name, Span
from kzld.resolve.orgs import OrganisationResolver
from kzld.resolve.orgs.analysis import read_name
from kzld.resolve.orgs.authority import Authority, AuthorityEntry
from kzld.resolve.orgs.candidates import AuthorityIndex
from kzld.resolve.orgs.decide import decide

LEAGUE = AuthorityEntry(
    key="zeta-miners-league",
    name="Zeta Miners' League",
    abbreviations=("ZML",),
    country="BR",
    kinds=("trade-union",),
)
FISHERS = AuthorityEntry(
    key="zeta-fishers-association",
    name="Zeta Fishers' Association",
    abbreviations=("ZFA",),
    country="TZ",
    kinds=("association",),
)
RED_STAR = AuthorityEntry(
    key="red-star-miners-union",
    name="Red Star Miners' Union",
    abbreviations=("RSMU",),
    country="GR",
    kinds=("trade-union",),
)
DOCKERS = AuthorityEntry(
    key="zeta-dockers-federation",
    name="Zeta Dockers' Federation",
    abbreviations=("ZDF",),
    country="IT",
    kinds=("trade-union",),
)
TIN = AuthorityEntry(
    key="zeta-tin-mining-advocacy-network",
    name="Zeta Tin Mining Advocacy Network",
    abbreviations=("ZTMAN",),
    country="ID",
    kinds=("association",),
)
AUTHORITY = Authority((LEAGUE, FISHERS, RED_STAR, DOCKERS, TIN))


def key_in(authority: Authority, written: str, language: str) -> str:
    """The key of ``written``, the one signatory of a list in ``language``."""
    resolver = OrganisationResolver(authority)
    entry = Entry(1, written, Span(0, len(written)), written)
    return resolver.resolve_entry(entry, language=language, document="a.txt")


@pytest.mark.parametrize(
    ("written", "language", "key"),
    [
        ("Liga dos Garimpeiros da Serra (ZML)", "pt", "zeta-miners-league"),
        ("Chama cha Wavuvi Zeta (ZFA)", "sw", "zeta-fishers-association"),
        ("Federazione dei Portuali del Golfo (ZDF)", "it", "zeta-dockers-federation"),
        ("Jaringan Pembela Tambang Timah (ZTMAN)", "id", "zeta-tin-mining-advocacy-network"),
        # as a name in another script than the entry's names already was
        ("Ένωση Μεταλλωρύχων Κόκκινο Αστέρι (RSMU)", "el", "red-star-miners-union"),
    ],
)
def test_a_name_in_its_countrys_language_beside_its_abbreviation_is_the_entry(
    written: str, language: str, key: str
) -> None:
    assert key_in(AUTHORITY, written, language) == key


@pytest.mark.parametrize(
    ("written", "language"),
    [
        # Turkish is not spoken in Greece: a translation, and not of the entry's concepts
        ("Kızıl Yıldız Madenciler Sendikası (RSMU)", "tr"),
        # a list in Spanish, which Brazil does not speak
        ("Liga dos Garimpeiros da Serra (ZML)", "es"),
        # a concept the entry's names do not say
        ("Liga Comunista dos Garimpeiros da Serra (ZML)", "pt"),
        # another country stated
        ("Liga dos Garimpeiros da Serra de Angola (ZML)", "pt"),
    ],
)
def test_a_name_that_cannot_be_its_own_keeps_the_abbreviation_from_deciding(
    written: str, language: str
) -> None:
    assert key_in(AUTHORITY, written, language).startswith("x-")


def test_a_name_in_a_language_the_entry_has_a_name_in_is_compared_with_that_name() -> None:
    named = AuthorityEntry(
        key=LEAGUE.key,
        name=LEAGUE.name,
        names=(Name("Liga dos Trabalhadores das Minas Zeta", "pt"),),
        abbreviations=LEAGUE.abbreviations,
        country=LEAGUE.country,
        kinds=LEAGUE.kinds,
    )
    written = "Sociedade Beneficente dos Garimpeiros (ZML)"
    assert key_in(Authority((named,)), written, "pt").startswith("x-")


def test_such_a_name_is_listed_for_review_as_one_the_authority_lacks() -> None:
    index = AuthorityIndex(AUTHORITY)
    found = decide(index, read_name("Liga dos Garimpeiros da Serra (ZML)"), None, "pt")
    assert (found.key, found.doubtful, found.reason) == (
        "zeta-miners-league", True, "a name in pt the authority does not list for it",
    )  # fmt: skip
    plain = decide(index, read_name("Zeta Miners' League (ZML)"), None, "pt")
    assert (plain.key, plain.doubtful) == ("zeta-miners-league", False)
