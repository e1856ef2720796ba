"""A short form of a name: an authority entry's name without the words that only say what kind
of organisation it is or which country it is of ("Zetaires" for the "Union syndicale Zetaires"),
taken only when no other entry's names have its own words and the list it is written in speaks
the entry's country's language, or the name states that country."""

from __future__ import annotations

from kzld.resolve.orgs.authority import Authority, AuthorityEntry

from .resolving import key_of

ZETAIRES = AuthorityEntry(
    key="zetaires-union",
    name="Zetaires Union",
    names=(),
    forms=("Union syndicale Zetaires",),
    country="FR",
    kinds=("trade-union",),
)
QUORVAL = AuthorityEntry(
    key="quorval-party",
    name="Quorval Party of Hungary",
    forms=("Quorval Rouge",),
    country="HU",
    kinds=("party",),
)


def key(authority: Authority, name: str, language: str | None) -> str:
    return key_of(authority, name, language, year=2020)


def test_a_name_without_its_kind_words_in_a_list_of_its_country_language() -> None:
    authority = Authority((ZETAIRES, QUORVAL))
    assert key(authority, "Zetaires", "fr") == "zetaires-union"
    assert key(authority, "Union Zetaires", "fr") == "zetaires-union"
    # its country's name left out too
    assert key(authority, "Quorval", "hu") == "quorval-party"


def test_a_short_form_elsewhere_is_a_new_organisation() -> None:
    authority = Authority((ZETAIRES, QUORVAL))
    # English is written by lists of every country; Spanish is not spoken in France; no language
    for language in ("en", "es", None):
        assert key(authority, "Zetaires", language) == "x-zetaires"
    # "Rouge" leaves out "Quorval", an own word of "Quorval Rouge", not a word of its kind
    assert key(authority, "Rouge", "hu") == "x-rouge"


def test_own_words_two_entries_have_decide_nothing() -> None:
    other = AuthorityEntry(
        key="zetaires-federation",
        name="Fédération Zetaires",
        country="BE",
        kinds=("trade-union",),
    )
    assert key(Authority((ZETAIRES, other)), "Zetaires", "fr") == "x-zetaires"
