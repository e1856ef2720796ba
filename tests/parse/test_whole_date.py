"""A line that is a date as a whole (:func:`~kzld.parse.calendars.whole_date`): the date
pattern's match of the line, in digits of any script, and nothing for a line without a digit
(each form of a date writes its year in digits). Places are made up."""

from __future__ import annotations

import pytest

from kzld.parse.calendars import patterns, whole_date
from kzld.parse.text import folded_in_place

#: Lines that are dates as a whole, in several scripts and with digits of several scripts.
DATED = [
    "Zedtown, 14 March 2021",
    "Xanstadt, den 14. März 2021",
    "14.03.2021",
    "2019年3月21日",
    "ডিসেম্বর ২৮, ২০২২",
    "١٤ مارس ٢٠٢١",
    "Sunday, 14 March 2021, 10:30",
]
#: Lines that are no date as a whole: words only, a date inside prose, a number alone.
UNDATED = [
    "Fourteenth of March",
    "Workers' Party of Zetland",
    "On 14 March 2021 the Xandian Workers' Party met in Zedtown to discuss the strike.",
    "2021",
    "",
]


@pytest.mark.parametrize("line", DATED)
def test_a_date_as_a_whole_is_the_patterns_match(line: str) -> None:
    folded = folded_in_place(line)
    found = whole_date(folded)
    expected = patterns().line.match(folded)
    assert found is not None and expected is not None
    assert found.span() == expected.span() == (0, len(folded))


@pytest.mark.parametrize("line", UNDATED)
def test_a_line_that_is_no_date_as_a_whole(line: str) -> None:
    folded = folded_in_place(line)
    assert whole_date(folded) is None
    assert patterns().line.match(folded) is None
