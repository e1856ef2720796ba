"""The reader's memory of its answers about short texts (kzld.parse.remembered)."""

from __future__ import annotations

from kzld.parse.dates import read_dateline
from kzld.parse.remembered import remembered


def test_a_short_text_is_answered_once_and_a_long_one_each_time() -> None:
    asked: list[str] = []

    @remembered(5, 8)
    def length(text: str, plus: int = 0) -> int:
        asked.append(text)
        return len(text) + plus

    assert [length("abc"), length("abc"), length("abcdef"), length("abcdef")] == [3, 3, 6, 6]
    assert asked == ["abc", "abcdef", "abcdef"]
    assert [length("", 1), length("", 1), length("", 2)] == [1, 1, 2]  # the empty text too
    assert asked[3:] == ["", ""]


def test_only_so_many_answers_are_kept() -> None:
    asked: list[str] = []

    @remembered(100, 2)
    def upper(text: str) -> str:
        asked.append(text)
        return text.upper()

    assert [upper(t) for t in ("a", "b", "c", "a")] == ["A", "B", "C", "A"]
    assert asked == ["a", "b", "c", "a"]  # "a" was let go when "c" came


def test_a_dateline_reads_alike_asked_again_and_beside_a_long_line() -> None:
    line = "Istanbul, 1 November 2015"
    first = read_dateline(line)
    assert first is not None and str(first[1]) == "2015-11-01" and first[2] == "Istanbul"
    assert read_dateline(line) == first
    assert read_dateline("x" * 1_000_000) is None
    assert read_dateline(" " * 1_000 + line + " " * 1_000) == first  # spaces are no part of it
    assert read_dateline("") is None
