"""Whether two folded words are one word in two cases (parse/inflection.same_word)."""

from __future__ import annotations

import pytest

from kzld.parse.inflection import same_word


@pytest.mark.parametrize(
    ("word", "other", "ending", "same"),
    [
        ("xandia", "xandia", 0, True),
        ("zetlandu", "zetland", 2, True),
        ("zetlandskeho", "zetlandsky", 3, True),
        ("zetlandskeho", "zetlandsky", 2, False),
        ("ostlandiya", "ostlandiyanin", 3, True),
        ("ostlandiya", "ostlandiyanin", 2, False),
        ("xan", "xanu", 3, False),
        ("xandia’na", "xandia’nun", 3, True),
        ("xandia’ya", "xandia’nin", 3, False),
        ("xkp-f", "xkp-e", 3, False),
        ("zet21", "zet22", 3, False),
        ("xandia.", "xandia!", 3, False),
        ("голосу", "голос", 2, True),
    ],
)
def test_two_words_are_one_in_two_cases(word: str, other: str, ending: int, same: bool) -> None:
    assert same_word(word, other, ending) is same
