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
        # another entry has a name proper of the same consonants, and its vowels fit too
        (
            Authority((ZETARIM, replace(ZETARIM, key="zatirem", name="Zatirem – Zatirem Forum"))),
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
    # taken off; "عودالة" written alone has them as it is ("عدالة", justice, is a word of the
    # type-word table's meanings, no name proper)
    odaleh = replace(ZETARIM, key="odaleh", name="Odaleh – Centre for Zetan Rights", names=())
    authority = Authority((odaleh,))
    [common] = keys_of(authority, ["الدولة"])
    assert common.startswith("x-")
    assert keys_of(authority, ["عودالة"]) == ["odaleh"]


def test_the_vowel_letters_of_a_name_proper_tell_names_of_the_same_consonants_apart() -> None:
    # ya writes i or e: "زتريم" is Zetarim, not Zotrom, though both have z, t, r, m
    zotrom = replace(ZETARIM, key="zotrom", name="Zotrom – Zotrom Forum", names=())
    assert keys_of(Authority((ZETARIM, zotrom)), ["زتريم"]) == ["zetarim"]


@pytest.mark.parametrize(
    ("proper", "written", "met"),
    [
        # Arabic: the first letter is a consonant ("يفتح", opens, is no "Fetah"); waw writes
        # o or u, not the a of "Odaleh" ("دولة", state); "عدالة" (justice) is a word of the
        # type-word table's meanings, no name proper
        ("Fetah", "فتح", True),
        ("Fetah", "يفتح", False),
        ("Odaleh", "عودالة", True),
        ("Odaleh", "دولة", False),
        # Hebrew and Persian: yod writes the i of "Gishe", waw does not ("گوش", ear)
        ("Gishe", "גישה", True),
        ("Gishe", "گوش", False),
        ("Gishe", "יגישה", False),
    ],
)
def test_a_common_word_of_the_same_consonants_is_no_name_proper(
    proper: str, written: str, met: bool
) -> None:
    entry = replace(ZETARIM, key="entry", name=f"{proper} – Centre for Zetan Rights", names=())
    [key] = keys_of(Authority((entry,)), [written])
    assert (key == "entry") is met


def test_a_hebrew_shin_is_sh_as_well_as_s() -> None:
    """The Hebrew shin is "sh" as often as "s": an acronym said as a word ("זש"ם") meets the
    one name proper of those consonants in Latin letters ("Zeshem"), and a samekh, only "s",
    does not ("זס"ם")."""
    zeshem = AuthorityEntry(key="zeshem", name="Zeshem", country="IL", kinds=("party",))
    assert keys_of(Authority((zeshem,)), ['זש"ם', 'זס"ם']) == ["zeshem", "x-zsm"]
