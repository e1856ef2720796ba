"""A name written in another alphabet than the entry's (Cyrillic, Greek, Georgian, Armenian,
Latin) that reads as one of the entry's names letter for letter is that entry: "Зеленово" of
"Zelenovo", the Serbian Latin "Ksandijski radnički sindikat" of its Cyrillic name. Taken, and
listed for review; never across countries or dates, nor when two entries read alike."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kzld.model.records import Entry, Name, Span
from kzld.resolve.orgs import OrganisationResolver
from kzld.resolve.orgs.authority import Authority, AuthorityEntry
from kzld.resolve.orgs.names import romanised
from tests.resolve.resolving import keys_of

ZELENOVO = AuthorityEntry(key="zelenovo", name="Zelenovo", country="RU", kinds=("party",))
UNION = AuthorityEntry(
    key="xandian-workers-union-rs",
    name="Xandian Workers' Union",
    names=(Name("Ксандијски раднички синдикат", "sr"),),
    country="RS",
    kinds=("trade-union",),
)
ZETARIA = AuthorityEntry(key="zetaria", name="Zetaria", country="GR", kinds=("party",))
ZETUTYUN = AuthorityEntry(key="zetutyun", name="Zetutyun", country="AM", kinds=("party",))


def test_romanisations_of_one_alphabet_read_alike() -> None:
    assert romanised("Ксандијски раднички синдикат") == romanised("Ksandijski radnički sindikat")
    assert romanised("Зеленово") == romanised("Zelenovo")
    assert romanised("Ζεταρία") == romanised("Zetaria")
    assert romanised("Զետություն") == romanised("Zetutyun")
    assert romanised("Трудовая") == romanised("Trudowaja")
    assert romanised("Zelenovo") != romanised("Zelenova")


@pytest.mark.parametrize(
    ("written", "language", "key"),
    [
        ("Зеленово", "ru", ZELENOVO.key),  # Cyrillic, of a name in Latin letters
        ('"ЗЕЛЕНОВО"', "ru", ZELENOVO.key),
        ("Ksandijski radnički sindikat", "sr", UNION.key),  # Latin, of a name in Cyrillic
        ("Ζεταρία", "el", ZETARIA.key),  # Greek
        ("Զետություն", "hy", ZETUTYUN.key),  # Armenian
    ],
)
def test_a_name_in_another_alphabet_meets_the_entry(written: str, language: str, key: str) -> None:
    resolver = OrganisationResolver(Authority((ZELENOVO, UNION, ZETARIA, ZETUTYUN)))
    entry = Entry(1, written, Span(0, len(written)), written)
    assert resolver.resolve_entry(entry, language=language, document="a.txt") == key
    [doubt] = resolver.report().doubts
    assert (doubt.key, doubt.method) == (key, "romanised")
    assert "written in another alphabet" in doubt.reason


@pytest.mark.parametrize(
    ("authority", "written", "year"),
    [
        # the entry's country writes no Cyrillic, and it has no name in it
        (Authority((replace(ZELENOVO, country="FR"),)), "Зеленово", None),
        # the country stated is another
        (Authority((ZELENOVO,)), "Зеленово (Франция)", None),
        # founded after the statement
        (Authority((replace(ZELENOVO, founded=2020),)), "Зеленово", 2015),
        # two entries read alike
        (
            Authority((ZELENOVO, replace(ZELENOVO, key="zellenovo", name="Zellenovo"))),
            "Зеленово",
            None,
        ),
        # four letters are too few
        (Authority((replace(ZELENOVO, name="Zelo"),)), "Зело", None),
    ],
)
def test_nothing_is_decided_otherwise(authority: Authority, written: str, year: int | None) -> None:
    [key] = keys_of(authority, [written], year)
    assert key.startswith("x-")
