"""A name's own words read alone (:func:`~kzld.resolve.orgs.analysis.own_words`, asked of every
run of words a name starts or ends with) are those of its whole signature."""

from __future__ import annotations

import pytest

from kzld.resolve.orgs.analysis import own_words, signature

#: Made-up names with type words, a country's name of two words, an adjective, an elided
#: article, "M-L" and another script.
NAMES = (
    "Zeta Workers' Party of the United States",
    "Partito Comunista dell'Italia Zeta",
    "Xandian Communist Party (M-L)",
    "Komunistická strana Zetlandu",
    "Коммунистическая партия Зеты",
)


def _runs(name: str) -> list[str]:
    words = name.split()
    return [" ".join(words[:i]) for i in range(len(words) + 1)] + [
        " ".join(words[i:]) for i in range(len(words))
    ]


@pytest.mark.parametrize("name", NAMES)
def test_the_own_words_of_every_opening_and_closing_run_are_the_signatures(name: str) -> None:
    for run in _runs(name):
        assert own_words(run) == signature(run).words, run


def test_own_words_leave_out_type_words_countries_and_link_words() -> None:
    assert own_words("Zeta Workers' Party of the United States") == {"zeta"}
    assert own_words("Workers' Party of the United States") == frozenset()
    assert own_words("Partito Comunista dell'Italia") == frozenset()
    assert own_words("") == frozenset()
