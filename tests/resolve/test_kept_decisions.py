"""The resolver's kept decisions: one decision on an entry is made once for what it depends on
(the entry's fields, the list's language as a decision weighs it, the statement's year as it
blocks candidates) and given again in every list and year it fits, with the same answer and
the same record of what it consulted as a decision made anew."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from kzld.model.records import Entry, Span
from kzld.resolve.orgs import OrganisationResolver, ResolverRecord
from kzld.resolve.orgs import candidates as candidates_module
from kzld.resolve.orgs import resolver as resolver_module
from kzld.resolve.orgs.analysis import Reading
from kzld.resolve.orgs.authority import Authority, AuthorityEntry
from kzld.resolve.orgs.candidates import AuthorityIndex
from kzld.resolve.orgs.consulted import Consulted, Recorder
from kzld.resolve.orgs.decide import Decision, decide

#: Made-up organisations (no real party is meant); real countries only for their languages.
AUTHORITY = Authority(
    (
        AuthorityEntry(
            "xandian-kettle-party", "Xandian Kettle Party", abbreviations=("XKP",),
            country="BR", kinds=("party",), founded=2010,
        ),
        AuthorityEntry(
            "zeltan-kettle-party", "Zeltan Kettle Party", abbreviations=("XKP",), country="BO",
            kinds=("party",),
        ),
        AuthorityEntry(
            "workers-union-of-zetland", "Workers Union of Zetland", kinds=("union",),
        ),
        AuthorityEntry(
            "zeta-front", "Zeta Front of Yland", kinds=("party",), founded=2000, dissolved=2015,
        ),
        AuthorityEntry(
            "zeta-league", "Zeta League of Yland", kinds=("party",), named=2016,
        ),
    )
)  # fmt: skip
NAMES = (
    "XKP",
    "Workers Union of Zetland",
    "Zeta Front of Yland",
    "Zeta League of Yland",
    "Green Movement of Freedonia",
)
YEARS = (2012, 2018, None)
LANGUAGES = ("pt", "es", "en", None)
#: Each name in each year, in lists of each language, in turn.
WRITTEN = list(itertools.product(NAMES, YEARS, LANGUAGES))

Resolution = tuple[str, ResolverRecord, Consulted]


def resolve(resolver: OrganisationResolver, recorder: Recorder, number: int) -> Resolution:
    name, year, language = WRITTEN[number]
    entry = Entry(1, name, Span(0, len(name)), name)
    with recorder.text() as consulted:
        key = resolver.resolve_entry(entry, language=language, document=f"{number}.txt", year=year)
    return key, resolver.take_record(), consulted()


def each_anew(number: int) -> Resolution:
    resolver = OrganisationResolver(AUTHORITY)
    return resolve(resolver, Recorder(resolver), number)


def counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names decided (each time :func:`.decide.decide` runs)."""
    decided: list[str] = []

    def counted(index: AuthorityIndex, reading: Reading, *rest: Any) -> Decision:
        decided.append(reading.label)
        return decide(index, reading, *rest)

    monkeypatch.setattr(resolver_module, "decide", counted)
    return decided


@pytest.mark.parametrize("evidence_kept", [candidates_module.KEPT_EVIDENCE, 1])
def test_decisions_given_again_answer_and_record_as_made_anew(
    monkeypatch: pytest.MonkeyPatch, evidence_kept: int
) -> None:
    # with one reading's evidence kept, a decision made again in another year works it out again
    monkeypatch.setattr(candidates_module, "KEPT_EVIDENCE", evidence_kept)
    resolver = OrganisationResolver(AUTHORITY)
    recorder = Recorder(resolver)
    in_turn = [resolve(resolver, recorder, number) for number in range(len(WRITTEN))]
    assert in_turn == [each_anew(number) for number in range(len(WRITTEN))]
    keys = {WRITTEN[number]: key for number, (key, _, _) in enumerate(in_turn)}
    assert keys["XKP", 2018, "pt"] == "xandian-kettle-party"  # Brazil speaks Portuguese
    assert keys["XKP", 2018, "es"] == "zeltan-kettle-party"  # Bolivia speaks Spanish
    assert keys["XKP", 2018, "en"].startswith("x-")  # English speaks for any
    assert keys["Zeta Front of Yland", 2012, "en"] == "zeta-front"
    assert keys["Zeta Front of Yland", 2018, "en"].startswith("x-")  # dissolved in 2015
    assert keys["Zeta League of Yland", 2012, None].startswith("x-")  # named so in 2016
    assert keys["Zeta League of Yland", 2018, None] == "zeta-league"


def test_a_decision_no_year_nor_language_changes_is_made_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    decided = counting(monkeypatch)
    resolver = OrganisationResolver(AUTHORITY)
    recorder = Recorder(resolver)
    for number in range(len(WRITTEN)):
        resolve(resolver, recorder, number)
    # a statement of no year blocks no candidate by its dates: decided apart from those of one
    assert decided.count("Workers Union of Zetland") == 2
    assert decided.count("Green Movement of Freedonia") == 2
    # "XKP": a list in Portuguese, in Spanish, in English or of no known language (one to the
    # decision), in a year or in none; its dates (2010) block it in neither year
    assert decided.count("XKP") == 3 * 2
    # a year that blocks its candidate (2018: dissolved; 2012: not named so yet) is its own
    assert decided.count("Zeta Front of Yland") == 3
    assert decided.count("Zeta League of Yland") == 3


def test_a_names_candidates_evidence_is_worked_out_once_for_every_year_and_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The evidence does not depend on the year or the list's language: the decisions made for
    a name in several years and languages share it, each with its year's candidates blocked."""
    decided = counting(monkeypatch)
    worked: list[str] = []
    work_out = AuthorityIndex._evidence_of

    def counted(index: AuthorityIndex, reading: Reading) -> Any:
        worked.append(reading.label)
        return work_out(index, reading)

    monkeypatch.setattr(AuthorityIndex, "_evidence_of", counted)
    resolver = OrganisationResolver(AUTHORITY)
    recorder = Recorder(resolver)
    keys = {WRITTEN[n]: resolve(resolver, recorder, n)[0] for n in range(len(WRITTEN))}
    assert len(decided) == 16
    assert sorted(worked) == sorted(set(decided)) and len(worked) == len(NAMES)
    assert keys["Zeta Front of Yland", 2012, "en"] == "zeta-front"
    assert keys["Zeta Front of Yland", 2018, "en"].startswith("x-")  # dissolved in 2015
