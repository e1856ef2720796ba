"""A corpus put together from a tally of its texts' records is the corpus of those records, however
the tally was brought there (records added and taken away)."""

from __future__ import annotations

import itertools
from dataclasses import replace

import orjson
import pytest

from kzld.model.records import Corpus
from kzld.parse import read_bytes
from kzld.resolve.corpus import CorpusResolver, DocumentResolution
from kzld.resolve.events import Gazetteer, load_gazetteer
from kzld.resolve.orgs.authority import Authority, AuthorityEntry
from kzld.resolve.tally import Tally

#: Made-up organisations (no real party is meant).
AUTHORITY = Authority(
    (
        AuthorityEntry(
            "labour-party-of-ruritania",
            "Labour Party of Ruritania",
            abbreviations=("LPR",),
            kinds=("party",),
        ),
        AuthorityEntry(
            "zembla-farmers-union",
            "Farmers Union of Zembla",
            abbreviations=("FUZ",),
            kinds=("party",),
        ),
    )
)

TEXTS = {
    "a.txt": (
        "Joint statement of solidarity\n\nRuritania, 3 March 2021\n\nWe stand with the strikers, "
        "as the LPR does.\n\nSignatories:\n\n1. Labour Party of Ruritania\n"
        "2. Green Movement of Freedonia (GMF)\n"
    ),
    "b.txt": (
        "Appeal for peace\n\nOstrovia Bay, 4 May 2022\n\nWe call for a ceasefire.\n\nSigned:\n\n"
        "1. Farmers Union of Zembla\n2. Green Movement of Freedonia\n3. Socialist Youth of "
        "Ostrovia\n"
    ),
    "c.txt": (
        "Resolution on the strike\n\nOstrovia Bay, 9 June 2022\n\nThe congress backs the "
        "dockers.\n\nSignatories:\n\n1. FUZ\n2. Socialist Youth of Ostrovia (SYO)\n"
        "3. Labour Party of Ruritania\n"
    ),
}


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    """The shipped places, without the events (their organisations are not in the authority)."""
    return replace(load_gazetteer(), events=(), rules=())


@pytest.fixture(scope="module")
def resolutions(gazetteer: Gazetteer) -> dict[str, DocumentResolution]:
    resolver = CorpusResolver(AUTHORITY, gazetteer)
    return {
        name: resolver.document(read_bytes(name, text.encode())) for name, text in TEXTS.items()
    }


def corpus_of(
    gazetteer: Gazetteer, resolutions: dict[str, DocumentResolution], names: list[str]
) -> Corpus:
    resolver = CorpusResolver(AUTHORITY, gazetteer)
    return resolver.corpus(
        (name, resolutions[name].record, resolutions[name].new_place) for name in names
    )


def tallied(
    gazetteer: Gazetteer,
    resolutions: dict[str, DocumentResolution],
    tally: Tally,
    names: list[str],
) -> Corpus:
    resolver = CorpusResolver(AUTHORITY, gazetteer)
    return resolver.tallied(tally, ((name, resolutions[name].new_place) for name in names))


def test_the_texts_see_what_a_tally_is_tested_on(
    gazetteer: Gazetteer, resolutions: dict[str, DocumentResolution]
) -> None:
    corpus = corpus_of(gazetteer, resolutions, list(TEXTS))
    new = [org for org in corpus.organisations if not org.known]
    assert len(new) == 2  # the green movement (with its abbreviation) and the youth
    assert any(org.abbreviations == ("GMF",) for org in new)
    assert corpus.warnings == ("2 new organisations, 0 doubtful matches: run `kzld orgs`",)
    places = [place.key for place in corpus.places if place.key.startswith("x-")]
    assert places == ["x-ostrovia-bay", "x-ruritania"]  # datelines the gazetteer lacks


@pytest.mark.parametrize(
    "names", [list(p) for n in (1, 2, 3) for p in itertools.combinations(TEXTS, n)]
)
def test_a_tally_gives_the_corpus_of_its_records(
    gazetteer: Gazetteer, resolutions: dict[str, DocumentResolution], names: list[str]
) -> None:
    tally = Tally.of(resolutions[name].record for name in names)
    expected = corpus_of(gazetteer, resolutions, names)
    found = tallied(gazetteer, resolutions, tally, names)
    assert (found.organisations, found.places, found.warnings) == (
        expected.organisations,
        expected.places,
        expected.warnings,
    )


def test_a_record_taken_away_leaves_the_tally_of_the_others(
    gazetteer: Gazetteer, resolutions: dict[str, DocumentResolution]
) -> None:
    tally = Tally.of(resolution.record for resolution in resolutions.values())
    tally.remove(resolutions["b.txt"].record)
    tally.remove(resolutions["a.txt"].record)
    tally.add(resolutions["a.txt"].record)
    assert tally.value() == Tally.of(resolutions[n].record for n in ("a.txt", "c.txt")).value()
    kept = Tally.from_value(orjson.loads(orjson.dumps(tally.value())))
    expected = corpus_of(gazetteer, resolutions, ["a.txt", "c.txt"])
    found = tallied(gazetteer, resolutions, kept, ["a.txt", "c.txt"])
    assert (found.organisations, found.warnings) == (expected.organisations, expected.warnings)
    # the youth's abbreviation is c's alone; the green movement's, a's
    assert any("SYO" in org.abbreviations for org in found.organisations)
    tally.remove(resolutions["c.txt"].record)
    found = tallied(gazetteer, resolutions, tally, ["a.txt"])
    assert not any("SYO" in org.abbreviations for org in found.organisations)


def test_a_value_that_is_no_tally_is_refused() -> None:
    with pytest.raises((ValueError, TypeError, AttributeError)):
        Tally.from_value([1, 2])
    with pytest.raises((ValueError, TypeError, AttributeError)):
        Tally.from_value({"seen": {"x": [1, {}]}, "doubts": {}})
