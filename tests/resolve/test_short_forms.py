"""A short form of a name: an authority entry's name without the words that only say what kind
of organisation it is or which country it is of ("Zetaires" for the "Union syndicale Zetaires"),
taken only when no other entry's names have its own words and the list it is written in speaks
the entry's country's language, or the name states that country. A name of type words alone
("Zöld Munkáspárt") is the short form of the one entry, among those of the countries that speak
the list's language, whose name is those words and its country's."""

from __future__ import annotations

from kzld.model.records import Entry, Span
from kzld.resolve.orgs import OrganisationResolver
from kzld.resolve.orgs.authority import Authority, AuthorityEntry

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
    resolver = OrganisationResolver(authority)
    entry = Entry(1, name, Span(0, len(name)), name)
    return resolver.resolve_entry(entry, language=language, document="a.txt", year=2020)


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


def bare(key: str, name: str, country: str, founded: int | None = None) -> AuthorityEntry:
    return AuthorityEntry(key=key, name=name, country=country, kinds=("party",), founded=founded)


GREEN_HU = bare("green-workers-hu", "Magyar Zöld Munkáspárt", "HU")
GREEN_GR = bare("green-workers-gr", "Κόμμα Πράσινων Εργατών Ελλάδας", "GR")
GREEN_CY = bare("green-workers-cy", "Κόμμα Πράσινων Εργατών Κύπρου", "CY")
TEACHERS_PL = bare("green-teachers-pl", "Partia Zielonych Nauczycieli Polski", "PL")


def test_a_name_of_type_words_alone_without_its_country_in_a_list_of_its_language() -> None:
    authority = Authority((GREEN_HU, GREEN_GR, TEACHERS_PL, ZETAIRES))
    assert key(authority, "Zöld Munkáspárt", "hu") == "green-workers-hu"
    assert key(authority, "Κόμμα Πράσινων Εργατών", "el") == "green-workers-gr"
    assert key(authority, "Partia Zielonych Nauczycieli", "pl") == "green-teachers-pl"


def test_a_name_of_type_words_alone_elsewhere_is_a_new_organisation() -> None:
    authority = Authority((GREEN_HU, GREEN_GR, TEACHERS_PL))
    # a list in English, in no known language, or in a language the country does not speak
    for language in ("en", None, "pl"):
        assert not key(authority, "Zöld Munkáspárt", language).startswith("green-")
    # the kind left out too: the words of no kind
    assert key(authority, "Zielonych Nauczycieli", "pl") != "green-teachers-pl"


def test_two_entries_of_countries_that_speak_the_language_decide_nothing() -> None:
    # Greek is spoken in Greece and in Cyprus: the name is either party's
    authority = Authority((GREEN_GR, GREEN_CY))
    assert key(authority, "Κόμμα Πράσινων Εργατών", "el").startswith("x-")
    # nor when the name is another entry's own (generic) name
    generic = AuthorityEntry(
        key="green-workers-cy-generic",
        name="Κόμμα Πράσινων Εργατών",
        country="CY",
        kinds=("party",),
        generic=True,
    )
    authority = Authority((GREEN_GR, generic))
    assert key(authority, "Κόμμα Πράσινων Εργατών", "el").startswith("x-")
    # nor does an entry its dates rule out leave the other
    later = bare("green-teachers-pl-2030", "Polska Partia Zielonych Nauczycieli", "PL", 2030)
    authority = Authority((TEACHERS_PL, later))
    assert key(authority, "Partia Zielonych Nauczycieli", "pl").startswith("x-")
    # the country stated beside it is another's
    authority = Authority((GREEN_HU,))
    assert key(authority, "Zöld Munkáspárt (Slovakia)", "hu").startswith("x-")
