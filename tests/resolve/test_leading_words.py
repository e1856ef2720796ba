"""A name that is the first words of the one entry's name that starts with them, that name in
the list's language, which the entry's country speaks, is that entry when the rest of its name is
a complement a list leaves out: no kind, qualifier, "new" or country named by its name or
adjective (a region of the entry's country may be). Taken, and listed for review."""

from __future__ import annotations

import pytest

from kzld.model.records import Name
from kzld.resolve.orgs.analysis import read_name
from kzld.resolve.orgs.authority import Authority, AuthorityEntry
from kzld.resolve.orgs.candidates import AuthorityIndex
from kzld.resolve.orgs.decide import decide
from tests.resolve.resolving import key_of


def front(key: str, name: str, country: str = "BR", language: str = "pt") -> AuthorityEntry:
    """A made-up front whose English name names its country and whose own name is ``name``."""
    return AuthorityEntry(
        key, f"Zeta Front ({key})", names=(Name(name, language),), country=country,
        kinds=("front",),
    )  # fmt: skip


OF_THE_REPUBLIC = front("zeta-front-br", "Frente Zeta da República")


def test_the_first_words_of_a_name_in_the_lists_language_are_its_entry() -> None:
    authority = Authority((OF_THE_REPUBLIC,))
    assert key_of(authority, "Frente Zeta", "pt") == "zeta-front-br"
    decision = decide(AuthorityIndex(authority), read_name("Frente Zeta"), None, "pt")
    assert (decision.key, decision.method, decision.doubtful) == ("zeta-front-br", "leading", True)
    assert decision.matched == "Frente Zeta da República"


def test_a_region_of_the_entrys_country_may_end_the_name() -> None:
    catalan = front("zeta-action-es", "Acció Zeta de Catalunya", country="ES", language="ca")
    assert key_of(Authority((catalan,)), "Acció Zeta", "ca") == "zeta-action-es"


@pytest.mark.parametrize("language", ["en", "es", None])
def test_a_list_in_english_or_a_language_the_country_does_not_speak_decides_nothing(
    language: str | None,
) -> None:
    assert key_of(Authority((OF_THE_REPUBLIC,)), "Frente Zeta", language).startswith("x-")


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Frente Zeta Marxista-Leninista", None),  # a qualifier: another organisation's name
        ("Frente Zeta Nova", None),  # the new one is another than the one without "new"
        ("Frente Zeta Xyrqual", None),  # an own word the type words do not read
        # a kind, or the country's adjective: the name without it may be another country's
        # (met as a short form of a name of own words, "Zeta", not as its first words)
        ("Frente Zeta Sindical", "zeta-front-br"),
        ("Frente Zeta Brasileira", "zeta-front-br"),
    ],
)
def test_a_rest_that_makes_another_organisation_is_no_complement(
    name: str, key: str | None
) -> None:
    authority = Authority((front("zeta-front-br", name),))
    candidates = AuthorityIndex(authority).candidates(read_name("Frente Zeta"), None)
    assert all("leading" not in c.kinds() for c in candidates)
    found = key_of(authority, "Frente Zeta", "pt")
    assert found == key if key is not None else found.startswith("x-")


def test_two_entries_whose_names_start_so_decide_nothing() -> None:
    workers = front("zeta-workers-front-br", "Frente Zeta dos Trabalhadores")
    authority = Authority((OF_THE_REPUBLIC, workers))
    assert key_of(authority, "Frente Zeta", "pt").startswith("x-")


def test_a_kind_alone_is_the_first_word_of_any_name() -> None:
    alone = front("zeta-front-br", "Frente da República")
    assert key_of(Authority((alone,)), "Frente", "pt").startswith("x-")


def test_a_complement_after_the_portuguese_for_the_is_left_out() -> None:
    # "pela" (por + a) joins words as "da" (de + a) does: no own word of the name
    for_progress = front("zeta-front-br", "Frente Zeta pela República")
    assert key_of(Authority((for_progress,)), "Frente Zeta", "pt") == "zeta-front-br"
