"""Turkish "sol" (left) and the Korean words for green, justice and solidarity (녹색, 정의,
연대) are type words: a name written with them meets its entry by its concepts. "sol" is also
a word of other languages (the sun), so a match by it is listed for review. The names are made
up; the countries are real."""

from __future__ import annotations

from kzld.resolve.orgs.analysis import read_name, signature
from kzld.resolve.orgs.authority import Authority, AuthorityEntry
from kzld.resolve.orgs.candidates import AuthorityIndex
from kzld.resolve.orgs.decide import decide
from kzld.resolve.orgs.typewords import type_words


def test_the_words_read_as_their_concepts() -> None:
    table = type_words()
    assert [table.concept(w) for w in ("sol", "녹색", "정의", "연대")] == [
        "left", "green", "justice", "solidarity",
    ]  # fmt: skip
    assert table.also_means["sol"] == "sun (Spanish, Portuguese, Catalan)"
    assert "sol" not in table.plain_words


def test_a_korean_name_is_cut_into_its_concepts() -> None:
    assert signature("제타녹색정의연대").concepts == frozenset({"green", "justice", "solidarity"})


def test_a_turkish_name_with_sol_meets_its_entry_and_is_listed_for_review() -> None:
    """A Turkish list's "Yeşil Sol Zeta Partisi" (Turkey) is the "Zeta Green Left Party" of
    Turkey; "sol" also means the sun elsewhere, so the match is in doubt."""
    zeta = AuthorityEntry(
        key="zeta-green-left-party", name="Zeta Green Left Party", country="TR", kinds=("party",)
    )
    other = AuthorityEntry(
        key="zeta-green-party", name="Zeta Green Party", country="TR", kinds=("party",)
    )
    index = AuthorityIndex(Authority((zeta, other)))
    decision = decide(index, read_name("Yeşil Sol Zeta Partisi (Turkey)"), "tr")
    assert (decision.key, decision.doubtful, decision.reason) == (
        "zeta-green-left-party", True, "'sol' also means sun (Spanish, Portuguese, Catalan)",
    )  # fmt: skip
