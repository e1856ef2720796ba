"""The check that lets most words pass by the reading of a number written as two words ("on
dört"): a word it passes by opens no such number, whatever follows it, and each such number
passes it in every case."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from kzld.parse import totals


class _Everything:
    """A set holding every text: the check it stands in for lets every word through."""

    def __contains__(self, item: object) -> bool:
        return True


#: Words that fold to two ("ﹰ": an Arabic mark's isolated form, a space and the mark).
_SPACED = ("\ufe70", "x\ufe70on", "\u037a", "on\ufdfa")


def _pairs() -> Iterator[list[str]]:
    """Each number of two words as written in the tables, in capitals and title case, with a
    made-up word before and after it; its first word before another word; made-up words and
    words that fold to two."""
    for pair in totals._number_pairs():
        for form in (pair, pair.upper(), pair.title()):
            first, second = form.split(" ")
            yield [first, second]
            yield ["Xandia", first, second, "Zetland"]
            yield [first, "Ostland"]
            yield [second, first]
    for word in _SPACED:
        yield [word, "bir"]
        yield ["on", word]
    yield ["Zetland", "on"]
    yield ["İki", "ON", "Dört"]


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        (["on", "dört"], 14),
        (["ON", "DÖRT"], 14),
        (["dua", "belas"], 12),
        (["on", "Xandia"], None),
        (["Xandia", "on"], None),
        (["dört"], None),
    ],
)
def test_pair(tokens: list[str], expected: int | None) -> None:
    assert totals._pair(tokens, 0) == expected


def test_the_check_passes_by_no_word_the_full_reading_reads(monkeypatch: Any) -> None:
    cases = list(_pairs())
    checked = [totals._pair(tokens, k) for tokens in cases for k in range(len(tokens))]
    monkeypatch.setattr(totals, "_pair_openings", _Everything)
    full = [totals._pair(tokens, k) for tokens in cases for k in range(len(tokens))]
    assert checked == full
    # each number in three cases, alone and between made-up words; and "ON Dört"
    assert sum(value is not None for value in full) == 3 * 2 * len(totals._number_pairs()) + 1


def test_a_word_that_folds_to_two_may_open_a_number_of_three(monkeypatch: Any) -> None:
    monkeypatch.setattr(totals, "_number_pairs", lambda: {"xa xb xc": 7})
    openings = totals._pair_openings.__wrapped__()
    monkeypatch.setattr(totals, "_pair_openings", lambda: openings)
    assert openings == {"xa"}
    assert totals._pair(["xa\ufe70xb", "xc"], 0) == 7  # "xa xb" and "xc"
    assert totals._pair(["xa", "xc"], 0) is None
