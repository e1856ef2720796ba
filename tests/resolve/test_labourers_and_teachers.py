"""English "labourers" says workers, and Hungarian "pedagógus" teachers: an entry whose
English name writes "Labourers'" meets a translation that says "workers". The names are made
up; the countries are real."""

from __future__ import annotations

from kzld.resolve.orgs.analysis import read_name, signature
from kzld.resolve.orgs.authority import Authority, AuthorityEntry
from kzld.resolve.orgs.candidates import AuthorityIndex
from kzld.resolve.orgs.decide import decide


def test_labourers_and_teachers_are_concepts() -> None:
    assert signature("Zeta Labourers' Movement Party").concepts == frozenset(
        {"workers", "movement", "party"}
    )
    assert signature("Zeta Pedagógusok Szakszervezete").concepts == frozenset(
        {"teachers", "trade-union"}
    )


def test_a_translation_saying_workers_meets_the_labourers_party() -> None:
    """Beside the abbreviation of the "Labourers' Movement Party" (ZHP), "İşçi Hareket
    Partisi" (workers' movement party) is a translation of its name, not another name."""
    labourers = AuthorityEntry(
        key="zeta-labourers-party", name="Labourers' Movement Party", abbreviations=("ZHP",),
        country="TR", kinds=("party",),
    )  # fmt: skip
    index = AuthorityIndex(Authority((labourers,)))
    decision = decide(index, read_name("İşçi Hareket Partisi (ZHP)"), "tr")
    assert (decision.key, decision.method, decision.doubtful) == (
        "zeta-labourers-party", "abbreviation", False,
    )  # fmt: skip
