"""A name proper: the name an authority entry writes before a description of what it is
("Zetarim – Centre for Zetan Rights"), met by a list that writes it alone, in the entry's
script or, in Arabic or Hebrew letters, by the consonants it has in Latin letters."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kzld.model.records import Entry, Name, Span
from kzld.resolve.orgs import OrganisationResolver
from kzld.resolve.orgs.authority import Authority, AuthorityEntry
from tests.resolve.resolving import keys_of

ZETARIM = AuthorityEntry(
    key="zetarim",
    name="Zetarim – Centre for Zetan Rights",
    names=(Name("זטרים – מרכז לזכויות זטה", "he"),),
    country="IL",
    kinds=("other",),
)


def test_a_name_proper_alone_or_with_another_description_is_its_entry() -> None:
    resolver = OrganisationResolver(Authority((ZETARIM,)))
    written = ["זטרים", "زتريم", "زتريم – مركز حقوق زيتا", "Zetarim: Zetan Rights Watch"]
    found = [
        resolver.resolve_entry(Entry(1, t, Span(0, len(t)), t), language=None, document=f"{i}.txt")
        for i, t in enumerate(written)
    ]
    assert found == ["zetarim"] * 4
    doubts = {(d.form, d.method) for d in resolver.report().doubts}
    assert {("זטרים", "proper"), ("زتريم", "proper")} <= doubts


@pytest.mark.parametrize(
    ("authority", "written"),
    [
        # another entry has a name proper of the same consonants
        (
            Authority((ZETARIM, replace(ZETARIM, key="zotrom", name="Zotrom – Zotrom Forum"))),
            "زتريم",
        ),
        # an entry of a country that writes neither Arabic nor Hebrew, with no name in them
        (Authority((replace(ZETARIM, country="FR", names=()),)), "زتريم"),
        # a name of type words before the dash is no name proper
        (
            Authority((replace(ZETARIM, name="Workers' Front – Zetarim", names=()),)),
            "Workers' Front",
        ),
        # two consonants are too few to tell names apart
        (Authority((replace(ZETARIM, name="Zeta – Centre for Zetan Rights", names=()),)), "زتا"),
    ],
)
def test_a_name_proper_decides_nothing_otherwise(authority: Authority, written: str) -> None:
    [key] = keys_of(authority, [written])
    assert key.startswith("x-")


def test_a_common_word_with_an_article_is_no_name_proper_by_its_consonants() -> None:
    # "الدولة" (the state: al-dawla) has the consonants of "Odaleh" only with its article
    # taken off; "عدالة" written alone has them as it is
    odaleh = replace(ZETARIM, key="odaleh", name="Odaleh – Centre for Zetan Rights", names=())
    authority = Authority((odaleh,))
    [common] = keys_of(authority, ["الدولة"])
    assert common.startswith("x-")
    assert keys_of(authority, ["عدالة"]) == ["odaleh"]
