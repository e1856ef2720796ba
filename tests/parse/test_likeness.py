"""The learnt name-likeness: organisations' names rank above argument clauses and site furniture in
every script, from letters and shape alone (none of these made-up names is in its training data),
and the reader weighs it with the hand evidence."""

from __future__ import annotations

import pytest

from kzld.parse.likeness import MODEL, Likeness, default_model, features, likeness
from kzld.parse.names import name_score
from kzld.parse.signatories.scoring import entry_score

NAMES = [
    "Xandia Workers' Party",
    "Partido Socialista de Xandia (PSX)",
    "Zetländischer Gewerkschaftsbund",
    "Ξανδιανό Εργατικό Μέτωπο",
    "Коммунистическая партия Зетландии",
    "الحزب الشيوعي الزيتلاندي",
]
NOT_NAMES = [
    "We call on every government to stop the war at once.",
    "Wir fordern die sofortige Einstellung aller Kämpfe.",
    "Καλούμε όλους τους εργαζόμενους να συμμετάσχουν στην απεργία.",
    "Мы требуем немедленно прекратить войну.",
    "ندعو جميع القوى إلى الوقوف ضد الحرب",
    "and the struggle of the people goes on",
    "Home | News | Contact",
    "Share on Facebook",
    "Copyright 2021 All rights reserved",
    "Xandia, 12 March 2021",
]


def test_names_rank_above_clauses_and_furniture() -> None:
    lowest_name = min(likeness(name) for name in NAMES)
    highest_other = max(likeness(other) for other in NOT_NAMES)
    assert lowest_name > 0.75
    assert highest_other < 0.3


@pytest.mark.parametrize("name", NAMES)
def test_a_name_reads_as_one(name: str) -> None:
    assert likeness(name) >= 0.5


@pytest.mark.parametrize("other", NOT_NAMES)
def test_a_clause_or_furniture_does_not(other: str) -> None:
    assert likeness(other) < 0.5


def test_the_model_lowers_an_entrys_score_and_never_raises_it() -> None:
    dateline = "Xandia, 12 March 2021"
    assert likeness(dateline) < name_score(dateline)
    assert entry_score(dateline) == pytest.approx((name_score(dateline) + likeness(dateline)) / 2)
    name = "Zetland Solidarity"
    assert likeness(name) > name_score(name)
    assert entry_score(name) == name_score(name)


def test_an_opening_phrase_is_no_part_of_what_the_model_weighs() -> None:
    # the reader takes "(with the support ... of the" off the name: the model weighs the name
    entry = "(with the support and participation of the Xandia Refugees' Union"
    assert likeness(entry) < 0.3 < 0.7 < likeness("Xandia Refugees' Union")
    assert entry_score(entry) == name_score(entry)


def test_the_shipped_model_is_small_and_states_its_space() -> None:
    model = default_model()
    assert MODEL.stat().st_size < 300_000
    assert len(model.weights) == 1 << 14
    indices = [i for i, _ in features("Xandia Workers' Party", len(model.weights))]
    assert indices == sorted(set(indices))
    assert all(0 <= i < len(model.weights) for i in indices)


def test_a_model_of_zero_weights_knows_nothing() -> None:
    blank = Likeness(0.0, (0.0,) * 64)
    assert blank.score("Xandia Workers' Party") == 0.5
