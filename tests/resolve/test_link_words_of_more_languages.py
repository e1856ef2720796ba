"""The words that join a name's other words in Arabic ("من أجل", for; "على", on), Persian
("برای", for; "از", of), Hebrew ("למען", for), Russian ("для", for) and Turkish ("için", for)
are link words, as "for" and "pour" are: a translation that writes one where its entry's name
writes none (or writes "for") still meets the entry, and a new organisation's key does not
carry them as its own words. The names are made up; the countries are real."""

from __future__ import annotations

import pytest

from kzld.resolve.orgs.analysis import signature
from kzld.resolve.orgs.authority import Authority, AuthorityEntry
from tests.resolve.resolving import keys_of

CASES = [
    # (entry's name, its country, its kind, the name translated with a link word)
    (
        "Tunisian Committee for Freedom",
        "TN",
        "committee",
        "اللجنة التونسية من أجل الحرية",
    ),
    ("Egyptian Committee on Freedom", "EG", "committee", "اللجنة المصرية على الحرية"),
    (
        "Iranian Association for the Defence of Rights",
        "IR",
        "association",
        "انجمن ایرانی برای دفاع از حقوق",
    ),
    (
        "Israeli Committee for Human Rights",
        "IL",
        "committee",
        "הוועד הישראלי למען זכויות האדם",
    ),
    ("Russian Union for Defence", "RU", "union", "Российский союз для защиты"),
    (
        "Turkish Union for Human Rights",
        "TR",
        "union",
        "İnsan Hakları için Türk Birliği",
    ),
]


@pytest.mark.parametrize(("name", "country", "kind", "written"), CASES)
def test_a_link_word_is_no_own_word(name: str, country: str, kind: str, written: str) -> None:
    assert signature(written).words == frozenset()
    assert signature(written).concepts == signature(name).concepts


@pytest.mark.parametrize(("name", "country", "kind", "written"), CASES)
def test_the_translation_meets_its_entry(name: str, country: str, kind: str, written: str) -> None:
    entry = AuthorityEntry(key="zeta-entry", name=name, country=country, kinds=(kind,))
    assert keys_of(Authority((entry,)), [written]) == ["zeta-entry"]


def test_a_new_organisations_key_leaves_the_link_words_out() -> None:
    # no entry: the key names the concepts and the country alone, as the English name's does
    assert keys_of(Authority(()), ["اللجنة التونسية من أجل الحرية"]) == keys_of(
        Authority(()), ["Tunisian Committee for Freedom"]
    )
