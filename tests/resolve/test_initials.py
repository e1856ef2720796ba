"""An abbreviation no entry lists, or one short word, whose letters are the initials of one
entry's name, with its link words or without ("Udx" of "Unione dei Xandiani", "ZvdX" of
"Zelta van de Xandia"), meets that entry when it is the only one of the countries the name
states (else of those that speak the language of its list) with a name of those initials.
Taken, and listed for review."""

from __future__ import annotations

from kzld.model.acronyms import initials
from kzld.model.records import Entry, Name, Span
from kzld.resolve.orgs import OrganisationResolver
from kzld.resolve.orgs.authority import Authority, AuthorityEntry
from kzld.resolve.orgs.consulted import AuthorityChange, Recorder
from kzld.resolve.orgs.typewords import type_words

UNION = AuthorityEntry(
    key="zelta-union-brazil",
    name="Zelta Union (Brazil)",
    names=(Name("União Zelta", "pt"),),
    country="BR",
    kinds=("party",),
)
STUDENTS = AuthorityEntry(
    key="union-of-xandians-italy",
    name="Union of Xandians",
    names=(Name("Unione dei Xandiani", "it"),),
    country="IT",
    kinds=("youth-organisation",),
)
LABOUR = AuthorityEntry(
    key="zelta-labour-netherlands",
    name="Zelta Labour (Netherlands)",
    names=(Name("Zelta van de Xandia", "nl"),),
    country="NL",
    kinds=("party",),
)


def resolved(
    authority: Authority, name: str, language: str | None, year: int | None = None
) -> tuple[str, OrganisationResolver]:
    """The key of ``name``, read as the one signatory of a list in ``language``, and the
    resolver that read it."""
    resolver = OrganisationResolver(authority)
    entry = Entry(1, name, Span(0, len(name)), name)
    return resolver.resolve_entry(entry, language=language, document="a.txt", year=year), resolver


def test_initials_with_and_without_link_words() -> None:
    link = type_words().link_words
    assert initials("Unione dei Xandiani", link) == {"UDX", "UX"}
    assert initials("Zelta van de Xandia", link) == {"ZVDX", "ZX"}
    assert initials("Zelta", link) == set()


def test_an_abbreviation_no_entry_lists_meets_the_one_entry_of_the_lists_language() -> None:
    key, resolver = resolved(Authority((UNION, STUDENTS, LABOUR)), "UZ", "pt")
    assert key == UNION.key
    [doubt] = resolver.report().doubts
    assert doubt.reason == "'UZ' is the initials of 'União Zelta'"


def test_one_short_word_in_small_letters_is_read_as_initials() -> None:
    authority = Authority((UNION, STUDENTS, LABOUR))
    assert resolved(authority, "Udx", "it")[0] == STUDENTS.key
    assert resolved(authority, "ZvdX, Netherlands", "en")[0] == LABOUR.key


def test_no_country_and_a_language_of_international_lists_decide_nothing() -> None:
    authority = Authority((UNION, STUDENTS, LABOUR))
    assert resolved(authority, "UZ", "en")[0].startswith("x-")
    assert resolved(authority, "UZ", None)[0].startswith("x-")
    assert resolved(authority, "Udx", "pt")[0].startswith("x-")  # Italy speaks no Portuguese
    assert resolved(authority, "UZ, Italy", "pt")[0].startswith("x-")


def test_two_entries_of_those_countries_with_those_initials_decide_nothing() -> None:
    other = AuthorityEntry(
        key="united-zetlanders-brazil",
        name="United Zetlanders",
        names=(Name("Unidos Zetlandeses", "pt"),),
        country="BR",
        kinds=("movement",),
        dissolved=1990,
    )
    # the other's dates rule it out for 2020, but the letters are as much its own
    assert resolved(Authority((UNION, other)), "UZ", "pt", 2020)[0].startswith("x-")


def test_an_entry_its_dates_rule_out_is_not_taken() -> None:
    founded = AuthorityEntry(
        key=UNION.key, name=UNION.name, names=UNION.names, country="BR", founded=2015
    )
    assert resolved(Authority((founded,)), "UZ", "pt", 2010)[0].startswith("x-")
    assert resolved(Authority((founded,)), "UZ", "pt", 2020)[0] == UNION.key


def test_an_abbreviation_another_entry_lists_is_that_entry_s() -> None:
    listed = AuthorityEntry(
        key="zetland-workers-brazil",
        name="Zetland Workers",
        abbreviations=("UZ",),
        country="BR",
        kinds=("trade-union",),
    )
    assert resolved(Authority((UNION, listed)), "UZ", "pt")[0] == listed.key


def test_an_abbreviation_only_another_country_s_entry_lists_is_read_as_initials() -> None:
    listed = AuthorityEntry(
        key="zelta-workers-belgium",
        name="Zelta Workers (Belgium)",
        abbreviations=("ZVDX",),
        country="BE",
        kinds=("party",),
    )
    authority = Authority((LABOUR, listed))
    assert resolved(authority, "ZvdX, Netherlands", "en")[0] == LABOUR.key
    assert resolved(authority, "ZVDX (Belgium)", "en")[0] == listed.key
    assert resolved(authority, "ZVDX", "en")[0] == listed.key  # no country: the one listing it


def test_an_abbreviation_beside_a_name_is_not_read_as_initials() -> None:
    authority = Authority((UNION,))
    assert resolved(authority, "Frente Xandiana (UZ)", "pt")[0].startswith("x-")
    assert resolved(authority, "UZ – Frente Xandiana", "pt")[0].startswith("x-")
    assert resolved(authority, "UZ (Brasil)", "pt")[0] == UNION.key


def test_a_longer_word_or_one_of_other_letters_is_no_initials() -> None:
    authority = Authority((UNION, STUDENTS, LABOUR))
    assert resolved(authority, "Uzelta", "pt")[0].startswith("x-")
    assert resolved(authority, "Uza", "pt")[0].startswith("x-")


def test_an_entry_added_with_those_initials_touches_the_text_that_wrote_them() -> None:
    before = Authority((UNION,))
    resolver = OrganisationResolver(before)
    recorder = Recorder(resolver)
    with recorder.text() as consulted:
        key = resolver.resolve_entry(
            Entry(1, "Udx", Span(0, 3), "Udx"), language="it", document="a.txt"
        )
    assert key.startswith("x-")
    assert AuthorityChange(before, Authority((UNION, STUDENTS))).touches(consulted())
    assert not AuthorityChange(before, Authority((UNION, LABOUR))).touches(consulted())
