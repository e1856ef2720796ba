"""The reader's memory of its answers about short texts (kzld.parse.remembered)."""

from __future__ import annotations

from datetime import date

from kzld.parse import dates
from kzld.parse.dates import read_dateline
from kzld.parse.lists import is_plain_entry
from kzld.parse.reading import reading, reading_in
from kzld.parse.remembered import remembered
from kzld.parse.signatories.cuelines import counts_organisations, introduces


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


def test_the_dates_of_a_long_line_are_read_and_not_kept() -> None:
    # a worker reads text after text: a long line's answers are read afresh, never kept, so the
    # memory of the date readers stays bounded whatever lines the texts hold
    long_line = "x" * 1_000_000 + " 3 May 2020"
    kept = (dates._dates_in.cache_info().currsize, dates.date_alone.cache_info().currsize)  # type: ignore[attr-defined]
    assert [day for _, day in dates._dates_in(long_line)] == [date(2020, 5, 3)]
    assert dates.date_alone(" " * 1_000 + "3 May 2020" + "." * 1_000) is None
    after = (dates._dates_in.cache_info().currsize, dates.date_alone.cache_info().currsize)  # type: ignore[attr-defined]
    assert after == kept
    assert dates.date_alone("3 May 2020") == date(2020, 5, 3)  # a short line is still kept
    assert dates.date_alone.cache_info().currsize >= 1  # type: ignore[attr-defined]


def test_an_answer_that_reads_dates_is_kept_per_language_of_the_text() -> None:
    # "listopad" is October in Croatian and November in Polish: in an English text it names
    # no month, and the line is no date. Asked first in an English text, the answer must not
    # be the Polish or the Croatian text's.
    line = "Zedgrad, 12 listopad 2020"
    counted = "Xandian 12 parties (5 listopad 2020)"
    with reading_in({"en"}):
        assert is_plain_entry(line)
        assert counts_organisations(counted)
        assert introduces(counted)
    for language in ("pl", "hr"):
        with reading_in({language}):
            assert not is_plain_entry(line)
            assert not counts_organisations(counted)
            assert not introduces(counted)
    with reading_in({"en"}):
        assert is_plain_entry(line)


def test_a_remembered_line_that_reads_a_date_answers_each_text_in_its_languages() -> None:
    # no function says that its answer depends on the text being read: a line's answer worked
    # out while the text's reading was asked, here through the remembered date reader, is kept
    # for that reading alone, and the Polish text's answer is never the Croatian text's
    asked: list[str] = []

    @remembered()
    def month_of(line: str) -> int | None:
        asked.append(line)
        found = read_dateline(line)
        return found[1].month if found is not None else None

    line = "Zedgrad, 14. listopada 2021."
    with reading_in({"pl"}):
        assert [month_of(line), month_of(line)] == [11, 11]
    with reading_in({"hr"}):
        assert [month_of(line), month_of(line)] == [10, 10]
    with reading_in({"en"}):
        assert month_of(line) is None  # which month is not said
    with reading_in({"pl"}):
        assert month_of(line) == 11
    assert asked == [line, line, line]  # once for each reading, then kept


def test_an_answer_that_reads_no_reading_is_kept_once_for_every_text() -> None:
    asked: list[str] = []

    @remembered(100, 8)
    def plain(text: str) -> int | None:
        asked.append(text)
        day = dates.date_alone(text)
        return day.day if day is not None else len(text)

    @remembered(100, 8)
    def languages(text: str, plus: int = 0) -> int:
        asked.append(text)
        return len(reading().languages) + plus

    for language in ("pl", "hr", "en"):
        with reading_in({language}):
            assert [plain("Xandia"), plain("3 May 2020")] == [6, 3]
    assert asked == ["Xandia", "3 May 2020"]
    with reading_in({"pl", "hr"}):
        assert [languages("x", 1), languages("x", 1)] == [3, 3]
    with reading_in({"pl"}):
        assert [languages("x", 1), languages("x", plus=1)] == [2, 2]
    assert asked[2:] == ["x", "x", "x"]
