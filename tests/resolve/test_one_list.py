"""One list names an organisation once: of two entries of one list that meet one authority
entry, one by its name or as a translation writing the country as the entry's names do
("Partido Zelta Cubano", for the "Cuban Zelta Party") and the other only as a translation
writing it otherwise ("Partido Zelta de Cuba"), the second is another organisation, one the
authority does not know."""

from __future__ import annotations

import pytest

from kzld.model.records import Document, Entry, Section, Span, Version
from kzld.resolve.orgs import OrganisationResolver
from kzld.resolve.orgs.authority import Authority, AuthorityEntry

ZELTA = AuthorityEntry(
    key="cuban-zelta-party", name="Cuban Zelta Party", country="CU", kinds=("party",)
)


def _list(names: list[str]) -> Document:
    """A statement with one list of ``names``."""
    text = "Firmantes:\n" + "\n".join(names) + "\n"
    entries = []
    for position, name in enumerate(names, start=1):
        at = text.index(name + "\n")
        entries.append(Entry(position, name, Span(at, at + len(name)), name))
    section = Section("Firmantes:", Span(0, 10), tuple(entries), None)
    return Document(
        name="list.txt",
        sha256="0" * 64,
        text=text,
        genre="joint-statement",
        versions=(Version("es", Span(0, len(text))),),
        sections=(section,),
    )


@pytest.mark.parametrize(
    ("adjective", "of_country", "new"),
    [
        ("Partido Zelta Cubano", "Partido Zelta de Cuba", "x-partido-zelta-de-cuba"),
        ("Parti Zelta cubain", "Parti Zelta de Cuba", "x-parti-zelta-de-cuba"),
        ("Partito Zelta cubano", "Partito Zelta di Cuba", "x-partito-zelta-di-cuba"),
    ],
)
def test_two_translations_of_one_entry_in_one_list_are_two_organisations(
    adjective: str, of_country: str, new: str
) -> None:
    resolver = OrganisationResolver(Authority((ZELTA,)))
    [keys] = resolver.resolve_sections(_list([of_country, "Xandia Solidarity", adjective]))
    assert keys == (new, "x-xandia-solidarity", ZELTA.key)
    [doubt] = [d for d in resolver.report().doubts if d.key == new]
    assert doubt.reason == (
        "the same list names cuban-zelta-party apart, by its names or with its country written as "
        "they do"
    )


def test_one_translation_alone_is_still_the_entry() -> None:
    resolver = OrganisationResolver(Authority((ZELTA,)))
    [keys] = resolver.resolve_sections(_list(["Partido Zelta de Cuba", "Xandia Solidarity"]))
    assert keys == (ZELTA.key, "x-xandia-solidarity")


def test_two_translations_that_write_the_country_alike_are_left_as_they_are() -> None:
    resolver = OrganisationResolver(Authority((ZELTA,)))
    [keys] = resolver.resolve_sections(_list(["Partido Zelta Cubano", "Parti Zelta cubain"]))
    assert keys == (ZELTA.key, ZELTA.key)


@pytest.mark.parametrize(
    ("own", "of_country", "new"),
    [
        ("Cuban Zelta Party", "Zelta Party of Cuba", "x-zelta-party-of-cuba"),
        ("Cuban Zelta Party", "Partido Zelta de Cuba", "x-partido-zelta-de-cuba"),
        ("Cuban Zelta Party", "Parti Zelta de Cuba", "x-parti-zelta-de-cuba"),
    ],
)
def test_a_list_naming_an_entry_by_its_name_names_its_translation_apart(
    own: str, of_country: str, new: str
) -> None:
    resolver = OrganisationResolver(Authority((ZELTA,)))
    [keys] = resolver.resolve_sections(_list([own, "Xandia Solidarity", of_country]))
    assert keys == (ZELTA.key, "x-xandia-solidarity", new)


def test_a_translation_writing_the_country_as_the_entry_does_stays_beside_its_name() -> None:
    resolver = OrganisationResolver(Authority((ZELTA,)))
    [keys] = resolver.resolve_sections(_list(["Cuban Zelta Party", "Partido Zelta Cubano"]))
    assert keys == (ZELTA.key, ZELTA.key)
